"""Fixtures of the flow tests: one Prefect test harness for the session (it takes several
seconds to start), a fresh warehouse per test, and a local feed server."""

from __future__ import annotations

import os
import shutil
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb
import pytest

FIXTURES = Path(__file__).with_name("fixtures")

# every table a run writes (runs gains one row per run: that is its purpose)
DATA_TABLES = ("articles", "event_mentions", "quarantine", "volumes", "feed_state", "events",
               "dyad_month")


@pytest.fixture(scope="session")
def prefect_harness():
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["DO_NOT_TRACK"] = "1"
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def demo_run(prefect_harness, tmp_path_factory, demo_articles_dir):
    """(warehouse, first pipeline result, exports dir) of one pipeline run on the demo,
    shared by the tests that only read it or work on a copy of it."""
    from flows.pipeline import pipeline

    root = tmp_path_factory.mktemp("demo")
    warehouse, exports = root / "dyadflow.duckdb", root / "exports"
    result = pipeline(path=str(demo_articles_dir), warehouse=str(warehouse),
                      exports_dir=str(exports))
    return warehouse, result, exports


@pytest.fixture
def demo_copy(demo_run, tmp_path) -> Path:
    """A private copy of the demo warehouse, to run more flows on."""
    copy = tmp_path / "wh" / "dyadflow.duckdb"
    copy.parent.mkdir()
    shutil.copy(demo_run[0], copy)
    return copy


@pytest.fixture
def warehouse(tmp_path) -> Path:
    return tmp_path / "wh" / "dyadflow.duckdb"


def _table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of the data tables, sorted, with run-specific columns removed."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = {}
        for table in DATA_TABLES:
            columns = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_name = ? "
                "order by ordinal_position", [table]).fetchall()]
            kept = [c for c in columns
                    if c not in ("run_id", "ingested_at", "quarantined_at", "last_fetched_at")]
            rows[table] = sorted(
                con.execute(f"select {', '.join(kept)} from {table}").fetchall(), key=repr)
        return rows
    finally:
        con.close()


def _query(path: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def table_rows():
    """table_rows(path) -> every row of the data tables, without run-specific columns."""
    return _table_rows


@pytest.fixture(scope="session")
def query():
    """query(path, sql, params) -> all rows, on a read-only connection."""
    return _query


class FeedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    etag = '"demo-1"'

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        name = self.path.lstrip("/")
        file = FIXTURES / name
        if not file.is_file():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.headers.get("If-None-Match") == self.etag:
            self.send_response(304)
            self.send_header("ETag", self.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("ETag", self.etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def feed_server(serve_http):
    return serve_http(FeedHandler)
