"""Readers of the gold formats, on tiny fixture files written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from dyadflow.errors import InputError
from dyadflow.evaluation.gold import (
    GoldDyad,
    Span,
    read_conflibert_classes,
    read_conflibert_spans,
    read_petr2_gsr,
    read_plover_gsr,
)

FIXTURES = Path(__file__).parent / "fixtures"


def test_petr2_reader_handles_self_closed_tags_noevents_and_skips() -> None:
    sentences = read_petr2_gsr(FIXTURES / "petr2_tiny.xml")
    assert [s.sentence_id for s in sentences] == ["T1", "T2", "T4"]  # T3 evaluate="false"
    first, second, fourth = sentences
    assert first.text == "Paris sharply criticised Brasilia on Sunday but offered new talks."
    assert first.published_at == datetime(2020, 3, 15, tzinfo=UTC)
    assert first.events == (GoldDyad("FRAGOV", "BRA", "111"), GoldDyad("FRA", "BRA", "036"))
    assert second.events == () and second.published_at is None
    assert "not YYYYMMDD" in second.note
    assert fourth.text == "Nairobi visited Kampala."  # rebuilt from the CoNLL-U parse
    assert "rebuilt" in fourth.note


def test_petr2_reader_rejects_a_file_without_records(tmp_path: Path) -> None:
    bad = tmp_path / "empty.xml"
    bad.write_text("<Validation><Sentences></Sentences></Validation>", encoding="utf-8")
    with pytest.raises(InputError, match="no <Sentence> records"):
        read_petr2_gsr(bad)


def test_plover_reader_expands_compound_and_reciprocal_actors() -> None:
    sentences = read_plover_gsr(FIXTURES / "plover_tiny.json")
    assert [s.sentence_id for s in sentences] == ["R1", "R2", "R3"]
    assert sentences[0].events == (GoldDyad("NOR", "TCD", "AID"),)
    # SRC/TAR: both directions, JAP normalised to JPN
    assert set(sentences[1].events) == {GoldDyad("JPN", "KOR", "CONSULT"),
                                        GoldDyad("KOR", "JPN", "CONSULT")}
    # a string target is no actor
    assert sentences[2].events == (GoldDyad("ECU", None, "PROTEST"),)


def test_plover_reader_names_the_bad_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "X9", "event": "AID", "text": "t", "source": [{"actorText": "a"}]}]')
    with pytest.raises(InputError, match="X9"):
        read_plover_gsr(bad)


def test_conflibert_class_reader() -> None:
    rows = read_conflibert_classes(FIXTURES / "class_tiny.tsv")
    assert [(r.label, r.text[:8]) for r in rows] == [
        (1, "Minister"), (4, "Rebels s"), (0, "The spok")]


def test_conflibert_class_reader_reports_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("ok sentence\t2\nno label here\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_conflibert_classes(bad)
    assert ":2" in str(info.value)


def test_conflibert_span_reader_builds_text_and_spans() -> None:
    first, second = read_conflibert_spans(FIXTURES / "ner_tiny.txt")
    assert first.text == "The Chilean navy seized a Peruvian trawler ."
    assert [(s.role, first.text[s.start:s.end]) for s in first.spans] == [
        ("S", "The Chilean navy"), ("T", "a Peruvian trawler")]
    # reciprocal spans count as both source and target
    assert set(second.spans) == {Span("S", 0, 5), Span("T", 0, 5), Span("S", 10, 16),
                                 Span("T", 10, 16)}
