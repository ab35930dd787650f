-- grain: one row per CAMEO code, with its quad class under the scheme chosen in
-- model_settings (longest matching code prefix of seeds/quad_classes.csv wins).
create or replace table int_codes_quad as
select
    c.code,
    c.name,
    c.root,
    c.goldstein,
    c.plover_type,
    c.acled_event_type,
    c.acled_sub_event_type,
    q.quad_class,
    q.quad_name
from stg_cameo_codes as c
join model_settings as s on true
join stg_quad_classes as q
    on q.scheme = s.quad_scheme and starts_with(c.code, q.code_prefix)
qualify row_number() over (partition by c.code order by length(q.code_prefix) desc) = 1
