"""`dyadflow sql "QUERY"`: read-only SQL on the warehouse, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

import duckdb

from dyadflow.cli import settings_from
from dyadflow.errors import InputError

_MAX_CELL = 60


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "sql",
        parents=[parent],
        help="run a read-only SQL query on the warehouse",
        description=(
            "Run one SQL query on the warehouse, opened read-only, and print the result. "
            "Tables: articles, event_mentions, runs, quarantine, volumes; models: events, "
            "event_links, dyad_day, dyad_week, dyad_month, dyad_month_undirected, "
            "country_month, gdelt_events (see docs/warehouse.md)."
        ),
        epilog="example: dyadflow sql \"select * from dyad_month where source_iso3 = 'JPN'\"",
    )
    parser.add_argument("query", help="the SQL query")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="output format (default: table)")
    parser.set_defaults(handler=_handle)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    text = str(_plain(value))
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def write_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def write_result(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str,
                 out: TextIO) -> None:
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
    elif fmt == "json":
        records = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
        json.dump(records, out, ensure_ascii=False, default=str, indent=1)
        out.write("\n")
    else:
        write_table(columns, rows, out)


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.warehouse.db import connect

    settings = settings_from(args)
    con = connect(settings.warehouse, read_only=True)
    try:
        cursor = con.execute(args.query)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    except duckdb.Error as exc:
        raise InputError(f"query failed: {exc}", file=str(settings.warehouse)) from exc
    finally:
        con.close()
    write_result(columns, rows, args.format, sys.stdout)
    return 0
