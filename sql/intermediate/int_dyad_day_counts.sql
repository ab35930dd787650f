-- grain: one row per origin x directed dyad (source_iso3 -> target_iso3) x day with at
-- least one event; events with both countries known. Not zero-filled. Events whose date
-- is unknown (neither the text nor the article's metadata gives one; dates are never
-- invented) are kept in a row with day = null, so every series still counts them.
create or replace table int_dyad_day_counts as
select
    origin,
    source_iso3,
    target_iso3,
    event_date                                            as day,
    count(*)                                              as n_events,
    sum(num_mentions)                                     as n_mentions,
    count(*) filter (where quad_class = 0)                as n_neutral,
    count(*) filter (where quad_class = 1)                as n_verbal_coop,
    count(*) filter (where quad_class = 2)                as n_material_coop,
    count(*) filter (where quad_class = 3)                as n_verbal_conflict,
    count(*) filter (where quad_class = 4)                as n_material_conflict,
    count(*) filter (where event_root = '01') as n_root_01,
    count(*) filter (where event_root = '02') as n_root_02,
    count(*) filter (where event_root = '03') as n_root_03,
    count(*) filter (where event_root = '04') as n_root_04,
    count(*) filter (where event_root = '05') as n_root_05,
    count(*) filter (where event_root = '06') as n_root_06,
    count(*) filter (where event_root = '07') as n_root_07,
    count(*) filter (where event_root = '08') as n_root_08,
    count(*) filter (where event_root = '09') as n_root_09,
    count(*) filter (where event_root = '10') as n_root_10,
    count(*) filter (where event_root = '11') as n_root_11,
    count(*) filter (where event_root = '12') as n_root_12,
    count(*) filter (where event_root = '13') as n_root_13,
    count(*) filter (where event_root = '14') as n_root_14,
    count(*) filter (where event_root = '15') as n_root_15,
    count(*) filter (where event_root = '16') as n_root_16,
    count(*) filter (where event_root = '17') as n_root_17,
    count(*) filter (where event_root = '18') as n_root_18,
    count(*) filter (where event_root = '19') as n_root_19,
    count(*) filter (where event_root = '20') as n_root_20,
    -- Goldstein sums are added as exact decimals: a float sum depends on the order threads
    -- add rows in, and a rebuild must give the same values to the last digit
    coalesce(cast(sum(cast(goldstein as decimal(18, 3))) as double), 0) as goldstein_sum
from int_events
where source_iso3 is not null and target_iso3 is not null
group by all
