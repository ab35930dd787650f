"""`dyadflow run`: the whole pipeline once (read, code, load, build, export, summary).

Runs the Prefect `pipeline` flow in ephemeral mode: no server to start, telemetry off,
Prefect's state under `<warehouse dir>/prefect` (PREFECT_HOME). Those variables must be set
before prefect is first imported, so prefect and the flows are imported inside the handler.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dyadflow.errors import InputError
from dyadflow.settings import Settings


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "run",
        parents=[parent],
        help="read, code, load, build, export and summarize (the pipeline flow)",
        description=(
            "Run the pipeline once on PATH (a file or directory of .txt/.jsonl/.json/.csv "
            "articles) and/or news feeds: code new or changed articles, load them into the "
            "DuckDB warehouse in one transaction, rebuild the SQL models and tests, export "
            "Parquet and print a summary. Unchanged articles are not coded again."
        ),
    )
    parser.add_argument("path", nargs="?", type=Path, help="article file or directory")
    parser.add_argument("--feed", action="append", metavar="URL", dest="feeds",
                        help="read this RSS/Atom feed (repeatable)")
    parser.add_argument("--feeds-file", type=Path, metavar="TOML",
                        help="read the feeds listed in this file (env DYADFLOW_FEEDS_FILE)")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="processes coding articles (env DYADFLOW_WORKERS; default 1)")
    parser.add_argument("--recode", action="store_true",
                        help="code every article again, changed or not")
    parser.add_argument("--no-export", dest="export", action="store_false",
                        help="skip the Parquet export")
    parser.add_argument("--out", type=Path, metavar="DIR",
                        help="export directory (default <warehouse dir>/exports)")
    parser.add_argument("--model", metavar="NAME_OR_PATH",
                        help="spaCy pipeline instead of the bundled one (env DYADFLOW_SPACY_MODEL)")
    parser.add_argument(
        "--cluster", metavar="local|ADDRESS",
        help="code on a Dask cluster: 'local' starts a LocalCluster of --workers processes; "
             "tcp://HOST:PORT uses a running scheduler (needs prefect-dask)")
    parser.add_argument("--top", type=int, default=10, metavar="N",
                        help="directed dyads shown in the summary (default 10)")
    parser.set_defaults(handler=_handle)


def prepare_prefect_environment(settings: Settings) -> Path:
    """Environment for an ephemeral, private, silent Prefect: set before importing prefect."""
    home = settings.prefect_home_dir().resolve()
    home.mkdir(parents=True, exist_ok=True)
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["DO_NOT_TRACK"] = "1"
    os.environ["PREFECT_SERVER_ALLOW_EPHEMERAL_MODE"] = "true"
    # A fresh PREFECT_HOME migrates Prefect's SQLite first; on a busy machine that takes
    # longer than Prefect's default 20 s and the run would fail before it starts.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    # Flow and task logs would bury the summary; PREFECT_LOGGING_LEVEL=INFO shows them.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    return home


def _dask_runner(cluster: str, workers: int):
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:  # an optional extra
        raise InputError("--cluster needs prefect-dask: pip install 'dyadflow[dask]'") from exc
    if cluster == "local":
        return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                              cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": ":0"})
    return DaskTaskRunner(address=cluster)


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.cli import settings_from

    overrides = {"feeds_file": args.feeds_file} if args.feeds_file else {}
    settings = settings_from(args)
    if overrides:
        settings = settings.model_copy(update=overrides)
    if args.path is None and not args.feeds and settings.feeds_file is None:
        raise InputError("give a PATH, --feed URL or --feeds-file (or DYADFLOW_FEEDS_FILE)")
    if args.path is not None and not args.path.exists():
        raise InputError("no such file or directory", file=str(args.path))
    prepare_prefect_environment(settings)

    from flows.pipeline import pipeline  # imports prefect: only now, with the env set

    flow = pipeline
    if args.cluster:
        flow = pipeline.with_options(task_runner=_dask_runner(args.cluster, settings.workers))
    result = flow(
        path=str(args.path) if args.path is not None else None,
        feed_urls=args.feeds,
        feeds_file=str(settings.feeds_file) if settings.feeds_file else None,
        warehouse=str(settings.warehouse),
        workers=settings.workers,
        recode=args.recode,
        export=args.export,
        exports_dir=str(args.out) if args.out else None,
        model=settings.spacy_model,
        distributed=bool(args.cluster),
        show_progress=sys.stderr.isatty(),
        top=args.top,
    )
    load, coding = result.load, result.coding
    print(f"run {result.run_id}: {load.n_articles_seen} articles read "
          f"({load.n_articles_new} new, {load.n_articles_changed} changed, "
          f"{load.n_articles_coded} coded), {load.n_quarantined} newly quarantined; "
          f"{coding.sentences} sentences coded at {coding.sentences_per_second:.0f}/s; "
          f"{result.seconds:.1f} s")
    if result.exported_to:
        print(f"Parquet exports: {result.exported_to}")
    print(f"warehouse: {settings.warehouse}")
    print()
    print(result.summary.as_text())
    return 0
