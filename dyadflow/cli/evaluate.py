"""`dyadflow evaluate`: score the coder against the gold sets in a data directory."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "evaluate", parents=[parent],
        help="score the coder on the PETR2 GSR, PLOVER GSR and ConfliBERT CAMEO test sets",
        description="Code every gold sentence and print precision, recall and F1 per set and "
                    "per root (scoring rules: docs/evaluation.md); write a JSON report.")
    parser.add_argument("--data", type=Path, required=True, metavar="DIR",
                        help="directory holding plover-gsr/, petrarch-validation/ and "
                             "conflibert-cameo/ (e.g. ../shared/data)")
    parser.add_argument("--report", type=Path, default=Path("warehouse/evaluation.json"),
                        metavar="FILE", help="JSON report (default warehouse/evaluation.json)")
    parser.add_argument("--sets", default="petr2,plover,conflibert",
                        help="comma-separated sets to score: petr2, plover, conflibert "
                             "(default: all)")
    parser.add_argument("--markdown", type=Path, default=None, metavar="FILE",
                        help="also write the headline table as Markdown")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="coder processes (default: settings, DYADFLOW_WORKERS)")
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline to use instead of the bundled one")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.cli import settings_from
    from dyadflow.errors import InputError
    from dyadflow.evaluation.report import format_markdown, format_table, write_json
    from dyadflow.evaluation.runner import evaluate
    from dyadflow.resources import coder_version, load_coder

    if not args.data.is_dir():
        raise InputError("evaluation data directory not found", file=str(args.data))
    settings = settings_from(args)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    coder = load_coder(args.model)
    report = evaluate(coder, args.data, sets=sets, workers=max(1, settings.workers or 1),
                      coder_version=coder_version(coder))
    write_json(report, args.report)  # first, so a closed stdout pipe cannot lose it
    if args.markdown is not None:
        args.markdown.write_text(format_markdown(report) + "\n", encoding="utf-8")
    print(format_table(report))
    print(f"report written to {args.report}")
    return 0
