"""What every flow shares: settings from parameters, the retry policy and run ids."""

from __future__ import annotations

import uuid
from pathlib import Path

from prefect.runtime import flow_run

from dyadflow.errors import DyadflowError
from dyadflow.settings import Settings

# I/O tasks retry with growing pauses; pure computation never retries.
IO_RETRIES = 2
IO_RETRY_DELAYS = [1, 5]


def retry_unless_user_error(task, task_run, state) -> bool:
    """Retry an I/O task on transient errors (locks, network), never on bad input or data,
    which would fail the same way again."""
    try:
        state.result()
    except DyadflowError:
        return False
    except Exception:
        return True
    return False


def settings_for(warehouse: str | None = None, **overrides) -> Settings:
    """Settings (env, .env, defaults) with the flow's explicit parameters on top."""
    chosen = {k: v for k, v in overrides.items() if v is not None}
    if warehouse is not None:
        chosen["warehouse"] = Path(warehouse)
    return Settings(**chosen)


def current_run_id() -> str:
    """The Prefect flow run id (so warehouse lineage links to the Prefect UI), else a uuid."""
    return str(flow_run.get_id() or uuid.uuid4())
