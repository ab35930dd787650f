"""The flows on the demo articles, under the Prefect test harness, with real DuckDB files."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def test_pipeline_codes_loads_and_exports_the_demo(demo_run, query):
    warehouse, first, exports = demo_run
    assert first.load.n_articles_seen == 5 and first.load.n_articles_coded == 5
    assert first.coding.documents == 5 and first.coding.sentences == first.load.n_sentences > 50
    assert first.load.n_mentions_loaded == first.coding.events > 0
    assert first.summary.articles == 5 and first.summary.event_mentions == first.coding.events
    # the demo's core event: Japan supplies Patriot missiles to the United States
    assert query(warehouse, "select count(*) from event_mentions where source_iso3 = 'JPN' "
                 "and target_iso3 = 'USA' and event_root in ('03', '07')")[0][0] > 0
    # boilerplate never became sentences or events
    assert query(warehouse, "select count(*) from event_mentions where sentence_text "
                 "ilike '%Erdogan%' or sentence_text ilike '%min read%' "
                 "or sentence_text ilike '%Related Posts%'")[0][0] == 0
    # the exported Parquet reads back
    assert first.exported_to == str(exports)
    files = sorted(exports.rglob("*.parquet"))
    assert files and sum(pl.read_parquet(p).height for p in files) > 0
    run = query(warehouse, "select run_id, status, n_articles_coded, n_sentences, "
                "sentences_per_s, duration_s from runs")
    assert len(run) == 1 and run[0][:4] == (first.run_id, "succeeded", 5, first.coding.sentences)
    assert run[0][4] > 0 and run[0][5] > 0
    # no staging shards are left once a run is loaded
    assert not any((warehouse.parent / "staging").glob("*/*.parquet"))


def test_run_report_artifact_is_written(demo_run):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    result = demo_run[1]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["dyadflow-run-report"])))
    reports = [a.data for a in artifacts if result.run_id in (a.data or "")]
    assert len(reports) == 1
    report = reports[0]
    assert "| articles coded | 5 |" in report
    assert f"| sentences coded | {result.load.n_sentences} |" in report
    assert "## New deduplicated events per quad class" in report
    assert "material cooperation" in report


def test_rerun_changes_nothing_and_recode_gives_the_same_rows(demo_articles_dir, demo_copy,
                                                             table_rows, query):
    from flows.pipeline import pipeline

    before = table_rows(demo_copy)
    second = pipeline(path=str(demo_articles_dir), warehouse=str(demo_copy), export=False)
    assert second.load.n_articles_coded == 0 and second.coding.documents == 0
    assert second.load.n_mentions_loaded == 0 and second.load.new_events_by_quad == (0, 0, 0, 0)
    assert table_rows(demo_copy) == before

    again = pipeline(path=str(demo_articles_dir), warehouse=str(demo_copy), export=False,
                     recode=True)
    assert again.load.n_articles_coded == 5
    assert again.load.n_mentions_replaced == again.load.n_mentions_loaded > 0
    assert table_rows(demo_copy) == before
    assert [r for (r,) in query(demo_copy, "select status from runs")] == ["succeeded"] * 3


def test_changed_article_is_recoded_and_bad_records_are_quarantined(tmp_path, warehouse,
                                                                   query):
    from flows.pipeline import pipeline

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Japan supplied Patriot missiles to the United States.\n",
                                  encoding="utf-8")
    (folder / "b.jsonl").write_text('{"id": "b1", "text": "Russia amassed troops near '
                                    'Ukraine."}\nnot json\n', encoding="utf-8")
    first = pipeline(path=str(folder), warehouse=str(warehouse), export=False)
    assert (first.load.n_articles_coded, first.load.n_quarantined) == (2, 1)
    assert query(warehouse, "select file, line, reason from quarantine") == [
        (str(folder / "b.jsonl"), 2, "invalid JSON: Expecting value (column 1)")]

    (folder / "a.txt").write_text("Japan supplied Patriot missiles to the United States.\n\n"
                                  "The United States imposed sanctions on Russia.\n",
                                  encoding="utf-8")
    second = pipeline(path=str(folder), warehouse=str(warehouse), export=False)
    assert (second.load.n_articles_changed, second.load.n_articles_coded) == (1, 1)
    assert second.load.n_quarantined == 0  # the same bad line is not quarantined twice
    assert query(warehouse, "select count(*) from quarantine")[0][0] == 1


def test_a_failed_step_fails_the_run_records_it_and_changes_nothing(
        demo_articles_dir, demo_copy, tmp_path, table_rows, query):
    from flows.pipeline import pipeline

    before = table_rows(demo_copy)
    folder = tmp_path / "more"
    shutil.copytree(demo_articles_dir, folder)
    (folder / "new.txt").write_text("Norway sent aid to Sudan.\n", encoding="utf-8")
    # a file where the staging directory must go: the coding step cannot write its shards
    (demo_copy.parent / "staging").write_text("in the way", encoding="utf-8")
    with pytest.raises(OSError):
        pipeline(path=str(folder), warehouse=str(demo_copy), export=False)
    assert table_rows(demo_copy) == before
    status, error = query(demo_copy, "select status, error from runs order by started_at "
                          "desc limit 1")[0]
    assert status == "failed" and "staging" in error


def test_step_flows_in_sequence_match_the_pipeline(demo_articles_dir, demo_run, warehouse,
                                                   tmp_path, table_rows, query):
    from flows.build import build
    from flows.code import code
    from flows.export import export
    from flows.ingest import ingest

    stored = ingest(path=str(demo_articles_dir), warehouse=str(warehouse))
    assert stored == {"articles": 5, "new": 5, "changed": 0, "quarantined": 0}
    assert query(warehouse, "select count(*) from articles where coded_hash is null")[0][0] == 5
    coded = code(warehouse=str(warehouse))
    assert coded["articles"] == 5 and coded["mentions"] > 0
    assert code(warehouse=str(warehouse))["articles"] == 0  # nothing pending any more
    build(warehouse=str(warehouse))
    out = export(warehouse=str(warehouse), out_dir=str(tmp_path / "out"), build=True)
    assert list(Path(out).rglob("*.parquet"))
    assert table_rows(warehouse)["event_mentions"] == table_rows(demo_run[0])["event_mentions"]
    flows = [f for (f,) in query(warehouse, "select flow from runs order by started_at")]
    assert flows == ["ingest", "code", "code", "build", "build"]


def test_feeds_run_saves_state_and_survives_a_broken_feed(feed_server, warehouse, query):
    from flows.pipeline import pipeline

    feeds = [f"{feed_server}/world.xml", f"{feed_server}/broken.xml",
             f"{feed_server}/missing.xml"]
    first = pipeline(feed_urls=feeds, warehouse=str(warehouse), export=False)
    assert first.load.n_articles_coded == 2
    assert sorted(query(warehouse, "select article_id, source, published_at is not null "
                        "from articles")) == [("world-1", "Fixture World Desk", True),
                                              ("world-2", "Fixture World Desk", True)]
    assert "2 min read" not in query(warehouse, "select text from articles where "
                                     "article_id = 'world-1'")[0][0]
    reasons = sorted(r for (r,) in query(warehouse, "select reason from quarantine"))
    assert len(reasons) == 3
    assert any("malformed or unsafe XML" in r for r in reasons)
    assert any("HTTP 404" in r for r in reasons)
    assert any("no guid, id or link" in r for r in reasons)
    states = dict(query(warehouse, "select url, last_status from feed_state"))
    assert states == {feeds[0]: "ok", feeds[1]: "error", feeds[2]: "error"}
    assert query(warehouse, "select etag from feed_state where url = ?",
                 [feeds[0]]) == [('"demo-1"',)]

    second = pipeline(feed_urls=feeds[:1], warehouse=str(warehouse), export=False)
    assert second.load.n_articles_seen == 0  # 304 Not Modified: nothing fetched again
    assert query(warehouse, "select last_status from feed_state where url = ?",
                 [feeds[0]]) == [("not_modified",)]


def test_dask_task_runner_splits_coding_into_shards_one_writer_loads(
        demo_articles_dir, demo_run, warehouse, table_rows, query):
    """The many-machines path, locally: a Dask cluster codes batches of articles as
    separate tasks writing separate shards; one load task writes DuckDB."""
    from prefect_dask import DaskTaskRunner

    from flows.pipeline import pipeline

    # threads keep the test fast; `dyadflow run --cluster local` uses worker processes
    runner = DaskTaskRunner(cluster_class="distributed.LocalCluster",
                            cluster_kwargs={"n_workers": 2, "threads_per_worker": 1,
                                            "processes": False, "dashboard_address": ":0"})
    result = pipeline.with_options(task_runner=runner)(
        path=str(demo_articles_dir), warehouse=str(warehouse), export=False,
        distributed=True, articles_per_task=2)
    assert result.coding.shards == 3 and result.coding.documents == 5
    assert table_rows(warehouse)["event_mentions"] == table_rows(demo_run[0])["event_mentions"]
