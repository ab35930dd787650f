"""Countries: ISO 3166 codes and their CAMEO, FIPS 10-4, COW and Gleditsch-Ward crosswalks,
and every way news names a country (names, short and old forms, demonyms, capitals, seats
of power). Built from seeds/countries.csv, seeds/country_aliases.csv and seeds/regions.csv.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dyadflow.normalize._matcher import Phrase, PhraseMatcher, Token, fold, tokenize
from dyadflow.normalize._tables import optional, required, seed_error
from dyadflow.reference import Reference

ALIAS_KINDS = frozenset({"name", "short", "old", "demonym", "capital", "seat"})

# Capitalised words that may stand next to an alias that is also a given name, without making
# it part of a person's name: "Jordan's King", "Chad President", "Georgia Foreign Ministry".
_TITLE_WORDS = (
    "president prime minister ministry foreign defense defence army navy air force forces "
    "government king queen emir crown prince sheikh sultan parliament senate congress police "
    "military security council cabinet embassy ambassador officials official state national "
    "authorities opposition rebels troops soldiers interior finance chancellor premier leader "
    "border coast guard central bank supreme court election elections people"
)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    cameo_code: str
    official_name: str = ""
    fips: str | None = None
    cow_code: int | None = None
    gw_code: int | None = None
    capital: str | None = None
    un_member: bool = False
    kind: str = "state"  # state, territory, historic


@dataclass(frozen=True, slots=True)
class CountryAlias:
    country: Country
    kind: str  # name, short, old, demonym, capital, seat
    sector: str | None  # for seats of power: "the Pentagon" -> MIL


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    text: str
    country: Country
    kind: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class Region:
    cameo_code: str
    name: str


@dataclass(frozen=True, repr=False)
class CountryIndex:
    countries: Mapping[str, Country]
    matcher: PhraseMatcher[CountryAlias]
    by_cameo: Mapping[str, str]
    by_fips: Mapping[str, str]
    by_iso2: Mapping[str, str]
    regions: Mapping[str, Region]
    region_matcher: PhraseMatcher[Region]

    def __repr__(self) -> str:  # the tables are large; a summary reads better
        return f"CountryIndex({len(self.countries)} countries, {len(self.matcher)} aliases)"

    @classmethod
    def from_reference(cls, ref: Reference) -> CountryIndex:
        countries: dict[str, Country] = {}
        for index, row in enumerate(ref.rows("countries")):
            iso3 = required("countries", index, row, "iso3")
            if iso3 in countries:
                raise seed_error("countries", index, f"duplicate iso3 {iso3!r}")
            countries[iso3] = Country(
                iso3=iso3,
                iso2=required("countries", index, row, "iso2"),
                name=required("countries", index, row, "name"),
                cameo_code=required("countries", index, row, "cameo_code"),
                official_name=optional(row, "official_name") or "",
                fips=optional(row, "fips"),
                cow_code=_int_or_none("countries", index, row, "cow_code"),
                gw_code=_int_or_none("countries", index, row, "gw_code"),
                capital=optional(row, "capital"),
                un_member=(optional(row, "un_member") == "1"),
                kind=optional(row, "kind") or "state",
            )
        phrases = []
        for index, row in enumerate(ref.rows("country_aliases")):
            iso3 = required("country_aliases", index, row, "iso3")
            if iso3 not in countries:
                raise seed_error("country_aliases", index, f"iso3 {iso3!r} is not in countries.csv")
            kind = required("country_aliases", index, row, "kind")
            if kind not in ALIAS_KINDS:
                raise seed_error("country_aliases", index, f"unknown kind {kind!r}")
            phrases.append(Phrase(
                surface=required("country_aliases", index, row, "alias"),
                case=optional(row, "case") or "any",
                ambiguity=optional(row, "ambiguity") or "",
                value=CountryAlias(countries[iso3], kind, optional(row, "sector")),
            ))
        # the country's own codes: cameo (incl. non-ISO and territory codes), FIPS, ISO2
        by_cameo: dict[str, str] = {}
        by_fips: dict[str, str] = {}
        for country in countries.values():
            by_cameo.setdefault(country.cameo_code, country.iso3)
            if country.fips and country.kind != "historic":
                by_fips.setdefault(country.fips, country.iso3)
        for country in countries.values():
            by_cameo.setdefault(country.iso3, country.iso3)
        regions: dict[str, Region] = {}
        region_phrases = []
        for index, row in enumerate(ref.rows("regions")):
            code = required("regions", index, row, "cameo_code")
            region = regions[code] = Region(code, required("regions", index, row, "name"))
            for alias in (optional(row, "aliases") or region.name).split("|"):
                region_phrases.append(Phrase(alias, "any", "", region))
        neighbours = frozenset(fold(w) for w in _TITLE_WORDS.split())
        return cls(
            countries=MappingProxyType(countries),
            matcher=PhraseMatcher(phrases, neighbours_ok=neighbours),
            by_cameo=MappingProxyType(by_cameo),
            by_fips=MappingProxyType(by_fips),
            by_iso2=MappingProxyType({c.iso2: c.iso3 for c in countries.values() if c.kind != "historic"}),
            regions=MappingProxyType(regions),
            region_matcher=PhraseMatcher(region_phrases),
        )

    def get(self, iso3: str) -> Country | None:
        return self.countries.get(iso3.strip().upper()) if isinstance(iso3, str) else None

    def lookup(self, text: str) -> Country | None:
        """The country a phrase names ("Japan", "the U.S.", "Kyiv", "Emirati", "Türkiye").

        Case-insensitive except for forms that are other words in lower case ("US" / "us").
        """
        alias = self.lookup_alias(text)
        return alias.country if alias else None

    def lookup_alias(self, text: str) -> CountryAlias | None:
        if not isinstance(text, str):
            return None
        phrase = " ".join(text.split()).strip(" ,;:!?\"“”")
        for candidate in _variants(phrase):
            found = self.matcher.lookup(candidate)
            if found is not None:
                return found.value
        return None

    def find(self, text: str, tokens: list[Token] | None = None) -> list[CountryMention]:
        """Every country reference in running text, longest first, left to right."""
        tokens = tokenize(text) if tokens is None else tokens
        return [
            CountryMention(m.start, m.end, text[m.start : m.end], m.phrase.value.country,
                           m.phrase.value.kind, m.phrase.value.sector)
            for m in self.matcher.scan(text, tokens)
        ]

    def region(self, text: str) -> Region | None:
        """A CAMEO region a phrase names: "the Middle East" -> MEA, "the West" -> WST."""
        if not isinstance(text, str):
            return None
        for candidate in _variants(" ".join(text.split())):
            found = self.region_matcher.lookup(candidate)
            if found is not None:
                return found.value
        return None

    def iso3_for_cameo(self, code: str) -> str | None:
        """'JPN' -> 'JPN', 'KSV' -> 'XKX', 'USAGUM' -> 'GUM', 'JPNGOV' -> 'JPN'; regions -> None."""
        if not isinstance(code, str):
            return None
        code = code.strip().upper()
        if code in self.by_cameo:
            return self.by_cameo[code]
        return self.by_cameo.get(code[:3]) if len(code) > 3 else None

    def iso3_for_fips(self, code: str) -> str | None:
        """FIPS 10-4 (GDELT's geo codes): 'JA' -> 'JPN', 'UP' -> 'UKR'."""
        return self.by_fips.get(code.strip().upper()) if isinstance(code, str) else None

    def iso3_for_iso2(self, code: str) -> str | None:
        return self.by_iso2.get(code.strip().upper()) if isinstance(code, str) else None


def _variants(phrase: str) -> list[str]:
    """The phrase, then without a leading 'the', a trailing possessive or a parenthesis
    ("Iran (Islamic Republic of)", as some datasets write it)."""
    out = [phrase]
    if "(" in phrase:
        bare = " ".join(re.sub(r"\([^)]*\)?", " ", phrase).split())
        if bare:
            out.append(bare)
    lowered = phrase.casefold()
    if lowered.startswith("the "):
        out += [v[4:] for v in list(out)]
    for suffix in ("'s", "’s", "'", "’"):
        if lowered.endswith(suffix):
            out += [v[: -len(suffix)] for v in list(out)]
            break
    return out


def _int_or_none(table: str, index: int, row, column: str) -> int | None:
    value = optional(row, column)
    if value is None:
        return None
    if not value.isdigit():
        raise seed_error(table, index, f"column {column!r} is not a whole number: {value!r}")
    return int(value)
