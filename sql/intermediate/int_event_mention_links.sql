-- grain: one row per event mention: the deduplicated event and story event it belongs to.
create or replace table int_event_mention_links as
select day_key as event_id, story_key as story_event_id, mention_id, article_id, origin
from int_mentions_keyed
