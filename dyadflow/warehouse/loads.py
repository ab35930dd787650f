"""Loading a run into the warehouse: one transaction, bulk, idempotent, with lineage.

`load_run` upserts the run's articles by id and content hash, adds its quarantined records,
replaces the mentions of every article coded in the run with the rows of the staging
shards, recomputes the volumes, rebuilds the SQL models and runs the SQL tests, all in one
DuckDB transaction: any failure rolls everything back and the warehouse is as before.
Rows move in bulk (Arrow tables and `read_parquet`), never one INSERT per row.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from dyadflow.errors import DyadflowError
from dyadflow.records import Article, CodedEvent, Quarantined
from dyadflow.staging import DOCUMENTS_GLOB, MENTIONS_GLOB
from dyadflow.warehouse.db import bulk_settings
from dyadflow.warehouse.models import (
    ModelSettings,
    SqlTestsFailed,
    build_models,
    run_sql_tests,
)


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What the warehouse records about a run (the `runs` table)."""

    run_id: str
    flow: str
    started_at: datetime
    parameters: Mapping[str, Any] = field(default_factory=dict)
    coder_version: str | None = None
    dictionary_version: str | None = None
    recode: bool = False


@dataclass(frozen=True, slots=True)
class LoadReport:
    """Counts of one successful load (also written to the `runs` row)."""

    run_id: str
    n_articles_seen: int
    n_articles_new: int
    n_articles_changed: int
    n_articles_coded: int
    n_sentences: int
    n_mentions_loaded: int
    n_mentions_replaced: int
    n_quarantined: int
    n_events: int
    new_events_by_quad: tuple[int, int, int, int]
    duration_s: float
    timings: Mapping[str, float] = field(default_factory=dict)


def _now() -> datetime:
    return datetime.now(UTC)


def _articles_table(articles: Sequence[Article], run_id: str, ingested_at: datetime) -> pa.Table:
    rows = list(articles)
    if len({a.article_id for a in rows}) != len(rows):
        # only when an id repeats: keep its first row, refuse one whose text differs
        seen: dict[str, Article] = {}
        for article in rows:
            previous = seen.get(article.article_id)
            if previous is not None and previous.content_hash != article.content_hash:
                raise DyadflowError(
                    f"article id {article.article_id!r} appears twice with different text "
                    f"({previous.origin_file}, {article.origin_file})"
                )
            seen.setdefault(article.article_id, article)
        rows = list(seen.values())
    return pa.table(
        {
            "article_id": pa.array([a.article_id for a in rows], pa.string()),
            "content_hash": pa.array([a.content_hash for a in rows], pa.string()),
            "title": pa.array([a.title for a in rows], pa.string()),
            "source": pa.array([a.source for a in rows], pa.string()),
            "url": pa.array([a.url for a in rows], pa.string()),
            "published_at": pa.array([a.published_at for a in rows], pa.timestamp("us", "UTC")),
            "ingested_at": pa.repeat(pa.scalar(ingested_at, pa.timestamp("us", "UTC")), len(rows)),
            "origin_file": pa.array([a.origin_file for a in rows], pa.string()),
            "origin_line": pa.array([a.origin_line for a in rows], pa.int32()),
            "text": pa.array([a.text for a in rows], pa.string()),
            "run_id": pa.repeat(pa.scalar(run_id, pa.string()), len(rows)),
        }
    )


def quarantine_id(record: Quarantined) -> str:
    """Deterministic id, so re-reading the same bad record adds no second row."""
    key = json.dumps([record.origin, record.file, record.line, record.reason, record.payload])
    return hashlib.md5(key.encode("utf-8")).hexdigest()


def _quarantine_table(records: Iterable[Quarantined], run_id: str, at: datetime) -> pa.Table:
    rows = list({quarantine_id(q): q for q in records}.items())
    return pa.table(
        {
            "quarantine_id": pa.array([k for k, _ in rows], pa.string()),
            "origin": pa.array([q.origin for _, q in rows], pa.string()),
            "file": pa.array([q.file for _, q in rows], pa.string()),
            "line": pa.array([q.line for _, q in rows], pa.int32()),
            "reason": pa.array([q.reason for _, q in rows], pa.string()),
            "payload": pa.array([q.payload for _, q in rows], pa.string()),
            "run_id": pa.array([run_id] * len(rows), pa.string()),
            "quarantined_at": pa.array([at] * len(rows), pa.timestamp("us", "UTC")),
        }
    )


def insert_quarantine(
    con: duckdb.DuckDBPyConnection, records: Iterable[Quarantined], run_id: str
) -> int:
    """Add quarantined records not already present; returns how many were new."""
    incoming = _quarantine_table(records, run_id, _now())
    if incoming.num_rows == 0:
        return 0
    con.register("_incoming_quarantine", incoming)
    try:
        (added,) = con.execute(
            "insert into quarantine by name select * from _incoming_quarantine as q "
            "where q.quarantine_id not in (select quarantine_id from quarantine)"
        ).fetchall()[0]
    finally:
        con.unregister("_incoming_quarantine")
    return int(added)


def select_articles_to_code(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], *, recode: bool
) -> list[Article]:
    """The articles whose current text has not been coded yet (all of them when `recode`)."""
    if recode:
        return list(articles)
    if not articles:
        return []
    keys = pa.table(
        {
            "article_id": pa.array([a.article_id for a in articles], pa.string()),
            "content_hash": pa.array([a.content_hash for a in articles], pa.string()),
        }
    )
    con.register("_candidate_articles", keys)
    try:
        done = {
            (row[0], row[1])
            for row in con.execute(
                "select c.article_id, c.content_hash from _candidate_articles as c "
                "join articles as a on a.article_id = c.article_id "
                "and a.coded_hash = c.content_hash"
            ).fetchall()
        }
    finally:
        con.unregister("_candidate_articles")
    return [a for a in articles if (a.article_id, a.content_hash) not in done]


def _upsert_articles(con: duckdb.DuckDBPyConnection, table: pa.Table) -> tuple[int, int]:
    """Insert new articles, replace those whose content hash changed; (new, changed).

    Rows inserted here take their coding counts from `_coded_documents` at once (the
    documents are staged first), so only already-stored articles need an UPDATE."""
    con.register("_incoming_articles", table)
    try:
        con.execute(
            "create or replace temp table _article_changes as "
            "select i.article_id, a.article_id is null as is_new "
            "from _incoming_articles as i left join articles as a using (article_id) "
            "where a.article_id is null or a.content_hash <> i.content_hash"
        )
        con.execute(
            "delete from articles where article_id in "
            "(select article_id from _article_changes where not is_new)"
        )
        con.execute(
            "insert into articles by name select i.*, d.n_sentences, d.n_words, "
            "case when d.doc_id is not null then i.content_hash end as coded_hash "
            "from _incoming_articles as i "
            "left join _coded_documents as d on d.doc_id = i.article_id "
            "where i.article_id in (select article_id from _article_changes)"
        )
        new, changed = con.execute(
            "select count(*) filter (where is_new), count(*) filter (where not is_new) "
            "from _article_changes"
        ).fetchall()[0]
    finally:
        con.unregister("_incoming_articles")
    return int(new), int(changed)


def _shards(staging_dir: Path | None, pattern: str) -> list[str]:
    if staging_dir is None:
        return []
    return [str(p) for p in sorted(Path(staging_dir).glob(pattern))]


def _stage_documents(con: duckdb.DuckDBPyConnection, staging_dir: Path | None) -> int:
    files = _shards(staging_dir, DOCUMENTS_GLOB)
    con.execute(
        "create or replace temp table _coded_documents "
        "(doc_id varchar, n_sentences integer, n_words integer)"
    )
    if files:
        con.execute(
            "insert into _coded_documents select doc_id, n_sentences, n_words "
            "from read_parquet(?)",
            [files],
        )
    dupes = con.execute(
        "select doc_id from _coded_documents group by doc_id having count(*) > 1 limit 3"
    ).fetchall()
    if dupes:
        raise DyadflowError(f"{staging_dir}: documents staged twice: {[d[0] for d in dupes]}")
    (n,) = con.execute("select count(*) from _coded_documents").fetchall()[0]
    return int(n)


def _check_documents_have_articles(
    con: duckdb.DuckDBPyConnection, staging_dir: Path | None
) -> None:
    orphans = con.execute(
        "select doc_id from _coded_documents where doc_id not in "
        "(select article_id from articles) limit 3"
    ).fetchall()
    if orphans:
        raise DyadflowError(
            f"{staging_dir}: staged documents without an article: {[o[0] for o in orphans]}"
        )


def _replace_mentions(
    con: duckdb.DuckDBPyConnection, run: RunInfo, staging_dir: Path | None
) -> tuple[int, int]:
    """Delete the mentions of re-coded or changed articles, insert the staged ones."""
    (replaced,) = con.execute(
        "delete from event_mentions where origin = 'dyadflow' and article_id in ("
        " select doc_id from _coded_documents"
        " union select article_id from _article_changes where not is_new)"
    ).fetchall()[0]
    files = _shards(staging_dir, MENTIONS_GLOB)
    if not files:
        return 0, int(replaced)
    return _insert_staged_mentions(con, run, staging_dir, files), int(replaced)


def _insert_staged_mentions(
    con: duckdb.DuckDBPyConnection, run: RunInfo, staging_dir: Path | None, files: list[str]
) -> int:
    # The ids come with the shards (dyadflow.staging.mention_ids); their uniqueness is
    # checked by sql/tests/unique_keys.sql before the run commits.
    if "mention_id" not in pq.read_schema(files[0]).names:
        raise DyadflowError(
            f"{files[0]}: staged mentions without a mention_id column (written by an older "
            "dyadflow version): code these articles again"
        )
    # The check reads only the column it needs straight from the shards (cheap), and the
    # insert reads the shards once more: copying every column into a temp table first cost
    # more than the extra scan.
    orphans = con.execute(
        "select distinct doc_id from read_parquet(?) where doc_id not in "
        "(select doc_id from _coded_documents) limit 3", [files]
    ).fetchall()
    if orphans:
        raise DyadflowError(
            f"{staging_dir}: mentions of documents missing from the documents shards: "
            f"{[o[0] for o in orphans]}"
        )
    fields = [f for f in CodedEvent.field_names() if f != "doc_id"]
    ((loaded,),) = con.execute(
        "insert into event_mentions by name select mention_id, "
        "doc_id as article_id, 'dyadflow' as origin, "
        + ", ".join(fields)
        + ", ? as coder_version, ? as dictionary_version, ? as run_id from read_parquet(?)",
        [run.coder_version, run.dictionary_version, run.run_id, files],
    ).fetchall()
    return int(loaded)


def _refresh_volumes(con: duckdb.DuckDBPyConnection) -> None:
    # Recomputed from articles each run: cheap, and correct after any replacement.
    con.execute("delete from volumes")
    con.execute(
        "insert into volumes select coalesce(source, '(unknown)') as source, "
        "cast(published_at at time zone 'UTC' as date) as day, count(*), "
        "coalesce(sum(n_sentences), 0), coalesce(sum(n_words), 0) "
        "from articles where published_at is not null group by all"
    )


def _table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    (n,) = con.execute(
        "select count(*) from information_schema.tables where table_name = ?", [name]
    ).fetchall()[0]
    return n > 0


def events_by_quad(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int, int]:
    if not _table_exists(con, "int_events"):
        return (0, 0, 0, 0)
    counts = dict(
        con.execute(
            "select quad_class, count(*) from int_events group by quad_class"
        ).fetchall()
    )
    return tuple(int(counts.get(q, 0)) for q in (1, 2, 3, 4))  # type: ignore[return-value]


def build_and_test(
    con: duckdb.DuckDBPyConnection,
    parameters: Mapping[str, Any] | None,
    *,
    sql_root: Path | None = None,
    seeds_root: Path | None = None,
) -> None:
    """Rebuild every model and run the SQL tests; raises SqlTestsFailed on failures."""
    build_models(con, ModelSettings.from_parameters(dict(parameters or {})),
                 sql_root=sql_root, seeds_root=seeds_root)
    failures = run_sql_tests(con, sql_root=sql_root)
    if failures:
        raise SqlTestsFailed(failures)


def write_run(
    con: duckdb.DuckDBPyConnection,
    run: RunInfo,
    *,
    status: str,
    ended_at: datetime,
    counts: Mapping[str, Any],
    error: str | None = None,
) -> None:
    row = {
        "run_id": run.run_id,
        "flow": run.flow,
        "parameters": json.dumps(dict(run.parameters), sort_keys=True, default=str),
        "started_at": run.started_at,
        "ended_at": ended_at,
        "status": status,
        "recode": run.recode,
        "coder_version": run.coder_version,
        "dictionary_version": run.dictionary_version,
        "error": error,
        **counts,
    }
    names = list(row)
    con.execute(
        f"insert or replace into runs ({', '.join(names)}) "
        f"values ({', '.join('?' for _ in names)})",
        list(row.values()),
    )


def load_run(
    con: duckdb.DuckDBPyConnection,
    *,
    run: RunInfo,
    articles: Sequence[Article],
    quarantined: Sequence[Quarantined],
    staging_dir: Path | None,
    sql_root: Path | None = None,
    seeds_root: Path | None = None,
    coding_seconds: float | None = None,
) -> LoadReport:
    """Load one run in one transaction (see module docstring); raises on any failure.

    The `runs` row describes the whole run, not just this load: `duration_s` runs from
    `run.started_at` (set when the run began, before reading and coding) to the commit,
    and `sentences_per_s` is the coder's speed when the caller says how long coding took
    (`coding_seconds`), else sentences over the whole run's duration."""
    with bulk_settings(con):
        return _load_run_in_transaction(con, run, articles, quarantined, staging_dir,
                                        sql_root, seeds_root, coding_seconds)


def _load_run_in_transaction(
    con: duckdb.DuckDBPyConnection,
    run: RunInfo,
    articles: Sequence[Article],
    quarantined: Sequence[Quarantined],
    staging_dir: Path | None,
    sql_root: Path | None,
    seeds_root: Path | None,
    coding_seconds: float | None,
) -> LoadReport:
    clock = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str, start: float) -> float:
        now = time.perf_counter()
        timings[name] = round(now - start, 4)
        return now

    con.execute("begin transaction")
    try:
        before = events_by_quad(con)
        step = time.perf_counter()
        n_coded = _stage_documents(con, staging_dir)
        new, changed = _upsert_articles(con, _articles_table(articles, run.run_id, _now()))
        _check_documents_have_articles(con, staging_dir)
        n_quarantined = insert_quarantine(con, quarantined, run.run_id)
        step = lap("articles", step)
        # articles stored before this run and re-coded now (inserted ones are done)
        con.execute(
            "update articles set n_sentences = d.n_sentences, n_words = d.n_words, "
            "coded_hash = articles.content_hash, run_id = ? "
            "from _coded_documents as d where articles.article_id = d.doc_id "
            "and d.doc_id not in (select article_id from _article_changes)",
            [run.run_id],
        )
        (n_sentences,) = con.execute(
            "select coalesce(sum(n_sentences), 0) from _coded_documents"
        ).fetchall()[0]
        loaded, replaced = _replace_mentions(con, run, staging_dir)
        _refresh_volumes(con)
        step = lap("mentions", step)
        build_and_test(con, run.parameters, sql_root=sql_root, seeds_root=seeds_root)
        step = lap("models", step)
        after = events_by_quad(con)
        duration = time.perf_counter() - clock
        report = LoadReport(
            run_id=run.run_id,
            n_articles_seen=len({a.article_id for a in articles}),
            n_articles_new=new,
            n_articles_changed=changed,
            n_articles_coded=n_coded,
            n_sentences=int(n_sentences),
            n_mentions_loaded=loaded,
            n_mentions_replaced=replaced,
            n_quarantined=n_quarantined,
            n_events=sum(after),
            new_events_by_quad=tuple(a - b for a, b in zip(after, before, strict=True)),  # type: ignore[arg-type]
            duration_s=round(duration, 4),
            timings=timings,
        )
        ended = _now()
        run_seconds = (ended - run.started_at).total_seconds()
        write_run(con, run, status="succeeded", ended_at=ended, counts={
            **report_counts(report),
            "duration_s": round(run_seconds, 4),
            "sentences_per_s": _rate(report.n_sentences, coding_seconds or run_seconds),
        })
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return report


def report_counts(report: LoadReport) -> dict[str, Any]:
    """The `runs` count columns filled from a LoadReport (load_run adds the timings)."""
    q1, q2, q3, q4 = report.new_events_by_quad
    return {
        "n_articles_seen": report.n_articles_seen,
        "n_articles_new": report.n_articles_new,
        "n_articles_changed": report.n_articles_changed,
        "n_articles_coded": report.n_articles_coded,
        "n_sentences": report.n_sentences,
        "n_mentions_loaded": report.n_mentions_loaded,
        "n_mentions_replaced": report.n_mentions_replaced,
        "n_quarantined": report.n_quarantined,
        "n_events": report.n_events,
        "new_events_q1": q1,
        "new_events_q2": q2,
        "new_events_q3": q3,
        "new_events_q4": q4,
    }


def _rate(count: int, seconds: float) -> float | None:
    return round(count / seconds, 2) if seconds > 0 else None


def record_failed_run(
    con: duckdb.DuckDBPyConnection, run: RunInfo, error: BaseException | str
) -> None:
    """Write a `failed` runs row (in its own transaction, after the run's rollback)."""
    message = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    ended = _now()
    write_run(
        con, run, status="failed", ended_at=ended,
        counts={"duration_s": round((ended - run.started_at).total_seconds(), 4)},
        error=message,
    )
