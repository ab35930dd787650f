"""Scoring rules of `dyadflow evaluate` (pure: no files, no coder).

Definitions (also in docs/evaluation.md):

* An event key is a tuple such as (source, target, label). Within one sentence, gold keys
  and predicted keys are each a SET (a coder that finds the same event twice in a sentence
  gets no extra credit or penalty). Per sentence, true positives = |gold & predicted|,
  false positives = |predicted - gold|, false negatives = |gold - predicted|; the counts are
  summed over all sentences (micro average) before precision, recall and F1 are computed.
* "No event": a gold sentence without events contributes no gold keys, so any event coded
  there is a false positive, and coding nothing there costs nothing.
* None is a value like any other: a gold event without a target only matches a predicted
  event without a target.
* Per-root scores restrict both sides to keys whose CAMEO root (first two digits of the
  label) is that root; the sum of per-root tp/fp/fn equals the overall counts.
* Quad classes (ConfliBERT): a sentence is labelled by the coded event with the highest
  confidence (first in text order on ties), through the Phoenix quad scheme
  (seeds/quad_classes.csv, scheme "phoenix": 01-02 neutral 0, 03-05 verbal cooperation 1,
  06-08 material cooperation 2, 09-13 and 16 verbal conflict 3, 14-15 and 17-20 material
  conflict 4); a sentence without coded events is 0 ("neutral / no event").
* Spans (ConfliBERT): gold spans are (role, start, end) with role S or T (a reciprocal R
  span counts once as S and once as T); predicted spans are the distinct source and
  target spans of the sentence's events. Strict match: equal role and equal boundaries
  after trimming leading determiners/possessives and surrounding punctuation from both.
  Overlap match: equal role and at least one shared token; each gold span is matched
  at most once (greedy, in text order).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

Key = tuple[Hashable, ...]


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


def sentence_counts(gold: Iterable[Key], predicted: Iterable[Key]) -> Counts:
    """tp/fp/fn of one sentence, both sides taken as sets."""
    g, p = set(gold), set(predicted)
    return Counts(len(g & p), len(p - g), len(g - p))


def micro_counts(pairs: Iterable[tuple[Iterable[Key], Iterable[Key]]]) -> Counts:
    """Sum of per-sentence counts over (gold keys, predicted keys) pairs."""
    total = Counts()
    for gold, predicted in pairs:
        total = total + sentence_counts(gold, predicted)
    return total


def counts_by_group(
    pairs: Iterable[tuple[Iterable[Key], Iterable[Key]]], group_of: callable
) -> dict[str, Counts]:
    """Per-group counts; a key's group is `group_of(key)` (e.g. its CAMEO root)."""
    out: dict[str, Counts] = defaultdict(Counts)
    for gold, predicted in pairs:
        g, p = set(gold), set(predicted)
        for key in g | p:
            out[group_of(key)] = out[group_of(key)] + Counts(
                int(key in g and key in p), int(key in p and key not in g),
                int(key in g and key not in p))
    return dict(sorted(out.items()))


# ----------------------------------------------------------------- quad classes
def quad_labels_from_rows(rows: Iterable[Mapping[str, str]],
                          scheme: str = "phoenix") -> dict[str, int]:
    """CAMEO root -> class label from quad_classes rows (scheme, code_prefix, quad_class)."""
    labels = {row["code_prefix"]: int(row["quad_class"]) for row in rows
              if row["scheme"] == scheme}
    missing = [f"{n:02d}" for n in range(1, 21) if f"{n:02d}" not in labels]
    if missing:
        raise ValueError(f"quad scheme {scheme!r} has no class for roots {', '.join(missing)}")
    return labels


def sentence_quad_label(events: Sequence[tuple[str, float]],
                        label_of_root: Mapping[str, int]) -> int:
    """Label of a sentence from its coded events as (root, confidence), in text order."""
    if not events:
        return 0
    best = max(range(len(events)), key=lambda i: (events[i][1], -i))
    return label_of_root[events[best][0]]


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int
    total: int
    confusion: dict[int, dict[int, int]]  # gold -> predicted -> count

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def per_class(self) -> dict[int, Counts]:
        labels = sorted(set(self.confusion) | {p for row in self.confusion.values() for p in row})
        out = {}
        for label in labels:
            tp = self.confusion.get(label, {}).get(label, 0)
            fn = sum(self.confusion.get(label, {}).values()) - tp
            fp = sum(row.get(label, 0) for g, row in self.confusion.items() if g != label)
            out[label] = Counts(tp, fp, fn)
        return out


def classification_accuracy(pairs: Iterable[tuple[int, int]]) -> Accuracy:
    """(gold, predicted) labels -> accuracy and confusion matrix."""
    confusion: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    correct = total = 0
    for gold, predicted in pairs:
        confusion[gold][predicted] += 1
        correct += gold == predicted
        total += 1
    return Accuracy(correct, total, {g: dict(row) for g, row in sorted(confusion.items())})


# ----------------------------------------------------------------- spans
_TRIM_WORDS = {"the", "a", "an", "'s", "’s", "ʼs", "'", "its", "their", "his", "her"}
_WORD = re.compile(r"\S+")


def normalized_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Boundaries without leading determiners/possessive words and edge punctuation."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    while words and text[words[0][0]:words[0][1]].lower() in _TRIM_WORDS:
        words.pop(0)
    while words and text[words[-1][0]:words[-1][1]].lower() in _TRIM_WORDS:
        words.pop()
    if not words:
        return start, start
    s, e = words[0][0], words[-1][1]
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum() and text[e - 1] != ".":
        e -= 1
    return s, e


def span_counts_strict(text: str, gold: Iterable[tuple[str, int, int]],
                       predicted: Iterable[tuple[str, int, int]]) -> Counts:
    def norm(spans):
        return {(role, *normalized_span(text, s, e)) for role, s, e in spans}
    return sentence_counts(norm(gold), norm(predicted))


def span_counts_overlap(gold: Iterable[tuple[str, int, int]],
                        predicted: Iterable[tuple[str, int, int]]) -> Counts:
    """Greedy one-to-one matching of spans of the same role that share characters."""
    remaining = sorted(set(gold), key=lambda s: (s[1], s[2], s[0]))
    tp = fp = 0
    for role, s, e in sorted(set(predicted), key=lambda x: (x[1], x[2], x[0])):
        hit = next((g for g in remaining if g[0] == role and g[1] < e and s < g[2]), None)
        if hit is None:
            fp += 1
        else:
            remaining.remove(hit)
            tp += 1
    return Counts(tp, fp, len(remaining))
