"""The one place where identifiers are quoted for SQL (values always go in as parameters)."""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def quote_identifier(name: str) -> str:
    """`name` as a DuckDB identifier: double-quoted, embedded quotes doubled."""
    if not name or "\0" in name:
        raise ValueError(f"invalid SQL identifier {name!r}")
    return '"' + name.replace('"', '""') + '"'


def plain_identifier(name: str) -> str:
    """`name` if it is a plain identifier (letters, digits, underscore), else ValueError.

    Used for names derived from files (seed tables, models), so a stray file name can never
    turn into SQL.
    """
    if not _PLAIN.fullmatch(name):
        raise ValueError(f"not a plain SQL identifier: {name!r}")
    return name


def quote_literal_path(path: str) -> str:
    """A file path as a SQL string literal, for statements that cannot take parameters (COPY)."""
    return "'" + str(path).replace("'", "''") + "'"
