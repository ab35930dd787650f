"""Flow `pipeline`: read -> select pending -> code into shards -> load (one transaction:
articles, quarantine, mentions, models, SQL tests) -> export -> summary.

Any failed step fails the flow run (the exception propagates, so Prefect and the CLI show
it), the load transaction rolls back so the warehouse stays as it was, and a `failed` row
is written to `runs`. Re-runs code only articles whose text changed (content hashes)
unless `recode`. Every run leaves a markdown report as a Prefect artifact.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from dyadflow.coding import CodingReport
from dyadflow.staging import run_dir
from dyadflow.warehouse.db import connect
from dyadflow.warehouse.loads import LoadReport, RunInfo
from dyadflow.warehouse.summary import WarehouseSummary, summarize
from flows.build import load, record_failure
from flows.code import DISTRIBUTED_BATCH, code_step, select_pending, versions
from flows.common import (
    IO_RETRIES,
    IO_RETRY_DELAYS,
    current_run_id,
    retry_unless_user_error,
    settings_for,
)
from flows.export import export_step
from flows.ingest import read_inputs, store_feed_states

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict",
              "material conflict")


@dataclass(frozen=True, slots=True)
class PipelineResult:
    run_id: str
    load: LoadReport
    coding: CodingReport
    summary: WarehouseSummary
    exported_to: str | None
    seconds: float


@task(name="summarize", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def summary_of(warehouse: str, top: int = 10) -> WarehouseSummary:
    con = connect(warehouse, read_only=True)
    try:
        return summarize(con, top=top)
    finally:
        con.close()


def report_markdown(result: PipelineResult) -> str:
    load, coding, summary = result.load, result.coding, result.summary
    per_second = load.n_sentences / coding.seconds if coding.seconds > 0 else 0.0
    lines = [
        f"# dyadflow pipeline run `{result.run_id}`",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| articles read | {load.n_articles_seen} |",
        f"| new / changed articles | {load.n_articles_new} / {load.n_articles_changed} |",
        f"| articles coded | {load.n_articles_coded} |",
        f"| sentences coded | {load.n_sentences} |",
        f"| coding speed (sentences/s) | {per_second:.1f} |",
        f"| event mentions loaded (replaced) | {load.n_mentions_loaded} "
        f"({load.n_mentions_replaced}) |",
        f"| quarantined records (new) | {load.n_quarantined} |",
        f"| deduplicated events in warehouse | {load.n_events} |",
        f"| duration (s) | {result.seconds:.1f} |",
        f"| exported to | {result.exported_to or 'not exported'} |",
        "",
        "## New deduplicated events per quad class",
        "",
        "| quad class | new events |",
        "|---|---:|",
    ]
    lines += [f"| {q} {name} | {n} |"
              for q, (name, n) in enumerate(zip(QUAD_NAMES, load.new_events_by_quad), 1)]
    if summary.top_dyads:
        lines += ["", "## Top directed dyads", "",
                  "| dyad | events | q1 | q2 | q3 | q4 | Goldstein sum |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        lines += [f"| {d.source_iso3} → {d.target_iso3} | {d.n_events} | {d.n_verbal_coop} | "
                  f"{d.n_material_coop} | {d.n_verbal_conflict} | {d.n_material_conflict} | "
                  f"{d.goldstein_sum:.1f} |" for d in summary.top_dyads]
    return "\n".join(lines)


@flow(name="pipeline", log_prints=True)
def pipeline(
    path: str | None = None,
    feed_urls: list[str] | None = None,
    feeds_file: str | None = None,
    warehouse: str | None = None,
    workers: int | None = None,
    recode: bool = False,
    export: bool = True,
    exports_dir: str | None = None,
    model: str | None = None,
    distributed: bool = False,
    articles_per_task: int = DISTRIBUTED_BATCH,
    show_progress: bool = False,
    top: int = 10,
) -> PipelineResult:
    """Read articles (PATH and/or feeds), code what is new, load, build, export, summarize.

    `distributed=True` splits coding into tasks of `articles_per_task` articles on the flow's
    task runner (use `pipeline.with_options(task_runner=DaskTaskRunner(...))`)."""
    clock = time.perf_counter()
    settings = settings_for(warehouse, workers=workers, spacy_model=model,
                            exports=exports_dir)
    feeds_file = feeds_file or (str(settings.feeds_file) if settings.feeds_file else None)
    if not path and not feed_urls and not feeds_file:
        raise ValueError("nothing to read: give a path, feed URLs or a feeds file")
    target = str(settings.warehouse)
    started = datetime.now(UTC)
    run_id = current_run_id()
    parameters = {"path": path, "feed_urls": feed_urls, "feeds_file": feeds_file,
                  "workers": settings.workers, "recode": recode, "export": export,
                  "distributed": distributed}
    run = RunInfo(run_id=run_id, flow="pipeline", started_at=started, parameters=parameters,
                  recode=recode)
    try:
        coder, dictionary = versions(settings.spacy_model)
        run = RunInfo(run_id=run_id, flow="pipeline", started_at=started,
                      parameters=parameters, coder_version=coder,
                      dictionary_version=dictionary, recode=recode)
        ingested = read_inputs(path, feed_urls, feeds_file, target)
        pending = select_pending(target, list(ingested.read.articles), recode)
        out_dir = str(run_dir(settings.warehouse, run_id))
        coding = code_step(pending, out_dir, workers=settings.workers,
                           batch_size=settings.batch_size, model=settings.spacy_model,
                           distributed=distributed, show_progress=show_progress,
                           articles_per_task=articles_per_task)
        loaded = load(target, run, list(ingested.read.articles),
                      list(ingested.read.quarantined), out_dir, coding)
        store_feed_states(target, ingested.feed_states)
        exported = str(export_step(target, str(settings.exports_dir()))) if export else None
        summary = summary_of(target, top)
    except Exception as exc:
        record_failure(target, run, f"{type(exc).__name__}: {exc}")
        create_markdown_artifact(
            key="dyadflow-run-report",
            markdown=f"# dyadflow pipeline run `{run_id}` failed\n\n"
                     f"`{type(exc).__name__}: {exc}`\n\nThe warehouse is unchanged "
                     "(the load transaction was rolled back or never started).",
            description="dyadflow pipeline run report (failed)",
        )
        raise
    result = PipelineResult(run_id, loaded, coding, summary, exported,
                            time.perf_counter() - clock)
    create_markdown_artifact(key="dyadflow-run-report", markdown=report_markdown(result),
                             description="dyadflow pipeline run report")
    return result
