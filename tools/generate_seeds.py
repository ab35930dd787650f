"""Regenerate the seed tables in seeds/ from the public sources in ../shared/data.

    .venv/bin/python tools/generate_seeds.py            # every generated table
    .venv/bin/python tools/generate_seeds.py cameo countries

Hand-curated tables (quad_classes, agents, actors, country_aliases' curated part) live in
seeds/ directly or as literal tables inside the tools/seeds_*.py modules, with the reasons.
See seeds/README.md for provenance and licences.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seeds_common import shared_data  # noqa: E402

GENERATORS = ("cameo", "countries", "actors", "people", "places")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="*", choices=[*GENERATORS, []], default=[])
    args = parser.parse_args(argv)
    shared = shared_data()
    for name in args.tables or GENERATORS:
        module = __import__(f"seeds_{name}")
        for table, count in module.generate(shared).items():
            print(f"seeds/{table}.csv: {count} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
