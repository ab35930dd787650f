"""Reading seed rows into typed values, with errors that name the table and row."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from dyadflow.errors import InputError


def seed_error(table: str, index: int, problem: str) -> InputError:
    # row index 0 is the first data row; line 1 of the file is the header
    return InputError(problem, file=f"seeds/{table}.csv", line=index + 2)


def required(table: str, index: int, row: Mapping[str, str], column: str) -> str:
    value = (row.get(column) or "").strip()
    if not value:
        raise seed_error(table, index, f"column {column!r} is empty")
    return value


def optional(row: Mapping[str, str], column: str) -> str | None:
    value = (row.get(column) or "").strip()
    return value or None


def optional_float(table: str, index: int, row: Mapping[str, str], column: str) -> float | None:
    value = optional(row, column)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        raise seed_error(table, index, f"column {column!r} is not a number: {value!r}") from None


def optional_date(table: str, index: int, row: Mapping[str, str], column: str) -> date | None:
    value = optional(row, column)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise seed_error(table, index, f"column {column!r} is not a YYYY-MM-DD date: {value!r}") from None
