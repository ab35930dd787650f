"""Golden sentences (tests/golden/constructions.jsonl): one per construction the coder handles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "constructions.jsonl"


def _cases() -> list[dict]:
    """One JSON object per line: id, comment, text, expect ('SRC>TGT:CODE' strings)."""
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_sentence(coder, dyads, case):
    document = coder.code_text(case["text"], doc_id=case["id"])
    assert dyads(document.events) == sorted(case["expect"]), case["comment"]


def test_golden_cases_are_well_formed():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert {"id", "comment", "text", "expect"} <= case.keys(), case


def test_skipping_unparseable_sentences_changes_nothing(coder, nlp, reference):
    """The fast path (parse only sentences with a trigger word and two parties) loses nothing."""
    from dyadflow.coder.pipeline import EventCoder
    from dyadflow.records import TextInput

    everything = EventCoder(nlp, reference, parse_all=True)
    inputs = [TextInput(c["id"], c["text"]) for c in CASES]
    fast = [d.events for d in coder.code(inputs)]
    full = [d.events for d in everything.code(inputs)]
    assert fast == full
