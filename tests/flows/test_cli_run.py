"""`dyadflow run` end to end in-process (under the session's Prefect test harness)."""

from __future__ import annotations

import contextlib
import io
import os
import re

import duckdb

import pytest

from dyadflow.cli import main

ENV_KEYS = ("PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED", "DO_NOT_TRACK",
            "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "PREFECT_LOGGING_LEVEL",
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")


@pytest.fixture
def restore_env(monkeypatch):
    """The handler sets Prefect's variables in os.environ; put them back afterwards."""
    for key in ENV_KEYS:
        if key in os.environ:
            monkeypatch.setenv(key, os.environ[key])
        else:
            monkeypatch.setenv(key, "")
            monkeypatch.delenv(key)


def _main_printing(argv: list[str]) -> tuple[int, str]:
    """`dyadflow ARGV` and what it printed. Only stdout is redirected: pytest's capsys/capfd
    would hand Prefect's log handler a stream that is closed after the test, breaking
    logging in every later flow test."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(argv)
    return code, buffer.getvalue()


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness", "restore_env")
def test_run_prints_the_summary_and_sets_up_prefect(demo_articles_dir, tmp_path):
    warehouse = tmp_path / "wh" / "dyadflow.duckdb"
    code, out = _main_printing(["run", str(demo_articles_dir), "--warehouse", str(warehouse),
                                "--no-export", "--workers", "1", "--top", "3"])
    assert code == 0
    assert "5 articles read (5 new, 0 changed, 5 coded)" in out
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        ((mentions, events),) = con.execute(
            "select (select count(*) from event_mentions), (select count(*) from events)"
        ).fetchall()
    finally:
        con.close()
    assert mentions > 0
    assert re.search(rf"^event mentions:\s+{mentions}$", out, re.M)
    assert re.search(rf"^events \(dedup\.\):\s+{events}$", out, re.M)
    assert re.search(r"^articles:\s+5$", out, re.M)
    assert "Parquet exports" not in out
    assert os.environ["PREFECT_HOME"] == str((tmp_path / "wh" / "prefect").resolve())
    assert os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert os.environ["DO_NOT_TRACK"] == "1"


@pytest.mark.usefixtures("restore_env")
@pytest.mark.parametrize(
    "argv, message",
    [
        (["run"], "give a PATH, --feed URL or --feeds-file"),
        (["run", "no/such/dir"], "no/such/dir: no such file or directory"),
    ],
)
def test_run_rejects_missing_input_before_starting_prefect(argv, message, capsys, tmp_path,
                                                           monkeypatch):
    monkeypatch.delenv("DYADFLOW_FEEDS_FILE", raising=False)
    assert main([*argv, "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "prefect").exists()


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness", "restore_env")
def test_run_feed_runs_the_pipeline_once_on_one_feed(feed_server, tmp_path):
    warehouse = tmp_path / "wh" / "dyadflow.duckdb"
    code, out = _main_printing(["run", "--feed", f"{feed_server}/world.xml", "--warehouse",
                                str(warehouse), "--no-export"])
    assert code == 0
    assert "2 articles read (2 new, 0 changed, 2 coded), 1 newly quarantined" in out
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select url, last_status from feed_state").fetchall() == [
            (f"{feed_server}/world.xml", "ok")]
    finally:
        con.close()
