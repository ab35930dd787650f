"""The coding step: stream articles through the `EventCoder` into Parquet shards.

Memory stays bounded however many articles there are: the coder consumes a generator of
`TextInput`s in batches of `batch_size` (spaCy `n_process=workers` processes), and every
`shard_size` coded documents are written out as one shard and forgotten. The same function
codes one batch of a distributed run (`first_shard` keeps shard numbers apart), so a run
split across machines produces the same files as a run on one.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

import duckdb

from dyadflow.records import Article, CodedDocument, TextInput
from dyadflow.resources import load_coder
from dyadflow.staging import write_shard

SHARD_SIZE = 256  # documents per shard: a few MB of events, written as soon as it is full


@dataclass(frozen=True, slots=True)
class CodingReport:
    documents: int
    sentences: int
    words: int
    events: int
    shards: int
    seconds: float
    events_per_quad_class: dict[int, int] = field(default_factory=dict)

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds > 0 else 0.0

    @classmethod
    def combine(cls, reports: Sequence[CodingReport], seconds: float) -> CodingReport:
        """One report for a run coded in several batches (wall-clock `seconds`)."""
        quads: Counter[int] = Counter()
        for report in reports:
            quads.update(report.events_per_quad_class)
        return cls(
            documents=sum(r.documents for r in reports),
            sentences=sum(r.sentences for r in reports),
            words=sum(r.words for r in reports),
            events=sum(r.events for r in reports),
            shards=sum(r.shards for r in reports),
            seconds=seconds,
            events_per_quad_class=dict(sorted(quads.items())),
        )


def text_inputs(articles: Iterable[Article]) -> Iterator[TextInput]:
    for article in articles:
        yield TextInput(doc_id=article.article_id, text=article.text,
                        published_at=article.published_at)


def code_articles(
    coder,
    articles: Iterable[Article],
    out_dir: Path,
    *,
    workers: int = 1,
    batch_size: int = 64,
    shard_size: int = SHARD_SIZE,
    first_shard: int = 0,
    on_progress: Callable[[int], None] | None = None,
) -> CodingReport:
    """Code `articles` with `coder` (an `EventCoder`) into shards under `out_dir`.

    `on_progress(n)` is called after each shard with the number of documents it held.
    At least one (possibly empty) shard is written, so a run with nothing to code still
    has typed files for the load step to read.
    """
    started = time.perf_counter()
    documents = sentences = words = events = 0
    quads: Counter[int] = Counter()
    shard_no = first_shard
    buffer: list[CodedDocument] = []

    def flush() -> None:
        nonlocal shard_no
        write_shard(out_dir, shard_no, buffer)
        shard_no += 1
        if on_progress is not None:
            on_progress(len(buffer))
        buffer.clear()

    for doc in coder.code(text_inputs(articles), n_process=workers, batch_size=batch_size):
        buffer.append(doc)
        documents += 1
        sentences += doc.n_sentences
        words += doc.n_words
        events += len(doc.events)
        quads.update(event.quad_class for event in doc.events)
        if len(buffer) >= shard_size:
            flush()
    if buffer or shard_no == first_shard:
        flush()
    return CodingReport(
        documents=documents,
        sentences=sentences,
        words=words,
        events=events,
        shards=shard_no - first_shard,
        seconds=time.perf_counter() - started,
        events_per_quad_class=dict(sorted(quads.items())),
    )


def article_batches(articles: Sequence[Article], size: int) -> list[tuple[Article, ...]]:
    """Consecutive batches of at most `size` articles: the unit of distributed coding."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    return [tuple(articles[i:i + size]) for i in range(0, len(articles), size)]


def code_batch(
    articles: Sequence[Article], out_dir: Path, batch_no: int, *,
    model: str | None = None, batch_size: int = 64,
) -> CodingReport:
    """Code one batch of a split run as shard `batch_no` (single process: the cluster is
    the parallelism; `load_coder` is cached, so a worker loads the model once)."""
    return code_articles(load_coder(model), articles, out_dir, workers=1,
                         batch_size=batch_size, shard_size=max(1, len(articles)),
                         first_shard=batch_no)


_ARTICLE_COLUMNS = ("article_id", "text", "content_hash", "title", "source", "url",
                    "published_at", "origin_file", "origin_line")


def articles_in_warehouse(con: duckdb.DuckDBPyConnection, *, recode: bool = False
                          ) -> list[Article]:
    """Articles of the warehouse whose current text has no mentions yet (all when `recode`):
    the work of a `code` run that follows a separate `ingest`."""
    where = "" if recode else " where coded_hash is distinct from content_hash"
    rows = con.execute(
        f"select {', '.join(_ARTICLE_COLUMNS)} from articles{where} order by article_id"
    ).fetchall()
    articles = []
    for row in rows:
        values = dict(zip(_ARTICLE_COLUMNS, row))
        if values["published_at"] is not None:  # DuckDB hands back the session time zone
            values["published_at"] = values["published_at"].astimezone(UTC)
        articles.append(Article(**values))
    return articles
