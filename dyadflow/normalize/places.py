"""Places: where an event happened, from the place names in its sentence.

Built from seeds/places.csv (ISO 3166-2 subdivisions, capitals, large cities) and the
country names and capitals of seeds/country_aliases.csv. A subdivision or city beats a
country; a name after a locative preposition ("in", "near", "outside") beats one without,
but a place inside the chosen country is kept ("shelled Donetsk in Ukraine" -> UA-14);
between same-named places in several countries, one whose country the sentence also names
wins, then a capital. Demonyms and seats of power are actors, not places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyadflow.normalize._matcher import Match, Phrase, PhraseMatcher, Token, tokenize
from dyadflow.normalize._tables import optional, required, seed_error
from dyadflow.normalize.countries import CountryIndex
from dyadflow.reference import Reference

# "on", "of" and "over" are left out: "sanctions on Russia", "the invasion of Ukraine" and
# "concern over China" name a party, not a place
_LOCATIVE = frozenset(
    "in near at outside inside around across into throughout within toward towards along "
    "off".split()
)
# region: a named area that is no ISO 3166-2 unit ("Darfur", "Donbas"), so without admin1
_PLACE_KINDS = frozenset({"capital", "city", "subdivision", "region"})
_COUNTRY_KINDS = frozenset({"name", "short", "old", "capital"})
_KIND_RANK = {"subdivision": 2, "city": 2, "capital": 2, "region": 2, "country": 1}


@dataclass(frozen=True, slots=True)
class Location:
    iso3: str
    admin1: str | None  # ISO 3166-2 code, e.g. "UA-14"
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    iso3: str
    admin1: str | None
    kind: str  # capital, city, subdivision, country


@dataclass(frozen=True, repr=False)
class Gazetteer:
    countries: CountryIndex
    matcher: PhraseMatcher[tuple[_Place, ...]]

    def __repr__(self) -> str:  # the tables are large; a summary reads better
        return f"Gazetteer({len(self.matcher)} place names)"

    @classmethod
    def from_reference(cls, ref: Reference, countries: CountryIndex | None = None) -> Gazetteer:
        countries = countries or CountryIndex.from_reference(ref)
        by_name: dict[str, dict[tuple[str, str | None], _Place]] = {}
        # the subdivision of capitals and cities named like one (resolved by the generator)
        admin1_of: dict[tuple[str, str], str] = {}
        rows = ref.rows("places")
        for index, row in enumerate(rows):
            iso3 = required("places", index, row, "iso3")
            if iso3 not in countries.countries:
                raise seed_error("places", index, f"iso3 {iso3!r} is not in countries.csv")
            kind = required("places", index, row, "kind")
            if kind not in _PLACE_KINDS:
                raise seed_error("places", index, f"unknown kind {kind!r}")
            if kind == "subdivision":
                required("places", index, row, "admin1")
            elif optional(row, "admin1"):
                admin1_of[(row["name"].casefold(), iso3)] = row["admin1"]
        for row in rows:
            name, iso3, kind = row["name"], row["iso3"], row["kind"]
            admin1 = optional(row, "admin1")
            options = by_name.setdefault(name, {})
            key = (iso3, admin1)
            if key not in options or _KIND_RANK[kind] > _KIND_RANK[options[key].kind]:
                options[key] = _Place(name, iso3, admin1, kind)
        phrases: list[Phrase[tuple[_Place, ...]]] = []
        # country names first: "Georgia" is the country here, "Jordan" not a river
        for phrase in countries.matcher.phrases():
            alias = phrase.value
            if alias.kind in _COUNTRY_KINDS:
                country = alias.country
                admin1 = admin1_of.get((phrase.surface.casefold(), country.iso3))
                kind = "capital" if alias.kind == "capital" else "country"
                phrases.append(Phrase(phrase.surface, phrase.case, phrase.ambiguity,
                                      (_Place(phrase.surface, country.iso3, admin1, kind),)))
        for name, options in by_name.items():
            # place names are often ordinary words ("Nice", "Split"): capitalised only
            phrases.append(Phrase(name, "any", "common_word", tuple(options.values())))
        return cls(countries=countries, matcher=PhraseMatcher(phrases))

    def locate(self, text: str, exclude: Sequence[tuple[int, int]] = ()) -> Location | None:
        """The most specific place the sentence names, or None.

        A country counts only when a locative word governs it ("troops in Ukraine"): a bare
        country name ("Japan supplied ...", "support for Ukraine") names a party, and taking
        it for the place would be a guess. `exclude` holds character spans of the event's
        actors: a city or region that is an actor ("Washington asked ...", "Kharkiv police")
        is likewise a place only under a locative word.
        """
        if not isinstance(text, str) or not text:
            return None
        tokens = tokenize(text)
        matches = self.matcher.scan(text, tokens)
        if exclude:
            matches = [
                m for m in matches
                if _locative(tokens, m)
                or not any(m.start < end and start < m.end for start, end in exclude)
            ]
        if not matches:
            return None
        named = {p.iso3 for m in matches for p in m.phrase.value if p.kind == "country"}
        best: tuple[tuple, Match, _Place] | None = None
        locative = [_locative(tokens, m) for m in matches]
        for order, match in enumerate(matches):
            # "in Ukraine's Donetsk region": the preposition governs the whole phrase
            if order and matches[order - 1].last == match.first - 1 and tokens[match.first - 1].key == "'s":
                locative[order] = locative[order] or locative[order - 1]
            options = match.phrase.value
            if not locative[order]:
                # a whole country; "Gaza" (a country alias that is also a region) stays
                options = [p for p in options if p.kind != "country" or p.admin1 is not None]
                if not options:
                    continue
            place = _choose(options, named)
            score = (locative[order], _KIND_RANK[place.kind], place.admin1 is not None, -order)
            if best is None or score > best[0]:
                best = (score, match, place)
        if best is None:
            return None
        _, match, place = best
        if place.kind == "country":
            # "shelled Donetsk in Ukraine": a place inside the chosen country is more precise
            for other in matches:
                inner = _choose(other.phrase.value, {place.iso3})
                if inner.iso3 == place.iso3 and inner.kind != "country":
                    match, place = other, inner
                    break
        return Location(place.iso3, place.admin1, text[match.start : match.end], match.start, match.end)


def _choose(options: Sequence[_Place], named: set[str]) -> _Place:
    if len(options) == 1:
        return options[0]
    return max(options, key=lambda p: (p.iso3 in named, p.kind == "capital", p.kind == "country",
                                       p.admin1 is not None))


def _locative(tokens: Sequence[Token], match: Match) -> bool:
    before = match.first - 1
    if before >= 0 and tokens[before].key == "the":
        before -= 1
    return before >= 0 and tokens[before].key in _LOCATIVE
