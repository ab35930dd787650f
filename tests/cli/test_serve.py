"""`dyadflow serve` starts a Prefect server, registers the deployments and stops cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from dyadflow.cli.serve import read_deployments

pytestmark = pytest.mark.slow


def test_prefect_yaml_schedules(repo_root):
    specs = {spec.name: spec for spec in read_deployments(repo_root / "prefect.yaml")}
    assert specs["feeds"].interval_s == 900 and specs["feeds"].cron is None
    assert specs["feeds"].entrypoint == "flows/pipeline.py:pipeline"
    assert specs["feeds"].parameters == {"feeds_file": "feeds.toml", "export": False}
    assert (specs["build-and-export"].cron, specs["build-and-export"].timezone) == (
        "0 1 * * *", "UTC")
    assert specs["build-and-export"].parameters == {"build": True}


def _server_processes(port: int) -> list[int]:
    """Pids whose command line is a prefect server on `port`."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"server" in cmdline and str(port).encode() in cmdline and any(
                b"prefect" in part for part in cmdline):
            found.append(int(proc.name))
    return found


def test_serve_registers_deployments_and_stops_on_sigint(tmp_path, repo_root):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PREFECT_", "DYADFLOW_"))}
    env.update({"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
                "PREFECT_SERVER_UI_ENABLED": "false"})
    command = [sys.executable, "-c", "import sys; from dyadflow.cli import main; "
               "sys.exit(main())", "serve", "--warehouse", str(tmp_path / "w.duckdb")]
    process = subprocess.Popen(command, cwd=repo_root, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        first = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/api", first)
        assert match, first
        port, api = int(match.group(1)), match.group(0)
        assert str(tmp_path / "prefect") in first  # PREFECT_HOME under the warehouse dir
        names: list[str] = []
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and process.poll() is None:
            try:
                response = httpx.post(f"{api}/deployments/filter", json={}, timeout=5)
                if response.status_code == 200:
                    deployments = response.json()
                    names = sorted(d["name"] for d in deployments)
                    if names == ["build-and-export", "feeds"]:
                        break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        assert names == ["build-and-export", "feeds"], process.poll()
        schedules = {d["name"]: d["schedules"][0]["schedule"] for d in deployments}
        assert schedules["feeds"]["interval"] == 900
        assert schedules["build-and-export"]["cron"] == "0 1 * * *"
        assert schedules["build-and-export"]["timezone"] == "UTC"
        assert _server_processes(port)

        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=60)
        assert process.returncode == 0, output
        assert "stopping the Prefect server" in output
        assert _server_processes(port) == []
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"{api}/health", timeout=2)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
