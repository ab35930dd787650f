-- grain: one row per event mention (event_mentions), with the article's source and date.
-- Renames and casts only. event_day is the event's date, else the article's publication
-- day (UTC): the date deduplication and the series use.
create or replace view stg_event_mentions as
select
    m.*,
    coalesce(a.source, m.publisher)                          as article_source,
    coalesce(m.source_url, a.url)                            as article_url,
    a.published_at                                           as published_at,
    coalesce(m.event_date, (a.published_at at time zone 'UTC')::date) as event_day
from event_mentions as m
left join articles as a
    on a.article_id = m.article_id and m.origin = 'dyadflow'
