"""Flow `build`: rebuild the SQL models and run the SQL tests, in one transaction.

Also home of the load task every coding flow ends with (`load_run` builds the models in
the same transaction as the data it loads) and of the task recording a failed run.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from dyadflow.coding import CodingReport
from dyadflow.records import Article, Quarantined
from dyadflow.warehouse.db import connect
from dyadflow.warehouse.loads import (
    LoadReport,
    RunInfo,
    build_and_test,
    load_run,
    record_failed_run,
    write_run,
)
from flows.common import (
    IO_RETRIES,
    IO_RETRY_DELAYS,
    current_run_id,
    retry_unless_user_error,
    settings_for,
)


@task(name="load-run", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def load(warehouse: str, run: RunInfo, articles: list[Article],
         quarantined: list[Quarantined], staging_dir: str,
         coding: CodingReport | None = None) -> LoadReport:
    """Load the run in one transaction (rolled back on any failure, so a retry starts from
    the same warehouse); the staging shards are removed once they are in the warehouse.

    The `runs` row gets the whole run's duration (from `run.started_at`) and the coding
    speed, written by `load_run` inside that transaction."""
    con = connect(warehouse)
    try:
        report = load_run(con, run=run, articles=articles, quarantined=quarantined,
                          staging_dir=Path(staging_dir),
                          coding_seconds=coding.seconds if coding is not None else None)
    finally:
        con.close()
    shutil.rmtree(staging_dir, ignore_errors=True)
    return report


@task(name="record-failed-run", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      cache_policy=NO_CACHE)
def record_failure(warehouse: str, run: RunInfo, error: str) -> None:
    con = connect(warehouse)
    try:
        record_failed_run(con, run, error)
    finally:
        con.close()


@task(name="build-models", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def rebuild(warehouse: str, run: RunInfo) -> None:
    con = connect(warehouse)
    try:
        con.execute("begin transaction")
        try:
            build_and_test(con, run.parameters)
            write_run(con, run, status="succeeded", ended_at=datetime.now(UTC), counts={
                "duration_s": round((datetime.now(UTC) - run.started_at).total_seconds(), 4)})
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    finally:
        con.close()


@flow(name="build", log_prints=True)
def build(warehouse: str | None = None, dedup_actor: str | None = None,
          dedup_event: str | None = None, quad_scheme: str | None = None) -> None:
    """Rebuild every SQL model from the raw tables and run the SQL tests."""
    settings = settings_for(warehouse)
    parameters = {k: v for k, v in {"dedup_actor": dedup_actor, "dedup_event": dedup_event,
                                    "quad_scheme": quad_scheme}.items() if v is not None}
    run = RunInfo(run_id=current_run_id(), flow="build", started_at=datetime.now(UTC),
                  parameters=parameters)
    try:
        rebuild(str(settings.warehouse), run)
    except Exception as exc:
        record_failure(str(settings.warehouse), run, f"{type(exc).__name__}: {exc}")
        raise
    print(f"built the SQL models of {settings.warehouse}; SQL tests passed")
