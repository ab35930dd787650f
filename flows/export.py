"""Flow `export`: write the deduplicated events and dyadic series as Parquet with a manifest.

With `build=True` it first rebuilds the SQL models and runs their tests (the nightly
`build-and-export` deployment), so an export never ships data whose tests failed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from dyadflow.warehouse.db import connect
from dyadflow.warehouse.export import export_parquet
from dyadflow.warehouse.loads import RunInfo
from flows.build import rebuild, record_failure
from flows.common import (
    IO_RETRIES,
    IO_RETRY_DELAYS,
    current_run_id,
    retry_unless_user_error,
    settings_for,
)


@task(name="export-parquet", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def export_step(warehouse: str, out_dir: str) -> Path:
    con = connect(warehouse, read_only=True)
    try:
        export_parquet(con, Path(out_dir))
    finally:
        con.close()
    return Path(out_dir)


@flow(name="export", log_prints=True)
def export(warehouse: str | None = None, out_dir: str | None = None,
           build: bool = False) -> str:
    """Export Parquet (events, dyad series, manifest) to OUT_DIR (default
    <warehouse dir>/exports), after rebuilding the models when `build`."""
    settings = settings_for(warehouse, exports=out_dir)
    target = str(settings.warehouse)
    if build:
        run = RunInfo(run_id=current_run_id(), flow="build", started_at=datetime.now(UTC))
        try:
            rebuild(target, run)
        except Exception as exc:
            record_failure(target, run, f"{type(exc).__name__}: {exc}")
            raise
    written = export_step(target, str(settings.exports_dir()))
    print(f"exported Parquet to {written}")
    return str(written)
