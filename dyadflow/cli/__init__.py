"""The `dyadflow` command. Each subcommand lives in its own module with a `register` function.

Prefect is imported only by the `run` and `serve` commands, inside their handlers.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from dyadflow import __version__
from dyadflow.errors import DyadflowError
from dyadflow.settings import Settings

# module name under dyadflow.cli, in the order shown by --help
_COMMANDS = ("run", "serve", "code", "explain", "evaluate", "sql", "export", "import_", "plot")


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand takes."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--warehouse",
        type=Path,
        default=None,
        metavar="PATH",
        help="DuckDB warehouse file (env DYADFLOW_WAREHOUSE; default warehouse/dyadflow.duckdb)",
    )
    return parent


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings with CLI flags taking precedence over environment and .env."""
    overrides = {
        key: value
        for key, value in {
            "warehouse": getattr(args, "warehouse", None),
            "workers": getattr(args, "workers", None),
            "spacy_model": getattr(args, "model", None),
        }.items()
        if value is not None
    }
    return Settings(**overrides)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dyadflow",
        description="Code news into CAMEO actor-action-target events and keep them in DuckDB.",
    )
    parser.add_argument("--version", action="version", version=f"dyadflow {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parent = common_options()
    for name in _COMMANDS:
        importlib.import_module(f"dyadflow.cli.{name}").register(subparsers, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except DyadflowError as exc:
        print(f"dyadflow {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `dyadflow code | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
