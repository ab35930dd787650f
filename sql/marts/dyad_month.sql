-- grain: one row per origin x directed dyad (source_iso3 -> target_iso3) x calendar month (month_start: its first day),
-- zero-filled from the dyad's first to its last month with an event (each dyad's active span).
-- Counts of deduplicated events per quad class and per CAMEO root, Goldstein sum and mean,
-- net cooperation = (verbal + material cooperation) - (verbal + material conflict).
-- Events with an unknown date are counted in one row per dyad whose period is null.
create or replace table dyad_month as
with counts as (
    select origin, source_iso3, target_iso3,
           cast(date_trunc('month', day) as date) as month_start,
           sum(columns('^n_')), cast(sum(cast(goldstein_sum as decimal(18, 3))) as double) as goldstein_sum
    from int_dyad_day_counts
    group by all
),
-- the periods without events between two periods with events (no calendar join needed)
gaps as (
    select origin, source_iso3, target_iso3,
           cast(unnest(generate_series(p + interval 1 month, next_p - interval 1 month,
                                       interval 1 month)) as date) as month_start
    from (
        select origin, source_iso3, target_iso3, month_start as p,
               lead(month_start) over (partition by origin, source_iso3, target_iso3
                                   order by month_start) as next_p
        from counts
    )
    where next_p > p + interval 1 month
),
filled as (
    select origin, source_iso3, target_iso3, month_start,
           cast(coalesce(columns('^n_'), 0) as bigint),
           coalesce(goldstein_sum, 0) as goldstein_sum
    from (select * from counts union all by name select * from gaps)
)
select
    origin, source_iso3, target_iso3, month_start,
    year(month_start) as year, month(month_start) as month,
    columns('^n_'),
    goldstein_sum,
    goldstein_sum / nullif(n_events, 0) as goldstein_mean,
    n_verbal_coop + n_material_coop - n_verbal_conflict - n_material_conflict as net_cooperation
from filled
