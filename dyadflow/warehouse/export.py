"""Parquet for researchers: hive-partitioned tables, a manifest and a generated codebook.

Every exported table has a JSON Schema in `schemas/exports/<table>.schema.json`; the export
refuses a table whose columns and schema differ, and CODEBOOK.md is written from those
schemas, so the documentation cannot drift from the data. The export is written into a
temporary directory next to the target and renamed into place only when complete.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from dyadflow import __version__
from dyadflow.errors import DyadflowError, InputError
from dyadflow.paths import schemas_dir
from dyadflow.warehouse.quoting import quote_identifier, quote_literal_path

DEFAULT_TABLES = (
    "events", "event_links", "dyad_day", "dyad_week", "dyad_month", "dyad_month_undirected",
    "country_month",
)
# the raw mentions are exported without sentence_text: that is the articles' own wording
_LEFT_OUT = {"event_mentions": ("sentence_text",)}


@dataclass(frozen=True, slots=True)
class TableSchema:
    name: str
    title: str
    grain: str
    date_column: str | None
    period: str
    columns: dict[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ExportReport:
    out_dir: Path
    manifest: Path
    tables: dict[str, int]
    warnings: tuple[str, ...] = field(default=())


@cache
def _schema_file_cache(root: Path) -> dict[str, TableSchema]:
    schemas = {}
    for path in sorted((root / "exports").glob("*.schema.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".schema.json")
        schemas[name] = TableSchema(
            name=name, title=doc["title"], grain=doc["x-grain"],
            date_column=doc.get("x-date-column"), period=doc.get("x-period", "day"),
            columns=doc["properties"],
        )
    return schemas


def export_schemas(root: Path | None = None) -> dict[str, TableSchema]:
    """The JSON Schemas of the exportable tables, by table name."""
    return _schema_file_cache(root or schemas_dir())


def origins_info(root: Path | None = None) -> dict[str, dict[str, Any]]:
    path = (root or schemas_dir()) / "exports" / "origins.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _select(con: duckdb.DuckDBPyConnection, table: str, schema: TableSchema) -> str:
    """SELECT of one exported table with year and month partition columns and the date the
    --since/--until filter looks at (_filter_date, dropped before writing)."""
    names = [r[0] for r in con.execute(f"describe {quote_identifier(table)}").fetchall()]
    keep = [n for n in names if n not in _LEFT_OUT.get(table, ())]
    cols = ", ".join(f"t.{quote_identifier(n)}" for n in keep)
    if table == "event_links":  # dated and partitioned by the event it links to
        return (f"select {cols}, e.year, e.month, e.event_date as _filter_date "
                "from event_links as t join events as e using (event_id)")
    date_col = quote_identifier(schema.date_column or "")
    if "year" in names:
        return f"select {cols}, t.{date_col} as _filter_date from {quote_identifier(table)} as t"
    return (f"select {cols}, year(t.{date_col}) as year, month(t.{date_col}) as month, "
            f"t.{date_col} as _filter_date from {quote_identifier(table)} as t")


def _filters(schema: TableSchema, since: date | None, until: date | None,
             include_acled: bool) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if not include_acled:
        clauses.append("origin <> 'acled'")
    if since or until:
        col = "_filter_date"
        period = schema.period
        if since:
            # a period that overlaps [since, until] is kept whole
            clauses.append(f"{col} >= cast(date_trunc('{period}', ?::date) as date)")
            params.append(since)
        if until:
            clauses.append(f"{col} <= ?::date")
            params.append(until)
    return (" where " + " and ".join(clauses)) if clauses else "", params


def _check_documented(table: str, schema: TableSchema, columns: list[str]) -> None:
    missing = [c for c in columns if c not in schema.columns]
    extra = [c for c in schema.columns if c not in columns]
    if missing or extra:
        raise DyadflowError(
            f"schemas/exports/{table}.schema.json does not match the table: "
            f"undocumented columns {missing}, documented but absent {extra}"
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _json_type(spec: dict[str, Any]) -> str:
    kinds = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
    shown = " or ".join(k for k in kinds if k != "null")
    if spec.get("format"):
        shown += f" ({spec['format']})"
    return shown + (", nullable" if "null" in kinds else "")


def render_codebook(schemas: dict[str, TableSchema], tables: Sequence[str],
                    manifest: dict[str, Any]) -> str:
    """CODEBOOK.md for the exported `tables`, written from their JSON Schemas."""
    settings = manifest["model_settings"]
    lines = [
        "# dyadflow export codebook",
        "",
        "Generated from `schemas/exports/*.schema.json` by `dyadflow export`; do not edit.",
        f"Exported {manifest['created_at']} by dyadflow {manifest['dyadflow_version']}.",
        "",
        "Each table is a directory of Parquet files partitioned hive-style by `year=YYYY/"
        "month=M` (zstd). Read one with `polars.read_parquet('<table>/**/*.parquet', "
        "hive_partitioning=True)` or `duckdb`'s `read_parquet('<table>/**/*.parquet', "
        "hive_partitioning = true)`. Rows without a date sit in "
        "`year=__HIVE_DEFAULT_PARTITION__`.",
        "",
        "Deduplication (one-a-day) key: origin, date, source and target actor "
        f"(by {settings.get('dedup_actor', '?')}), event (by {settings.get('dedup_event', '?')}"
        f"). Quad classes follow the {settings.get('quad_scheme', '?')} scheme: 1 verbal "
        "cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
        "",
    ]
    for name in tables:
        schema = schemas[name]
        lines += [f"## `{name}`: {schema.title}", "", f"Grain: {schema.grain}.", "",
                  f"Rows: {manifest['tables'][name]['rows']:,}.", "",
                  "| column | type | description |", "|---|---|---|"]
        for column, spec in schema.columns.items():
            lines.append(f"| `{column}` | {_json_type(spec)} | {spec['description']} |")
        lines.append("")
    lines += ["## Origins and licences", ""]
    for origin, info in manifest["licences"].items():
        lines.append(f"- **{origin}** ({info['name']}): {info['licence']}")
    lines.append("")
    return "\n".join(lines)


def _replace_dir(tmp: Path, out_dir: Path) -> None:
    """Swap the finished export into place; the previous one is removed afterwards."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{uuid.uuid4().hex[:8]}")
        out_dir.rename(old)
    tmp.rename(out_dir)
    if old is not None:
        shutil.rmtree(old)


def export_parquet(
    con: duckdb.DuckDBPyConnection,
    out_dir: str | Path,
    *,
    tables: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    include_acled: bool = False,
) -> ExportReport:
    """Write `tables` (default DEFAULT_TABLES) under `out_dir` with manifest and codebook."""
    schemas = export_schemas()
    chosen = list(tables or DEFAULT_TABLES)
    unknown = [t for t in chosen if t not in schemas]
    if unknown:
        raise InputError(f"cannot export {unknown}: exportable tables are {sorted(schemas)}")
    if since and until and since > until:
        raise InputError(f"--since {since} is after --until {until}")
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.with_name(f".{out_dir.name}.tmp-{uuid.uuid4().hex[:8]}")
    tmp.mkdir()
    notes: list[str] = []
    try:
        (acled,) = con.execute(
            "select count(*) from event_mentions where origin = 'acled'").fetchall()[0]
        if acled and not include_acled:
            notes.append(
                f"{acled} mention(s) imported from ACLED and the events made from them are "
                "left out: ACLED's terms forbid redistributing its rows (--include-acled "
                "keeps them, for your own use only)"
            )
        manifest_tables: dict[str, Any] = {}
        for table in chosen:
            schema = schemas[table]
            select = _select(con, table, schema)
            where, params = _filters(schema, since, until, include_acled)
            query = f"select * exclude (_filter_date) from ({select}) as x{where}"
            described = con.execute(f"describe {query}", params).fetchall()
            columns = [r[0] for r in described]
            _check_documented(table, schema, columns)
            (rows,) = con.execute(f"select count(*) from ({query})", params).fetchall()[0]
            target = tmp / table
            if rows:
                con.execute(
                    f"copy ({query}) to {quote_literal_path(str(target))} "
                    "(format parquet, compression zstd, partition_by (year, month))",
                    params,
                ).fetchall()
            files = []
            for path in sorted(target.rglob("*.parquet")) if target.exists() else []:
                files.append({
                    "path": path.relative_to(tmp).as_posix(),
                    "rows": pq.ParquetFile(path).metadata.num_rows,
                    "sha256": _sha256(path),
                    "bytes": path.stat().st_size,
                })
            manifest_tables[table] = {
                "rows": int(rows),
                "grain": schema.grain,
                "partition_by": ["year", "month"],
                "columns": [{"name": r[0], "type": r[1]} for r in described],
                "files": files,
            }
        manifest = _manifest(con, manifest_tables, since, until, include_acled)
        manifest_path = tmp / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2, default=str) + "\n",
                                 encoding="utf-8")
        (tmp / "CODEBOOK.md").write_text(render_codebook(schemas, chosen, manifest),
                                         encoding="utf-8")
        _replace_dir(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ExportReport(out_dir, out_dir / "manifest.json",
                        {t: manifest_tables[t]["rows"] for t in chosen}, tuple(notes))


def _manifest(con: duckdb.DuckDBPyConnection, tables: dict[str, Any], since: date | None,
              until: date | None, include_acled: bool) -> dict[str, Any]:
    keep = "" if include_acled else " where origin <> 'acled'"
    origins = [r[0] for r in con.execute(
        f"select distinct origin from event_mentions{keep} order by 1").fetchall()]

    def distinct(column: str) -> list[str]:
        return [r[0] for r in con.execute(
            f"select distinct {quote_identifier(column)} from event_mentions{keep} "
            f"{'and' if keep else 'where'} {quote_identifier(column)} is not null order by 1"
        ).fetchall()]

    settings = con.execute("select * from model_settings").fetchall()
    setting_names = [d[0] for d in con.execute("describe model_settings").fetchall()]
    info = origins_info()
    return {
        "dyadflow_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "filters": {"since": since, "until": until, "include_acled": include_acled},
        "model_settings": dict(zip(setting_names, settings[0], strict=True)) if settings else {},
        "origins": origins,
        "coder_versions": distinct("coder_version"),
        "dictionary_versions": distinct("dictionary_version"),
        "run_ids": distinct("run_id"),
        "runs": [
            {"run_id": r[0], "flow": r[1], "ended_at": r[2]}
            for r in con.execute(
                "select run_id, flow, ended_at from runs where status = 'succeeded' "
                "order by started_at").fetchall()
        ],
        "licences": {o: info[o] for o in origins if o in info},
        "tables": tables,
    }


def verify_manifest(out_dir: str | Path) -> list[str]:
    """Problems found re-hashing an export against its manifest (empty when intact)."""
    out_dir = Path(out_dir)
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    problems = []
    for table, entry in manifest["tables"].items():
        listed = {f["path"] for f in entry["files"]}
        present = {p.relative_to(out_dir).as_posix()
                   for p in (out_dir / table).rglob("*.parquet")} if (out_dir / table).exists() \
            else set()
        problems += [f"{p}: not in manifest" for p in sorted(present - listed)]
        for f in entry["files"]:
            path = out_dir / f["path"]
            if not path.exists():
                problems.append(f"{f['path']}: missing")
            elif _sha256(path) != f["sha256"]:
                problems.append(f"{f['path']}: sha256 differs from manifest")
        if sum(f["rows"] for f in entry["files"]) != entry["rows"]:
            problems.append(f"{table}: file rows do not add up to {entry['rows']}")
    return problems
