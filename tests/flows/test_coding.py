"""The coding step: streaming into typed shards, and the same events with 1 or 2 workers."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from dyadflow.coding import article_batches, code_articles
from dyadflow.readers.articles import read_articles
from dyadflow.resources import load_coder
from dyadflow.staging import documents_schema, mentions_schema, read_staged


@pytest.fixture(scope="module")
def demo(demo_articles_dir):
    return read_articles(demo_articles_dir).articles


@pytest.mark.slow
def test_one_and_two_workers_give_identical_events(demo, tmp_path):
    coder = load_coder()
    one = code_articles(coder, demo, tmp_path / "one", workers=1, shard_size=2)
    two = code_articles(coder, demo, tmp_path / "two", workers=2, shard_size=2)
    assert one.events > 0 and one.shards == two.shards == 3
    assert (one.documents, one.sentences, one.words, one.events, one.events_per_quad_class) == (
        two.documents, two.sentences, two.words, two.events, two.events_per_quad_class)
    mentions_one, documents_one = read_staged(tmp_path / "one")
    mentions_two, documents_two = read_staged(tmp_path / "two")
    assert mentions_one.equals(mentions_two) and documents_one.equals(documents_two)
    assert mentions_one.num_rows == one.events
    assert documents_one.column("doc_id").to_pylist() == [a.article_id for a in demo]


def test_nothing_to_code_still_writes_one_typed_empty_shard(tmp_path):
    report = code_articles(load_coder(), [], tmp_path)
    assert (report.documents, report.events, report.shards) == (0, 0, 1)
    assert pq.read_schema(tmp_path / "mentions-00000.parquet").equals(mentions_schema())
    assert pq.read_schema(tmp_path / "documents-00000.parquet").equals(documents_schema())
    assert pq.read_table(tmp_path / "mentions-00000.parquet").num_rows == 0


def test_mentions_schema_types():
    schema = mentions_schema()
    assert schema.field("event_code").type == "string"
    assert schema.field("quad_class").type == "int32"
    assert schema.field("goldstein").type == "double"
    assert schema.field("negated").type == "bool"
    assert schema.field("event_date").type == "date32[day]"
    assert not schema.field("quad_class").nullable and schema.field("goldstein").nullable


def test_article_batches(demo):
    batches = article_batches(demo, 2)
    assert [len(b) for b in batches] == [2, 2, 1]
    assert [a for b in batches for a in b] == list(demo)
    with pytest.raises(ValueError):
        article_batches(demo, 0)
