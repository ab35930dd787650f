-- Quad classes are 1..4 in mentions (GDELT scheme, as coded) and in the chosen scheme's
-- set in events, roots 01..20 and the root is the code's first two digits,
-- origins and date precisions are known words.
select 'event_mentions' as tbl, mention_id as id, 'quad_class' as col, cast(quad_class as varchar) as value
from event_mentions where quad_class not between 1 and 4
union all
select 'event_mentions', mention_id, 'event_root', event_root from event_mentions
where event_root not in ('01','02','03','04','05','06','07','08','09','10',
                         '11','12','13','14','15','16','17','18','19','20')
   or left(event_code, 2) <> event_root
union all
select 'event_mentions', mention_id, 'origin', origin from event_mentions
where origin not in ('dyadflow', 'gdelt', 'icews', 'acled')
union all
select 'event_mentions', mention_id, 'date_precision', date_precision from event_mentions
where date_precision not in ('day', 'week', 'month', 'year', 'unknown')
union all
-- events carry the quad class of the scheme chosen in model_settings
select 'events', event_id, 'quad_class', cast(quad_class as varchar) from events
where quad_class is null or quad_class not in (
    select q.quad_class from stg_quad_classes as q join model_settings as s
    on q.scheme = s.quad_scheme)
union all
select 'events', event_id, 'event_root', event_root from events
where event_root not in ('01','02','03','04','05','06','07','08','09','10',
                         '11','12','13','14','15','16','17','18','19','20')
union all
select 'runs', run_id, 'status', status from runs where status not in ('succeeded', 'failed')
