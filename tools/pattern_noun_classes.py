#!/usr/bin/env python3
"""Name the lemma lists that verb patterns repeat: seeds/noun_classes.csv and `@class` cells.

The object_lemmas/modifier_lemmas cells of seeds/verb_patterns/NN.csv repeat a few hundred
long lists ("weapon|weapons|weaponry|...") thousands of times. This tool finds every list
(compared as a set) that at least two cells use and that has at least three lemmas, gives it
a name taken from its own lemmas (@weapon, @aid, @military, ...), writes the classes to
seeds/noun_classes.csv and replaces each such cell by the class name. A list used once, or
one or two lemmas ("curfew|curfews"), stays inline: a name would not be shorter or clearer.

Existing `@class` cells are expanded first, so the tool can be rerun after patterns are
edited: it re-derives the classes from the expanded lists (`--check` only reports whether
the files would change). Before writing, it loads the dictionary through the coder
(PatternIndex.from_reference) from the current files and from the rewritten ones in a
temporary copy of seeds/, and refuses to write unless every VerbPattern is identical.

Usage: .venv/bin/python tools/pattern_noun_classes.py [--seeds DIR] [--check]
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dyadflow.coder.patterns import NOUN_CLASS_TABLE, PATTERN_FOLDER, PatternIndex
from dyadflow.reference import load_reference

REPO = Path(__file__).resolve().parents[1]

LEMMA_COLUMNS = ("object_lemmas", "modifier_lemmas")
CLASS_COLUMNS = ("class", "lemmas", "description")
MIN_USES = 2
MIN_LEMMAS = 3
# first words that name a list less well than another word of it
RENAMES = {"loan": "money"}
# derived names swapped where the plain word belongs to the narrower list
FINAL_NAMES = {"@ceasefire": "@de_escalation", "@ceasefire_cease_fire": "@ceasefire",
               "@ceasefire_truce": "@ceasefire_mod"}


@dataclass
class NounClass:
    name: str
    lemmas: tuple[str, ...]  # in the order of the first cell that used the list
    uses: Counter  # column -> number of cells


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def read_classes(path: Path) -> dict[str, list[str]]:
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {row["class"].strip().lower(): split(row["lemmas"]) for row in rows}


def expand(cell: str, classes: dict[str, list[str]]) -> list[str]:
    lemmas: list[str] = []
    for part in split(cell):
        for lemma in classes[part.lower()] if part.startswith("@") else [part]:
            if lemma not in lemmas:
                lemmas.append(lemma)
    return lemmas


def stems(lemmas: tuple[str, ...], vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """The lemmas in list order, a plural replaced by its singular when the list or the
    `vocabulary` has it ("weapons" -> "weapon"); for names and descriptions only."""
    known = set(lemmas) | vocabulary
    out: list[str] = []
    for lemma in lemmas:
        singular = next((s for s in (lemma[:-3] + "y", lemma[:-2], lemma[:-1])
                         if lemma.endswith("s") and s in known and s != lemma), lemma)
        if singular not in out:
            out.append(singular)
    return out


def identifier(stem: str) -> str:
    return stem.replace("-", "_").replace("'", "")


def name_classes(lists: dict[frozenset[str], NounClass]) -> None:
    """Name each class after its first word. The most used list claims the plain name
    (@weapon); a later list starting with the same word adds its first word the owner lacks
    (@weapon_attack), or, if it is narrower, its second word (@military_defense). Lists that
    differ only in plural forms are told apart by their column (@talk_mod) or size."""
    vocabulary = frozenset(lemma for key in lists for lemma in key)
    owners: dict[str, list[str]] = {}
    for noun_class in sorted(lists.values(), key=lambda c: (-sum(c.uses.values()), c.lemmas)):
        own = [identifier(s) for s in stems(noun_class.lemmas, vocabulary)]
        base = "@" + RENAMES.get(own[0], own[0])
        rival = owners.get(base, [])
        candidates = [base]
        candidates += [f"{base}_{s}" for s in own[1:] if s not in rival]
        candidates += [f"{base}_{s}" for s in own[1:]]
        if not noun_class.uses["object_lemmas"]:
            candidates.append(f"{base}_mod")
        candidates += [f"{base}_{len(noun_class.lemmas)}"]
        noun_class.name = next(c for c in candidates if c not in owners)
        owners[noun_class.name] = own
    for noun_class in lists.values():
        noun_class.name = FINAL_NAMES.get(noun_class.name, noun_class.name)
    if len({c.name for c in lists.values()}) != len(lists):
        raise SystemExit("FINAL_NAMES gives two classes the same name")


def describe(noun_class: NounClass, vocabulary: frozenset[str]) -> str:
    kinds = {"object_lemmas": "theme nouns", "modifier_lemmas": "modifiers"}
    used_as = " and ".join(kinds[c] for c in LEMMA_COLUMNS if noun_class.uses[c])
    words = stems(noun_class.lemmas, vocabulary)
    shown = ", ".join(words[:8]) + (", ..." if len(words) > 8 else "")
    plural = " (with plurals)" if len(words) < len(noun_class.lemmas) else ""
    return f"{used_as}: {shown}{plural}"


def convert(seeds: Path) -> tuple[dict[Path, str], str, list[NounClass]]:
    """The new text of every pattern file and of the class table, and the classes."""
    old_classes = read_classes(seeds / f"{NOUN_CLASS_TABLE}.csv")
    files = {path: read_csv(path) for path in sorted((seeds / PATTERN_FOLDER).glob("*.csv"))}
    lists: dict[frozenset[str], NounClass] = {}
    for rows in files.values():
        columns = [rows[0].index(c) for c in LEMMA_COLUMNS]
        for row in rows[1:]:
            for column, index in zip(LEMMA_COLUMNS, columns):
                lemmas = expand(row[index], old_classes)
                row[index] = "|".join(lemmas)
                if lemmas:
                    key = frozenset(lemmas)
                    lists.setdefault(key, NounClass("", tuple(lemmas), Counter()))
                    lists[key].uses[column] += 1
    chosen = {key: c for key, c in lists.items()
              if sum(c.uses.values()) >= MIN_USES and len(key) >= MIN_LEMMAS}
    name_classes(chosen)
    for rows in files.values():
        for row in rows[1:]:
            for index in (rows[0].index(c) for c in LEMMA_COLUMNS):
                noun_class = chosen.get(frozenset(split(row[index])))
                if noun_class is not None:
                    row[index] = noun_class.name
    classes = sorted(chosen.values(), key=lambda c: c.name)
    vocabulary = frozenset(lemma for key in lists for lemma in key)
    table = [list(CLASS_COLUMNS)] + [[c.name, "|".join(c.lemmas), describe(c, vocabulary)]
                                     for c in classes]
    return {path: csv_text(rows) for path, rows in files.items()}, csv_text(table), classes


def patterns_of(seeds: Path) -> list:
    return sorted(PatternIndex.from_reference(load_reference(seeds)).all(),
                  key=lambda p: p.pattern_id)


def verify(seeds: Path, texts: dict[Path, str], class_table: str) -> int:
    """Load the patterns from seeds/ and from a rewritten copy; they must be identical."""
    before = patterns_of(seeds)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "seeds"
        shutil.copytree(seeds, copy)
        for path, text in texts.items():
            (copy / path.relative_to(seeds)).write_text(text, encoding="utf-8")
        (copy / f"{NOUN_CLASS_TABLE}.csv").write_text(class_table, encoding="utf-8")
        after = patterns_of(copy)
    if before != after:
        changed = [a.pattern_id for a, b in zip(before, after) if a != b]
        raise SystemExit(f"rewritten patterns differ ({len(before)} vs {len(after)} rows; "
                         f"first changed: {changed[:5]}); nothing written")
    return len(before)


def size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the files would change")
    args = parser.parse_args(argv)
    seeds = args.seeds
    class_path = seeds / f"{NOUN_CLASS_TABLE}.csv"
    texts, class_table, classes = convert(seeds)
    count = verify(seeds, texts, class_table)
    stale = [p for p, t in texts.items() if p.read_text(encoding="utf-8") != t]
    if not class_path.is_file() or class_path.read_text(encoding="utf-8") != class_table:
        stale.append(class_path)
    pattern_files = sorted(texts)
    print(f"{count} patterns identical after the rewrite; {len(classes)} noun classes, "
          f"{sum(sum(c.uses.values()) for c in classes)} cells use one")
    if args.check:
        print("up to date" if not stale else f"would change: {[p.name for p in stale]}")
        return 1 if stale else 0
    before = size(pattern_files) + size([class_path])
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
    class_path.write_text(class_table, encoding="utf-8")
    print(f"bytes: verb_patterns + noun_classes {before} -> "
          f"{size(pattern_files)} + {size([class_path])} = {size(pattern_files + [class_path])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
