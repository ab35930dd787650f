"""Codebook: lookups, quad classes under each scheme, and clear errors on bad seed rows."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyadflow.errors import InputError
from dyadflow.normalize.codebook import Codebook


@pytest.fixture(scope="module")
def codebook(reference):
    return Codebook.from_reference(reference)


@pytest.mark.parametrize(
    ("code", "gdelt", "phoenix", "duval_thompson"),
    [
        ("010", 1, 0, 1),
        ("020", 1, 0, 1),
        ("036", 1, 1, 1),
        ("057", 1, 1, 1),
        ("061", 2, 2, 2),
        ("0874", 2, 2, 2),
        ("090", 2, 3, 3),  # GDELT: 06-09 material cooperation
        ("112", 3, 3, 3),
        ("1246", 3, 3, 3),
        ("138", 3, 3, 3),
        ("141", 3, 4, 4),  # GDELT: 10-14 verbal conflict
        ("163", 4, 3, 4),
        ("164", 4, 3, 3),
        ("165", 4, 3, 3),
        ("166", 4, 3, 4),
        ("190", 4, 4, 4),
        ("2042", 4, 4, 4),
    ],
)
def test_quad_class_by_scheme(codebook, code, gdelt, phoenix, duval_thompson):
    assert codebook.quad_class(code) == gdelt
    assert codebook.get(code).quad_class == gdelt
    assert codebook.quad_class(code, "phoenix") == phoenix
    assert codebook.quad_class(code, "duval_thompson") == duval_thompson


def test_get_returns_typed_entry(codebook):
    entry = codebook.get("072")
    assert entry.code == "072" and entry.root == "07" and entry.level == 2
    assert entry.goldstein == 8.3 and entry.plover_type == "AID"
    assert codebook.get(" 072 ") == entry


@pytest.mark.parametrize("bad", ["72", "999", "", "0720", 72, None, "07a"])
def test_unknown_codes_give_none(codebook, bad):
    assert codebook.get(bad) is None


def test_unknown_scheme_is_a_clear_error(codebook):
    with pytest.raises(ValueError, match="unknown quad-class scheme 'nope'"):
        codebook.quad_class("010", "nope")


def test_every_code_has_a_quad_class_in_every_scheme(codebook):
    for scheme in codebook.schemes:
        for code in codebook.codes:
            assert codebook.quad_class(code, scheme) in {0, 1, 2, 3, 4}


def test_children(codebook):
    assert {c.code for c in codebook.children("183")} == {"1831", "1832", "1833"}


def _with_rows(reference, name, rows):
    tables = dict(reference.tables)
    tables[name] = tuple(MappingProxyType(r) for r in rows)
    return replace(reference, tables=MappingProxyType(tables))


def test_duplicate_code_names_file_and_line(reference):
    rows = [dict(r) for r in reference.rows("cameo_codes")]
    rows.insert(3, dict(rows[1]))
    with pytest.raises(InputError, match=r"seeds/cameo_codes.csv:5: duplicate code '010'"):
        Codebook.from_reference(_with_rows(reference, "cameo_codes", rows))


def test_goldstein_out_of_range_rejected(reference):
    rows = [dict(r) for r in reference.rows("cameo_codes")]
    rows[0]["goldstein"] = "11"
    with pytest.raises(InputError, match="cameo_codes.csv:2: goldstein of 01"):
        Codebook.from_reference(_with_rows(reference, "cameo_codes", rows))


@given(st.text())
def test_get_never_raises(codebook, text):
    entry = codebook.get(text)
    assert entry is None or entry.code == text.strip()


@given(st.text(), st.sampled_from(["gdelt", "phoenix", "duval_thompson"]))
def test_quad_class_never_raises_for_known_schemes(codebook, text, scheme):
    quad = codebook.quad_class(text, scheme)
    assert quad is None or quad in {0, 1, 2, 3, 4}


@given(st.sampled_from(["010", "072", "1246", "195"]), st.sampled_from(["", " ", "\t", "  "]))
def test_get_whitespace_insensitive_and_idempotent(codebook, code, pad):
    entry = codebook.get(pad + code + pad)
    assert entry == codebook.get(code)
    assert codebook.get(entry.code) == entry
