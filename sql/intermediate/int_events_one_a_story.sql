-- grain: one row per story event: origin x article x deduplication key (one-a-story).
create or replace table int_events_one_a_story as
select
    story_key                      as story_event_id,
    any_value(origin)              as origin,
    any_value(article_id)          as article_id,
    any_value(key_source)          as key_source,
    any_value(key_target)          as key_target,
    any_value(key_event)           as key_event,
    min(event_day)                 as event_date,
    count(*)                       as num_mentions
from int_mentions_keyed
group by story_key
