-- Every ISO3 code in mentions and marts joins seeds/countries.csv.
with codes as (
    select 'event_mentions.source_iso3' as col, source_iso3 as iso3 from event_mentions
    union all select 'event_mentions.target_iso3', target_iso3 from event_mentions
    union all select 'event_mentions.location_iso3', location_iso3 from event_mentions
    union all select 'country_month.iso3', iso3 from country_month
)
select col, codes.iso3, count(*) as n
from codes
left join seed_countries as c on c.iso3 = codes.iso3
where codes.iso3 is not null and c.iso3 is null
group by all
