"""Per-feed conditional-GET state, kept in the warehouse table `feed_state`.

The table comes from migration `schemas/migrations/900_feed_state.sql`, applied by
`dyadflow.warehouse.db.connect` like every other migration.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from dyadflow.readers.feeds import FeedState

_COLUMNS = ("url", "etag", "last_modified", "last_status", "last_fetched_at", "last_error",
            "n_items")


def load_feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, FeedState]:
    """url -> last saved state (empty before the first feed run or on an old warehouse)."""
    exists = con.execute(
        "select count(*) from information_schema.tables where table_name = 'feed_state'"
    ).fetchall()[0][0]
    if not exists:
        return {}
    rows = con.execute(f"select {', '.join(_COLUMNS)} from feed_state").fetchall()
    return {row[0]: FeedState(*row) for row in rows}


def save_feed_states(con: duckdb.DuckDBPyConnection, states: Iterable[FeedState]) -> int:
    """Insert or replace the state of each feed, in one transaction; returns the count."""
    rows = [[getattr(state, column) for column in _COLUMNS] for state in states]
    if not rows:
        return 0
    placeholders = ", ".join("?" for _ in _COLUMNS)
    con.execute("begin transaction")
    try:
        con.executemany(f"insert or replace into feed_state ({', '.join(_COLUMNS)}) "
                        f"values ({placeholders})", rows)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return len(rows)
