"""Builders for warehouse tests: articles, coded documents and their staging shards."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from dyadflow.records import Article, CodedDocument, CodedEvent
from dyadflow.staging import write_shard
from dyadflow.warehouse.db import connect
from dyadflow.warehouse.loads import RunInfo, load_run


def make_article(article_id: str, text: str, *, source: str | None = "Test Wire",
                 published: datetime | None = datetime(2024, 3, 5, 9, 30, tzinfo=UTC)) -> Article:
    return Article(
        article_id=article_id,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Title of {article_id}",
        source=source,
        url=f"https://news.example/{article_id}",
        published_at=published,
        origin_file="articles.jsonl",
        origin_line=1,
    )


def make_event(doc_id: str, sentence_idx: int, source: str, target: str, code: str, *,
               quad: int, goldstein: float, day: date | None = date(2024, 3, 4),
               trigger_start: int = 10, sector: str | None = "GOV") -> CodedEvent:
    return CodedEvent(
        doc_id=doc_id, sentence_idx=sentence_idx,
        sentence_text=f"{source} did {code} to {target}.",
        source_text=source, source_code=source + (sector or ""), source_iso3=source,
        source_sector=sector,
        target_text=target, target_code=target, target_iso3=target, target_sector=None,
        event_code=code, event_root=code[:2], quad_class=quad, goldstein=goldstein,
        plover_type=None, acled_event_type=None, acled_sub_event_type=None,
        event_text="did", negated=False, modality=None, event_date=day,
        date_precision="day" if day else "unknown", date_text=None,
        location_iso3=None, location_admin1=None, location_text=None,
        source_start=0, source_end=3, target_start=20, target_end=23,
        trigger_start=trigger_start, trigger_end=trigger_start + 3,
        pattern_id=f"{code[:2]}-test", confidence=0.9,
    )


def make_run(run_id: str, *, recode: bool = False, **parameters) -> RunInfo:
    return RunInfo(
        run_id=run_id, flow="test", started_at=datetime.now(UTC), parameters=parameters,
        coder_version="coder-test-1", dictionary_version="dict-test-1", recode=recode,
    )


def stage(run_dir: Path, docs: list[CodedDocument], shard_size: int = 2) -> Path:
    """Write `docs` as staging shards the way the coding flow does."""
    for shard_no, start in enumerate(range(0, max(len(docs), 1), shard_size)):
        write_shard(run_dir, shard_no, docs[start:start + shard_size])
    return run_dir


def demo_corpus() -> tuple[list[Article], list[CodedDocument]]:
    """Three articles: Japan supplies the US (twice, two articles), Russia threatens Ukraine."""
    a1 = make_article("a1", "Japan supplied missiles to the United States. Talks followed.")
    a2 = make_article("a2", "Tokyo shipped Patriot missiles to Washington.",
                      source="Other Wire")
    a3 = make_article("a3", "Russia massed troops near Ukraine.",
                      published=datetime(2024, 4, 20, tzinfo=UTC))
    docs = [
        CodedDocument("a1", 2, 10, (
            make_event("a1", 0, "JPN", "USA", "072", quad=2, goldstein=8.3),
            make_event("a1", 1, "USA", "JPN", "040", quad=1, goldstein=1.0),
        )),
        CodedDocument("a2", 1, 6, (
            make_event("a2", 0, "JPN", "USA", "072", quad=2, goldstein=8.3),
        )),
        CodedDocument("a3", 1, 5, (
            make_event("a3", 0, "RUS", "UKR", "154", quad=4, goldstein=-7.2,
                       day=date(2024, 4, 19), sector="MIL"),
            make_event("a3", 0, "RUS", "UKR", "154", quad=4, goldstein=-7.2,
                       day=date(2024, 4, 19), sector="MIL", trigger_start=30),
        )),
    ]
    return [a1, a2, a3], docs


@pytest.fixture
def warehouse(tmp_path: Path):
    con = connect(tmp_path / "wh" / "dyadflow.duckdb")
    yield con
    con.close()


@pytest.fixture(scope="session")
def make():
    """The builders above, for test modules (importlib mode cannot import conftest)."""
    return SimpleNamespace(article=make_article, event=make_event, run=make_run, stage=stage,
                           demo_corpus=demo_corpus)


@pytest.fixture
def loaded(make, warehouse, tmp_path):
    """A warehouse holding the small demo corpus, loaded as run r1."""
    articles, docs = make.demo_corpus()
    run_dir = make.stage(tmp_path / "staging" / "r1", docs)
    load_run(warehouse, run=make.run("r1"), articles=articles, quarantined=[],
             staging_dir=run_dir)
    return warehouse
