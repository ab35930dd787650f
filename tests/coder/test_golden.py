"""Golden sentences (tests/golden/constructions.jsonl): one per construction the coder handles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "constructions.jsonl"


def _cases() -> list[dict]:
    """One JSON object per line: id, comment, text, expect ('SRC>TGT:CODE' strings),
    optionally `texts` (the source and target text of each event) and, where the bundled
    parser gets the sentence wrong, `parse`: a hand-annotated UD parse
    (word, UPOS, XPOS, lemma, head from 1 with 0 = root, relation) so that the case tests
    the coding rules rather than the parser."""
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


CASES = _cases()


def _doc_from_parse(nlp, text: str, rows: list[list]):
    """A spaCy Doc of `text` carrying the hand-annotated parse."""
    from spacy.tokens import Doc

    words = [row[0] for row in rows]
    spaces, position = [], 0
    for word in words:
        start = text.index(word, position)
        assert not text[position:start].strip(), f"{word!r} not next in {text!r}"
        position = start + len(word)
        spaces.append(text[position:position + 1] == " ")
    return Doc(
        nlp.vocab, words=words, spaces=spaces,
        pos=[row[1] for row in rows], tags=[row[2] for row in rows],
        lemmas=[row[3] for row in rows],
        heads=[row[4] - 1 if row[4] else i for i, row in enumerate(rows)],
        deps=[row[5] for row in rows],
    )


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_sentence(coder, nlp, dyads, case):
    from dyadflow.records import TextInput

    if "parse" in case:
        doc = _doc_from_parse(nlp, case["text"], case["parse"])
        assert doc.text == case["text"]
        document = coder.code_parsed(TextInput(case["id"], case["text"]), {0: doc})
    else:
        document = coder.code_text(case["text"], doc_id=case["id"])
    assert dyads(document.events) == sorted(case["expect"]), case["comment"]
    if "texts" in case:  # the words naming each side, 'SOURCE TEXT>TARGET TEXT', in order
        assert [f"{e.source_text}>{e.target_text}" for e in document.events] == case["texts"]


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
