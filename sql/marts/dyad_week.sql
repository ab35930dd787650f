-- grain: one row per origin x directed dyad (source_iso3 -> target_iso3) x ISO week (week_start: its Monday),
-- zero-filled from the dyad's first to its last week with an event (each dyad's active span).
-- Counts of deduplicated events per quad class and per CAMEO root, Goldstein sum and mean,
-- net cooperation = (verbal + material cooperation) - (verbal + material conflict).
-- Events with an unknown date are counted in one row per dyad whose period is null.
-- A view, like dyad_day: the weekly panel of every dyad is large (dyads x weeks), so the
-- empty weeks are generated when read; filters on the dyad are pushed below the window.
create or replace view dyad_week as
with counts as (
    select origin, source_iso3, target_iso3,
           cast(date_trunc('week', day) as date) as week_start,
           sum(columns('^n_')), cast(sum(cast(goldstein_sum as decimal(18, 3))) as double) as goldstein_sum
    from int_dyad_day_counts
    group by all
),
-- the periods without events between two periods with events (no calendar join needed)
gaps as (
    select origin, source_iso3, target_iso3,
           cast(unnest(generate_series(p + interval 7 day, next_p - interval 7 day,
                                       interval 7 day)) as date) as week_start
    from (
        select origin, source_iso3, target_iso3, week_start as p,
               lead(week_start) over (partition by origin, source_iso3, target_iso3
                                   order by week_start) as next_p
        from counts
    )
    where next_p > p + interval 7 day
),
filled as (
    select origin, source_iso3, target_iso3, week_start,
           cast(coalesce(columns('^n_'), 0) as bigint),
           coalesce(goldstein_sum, 0) as goldstein_sum
    from (select * from counts union all by name select * from gaps)
)
select
    origin, source_iso3, target_iso3, week_start,
    year(week_start) as year, month(week_start) as month,
    columns('^n_'),
    goldstein_sum,
    goldstein_sum / nullif(n_events, 0) as goldstein_mean,
    n_verbal_coop + n_material_coop - n_verbal_conflict - n_material_conflict as net_cooperation
from filled
