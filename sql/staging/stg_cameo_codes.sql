-- grain: one row per CAMEO event code in seeds/cameo_codes.csv, typed.
create or replace view stg_cameo_codes as
select
    code,
    name,
    cast(level as integer)          as level,
    parent,
    root,
    cast(goldstein as double)       as goldstein,
    cast(goldstein_icews as double) as goldstein_icews,
    plover_type,
    acled_event_type,
    acled_sub_event_type
from seed_cameo_codes
