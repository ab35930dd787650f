"""Noun classes (seeds/noun_classes.csv): `@name` in a pattern's lemma lists stands for the
class's lemmas; bad class tables and unknown names are InputErrors naming file and line."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from dyadflow.coder.patterns import PatternIndex, noun_classes_from_rows, pattern_from_row
from dyadflow.errors import InputError
from dyadflow.reference import Reference, dictionary_version

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ROW = {
    "pattern_id": "072-ship-weapon-to", "code": "072", "trigger_pos": "VERB", "lemma": "ship",
    "particle": "", "object_lemmas": "@arms|crossbow", "modifier_lemmas": "@martial",
    "target_preps": "to", "direction": "forward", "symmetric": "0", "description": "x",
}
CLASSES = [
    {"class": "@arms", "lemmas": "rifle|rifles|cannon", "description": "weapons"},
    {"class": "@Martial", "lemmas": "military|naval", "description": "armed forces"},
]


def test_a_class_expands_to_its_lemmas_next_to_inline_ones():
    classes = noun_classes_from_rows(CLASSES)
    pattern = pattern_from_row(ROW, table="verb_patterns/07", line=2, classes=classes)
    assert pattern.object_lemmas == {"rifle", "rifles", "cannon", "crossbow"}
    assert pattern.modifier_lemmas == {"military", "naval"}  # names are case-insensitive
    assert pattern.specificity == 2


def test_the_index_takes_classes_from_the_reference():
    reference = Reference(
        tables={"noun_classes": tuple(CLASSES), "verb_patterns/07": (ROW,)},
        dictionary_version="test", root=Path("seeds"))
    (pattern,) = PatternIndex.from_reference(reference).candidates("VERB", "ship")
    assert "cannon" in pattern.object_lemmas


def test_an_unknown_class_names_pattern_file_line_and_column():
    with pytest.raises(InputError) as info:
        pattern_from_row({**ROW, "modifier_lemmas": "@navy"}, table="verb_patterns/07",
                         line=9, classes=noun_classes_from_rows(CLASSES))
    message = str(info.value)
    assert "seeds/verb_patterns/07.csv:9" in message
    assert "unknown noun class '@navy'" in message and "modifier_lemmas" in message


@pytest.mark.parametrize(
    ("bad_row", "problem"),
    [
        ({"class": "@arms", "lemmas": "bow"}, "defined twice"),
        ({"class": "@empty", "lemmas": " | "}, "has no lemmas"),
        ({"class": "@both", "lemmas": "spear|@arms"}, "names another class '@arms'"),
        ({"class": "arrows", "lemmas": "arrow"}, "must be '@' and a name"),
        ({"class": "@", "lemmas": "arrow"}, "must be '@' and a name"),
    ],
)
def test_a_bad_class_row_names_file_line_and_problem(bad_row, problem):
    with pytest.raises(InputError) as info:
        noun_classes_from_rows([*CLASSES, bad_row])
    assert "seeds/noun_classes.csv:4" in str(info.value) and problem in str(info.value)


def test_every_project_class_is_used_and_described():
    with (SEEDS / "noun_classes.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    classes = noun_classes_from_rows(rows)
    used = set()
    for path in (SEEDS / "verb_patterns").glob("*.csv"):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for column in ("object_lemmas", "modifier_lemmas"):
                    used.update(p for p in row[column].split("|") if p.startswith("@"))
    assert set(classes) - used == set(), "classes no pattern uses"
    assert all(row["description"].strip() for row in rows)


def test_the_dictionary_version_covers_the_classes(tmp_path):
    root = tmp_path / "seeds"
    shutil.copytree(SEEDS, root, ignore=shutil.ignore_patterns("articles"))
    before = dictionary_version(root)
    path = root / "noun_classes.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("|", "|x|", 1), encoding="utf-8")
    assert dictionary_version(root) != before
