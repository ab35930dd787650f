"""Actors: who a phrase names, as a CAMEO actor code with country and sector.

One dictionary pass finds named actors (seeds/actors.csv), people (seeds/people.csv, with
roles bounded by dates), country references (names, demonyms, capitals, seats) and sector
words (seeds/agents.csv); a second pass composes neighbours inside one noun phrase:

    Japan's Defense Ministry        country 's agent        -> JPNGOV
    the Japanese Defense Ministry   demonym agent           -> JPNGOV
    U.S. military units             country agent           -> USAMIL
    Defense Minister Nobuo Kishi    agent person            -> the person's role on `on`
    protesters in Haifa             agent in|of|from place  -> ISRCVL
    Kharkiv police                  place agent             -> UKRCOP
    NATO troops                     organisation agent      -> IGOWSTNATMIL
    Bosnian Serb forces             residence ethnicity agent -> BIHMIL
    Tamil civilians                 ethnic group agent      -> LKACVL (its one home state)
    NATO member Norway              organisation member country -> NOR
    envoy of President Jane Doe     agent of person         -> the person's state + GOV
    President Mugabe                title surname           -> the one office holder

A bare region ("in Africa") is a location, not an actor; stances and sponsors
("pro-Iranian", "Syrian-backed") name no actor.

Pure: built from a Reference, no I/O; `find` runs on every sentence, so the work per
sentence is one tokenisation, dictionary lookups per token and a linear composition pass.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from dyadflow.normalize._matcher import Match, Phrase, PhraseMatcher, Token, fold, tokenize
from dyadflow.normalize._tables import optional, optional_date, required, seed_error
from dyadflow.normalize.countries import CountryAlias, CountryIndex, Region
from dyadflow.reference import Reference

# Words allowed between a country and its sector noun: "U.S. top military officials".
_MODIFIERS = frozenset(
    "top senior former acting deputy chief local regional federal national provincial state "
    "central interim new own main joint nationalist separatist armed militant radical islamist "
    "hardline young elite civilian regular leading prominent veteran exiled jailed imprisoned "
    "detained ousted rival moderate led traditional tribal presidential junior assistant "
    "outgoing incoming caretaker transitional retired embattled powerful influential "
    "maritime border immigration customs coast port".split()
)
_LINKS_ANY = frozenset({"of", "from"})
# "in" links a sector noun to the place where its people live ("rebels in Darfur"); not for
# forces, which are often abroad ("Russian troops in Ukraine").
_LINKS_IN = frozenset({"in", "inside", "throughout", "across"})
# "withdraw troops from X", "the evacuation of workers from X": X is where they leave, not
# their country ("troops from X crossed the border" is)
_DEPARTURE_WORDS = frozenset(
    "withdraw withdrew withdrawn withdrawing withdraws withdrawal pull pulled pulling pullout "
    "evacuate evacuated evacuating evacuation expel expelled expelling expulsion remove removed "
    "removing removal redeploy redeployed recall recalled".split()
)
_IN_SECTORS = frozenset({"CVL", "COP", "REF", "HLH", "EDU", "MED", "LAB", "AGR", "REL", "OPP",
                         "LEG", "JUD", "BUS", "GOV", "REB", "RAD", "PTY", "NGO", "HRI", "CRM",
                         "ENV"})
# Sector words that name an organisation on their own: "a human rights group" is coded as a
# non-governmental organisation (CAMEO primary code NGO) even when no country is given.
_SELF_STANDING_SECTORS = frozenset({"NGO"})
_CAPITAL_SECTOR = "GOV"
# "pro-Iranian militias", "anti-American protests": the country is what they are for or
# against (the hyphen is no token, so "pro Iranian" and "pro-Iranian" look alike)
_STANCE_PREFIXES = frozenset({"pro", "anti"})
# "Iranian-backed militias", "a UK-based group" (hyphenated only: "Iran backed the plan" is
# a verb); "US-led forces" stay the leader's, as CAMEO codes them
_BACKER_WORDS = frozenset({"backed", "sponsored", "supported", "funded", "allied", "based",
                           "trained", "armed", "aligned", "installed", "appointed"})
_HYPHENS = frozenset({"-", "‐", "–"})
# "the Russian language", "a Russian-language daily": the adjective names a language, which
# is spoken across borders, not the country
_LANGUAGE_WORDS = frozenset({"language", "languages"})
# Regions that act as a bloc without a sector noun ("the West imposed sanctions"); the
# others name places ("aid to Africa") unless a sector noun follows ("African leaders").
_POLITICAL_REGIONS = frozenset({"WST"})
# "NATO member Norway", "EU member state Malta", "NATO ally Turkey"
_MEMBERSHIP_WORDS = frozenset({"member", "members", "ally", "allies", "state", "states",
                               "country", "countries", "partner", "candidate"})
# Where "<demonym> <demonym>" names people by origin and then by country: "Turkish Cypriots",
# "Chinese Americans" live in the second; elsewhere ("Bosnian Serbs") in the first.
_IMMIGRANT_NATIONS = frozenset({"USA", "CAN", "AUS", "NZL", "CYP"})  # "Tokyo said", "Washington approved": the capital stands for the government
# "Hungarian and Romanian officials": adjectives joined by these share the noun that follows
_COORDINATORS = frozenset({"and", "or", ",", "&"})
# Country forms that can modify a noun: only these may be the non-final part of a coordination
# ("U.S. and Japanese officials"), not full names ("talks between Russia and Ukrainian troops").
_ADJECTIVAL_KINDS = frozenset({"demonym", "short"})
# Singular titles that stand before a person's name: "Prime Minister Jane Doe" takes the name
# into the mention even when the person is unknown, so the title's country and sector apply.
_TITLE_WORDS = frozenset(
    "president minister secretary chancellor premier king queen prince princess emir sheikh "
    "sultan spokesman spokeswoman spokesperson ambassador envoy general commander governor "
    "mayor senator leader chief prosecutor judge director chairman chairwoman admiral "
    "lawmaker negotiator mediator commissioner adviser advisor representative emissary".split()
)
# Which roles in people.csv a title before a surname can name.
_TITLE_ROLES = {
    **dict.fromkeys(("president", "king", "queen", "emir", "sultan", "emperor", "monarch",
                     "head of state"), {"head_of_state"}),
    **dict.fromkeys(("prime minister", "premier", "chancellor", "head of government"),
                    {"head_of_government"}),
    **dict.fromkeys(("foreign minister", "foreign secretary", "secretary of state"),
                    {"foreign_minister"}),
    **dict.fromkeys(("defense minister", "defence minister", "defense secretary",
                     "defence secretary"), {"defence_minister"}),
    "secretary general": {"igo_head"},
}
# Capitalised words after a title that are no name: "the minister Tuesday said".
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december i".split()
)


@dataclass(frozen=True, slots=True)
class ActorMatch:
    code: str  # CAMEO actor code: "JPNGOV", "USAMIL", "IGOUNO", "CVL"
    iso3: str | None
    sector: str | None
    kind: str  # country, agent, person, igo, ngo, armed_group, media, company, military, ...
    name: str
    entity_id: str | None = None  # actor_id or person_id
    role: str | None = None  # a person's role (head_of_state, defence_minister, ...)
    in_office: bool | None = None  # a person's role covers the date asked (None: no date)


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    match: ActorMatch


@dataclass(frozen=True, slots=True)
class _Named:
    """An actors.csv entry: one actor, possibly valid for a period only."""

    actor_id: str
    name: str
    code: str
    iso3: str | None
    sector: str | None
    kind: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class _Role:
    person_id: str
    name: str
    iso3: str | None
    sector: str | None
    role: str
    actor_code: str | None
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # "actor", "person", "country", "region", "agent", "place"
    named: tuple[_Named, ...] = ()
    roles: tuple[_Role, ...] = ()
    country: CountryAlias | None = None
    sector: str | None = None
    iso3: str | None = None
    phrase: str = ""
    region: Region | None = None


@dataclass(frozen=True, repr=False)
class ActorDictionary:
    countries: CountryIndex
    matcher: PhraseMatcher[_Entry]
    # surname key -> roles of the people with that surname ("mugabe" -> Robert Mugabe's
    # terms): "President Mugabe" names the president among them
    surnames: Mapping[str, tuple[_Role, ...]] = field(default_factory=dict)

    def __repr__(self) -> str:  # the tables are large; a summary reads better
        return f"ActorDictionary({len(self.matcher)} phrases)"

    @classmethod
    def from_reference(cls, ref: Reference, countries: CountryIndex | None = None) -> ActorDictionary:
        countries = countries or CountryIndex.from_reference(ref)
        phrases: list[Phrase[_Entry]] = []
        phrases += _actor_phrases(ref, countries)
        people = _people_phrases(ref, countries)
        phrases += people
        phrases += [
            Phrase(p.surface, p.case, p.ambiguity, _Entry("country", country=p.value))
            for p in countries.matcher.phrases()
        ]
        # CAMEO regional codes ("the Middle East" MEA, "the West" WST) after countries
        phrases += [
            # region names are proper names: "the West", not "the west of the country"
            Phrase(p.surface, p.case, "common_word", _Entry("region", region=p.value, phrase=p.surface))
            for p in countries.region_matcher.phrases()
        ]
        phrases += _agent_phrases(ref)
        phrases += _place_phrases(ref, countries)
        return cls(countries=countries, matcher=PhraseMatcher(phrases, neighbours_ok=_neighbour_words(ref)),
                   surnames=_surname_index(people))

    def find(self, text: str, on: date | datetime | None = None) -> list[ActorMention]:
        """Actor mentions in `text`: non-overlapping, longest first, with character offsets."""
        if not isinstance(text, str) or not text:
            return []
        tokens = tokenize(text)
        mentions = self._compose(text, tokens, self.matcher.scan(text, tokens), _as_date(on))
        return _later_surnames(text, tokens, mentions)

    def resolve(self, phrase: str, on: date | datetime | None = None) -> ActorMatch | None:
        """The actor a noun phrase names ("the Japanese Defense Ministry" -> JPNGOV), or None.

        The phrase is known to name something, so ambiguous words need no capital here
        ("china" -> CHN); exact-case forms keep their case ("US", not "us").
        """
        if not isinstance(phrase, str):
            return None
        phrase = " ".join(phrase.split())
        tokens = tokenize(phrase)
        mentions = self._compose(
            phrase, tokens, self.matcher.scan(phrase, tokens, relaxed=True), _as_date(on)
        )
        if not mentions:
            return None
        # a named or placed actor beats a bare sector word; then the longest, then the first
        return max(
            mentions, key=lambda m: (m.match.kind != "agent", m.end - m.start, -m.start)
        ).match

    # --- composition -------------------------------------------------------------------

    def _compose(self, text: str, tokens: Sequence[Token], matches: list[Match[_Entry]],
                 on: date | None) -> list[ActorMention]:
        mentions: list[ActorMention] = []
        by_first = {m.first: i for i, m in enumerate(matches)}
        # last adjectives of coordinations ("Greek" in "Turkish and Greek ministers"): their
        # mention ends at the adjective, so that the shared noun belongs to no one conjunct
        last_conjuncts: set[int] = set()
        i = 0
        while i < len(matches):
            m = matches[i]
            kind = m.phrase.value.kind
            used, match = 1, None
            resident = None
            before = tokens[m.first - 1].key if m.first > 0 else ""
            hyphenated = text[m.end : m.end + 1] in _HYPHENS and m.last < len(tokens)
            after = tokens[m.last].key if m.last < len(tokens) else ""
            if kind in ("country", "region") and (
                before in _STANCE_PREFIXES or (hyphenated and after in _BACKER_WORDS)
                or after in _LANGUAGE_WORDS
            ):
                # "pro-Iranian", "anti-Western": a stance; "Syrian-backed", "UK-based": a
                # sponsor or a seat; "Russian-language": a language; none is the actor of
                # the phrase ("rebel-held", "Israeli-occupied" are: shelling rebel-held land
                # targets the rebels)
                i += 1
                continue
            if kind == "country" and before == "ethnic":
                used, match = self._without_state(tokens, matches, by_first, i, on, m.phrase.surface)
            elif kind == "country" and (
                resident := self._residence(text, tokens, matches, by_first, i, on)
            ) is not None:
                used, match = resident
            elif kind == "country":
                used, match = self._from_country(tokens, matches, by_first, i, on)
                if used == 1 and match is not None and match.sector is None:
                    shared = self._shared_sector(tokens, matches, by_first, i)
                    if shared is not None:
                        sector, last = shared
                        last_conjuncts.add(last)
                        country = m.phrase.value.country.country
                        match = _country_match(country, sector, "country")
            elif kind == "agent":
                used, match = self._from_agent(tokens, matches, by_first, i, on)
            elif kind == "actor":
                used, match = self._from_actor(tokens, matches, by_first, i, on)
            elif kind == "person":
                match = _person_match(m.phrase.value, on)
            elif kind == "region":
                used, match = self._from_region(tokens, matches, by_first, i)
            elif kind == "place":  # a city alone is a location, not an actor
                used, match = self._from_place(tokens, matches, by_first, i)
            if match is not None:
                if kind in ("country", "agent", "actor", "place", "region"):
                    used += self._trailing_agents(matches, i + used)
                last = matches[i + used - 1]
                nxt = matches[i + used] if i + used < len(matches) else None
                if (nxt is not None and nxt.first == last.last and _is_title(last.phrase.value)
                        and nxt.phrase.value.kind == "person"):
                    # "NATO Secretary General Jane Doe", "French National Assembly president
                    # X": the composed title names the office held; a bare title leaves it
                    # to the person's dated role
                    if match.kind == "agent":
                        match = _person_match(nxt.phrase.value, on)
                    used, last = used + 1, nxt
                end = self._title_name_end(tokens, matches, by_first, last)
                if end > last.end and match.iso3 is None and match.kind == "agent":
                    # "President Mugabe": a known person's surname after the title
                    match = self._by_surname(tokens, last, end, on) or match
                if i in last_conjuncts:
                    end = m.end
                mentions.append(ActorMention(m.start, end, text[m.start : end], match))
                while i + used < len(matches) and matches[i + used].start < end:
                    used += 1  # a sector word taken into the name ("Defence Secretary Tom King")
            i += used
        return mentions

    def _shared_sector(self, tokens, matches, by_first, i) -> tuple[str, int] | None:
        """The sector of the noun that a coordination of country adjectives shares, and the
        index of the last adjective: 'Hungarian and Romanian officials' -> GOV for
        'Hungarian' (and for 'Romanian', which composes with 'officials' itself)."""
        k = i
        while matches[k].phrase.value.country.kind in _ADJECTIVAL_KINDS:
            j = matches[k].last
            if j < len(tokens) and tokens[j].key == ",":
                j += 1
            if j < len(tokens) and tokens[j].key in _COORDINATORS - {","}:
                j += 1
            if j == matches[k].last:
                return None
            nxt = by_first.get(j)
            if nxt is None or matches[nxt].phrase.value.kind != "country":
                return None
            k = nxt
            after = self._next(tokens, matches, by_first, k, skip_modifiers=True)
            if after is not None and matches[after].phrase.value.kind == "agent":
                return matches[after].phrase.value.sector, k
        return None

    @staticmethod
    def _title_name_end(tokens, matches, by_first, last: Match[_Entry]) -> int:
        """End of a mention that closes with a title: 'British Defence Secretary Jane Doe'
        runs over the (unknown) name."""
        if not _is_title(last.phrase.value):
            return last.end
        j = _after_name(tokens, matches, by_first, last.last)
        return tokens[j - 1].end if j > last.last else last.end

    def _by_surname(self, tokens, title: Match[_Entry], end: int, on) -> ActorMatch | None:
        """The one known person whose surname ends the name after a title and whose role
        fits the title ("President Mugabe", "Prime Minister Hashimoto"), else None."""
        fits = _TITLE_ROLES.get(title.phrase.value.phrase.lower())
        if fits is None:
            return None
        surname = next(t.key for t in reversed(tokens[title.last :]) if t.end <= end)
        roles = [r for r in self.surnames.get(surname, ()) if r.role.split(":")[0] in fits]
        if on is not None:
            roles = [r for r in roles if _covers(r.start, r.end, on)] or roles
        if len({r.person_id for r in roles}) != 1:
            return None  # unknown, or several people (father and son, namesakes)
        return _person_match(_Entry("person", roles=tuple(roles)), on)

    def _trailing_agents(self, matches, k: int) -> int:
        """Sector words right after a composed phrase belong to it: 'Foreign Ministry
        spokesman', 'opposition leaders', 'military officials'; the first sector stands."""
        extra = 0
        while (
            k + extra < len(matches)
            and matches[k + extra].phrase.value.kind == "agent"
            and matches[k + extra].first == matches[k + extra - 1].last
        ):
            extra += 1
        return extra

    def _next(self, tokens, matches, by_first, i, *, skip_modifiers: bool) -> int | None:
        """Index of the match that continues the noun phrase after matches[i], if any."""
        j = matches[i].last
        if j < len(tokens) and tokens[j].key in ("'s", "'"):
            j += 1
        skipped = 0
        while skip_modifiers and j < len(tokens) and j not in by_first and skipped < 2:
            token = tokens[j]
            if token.key in _MODIFIERS or (token.text[:1].isupper() and token.text.isalpha()):
                j, skipped = j + 1, skipped + 1
            else:
                break
        return by_first.get(j)

    def _from_country(self, tokens, matches, by_first, i, on):
        alias = matches[i].phrase.value.country
        country = alias.country
        k = self._next(tokens, matches, by_first, i, skip_modifiers=True)
        if k is not None:
            nxt = matches[k].phrase.value
            if nxt.kind == "agent":
                sector = nxt.sector
                # "U.S. Defense Secretary Lloyd Austin": the person after the title decides
                p = by_first.get(matches[k].last)
                if p is not None and matches[p].phrase.value.kind == "person":
                    return p - i + 1, _person_match(matches[p].phrase.value, on)
                return k - i + 1, _country_match(country, sector, "country")
            if nxt.kind == "person":
                return k - i + 1, _person_match(nxt, on)
            if nxt.kind == "actor":
                named = _pick(nxt.named, on)
                if named.iso3 == country.iso3:  # "Japanese Self-Defense Forces"
                    return k - i + 1, _named_match(named)
                # "Lebanese Christians", "Iraqi Shiite militias", "Iraqi Kurds", "Turkish Kurd
                # refugees": the country is where the community lives
                if named.kind in ("religion", "ethnic"):
                    used = k - i + 1 + self._trailing_agents(matches, k + 1)
                    last = matches[i + used - 1].phrase.value
                    if last.kind == "agent":
                        return used, _country_match(country, last.sector, "country")
                    if named.kind == "ethnic":
                        return used, _country_match(country, None, "country")
                    return used, ActorMatch(code=country.cameo_code + named.code, iso3=country.iso3,
                                            sector=None, kind="country", name=country.name)
        sector = alias.sector or (_CAPITAL_SECTOR if alias.kind == "capital" else None)
        return 1, _country_match(country, sector, "country")

    def _from_region(self, tokens, matches, by_first, i):
        """'European leaders' -> EURGOV, 'the West' -> WST: CAMEO's regional actor codes."""
        region = matches[i].phrase.value.region
        k = self._next(tokens, matches, by_first, i, skip_modifiers=False)
        sector = None
        used = 1
        if k is not None and matches[k].phrase.value.kind == "agent":
            sector, used = matches[k].phrase.value.sector, k - i + 1
        elif region.cameo_code not in _POLITICAL_REGIONS:
            return 1, None  # "in Africa", "the Mediterranean": a location, like a city alone
        return used, ActorMatch(code=region.cameo_code + (sector or ""), iso3=None, sector=sector,
                                kind="region", name=region.name)

    def _from_place(self, tokens, matches, by_first, i):
        """'Kharkiv police', "Haifa's residents": a place names its people's country."""
        k = self._next(tokens, matches, by_first, i, skip_modifiers=False)
        if k is not None and matches[k].phrase.value.kind == "agent":
            country = self.countries.countries[matches[i].phrase.value.iso3]
            return k - i + 1, _country_match(country, matches[k].phrase.value.sector, "country")
        return 1, None

    def _from_agent(self, tokens, matches, by_first, i, on):
        entry = matches[i].phrase.value
        j = matches[i].last
        k = by_first.get(j)
        if k is not None and matches[k].phrase.value.kind == "person":
            return k - i + 1, _person_match(matches[k].phrase.value, on)  # "President Joe Biden"
        if _is_title(entry):  # "Prime Minister Jane Doe of Norway": the name sits between
            j = _after_name(tokens, matches, by_first, j)
        else:  # "opposition activists in Cairo": the link follows the whole noun group
            j = matches[i + self._trailing_agents(matches, i + 1)].last
        linked = self._linked_country(tokens, matches, by_first, j, entry.sector,
                                     matches[i].first)
        if linked is not None:
            k, country = linked
            return k - i + 1, _country_match(country, entry.sector, "country")
        # "the secretary general of NATO", "leaders of Hamas": the organisation they serve
        if j + 1 < len(tokens) and tokens[j].key in _LINKS_ANY:
            j = _after_article(tokens, j + 1)
            k = by_first.get(j)
            if (k is not None and matches[k].phrase.value.kind in ("country", "place")
                    and matches[k].last < len(tokens) and tokens[matches[k].last].key == "'s"):
                k = by_first.get(matches[k].last + 1)  # "leaders of Egypt's Muslim Brotherhood"
            if k is not None and matches[k].phrase.value.kind == "actor":
                named = _pick(matches[k].phrase.value.named, on)
                if named.kind not in ("media", "company", "religion", "ethnic"):
                    return k - i + 1, _with_sector(named, entry.sector)
            # "the government of President Jane Doe", "an envoy of Putin": the person's state
            if (k is not None and k + 1 < len(matches) and _is_title(matches[k].phrase.value)
                    and matches[k + 1].first == matches[k].last):
                k += 1
            if k is not None and matches[k].phrase.value.kind == "person":
                person = _person_match(matches[k].phrase.value, on)
                if person.iso3 is not None:
                    country = self.countries.countries[person.iso3]
                    return k - i + 1, _country_match(country, entry.sector, "country")
        kind = "ngo" if entry.sector in _SELF_STANDING_SECTORS else "agent"
        return 1, ActorMatch(code=entry.sector, iso3=None, sector=entry.sector, kind=kind,
                             name=entry.phrase)

    def _linked_country(self, tokens, matches, by_first, j: int, sector: str | None,
                        first: int = 0):
        """(match index, country) of 'of|from|in [the] <country or place>' at token j:
        'rebels in Darfur', 'protesters from Haifa'; "in" only for sectors whose people live
        where they are named (not forces, often abroad)."""
        if j >= len(tokens) or not (
            tokens[j].key in _LINKS_ANY or (tokens[j].key in _LINKS_IN and sector in _IN_SECTORS)
        ):
            return None
        if tokens[j].key == "from" and any(
            t.key in _DEPARTURE_WORDS for t in tokens[max(0, first - 5) : first]
        ):
            return None  # "the withdrawal of forces from Panama": where they leave, not theirs
        j = _after_article(tokens, j + 1)
        k = by_first.get(j)
        if k is None:
            return None
        if matches[k].last < len(tokens) and tokens[matches[k].last].key in ("'s", "'"):
            owned = by_first.get(matches[k].last + 1)
            if owned is not None and matches[owned].phrase.value.kind in ("actor", "person"):
                return None  # "leaders of Egypt's Muslim Brotherhood": theirs, not Egypt's
        where = matches[k].phrase.value
        iso3 = None
        if where.kind == "country":
            iso3 = where.country.country.iso3
        elif where.kind == "place":
            iso3 = where.iso3
        return None if iso3 is None else (k, self.countries.countries[iso3])

    def _without_state(self, tokens, matches, by_first, i, on, name: str):
        """An ethnic group named without its state ("ethnic Albanian guerrillas", "Kurdish
        rebels in Syria"): the sector noun after it, and the country only where a place
        after "in|of|from" gives it; otherwise no party (the kin state would be a guess)."""
        k = self._next(tokens, matches, by_first, i, skip_modifiers=True)
        if k is not None and matches[k].phrase.value.kind == "agent":
            used_k, match = self._from_agent(tokens, matches, by_first, k, on)
            if match.iso3 is not None:
                return k - i + used_k, match
            used = k - i + 1 + self._trailing_agents(matches, k + 1)
            sector = matches[k].phrase.value.sector
            return used, ActorMatch(code=sector, iso3=None, sector=sector, kind="agent", name=name)
        linked = self._linked_country(tokens, matches, by_first, matches[i].last, "CVL",
                                      matches[i].first)
        if linked is not None:
            k, country = linked
            return k - i + 1, _country_match(country, None, "country")
        return 1, ActorMatch(code="CVL", iso3=None, sector="CVL", kind="agent", name=name)

    def _from_ethnic(self, tokens, matches, by_first, i, on, named: _Named):
        """'Tamil civilians' -> LKACVL, 'Uighurs' -> CHN: a group with one home state
        stands for that state's people; 'Kurdish rebels' (several states) needs a place."""
        if named.iso3 is None:
            return self._without_state(tokens, matches, by_first, i, on, named.name)
        country = self.countries.countries[named.iso3]
        k = self._next(tokens, matches, by_first, i, skip_modifiers=True)
        if k is not None and matches[k].phrase.value.kind == "agent":
            used = k - i + 1 + self._trailing_agents(matches, k + 1)
            return used, _country_match(country, matches[k].phrase.value.sector, "country")
        return 1, _country_match(country, None, "country")

    def _residence(self, text, tokens, matches, by_first, i, on):
        """'Bosnian Serb forces', 'Kosovo Albanians': a country and, right after it, a
        demonym naming an ethnic group: the people live in the first country (in the second
        for the nations of immigrants: 'Turkish Cypriots', 'Chinese Americans'). Not for
        hyphenated pairs, which join two sides ('Israeli-Palestinian talks')."""
        alias = matches[i].phrase.value.country
        if alias.kind not in ("demonym", "name"):
            return None
        k = by_first.get(matches[i].last)
        if k is None or matches[k].phrase.value.kind != "country":
            return None
        second = matches[k].phrase.value.country
        if second.kind != "demonym" or second.country.iso3 == alias.country.iso3:
            return None
        if not text[matches[i].end : matches[k].start].isspace():
            return None
        home = second.country if second.country.iso3 in _IMMIGRANT_NATIONS else alias.country
        used, match = self._from_country(tokens, matches, by_first, k, on)
        if match.kind == "person":
            return k - i + used, match
        return k - i + used, _country_match(home, match.sector, "country")

    def _from_actor(self, tokens, matches, by_first, i, on):
        named = _pick(matches[i].phrase.value.named, on)
        if named.kind == "ethnic":
            return self._from_ethnic(tokens, matches, by_first, i, on, named)
        member = self._member_country(tokens, matches, by_first, i, on)
        if member is not None:
            return member
        k = self._next(tokens, matches, by_first, i, skip_modifiers=False)
        if k is not None and matches[k].phrase.value.kind == "agent":
            # "NATO troops", "UN officials", "Hamas militants", "Kyodo reporters"
            return k - i + 1, _with_sector(named, matches[k].phrase.value.sector)
        return 1, _named_match(named)

    def _member_country(self, tokens, matches, by_first, i, on):
        """'NATO member Norway', 'EU member state Malta', 'NATO ally Turkey': the
        organisation only says what the country belongs to; the country is the actor."""
        j = matches[i].last
        first = j
        while j < len(tokens) and j - first < 2 and tokens[j].key in _MEMBERSHIP_WORDS:
            j += 1
        k = by_first.get(j) if j > first else None
        if k is None or matches[k].phrase.value.kind != "country":
            return None
        used, match = self._from_country(tokens, matches, by_first, k, on)
        return k - i + used, match


def _after_article(tokens: Sequence[Token], j: int) -> int:
    """Index after 'the' and up to two modifiers at j: 'of [the] [former] <name>'."""
    if j < len(tokens) and tokens[j].key == "the":
        j += 1
    for _ in range(2):
        if j < len(tokens) and tokens[j].key in _MODIFIERS:
            j += 1
    return j


def _later_surnames(text: str, tokens: Sequence[Token],
                    mentions: list[ActorMention]) -> list[ActorMention]:
    """'Robert Mugabe arrived ... Mugabe said': once a known person is named in full, the
    surname alone names the same person in the rest of the text."""
    by_surname: dict[str, ActorMatch] = {}
    for mention in mentions:
        if mention.match.kind == "person":
            words = mention.match.name.split()
            if len(words) > 1 and words[-1][:1].isupper():
                by_surname.setdefault(fold(words[-1]), mention.match)
    if not by_surname:
        return mentions
    first_start = min(m.start for m in mentions if m.match.kind == "person")
    hits = [t for t in tokens if t.key in by_surname and t.start > first_start]
    starts = [m.start for m in mentions] if hits else []
    added = []
    for token in hits:
        if not token.text[:1].isupper():
            continue
        k = bisect_right(starts, token.start) - 1
        if k >= 0 and mentions[k].end > token.start:
            continue  # inside a mention
        added.append(ActorMention(token.start, token.end, token.text, by_surname[token.key]))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _with_sector(named: _Named, sector: str) -> ActorMatch:
    """An organisation with a sector noun: an intergovernmental one takes the sector ("UN
    officials" IGOUNOGOV), as a religious community does unless the noun makes it a
    government ("Shiite militias" MOSSHIREB, but "Muslim leaders" MOS); other named actors
    stay themselves ("Hamas militants")."""
    match = _named_match(named)
    if (named.kind == "igo" or (named.kind == "religion" and sector != "GOV")) \
            and sector != named.sector:
        return replace(match, code=named.code + sector, sector=sector)
    return match


def _is_title(entry: _Entry) -> bool:
    return entry.kind == "agent" and entry.phrase.split()[-1].lower() in _TITLE_WORDS


def _after_name(tokens: Sequence[Token], matches, by_first, j: int) -> int:
    """Index after up to three capitalised words from token j (a name the dictionary does not
    know) that start no dictionary match, except a one-word sector noun after the first
    word: surnames such as King, Major or Bishop."""
    first = j
    while j < len(tokens) and j - first < 3:
        token = tokens[j]
        if not (token.text[:1].isupper() and token.text.isalpha()) or token.key in _NOT_NAMES:
            break
        k = by_first.get(j)
        if k is not None and not (
            j > first and matches[k].phrase.value.kind == "agent" and matches[k].last == j + 1
        ):
            break
        j += 1
    return j


def _country_match(country, sector: str | None, kind: str) -> ActorMatch:
    return ActorMatch(code=country.cameo_code + (sector or ""), iso3=country.iso3, sector=sector,
                      kind=kind, name=country.name)


def _named_match(named: _Named) -> ActorMatch:
    return ActorMatch(code=named.code, iso3=named.iso3, sector=named.sector, kind=named.kind,
                      name=named.name, entity_id=named.actor_id)


def _person_match(entry: _Entry, on: date | None) -> ActorMatch:
    role = _pick(entry.roles, on)
    in_office = None if on is None else _covers(role.start, role.end, on)
    if role.actor_code:
        code = role.actor_code
    else:
        code = (role.iso3 or "") + (role.sector or "")
    return ActorMatch(code=code, iso3=role.iso3, sector=role.sector, kind="person",
                      name=role.name, entity_id=role.person_id, role=role.role, in_office=in_office)


def _covers(start: date | None, end: date | None, on: date) -> bool:
    return (start is None or start <= on) and (end is None or on < end)


def _pick(options, on: date | None):
    """The option valid on `on`; else the nearest in time; without a date, the latest."""
    if len(options) == 1:
        return options[0]
    if on is None:
        return max(options, key=lambda o: (o.end is None, o.end or date.min, o.start or date.min))
    valid = [o for o in options if _covers(o.start, o.end, on)]
    if valid:
        return max(valid, key=lambda o: o.start or date.min)

    def distance(o) -> int:
        if o.start is not None and on < o.start:
            return (o.start - on).days
        return (on - o.end).days if o.end is not None else 0

    return min(options, key=distance)


def _as_date(on) -> date | None:
    if isinstance(on, datetime):
        return on.date()
    return on if isinstance(on, date) else None


# --- building the phrase table ----------------------------------------------------------


def _actor_phrases(ref: Reference, countries: CountryIndex) -> list[Phrase[_Entry]]:
    grouped: dict[tuple[str, str], list[_Named]] = {}
    for index, row in enumerate(ref.rows("actors")):
        alias = required("actors", index, row, "alias")
        iso3 = optional(row, "iso3")
        if iso3 is not None and iso3 not in countries.countries:
            raise seed_error("actors", index, f"iso3 {iso3!r} is not in countries.csv")
        named = _Named(
            actor_id=required("actors", index, row, "actor_id"),
            name=required("actors", index, row, "name"),
            code=required("actors", index, row, "cameo_code"),
            iso3=iso3, sector=optional(row, "sector"),
            kind=required("actors", index, row, "kind"),
            start=optional_date("actors", index, row, "start_date"),
            end=optional_date("actors", index, row, "end_date"),
        )
        case = optional(row, "case") or "any"
        if case not in ("any", "exact", "word"):
            raise seed_error("actors", index, f"case must be 'any', 'exact' or 'word', not {case!r}")
        grouped.setdefault((alias, case), []).append(named)
    # case "word": a name that is also an ordinary word ("Amnesty", "Diet"): as written,
    # and not as a sentence's first word, where every word is capitalised
    return [
        Phrase(alias, "exact", "ordinary_word", _Entry("actor", named=tuple(v))) if case == "word"
        else Phrase(alias, case, _actor_ambiguity(v), _Entry("actor", named=tuple(v)))
        for (alias, case), v in grouped.items()
    ]


def _actor_ambiguity(named: list[_Named]) -> str:
    """Outlet names are always written as names, and many are ordinary phrases otherwise
    ("Russia today", "the guardian", "the times"): in running text they must be capitalised
    as in the dictionary (a phrase known to name an actor, in `resolve`, need not be)."""
    # religious communities too: "a catholic taste", "orthodox economics"
    return "common_word" if all(n.kind in ("media", "religion", "ethnic") for n in named) else ""


def _people_phrases(ref: Reference, countries: CountryIndex) -> list[Phrase[_Entry]]:
    grouped: dict[str, list[_Role]] = {}
    for index, row in enumerate(ref.rows("people")):
        alias = required("people", index, row, "alias")
        iso3 = optional(row, "iso3")
        if iso3 is not None and iso3 not in countries.countries:
            raise seed_error("people", index, f"iso3 {iso3!r} is not in countries.csv")
        role = _Role(
            person_id=required("people", index, row, "person_id"),
            name=required("people", index, row, "name"),
            iso3=iso3, sector=optional(row, "sector"),
            role=required("people", index, row, "role"),
            actor_code=optional(row, "actor_code"),
            start=optional_date("people", index, row, "start_date"),
            end=optional_date("people", index, row, "end_date"),
        )
        if iso3 is None and role.actor_code is None:
            raise seed_error("people", index, "a role needs an iso3 or an actor_code")
        grouped.setdefault(alias, []).append(role)
    # surnames ("Trump", "Putin") are everyday words for some readers: capitalised only
    return [
        Phrase(alias, "any", "common_word" if " " not in alias else "", _Entry("person", roles=tuple(v)))
        for alias, v in grouped.items()
    ]


def _surname_index(people: list[Phrase[_Entry]]) -> dict[str, tuple[_Role, ...]]:
    by_key: dict[str, dict[tuple, _Role]] = {}
    for phrase in people:
        words = tokenize(phrase.surface)
        if len(words) < 2 or not words[-1].text[:1].isupper():
            continue  # a single name is already an alias; "bin Laden" has no surname here
        for role in phrase.value.roles:
            key = (role.person_id, role.role, role.start)
            by_key.setdefault(words[-1].key, {})[key] = role
    return {k: tuple(v.values()) for k, v in by_key.items()}


def _agent_phrases(ref: Reference) -> list[Phrase[_Entry]]:
    phrases = []
    for index, row in enumerate(ref.rows("agents")):
        phrase = required("agents", index, row, "phrase")
        sector = required("agents", index, row, "sector")
        if not sector.isalpha() or not sector.isupper() or len(sector) != 3:
            raise seed_error("agents", index, f"sector {sector!r} is not a 3-letter CAMEO code")
        phrases.append(Phrase(phrase, "any", "", _Entry("agent", sector=sector, phrase=phrase)))
    return phrases


def _place_phrases(ref: Reference, countries: CountryIndex) -> list[Phrase[_Entry]]:
    """Cities and subdivisions, used only to place a sector noun: "protesters in Haifa"."""
    phrases = []
    for index, row in enumerate(ref.rows("places")):
        iso3 = required("places", index, row, "iso3")
        if iso3 not in countries.countries:
            raise seed_error("places", index, f"iso3 {iso3!r} is not in countries.csv")
        name = required("places", index, row, "name")
        # place names are often ordinary words ("Nice", "Split"): capitalised only
        phrases.append(Phrase(name, "any", "common_word", _Entry("place", iso3=iso3, phrase=name)))
    return phrases


def _neighbour_words(ref: Reference) -> frozenset[str]:
    # dates are no part of a name: "Israel Friday reimposed", "Jordan Monday said"
    words = set(_NOT_NAMES)
    for row in ref.rows("agents"):
        words.update(fold(w) for w in row.get("phrase", "").split())
    return frozenset(words)
