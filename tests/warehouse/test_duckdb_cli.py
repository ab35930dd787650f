"""The warehouse file opens in the plain DuckDB CLI (issue 5: `duckdb FILE -c ...`).

The CLI is the `duckdb-cli` package of the test extra; it is an older DuckDB release than
the Python package, so this checks both the storage format and that every stored view's SQL
parses in that release (views are kept as SQL text and re-parsed by the reader).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dyadflow.warehouse.db import connect
from dyadflow.warehouse.loads import load_run

CLI = Path(sys.executable).parent / "duckdb"


def run_cli(database: Path, sql: str) -> str:
    done = subprocess.run([str(CLI), "-readonly", "-csv", str(database), "-c", sql],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, f"duckdb CLI failed on {sql!r}: {done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def built_warehouse(make, tmp_path_factory) -> Path:
    if not CLI.exists():
        pytest.skip(f"no DuckDB CLI at {CLI} (install the test extra: duckdb-cli)")
    root = tmp_path_factory.mktemp("cli")
    path = root / "dyadflow.duckdb"
    articles, docs = make.demo_corpus()
    con = connect(path)
    load_run(con, run=make.run("r1"), articles=articles, quarantined=[],
             staging_dir=make.stage(root / "staging", docs))
    con.close()
    return path


def test_cli_reads_dyad_month(built_warehouse):
    out = run_cli(built_warehouse, "select * from dyad_month limit 5").splitlines()
    assert out[0].split(",")[:3] == ["origin", "source_iso3", "target_iso3"]
    # the demo: one month per dyad, each with its deduplicated events
    rows = sorted(tuple(line.split(",")[1:4]) + (line.split(",")[6],) for line in out[1:])
    assert rows == [("JPN", "USA", "2024-03-01", "1"), ("RUS", "UKR", "2024-04-01", "1"),
                    ("USA", "JPN", "2024-03-01", "1")]


def test_cli_reads_events_and_gdelt_view(built_warehouse):
    events = run_cli(built_warehouse, "select source_iso3, target_iso3, event_code, num_mentions "
                                      "from events order by 1, 2").splitlines()
    assert events[1:] == ["JPN,USA,072,2", "RUS,UKR,154,2", "USA,JPN,040,1"]
    gdelt = run_cli(built_warehouse, "select Actor1CountryCode, Actor2CountryCode, EventCode, "
                                     "NumMentions from gdelt_events order by 1").splitlines()
    assert gdelt[1:] == ["JPN,USA,072,2", "RUS,UKR,154,2", "USA,JPN,040,1"]


def test_every_view_parses_in_the_cli(built_warehouse):
    con = connect(built_warehouse, read_only=True)
    views = [r[0] for r in con.execute(
        "select view_name from duckdb_views() where not internal order by 1").fetchall()]
    con.close()
    assert {"dyad_day", "dyad_week", "gdelt_events", "int_mentions_keyed"} <= set(views)
    for view in views:
        run_cli(built_warehouse, f'select count(*) from "{view}"')
