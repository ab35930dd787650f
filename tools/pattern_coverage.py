#!/usr/bin/env python3
"""Coverage report: which frequent Phoenix/PETRARCH verb lemmas per CAMEO root our verb
patterns (seeds/verb_patterns/) do not use.

For checking coverage only: nothing from the Phoenix dictionary is copied into the seeds.
Source: CAMEO.2.0.txt from openeventdata/petrarch2 (MIT, (c) 2014 Open Event Data; see
../shared/data/phoenix-dictionaries/SOURCE.md). A verb block there looks like

    ---  SUPPLY   [070]  ---
    SUPPLY
    FURNISH {FURNISHES FURNISHED}
    - * {ARMS SHIPMENT}   [072]   # comment

Every member verb of a block is counted once per pattern line (and once for the block's
own code) under the root of that code; a lemma's weight in a root is that count.

Usage: .venv/bin/python tools/pattern_coverage.py [--phoenix FILE] [--top 15] [--json OUT]
       .venv/bin/python tools/pattern_coverage.py --counts   # the counts table of
                                                              # seeds/verb_patterns/README.md
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PHOENIX = REPO.parent / "shared" / "data" / "phoenix-dictionaries" / "CAMEO.2.0.txt"
_HEADER = re.compile(r"^---\s+(\S.*?)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[(?:-?)(\d{2,4})(?::\d{2,4})?\]")


def phoenix_lemma_weights(path: Path) -> dict[str, Counter]:
    """root -> Counter(lemma -> number of codings of that lemma in that root)."""
    weights: dict[str, Counter] = defaultdict(Counter)
    members: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        for code in codes:
            for lemma in members:
                weights[code[:2]][lemma] += 1

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        header = _HEADER.match(raw)
        if header:
            flush()
            members = []
            codes = [m.group(1) for m in _CODE.finditer("[" + header.group(2) + "]")]
            continue
        if not line.strip() or line.startswith(("&", "+", "<", "!")):
            continue
        if line.startswith("-"):
            codes += [m.group(1) for m in _CODE.finditer(line)]
            continue
        word = line.split("{", 1)[0].strip().split()[0] if line.strip() else ""
        if re.fullmatch(r"[A-Z][A-Z_'-]*", word):
            members.append(word.strip("_").lower().split("_")[0])
    flush()
    return {root: counter for root, counter in weights.items() if root.isdigit()
            and 1 <= int(root) <= 20}


def our_lemmas(pattern_dir: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for path in sorted(pattern_dir.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                out[row["code"][:2]].add(row["lemma"])
    return out


ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation", "07": "Provide aid", "08": "Yield",
    "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce",
    "18": "Assault", "19": "Fight", "20": "Use unconventional mass violence",
}


def pattern_counts(pattern_dir: Path) -> list[dict]:
    """Per root: rows, verb and noun rows, distinct lemmas and distinct codes."""
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for path in sorted(pattern_dir.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                rows[row["code"][:2]].append(row)
    out = []
    for root in (f"{n:02d}" for n in range(1, 21)):
        group = rows.get(root, [])
        out.append({"root": root, "name": ROOT_NAMES[root], "patterns": len(group),
                    "verb": sum(r["trigger_pos"] == "VERB" for r in group),
                    "noun": sum(r["trigger_pos"] == "NOUN" for r in group),
                    "lemmas": len({r["lemma"] for r in group}),
                    "codes": len({r["code"] for r in group})})
    return out


def counts_table(counts: list[dict]) -> str:
    lines = ["| root | name | patterns | verb | noun | lemmas | codes covered |",
             "|---|---|---|---|---|---|---|"]
    lines += [f"| {c['root']} | {c['name']} | {c['patterns']} | {c['verb']} | {c['noun']} | "
              f"{c['lemmas']} | {c['codes']} |" for c in counts]
    lines.append(f"| all | | {sum(c['patterns'] for c in counts)} | | | | |")
    return "\n".join(lines)


def coverage(phoenix: dict[str, Counter], ours: dict[str, set[str]], top: int) -> list[dict]:
    report = []
    for root in (f"{n:02d}" for n in range(1, 21)):
        weights = phoenix.get(root, Counter())
        have = ours.get(root, set())
        total = sum(weights.values())
        covered = sum(w for lemma, w in weights.items() if lemma in have)
        missing = [(lemma, w) for lemma, w in weights.most_common() if lemma not in have]
        report.append({"root": root, "our_lemmas": len(have), "phoenix_lemmas": len(weights),
                       "weighted_coverage": round(covered / total, 3) if total else None,
                       "top_missing": missing[:top]})
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    parser.add_argument("--patterns", type=Path, default=REPO / "seeds" / "verb_patterns")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--counts", action="store_true",
                        help="print the per-root counts table of our patterns and stop")
    args = parser.parse_args(argv)
    if args.counts:
        print(counts_table(pattern_counts(args.patterns)))
        return 0
    if not args.phoenix.is_file():
        print(f"Phoenix verb dictionary not found: {args.phoenix}", file=sys.stderr)
        return 2
    report = coverage(phoenix_lemma_weights(args.phoenix), our_lemmas(args.patterns), args.top)
    print(f"{'root':<5} {'ours':>5} {'phoenix':>8} {'coverage':>9}  "
          "most frequent Phoenix lemmas we lack")
    for row in report:
        cov = "-" if row["weighted_coverage"] is None else f"{row['weighted_coverage']:.0%}"
        missing = ", ".join(f"{lemma}({w})" for lemma, w in row["top_missing"])
        print(f"{row['root']:<5} {row['our_lemmas']:>5} {row['phoenix_lemmas']:>8} {cov:>9}  "
              f"{missing}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
