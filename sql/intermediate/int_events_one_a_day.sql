-- grain: one row per deduplicated event: origin x event_day x deduplication key (one-a-day).
-- Keeps how well the event is attested (mentions, articles, sources) and when it was first
-- and last seen. Actor and location attributes the key leaves open (e.g. the sector when
-- deduplicating by ISO3) take the smallest value among the mentions, so rebuilds agree.
create or replace table int_events_one_a_day as
select
    -- the id from the group's keys, built once per event rather than once per mention;
    -- the same expression as int_mentions_keyed.event_id (event_links joins on it)
    concat_ws('|', origin, coalesce(cast(event_day as varchar), 'undated'),
              coalesce(key_source, '-'), coalesce(key_target, '-'), key_event) as event_id,
    origin,
    event_day                                 as event_date,
    key_event,
    min(source_code)                          as source_code,
    min(source_iso3)                          as source_iso3,
    min(source_sector)                        as source_sector,
    min(target_code)                          as target_code,
    min(target_iso3)                          as target_iso3,
    min(target_sector)                        as target_sector,
    min(location_iso3)                        as location_iso3,
    -- averaged as integers (thousandths): a float sum depends on the order threads add rows
    -- in, and a rebuild must give the same value to the last digit
    avg(cast(round(goldstein * 1000) as bigint)) / 1000 as mention_goldstein_mean,
    count(*)                                  as num_mentions,
    -- distinct over 64-bit hashes: several times faster than over the strings, and a
    -- collision inside one event's handful of articles is practically impossible. Built
    -- with DuckDB's distinct-aggregate rewrite off (dyadflow.warehouse.db.bulk_settings):
    -- the rewrite groups all mentions once more per distinct count and joins the results
    -- back, a third more CPU here.
    count(distinct hash(article_id))          as num_articles,
    -- (hash(NULL) is a value: an unknown publisher must not count as a source)
    count(distinct hash(article_source)) filter (where article_source is not null)
                                              as num_sources,
    min(coalesce(published_at, event_day::timestamp at time zone 'UTC')) as first_seen,
    max(coalesce(published_at, event_day::timestamp at time zone 'UTC')) as last_seen,
    min(article_url)                          as first_url
from int_mentions_keyed
group by origin, event_day, key_source, key_target, key_event
