"""The generated seed tables are exactly what tools/generate_seeds.py makes from ../shared/data:
nobody edited them by hand, and the generators still run."""

from __future__ import annotations


def _as_strings(rows):
    return [{k: ("" if v is None else str(v)) for k, v in row.items()} for row in rows]


def test_cameo_codes_match_generator(reference, shared_data, tools):
    rows = tools("seeds_cameo").build_rows(shared_data)
    assert _as_strings(rows) == [dict(r) for r in reference.rows("cameo_codes")]


def test_countries_and_aliases_match_generator(reference, shared_data, tools):
    module = tools("seeds_countries")
    countries = module.country_rows(shared_data)
    assert _as_strings(countries) == [dict(r) for r in reference.rows("countries")]
    aliases = module.alias_rows(shared_data, countries)
    assert _as_strings(aliases) == [dict(r) for r in reference.rows("country_aliases")]


def test_actors_and_agents_match_generator(reference, tools):
    module = tools("seeds_actors")
    assert _as_strings(module.actor_rows()) == [dict(r) for r in reference.rows("actors")]
    assert _as_strings(module.agent_rows()) == [dict(r) for r in reference.rows("agents")]


def test_people_match_generator(reference, shared_data, tools):
    module = tools("seeds_people")
    curated = module.curated_rows()
    known = {(module.slug(r["name"]), r["iso3"]) for r in curated}
    rows = curated + module.countryinfo_rows(shared_data, known)
    assert _as_strings(rows) == [dict(r) for r in reference.rows("people")]


def test_places_match_generator(reference, shared_data, tools):
    rows = tools("seeds_places").build_rows(shared_data)
    assert _as_strings(rows) == [dict(r) for r in reference.rows("places")]
