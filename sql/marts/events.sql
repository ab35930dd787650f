-- grain: one row per deduplicated event (one-a-day: origin x date x source x target x
-- event; keys chosen in model_settings). The public name of int_events: codebook name,
-- Goldstein, quad class, PLOVER and ACLED types, num_mentions/num_articles/num_sources,
-- first and last seen. event_links maps each event to its mentions.
create or replace view events as
select * from int_events
