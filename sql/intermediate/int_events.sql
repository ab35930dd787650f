-- grain: one row per deduplicated event (one-a-day: origin x date x source x target x
-- event, keys chosen in model_settings), with the codebook's name, Goldstein score, quad
-- class (scheme from model_settings), PLOVER and ACLED types, and its attestation counts.
-- Goldstein is the codebook's score of the code, else the mean of the mentions' scores.
-- A view: a join of int_events_one_a_day with the small code table, cheap when read.
create or replace view int_events as
select
    e.event_id,
    e.origin,
    e.event_date,
    year(e.event_date)                  as year,
    month(e.event_date)                 as month,
    e.source_code,
    e.source_iso3,
    e.source_sector,
    e.target_code,
    e.target_iso3,
    e.target_sector,
    e.key_event                         as event_code,
    left(e.key_event, 2)                as event_root,
    c.name                              as event_name,
    coalesce(c.goldstein, e.mention_goldstein_mean) as goldstein,
    c.quad_class,
    c.quad_name,
    c.plover_type,
    c.acled_event_type,
    c.acled_sub_event_type,
    e.location_iso3,
    e.num_mentions,
    e.num_articles,
    e.num_sources,
    e.first_seen,
    e.last_seen,
    e.first_url                         as source_url
from int_events_one_a_day as e
left join int_codes_quad as c on c.code = e.key_event
