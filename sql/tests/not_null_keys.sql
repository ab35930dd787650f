-- No key column is null (a null period is the bucket of undated events): returns the table and the row's other key parts.
select 'event_mentions' as tbl, article_id as detail from event_mentions
where mention_id is null or article_id is null or origin is null or run_id is null
union all
select 'events', event_id from events
where event_id is null or origin is null or event_code is null
union all
select 'int_dyad_day_counts', origin from int_dyad_day_counts
where origin is null or source_iso3 is null or target_iso3 is null
union all
select 'dyad_month', origin from dyad_month
where origin is null or source_iso3 is null or target_iso3 is null
union all
select 'dyad_month_undirected', origin from dyad_month_undirected
where origin is null or country_a is null or country_b is null
union all
select 'country_month', origin from country_month
where origin is null or iso3 is null
