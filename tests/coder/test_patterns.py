"""Verb-pattern rows: validation, specificity order, surface forms; modality code table."""

from __future__ import annotations

import pytest

from dyadflow.coder.modality import ModalityCodes
from dyadflow.coder.patterns import PatternIndex, noun_forms, pattern_from_row, verb_forms
from dyadflow.errors import InputError

ROW = {
    "pattern_id": "072-send-weapon-to", "code": "072", "trigger_pos": "VERB", "lemma": "send",
    "particle": "", "object_lemmas": "missile|tank", "modifier_lemmas": "", "target_preps": "to",
    "direction": "forward", "symmetric": "0", "description": "x",
}


def test_row_is_parsed():
    pattern = pattern_from_row(ROW, table="verb_patterns/07", line=2)
    assert pattern.object_lemmas == {"missile", "tank"}
    assert pattern.target_preps == ("to",) and not pattern.reverse and pattern.specificity == 1


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("code", "72x", "not a CAMEO code"),
        ("trigger_pos", "ADJ", "trigger_pos"),
        ("lemma", "send off", "one token"),
        ("direction", "sideways", "direction"),
        ("symmetric", "yes", "symmetric"),
    ],
)
def test_bad_rows_name_file_line_and_problem(column, value, problem):
    with pytest.raises(InputError) as info:
        pattern_from_row({**ROW, column: value}, table="verb_patterns/07", line=9)
    assert "seeds/verb_patterns/07.csv:9" in str(info.value) and problem in str(info.value)


def test_reverse_pattern_needs_a_preposition():
    with pytest.raises(InputError, match="reverse"):
        pattern_from_row({**ROW, "direction": "reverse", "target_preps": ""}, table="t", line=2)


def test_most_specific_pattern_comes_first():
    generic = pattern_from_row({**ROW, "pattern_id": "070-send", "code": "070",
                                "object_lemmas": "", "target_preps": ""}, table="t", line=2)
    specific = pattern_from_row(ROW, table="t", line=3)
    index = PatternIndex([generic, specific])
    assert [p.pattern_id for p in index.candidates("VERB", "send")] == [
        "072-send-weapon-to", "070-send"]


def test_duplicate_ids_are_refused():
    row = pattern_from_row(ROW, table="t", line=2)
    with pytest.raises(InputError, match="used twice"):
        PatternIndex([row, row])


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("send", {"sends", "sent", "sending"}),
        ("supply", {"supplies", "supplied", "supplying"}),
        ("impose", {"imposes", "imposed", "imposing"}),
        ("ship", {"shipped", "shipping", "ships"}),
        ("meet", {"met", "meets"}),
    ],
)
def test_verb_forms(lemma, forms):
    assert forms <= verb_forms(lemma)


def test_noun_forms():
    assert noun_forms("sanction") == {"sanction", "sanctions"}
    assert "talks" in noun_forms("talk")


def test_the_project_patterns_load(reference):
    index = PatternIndex.from_reference(reference)
    assert index.size > 0
    assert index.lemmas_for_form("supplied") == {"supply"}


def test_modality_codes(reference):
    codes = ModalityCodes.from_reference(reference)
    assert codes.intent_code("072") == "0332"  # agreed to supply weapons
    assert codes.intent_code("046") == "036"  # agreed to hold talks
    assert codes.intent_code("0332") == "0332"  # already an intent
    assert codes.threat_code("163") == "1312"  # threatened sanctions
    assert codes.threat_code("190") == "1384"  # threatened to attack
    assert codes.intent_code("111") is None  # CAMEO has no 'intent to criticise'
    assert codes.obligation_code("0841", "must") == "1053"  # must release: demand release
    assert codes.obligation_code("0841", "should") == "0253"  # should release: appeal
    assert codes.obligation_code("046", "must") == "106"  # must negotiate: demand talks
    assert codes.obligation_code("190", "must") == "100"  # no narrower demand in CAMEO
    assert codes.refusal_code("0813") == "1241"  # refused to lift a curfew
    assert codes.refusal_code("072") == "1222"  # refused military aid
    assert codes.refusal_code("190") is None  # "refused to attack" is no CAMEO event
    assert codes.refusal_code("0332") == "1222"  # refused to commit military aid
    assert codes.refusal_code("036") == "125"  # refused to agree to talks
