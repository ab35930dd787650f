"""The SQL model runner: seed tables, then sql/staging -> intermediate -> marts, then sql/tests.

Each model is one file `sql/<layer>/<name>.sql` holding one `create or replace view|table
<name> as ...` statement. Within a layer, models run after the models they mention (found
by name in their text), so file names stay the model names.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from pathlib import Path
from typing import Any

import duckdb

from dyadflow.errors import DyadflowError
from dyadflow.paths import seeds_dir, sql_dir
from dyadflow.warehouse.db import bulk_settings
from dyadflow.warehouse.quoting import plain_identifier

LAYERS = ("staging", "intermediate", "marts")
_CREATE = re.compile(r"create\s+or\s+replace\s+(view|table)\s+([A-Za-z_][A-Za-z0-9_]*)\s", re.IGNORECASE)
_LINE_COMMENT = re.compile(r"--[^\n]*")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

DEDUP_ACTOR_KEYS = ("code", "iso3")
DEDUP_EVENT_KEYS = ("code", "root")


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """Choices the SQL models read from the `model_settings` table.

    dedup_actor: actors in the deduplication key: "code" (CAMEO actor code, e.g. JPNGOV,
    falling back to ISO3) or "iso3" (country). dedup_event: "code" (full CAMEO code) or
    "root" (two-digit root). quad_scheme: a scheme of seeds/quad_classes.csv.
    """

    dedup_actor: str = "code"
    dedup_event: str = "code"
    quad_scheme: str = "gdelt"

    def __post_init__(self) -> None:
        if self.dedup_actor not in DEDUP_ACTOR_KEYS:
            raise DyadflowError(f"dedup_actor must be one of {DEDUP_ACTOR_KEYS}")
        if self.dedup_event not in DEDUP_EVENT_KEYS:
            raise DyadflowError(f"dedup_event must be one of {DEDUP_EVENT_KEYS}")

    @classmethod
    def from_parameters(cls, parameters: dict[str, Any] | None) -> ModelSettings:
        """Settings from run parameters (keys dedup_actor, dedup_event, quad_scheme)."""
        parameters = parameters or {}
        chosen = {k: str(parameters[k]) for k in ("dedup_actor", "dedup_event", "quad_scheme")
                  if parameters.get(k) is not None}
        return cls(**chosen)


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    layer: str
    kind: str  # view or table
    path: Path
    sql: str
    depends_on: frozenset[str]


@dataclass(frozen=True, slots=True)
class SqlTestFailure:
    """A test in sql/tests that returned rows: the rows say what is wrong."""

    name: str
    path: Path
    n_rows: int
    sample: tuple[tuple[Any, ...], ...] = field(default=())
    columns: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        shown = "; ".join(
            ", ".join(f"{c}={v!r}" for c, v in zip(self.columns, row, strict=False))
            for row in self.sample[:3]
        )
        return f"{self.name}: {self.n_rows} failing row(s): {shown}"


class SqlTestsFailed(DyadflowError):
    def __init__(self, failures: list[SqlTestFailure]):
        self.failures = failures
        super().__init__("SQL tests failed: " + " | ".join(f.describe() for f in failures))


def _strip_comments(sql: str) -> str:
    return _LINE_COMMENT.sub("", sql)


def discover_models(root: Path | None = None) -> list[Model]:
    """Every model under `root` (default sql/), in an order where dependencies come first."""
    root = root or sql_dir()
    found: dict[str, Model] = {}
    for layer in LAYERS:
        for path in sorted((root / layer).glob("*.sql")):
            sql = path.read_text(encoding="utf-8")
            match = _CREATE.search(_strip_comments(sql))
            if not match or match.group(2) != path.stem:
                raise DyadflowError(
                    f"{path}: a model file holds `create or replace view|table {path.stem} as ...`"
                )
            if path.stem in found:
                raise DyadflowError(f"{path}: model {path.stem} is defined twice")
            found[path.stem] = Model(path.stem, layer, match.group(1).lower(), path, sql,
                                     frozenset())
    names = set(found)
    graph: dict[str, set[str]] = {}
    for name, model in found.items():
        words = set(_WORD.findall(_strip_comments(model.sql))) & names
        deps = words - {name}
        for dep in deps:
            if LAYERS.index(found[dep].layer) > LAYERS.index(model.layer):
                raise DyadflowError(
                    f"{model.path}: {model.layer} model uses {found[dep].layer} model {dep}"
                )
        graph[name] = deps
        found[name] = Model(name, model.layer, model.kind, model.path, model.sql,
                            frozenset(deps))
    sorter = TopologicalSorter(graph)
    try:
        order = list(sorter.static_order())
    except CycleError as exc:
        raise DyadflowError(f"SQL models depend on each other in a cycle: {exc.args[1]}") from exc
    # stable: by layer, then dependency order, so staging always runs first
    rank = {name: i for i, name in enumerate(order)}
    return sorted(found.values(), key=lambda m: (LAYERS.index(m.layer), rank[m.name]))


# the seed tables the SQL models read (the coder's dictionaries stay out of the warehouse)
SEED_TABLES = ("cameo_codes", "quad_classes", "countries")


def seed_files(root: Path | None = None) -> dict[str, Path]:
    """Seed tables loaded into the warehouse: seeds/<name>.csv -> seed_<name>."""
    root = root or seeds_dir()
    files = {}
    for name in SEED_TABLES:
        path = root / f"{name}.csv"
        if not path.is_file():
            raise DyadflowError(f"{path}: seed table missing")
        files[f"seed_{plain_identifier(name)}"] = path
    return files


def load_seeds(con: duckdb.DuckDBPyConnection, root: Path | None = None) -> list[str]:
    """(Re)load every top-level seed CSV as text columns; models cast what they need."""
    tables = seed_files(root)
    for table, path in tables.items():
        con.execute(
            f"create or replace table {table} as "
            "select * from read_csv(?, header = true, all_varchar = true)",
            [str(path)],
        )
    return list(tables)


def write_settings(con: duckdb.DuckDBPyConnection, settings: ModelSettings) -> None:
    con.execute(
        "create or replace table model_settings as select "
        "?::varchar as dedup_actor, ?::varchar as dedup_event, ?::varchar as quad_scheme",
        [settings.dedup_actor, settings.dedup_event, settings.quad_scheme],
    )


def build_models(
    con: duckdb.DuckDBPyConnection,
    settings: ModelSettings | None = None,
    *,
    sql_root: Path | None = None,
    seeds_root: Path | None = None,
    timings: dict[str, float] | None = None,
) -> list[str]:
    """Load seeds and settings, then run every model in order; returns the model names.

    Runs inside the caller's transaction when there is one (load_run), so a failing model
    leaves every table as it was. `timings`, when given, receives seconds per model.
    """
    settings = settings or ModelSettings()
    load_seeds(con, seeds_root)
    write_settings(con, settings)
    schemes = {r[0] for r in con.execute(
        "select distinct scheme from seed_quad_classes").fetchall()}
    if settings.quad_scheme not in schemes:
        raise DyadflowError(
            f"quad scheme {settings.quad_scheme!r} is not in seeds/quad_classes.csv "
            f"(have: {', '.join(sorted(schemes))})"
        )
    built = []
    existing = dict(con.execute(
        "select table_name, if(table_type = 'VIEW', 'view', 'table') "
        "from information_schema.tables where table_schema = current_schema()").fetchall())
    with bulk_settings(con):
        for model in discover_models(sql_root):
            started = time.perf_counter()
            try:
                if existing.get(model.name, model.kind) != model.kind:
                    # a model that changed from table to view (or back) cannot be replaced
                    con.execute(f"drop {existing[model.name]} {model.name}")
                con.execute(model.sql)
            except duckdb.Error as exc:
                raise DyadflowError(f"{model.path}: model {model.name} failed: {exc}") from exc
            if timings is not None:
                timings[model.name] = time.perf_counter() - started
            built.append(model.name)
    return built


def sql_tests(root: Path | None = None) -> list[Path]:
    return sorted(((root or sql_dir()) / "tests").glob("*.sql"))


def run_sql_tests(
    con: duckdb.DuckDBPyConnection, *, sql_root: Path | None = None
) -> list[SqlTestFailure]:
    """Run sql/tests/*.sql; each returns no rows when the data is right."""
    failures = []
    for path in sql_tests(sql_root):
        query = _strip_comments(path.read_text(encoding="utf-8")).strip().rstrip(";")
        try:
            cursor = con.execute(f"select * from ({query}) as failing")
            columns = tuple(d[0] for d in cursor.description)
            rows = cursor.fetchall()
        except duckdb.Error as exc:
            raise DyadflowError(f"{path}: SQL test failed to run: {exc}") from exc
        if rows:
            failures.append(SqlTestFailure(path.stem, path, len(rows), tuple(rows[:5]), columns))
    return failures
