"""Date resolution speed on the coder's hot path (not part of pytest).

    .venv/bin/python benchmarks/bench_dates.py [--repeat 2000] [--json PATH]

Target: resolve_event_date well under 0.1 ms per sentence on one core, so that dates add
little to the coder's per-sentence cost. The sentences are ours: a mix with and without
date expressions, digits that are not dates, and long sentences.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

from dyadflow.normalize.dates import parse_published_at, resolve_event_date

SENTENCES = [
    "The ministry said the missiles produced at home would be used only by allied units.",
    "On Tuesday, the foreign minister met her counterpart to discuss the sanctions.",
    "Officials said 2,000 soldiers and 300 vehicles crossed the border on Monday.",
    "The agreement, signed on 9 May 2020, expired last year after a long dispute.",
    "Rebels attacked a convoy near the capital, killing 12 people, police said.",
    "Protesters gathered outside parliament for a third day as talks stalled.",
    "The two leaders are expected to meet again in mid-November, diplomats said.",
    "Prices rose 4.5 percent in October, the highest since 2008, the central bank said.",
    "A spokesman declined to comment on the report, which cited unnamed sources.",
    "Earlier this month the government announced a plan to expand exports of air defence systems, "
    "a move critics said would draw the country into a conflict far from its shores.",
]
TIMESTAMPS = [
    "2026-11-22T09:30:00Z", "Sun, 22 Nov 2026 09:30:00 +0000", "November 22, 2026",
    "22/11/2026", "2026-11-22 09:30", "Nov. 22, 2026 9:30 AM",
]


def per_call_us(function, inputs, repeat: int) -> tuple[float, float]:
    """Median and best microseconds per call over `repeat` passes of `inputs`."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for item in inputs:
            function(item)
        samples.append((time.perf_counter() - start) / len(inputs) * 1e6)
    return statistics.median(samples), min(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000)
    parser.add_argument("--json", type=Path, help="write {'summary': [...]} here")
    args = parser.parse_args()
    published = datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc)
    resolve_median, best = per_call_us(
        lambda s: resolve_event_date(s, published), SENTENCES, args.repeat
    )
    print(f"resolve_event_date: median {resolve_median:.1f} us/sentence, best {best:.1f} us "
          f"({len(SENTENCES)} sentences)")
    parse_median, best = per_call_us(parse_published_at, TIMESTAMPS, args.repeat)
    print(f"parse_published_at: median {parse_median:.1f} us/value, best {best:.1f} us "
          f"({len(TIMESTAMPS)} formats)")
    if args.json:
        summary = [
            {"metric": "resolve_event_date_us_per_sentence", "value": round(resolve_median, 1), "target": 100},
            {"metric": "parse_published_at_us_per_value", "value": round(parse_median, 1), "target": None},
        ]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"summary": summary}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
