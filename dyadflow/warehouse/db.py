"""Opening the DuckDB warehouse and bringing its schema up to date.

Migrations are the numbered files `schemas/migrations/NNN_name.sql`, applied in order, each
in its own transaction and recorded in `schema_migrations`, so opening a warehouse any
number of times applies each exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dyadflow.errors import DyadflowError, InputError
from dyadflow.paths import schemas_dir

# the oldest DuckDB release whose CLI must open warehouse files (see `connect`)
STORAGE_COMPATIBILITY = "v1.4.0"
_MIGRATION_NAME = re.compile(r"(\d{3})_[a-z0-9_]+\.sql")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(root: Path | None = None) -> list[Migration]:
    """The migration files under `root` (default schemas/migrations), in version order."""
    folder = root or schemas_dir() / "migrations"
    found: list[Migration] = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.fullmatch(path.name)
        if not match:
            raise DyadflowError(f"{path}: migration files are named NNN_name.sql")
        found.append(Migration(int(match.group(1)), path.stem, path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise DyadflowError(f"{folder}: two migrations share a version number")
    return found


def migrate(con: duckdb.DuckDBPyConnection, root: Path | None = None) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now."""
    con.execute(
        "create table if not exists schema_migrations ("
        " version integer primary key, name varchar not null,"
        " applied_at timestamptz not null default current_timestamp)"
    )
    done = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    for migration in migrations(root):
        if migration.version in done:
            continue
        con.execute("begin transaction")
        try:
            con.execute(migration.sql)
            con.execute(
                "insert into schema_migrations (version, name) values (?, ?)",
                [migration.version, migration.name],
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        applied.append(migration.name)
    return applied


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at `path` (":memory:" allowed); writable connections are migrated.

    A read-only connection to a missing file is an InputError rather than an empty database,
    so `dyadflow sql` on a wrong path says so.
    """
    target = str(path)
    config: dict[str, str] = {}
    if target != ":memory:":
        file = Path(path)
        if read_only and not file.exists():
            raise InputError("warehouse not found (run `dyadflow run` first)", file=target)
        if not read_only:
            file.parent.mkdir(parents=True, exist_ok=True)
            if not file.exists():
                # The storage format is fixed when the file is created. The duckdb 2.x
                # package writes a format the released DuckDB CLIs (1.4, 1.5) cannot open,
                # and researchers read the warehouse with `duckdb FILE`, so new files use
                # the 1.4 format; later writes by any connection keep it.
                config["storage_compatibility_version"] = STORAGE_COMPATIBILITY
    try:
        con = duckdb.connect(target, read_only=read_only, config=config)
    except duckdb.IOException as exc:
        raise DyadflowError(f"cannot open warehouse {target}: {exc}") from exc
    # progress bars would garble `dyadflow sql` output and logs
    con.execute("set enable_progress_bar = false")
    if not read_only:
        migrate(con)
    return con


# DuckDB rewrites each count(distinct ...) into a separate grouping of the whole input that
# is joined back to the other aggregates; for the one-a-day deduplication (10 M mentions,
# 2.4 M events, two distinct counts) that costs a third more CPU than its in-place distinct
# aggregation (measured: 41 vs 31 CPU-seconds), so bulk work turns the rewrite off.
_SLOW_OPTIMIZERS = ("distinct_aggregate_rewrite",)


@contextmanager
def bulk_settings(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Settings for loads and model builds, restored afterwards.

    Row order in a table means nothing here (ids are content-derived, readers sort), and
    letting DuckDB write rows in any order makes bulk copies about a fifth faster; the
    distinct-aggregate rewrite is turned off (see `_SLOW_OPTIMIZERS`). Does nothing when
    they are already in effect (a model build inside `load_run`). `load_run` applies them
    outside its transaction; inside a transaction that failed DuckDB refuses any statement,
    so there they are restored only if possible and the original error propagates."""
    ((ordered, disabled),) = con.execute(
        "select current_setting('preserve_insertion_order'), "
        "current_setting('disabled_optimizers')").fetchall()
    names = [n.strip() for n in str(disabled or "").split(",") if n.strip()]
    missing = [n for n in _SLOW_OPTIMIZERS if n not in names]
    if not ordered and not missing:
        yield
        return
    con.execute("set preserve_insertion_order = false")
    con.execute("set disabled_optimizers = ?", [", ".join(names + missing)])

    def restore() -> None:
        con.execute(f"set preserve_insertion_order = {'true' if ordered else 'false'}")
        con.execute("set disabled_optimizers = ?", [", ".join(names)])

    try:
        yield
    except BaseException:
        try:
            restore()
        except duckdb.Error:
            pass  # an aborted transaction: the caller's error is the one to report
        raise
    restore()
