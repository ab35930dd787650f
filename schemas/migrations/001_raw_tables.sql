-- Raw tables of the warehouse: what was read, what was coded or imported, and by which run.
-- Applied once by dyadflow.warehouse.db.migrate(), recorded in schema_migrations.

-- one row per article (article_id); replaced in place when its content hash changes
create table articles (
    article_id    varchar primary key,
    content_hash  varchar not null,      -- sha256 of the normalised text
    title         varchar,
    source        varchar,               -- publisher, e.g. "Kyodo News"
    url           varchar,
    published_at  timestamptz,           -- null when unknown, never invented
    ingested_at   timestamptz not null,  -- when this content (hash) first entered the warehouse
    origin_file   varchar,
    origin_line   integer,
    text          varchar not null,
    n_sentences   integer,               -- from the coder; null until coded
    n_words       integer,
    coded_hash    varchar,               -- content hash the current mentions were coded from
    run_id        varchar not null       -- run that last inserted or replaced this row
);

-- one row per event mention: the full event record, coded by dyadflow or imported
create table event_mentions (
    mention_id           varchar not null,   -- deterministic: same input, same id
    article_id           varchar not null,   -- CodedEvent.doc_id; imports: '<origin>:<story>'
    origin               varchar not null,   -- dyadflow, gdelt, icews, acled
    sentence_idx         integer,
    sentence_text        varchar,
    source_text          varchar,
    source_code          varchar,
    source_iso3          varchar,
    source_sector        varchar,
    target_text          varchar,
    target_code          varchar,
    target_iso3          varchar,
    target_sector        varchar,
    event_code           varchar not null,   -- CAMEO code as a string: '072'
    event_root           varchar not null,   -- '07'
    quad_class           integer not null,   -- 1..4, GDELT scheme
    goldstein            double,
    plover_type          varchar,
    acled_event_type     varchar,
    acled_sub_event_type varchar,
    event_text           varchar,
    negated              boolean not null default false,
    modality             varchar,
    event_date           date,
    date_precision       varchar not null default 'unknown',
    date_text            varchar,
    location_iso3        varchar,
    location_admin1      varchar,
    location_text        varchar,
    source_start         integer,
    source_end           integer,
    target_start         integer,
    target_end           integer,
    trigger_start        integer,
    trigger_end          integer,
    pattern_id           varchar,
    confidence           double,
    origin_event_id      varchar,            -- id in the imported file (GLOBALEVENTID, Event ID, ...)
    publisher            varchar,            -- imports: publisher named by the file
    source_url           varchar,            -- imports: article URL named by the file
    coder_version        varchar,
    dictionary_version   varchar,
    run_id               varchar not null
);

-- one row per run of a flow or import; written even when the run fails
create table runs (
    run_id               varchar primary key,
    flow                 varchar not null,
    parameters           json,
    started_at           timestamptz not null,
    ended_at             timestamptz,
    status               varchar not null,   -- succeeded, failed
    recode               boolean not null default false,
    coder_version        varchar,
    dictionary_version   varchar,
    n_articles_seen      integer,
    n_articles_new       integer,
    n_articles_changed   integer,
    n_articles_coded     integer,
    n_sentences          bigint,
    n_mentions_loaded    bigint,
    n_mentions_replaced  bigint,
    n_quarantined        integer,
    n_events             bigint,             -- deduplicated events after the run
    new_events_q1        bigint,             -- change in deduplicated events per quad class
    new_events_q2        bigint,
    new_events_q3        bigint,
    new_events_q4        bigint,
    duration_s           double,
    sentences_per_s      double,
    error                varchar
);

-- input records that could not be used, with the reason; never silently dropped
create table quarantine (
    quarantine_id  varchar primary key,  -- md5 of origin, file, line, reason, payload
    origin         varchar not null,     -- articles, feed, import:gdelt, ...
    file           varchar,
    line           integer,
    reason         varchar not null,
    payload        varchar,
    run_id         varchar not null,
    quarantined_at timestamptz not null
);

-- articles and sentences per source per publication day: denominators for series
create table volumes (
    source      varchar not null,  -- '(unknown)' when the article names none
    day         date not null,
    n_articles  integer not null,
    n_sentences bigint not null,
    n_words     bigint not null,
    primary key (source, day)
);
