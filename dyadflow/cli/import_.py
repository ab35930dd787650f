"""`dyadflow import gdelt|icews|acled FILE...`: other event datasets into the warehouse."""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from dyadflow.cli import settings_from


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[parent],
        help="import GDELT, ICEWS or ACLED event files into the warehouse",
        description=(
            "Map event files into event_mentions with origin gdelt, icews or acled (country "
            "codes to ISO3 via seeds/countries.csv), in one transaction, then rebuild the "
            "models: GDELT 1.0/2.0 event files (tab-separated, 57/58/61 columns, .zip "
            "accepted), ICEWS .tab files, ACLED CSV exports. Unusable rows go to the "
            "quarantine table with file, line and reason. Re-importing a file changes nothing."
        ),
        epilog="example: dyadflow import icews events.2018.tab; "
               "dyadflow sql \"select * from dyad_month where origin = 'icews' limit 5\"",
    )
    parser.add_argument("format", choices=("gdelt", "icews", "acled"), help="file format")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="event files")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.warehouse.db import connect
    from dyadflow.warehouse.imports import import_files
    from dyadflow.warehouse.loads import RunInfo, record_failed_run

    settings = settings_from(args)
    con = connect(settings.warehouse)
    started = datetime.now(UTC)
    try:
        try:
            report = import_files(con, args.format, args.files)
        except Exception as exc:
            record_failed_run(con, RunInfo(
                run_id=f"import-{args.format}-{started:%Y%m%dT%H%M%S}-failed",
                flow=f"import:{args.format}", started_at=started,
                parameters={"files": [str(f) for f in args.files]}), exc)
            raise
        reasons = Counter(r[0] for r in con.execute(
            "select reason from quarantine where run_id = ?", [report.run_id]).fetchall())
    finally:
        con.close()
    print(f"{report.origin}: read {report.n_rows_read:,} rows from {len(report.files)} file(s); "
          f"loaded {report.n_mentions_loaded:,} mentions "
          f"({report.n_mentions_replaced:,} replaced), quarantined {report.n_quarantined:,}; "
          f"{report.n_events:,} deduplicated events in the warehouse (run {report.run_id})")
    for reason, n in reasons.most_common(5):
        print(f"  quarantined {n:>6,} x {reason}")
    return 0
