"""Run the coder over the gold sets and score it (the I/O side of `dyadflow evaluate`).

Every gold sentence is coded as its own document; all events the coder finds in it are
its predictions. The scoring rules are in `dyadflow.evaluation.scoring`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from dyadflow.coder.extraction import COORDINATION_GAP
from dyadflow.errors import InputError
from dyadflow.evaluation import gold as goldsets
from dyadflow.evaluation.plover import PloverMap
from dyadflow.evaluation.scoring import (
    Counts,
    classification_accuracy,
    counts_by_group,
    micro_counts,
    quad_labels_from_rows,
    sentence_quad_label,
    span_counts_overlap,
    span_counts_strict,
)
from dyadflow.records import CodedDocument, CodedEvent, TextInput
from dyadflow.reference import load_reference

SETS = ("petr2", "plover", "conflibert")
FILES = {
    "petr2": "petrarch-validation/ud-petrarch/PETR2_GSR_validation.xml",
    "plover": "plover-gsr/PLOVER_GSR_CAMEO.json",
    "plover_map": "plover-gsr/CAMEO2PLOVER-2021.txt",
    "conflibert_classes": "conflibert-cameo/cameo_class_test.tsv",
    "conflibert_spans": "conflibert-cameo/cameo_ner_test.txt",
}
# primary codes that are not countries but are compared as such (CAMEO/PLOVER usage)
_NON_STATE_PRIMARY = {"IGO", "NGO", "IMG", "ISM", "MNC", "UIS", "NGM", "REF"}


class Coder(Protocol):
    def code(self, inputs: Iterable[TextInput], *, n_process: int = 1,
             batch_size: int = 64) -> Iterable[CodedDocument]: ...


@dataclass(frozen=True)
class SetReport:
    name: str
    file: str
    sentences: int
    gold_events: int
    predicted_events: int
    headline: str  # which metric the goals refer to
    metrics: dict[str, Any]
    per_root: dict[str, dict[str, float | int]]
    details: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sentences": self.sentences, "gold_events": self.gold_events,
                "predicted_events": self.predicted_events, "headline": self.headline,
                "metrics": self.metrics, "per_root": self.per_root, "details": self.details}


@dataclass(frozen=True)
class EvaluationReport:
    created_at: str
    data_dir: str
    coder_version: str
    seconds: float
    sets: dict[str, SetReport]

    def as_dict(self) -> dict[str, Any]:
        return {"created_at": self.created_at, "data_dir": self.data_dir,
                "coder_version": self.coder_version, "seconds": round(self.seconds, 2),
                "sets": {name: rep.as_dict() for name, rep in self.sets.items()}}


def primary_actor(code: str | None, iso3: str | None) -> str | None:
    """The 3-letter part of an actor a dyad is compared on.

    The country (ISO3) when known; a non-state primary code (IGO, NGO, ...) when the actor
    code starts with one; "---" (CAMEO: country unknown) for an actor coded by role only.
    """
    if code is None and iso3 is None:
        return None
    if iso3:
        return iso3
    if code and code[:3] in _NON_STATE_PRIMARY:
        return code[:3]
    return "---"


def gold_primary(code: str | None) -> str | None:
    return code[:3] if code else None


def code_documents(coder: Coder, inputs: Sequence[TextInput], workers: int) -> list[CodedDocument]:
    docs = list(coder.code(inputs, n_process=workers, batch_size=32))
    if [d.doc_id for d in docs] != [i.doc_id for i in inputs]:
        raise RuntimeError("the coder did not return one document per input, in order")
    return docs


def _event_summary(e: CodedEvent) -> dict[str, Any]:
    return {"source": e.source_code, "source_text": e.source_text, "target": e.target_code,
            "target_text": e.target_text, "code": e.event_code, "trigger": e.event_text,
            "pattern": e.pattern_id}


# ------------------------------------------------------------------ PETR2 GSR
def evaluate_petr2(coder: Coder, path: Path, workers: int) -> SetReport:
    sentences = goldsets.read_petr2_gsr(path)
    docs = code_documents(coder, [TextInput(s.sentence_id, s.text, s.published_at)
                                  for s in sentences], workers)
    keyed: dict[str, list] = {"dyad_root": [], "dyad_code": [], "dyad": [], "root": []}
    details = []
    for sentence, doc in zip(sentences, docs, strict=True):
        gold = [(gold_primary(g.source), gold_primary(g.target), g.label) for g in sentence.events]
        pred = [(primary_actor(e.source_code, e.source_iso3),
                 primary_actor(e.target_code, e.target_iso3), e.event_code) for e in doc.events]
        keyed["dyad_code"].append((gold, pred))
        keyed["dyad_root"].append(([(s, t, c[:2]) for s, t, c in gold],
                                   [(s, t, c[:2]) for s, t, c in pred]))
        keyed["dyad"].append(([(s, t) for s, t, _ in gold], [(s, t) for s, t, _ in pred]))
        keyed["root"].append(([c[:2] for *_, c in gold], [c[:2] for *_, c in pred]))
        details.append({"id": sentence.sentence_id, "text": sentence.text, "note": sentence.note,
                        "gold": [list(k) for k in gold], "predicted": [list(k) for k in pred],
                        "events": [_event_summary(e) for e in doc.events]})
    per_root = counts_by_group(keyed["dyad_root"], lambda key: key[2])
    return SetReport(
        "petr2", str(path), len(sentences), sum(len(s.events) for s in sentences),
        sum(len(d.events) for d in docs), "dyad_root",
        {name: micro_counts(pairs).as_dict() for name, pairs in keyed.items()},
        {root: c.as_dict() for root, c in per_root.items()}, details)


# ------------------------------------------------------------------ PLOVER GSR
def evaluate_plover(coder: Coder, path: Path, map_path: Path, workers: int) -> SetReport:
    sentences = goldsets.read_plover_gsr(path)
    plover = PloverMap.from_file(map_path)
    docs = code_documents(coder, [TextInput(s.sentence_id, s.text, None) for s in sentences],
                          workers)
    keyed: dict[str, list] = {"dyad_type": [], "dyad": [], "type": []}
    details = []
    for sentence, doc in zip(sentences, docs, strict=True):
        gold = [(g.source, g.target, g.label) for g in sentence.events]
        pred = [(primary_actor(e.source_code, e.source_iso3),
                 primary_actor(e.target_code, e.target_iso3), plover.gsr_category(e.event_code))
                for e in doc.events]
        keyed["dyad_type"].append((gold, pred))
        keyed["dyad"].append(([(s, t) for s, t, _ in gold], [(s, t) for s, t, _ in pred]))
        keyed["type"].append(([c for *_, c in gold], [c for *_, c in pred]))
        details.append({"id": sentence.sentence_id, "text": sentence.text,
                        "gold": [list(k) for k in gold], "predicted": [list(k) for k in pred],
                        "events": [_event_summary(e) for e in doc.events]})
    per_type = counts_by_group(keyed["dyad_type"], lambda key: str(key[2]))
    return SetReport(
        "plover", str(path), len(sentences), sum(len(s.events) for s in sentences),
        sum(len(d.events) for d in docs), "dyad_type",
        {name: micro_counts(pairs).as_dict() for name, pairs in keyed.items()},
        {t: c.as_dict() for t, c in per_type.items()}, details)


# ------------------------------------------------------------------ ConfliBERT
def evaluate_conflibert(coder: Coder, class_path: Path, span_path: Path, workers: int,
                        label_of_root: dict[str, int]) -> SetReport:
    classes = goldsets.read_conflibert_classes(class_path)
    spans = goldsets.read_conflibert_spans(span_path)
    class_docs = code_documents(coder, [TextInput(s.sentence_id, s.text) for s in classes],
                                workers)
    span_docs = code_documents(coder, [TextInput(s.sentence_id, s.text) for s in spans], workers)
    labels = [(s.label, sentence_quad_label([(e.event_root, e.confidence) for e in d.events],
                                            label_of_root))
              for s, d in zip(classes, class_docs, strict=True)]
    accuracy = classification_accuracy(labels)
    strict: dict[str, Counts] = {"S": Counts(), "T": Counts()}
    overlap: dict[str, Counts] = {"S": Counts(), "T": Counts()}
    details = []
    for sentence, doc in zip(spans, span_docs, strict=True):
        predicted = _predicted_spans(doc.events, sentence.text)
        gold = [(g.role, g.start, g.end) for g in sentence.spans]
        for role in ("S", "T"):
            g = [x for x in gold if x[0] == role]
            p = [x for x in predicted if x[0] == role]
            strict[role] = strict[role] + span_counts_strict(sentence.text, g, p)
            overlap[role] = overlap[role] + span_counts_overlap(g, p)
        details.append({"id": sentence.sentence_id, "text": sentence.text,
                        "gold": [[r, sentence.text[s:e]] for r, s, e in gold],
                        "predicted": [[r, sentence.text[s:e]] for r, s, e in predicted]})
    for cls, doc, (gold_label, pred_label) in zip(classes, class_docs, labels, strict=True):
        details.append({"id": cls.sentence_id, "text": cls.text, "gold_quad": gold_label,
                        "predicted_quad": pred_label,
                        "events": [_event_summary(e) for e in doc.events]})
    span_metrics = {
        "strict": {**{r: c.as_dict() for r, c in strict.items()},
                   "all": (strict["S"] + strict["T"]).as_dict()},
        "overlap": {**{r: c.as_dict() for r, c in overlap.items()},
                    "all": (overlap["S"] + overlap["T"]).as_dict()},
    }
    metrics = {"quad_accuracy": round(accuracy.accuracy, 4), "quad_correct": accuracy.correct,
               "quad_total": accuracy.total,
               "confusion": {str(g): {str(p): n for p, n in row.items()}
                             for g, row in accuracy.confusion.items()},
               "spans": span_metrics}
    per_class = {str(label): c.as_dict() for label, c in accuracy.per_class().items()}
    return SetReport(
        "conflibert", str(class_path), len(classes), len(classes),
        sum(len(d.events) for d in class_docs), "quad_accuracy", metrics, per_class, details)


def _predicted_spans(events: Sequence[CodedEvent], text: str) -> list[tuple[str, int, int]]:
    """Source (S) and target (T) spans of the coded events. Two mirrored events of one
    trigger between coordinated parties ("Israel and the Palestinians reached ...": A -> B and
    B -> A) are what ConfliBERT annotates as one reciprocal span (R: source and target at
    once) over the coordination; they are scored as that span."""
    out = []
    mirrored: set[int] = set()
    for i, a in enumerate(events):
        for j in range(i + 1, len(events)):
            b = events[j]
            if (a.trigger_start, a.event_code) != (b.trigger_start, b.event_code) or None in (
                    a.source_start, a.source_end, a.target_start, a.target_end) or (
                    (a.source_start, a.target_start) != (b.target_start, b.source_start)):
                continue
            (lo, lo_end), (hi_start, hi) = sorted([(a.source_start, a.source_end),
                                                   (a.target_start, a.target_end)])
            if COORDINATION_GAP.fullmatch(text[lo_end:hi_start]):
                out += [("S", lo, hi), ("T", lo, hi)]
                mirrored.update((i, j))
    for i, e in enumerate(events):
        if i in mirrored:
            continue
        if e.source_start is not None and e.source_end is not None:
            out.append(("S", e.source_start, e.source_end))
        if e.target_start is not None and e.target_end is not None:
            out.append(("T", e.target_start, e.target_end))
    return list(dict.fromkeys(out))


# ------------------------------------------------------------------ all sets
def evaluate(coder: Coder, data_dir: Path, *, sets: Sequence[str] = SETS, workers: int = 1,
             coder_version: str = "unknown") -> EvaluationReport:
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        raise InputError(f"unknown evaluation set(s) {', '.join(unknown)}; "
                         f"choose from {', '.join(SETS)}")
    for key, rel in FILES.items():
        needed = key.split("_")[0] in sets
        if needed and not (data_dir / rel).is_file():
            raise InputError(f"gold file missing (needed for {key.split('_')[0]})",
                             file=str(data_dir / rel))
    started = time.perf_counter()
    reports: dict[str, SetReport] = {}
    if "petr2" in sets:
        reports["petr2"] = evaluate_petr2(coder, data_dir / FILES["petr2"], workers)
    if "plover" in sets:
        reports["plover"] = evaluate_plover(coder, data_dir / FILES["plover"],
                                            data_dir / FILES["plover_map"], workers)
    if "conflibert" in sets:
        reports["conflibert"] = evaluate_conflibert(
            coder, data_dir / FILES["conflibert_classes"], data_dir / FILES["conflibert_spans"],
            workers, quad_labels_from_rows(load_reference().rows("quad_classes")))
    return EvaluationReport(datetime.now(UTC).isoformat(timespec="seconds"), str(data_dir),
                            coder_version, time.perf_counter() - started, reports)
