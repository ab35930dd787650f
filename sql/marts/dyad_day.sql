-- grain: one row per origin x directed dyad (source_iso3 -> target_iso3) x day,
-- zero-filled from the dyad's first to its last day with an event (each dyad's active span).
-- Counts of deduplicated events per quad class and per CAMEO root, Goldstein sum and mean,
-- net cooperation = (verbal + material cooperation) - (verbal + material conflict).
-- Events with an unknown date are counted in one row per dyad whose period is null.
-- A view: zero-filling every dyad's every day would store (dyads x days) rows (20 M for the
-- benchmark's 10 M mentions), so the empty days are generated when read; a filter on the
-- dyad is pushed below the window, so one dyad's series costs only that dyad's rows.
create or replace view dyad_day as
with counts as (
    select * from int_dyad_day_counts
),
-- the periods without events between two periods with events (no calendar join needed)
gaps as (
    select origin, source_iso3, target_iso3,
           cast(unnest(generate_series(p + interval 1 day, next_p - interval 1 day,
                                       interval 1 day)) as date) as day
    from (
        select origin, source_iso3, target_iso3, day as p,
               lead(day) over (partition by origin, source_iso3, target_iso3
                                   order by day) as next_p
        from counts
    )
    where next_p > p + interval 1 day
),
filled as (
    select origin, source_iso3, target_iso3, day,
           cast(coalesce(columns('^n_'), 0) as bigint),
           coalesce(goldstein_sum, 0) as goldstein_sum
    from (select * from counts union all by name select * from gaps)
)
select
    origin, source_iso3, target_iso3, day,
    year(day) as year, month(day) as month,
    columns('^n_'),
    goldstein_sum,
    goldstein_sum / nullif(n_events, 0) as goldstein_mean,
    n_verbal_coop + n_material_coop - n_verbal_conflict - n_material_conflict as net_cooperation
from filled
