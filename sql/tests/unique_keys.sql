-- Every table's key is unique: returns the duplicated keys. (dyad_day and dyad_week are
-- views whose active periods come from int_dyad_day_counts and whose empty periods lie
-- strictly between them, so their keys are unique when those of int_dyad_day_counts are;
-- tests/warehouse checks them on small data, where reading them is cheap.)
select 'articles' as tbl, article_id as key, count(*) as n from articles group by all having n > 1
union all
select 'event_mentions', mention_id, count(*) from event_mentions group by all having count(*) > 1
union all
select 'events', event_id, count(*) from events group by all having count(*) > 1
union all
select 'int_dyad_day_counts', concat_ws('|', origin, source_iso3, target_iso3, day), n
from (select origin, source_iso3, target_iso3, day, count(*) as n
      from int_dyad_day_counts group by all having count(*) > 1)
union all
select 'dyad_month', concat_ws('|', origin, source_iso3, target_iso3, month_start), n
from (select origin, source_iso3, target_iso3, month_start, count(*) as n
      from dyad_month group by all having count(*) > 1)
union all
select 'dyad_month_undirected', concat_ws('|', origin, country_a, country_b, month_start), n
from (select origin, country_a, country_b, month_start, count(*) as n
      from dyad_month_undirected group by all having count(*) > 1)
union all
select 'country_month', concat_ws('|', origin, iso3, month_start), n
from (select origin, iso3, month_start, count(*) as n
      from country_month group by all having count(*) > 1)
union all
select 'seed_countries', iso3, count(*) from seed_countries group by all having count(*) > 1
union all
select 'seed_cameo_codes', code, count(*) from seed_cameo_codes group by all having count(*) > 1
