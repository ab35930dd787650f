-- grain: one row per (scheme, code prefix) in seeds/quad_classes.csv, typed.
create or replace view stg_quad_classes as
select
    scheme,
    code_prefix,
    cast(quad_class as integer) as quad_class,
    quad_name
from seed_quad_classes
