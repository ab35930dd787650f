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


def cameo_to_iso3() -> dict[str, str]:
    """CAMEO country code -> ISO3 from seeds/countries.csv (generate countries first).

    Several rows can share a CAMEO code (France and Mayotte are both FRA in CAMEO): the
    state wins over territories and former states.
    """
    import csv

    with (SEEDS / "countries.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rank = {"state": 0, "territory": 1, "historic": 2}
    mapping: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: rank.get(r["kind"], 3)):
        mapping.setdefault(row["cameo_code"], row["iso3"])
    mapping.setdefault("TMP", "TLS")  # CountryInfo still uses East Timor's old CAMEO code
    return mapping
