"""The SQL tests in sql/tests pass on good data and catch each kind of bad data."""

from __future__ import annotations

import pytest

from dyadflow.paths import sql_dir
from dyadflow.warehouse.db import connect
from dyadflow.warehouse.models import build_models, discover_models, run_sql_tests

GOOD = [  # mention_id, article_id, source, target, code, root, quad, day
    ("m1", "a1", "JPN", "USA", "072", "07", 2, "2024-03-04"),
    ("m2", "a2", "JPN", "USA", "072", "07", 2, "2024-03-04"),
    ("m3", "a2", "USA", "JPN", "040", "04", 1, "2024-03-09"),
    ("m4", "a3", "RUS", "UKR", "190", "19", 4, "2024-05-01"),
    ("m5", "a3", "RUS", None, "111", "11", 3, None),
]


def warehouse(path, change: str | None = None):
    """A warehouse holding GOOD (after `change`, if any) with its models built."""
    con = connect(path)
    con.executemany(
        "insert into event_mentions (mention_id, article_id, origin, source_iso3, target_iso3, "
        "source_code, target_code, event_code, event_root, quad_class, event_date, run_id) "
        "values (?, ?, 'dyadflow', ?, ?, ?, ?, ?, ?, ?, ?, 'r1')",
        [[m, a, s, t, s, t, c, r, q, d] for m, a, s, t, c, r, q, d in GOOD])
    if change:
        con.execute(change)
    build_models(con)
    return con


@pytest.fixture
def con(tmp_path):
    con = warehouse(tmp_path / "w.duckdb")
    yield con
    con.close()


def failing(con) -> set[str]:
    return {f.name for f in run_sql_tests(con)}


def test_good_data_passes_and_models_are_layered(con):
    assert failing(con) == set()
    models = discover_models()
    assert [m.layer for m in models] == sorted(
        (m.layer for m in models), key=("staging", "intermediate", "marts").index)
    for model in models:
        assert model.sql.lstrip().startswith("-- grain:"), f"{model.path}: no grain comment"
    assert len(list((sql_dir() / "tests").glob("*.sql"))) >= 6


@pytest.mark.parametrize(("change", "test"), [
    ("insert into event_mentions (mention_id, article_id, origin, event_code, event_root, "
     "quad_class, run_id) values ('m1', 'a9', 'dyadflow', '040', '04', 1, 'r1')", "unique_keys"),
    ("update event_mentions set quad_class = 7 where mention_id = 'm3'", "accepted_values"),
    ("update event_mentions set event_root = '05' where mention_id = 'm3'", "accepted_values"),
    ("update event_mentions set target_iso3 = 'XXX' where mention_id = 'm4'",
     "iso3_join_countries"),
    ("update event_mentions set event_code = '0999', event_root = '09' "
     "where mention_id = 'm4'", "codes_join_codebook"),
])
def test_bad_mentions_are_caught(tmp_path, change, test):
    con = warehouse(tmp_path / "w.duckdb", change)
    try:
        assert test in failing(con)
    finally:
        con.close()


def test_totals_that_disagree_are_caught(con):
    con.execute("update dyad_month set n_verbal_coop = n_verbal_coop + 1 "
                "where source_iso3 = 'USA'")
    assert failing(con) == {"totals_agree"}


def test_null_keys_are_caught(con):
    con.execute("update country_month set iso3 = null where iso3 = 'UKR'")
    assert "not_null_keys" in failing(con)
