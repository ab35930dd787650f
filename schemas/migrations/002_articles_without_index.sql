-- articles loses its primary-key index: on a bulk load DuckDB's ART index over every id is a
-- large part of the article insert (200,000 new articles, upsert and commit: 1.46-1.62 s
-- with it, 0.87-1.38 s without). article_id stays unique:
-- the load stores one row per id and replaces it in place (dyadflow.warehouse.loads), and
-- sql/tests/unique_keys.sql checks it inside every run's transaction, so a run that broke it
-- would be rolled back. event_mentions never had an index, for the same reason.
create table articles_unindexed (
    article_id    varchar not null,
    content_hash  varchar not null,
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
    coded_hash    varchar,
    run_id        varchar not null
);
insert into articles_unindexed select * from articles;
drop table articles;
alter table articles_unindexed rename to articles;
