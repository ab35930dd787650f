-- grain: one row per origin x unordered country pair (country_a < country_b, or a domestic
-- pair a = b) x month, both directions of dyad_month added up, zero-filled over each
-- pair's active span.
create or replace table dyad_month_undirected as
with counts as (
    select
        origin,
        least(source_iso3, target_iso3)    as country_a,
        greatest(source_iso3, target_iso3) as country_b,
        month_start,
        sum(columns('^n_')),
        sum(goldstein_sum)                 as goldstein_sum
    from dyad_month
    where n_events > 0
    group by all
),
spans as (
    select origin, country_a, country_b, min(month_start) as first_month, max(month_start) as last_month
    from counts
    group by all
),
calendar as (
    select origin, country_a, country_b,
           cast(unnest(generate_series(first_month, last_month, interval 1 month)) as date)
               as month_start
    from spans
),
filled as (
    select
        c.origin, c.country_a, c.country_b, c.month_start,
        cast(coalesce(columns('^n_'), 0) as bigint),
        coalesce(d.goldstein_sum, 0) as goldstein_sum
    from calendar as c
    left join counts as d using (origin, country_a, country_b, month_start)
)
select
    origin, country_a, country_b, month_start,
    year(month_start) as year, month(month_start) as month,
    columns('^n_'),
    goldstein_sum,
    goldstein_sum / nullif(n_events, 0) as goldstein_mean,
    n_verbal_coop + n_material_coop - n_verbal_conflict - n_material_conflict as net_cooperation
from filled
