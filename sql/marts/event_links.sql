-- grain: one row per event mention: which deduplicated event (events.event_id) and which
-- one-a-story event it was counted in. Joins events back to event_mentions.
create or replace table event_links as
select event_id, story_event_id, mention_id, article_id, origin
from int_event_mention_links
