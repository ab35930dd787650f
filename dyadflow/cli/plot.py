"""`dyadflow plot SOURCE TARGET`: a directed dyad's cooperation/conflict series as a PNG."""

from __future__ import annotations

import argparse
from pathlib import Path

from dyadflow.cli import settings_from


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "plot",
        parents=[parent],
        help="plot a directed dyad's events per quad class and net Goldstein score",
        description=(
            "Draw the deduplicated events from SOURCE to TARGET (ISO3 codes) per period, "
            "stacked by quad class, above the net Goldstein score, as a PNG."
        ),
        epilog="example: dyadflow plot JPN USA --freq month -o jpn_usa.png",
    )
    parser.add_argument("source", metavar="SOURCE", help="ISO3 of the source country, e.g. JPN")
    parser.add_argument("target", metavar="TARGET", help="ISO3 of the target country, e.g. USA")
    parser.add_argument("--freq", choices=("day", "week", "month"), default="month",
                        help="period of the series (default: month)")
    parser.add_argument("--origin", default=None,
                        help="dyadflow, gdelt, icews or acled (default: dyadflow when it has "
                             "events for the dyad, else the origin with the most)")
    parser.add_argument("-o", "--out", type=Path, default=None, metavar="FILE",
                        help="PNG to write (default: <SOURCE>_<TARGET>_<freq>.png)")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.warehouse.db import connect
    from dyadflow.warehouse.plot import plot_dyad

    settings = settings_from(args)
    out = args.out or Path(f"{args.source.upper()}_{args.target.upper()}_{args.freq}.png")
    con = connect(settings.warehouse, read_only=True)
    try:
        path = plot_dyad(con, args.source, args.target, out=out, freq=args.freq,
                         origin=args.origin)
    finally:
        con.close()
    print(f"wrote {path}")
    return 0
