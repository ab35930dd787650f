-- Every table's key is unique: returns the duplicated keys.
select 'articles' as tbl, article_id as key, count(*) as n from articles group by all having n > 1
union all
select 'event_mentions', mention_id, count(*) from event_mentions group by all having count(*) > 1
union all
select 'events', event_id, count(*) from events group by all having count(*) > 1
union all
select 'event_links', mention_id, count(*) from event_links group by all having count(*) > 1
union all
select 'dyad_day', concat_ws('|', origin, source_iso3, target_iso3, day), count(*)
from dyad_day group by all having count(*) > 1
union all
select 'dyad_week', concat_ws('|', origin, source_iso3, target_iso3, week_start), count(*)
from dyad_week group by all having count(*) > 1
union all
select 'dyad_month', concat_ws('|', origin, source_iso3, target_iso3, month_start), count(*)
from dyad_month group by all having count(*) > 1
union all
select 'dyad_month_undirected', concat_ws('|', origin, country_a, country_b, month_start),
       count(*)
from dyad_month_undirected group by all having count(*) > 1
union all
select 'country_month', concat_ws('|', origin, iso3, month_start), count(*)
from country_month group by all having count(*) > 1
union all
select 'seed_countries', iso3, count(*) from seed_countries group by all having count(*) > 1
union all
select 'seed_cameo_codes', code, count(*) from seed_cameo_codes group by all having count(*) > 1
