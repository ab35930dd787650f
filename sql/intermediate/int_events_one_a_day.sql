-- grain: one row per deduplicated event: origin x event_day x deduplication key (one-a-day).
-- Keeps how well the event is attested (mentions, stories, articles, sources) and when it
-- was first and last seen; actor and location attributes are the most frequent value.
create or replace table int_events_one_a_day as
select
    day_key                                   as event_id,
    any_value(origin)                         as origin,
    any_value(event_day)                      as event_date,
    any_value(key_event)                      as key_event,
    mode(source_code)                         as source_code,
    mode(source_iso3)                         as source_iso3,
    mode(source_sector)                       as source_sector,
    mode(target_code)                         as target_code,
    mode(target_iso3)                         as target_iso3,
    mode(target_sector)                       as target_sector,
    mode(location_iso3)                       as location_iso3,
    avg(goldstein)                            as mention_goldstein_mean,
    count(*)                                  as num_mentions,
    count(distinct story_key)                 as num_stories,
    count(distinct article_id)                as num_articles,
    count(distinct article_source)            as num_sources,
    min(coalesce(published_at, event_day::timestamp at time zone 'UTC')) as first_seen,
    max(coalesce(published_at, event_day::timestamp at time zone 'UTC')) as last_seen,
    min(article_url)                          as first_url
from int_mentions_keyed
group by day_key
