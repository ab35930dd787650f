"""The DuckDB warehouse: raw tables with lineage, SQL models, exports, imports and plots.

Modules: `db` (connect, migrations), `loads` (one transaction per run), `models` (the SQL
model runner and SQL tests), `summary`, `export` (Parquet + manifest + codebook), `imports`
(GDELT, ICEWS, ACLED), `plot`, `quoting` (identifiers). See docs/warehouse.md.
"""
