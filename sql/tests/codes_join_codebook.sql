-- Every CAMEO event code joins the codebook (seeds/cameo_codes.csv) and gets a quad class.
select 'event_mentions' as tbl, m.event_code, count(*) as n
from event_mentions as m
left join seed_cameo_codes as c on c.code = m.event_code
where c.code is null
group by all
union all
select 'events', e.event_code, count(*)
from events as e
left join int_codes_quad as q on q.code = e.event_code
where q.code is null
group by all
