"""`dyadflow code` (placeholder during development: the owning helper replaces this file)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("code", parents=[parent], help="(not built yet)")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    raise SystemExit("dyadflow code: not built yet")
