"""Flow `ingest`: read articles from files, directories and news feeds into the warehouse.

Standalone it stores the articles and quarantined records (no coding; run the `code` flow
next). The `pipeline` flow reuses its tasks and loads everything in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from dyadflow.readers.articles import ReadResult, read_articles
from dyadflow.readers.feed_state import load_feed_states, save_feed_states
from dyadflow.readers.feeds import (
    FeedConfig,
    FeedLimits,
    FeedResult,
    FeedState,
    load_feeds_config,
    read_feeds,
)
from dyadflow.warehouse.db import connect
from dyadflow.warehouse.loads import RunInfo, load_run
from flows.build import record_failure
from flows.common import (
    IO_RETRIES,
    IO_RETRY_DELAYS,
    current_run_id,
    retry_unless_user_error,
    settings_for,
)


@dataclass(frozen=True, slots=True)
class Ingested:
    """Everything read in one run, and the feed states to save once it is loaded."""

    read: ReadResult
    feeds: tuple[FeedResult, ...] = ()

    @property
    def feed_states(self) -> tuple[FeedState, ...]:
        return tuple(result.state for result in self.feeds)


def merge(results: list[ReadResult]) -> ReadResult:
    return ReadResult(
        tuple(a for r in results for a in r.articles),
        tuple(q for r in results for q in r.quarantined),
    )


@task(name="read-files", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def read_files(path: str) -> ReadResult:
    return read_articles(Path(path))


@task(name="read-feeds", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def fetch_feeds(feeds: list[FeedConfig], limits: FeedLimits,
                warehouse: str) -> tuple[ReadResult, tuple[FeedResult, ...]]:
    """Read the feeds with conditional GET against the states saved in the warehouse.
    Feed problems are quarantined inside; a retry here means the warehouse was busy."""
    states: dict[str, FeedState] = {}
    if Path(warehouse).exists():
        con = connect(warehouse, read_only=True)
        try:
            states = load_feed_states(con)
        finally:
            con.close()
    return read_feeds(feeds, states, limits)


@task(name="save-feed-states", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def store_feed_states(warehouse: str, states: tuple[FeedState, ...]) -> int:
    if not states:
        return 0
    con = connect(warehouse)
    try:
        return save_feed_states(con, states)
    finally:
        con.close()


def feed_list(feed_urls: list[str] | None, feeds_file: str | None
              ) -> tuple[list[FeedConfig], FeedLimits]:
    """Feeds given as URLs and/or listed in a feeds file (whose limits then apply)."""
    feeds = [FeedConfig(url=url) for url in feed_urls or []]
    limits = FeedLimits()
    if feeds_file:
        config = load_feeds_config(feeds_file)
        feeds.extend(config.feeds)
        limits = config.limits
    return feeds, limits


def read_inputs(path: str | None, feed_urls: list[str] | None, feeds_file: str | None,
                warehouse: str) -> Ingested:
    """The tasks of the ingest step, shared by `ingest` and `pipeline`."""
    parts: list[ReadResult] = []
    feed_results: tuple[FeedResult, ...] = ()
    if path:
        parts.append(read_files(path))
    feeds, limits = feed_list(feed_urls, feeds_file)
    if feeds:
        feed_read, feed_results = fetch_feeds(feeds, limits, warehouse)
        parts.append(feed_read)
    return Ingested(merge(parts), feed_results)


@flow(name="ingest", log_prints=True)
def ingest(path: str | None = None, feed_urls: list[str] | None = None,
           feeds_file: str | None = None, warehouse: str | None = None) -> dict:
    """Read PATH and/or feeds and store the articles (uncoded) and quarantined records."""
    settings = settings_for(warehouse)
    feeds_file = feeds_file or (str(settings.feeds_file) if settings.feeds_file else None)
    if not path and not feed_urls and not feeds_file:
        raise ValueError("nothing to ingest: give a path, feed URLs or a feeds file")
    target = str(settings.warehouse)
    ingested = read_inputs(path, feed_urls, feeds_file, target)
    run = RunInfo(run_id=current_run_id(), flow="ingest", started_at=datetime.now(UTC),
                  parameters={"path": path, "feed_urls": feed_urls, "feeds_file": feeds_file})
    try:
        report = store_articles(target, run, ingested.read)
        store_feed_states(target, ingested.feed_states)
    except Exception as exc:
        record_failure(target, run, f"{type(exc).__name__}: {exc}")
        raise
    print(f"ingested {report.n_articles_seen} articles ({report.n_articles_new} new, "
          f"{report.n_articles_changed} changed), {report.n_quarantined} quarantined")
    return {"articles": report.n_articles_seen, "new": report.n_articles_new,
            "changed": report.n_articles_changed, "quarantined": report.n_quarantined}


@task(name="store-articles", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS,
      retry_condition_fn=retry_unless_user_error, cache_policy=NO_CACHE)
def store_articles(warehouse: str, run: RunInfo, read: ReadResult):
    con = connect(warehouse)
    try:
        return load_run(con, run=run, articles=read.articles, quarantined=read.quarantined,
                        staging_dir=None)
    finally:
        con.close()
