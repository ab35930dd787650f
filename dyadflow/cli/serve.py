"""`dyadflow serve`: run the scheduled deployments of prefect.yaml on this machine.

Starts `prefect server start` on 127.0.0.1 (a free port, its own process group), waits
until its API is healthy, points this process at it (PREFECT_API_URL), and serves the
deployments with `prefect.serve` (no work pool or worker needed: served deployments run as
subprocesses of this command). A scheduler needs a real server: `flow.serve(cron=...)` in
ephemeral mode never schedules anything. On SIGINT or SIGTERM, serving stops first (its
schedules are paused), then the server is terminated and waited for.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from dyadflow.errors import DyadflowError, InputError
from dyadflow.settings import Settings

_CHECKOUT = Path(__file__).resolve().parents[2]
SERVER_STARTUP_TIMEOUT_S = 180.0  # a fresh PREFECT_HOME migrates its database first


@dataclass(frozen=True, slots=True)
class DeploymentSpec:
    """One deployment of prefect.yaml, as far as serving it needs."""

    name: str
    entrypoint: str  # "flows/pipeline.py:pipeline"
    parameters: dict[str, Any] = field(default_factory=dict)
    interval_s: float | None = None
    cron: str | None = None
    timezone: str | None = None
    description: str | None = None
    concurrency_limit: int | None = None


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "serve",
        parents=[parent],
        help="serve the scheduled deployments (feeds every 15 min, build+export daily)",
        description=(
            "Start a local Prefect server on 127.0.0.1 and serve the deployments of "
            "prefect.yaml (feeds every 15 minutes; build and export daily at 01:00 UTC) "
            "until interrupted. Ctrl-C stops serving, then stops the server."
        ),
    )
    parser.add_argument("--config", type=Path, default=_CHECKOUT / "prefect.yaml",
                        metavar="YAML", help="deployments file (default: the checkout's)")
    parser.add_argument("--feeds-file", type=Path, metavar="TOML",
                        help="feeds for the feeds deployment (env DYADFLOW_FEEDS_FILE; "
                             "default: the feeds_file parameter of prefect.yaml)")
    parser.add_argument("--port", type=int, default=0,
                        help="Prefect server port on 127.0.0.1 (default: a free port)")
    parser.set_defaults(handler=_handle)


def read_deployments(path: Path) -> list[DeploymentSpec]:
    """The deployments of a prefect.yaml, with their schedules."""
    import yaml  # PyYAML comes with prefect

    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise InputError("deployments file not found", file=str(path)) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", file=str(path)) from exc
    specs = []
    for number, entry in enumerate(document.get("deployments") or [], start=1):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("entrypoint"):
            raise InputError(f"deployment number {number} needs a name and an entrypoint",
                             file=str(path))
        schedules = entry.get("schedules") or []
        if len(schedules) > 1:
            raise InputError(f"deployment {entry['name']!r}: dyadflow serve supports one "
                             "schedule per deployment", file=str(path))
        schedule = schedules[0] if schedules else {}
        specs.append(DeploymentSpec(
            name=entry["name"],
            entrypoint=entry["entrypoint"],
            parameters=dict(entry.get("parameters") or {}),
            interval_s=schedule.get("interval"),
            cron=schedule.get("cron"),
            timezone=schedule.get("timezone"),
            description=entry.get("description"),
            concurrency_limit=entry.get("concurrency_limit"),
        ))
    if not specs:
        raise InputError("no deployments found", file=str(path))
    return specs


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_environment(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    home = settings.prefect_home_dir().resolve()
    home.mkdir(parents=True, exist_ok=True)
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_UI_ENABLED": env.get("PREFECT_SERVER_UI_ENABLED", "true"),
    })
    env.pop("PREFECT_API_URL", None)  # the server must not try to reach another server
    return env


def start_server(env: dict[str, str], port: int) -> subprocess.Popen:
    """`prefect server start` in its own process group, so a terminal's Ctrl-C reaches only
    this command, which then stops the server in the right order."""
    prefect = Path(sys.executable).with_name("prefect")
    command = [str(prefect) if prefect.exists() else "prefect", "server", "start",
               "--host", "127.0.0.1", "--port", str(port), "--analytics-off"]
    return subprocess.Popen(command, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_healthy(process: subprocess.Popen, api_url: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
            error = error[-2000:]
            raise DyadflowError(f"prefect server exited with {process.returncode}: {error}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise DyadflowError(f"prefect server at {api_url} not healthy after {timeout_s:.0f} s")


def stop_server(process: subprocess.Popen, timeout_s: float = 30.0) -> None:
    """SIGTERM the server's process group, then SIGKILL whatever is left after timeout_s."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except ProcessLookupError:
            pass
    else:  # already gone: still reap the group's stragglers, if any
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if process.stderr:
        process.stderr.close()


def to_runner_deployments(specs: list[DeploymentSpec], base: Path,
                          feeds_file: Path | None) -> list:
    """`RunnerDeployment`s of the specs (imports prefect: call after the env is set)."""
    from prefect.schedules import Cron, Interval

    deployments = []
    for spec in specs:
        path, _, name = spec.entrypoint.partition(":")
        # "flows/pipeline.py" is the installed module flows.pipeline: importing it by name
        # gives Prefect the module path it records for the runs it starts
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        flow = getattr(module, name)
        parameters = dict(spec.parameters)
        if "feeds_file" in parameters:
            chosen = feeds_file or base / parameters["feeds_file"]
            parameters["feeds_file"] = str(Path(chosen).resolve())
        schedules = []
        if spec.cron:
            schedules.append(Cron(spec.cron, timezone=spec.timezone or "UTC"))
        if spec.interval_s:
            schedules.append(Interval(spec.interval_s))
        deployments.append(flow.to_deployment(
            name=spec.name, parameters=parameters, schedules=schedules or None,
            description=spec.description, concurrency_limit=spec.concurrency_limit))
    return deployments


def _raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.cli import settings_from

    settings = settings_from(args)
    feeds_file = args.feeds_file or settings.feeds_file
    specs = read_deployments(args.config)
    env = server_environment(settings)
    port = args.port or free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    server = start_server(env, port)
    # SIGTERM (e.g. from a service manager) shuts down like Ctrl-C
    previous = signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        print(f"starting Prefect server on {api_url} (PREFECT_HOME={env['PREFECT_HOME']})",
              flush=True)
        wait_until_healthy(server, api_url, SERVER_STARTUP_TIMEOUT_S)
        os.environ.update({k: env[k] for k in ("PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED",
                                               "DO_NOT_TRACK")})
        os.environ["PREFECT_API_URL"] = api_url
        # served runs are subprocesses: they find the warehouse through the environment
        os.environ["DYADFLOW_WAREHOUSE"] = str(settings.warehouse.resolve())

        import prefect  # only now: prefect reads PREFECT_API_URL when imported

        deployments = to_runner_deployments(specs, args.config.resolve().parent, feeds_file)
        print(f"serving {', '.join(spec.name for spec in specs)}; Ctrl-C to stop", flush=True)
        prefect.serve(*deployments, limit=1)  # one run at a time: DuckDB has one writer
    except KeyboardInterrupt:
        pass
    finally:
        print("stopping the Prefect server", flush=True)
        stop_server(server)
        signal.signal(signal.SIGTERM, previous)
    return 0
