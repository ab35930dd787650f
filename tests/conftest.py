"""Fixtures shared by the whole suite."""

from __future__ import annotations

import importlib
import os
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture
def tools(monkeypatch):
    """Imports a module of tools/ by name: the tools are scripts, no package, and import
    their siblings from their own folder."""
    monkeypatch.syspath_prepend(str(REPO / "tools"))
    return importlib.import_module


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (or DYADFLOW_SHARED_DATA); tests that need it skip when it is absent."""
    path = Path(os.environ.get("DYADFLOW_SHARED_DATA", REPO.parent / "shared" / "data"))
    if not path.is_dir():
        pytest.skip(f"shared evaluation data not found at {path}")
    return path


@pytest.fixture(scope="session")
def reference():
    from dyadflow.reference import load_reference

    return load_reference()


@pytest.fixture(scope="session")
def demo_articles_dir() -> Path:
    return REPO / "seeds" / "articles"


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # clients that give up (timeouts, size limits) are part of the tests


@pytest.fixture(scope="session")
def serve_http():
    """serve(handler_class) -> base URL of a real HTTP server on 127.0.0.1 (a free port),
    running in a thread until the end of the session."""
    servers: list[QuietServer] = []

    def serve(handler) -> str:
        httpd = QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    yield serve
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()
