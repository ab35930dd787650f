"""seeds/cameo_codes.csv and seeds/quad_classes.csv: complete, consistent, documented."""

from __future__ import annotations

import re

import pytest

ROOTS = [f"{n:02d}" for n in range(1, 21)]
REQUIRED = (
    "code", "name", "description", "level", "parent", "root", "goldstein", "goldstein_icews",
    "goldstein_phoenix", "plover_type", "acled_event_type", "acled_sub_event_type", "notes",
)


@pytest.fixture(scope="module")
def codes(reference):
    return reference.rows("cameo_codes")


def test_required_columns(codes):
    assert set(REQUIRED) <= set(codes[0])


def test_about_310_codes_unique_strings(codes):
    values = [r["code"] for r in codes]
    assert 300 <= len(values) <= 320
    assert len(values) == len(set(values))
    assert all(re.fullmatch(r"\d{2,4}", v) for v in values)


@pytest.mark.parametrize("root", ROOTS)
def test_every_root_present_with_children(codes, root):
    values = {r["code"] for r in codes}
    assert root in values
    assert f"{root}0" in values  # every root has its unspecified "X0" code


def test_hierarchy_is_consistent(codes):
    by_code = {r["code"]: r for r in codes}
    for row in codes:
        code = row["code"]
        assert row["root"] == code[:2]
        assert row["level"] == str(len(code) - 1)
        if len(code) > 2:
            assert row["parent"] == code[:-1] if len(code) == 4 else row["parent"] == code[:2]
            assert row["parent"] in by_code


@pytest.mark.parametrize("column", ["goldstein", "goldstein_icews", "goldstein_phoenix"])
def test_goldstein_in_range(codes, column):
    for row in codes:
        if row[column] or column == "goldstein":
            assert -10 <= float(row[column]) <= 10, row["code"]


@pytest.mark.parametrize(
    ("code", "gdelt", "icews", "phoenix"),
    [("016", -2.0, -5.0, 3.4), ("022", 3.2, 3.4, 3.4), ("124", -4.0, None, -5.0),
     ("1246", -4.0, None, -5.0), ("163", -8.0, None, -6.5), ("164", -7.0, -6.5, None),
     ("165", -6.5, -7.0, -7.0), ("166", -7.0, None, -8.0)],
)
def test_known_goldstein_disagreements_are_kept_and_noted(codes, code, gdelt, icews, phoenix):
    row = next(r for r in codes if r["code"] == code)
    assert float(row["goldstein"]) == gdelt
    assert (float(row["goldstein_icews"]) if row["goldstein_icews"] else None) == icews
    assert (float(row["goldstein_phoenix"]) if row["goldstein_phoenix"] else None) == phoenix
    assert "disagreement" in row["notes"]


def test_other_tables_only_where_they_differ(codes):
    for row in codes:
        for column in ("goldstein_icews", "goldstein_phoenix"):
            if row[column] and row["goldstein_source"] == "gdelt":
                assert float(row[column]) != float(row["goldstein"]), (row["code"], column)


def test_disagreements_documented_in_readme(repo_root):
    readme = (repo_root / "seeds" / "README.md").read_text(encoding="utf-8")
    for code in ("016", "022", "124", "1246", "163", "164", "165", "166", "1213"):
        assert code in readme


@pytest.mark.parametrize(
    ("code", "name_part", "goldstein", "plover"),
    [
        ("010", "statement", 0.0, ""),
        ("036", "meet", 4.0, "AGREE"),
        ("042", "visit", 1.9, "CONSULT"),
        ("0874", "Retreat", 10.0, "RETREAT"),
        ("1831", "suicide", -10.0, "ASSAULT"),
        ("195", "aerial", -10.0, "ASSAULT"),
        ("141", "demonstrat", -6.5, "PROTEST"),
        ("173", "Arrest", -5.0, "COERCE"),
    ],
)
def test_known_codes(codes, code, name_part, goldstein, plover):
    row = next(r for r in codes if r["code"] == code)
    assert name_part.lower() in row["name"].lower()
    assert float(row["goldstein"]) == goldstein
    assert row["plover_type"] == plover


def test_descriptions_present_and_not_the_name_alone(codes):
    for row in codes:
        assert len(row["description"]) > len(row["name"])


def test_acled_subtypes_have_types(codes):
    acled = {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments",
    }
    for row in codes:
        if row["acled_sub_event_type"]:
            assert row["acled_event_type"]
        if row["acled_event_type"]:
            assert row["acled_event_type"] in acled


def test_quad_schemes_cover_every_code(reference, codes):
    schemes: dict[str, dict[str, str]] = {}
    for row in reference.rows("quad_classes"):
        schemes.setdefault(row["scheme"], {})[row["code_prefix"]] = row["quad_class"]
        assert row["quad_class"] in {"0", "1", "2", "3", "4"}
        assert row["quad_name"]
    assert {"gdelt", "phoenix", "duval_thompson"} <= set(schemes)
    for scheme, prefixes in schemes.items():
        for root in ROOTS:
            assert root in prefixes, (scheme, root)
        for prefix in prefixes:
            assert prefix in {r["code"] for r in codes}, (scheme, prefix)
