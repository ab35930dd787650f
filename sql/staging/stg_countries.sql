-- grain: one row per country (ISO 3166-1 alpha-3) in seeds/countries.csv.
create or replace view stg_countries as
select iso3, iso2, name, cameo_code, fips
from seed_countries
