"""`dyadflow export`: Parquet of the events and series, with manifest.json and CODEBOOK.md."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from dyadflow.cli import settings_from
from dyadflow.errors import InputError


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[parent],
        help="write Parquet of events and dyadic series with a manifest and codebook",
        description=(
            "Write hive-partitioned Parquet (year=/month=, zstd) of the warehouse's tables, "
            "manifest.json (row counts, column types, sha256 per file, coder and dictionary "
            "versions, run ids, licences) and CODEBOOK.md. The export appears in place only "
            "when complete. Rows imported from ACLED are left out unless --include-acled."
        ),
    )
    parser.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help="export directory (default: <warehouse dir>/exports)")
    parser.add_argument("--since", type=_date, default=None, metavar="YYYY-MM-DD",
                        help="only periods ending on or after this date")
    parser.add_argument("--until", type=_date, default=None, metavar="YYYY-MM-DD",
                        help="only periods starting on or before this date")
    parser.add_argument("--tables", default=None, metavar="A,B",
                        help="comma-separated tables (default: events, event_links, dyad_day, "
                             "dyad_week, dyad_month, dyad_month_undirected, country_month; "
                             "event_mentions is also available)")
    parser.add_argument("--include-acled", action="store_true",
                        help="keep rows imported from ACLED (its terms forbid redistribution)")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.warehouse.db import connect
    from dyadflow.warehouse.export import export_parquet

    settings = settings_from(args)
    tables = None
    if args.tables is not None:
        tables = [t.strip() for t in args.tables.split(",") if t.strip()]
        if not tables:
            raise InputError("--tables names no table")
    out = args.out or settings.exports_dir()
    con = connect(settings.warehouse, read_only=True)
    try:
        report = export_parquet(con, out, tables=tables, since=args.since, until=args.until,
                                include_acled=args.include_acled)
    finally:
        con.close()
    for note in report.warnings:
        print(f"dyadflow export: warning: {note}", file=sys.stderr)
    if args.include_acled:
        print("dyadflow export: warning: ACLED rows included; ACLED's terms forbid "
              "redistributing them", file=sys.stderr)
    for table, rows in report.tables.items():
        print(f"{table:<24}{rows:>10,} rows")
    print(f"wrote {report.out_dir} (manifest.json, CODEBOOK.md)")
    return 0
