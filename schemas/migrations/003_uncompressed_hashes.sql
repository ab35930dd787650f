-- The random hex strings (articles' sha256 content and coded hashes, mentions' md5 ids) are
-- stored uncompressed. Every value is distinct, so DuckDB's dictionary+FSST compression only
-- halves them (hex digits), yet analysing and compressing them was the costliest part of a
-- bulk load: of 4.8 CPU-s to store 1,000,000 staged mentions, 0.8 went to mention_id alone
-- (0.2 uncompressed); the two hashes cost 0.4 of the 1.4 CPU-s to insert 200,000 articles.
-- They now take 32 / 64 bytes a row, small beside an article's text and a mention's
-- sentence. Both tables are copied unchanged.
create table articles_uncompressed_hashes (
    article_id    varchar not null,
    content_hash  varchar not null using compression uncompressed,
    title         varchar,
    source        varchar,
    url           varchar,
    published_at  timestamptz,
    ingested_at   timestamptz not null,
    origin_file   varchar,
    origin_line   integer,
    text          varchar not null,
    n_sentences   integer,
    n_words       integer,
    coded_hash    varchar using compression uncompressed,
    run_id        varchar not null
);
insert into articles_uncompressed_hashes select * from articles;
drop table articles;
alter table articles_uncompressed_hashes rename to articles;

create table event_mentions_uncompressed_ids (
    mention_id           varchar not null using compression uncompressed,  -- md5 hex: same input, same id
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
insert into event_mentions_uncompressed_ids select * from event_mentions;
drop table event_mentions;
alter table event_mentions_uncompressed_ids rename to event_mentions;
