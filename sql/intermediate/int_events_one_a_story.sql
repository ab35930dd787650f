-- grain: one row per story event: origin x article x deduplication key (one-a-story),
-- with how many mentions the article makes of it. A view: computed when read.
create or replace view int_events_one_a_story as
select
    story_event_id,
    any_value(origin)              as origin,
    any_value(article_id)          as article_id,
    any_value(key_source)          as key_source,
    any_value(key_target)          as key_target,
    any_value(key_event)           as key_event,
    min(event_day)                 as first_event_date,
    max(event_day)                 as last_event_date,
    count(*)                       as num_mentions
from int_mentions_keyed
group by story_event_id
