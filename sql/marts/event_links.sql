-- grain: one row per event mention: the deduplicated event (events.event_id) and the
-- one-a-story event it was counted in. Joins events back to event_mentions. A view over
-- int_mentions_keyed, so it never disagrees with events.
create or replace view event_links as
select event_id, story_event_id, mention_id, article_id, origin
from int_mentions_keyed
