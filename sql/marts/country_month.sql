-- grain: one row per origin x country (ISO3) x month (month_start: its first day),
-- zero-filled over the country's active span. Deduplicated events the country sent (as
-- source) and received (as target), in total and per quad class, with the denominators of
-- the dyadflow corpus that month (articles and sentences, all sources; null for imports,
-- whose corpus is unknown) so series can be normalised. Undated events: month_start null.
create or replace table country_month as
with roles as (
    select origin, source_iso3 as iso3, month_start, 'sent' as role,
           n_events, n_verbal_coop, n_material_coop, n_verbal_conflict, n_material_conflict,
           goldstein_sum
    from dyad_month
    union all
    select origin, target_iso3 as iso3, month_start, 'received' as role,
           n_events, n_verbal_coop, n_material_coop, n_verbal_conflict, n_material_conflict,
           goldstein_sum
    from dyad_month
),
counts as (
    select
        origin, iso3, month_start,
        sum(n_events) filter (where role = 'sent')                 as n_sent,
        sum(n_verbal_coop) filter (where role = 'sent')            as n_sent_verbal_coop,
        sum(n_material_coop) filter (where role = 'sent')          as n_sent_material_coop,
        sum(n_verbal_conflict) filter (where role = 'sent')        as n_sent_verbal_conflict,
        sum(n_material_conflict) filter (where role = 'sent')      as n_sent_material_conflict,
        sum(n_events) filter (where role = 'received')             as n_received,
        sum(n_verbal_coop) filter (where role = 'received')        as n_received_verbal_coop,
        sum(n_material_coop) filter (where role = 'received')      as n_received_material_coop,
        sum(n_verbal_conflict) filter (where role = 'received')    as n_received_verbal_conflict,
        sum(n_material_conflict) filter (where role = 'received')  as n_received_material_conflict,
        cast(sum(cast(goldstein_sum as decimal(18, 3))) filter (where role = 'sent') as double)
                                                                   as goldstein_sent_sum,
        cast(sum(cast(goldstein_sum as decimal(18, 3))) filter (where role = 'received') as double)
                                                                   as goldstein_received_sum
    from roles
    where n_events > 0
    group by all
),
-- the months without events between two months with events (no calendar join needed)
gaps as (
    select origin, iso3,
           cast(unnest(generate_series(p + interval 1 month, next_p - interval 1 month,
                                       interval 1 month)) as date) as month_start
    from (
        select origin, iso3, month_start as p,
               lead(month_start) over (partition by origin, iso3 order by month_start) as next_p
        from counts
    )
    where next_p > p + interval 1 month
),
filled as (select * from counts union all by name select * from gaps),
monthly_volumes as (
    select cast(date_trunc('month', day) as date) as month_start,
           sum(n_articles) as n_articles, sum(n_sentences) as n_sentences
    from volumes
    group by all
)
select
    c.origin, c.iso3, c.month_start,
    year(c.month_start) as year, month(c.month_start) as month,
    cast(coalesce(columns('^n_(sent|received)(_|$)'), 0) as bigint),
    coalesce(c.goldstein_sent_sum, 0)     as goldstein_sent_sum,
    coalesce(c.goldstein_received_sum, 0) as goldstein_received_sum,
    case when c.origin = 'dyadflow' then cast(coalesce(v.n_articles, 0) as bigint) end  as n_articles,
    case when c.origin = 'dyadflow' then cast(coalesce(v.n_sentences, 0) as bigint) end as n_sentences
from filled as c
left join monthly_volumes as v using (month_start)
