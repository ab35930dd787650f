-- grain: one row per origin x directed dyad (source_iso3 -> target_iso3) x day,
-- zero-filled over each dyad's active span (first to last day with an event).
-- Counts of deduplicated events per quad class and per CAMEO root, Goldstein sum and mean,
-- net cooperation = (verbal + material cooperation) - (verbal + material conflict).
create or replace table dyad_day as
with counts as (
    select origin, source_iso3, target_iso3,
           cast(date_trunc('day', day) as date) as day,
           sum(columns('^n_')), sum(goldstein_sum) as goldstein_sum
    from int_dyad_day_counts
    group by all
),
spans as (
    select origin, source_iso3, target_iso3, min(day) as first_period, max(day) as last_period
    from counts
    group by all
),
calendar as (
    select origin, source_iso3, target_iso3,
           cast(unnest(generate_series(first_period, last_period, interval 1 day)) as date)
               as day
    from spans
),
filled as (
    select
        c.origin, c.source_iso3, c.target_iso3, c.day,
        cast(coalesce(columns('^n_'), 0) as bigint),
        coalesce(d.goldstein_sum, 0) as goldstein_sum
    from calendar as c
    left join counts as d using (origin, source_iso3, target_iso3, day)
)
select
    origin, source_iso3, target_iso3, day,
    year(day) as year, month(day) as month,
    columns('^n_'),
    goldstein_sum,
    goldstein_sum / nullif(n_events, 0) as goldstein_mean,
    n_verbal_coop + n_material_coop - n_verbal_conflict - n_material_conflict as net_cooperation
from filled
