#!/usr/bin/env python3
"""Run every benchmarks/bench_*.py (each in its own process) and print one summary table.

Contract for a benchmark file: it runs standalone, prints its own table, accepts
`--json PATH` and writes there a JSON object with a "summary" list of
{"metric", "value", "target"} rows (target may be null). `make bench` runs this script.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    rows, failures = [], []
    for bench in sorted(HERE.glob("bench_*.py")):
        out = RESULTS / f"{bench.stem}.json"
        print(f"== {bench.name}", flush=True)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, str(bench), "--json", str(out)], check=False)
        seconds = time.perf_counter() - started
        if proc.returncode != 0 or not out.is_file():
            failures.append(bench.name)
            rows.append((bench.stem, "FAILED", f"exit {proc.returncode}", "", seconds))
            continue
        for item in json.loads(out.read_text(encoding="utf-8")).get("summary", []):
            target = item.get("target")
            status = "" if target is None else ("ok" if item["value"] >= target else "below")
            rows.append((bench.stem, item["metric"], item["value"],
                         "" if target is None else f">= {target} {status}", seconds))
    print()
    print(f"{'benchmark':<18} {'metric':<30} {'value':>12}  {'target':<18} {'run s':>6}")
    for name, metric, value, target, seconds in rows:
        shown = f"{value:,.1f}" if isinstance(value, (int, float)) else str(value)
        print(f"{name:<18} {metric:<30} {shown:>12}  {target:<18} {seconds:>6.0f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
