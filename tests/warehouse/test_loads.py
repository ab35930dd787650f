"""Loads: bulk, one transaction per run, idempotent, re-coding replaces mentions."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dyadflow.errors import DyadflowError
from dyadflow.paths import sql_dir
from dyadflow.records import CodedDocument, Quarantined
from dyadflow.warehouse.db import connect, migrate, migrations
from dyadflow.warehouse.loads import load_run, record_failed_run, select_articles_to_code
from dyadflow.warehouse.models import run_sql_tests
from dyadflow.warehouse.summary import summarize

TABLES = ("articles", "event_mentions", "quarantine", "volumes", "events", "event_links",
          "dyad_day", "dyad_week", "dyad_month", "dyad_month_undirected", "country_month")
# columns that legitimately say when or by which run a row was written
VOLATILE = {"run_id", "ingested_at", "quarantined_at"}


def snapshot(con) -> dict[str, list[tuple]]:
    """Every row of every table (volatile lineage columns left out), sorted."""
    result = {}
    for table in TABLES:
        columns = [r[0] for r in con.execute(f"describe {table}").fetchall()
                   if r[0] not in VOLATILE]
        rows = con.execute(f"select {', '.join(columns)} from {table}").fetchall()
        result[table] = sorted(rows, key=repr)
    return result


def load_demo(make, con, tmp_path: Path, run_id: str, *, recode: bool = False, quarantined=()):
    articles, docs = make.demo_corpus()
    to_code = {a.article_id for a in select_articles_to_code(con, articles, recode=recode)}
    run_dir = make.stage(tmp_path / "staging" / run_id, [d for d in docs if d.doc_id in to_code])
    return load_run(con, run=make.run(run_id, recode=recode), articles=articles,
                    quarantined=list(quarantined), staging_dir=run_dir)


def test_first_load_counts_and_lineage(make, warehouse, tmp_path):
    report = load_demo(make, warehouse, tmp_path, "r1")
    assert (report.n_articles_new, report.n_articles_coded, report.n_mentions_loaded) == (3, 3, 5)
    assert report.n_sentences == 4
    # a1 and a2 report the same JPN->USA 072 on the same day: one event, two articles
    assert report.n_events == 3
    assert report.new_events_by_quad == (1, 1, 0, 1)
    (run,) = warehouse.execute(
        "select status, n_mentions_loaded, coder_version, dictionary_version, new_events_q2 "
        "from runs").fetchall()
    assert run == ("succeeded", 5, "coder-test-1", "dict-test-1", 1)
    jpn_usa = warehouse.execute(
        "select num_mentions, num_articles, num_sources from events "
        "where source_iso3 = 'JPN' and target_iso3 = 'USA'").fetchall()
    assert jpn_usa == [(2, 2, 2)]
    assert run_sql_tests(warehouse) == []


def test_loading_twice_leaves_every_table_the_same(make, warehouse, tmp_path):
    load_demo(make, warehouse, tmp_path, "r1")
    first = snapshot(warehouse)
    second_report = load_demo(make, warehouse, tmp_path, "r2")
    assert second_report.n_articles_coded == 0 and second_report.n_mentions_loaded == 0
    assert snapshot(warehouse) == first
    # re-coding everything with the same coder also leaves the same rows
    recode = load_demo(make, warehouse, tmp_path, "r3", recode=True)
    assert recode.n_mentions_replaced == 5 and recode.n_mentions_loaded == 5
    assert snapshot(warehouse) == first
    statuses = warehouse.execute("select run_id, status from runs order by run_id").fetchall()
    assert statuses == [("r1", "succeeded"), ("r2", "succeeded"), ("r3", "succeeded")]


def test_changed_article_replaces_its_mentions(make, warehouse, tmp_path):
    load_demo(make, warehouse, tmp_path, "r1")
    articles, _ = make.demo_corpus()
    changed = make.article("a3", "Russia withdrew troops from the Ukrainian border.")
    new_articles = [a for a in articles if a.article_id != "a3"] + [changed]
    to_code = select_articles_to_code(warehouse, new_articles, recode=False)
    assert [a.article_id for a in to_code] == ["a3"]
    doc = CodedDocument("a3", 1, 7, (
        make.event("a3", 0, "RUS", "UKR", "0874", quad=2, goldstein=9.0),))
    run_dir = make.stage(tmp_path / "staging" / "r2", [doc])
    report = load_run(warehouse, run=make.run("r2"), articles=new_articles, quarantined=[],
                      staging_dir=run_dir)
    assert (report.n_articles_changed, report.n_mentions_replaced,
            report.n_mentions_loaded) == (1, 2, 1)
    codes = warehouse.execute(
        "select event_code, run_id from event_mentions where article_id = 'a3'").fetchall()
    assert codes == [("0874", "r2")]
    assert report.new_events_by_quad == (0, 1, 0, -1)
    (replaced,) = warehouse.execute(
        "select n_mentions_replaced from runs where run_id = 'r2'").fetchall()
    assert replaced == (2,)
    assert run_sql_tests(warehouse) == []


def test_quarantine_is_kept_once(make, warehouse, tmp_path):
    bad = Quarantined("articles", "in.jsonl", 7, "missing text", '{"id": "x"}')
    load_demo(make, warehouse, tmp_path, "r1", quarantined=[bad])
    load_demo(make, warehouse, tmp_path, "r2", quarantined=[bad])
    rows = warehouse.execute("select file, line, reason, run_id from quarantine").fetchall()
    assert rows == [("in.jsonl", 7, "missing text", "r1")]


def test_failing_model_rolls_back_the_whole_run(make, warehouse, tmp_path):
    load_demo(make, warehouse, tmp_path, "r1")
    before = snapshot(warehouse)
    broken = tmp_path / "sql"
    shutil.copytree(sql_dir(), broken)
    (broken / "marts" / "dyad_month.sql").write_text(
        "create or replace table dyad_month as select no_such_column from int_events\n")
    articles, _ = make.demo_corpus()
    extra = make.article("a4", "Ukraine thanked Japan for the aid.")
    doc = CodedDocument("a4", 1, 6, (make.event("a4", 0, "UKR", "JPN", "041", quad=1,
                                                 goldstein=1.0),))
    run_dir = make.stage(tmp_path / "staging" / "r2", [doc])
    run = make.run("r2")
    with pytest.raises(DyadflowError, match="dyad_month"):
        load_run(warehouse, run=run, articles=[*articles, extra], quarantined=[],
                 staging_dir=run_dir, sql_root=broken)
    assert snapshot(warehouse) == before
    record_failed_run(warehouse, run, "model failed")
    assert warehouse.execute(
        "select status, error from runs where run_id = 'r2'").fetchall() == [
        ("failed", "model failed")]


def test_loads_restore_the_connection_settings(make, warehouse, tmp_path):
    def settings():
        return warehouse.execute(
            "select current_setting('preserve_insertion_order'), "
            "current_setting('disabled_optimizers')").fetchall()

    before = settings()
    load_demo(make, warehouse, tmp_path, "r1")
    assert settings() == before
    broken = tmp_path / "sql"
    (broken / "marts").mkdir(parents=True)
    (broken / "marts" / "broken.sql").write_text(
        "create or replace table broken as select no_such_column from event_mentions\n")
    with pytest.raises(DyadflowError, match="broken"):
        load_run(warehouse, run=make.run("r2"), articles=[], quarantined=[],
                 staging_dir=make.stage(tmp_path / "staging" / "r2", []), sql_root=broken)
    assert settings() == before


def test_bad_shard_rolls_back(make, warehouse, tmp_path):
    load_demo(make, warehouse, tmp_path, "r1")
    before = snapshot(warehouse)
    articles, docs = make.demo_corpus()
    run_dir = make.stage(tmp_path / "staging" / "r2", docs)
    (run_dir / "mentions-00099.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(duckdb.Error):
        load_run(warehouse, run=make.run("r2", recode=True), articles=articles,
                 quarantined=[], staging_dir=run_dir)
    assert snapshot(warehouse) == before


def _rewrite_shard(path: Path, change) -> None:
    pq.write_table(change(pq.read_table(path)), path)


def test_shards_without_mention_ids_are_refused(make, warehouse, tmp_path):
    load_demo(make, warehouse, tmp_path, "r1")
    before = snapshot(warehouse)
    articles, docs = make.demo_corpus()
    run_dir = make.stage(tmp_path / "staging" / "r2", docs)
    shard = run_dir / "mentions-00000.parquet"
    _rewrite_shard(shard, lambda table: table.drop_columns(["mention_id"]))
    with pytest.raises(DyadflowError, match=f"{shard}: staged mentions without a mention_id"):
        load_run(warehouse, run=make.run("r2", recode=True), articles=articles,
                 quarantined=[], staging_dir=run_dir)
    assert snapshot(warehouse) == before


def test_repeated_staged_mention_ids_fail_the_run(make, warehouse, tmp_path):
    articles, docs = make.demo_corpus()
    run_dir = make.stage(tmp_path / "staging" / "r1", docs)
    shard = run_dir / "mentions-00000.parquet"
    _rewrite_shard(shard, lambda table: table.set_column(
        0, "mention_id", pa.array(["same"] * table.num_rows, pa.string())))
    with pytest.raises(DyadflowError, match="unique_keys"):
        load_run(warehouse, run=make.run("r1"), articles=articles, quarantined=[],
                 staging_dir=run_dir)
    assert warehouse.execute("select count(*) from event_mentions").fetchall() == [(0,)]


def test_failing_sql_test_rolls_back(make, warehouse, tmp_path):
    """A mention whose code is not in the codebook fails codes_join_codebook."""
    articles, docs = make.demo_corpus()
    bogus = replace(docs[0], events=(replace(docs[0].events[0], event_code="999",
                                             event_root="99"),))
    run_dir = make.stage(tmp_path / "staging" / "r1", [bogus, *docs[1:]])
    with pytest.raises(DyadflowError, match="codes_join_codebook"):
        load_run(warehouse, run=make.run("r1"), articles=articles, quarantined=[],
                 staging_dir=run_dir)
    assert warehouse.execute("select count(*) from event_mentions").fetchall() == [(0,)]
    assert warehouse.execute("select count(*) from articles").fetchall() == [(0,)]


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "w.duckdb"
    connect(path).close()
    con = connect(path)
    applied = con.execute("select version from schema_migrations order by 1").fetchall()
    assert [v for (v,) in applied] == [m.version for m in migrations()]
    assert migrate(con) == []
    con.close()
    ro = connect(path, read_only=True)
    assert ro.execute("select count(*) from articles").fetchall() == [(0,)]
    ro.close()


def test_dedup_key_is_configurable(make, warehouse, tmp_path):
    articles, docs = make.demo_corpus()
    run_dir = make.stage(tmp_path / "staging" / "r1", docs)
    by_root = load_run(warehouse, run=make.run("r1", dedup_event="root", dedup_actor="iso3"),
                       articles=articles, quarantined=[], staging_dir=run_dir)
    assert by_root.n_events == 3
    codes = {r[0] for r in warehouse.execute("select event_code from events").fetchall()}
    assert codes == {"07", "04", "15"}
    assert run_sql_tests(warehouse) == []


def test_quad_scheme_comes_from_the_seed_table(make, warehouse, tmp_path):
    articles, docs = make.demo_corpus()
    run_dir = make.stage(tmp_path / "staging" / "r1", docs)
    load_run(warehouse, run=make.run("r1", quad_scheme="phoenix"), articles=articles,
             quarantined=[], staging_dir=run_dir)
    expected = dict(warehouse.execute(
        "select code_prefix, cast(quad_class as integer) from seed_quad_classes "
        "where scheme = 'phoenix'").fetchall())
    for code, quad in warehouse.execute("select event_code, quad_class from events").fetchall():
        prefix = max((p for p in expected if code.startswith(p)), key=len)
        assert quad == expected[prefix]
    with pytest.raises(DyadflowError, match="quad scheme"):
        load_run(warehouse, run=make.run("r2", quad_scheme="nonesuch", recode=True),
                 articles=articles, quarantined=[], staging_dir=run_dir)


def test_summary_counts_and_top_dyads(make, warehouse, tmp_path):
    load_demo(make, warehouse, tmp_path, "r1")
    summary = summarize(warehouse, top=2)
    assert (summary.articles, summary.sentences, summary.event_mentions, summary.events) == (
        3, 4, 5, 3)
    assert summary.mentions_by_origin == (("dyadflow", 5),)
    first = summary.top_dyads[0]
    assert len(summary.top_dyads) == 2
    assert first.n_events == 1
    assert {(d.source_iso3, d.target_iso3) for d in summary.top_dyads} <= {
        ("JPN", "USA"), ("USA", "JPN"), ("RUS", "UKR")}
    jpn = [d for d in summarize(warehouse).top_dyads if d.source_iso3 == "JPN"]
    # the event's Goldstein score is the codebook's, not the mentions'
    ((g072,),) = warehouse.execute(
        "select cast(goldstein as double) from seed_cameo_codes where code = '072'").fetchall()
    assert jpn[0].n_material_coop == 1 and jpn[0].goldstein_sum == pytest.approx(g072)
    assert "JPN -> USA" in summarize(warehouse).as_text()


def test_series_are_zero_filled_over_each_dyads_span(make, warehouse, tmp_path):
    from datetime import date
    article = make.article("z1", "Japan and the United States met twice.")
    doc = CodedDocument("z1", 3, 9, (
        make.event("z1", 0, "JPN", "USA", "040", quad=1, goldstein=1.0, day=date(2024, 3, 4)),
        make.event("z1", 1, "JPN", "USA", "190", quad=4, goldstein=-10.0, day=date(2024, 3, 7)),
        make.event("z1", 2, "JPN", "USA", "040", quad=1, goldstein=1.0, day=date(2024, 5, 2)),
    ))
    run_dir = make.stage(tmp_path / "staging" / "r1", [doc])
    load_run(warehouse, run=make.run("r1"), articles=[article], quarantined=[],
             staging_dir=run_dir)
    days = warehouse.execute(
        "select day, n_events, n_verbal_coop, n_material_conflict, net_cooperation, "
        "goldstein_mean from dyad_day where day < date '2024-03-08' order by day").fetchall()
    assert days == [
        (date(2024, 3, 4), 1, 1, 0, 1, 1.0),
        (date(2024, 3, 5), 0, 0, 0, 0, None),
        (date(2024, 3, 6), 0, 0, 0, 0, None),
        (date(2024, 3, 7), 1, 0, 1, -1, -10.0),
    ]
    months = warehouse.execute(
        "select month_start, n_events, n_root_04, n_root_19, goldstein_sum "
        "from dyad_month order by 1").fetchall()
    assert months == [(date(2024, 3, 1), 2, 1, 1, -9.0), (date(2024, 4, 1), 0, 0, 0, 0.0),
                      (date(2024, 5, 1), 1, 1, 0, 1.0)]
    assert warehouse.execute("select count(*) from dyad_day").fetchall() == [(60,)]
    # ISO weeks from Monday 2024-03-04 to the week of 2024-05-02 (Monday 2024-04-29)
    weeks = warehouse.execute(
        "select count(*), count(distinct week_start), sum(n_events), min(week_start), "
        "max(week_start) from dyad_week").fetchall()
    assert weeks == [(9, 9, 3, date(2024, 3, 4), date(2024, 4, 29))]
    assert warehouse.execute(
        "select count(*), sum(n_sent) from country_month where iso3 = 'JPN'").fetchall() == [
        (3, 3)]
    assert run_sql_tests(warehouse) == []


def test_the_same_mention_twice_gets_two_stable_ids(make, warehouse, tmp_path):
    article = make.article("d1", "Japan supplied missiles to the United States.")
    event = make.event("d1", 0, "JPN", "USA", "072", quad=2, goldstein=8.3)
    run_dir = make.stage(tmp_path / "staging" / "r1", [CodedDocument("d1", 1, 7, (event, event))])
    load_run(warehouse, run=make.run("r1"), articles=[article], quarantined=[],
             staging_dir=run_dir)
    first = sorted(warehouse.execute("select mention_id from event_mentions").fetchall())
    assert len(set(first)) == 2
    load_run(warehouse, run=make.run("r2", recode=True), articles=[article], quarantined=[],
             staging_dir=run_dir)
    assert sorted(warehouse.execute("select mention_id from event_mentions").fetchall()) == first


def test_mention_id_is_the_md5_of_its_identifying_fields(make, warehouse, tmp_path):
    # the documented id: md5 of the '|'-joined identifying fields (empty for null), so ids
    # stay the same across dyadflow and DuckDB versions; a repeat adds '#<ordinal>'
    event = make.event("d1", 0, "JPN", "USA", "072", quad=2, goldstein=8.3, sector=None)
    run_dir = make.stage(tmp_path / "staging" / "r1", [CodedDocument("d1", 1, 7, (event, event))])
    load_run(warehouse, run=make.run("r1"), articles=[make.article("d1", "Japan ...")],
             quarantined=[], staging_dir=run_dir)
    key = "|".join(["d1", "0", "10", "13", "072", "0", "3", "20", "23", "JPN", "USA", "07-test"])
    expected = {hashlib.md5(key.encode()).hexdigest(),
                hashlib.md5(f"{key}#2".encode()).hexdigest()}
    assert {r[0] for r in warehouse.execute("select mention_id from event_mentions").fetchall()} \
        == expected


def test_runs_row_times_the_whole_run(make, warehouse, tmp_path):
    """duration_s runs from the run's start (before coding), not from the load's; the
    coder's speed comes from the coding time the caller gives."""
    from datetime import UTC, datetime, timedelta

    articles, docs = make.demo_corpus()
    run = replace(make.run("r1"), started_at=datetime.now(UTC) - timedelta(seconds=90))
    report = load_run(warehouse, run=run, articles=articles, quarantined=[],
                      staging_dir=make.stage(tmp_path / "staging" / "r1", docs),
                      coding_seconds=2.0)
    ((duration, per_second),) = warehouse.execute(
        "select duration_s, sentences_per_s from runs").fetchall()
    assert 90 <= duration < 90 + 60
    assert per_second == report.n_sentences / 2.0
    # without a coding time: sentences over the whole run
    run2 = replace(make.run("r2", recode=True),
                   started_at=datetime.now(UTC) - timedelta(seconds=40))
    load_run(warehouse, run=run2, articles=articles, quarantined=[],
             staging_dir=make.stage(tmp_path / "staging" / "r2", docs))
    ((duration, per_second),) = warehouse.execute(
        "select duration_s, sentences_per_s from runs where run_id = 'r2'").fetchall()
    assert 40 <= duration < 40 + 60
    assert per_second == pytest.approx(report.n_sentences / duration, abs=0.01)


def test_an_unknown_publisher_counts_as_no_source(make, warehouse, tmp_path):
    from dyadflow.warehouse.models import build_models

    load_demo(make, warehouse, tmp_path, "r1")
    warehouse.execute("update articles set source = null")
    warehouse.execute("update event_mentions set publisher = null")
    build_models(warehouse)
    assert warehouse.execute("select max(num_sources), min(num_articles) from events"
                             ).fetchall() == [(0, 1)]
