"""Parquet export: round trip, manifest hashes, codebook from the JSON Schemas, filters."""

from __future__ import annotations

import json
from datetime import date

import polars as pl
import pytest

from dyadflow.cli import main
from dyadflow.errors import InputError
from dyadflow.warehouse.export import (
    DEFAULT_TABLES,
    export_parquet,
    export_schemas,
    verify_manifest,
)


def read_table(out, table):
    return pl.read_parquet(out / table / "**" / "*.parquet", hive_partitioning=True)


def test_round_trip_and_manifest(loaded, tmp_path):
    out = tmp_path / "exports"
    report = export_parquet(loaded, out, tables=[*DEFAULT_TABLES, "event_mentions"])
    assert report.tables["events"] == 3
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["run_ids"] == ["r1"]
    assert manifest["coder_versions"] == ["coder-test-1"]
    assert set(manifest["licences"]) == {"dyadflow"}
    for table, entry in manifest["tables"].items():
        frame = read_table(out, table)
        # every row and every column comes back, with the warehouse's values
        assert frame.height == entry["rows"] == loaded.execute(
            f"select count(*) from {table}").fetchall()[0][0]
        assert sorted(frame.columns) == sorted(c["name"] for c in entry["columns"])
    events = read_table(out, "events").sort("event_date")
    wh = loaded.execute("select event_id, event_code, num_mentions from events "
                        "order by event_date, event_id").fetchall()
    assert sorted(events.select("event_id", "event_code", "num_mentions").rows()) == sorted(wh)
    assert (out / "events" / "year=2024" / "month=3").is_dir()
    assert "sentence_text" not in read_table(out, "event_mentions").columns
    assert verify_manifest(out) == []
    # the check can fail: a changed byte is reported
    first = out / manifest["tables"]["dyad_month"]["files"][0]["path"]
    first.write_bytes(first.read_bytes() + b"\0")
    assert any("sha256" in p for p in verify_manifest(out))
    assert not list(tmp_path.glob(".exports.tmp-*"))


def test_codebook_documents_every_exported_column(loaded, tmp_path):
    out = tmp_path / "exports"
    export_parquet(loaded, out, tables=[*DEFAULT_TABLES, "event_mentions"])
    codebook = (out / "CODEBOOK.md").read_text()
    schemas = export_schemas()
    for table in [*DEFAULT_TABLES, "event_mentions"]:
        frame = read_table(out, table)
        for column in frame.columns:
            assert column in schemas[table].columns, f"{table}.{column} undocumented"
            assert f"| `{column}` |" in codebook
        assert f"## `{table}`" in codebook


def test_since_until_and_replacing_an_export(loaded, tmp_path):
    out = tmp_path / "exports"
    export_parquet(loaded, out)
    report = export_parquet(loaded, out, tables=["events", "dyad_month"],
                            since=date(2024, 4, 1), until=date(2024, 4, 30))
    assert report.tables == {"events": 1, "dyad_month": 1}
    assert sorted(p.name for p in out.iterdir()) == [
        "CODEBOOK.md", "dyad_month", "events", "manifest.json"]
    assert read_table(out, "dyad_month")["source_iso3"].to_list() == ["RUS"]
    with pytest.raises(InputError):
        export_parquet(loaded, out, tables=["articles"])


def test_acled_rows_left_out_unless_asked(loaded, tmp_path):
    loaded.execute(
        "insert into event_mentions (mention_id, article_id, origin, event_code, event_root, "
        "quad_class, source_iso3, target_iso3, event_date, run_id) values "
        "('acled:X1', 'acled:X1', 'acled', '190', '19', 4, 'RUS', 'UKR', '2024-04-19', 'imp')")
    from dyadflow.warehouse.models import build_models
    build_models(loaded)
    out = tmp_path / "exports"
    report = export_parquet(loaded, out)
    assert report.warnings and "ACLED" in report.warnings[0]
    assert "acled" not in read_table(out, "events")["origin"].to_list()
    assert "acled" not in json.loads((out / "manifest.json").read_text())["licences"]
    report = export_parquet(loaded, out, include_acled=True)
    assert "acled" in read_table(out, "dyad_month")["origin"].to_list()


def test_cli_sql_and_export(loaded, tmp_path, capsys):
    path = loaded.execute("select path from duckdb_databases() where database_name = "
                          "current_database()").fetchall()[0][0]
    loaded.close()
    assert main(["sql", "--warehouse", path, "--format", "json",
                 "select source_iso3, target_iso3, n_material_coop from dyad_month "
                 "where source_iso3 = 'JPN'"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"source_iso3": "JPN", "target_iso3": "USA", "n_material_coop": 1}]
    assert main(["sql", "--warehouse", path, "select count(*) as n from events"]) == 0
    assert capsys.readouterr().out.splitlines()[2].strip() == "3"
    assert main(["sql", "--warehouse", path, "delete from articles"]) == 2
    assert "read-only" in capsys.readouterr().err.lower()
    assert main(["export", "--warehouse", path, "--out", str(tmp_path / "x"),
                 "--tables", "dyad_month"]) == 0
    assert verify_manifest(tmp_path / "x") == []
