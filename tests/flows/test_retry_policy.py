"""I/O tasks retry transient errors but never bad input, which would fail the same way."""

from __future__ import annotations

import pytest
from prefect.states import Completed, Failed

from dyadflow.errors import DyadflowError, InputError
from flows.common import retry_unless_user_error


@pytest.mark.parametrize(
    "error, retried",
    [
        (OSError("database is locked"), True),
        (TimeoutError("slow disk"), True),
        (InputError("no such file", file="x.txt"), False),
        (DyadflowError("SQL tests failed"), False),
    ],
)
def test_retry_condition(error, retried):
    assert retry_unless_user_error(None, None, Failed(data=error)) is retried


def test_completed_state_is_not_retried():
    assert retry_unless_user_error(None, None, Completed(data=1)) is False
