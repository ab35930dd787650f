"""Dyad plots: the series behind the picture, and a real PNG written with Agg."""

from __future__ import annotations

import struct
from datetime import date

import pytest

from dyadflow.cli import main
from dyadflow.errors import InputError
from dyadflow.records import CodedDocument
from dyadflow.warehouse.loads import load_run
from dyadflow.warehouse.plot import dyad_series, plot_dyad


def test_series_and_png(loaded, tmp_path):
    series = dyad_series(loaded, "jpn", "usa", freq="day")
    assert series.periods == (date(2024, 3, 4),)
    assert series.counts["n_material_coop"] == (1,)
    out = plot_dyad(loaded, "JPN", "USA", out=tmp_path / "p" / "jpn_usa.png", freq="month")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 1000 and height > 700  # 200 dpi, paper-sized
    with pytest.raises(InputError, match="no events from USA to RUS"):
        plot_dyad(loaded, "USA", "RUS", out=tmp_path / "none.png")


def test_cli_plot(loaded, tmp_path, capsys):
    path = loaded.execute("select path from duckdb_databases() where database_name = "
                          "current_database()").fetchall()[0][0]
    loaded.close()
    out = tmp_path / "rus_ukr.png"
    assert main(["plot", "RUS", "UKR", "--freq", "week", "-o", str(out),
                 "--warehouse", path]) == 0
    assert out.stat().st_size > 10_000


def test_undated_events_are_counted_and_drawn(make, warehouse, tmp_path):
    article = make.article("u1", "Japan supplied missiles to the United States.", published=None)
    doc = CodedDocument("u1", 1, 7, (make.event("u1", 0, "JPN", "USA", "072", quad=2,
                                                 goldstein=8.3, day=None),))
    run_dir = make.stage(tmp_path / "staging" / "r1", [doc])
    load_run(warehouse, run=make.run("r1"), articles=[article], quarantined=[],
             staging_dir=run_dir)
    rows = warehouse.execute("select month_start, n_material_coop from dyad_month").fetchall()
    assert rows == [(None, 1)]
    series = dyad_series(warehouse, "JPN", "USA")
    assert series.periods == () and series.undated["n_material_coop"] == 1
    out = plot_dyad(warehouse, "JPN", "USA", out=tmp_path / "undated.png")
    assert out.read_bytes()[:4] == b"\x89PNG"
