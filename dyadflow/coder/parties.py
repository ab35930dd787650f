"""Who can be a party to an event, and how a side named only by a sector word ("police",
"demonstrators") is placed in a country. Pure logic over actor mentions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyadflow.normalize.actors import ActorMention

RECIPROCAL = "reciprocal"  # how a coordinated subject of a symmetric act becomes a target
# sectors of a state actor that act at home, placing a bare target in their country
PLACING_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
# non-state sides that act on their own country's people too ("Fijian rebels will release
# the prime minister", "the Kenyan opposition demanded the minister's removal"), unless the
# act is placed elsewhere ("bombers killed 23 people in Tel Aviv")
HOME_SECTORS = frozenset({"REB", "OPP"})
# bare sector words that act on their own country's actors ("police arrested", "a court")
PLACED_SOURCE_SECTORS = frozenset({"COP", "JUD"})


@dataclass(frozen=True, slots=True)
class Participant:
    mention: ActorMention
    via: str  # how it was found: "subject", "object", "prep:to", "pronoun", ...
    confidence: float
    # the noun phrase naming the participant ("two British soldiers" for the mention
    # "British soldiers"), as character offsets in the sentence; None: the mention itself
    phrase: tuple[int, int] | None = None
    # not named in the text but implied by the act (the state a protest is aimed at)
    implied: bool = False


def reciprocal(participants: Sequence[Participant]) -> list[Participant]:
    """Coordinated subjects of a symmetric act, as each other's target."""
    return [replace(p, via=RECIPROCAL) for p in participants]


# sectors of the state itself: a country named plainly is the same party as these
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# actor kinds of groups that are parties of their own, with or without a country (CAMEO:
# MOS, CHRPRO, KUR), and never the state
GROUP_KINDS = frozenset({"religion", "ethnic"})


def same_party(a: ActorMention, b: ActorMention) -> bool:
    """One actor on both sides: the same code, or a country and one of its state sectors
    ("Washington" -> "the U.S.", "Japan" -> "Japanese officials"); two sectors of one
    country (JPNGOV -> JPNOPP) differ, and so do a country and its non-state groups
    ("Croatia is investigating Croatian extremists")."""
    if a.match.code == b.match.code:
        return True
    if {a.match.kind, b.match.kind} & GROUP_KINDS:
        return False  # Egyptian police and Egyptian Moslems (EGYMOS): a faith is not the state
    if not a.match.iso3 or a.match.iso3 != b.match.iso3:
        return False
    if a.match.sector and b.match.sector:
        return False
    sector = a.match.sector or b.match.sector
    return sector in STATE_SECTORS


def is_bare_agent(mention: ActorMention) -> bool:
    match = mention.match
    return match.kind == "agent" and not match.iso3 and bool(match.sector)


def place_bare(source: Participant, target: Participant | None, *, protest: bool = False,
               where: str | None = None) -> tuple[Participant, Participant | None] | None:
    """A domestic event with one side named by a bare sector word: "police dispersed
    demonstrators", "a judge indicted Chilean officials", "students protested against the
    government". The other side places it in its own country: a target after a government,
    police, judicial or legislative source, or after any protester (a protest is against
    one's own institutions), and after rebels or an opposition unless the act happened
    elsewhere; a police or judicial source before any target with a country.
    Protesters in a country are placed there (the protest then has no target).
    Armed forces place no one (they act abroad), but a bare target is placed where the act
    happened (`where`: "killed three civilians in Chad"), and so is a bare source of an act
    without a target ("Albanians demonstrated in Serbia"). A side left unplaced drops the
    pair."""
    source_bare = is_bare_agent(source.mention)
    target_bare = target is not None and is_bare_agent(target.mention)
    if not (source_bare or target_bare):
        return _place_group(source, target, where)
    if target is None:
        return (_placed(source, where), None) if where else None
    if source_bare == target_bare:
        return None
    if target_bare:
        sector = source.mention.match.sector
        home = source.mention.match.iso3
        if home and (protest or sector in PLACING_SECTORS):
            return source, _placed(target, home)
        if home and sector in HOME_SECTORS:
            return source, _placed(target, where or home)
        # "troops killed three civilians in Chad": those acted on are where the act was
        return (source, _placed(target, where)) if where else None
    if not target.mention.match.iso3:
        return None
    if protest and target.via.endswith(":in"):
        # "protesters demonstrated in Bolivia": Bolivians protesting, at whom is not said
        return _placed(source, target.mention.match.iso3), None
    if protest and where:
        # "people blocked streets in Hong Kong in defiance of Chinese authorities": the
        # protesters are where they protest, whoever they protest against
        return _placed(source, where), target
    # "students protested against the Kenyan government": a protest against a state's
    # institutions is its own people's, unless a place says otherwise (above)
    protested_state = protest and target.mention.match.sector in PLACING_SECTORS
    if not protested_state and source.mention.match.sector not in PLACED_SOURCE_SECTORS:
        return None
    return _placed(source, target.mention.match.iso3), target


def _is_stateless_group(mention: ActorMention) -> bool:
    """A religious or ethnic group named without a country ("Moslem demonstrators", "a
    Protestant group", "Kurds"): a party of its own (CAMEO: MOS, CHRPRO, KUR), unlike a
    bare sector word."""
    return mention.match.kind in GROUP_KINDS and not mention.match.iso3


def _place_group(source: Participant, target: Participant | None,
                 where: str | None) -> tuple[Participant, Participant | None]:
    """A religious or ethnic group without a country is placed where a bare sector word
    would be (the target by a government, police, court or legislature at home, or where
    the act happened; the source of an act without a target where it happened): "Egyptian
    police fired on Moslem demonstrators" is EGYCOP -> EGYMOS. Left unplaced, it stays a
    party of its own."""
    if target is None:
        if where and _is_stateless_group(source.mention):
            return _placed(source, where), None
        return source, None
    if not _is_stateless_group(target.mention):
        return source, target
    home = source.mention.match.iso3 if source.mention.match.sector in PLACING_SECTORS else None
    return source, (_placed(target, home or where) if home or where else target)


def may_place(bare: Sequence[ActorMention], parties: Sequence[ActorMention]) -> bool:
    """Whether `place_bare` could place one of the bare sector words against one of the
    parties, apart from protests (which need a trigger of their own): a state party,
    rebels or an opposition at home, or police or a court."""
    return bool(bare) and (
        any(p.match.sector in PLACING_SECTORS | HOME_SECTORS and p.match.iso3 for p in parties)
        or any(b.match.sector in PLACED_SOURCE_SECTORS for b in bare))


def _placed(participant: Participant, iso3: str) -> Participant:
    match = participant.mention.match
    # a sector word takes the country's code before its sector (EGYCOP), a religious or
    # ethnic group before its own code (EGYMOS, TURKUR)
    suffix = match.code if match.kind in GROUP_KINDS else match.sector
    placed = replace(match, iso3=iso3, code=f"{iso3}{suffix}")
    return replace(participant, mention=replace(participant.mention, match=placed),
                   via=f"{participant.via}->{iso3}")


def is_party(mention: ActorMention) -> bool:
    """Who can be a source or target: a resolved actor. Media organisations report events
    and are never a party; a bare sector word ("troops", "protesters") with no country or
    organisation is not a resolved actor."""
    match = mention.match
    if (match.kind or "") == "media":
        return False
    return not ((match.kind or "") == "agent" and not match.iso3)
