"""Imports of GDELT, ICEWS and ACLED files into the same mentions table."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from dyadflow.cli import main
from dyadflow.errors import InputError
from dyadflow.warehouse.imports import import_files
from dyadflow.warehouse.models import run_sql_tests

FIXTURES = Path(__file__).parent / "fixtures"


def rows(con, sql, params=()):
    return con.execute(sql, list(params)).fetchall()


def test_gdelt_2_and_1_files(warehouse):
    report = import_files(warehouse, "gdelt", [FIXTURES / "gdelt2_sample.export.CSV",
                                               FIXTURES / "gdelt1_historical.tsv",
                                               FIXTURES / "gdelt1_daily.export.CSV"])
    assert (report.n_rows_read, report.n_mentions_loaded, report.n_quarantined) == (7, 5, 2)
    got = rows(warehouse, "select origin_event_id, source_iso3, target_iso3, event_code, "
                          "quad_class, goldstein, location_iso3, source_url from event_mentions "
                          "order by origin_event_id")
    assert got[:3] == [
        ("1037435398", "USA", "UKR", "072", 2, 7.4, "UKR", "https://news.example/us-aid-ukraine"),
        ("1037435399", "RUS", "UKR", "190", 4, -10.0, "UKR", "https://news.example/fighting"),
        # no actor country -> null, CAMEO 'KSV' -> XKX, FIPS 'GM' -> DEU (not ISO2 'DE')
        ("1037435400", None, "XKX", "040", 1, 1.0, "DEU", "https://news.example/talks"),
    ]
    # 57-column historical file: no SOURCEURL; FIPS JA -> JPN
    assert ("312345678", "JPN", "USA", "036", 1, 4.0, "JPN", None) in got
    reasons = rows(warehouse, "select line, reason from quarantine order by line")
    assert reasons[0][0] == 4 and "not in the CAMEO codebook" in reasons[0][1]
    assert reasons[1][0] == 5 and "expected 61 columns" in reasons[1][1]
    assert run_sql_tests(warehouse) == []
    gdelt_view = rows(warehouse, "select Actor1CountryCode, Actor2CountryCode, EventRootCode, "
                                 "QuadClass, ActionGeo_CountryCode from gdelt_events "
                                 "where EventCode = '072'")
    assert gdelt_view == [("USA", "UKR", "07", 2, "UP")]


def test_reimport_changes_nothing_and_zip_is_read(warehouse, tmp_path):
    archive = tmp_path / "20220313.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FIXTURES / "gdelt2_sample.export.CSV", "20220313.export.CSV")
    import_files(warehouse, "gdelt", [archive])
    before = rows(warehouse, "select * exclude (run_id) from event_mentions order by 1")
    quarantined = rows(warehouse, "select count(*) from quarantine")
    again = import_files(warehouse, "gdelt", [archive])
    assert again.n_mentions_replaced == again.n_mentions_loaded == 3
    assert rows(warehouse, "select * exclude (run_id) from event_mentions order by 1") == before
    assert rows(warehouse, "select count(*) from quarantine") == quarantined


def test_icews_names_become_iso3(warehouse):
    report = import_files(warehouse, "icews", [FIXTURES / "icews_small.tab"])
    assert (report.n_rows_read, report.n_mentions_loaded, report.n_quarantined) == (5, 3, 2)
    got = rows(warehouse, "select origin_event_id, source_iso3, target_iso3, event_code, "
                          "article_id, publisher from event_mentions order by 1")
    assert got[2] == ("9000003", "RUS", "UKR", "130", "icews:71000003", "Wire One")
    reasons = [r for (r,) in rows(warehouse, "select reason from quarantine order by line")]
    assert "'Atlantis' is not a known country name" in reasons[0]
    assert "unreadable date '2019-02-31'" in reasons[1]
    # two stories on the same day, same dyad and code: one event, two articles and sources
    assert rows(warehouse, "select num_mentions, num_articles, num_sources from events "
                           "where event_code = '013'") == [(2, 2, 2)]


def test_acled_maps_types_to_cameo(warehouse):
    report = import_files(warehouse, "acled", [FIXTURES / "acled_small.csv"])
    assert (report.n_mentions_loaded, report.n_quarantined) == (3, 1)
    got = {r[0]: r[1:] for r in rows(
        warehouse, "select origin_event_id, event_code, source_iso3, target_iso3, "
                   "location_iso3, acled_sub_event_type, date_precision from event_mentions")}
    assert got["UKR1001"] == ("19", "RUS", "UKR", "UKR", "Armed clash", "day")
    assert got["UKR1002"] == ("195", "RUS", "UKR", "UKR", "Air/drone strike", "day")
    assert got["IND2001"] == ("14", "IND", None, "IND", "Peaceful protest", "week")
    (reason,) = rows(warehouse, "select reason from quarantine")
    assert "Strategic developments" in reason[0]


def test_bad_file_is_an_input_error(warehouse, tmp_path):
    bad = tmp_path / "not_icews.tab"
    bad.write_text("a\tb\n1\t2\n")
    with pytest.raises(InputError, match="missing columns"):
        import_files(warehouse, "icews", [bad])
    with pytest.raises(InputError, match="no such file"):
        import_files(warehouse, "gdelt", [tmp_path / "missing.CSV"])


def test_icews_sample_appears_in_dyad_month(shared_data, tmp_path, capsys):
    sample = shared_data / "icews-sample" / "icews_events_2018_sample.tab"
    path = str(tmp_path / "w.duckdb")
    assert main(["import", "icews", str(sample), "--warehouse", path]) == 0
    assert "icews: read 3,705 rows" in capsys.readouterr().out
    assert main(["sql", "--warehouse", path, "--format", "csv",
                 "select sum(n_events), count(distinct source_iso3) from dyad_month "
                 "where origin = 'icews' and month_start = date '2018-06-01'"]) == 0
    total, sources = capsys.readouterr().out.splitlines()[1].split(",")
    assert int(total) > 1000 and int(sources) > 50
    assert main(["sql", "--warehouse", path, "--format", "csv",
                 "select count(*) from runs where status = 'succeeded'"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "1"
    # every country name of the sample ("Occupied Palestinian Territory", catalogue forms
    # such as "Korea, Republic of") resolves: nothing is quarantined
    assert main(["sql", "--warehouse", path, "--format", "csv",
                 "select count(*) from quarantine"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "0"
