"""seeds/countries.csv, country_aliases.csv and regions.csv: complete and consistent."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pycountry
import pytest

from dyadflow.normalize._matcher import phrase_key

# Both share a demonym with a larger neighbour ("Congolese" -> COD, "Dominican" -> DOM).
SHARED_DEMONYM = {"COG", "DMA"}


@pytest.fixture(scope="module")
def countries(reference):
    return reference.rows("countries")


@pytest.fixture(scope="module")
def aliases(reference):
    return reference.rows("country_aliases")


def test_every_iso_country_present_once(countries):
    iso3 = Counter(r["iso3"] for r in countries)
    assert all(n == 1 for n in iso3.values())
    assert {c.alpha_3 for c in pycountry.countries} <= set(iso3)


@pytest.mark.parametrize("code", ["XKX", "SUN", "YUG", "CSK", "DDR"])
def test_non_iso_and_former_states(countries, code):
    row = next(r for r in countries if r["iso3"] == code)
    assert row["cameo_code"] == ("KSV" if code == "XKX" else code)


def test_193_un_members(countries):
    assert sum(r["un_member"] == "1" for r in countries) == 193


def test_codes_well_formed_and_unique(countries):
    states = [r for r in countries if r["kind"] != "historic"]
    for column, pattern in (("iso2", r"[A-Z]{2}"), ("fips", r"[A-Z]{2}"), ("cameo_code", r"[A-Z]{3}([A-Z]{3})?")):
        values = [r[column] for r in states if r[column]]
        assert all(re.fullmatch(pattern, v) for v in values), column
        if column != "cameo_code":
            assert len(values) == len(set(values)), column
    cows = [r["cow_code"] for r in states if r["kind"] == "state" and r["cow_code"]]
    assert len(cows) == len(set(cows))


@pytest.mark.parametrize(
    ("iso3", "fips", "cow", "gw"),
    [("USA", "US", "2", "2"), ("JPN", "JA", "740", "740"), ("UKR", "UP", "369", "369"),
     ("DEU", "GM", "255", "260"), ("YEM", "YM", "679", "678"), ("RUS", "RS", "365", "365"),
     ("GBR", "UK", "200", "200"), ("CHN", "CH", "710", "710"), ("ISR", "IS", "666", "666"),
     ("SRB", "RI", "345", "340")],
)
def test_crosswalk_values(countries, iso3, fips, cow, gw):
    row = next(r for r in countries if r["iso3"] == iso3)
    assert (row["fips"], row["cow_code"], row["gw_code"]) == (fips, cow, gw)


def test_every_un_member_has_capital(countries):
    assert all(r["capital"] for r in countries if r["un_member"] == "1")


def test_every_alias_points_to_a_country(countries, aliases):
    known = {r["iso3"]: r["cameo_code"] for r in countries}
    for row in aliases:
        assert row["iso3"] in known, row
        assert row["cameo_code"] == known[row["iso3"]], row
        assert row["kind"] in {"name", "short", "old", "demonym", "capital", "seat"}
        assert row["case"] in {"any", "exact"}
        assert row["ambiguity"] in {"", "common_word", "given_name"}


def test_aliases_unique(aliases):
    keys = Counter(r["alias"].casefold() for r in aliases)
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_un_member_by_name_demonym_and_capital(countries, aliases):
    kinds = defaultdict(set)
    for row in aliases:
        kinds[row["iso3"]].add(row["kind"])
    for row in countries:
        if row["un_member"] != "1":
            continue
        assert "name" in kinds[row["iso3"]], row["iso3"]
        if row["iso3"] not in SHARED_DEMONYM:
            assert "demonym" in kinds[row["iso3"]], row["iso3"]
        # a city-state's capital is its name: "Singapore"
        capital_known = "capital" in kinds[row["iso3"]] or any(
            phrase_key(a["alias"]) == phrase_key(row["capital"]) and a["iso3"] == row["iso3"]
            for a in aliases
        )
        assert capital_known, row["iso3"]


def test_regions(reference):
    rows = reference.rows("regions")
    assert {"MEA", "AFR", "EUR", "ASA", "WST", "SAS", "SEA"} <= {r["cameo_code"] for r in rows}
    assert all(r["name"] and r["aliases"] for r in rows)
