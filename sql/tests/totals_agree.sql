-- Counts agree across models: quad and root counts add up to event counts, every series
-- adds up to the events it was made from, mentions add up to the events' num_mentions.
with dated as (
    select origin, count(*) as n from events
    where source_iso3 is not null and target_iso3 is not null
    group by all
),
series as (
    select 'int_dyad_day_counts' as model, origin, sum(n_events) as n
    from int_dyad_day_counts group by all
    union all select 'dyad_month', origin, sum(n_events) from dyad_month group by all
    union all select 'dyad_month_undirected', origin, sum(n_events)
              from dyad_month_undirected group by all
    union all select 'country_month sent', origin, sum(n_sent) from country_month group by all
    union all select 'country_month received', origin, sum(n_received)
              from country_month group by all
)
select s.model as check_name, s.origin, s.n as got, coalesce(d.n, 0) as expected
from series as s left join dated as d using (origin)
where s.n <> coalesce(d.n, 0)
union all
select 'dyad_month quads = n_events', origin, n_events,
       n_neutral + n_verbal_coop + n_material_coop + n_verbal_conflict + n_material_conflict
from dyad_month
where n_events <> n_neutral + n_verbal_coop + n_material_coop + n_verbal_conflict
                  + n_material_conflict
union all
select 'dyad_month roots = n_events', origin, n_events,
       n_root_01 + n_root_02 + n_root_03 + n_root_04 + n_root_05 + n_root_06 + n_root_07
       + n_root_08 + n_root_09 + n_root_10 + n_root_11 + n_root_12 + n_root_13 + n_root_14
       + n_root_15 + n_root_16 + n_root_17 + n_root_18 + n_root_19 + n_root_20
from dyad_month
where n_events <> n_root_01 + n_root_02 + n_root_03 + n_root_04 + n_root_05 + n_root_06
       + n_root_07 + n_root_08 + n_root_09 + n_root_10 + n_root_11 + n_root_12 + n_root_13
       + n_root_14 + n_root_15 + n_root_16 + n_root_17 + n_root_18 + n_root_19 + n_root_20
union all
select 'mentions = sum(num_mentions)', null,
       (select count(*) from event_mentions), (select coalesce(sum(num_mentions), 0) from events)
where (select count(*) from event_mentions) <> (select coalesce(sum(num_mentions), 0) from events)
union all
select 'mentions = int_events_one_a_day mentions', null,
       (select count(*) from event_mentions),
       (select coalesce(sum(num_mentions), 0) from int_events_one_a_day)
where (select count(*) from event_mentions)
      <> (select coalesce(sum(num_mentions), 0) from int_events_one_a_day)
