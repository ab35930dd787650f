"""Flow `code`: code the warehouse's pending articles into event mentions.

The coding task streams articles through the spaCy coder (`workers` processes) into
Parquet shards under `<warehouse dir>/staging/<run_id>/`; the load task then loads the
shards in one transaction. With `distributed=True` (and a Dask task runner, see
`dyadflow run --cluster`), the articles are split into batches coded by separate tasks,
each writing its own shard, and one writer loads them all.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from dyadflow.coding import (
    CodingReport,
    article_batches,
    articles_in_warehouse,
    code_articles,
    code_batch,
)
from dyadflow.records import Article
from dyadflow.reference import load_reference
from dyadflow.resources import coder_version, load_coder
from dyadflow.staging import run_dir
from dyadflow.warehouse.db import connect
from dyadflow.warehouse.loads import RunInfo, select_articles_to_code
from flows.build import load, record_failure
from flows.common import (
    IO_RETRIES,
    IO_RETRY_DELAYS,
    current_run_id,
    retry_unless_user_error,
    settings_for,
)

DISTRIBUTED_BATCH = 64  # articles per task when coding is split across a cluster


@task(name="select-pending", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def select_pending(warehouse: str, articles: list[Article], recode: bool) -> list[Article]:
    """Articles whose text is not coded yet, asked of the warehouse read-only (a fresh
    warehouse has coded nothing)."""
    if recode or not Path(warehouse).exists():
        return list(articles)
    con = connect(warehouse, read_only=True)
    try:
        return select_articles_to_code(con, articles, recode=recode)
    finally:
        con.close()


@task(name="pending-in-warehouse", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def pending_in_warehouse(warehouse: str, recode: bool) -> list[Article]:
    con = connect(warehouse, read_only=True)
    try:
        return articles_in_warehouse(con, recode=recode)
    finally:
        con.close()


@task(name="coder-versions", cache_policy=NO_CACHE)
def versions(model: str | None) -> tuple[str, str]:
    """(coder_version, dictionary_version) for the run's lineage."""
    return coder_version(load_coder(model)), load_reference().dictionary_version


@task(name="code-articles", cache_policy=NO_CACHE)
def code_all(articles: list[Article], out_dir: str, workers: int, batch_size: int,
             model: str | None, show_progress: bool = False) -> CodingReport:
    coder = load_coder(model)
    if not show_progress:
        return code_articles(coder, articles, Path(out_dir), workers=workers,
                             batch_size=batch_size)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), transient=True) as progress:
        bar = progress.add_task("coding articles", total=len(articles))
        return code_articles(coder, articles, Path(out_dir), workers=workers,
                             batch_size=batch_size,
                             shard_size=max(1, min(256, len(articles) // 20 or 1)),
                             on_progress=lambda n: progress.advance(bar, n))


@task(name="code-batch", cache_policy=NO_CACHE)
def code_one_batch(articles: tuple[Article, ...], out_dir: str, batch_no: int,
                   model: str | None, batch_size: int) -> CodingReport:
    return code_batch(articles, Path(out_dir), batch_no, model=model, batch_size=batch_size)


def code_step(articles: list[Article], out_dir: str, *, workers: int, batch_size: int,
              model: str | None, distributed: bool, show_progress: bool,
              articles_per_task: int = DISTRIBUTED_BATCH) -> CodingReport:
    """Code on this machine (spaCy processes) or as one task per batch on the flow's task
    runner (a Dask cluster), writing one shard per batch."""
    if not distributed:
        return code_all(articles, out_dir, workers, batch_size, model, show_progress)
    started = time.perf_counter()
    batches = article_batches(articles, articles_per_task)
    if not batches:  # still one typed, empty shard for the load step
        return code_all([], out_dir, 1, batch_size, model)
    futures = [code_one_batch.submit(batch, out_dir, number, model, batch_size)
               for number, batch in enumerate(batches)]
    return CodingReport.combine([f.result() for f in futures], time.perf_counter() - started)


@flow(name="code", log_prints=True)
def code(warehouse: str | None = None, workers: int | None = None, recode: bool = False,
         model: str | None = None, distributed: bool = False) -> dict:
    """Code the articles of the warehouse that have no mentions for their current text."""
    settings = settings_for(warehouse, workers=workers, spacy_model=model)
    target = str(settings.warehouse)
    started = datetime.now(UTC)
    articles = pending_in_warehouse(target, recode)
    coder, dictionary = versions(settings.spacy_model)
    run = RunInfo(run_id=current_run_id(), flow="code", started_at=started,
                  parameters={"recode": recode, "workers": settings.workers},
                  coder_version=coder, dictionary_version=dictionary, recode=recode)
    out_dir = str(run_dir(settings.warehouse, run.run_id))
    try:
        coding = code_step(articles, out_dir, workers=settings.workers,
                           batch_size=settings.batch_size, model=settings.spacy_model,
                           distributed=distributed, show_progress=False)
        report = load(target, run, articles, [], out_dir, coding)
    except Exception as exc:
        record_failure(target, run, f"{type(exc).__name__}: {exc}")
        raise
    print(f"coded {coding.documents} articles, {coding.sentences} sentences, "
          f"{coding.events} event mentions in {coding.seconds:.1f} s")
    return {"articles": coding.documents, "sentences": coding.sentences,
            "mentions": report.n_mentions_loaded, "events": report.n_events}
