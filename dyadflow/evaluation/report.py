"""Text table and JSON file of an evaluation report."""

from __future__ import annotations

import json
from pathlib import Path

from dyadflow.evaluation.runner import EvaluationReport

_LABELS = {
    "petr2": [("dyad_root", "dyad+root"), ("dyad_code", "dyad+code"), ("dyad", "dyad"),
              ("root", "root only")],
    "plover": [("dyad_type", "dyad+type"), ("dyad", "dyad"), ("type", "type only")],
}


def _row(set_name: str, metric: str, m: dict) -> str:
    return (f"{set_name:<11} {metric:<16} {m['precision']:>6.3f} {m['recall']:>6.3f} "
            f"{m['f1']:>6.3f}   {m['tp']:>4}/{m['fp']:<4}/{m['fn']:<4}")


def format_table(report: EvaluationReport) -> str:
    lines = [f"{'set':<11} {'metric':<16} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn",
             "-" * 62]
    for name, rep in report.sets.items():
        if name in _LABELS:
            for key, label in _LABELS[name]:
                lines.append(_row(name, label, rep.metrics[key]))
        else:
            m = rep.metrics
            lines.append(f"{name:<11} {'quad accuracy':<16} {m['quad_accuracy']:>20.3f}   "
                         f"{m['quad_correct']}/{m['quad_total']}")
            for mode in ("strict", "overlap"):
                for role, label in (("S", "source"), ("T", "target"), ("all", "S+T")):
                    lines.append(_row(name, f"span {mode} {label}", m["spans"][mode][role]))
    for name, rep in report.sets.items():
        group = {"petr2": "CAMEO root (dyad+root)", "plover": "PLOVER type (dyad+type)",
                 "conflibert": "quad class (Phoenix; 0 = neutral/no event)"}[name]
        lines += ["", f"{name}: per {group}",
                  f"{'':<11} {'group':<16} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
        lines += [_row("", group_name, m) for group_name, m in rep.per_root.items()]
    lines += ["", f"coder {report.coder_version}; {report.seconds:.1f} s"]
    return "\n".join(lines)


def write_json(report: EvaluationReport, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_dict(), indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")


def format_markdown(report: EvaluationReport) -> str:
    """The headline table as Markdown (for the README and docs/evaluation.md)."""
    lines = ["| set | metric | P | R | F1 |", "|---|---|---|---|---|"]
    for name, rep in report.sets.items():
        if name in _LABELS:
            for key, label in _LABELS[name][:2]:
                m = rep.metrics[key]
                lines.append(f"| {name} | {label} | {m['precision']:.3f} | {m['recall']:.3f} | "
                             f"{m['f1']:.3f} |")
        else:
            m = rep.metrics
            lines.append(f"| {name} | quad accuracy (5 classes) | | | {m['quad_accuracy']:.3f} |")
            for mode in ("strict", "overlap"):
                s = m["spans"][mode]["all"]
                lines.append(f"| {name} | span F1 source+target ({mode}) | {s['precision']:.3f} | "
                             f"{s['recall']:.3f} | {s['f1']:.3f} |")
    return "\n".join(lines)
