"""Helpers shared by the seed generators (tools/seeds_*.py): where the sources are, CSV output.

The generators read public reference data from ../shared/data (each folder has a SOURCE.md
with origin and licence), derive facts from it and write seeds/*.csv. Nothing from the
sources is copied verbatim beyond facts (codes, names, numbers, dates).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def shared_data() -> Path:
    path = Path(os.environ.get("DYADFLOW_SHARED_DATA", REPO.parent / "shared" / "data"))
    if not path.is_dir():
        raise SystemExit(f"shared reference data not found at {path} (set DYADFLOW_SHARED_DATA)")
    return path


def write_csv(name: str, columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> int:
    """Write seeds/<name>.csv with a fixed column order; returns the number of rows."""
    path = SEEDS / f"{name}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            missing = set(columns) - set(row)
            if missing:
                raise ValueError(f"{name}: row {row!r} lacks {sorted(missing)}")
            writer.writerow({c: "" if row[c] is None else row[c] for c in columns})
            count += 1
    return count


def fmt_number(value: float | None) -> str:
    """Goldstein-style numbers: '3.4', '-10.0' -> '-10', '0.0' -> '0'."""
    if value is None:
        return ""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
