"""seeds/actors.csv, agents.csv, people.csv and places.csv: well formed and consistent."""

from __future__ import annotations

import re
from datetime import date

import pycountry
import pytest

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED", "BUS", "EDU", "HLH",
           "REF", "NGO", "SPY", "LAB", "AGR", "REL", "CRM", "ENV", "HRI", "DEV", "IGO", "PTY", "RAD"}


@pytest.fixture(scope="module")
def iso3s(reference):
    return {r["iso3"] for r in reference.rows("countries")}


def test_actors(reference, iso3s):
    rows = reference.rows("actors")
    assert len({r["actor_id"] for r in rows}) >= 150
    for row in rows:
        assert row["alias"].strip() == row["alias"] and row["alias"]
        assert re.fullmatch(r"[A-Z]{3,12}", row["cameo_code"]), row
        assert row["iso3"] == "" or row["iso3"] in iso3s, row
        assert row["sector"] == "" or row["sector"] in SECTORS, row
        assert row["kind"] in {"igo", "ngo", "armed_group", "company", "media", "military",
                               "intelligence", "police", "legislature", "government", "party", "religion",
                               "ethnic"}, row
        assert row["case"] in {"any", "exact", "word"}
        if row["iso3"]:
            assert row["cameo_code"][:3] in {row["iso3"], "IGO", "IMG", "NGO", "KSV"}, row


@pytest.mark.parametrize(
    "actor_id",
    ["un", "nato", "eu", "au", "asean", "opec", "imf", "worldbank", "who", "icc", "icrc", "arableague",
     "g7", "g20", "hamas", "hezbollah", "taliban_insurgency", "isis", "shabaab", "bokoharam", "houthis",
     "wagner", "kyodo", "reuters", "ap", "mhi", "lockheed", "rtx", "jsdf"],
)
def test_required_actors_present(reference, actor_id):
    assert any(r["actor_id"] == actor_id for r in reference.rows("actors"))


def test_agents(reference):
    rows = reference.rows("agents")
    phrases = [r["phrase"] for r in rows]
    assert len(phrases) == len(set(phrases))
    assert all(r["sector"] in SECTORS for r in rows)
    for needed in ("ministry", "government", "military", "troops", "forces", "police", "court",
                   "parliament", "opposition", "rebels", "protesters", "media", "business",
                   "hospital", "refugees", "ngo", "intelligence"):
        assert needed in phrases


def test_people(reference, iso3s):
    rows = reference.rows("people")
    for row in rows:
        assert row["iso3"] in iso3s or (row["iso3"] == "" and row["actor_code"]), row
        assert row["role"] in {"head_of_state", "head_of_government", "foreign_minister",
                               "defence_minister", "igo_head"}, row
        start = date.fromisoformat(row["start_date"]) if row["start_date"] else None
        end = date.fromisoformat(row["end_date"]) if row["end_date"] else None
        if start and end:
            assert start <= end, row


@pytest.mark.parametrize(
    "iso3",
    ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
     "SAU", "ZAF", "TUR", "GBR", "USA", "UKR", "ISR", "IRN"],
)
def test_g20_and_ukraine_have_current_leaders(reference, iso3):
    rows = [r for r in reference.rows("people") if r["iso3"] == iso3 and r["source"] == "curated"]
    heads = [r for r in rows if r["role"] in {"head_of_state", "head_of_government"}]
    assert any(r["start_date"] >= "2015" or r["end_date"] == "" for r in heads)


def test_lloyd_austin(reference):
    rows = [r for r in reference.rows("people") if r["alias"] == "Lloyd Austin"]
    assert [(r["iso3"], r["sector"], r["start_date"], r["end_date"]) for r in rows] == [
        ("USA", "GOV", "2021-01-22", "2025-01-20")
    ]


def test_places(reference, iso3s):
    rows = reference.rows("places")
    subdivisions = {s.code for s in pycountry.subdivisions}
    for row in rows:
        assert row["iso3"] in iso3s
        assert row["kind"] in {"capital", "city", "subdivision", "region"}
        assert row["source"]
        if row["kind"] == "subdivision":
            assert row["admin1"] in subdivisions
    names = {(r["name"], r["admin1"]) for r in rows}
    assert ("Donetsk", "UA-14") in names and ("Chihuahua", "MX-CHH") in names


def test_people_belong_to_states_not_territories(reference):
    # a territory with its own CAMEO code (Bermuda, Aruba) has its own premiers; one that
    # CAMEO codes as its state (Mayotte is FRA) must not take the state's leaders
    own_code = {r["iso3"]: r["cameo_code"] == r["iso3"] or r["kind"] != "territory"
                for r in reference.rows("countries")}
    assert all(own_code[r["iso3"]] for r in reference.rows("people") if r["iso3"])


@pytest.mark.parametrize(("name", "iso3"), [("Lyon", "FRA"), ("Marseille", "FRA"), ("Manchester", "GBR"),
                                            ("Osaka", "JPN"), ("Haifa", "ISR"), ("Aleppo", "SYR")])
def test_cities_of_states_with_territories(reference, name, iso3):
    rows = [r for r in reference.rows("places") if r["name"] == name and r["kind"] == "city"]
    assert [r["iso3"] for r in rows] == [iso3]
