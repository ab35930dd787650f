-- grain: one row per event mention, with its deduplication keys and the ids of the
-- deduplicated events it belongs to. The key is (origin; source and target actor: CAMEO
-- code, falling back to ISO3, or ISO3 alone, per model_settings.dedup_actor; event: full
-- code or root, per model_settings.dedup_event).
-- event_id (one-a-day) adds the event day; story_event_id (one-a-story) the article. Both
-- are readable: 'dyadflow|2024-03-04|JPNGOV|USA|072'. A view: computed when read.
create or replace view int_mentions_keyed as
with keyed as (
    select
        m.mention_id,
        m.article_id,
        m.origin,
        m.article_source,
        m.article_url,
        m.published_at,
        m.event_day,
        m.source_code, m.source_iso3, m.source_sector,
        m.target_code, m.target_iso3, m.target_sector,
        m.event_code, m.event_root, m.goldstein, m.location_iso3,
        case when s.dedup_actor = 'iso3' then m.source_iso3
             else coalesce(m.source_code, m.source_iso3) end as key_source,
        case when s.dedup_actor = 'iso3' then m.target_iso3
             else coalesce(m.target_code, m.target_iso3) end as key_target,
        case when s.dedup_event = 'root' then m.event_root else m.event_code end as key_event
    from stg_event_mentions as m
    join model_settings as s on true
)
select
    *,
    concat_ws('|', origin, coalesce(cast(event_day as varchar), 'undated'),
              coalesce(key_source, '-'), coalesce(key_target, '-'), key_event) as event_id,
    concat_ws('|', origin, article_id, coalesce(key_source, '-'),
              coalesce(key_target, '-'), key_event)                            as story_event_id
from keyed
