"""From one parsed sentence to events: trigger -> pattern -> source, target, modality.

Works on UD labels (nsubj, nsubj:pass, obj, iobj, obl, nmod, case, xcomp, ccomp, conj,
appos, compound:prt, aux, nmod:poss). Every trigger gets a `Decision` saying what was coded
or why nothing was, which `dyadflow explain` prints.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from dyadflow.coder import modality as mod
from dyadflow.coder.parties import (
    RECIPROCAL,
    STATE_SECTORS,
    Participant,
    is_bare_agent,
    is_party,
    place_bare,
    reciprocal,
    same_party,
)
from dyadflow.coder.patterns import (
    TERRITORIAL_CODES,
    UNTARGETED_ROOTS,
    PatternIndex,
    VerbPattern,
    noun_forms,
    verb_forms,
)
from dyadflow.normalize.actors import ActorMatch, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dyadflow.normalize.places import Gazetteer

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "csubj:pass"})
OBJECT_DEPS = frozenset({"obj", "dobj"})
PREP_DEPS = frozenset({"obl", "nmod", "obl:arg", "obl:agent", "advmod", "nmod:unmarked"})
PREMODIFIER_DEPS = frozenset({
    "compound", "amod", "nmod:poss", "flat", "nmod:npmod", "nummod", "nmod:desc",
})
# Verbs that pass their object or subject to their complement's subject ("asked X to send")
OBJECT_CONTROL_VERBS = frozenset({
    "ask", "urge", "allow", "force", "persuade", "tell", "invite", "encourage", "press",
    "order", "permit", "enable", "call", "help", "authorize", "authorise", "require",
    "request", "compel", "pressure", "push", "prompt", "lead",
}) | mod.WISH_VERBS  # "X wants Y to <act>": Y acts
# Verbs that only carry a nominal trigger: "launched an attack on", "imposed sanctions on",
# "approved the shipment of ... to", "approached X with a request"
SUPPORT_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "mount", "hold", "impose", "make", "begin",
    "start", "continue", "resume", "step", "intensify", "escalate", "announce", "approve",
    "sign", "open", "offer", "provide", "give", "extend", "approach", "issue", "deliver",
    "send", "expand", "increase", "boost", "complete", "finalize", "finalise", "pledge",
    "promise", "unveil", "authorize", "authorise", "order", "plan", "prepare", "seek",
    "propose", "agree", "reach", "broker", "host", "organize", "organise", "lodge", "file",
    "submit", "slap", "levy", "tighten", "renew", "engage", "undertake", "pursue", "initiate",
    "perform", "commit", "wage", "unleash", "speed", "accelerate", "hasten", "expedite",
})
# heads that only measure their 'of' noun ("thousands of refugees", "700 kg of medicine")
QUANTITY_NOUNS = frozenset({
    "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
    "series", "number", "lot", "lots", "kg", "kilogram", "ton", "tonne", "tons", "tonnes",
    "batch", "shipment", "consignment", "group", "couple", "pair", "wave", "round", "total",
})
THIRD_PERSON = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
                          "itself", "themselves", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
# what may stand between two coordinated parties ("Japan, China and the US")
COORDINATION_GAP = re.compile(r"\s*(,|and|or|, and|, or)\s*(the\s+)?", re.IGNORECASE)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
REPORTER_PREPS = frozenset({"according", "per"})
COMPLEMENT_PREPS = ("to", "with", "for", "on", "against", "from", "toward", "towards")
# prepositions the parser takes for the marker of a clause "with X to discuss ..."
CLAUSE_PREPS = frozenset({"with", "for", "against", "on", "from", "to"})
REPORTER_VERBS = frozenset({"cite", "quote"})
# heads of 'in' phrases that name no place ("in protest of", "in response to")
NOT_PLACES = frozenset({
    "protest", "defiance", "response", "support", "retaliation", "favour", "favor",
    "exchange", "solidarity", "reaction", "accordance", "violation", "breach", "return",
    "spite", "memory", "honour", "honor", "addition", "order", "connection", "line"})
# prepositions of a protest's place, which may name its target ("protested in the capital")
# or only where it happened
PROTEST_PLACE_PREPS = frozenset({"in", "at", "outside", "near"})
# heads whose 'of' phrase names whom they stand against or with, not themselves
# ("opponents of the government", "supporters of the former president", "allies of the US")
RELATIONAL_HEADS = frozenset({
    "opponent", "critic", "enemy", "foe", "rival", "adversary", "detractor", "supporter",
    "follower", "loyalist", "backer", "ally", "partisan", "sympathizer", "sympathiser"})
# nouns that measure an act out ("a wave of air strikes", "three days of talks")
MEASURE_NOUNS = frozenset({
    "wave", "series", "round", "spate", "string", "barrage", "salvo", "volley", "flurry",
    "day", "week", "month", "hour", "night", "year", "couple", "number", "host", "set"})
# heads that name people by their number or their place in a group ("a group of Moroccan
# diplomats", "hundreds of UN troops", "a member of parliament"): the whole phrase names them
PEOPLE_HEADS = QUANTITY_NOUNS | {
    "member", "delegation", "team", "majority", "handful", "chief", "deputy", "head",
    "representative", "envoy", "some", "many", "most", "all", "one", "two", "three"}
# the words of a speaker's noun phrase ("a senior Thai police official here")
SPEAKER_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADV", "PART", "PUNCT"})
# what a participant's noun phrase keeps around its head (see SentenceExtractor.phrase_of)
PHRASE_LEFT_CUT_DEPS = frozenset({"case", "mark", "cc", "punct", "advmod", "dep", "conj"})
PHRASE_RIGHT_DEPS = frozenset({"flat", "compound", "nummod", "appos"})
PHRASE_RIGHT_PREPS = frozenset({"of", "in", "from"})

# the words closing a list of actors before its last item ("A, B and C", "A, B, or C")
LIST_CLOSERS = ([",", "and"], ["and"], [",", "or"], ["or"])
# Penn tags of finite verbs and modals
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the people of a protest, by the noun naming them ("Ukrainian protesters")
PROTESTER_WORDS = frozenset({"protester", "protesters", "protestor", "protestors",
                             "demonstrator", "demonstrators", "rioter", "rioters"})
RIOT_CODE = "145"
# words that lead a number ("up to 16 advisers", "more than 1,000 refugees")
QUANTITY_LEADS = frozenset({("up", "to"), ("more", "than"), ("less", "than"), ("fewer", "than"),
                            ("at", "least"), ("at", "most")})
# days named in passing ("killed the chief Sunday"): never part of an actor's name
DEICTIC_DAYS = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
})
# nouns that head time expressions ("met Monday", "this week"), never an object
TIME_WORDS = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
    "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
    "decades", "time", "hours", "minutes", "ago", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
})
# words that lead a time phrase ("on Wednesday", "last week")
TIME_LEAD_WORDS = frozenset({"on", "last", "this", "next", "early", "late"})

CODED = "coded"
PREMODIFIER_SOURCE = "source/premodifier"  # how "Russia's attack", "a Russian invasion" name it
TERRITORY = "target/territory"  # how the place a curfew or an emergency covers is its target
HOME_STATE = "target/home-state"  # how a protest that names no target is aimed at the state
# modals of a possible act; on a condition, a hostile one is held out as a threat
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
POSSIBLE_ON_CONDITION = "a possible act on a condition"
IMPLIED_STATE = "source/state-where"  # the state an arrest or expulsion in its territory implies
# acts only a state does, in its own territory: administrative sanctions (bans, curfews),
# arrests and detentions, expulsions and deportations
STATE_ACT_CODES = frozenset({"172", "173", "174"})
# clauses that only qualify another ("unless ...", "the conditions for ending ...", "who
# resigned"): no act there is coded without a target
SIDE_CLAUSE_DEPS = frozenset({"advcl", "acl", "acl:relcl", "csubj", "nmod", "obl"})
# confidence factor of an event coded without a target
UNTARGETED = 0.6
# a target found only as the nearest actor in the trigger's clause (`_clause_target`)
CLAUSE_TARGET_CONFIDENCE = 0.5
ACCORD_CODE = "019"  # express accord
INTENT_TO_COOPERATE_CODE = "030"
# what leads out of a trigger's clause (or names its subject) for `_clause_target`: the
# subject, clauses with subjects of their own, coordinated clauses, appositions
_OUTSIDE_CLAUSE_DEPS = frozenset({
    "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "ccomp", "parataxis", "advcl",
    "acl:relcl", "conj", "cc", "appos", "punct"})


@dataclass(frozen=True, slots=True)
class Extraction:
    """An event found in one sentence, before codebook, date and place are attached."""

    source: Participant
    target: Participant | None  # None: an act without a target ("the minister resigned")
    code: str
    pattern: VerbPattern
    trigger_i: int  # token index in the sentence doc
    trigger_start: int  # character offsets in the sentence text
    trigger_end: int
    trigger_text: str
    negated: bool
    modality: str | None
    confidence: float


@dataclass(frozen=True, slots=True)
class Decision:
    """What happened at one trigger candidate (for `dyadflow explain`)."""

    trigger_i: int
    trigger_text: str
    lemma: str
    pos: str
    pattern_id: str | None
    code: str | None
    outcome: str  # "coded" or the reason nothing was coded
    source: str | None = None
    target: str | None = None


@dataclass(slots=True)
class SentenceResult:
    extractions: list[Extraction] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    reporters: frozenset[int] = frozenset()  # tokens of "according to X", "citing X"


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool
    kind: str | None  # None asserted, or intent/threat/hypothetical/conditional
    reason: str | None


class SentenceExtractor:
    """Extraction for one parsed sentence; built per sentence, holds its token->actor map."""

    def __init__(
        self,
        doc: Doc,
        *,
        offset: int,
        mentions: Sequence[ActorMention],
        previous: Sequence[ActorMention],
        patterns: PatternIndex,
        modality_codes: mod.ModalityCodes,
        gazetteer: Gazetteer | None = None,
    ):
        self.doc = doc
        self.gazetteer = gazetteer
        # spaCy builds a new Token object at every iteration over a Doc: iterate once
        self.tokens: list[Token] = list(doc)
        self.offset = offset
        self.patterns = patterns
        self.modality_codes = modality_codes
        self.previous = [m for m in previous if is_party(m)]
        self.reporters = self._reporter_tokens()
        self.token_mention: dict[int, ActorMention] = {}
        # per-token results reused by every candidate pattern of a trigger
        self._subjects: dict[int, tuple[list[Token], str]] = {}
        self._themes: dict[int, Token | None] = {}
        self._actors: dict[tuple[int, str, str | None, int], list[Participant]] = {}
        self._preps: dict[tuple[int, ...], list[tuple[str, Token]]] = {}
        self._passive: dict[int, bool] = {}
        # per-token results every candidate pattern reuses: word sets, dative shift, nominals
        self._cache: dict[tuple, Any] = {}
        self.mentions: list[ActorMention] = []
        for mention in mentions:
            if not is_party(mention) or _hyphen_compound(doc.text, mention, offset):
                continue
            span = doc.char_span(
                mention.start - offset, mention.end - offset, alignment_mode="expand"
            )
            if span is None or any(t.i in self.reporters for t in span):
                continue
            self.mentions.append(mention)
            for token in span:
                self.token_mention.setdefault(token.i, mention)
        # bare sector words ("demonstrators", "a judge"): no party alone, but one side of a
        # domestic event when the other side places them (see `place_bare`)
        self.bare_mention: dict[int, ActorMention] = {}
        for mention in mentions:
            if is_bare_agent(mention):
                span = doc.char_span(mention.start - offset, mention.end - offset,
                                     alignment_mode="expand")
                for token in span or ():
                    self.bare_mention.setdefault(token.i, mention)

    # ---- reporters -------------------------------------------------------------------

    def _reporter_tokens(self) -> set[int]:
        """Tokens of 'according to X', 'citing X', 'X said' parentheticals: never actors."""
        out: set[int] = set()
        for token in self.tokens:
            if token.dep_ == "case" and token.lower_ in REPORTER_PREPS:
                out.update(t.i for t in token.head.subtree)
            elif token.pos_ == "VERB" and is_lemma(token, REPORTER_VERBS):
                for child in token.children:
                    if child.dep_ in OBJECT_DEPS:
                        out.update(t.i for t in child.subtree)
            elif token.pos_ == "VERB" and is_lemma(token, mod.REPORTING_VERBS) \
                    and not _has_subject(token):
                out.update(self._speaker_before(token))
        return out

    def _speaker_before(self, verb: Token) -> list[int]:
        """", Thai police here said": the words between a comma and a reporting verb that
        has no subject are its speaker, which the parser hung on the clause before."""
        words: list[int] = []
        for i in range(verb.i - 1, -1, -1):
            token = self.tokens[i]
            if token.text == ",":
                return words if any(self.tokens[j].pos_ in ("NOUN", "PROPN") for j in words) else []
            if token.pos_ not in SPEAKER_POS:
                return []
            words.append(i)
        return []

    # ---- actors of nominal heads ------------------------------------------------------

    def actor_of(self, token: Token, *, role: str, exclude: str | None = None,
                 depth: int = 0) -> Participant | None:
        found = self.actors_of(token, role=role, exclude=exclude, depth=depth)
        return found[0] if found else None

    def actors_of(self, token: Token, *, role: str, exclude: str | None = None,
                  depth: int = 0) -> list[Participant]:
        """The actor(s) a nominal head names: its own mention, a pronoun's antecedent(s), a
        premodifier ("U.S. military units", "Russia's actions"), an apposition, an 'of'
        phrase ("the government of Japan")."""
        key = (token.i, role, exclude, depth)
        if key not in self._actors:
            found = self._find_actors(token, role=role, exclude=exclude, depth=depth)
            if depth == 0 and len(found) == 1 and found[0].via.endswith(
                    ("/of", "/from", "/in")) and token.i not in self.bare_mention \
                    and token.lemma_.lower() not in PEOPLE_HEADS and token.pos_ == "NOUN":
                # "the withdrawal of Syrian forces", "the embassy in Tehran": a head that
                # names no one leaves the phrase of the actor in its complement
                found = [replace(found[0], phrase=self._mention_phrase(found[0].mention))]
            elif depth == 0 and len(found) == 1 and not found[0].via.endswith(
                    ("/pronoun", "/relative")) and _names_a_phrase(token):
                found = [replace(found[0], phrase=self.phrase_of(token))]
            self._actors[key] = found
        return self._actors[key]

    def phrase_of(self, token: Token) -> tuple[int, int]:
        """The noun phrase a nominal head spans: its premodifiers, names, appositions,
        'of'/'in'/'from' phrases and -ing modifiers ("two British soldiers", "rebels in
        Nepal", "refugees fleeing the war"); not its preposition, conjuncts, clauses, time
        words or comma-separated modifiers, nor a verb misparsed as its modifier. Trimmed
        of edge punctuation."""
        kept = {token.i}
        # a verb misparsed as a modifier ("Nigeria [accused] Cameroon") and what precedes it
        # (its subject) are no part of its object's phrase
        verb_at = max((c.i for c in token.lefts if c.dep_ == "amod" and c.pos_ in ("VERB", "ADJ")
                       and _misparsed_modifier(c)), default=-1)
        for child in token.children:
            if child.i <= verb_at:
                continue
            if child.i < token.i:
                keep = child.dep_ not in PHRASE_LEFT_CUT_DEPS
            else:
                keep = child.dep_ in PHRASE_RIGHT_DEPS or (
                    child.dep_ == "nmod" and _case(child) in PHRASE_RIGHT_PREPS
                    and not (token.pos_ == "PROPN" and _case(child) == "in")
                ) or (child.dep_ == "acl" and child.tag_ == "VBG" and not child.nbor(-1).is_punct
                      and _mark(child) is None and _nominal_object(child) is None)
            if keep:
                kept.update(t.i for t in child.subtree)
        # conjuncts inside ("rebels in Chad and Sudan") end it too, and so does an act it
        # happened in or is charged with ("two British soldiers [in a bomb attack]",
        # "accused Kenya [of torture]")
        inner = [self.doc[t] for t in kept
                 if t != token.i and (self.doc[t].dep_ in ("conj", "cc", "acl:relcl") or (
                     self.doc[t].head.i == token.i < t and _case(self.doc[t]) in ("in", "of")
                     and self.doc[t].pos_ == "NOUN"
                     and self.patterns.may_trigger(self.doc[t].lower_, self.doc[t].lemma_)))]
        for t in inner:
            kept.difference_update(x.i for x in t.subtree)
        start = end = token.i
        while start - 1 in kept:
            start -= 1
        # a day named after it ends it ("... in southern Lebanon [Sunday] sources said")
        while end + 1 in kept and self.doc[end + 1].lower_ not in DEICTIC_DAYS:
            end += 1
        # (a leading preposition the parser hung inside the phrase is cut, but not the 'at'
        # of "at least", a fixed expression it often reads as one)
        while start < token.i and (self.doc[start].is_punct or self.doc[start].dep_ == "cc"
                                   or (self.doc[start].dep_ == "case"
                                       and self.doc[start + 1].lower_ not in ("least", "most"))):
            start += 1
        # "[up to] 16 Russian advisers": the lead words of a number the parser hung elsewhere
        if self.doc[start].like_num and start >= 2 and \
                (self.doc[start - 2].lower_, self.doc[start - 1].lower_) in QUANTITY_LEADS:
            start -= 2
        # "Arafat Wednesday", "Pakistan today": a time word the parser hung on the name
        while end > token.i and (self.doc[end].lower_ in TIME_WORDS
                                 or self.doc[end].pos_ in ("ADP", "CCONJ", "DET")
                                 or (self.doc[end].is_punct and self.doc[end].text != ")")):
            end -= 1
        return self.doc[start].idx, self.doc[end].idx + len(self.doc[end].text)

    def _find_actors(self, token: Token, *, role: str, exclude: str | None,
                     depth: int) -> list[Participant]:
        if token.i in self.reporters:
            return []
        mention = self.token_mention.get(token.i)
        if mention is not None:
            return [Participant(mention, role, 1.0)]
        if token.pos_ == "PRON" or token.lower_ in THIRD_PERSON | RELATIVE_PRONOUNS:
            return self.resolve_pronoun(token, role=role, exclude=exclude)
        if token.lemma_.lower() in QUANTITY_NOUNS:
            # "hundreds of thousands of people": a number names what it counts
            counted = next((c for c in token.children
                            if c.dep_ == "nmod" and _case(c) == "of"), None)
            if counted is not None:
                return self._find_actors(counted, role=role, exclude=exclude, depth=depth)
        if depth > 2:
            return []
        lefts = list(token.lefts)
        # "the Turkish and Greek sides": coordinated modifiers name several actors (the
        # parser links them by 'conj', or only leaves the 'and' among the modifiers)
        coordinated = any(c.dep_ == "cc" for left in lefts for c in (left, *left.children))
        found: list[Participant] = []
        for child in reversed(lefts):
            if child.dep_ in PREMODIFIER_DEPS and depth < 2:
                for member in self.group(child):
                    found += self.actors_of(member, role=role, exclude=exclude, depth=depth + 1)
                if found and not coordinated:
                    break
        if found:
            found.sort(key=lambda p: p.mention.start)
            # a possessive pronoun ("their arms") stands for its antecedent, whose words are
            # the antecedent's own phrase, not the phrase it modifies
            return [replace(p, via=f"{role}/pronoun", confidence=p.confidence * 0.9)
                    if p.via.endswith("/pronoun") else
                    Participant(p.mention, f"{role}/modifier", p.confidence * 0.9) for p in found]
        for child in token.children:
            if child.dep_ == "appos":
                found = self.actor_of(child, role=role, exclude=exclude, depth=depth + 1)
                if found is not None:
                    return [Participant(found.mention, f"{role}/apposition", found.confidence)]
        for child in token.rights:
            # "the government of Japan", "activists from the Fatah party"
            case = _case(child)
            if child.dep_ == "nmod" and case in ("of", "from") and not (
                    case == "of" and token.lemma_.lower() in RELATIONAL_HEADS):
                found = self.actor_of(child, role=role, exclude=exclude, depth=depth + 1)
                if found is None and case == "from" and depth == 0 and \
                        child.i in self.bare_mention:
                    # "demands from rebels": a sector word the other side may place
                    found = Participant(self.bare_mention[child.i], f"{role}/unplaced", 0.8)
                if found is not None:
                    return [Participant(found.mention, f"{role}/{case}", found.confidence * 0.8)]
        if role.startswith("target") and depth == 0 and token.pos_ == "NOUN":
            # a generic object located in a country ("settlements in the Gaza Strip",
            # "civilians in Aleppo"): the country is the target, with less confidence
            for child in token.rights:
                if child.dep_ == "nmod" and _case(child) == "in":
                    found = self.actor_of(child, role=role, exclude=exclude, depth=depth + 1)
                    if found is not None and found.mention.match.iso3 and \
                            found.mention.match.code != exclude:
                        return [Participant(found.mention, f"{role}/in", found.confidence * 0.7)]
        if depth == 0 and token.i in self.bare_mention:
            return [Participant(self.bare_mention[token.i], f"{role}/unplaced", 0.8)]
        return []

    def group(self, token: Token) -> list[Token]:
        """A token and the tokens coordinated with it ("the US and its allies")."""
        # (a conjunct across a verb is a parse error: "bulldozers [demolished] homes" with
        # 'homes' hung on 'bulldozers')
        first = token
        while _conjunct(first) and first.head.i != first.i and \
                not self._verb_between(first, first.head):
            first = first.head
        out = [first]
        # "Libyan leader Muammar Gaddafi and Bulgarian President ...": the parser often hangs
        # the conjunct on the name in apposition rather than on the head
        stack = [first, *(c for c in first.children if c.dep_ in ("appos", "flat"))]
        while stack:
            current = stack.pop()
            for child in current.children:
                if _conjunct(child) and child not in out and \
                        not self._verb_between(current, child):
                    out.append(child)
                    stack.append(child)
        out += [t for t in self._listed_with(token) if t not in out]
        return sorted(out, key=lambda t: t.i)

    def _listed_with(self, token: Token) -> list[Token]:
        """The actors listed with the token's actor in a series of three or more ("The US,
        Russia, and Switzerland met", "Brazil, Chile and Peru signed"), read from the text:
        the parser often hangs the last item on the verb or makes the first the root."""
        key = ("listed", token.i)
        if key not in self._cache:
            self._cache[key] = self._find_list(token)
        return self._cache[key]

    def _find_list(self, token: Token) -> list[Token]:
        if token.i not in self.token_mention:
            return []
        spans: list[list[int]] = []  # token indices of each mention, in order
        for i, mention in sorted(self.token_mention.items()):
            if spans and self.token_mention[spans[-1][-1]] is mention and spans[-1][-1] == i - 1:
                spans[-1].append(i)
            else:
                spans.append([i])
        at = next(k for k, span in enumerate(spans) if token.i in span)

        def gap(k: int) -> list[str]:  # the words between mention k and mention k + 1
            words = [t.lower_ for t in self.tokens[spans[k][-1] + 1:spans[k + 1][0]]]
            return words[:-1] if words[-1:] == ["the"] else words

        def in_phrase(k: int) -> bool:  # "In Paris, France and Germany": no list item
            before = spans[k][0] - 1
            if before >= 0 and self.tokens[before].lower_ == "the":
                before -= 1
            return before >= 0 and self.tokens[before].pos_ == "ADP"

        def opens_sentence(k: int) -> bool:  # "Libyan leader Gaddafi and ..." leads
            return spans[k][0] == 0 or (spans[k][0] == 1 and self.tokens[0].lower_ == "the")

        # two actors joined by 'and' at the start of the sentence, whose coordination the
        # parser lost ("Libyan leader Gaddafi and Bulgarian President Zhivkov signed")
        pair = next((k for k in (at - 1, at) if 0 <= k < len(spans) - 1
                     and gap(k) == ["and"] and opens_sentence(k)), None)
        if pair is not None and (pair + 2 == len(spans) or gap(pair + 1) != [","]):
            return [self._span_head(spans[k]) for k in (pair, pair + 1)]
        # back over the list's commas (and its closing 'and' when the token is the last
        # item), then forward to the item after the closing 'and'
        first = last = at
        closed = at > 0 and gap(at - 1) in LIST_CLOSERS and not in_phrase(at - 1)
        if closed:
            first -= 1
        while first > 0 and gap(first - 1) == [","] and not in_phrase(first - 1):
            first -= 1
        if not closed:
            while last + 1 < len(spans) and gap(last) == [","]:
                last += 1
            if last + 1 < len(spans) and gap(last) in LIST_CLOSERS:
                last += 1
            else:
                return []
        if last - first < 2:
            return []
        return [self._span_head(spans[k]) for k in range(first, last + 1)]

    def _span_head(self, span: list[int]) -> Token:
        """The token of a mention whose head lies outside it."""
        return next((self.tokens[i] for i in span
                     if not span[0] <= self.tokens[i].head.i <= span[-1]
                     or self.tokens[i].head.i == i), self.tokens[span[-1]])

    def _verb_between(self, a: Token, b: Token) -> bool:
        return any(t.pos_ in ("VERB", "AUX") for t in self.doc[min(a.i, b.i) + 1:max(a.i, b.i)])

    def actors_of_tokens(self, tokens: Iterable[Token], *, role: str,
                         exclude: str | None = None) -> list[Participant]:
        """Actors of nominal heads, one per actor code, in sentence order."""
        out: list[Participant] = []
        seen: set[str] = set()
        for token in tokens:
            for found in self.actors_of(token, role=role, exclude=exclude):
                if found.mention.match.code not in seen:
                    seen.add(found.mention.match.code)
                    out.append(found)
        return out

    def actors_of_group(self, token: Token, *, role: str,
                        exclude: str | None = None) -> list[Participant]:
        return self.actors_of_tokens(self.group(token), role=role, exclude=exclude)

    def resolve_pronoun(self, token: Token, *, role: str,
                        exclude: str | None) -> list[Participant]:
        word = token.lower_
        if word in RELATIVE_PRONOUNS:
            # "Kishi and Austin, who met": the noun the relative clause modifies
            clause = token.head
            if clause.dep_.startswith("acl") and clause.head.i != clause.i:
                return [replace(p, via=f"{role}/relative")
                        for p in self.actors_of_group(clause.head, role=role, exclude=exclude)]
            return []
        if word not in THIRD_PERSON:
            return []
        before = [m for m in self.mentions if m.end - self.offset <= token.idx]
        if word in REFLEXIVES:
            # "attacked themselves": the clause's own subject (then source == target: no event)
            pool = list(reversed(before))
        elif token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            # a subject pronoun continues the nearest earlier actor in the sentence,
            # else the first actor of the previous sentence (usually its subject)
            pool = list(reversed(before)) or self.previous[:1]
        else:
            # an object or possessive pronoun rarely refers to its own clause's subject; it is
            # resolved within the sentence only (across sentences it is too often wrong)
            pool = [m for m in reversed(before) if m.match.code != exclude]
        if not pool:
            return []
        chosen = [pool[0]]
        if word in PLURAL_PRONOUNS and pool[0] in before:
            chosen = self._coordinated(before, pool[0])
        # the antecedent's noun phrase in this sentence is what the pronoun stands for
        # ("The Russian Foreign Minister Sergei Lavrov said he ...")
        return [Participant(m, f"{role}/pronoun", 0.75,
                            self._mention_phrase(m) if m in before else None) for m in chosen]

    def _mention_phrase(self, mention: ActorMention) -> tuple[int, int] | None:
        """The noun phrase around a mention of this sentence: that of its syntactic head."""
        start, end = mention.start - self.offset, mention.end - self.offset
        inside = [t for t in self.tokens if start <= t.idx < end]
        heads = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
        if len(heads) != 1 or not _names_a_phrase(heads[0]):
            return None
        return self._phrase_modified_by([t.i for t in inside]) or self.phrase_of(heads[0])

    def _coordinated(self, mentions: Sequence[ActorMention],
                     last: ActorMention) -> list[ActorMention]:
        """'Obama and Putin said they ...': a plural pronoun takes the whole coordination
        ending at its nearest antecedent (mentions joined only by 'and', 'or' or commas)."""
        ordered = sorted(mentions, key=lambda m: m.start)
        k = ordered.index(last)
        out = [last]
        while k > 0:
            left, right = ordered[k - 1], ordered[k]
            gap = self.doc.text[left.end - self.offset:right.start - self.offset]
            if not COORDINATION_GAP.fullmatch(gap):
                break
            out.insert(0, left)
            k -= 1
        return out

    # ---- the verb's arguments ---------------------------------------------------------

    def subject_tokens(self, verb: Token, *, depth: int = 0) -> tuple[list[Token], str]:
        """The tokens naming who does `verb`, following control and coordination."""
        if verb.i not in self._subjects:
            self._subjects[verb.i] = self._find_subject_tokens(verb, depth)
        return self._subjects[verb.i]

    def _find_subject_tokens(self, verb: Token, depth: int) -> tuple[list[Token], str]:
        if depth > 4:
            return [], "none"
        passive = self.is_passive(verb)
        if not passive:
            # several subject children: a coordination the parser did not link
            # ("Japan and China agreed" with two 'nsubj')
            subjects = [t for child in verb.children
                        if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                        for t in self.group(child)]
            if subjects and verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "cc" and c.i < subjects[0].i for c in verb.children):
                # "Brazil and [the US are seeking]": the verb hung on the first conjunct of
                # a coordinated subject, the second parsed as its own subject
                subjects = [*self.group(verb.head), *subjects]
            if not subjects and verb.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ in ("obj", "compound:prt") for c in verb.children):
                # "Beijing [shot] down the proposal" read as a noun: its subject is the
                # compound before it
                subjects = [t for c in verb.lefts if c.dep_ == "compound" for t in self.group(c)]
            if subjects:
                return sorted(set(subjects), key=lambda t: t.i), "subject"
            # "Syria says it is willing to withdraw": 'it' parsed as an expletive
            expletives = [c for c in verb.children if c.dep_ == "expl" and c.lower_ != "there"]
            if expletives:
                return expletives, "subject"
        if passive:
            agent = _agent_of(verb)
            if agent is not None:
                return self.group(agent), "agent"
            attack = self._attack_behind(verb)
            if attack is not None:
                return [attack], "agent"
            if verb.dep_ == "acl":
                return [], "none"
        head = verb.head
        if head.i == verb.i:
            return [], "none"
        if _misparsed_modifier(verb):
            for child in head.children:
                if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
                    return self.group(child), "subject"
            subject = _subject_before(verb)
            if subject is not None:
                return self.group(subject), "subject"
        if (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.pos_ in (
                "NOUN", "PROPN") and not _has_subject(verb)) or _misparsed_finite(verb):
            # "The EU foreign ministers agreed ...": a finite verb misattached as a modifier
            return self.group(head), "subject"
        if verb.dep_ == "xcomp":
            if is_lemma(head, OBJECT_CONTROL_VERBS):
                for child in head.children:
                    if child.dep_ in OBJECT_DEPS | {"iobj"}:
                        return self.group(child), "controller"
            if self.is_passive(head):
                # "Obama is scheduled to attend", "X was asked to mediate": the passive
                # subject is who will act (also when parsed as an active subject or an
                # expletive: "it is prepared to impose")
                for child in head.children:
                    if child.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS or (
                            child.dep_ == "expl" and child.lower_ != "there"):
                        return self.group(child), "controller"
            tokens, _ = self.subject_tokens(head, depth=depth + 1)
            return tokens, "controller"
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX", "ADJ"):
            tokens, via = self.subject_tokens(head, depth=depth + 1)
            return tokens, via
        if verb.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            # "France [imposed] sanctions on Iran and warned ...": the first verb hung on its
            # object as a modifier, the second on the object: both share the first's subject
            misparsed = next((c for c in head.lefts if c.dep_ == "amod"
                              and _misparsed_modifier(c)), None)
            if misparsed is not None:
                tokens, _ = self.subject_tokens(misparsed, depth=depth + 1)
                return tokens, "subject"
        if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB", "VBN") and head.pos_ in (
                "VERB", "AUX") and _mark(verb) not in mod.CONDITIONAL_MARKS:
            # a non-finite adverbial clause shares the main clause's subject: "Before leaving
            # for Beijing, Bush ...", "..., offering support to Lebanon"
            tokens, _ = self.subject_tokens(head, depth=depth + 1)
            return tokens, "controller"
        if verb.dep_ == "acl" and verb.tag_ in ("VB", "VBG"):
            # "Japan's decision to send", "the French plan to provide": who decided or plans
            # is who will act (a "request to supply" is coded as hypothetical anyway)
            noun = head
            for child in noun.lefts:
                if child.dep_ == "nmod:poss":
                    return [child], "possessor"
            if is_lemma(noun, mod.INTENT_NOUNS) and self.actors_of(noun, role="source"):
                return [noun], "possessor"
            if noun.dep_ in OBJECT_DEPS and is_lemma(noun.head, SUPPORT_VERBS):
                tokens, _ = self.subject_tokens(noun.head, depth=depth + 1)
                return tokens, "controller"
        return [], "none"

    def _linear_subject(self, verb: Token) -> list[Token]:
        """When the parse gives a finite verb no subject at all (a parser failure, e.g. the
        verb tagged as a modifier), fall back on the nearest actor mention before it in the
        same stretch of text (no other verb, comma-free), as older coders did."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return []
        for token in reversed(self.doc[:verb.i]):
            if token.pos_ in ("VERB", "AUX") or token.is_punct or token.lower_ in (
                    "that", "which", "who", "if", "because"):
                return []
            if token.i in self.token_mention:
                return [token]
        return []

    def _attack_behind(self, verb: Token) -> Token | None:
        """"Ten civilians were killed in a Russian air raid", "wounded during an Israeli
        raid": a passive without an agent whose 'in' or 'during' phrase names a violent act
        (a trigger of roots 17-20) was done by whom that act's premodifier names."""
        for child in verb.children:
            if child.dep_ == "obl" and child.pos_ == "NOUN" and _case(child) in ("in", "during") \
                    and any(p.code[:2] >= "17" for lemma in self.trigger_lemmas(child)
                            for p in self.patterns.candidates("NOUN", lemma)) \
                    and any(c.dep_ in PREMODIFIER_DEPS for c in child.lefts):
                return child
        return None

    def theme_of(self, verb: Token) -> Token | None:
        if verb.i not in self._themes:
            self._themes[verb.i] = self._find_theme(verb)
        return self._themes[verb.i]

    def _find_theme(self, verb: Token) -> Token | None:
        passive = self.is_passive(verb)
        for child in verb.children:
            if child.dep_ not in (PASSIVE_SUBJECT_DEPS if passive else OBJECT_DEPS):
                continue
            # "held a new round of talks", "launched ten days of exercises": the act a
            # measure noun measures out
            measured = next((c for c in child.children if _measured(c)), None)
            if measured is not None:
                return measured
            # ("rejected Thursday a UN appeal": a weekday parsed as the object is none)
            if child.lower_ not in TIME_WORDS:
                return child
        for child in verb.children:
            # "played [host] to": a bare noun the parser made a secondary predicate
            if child.dep_ == "xcomp" and child.pos_ == "NOUN" and not passive and not any(
                    c.dep_ in ("cop", "mark") for c in child.children):
                return child
        if passive and verb.dep_ != "acl":
            # reduced passive read as active: its 'subject' is the theme
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS:
                    return child
        if passive and verb.dep_ == "acl":
            return verb.head  # "the weapons supplied by the US"
        if _misparsed_modifier(verb):
            return verb.head
        if _misparsed_finite(verb):
            return _nominal_object(verb)
        if not passive:
            # "amassed more than 100,000 troops": a comparative quantity parsed as a 'than'
            # phrase or as a caseless nominal that is no time expression
            for child in verb.children:
                if child.dep_ == "obl" and _case(child) == "than":
                    return child
                if child.dep_ in ("obl:unmarked", "obl:npmod") and _case(child) is None and \
                        child.pos_ in ("NOUN", "PROPN") and child.lower_ not in TIME_WORDS:
                    return child
        return None

    def prep_objects(self, heads: Iterable[Token]) -> list[tuple[str, Token]]:
        """(preposition, object) pairs of the heads' prepositional dependents."""
        heads = list(heads)
        key = tuple(h.i for h in heads)
        if key not in self._preps:
            self._preps[key] = self._find_prep_objects(heads)
        return self._preps[key]

    def _find_prep_objects(self, heads: Sequence[Token]) -> list[tuple[str, Token]]:
        out: list[tuple[str, Token]] = []
        for head in heads:
            # a modifier after its noun is the noun's head word the tagger missed ("a
            # suspected Somali [militant] to Britain"): its phrases are the noun's
            children = [grand for child in head.children
                        for grand in ((child, *child.children)
                                      if child.dep_ == "amod" and child.i > head.i else (child,))]
            for child in children:
                if child.dep_ == "advcl" and (prep := _mark(child)) in CLAUSE_PREPS:
                    # "met with Assad to discuss ...", parsed as a clause marked by 'with'
                    # whose subject is the preposition's object
                    out += [(prep, c) for c in child.children
                            if c.dep_ in SUBJECT_DEPS | OBJECT_DEPS]
                    continue
                if child.dep_ in PREP_DEPS or child.dep_ in ("obl:tmod", "obl:unmarked"):
                    prep = _case(child)
                    if prep is not None:
                        out.append((prep, child))
                        continue
                    # the case marker hung on a premodifier: "to Poland next month" (the
                    # object is the modifier) or "to 18 Rwandan rebels" (it is the head)
                    for inner in child.lefts:
                        prep = _case(inner)
                        if prep is not None and inner.dep_ in PREMODIFIER_DEPS:
                            out += [(prep, inner), (prep, child)]
                            break
        return out

    # ---- modality ---------------------------------------------------------------------

    def modality_of(self, trigger: Token, governor: Token | None) -> Modality:
        """Walk from the trigger (or the verb carrying a nominal trigger) up its clause and
        through control chains, collecting cues; the strongest cue decides."""
        negated = any(
            c.lower_ in mod.NEGATIONS and c.dep_ in ("advmod", "neg", "det") for c in trigger.children
        ) or any(
            # "sent no troops": a verb whose object is negated
            c.dep_ in OBJECT_DEPS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in trigger.children
        )
        hedge = next((c for c in trigger.children
                      if c.dep_ == "amod" and c.lower_ in mod.HEDGING_ADJECTIVES), None)
        if hedge is not None:
            return Modality(negated, mod.HYPOTHETICAL, f"'{hedge.text} {trigger.text}'")
        kinds: dict[str, str | None] = {}  # kind -> reason
        negation_reason: str | None = None
        node = governor if governor is not None else trigger
        for _ in range(8):
            if node is not trigger:
                if is_lemma(node, mod.REFUSING_VERBS):
                    kinds.setdefault(mod.REFUSAL, f"governed by '{node.text}'")
                elif is_lemma(node, mod.NEGATING_VERBS):
                    negated, negation_reason = True, f"governed by '{node.text}'"
                elif is_lemma(node, mod.THREAT_VERBS):
                    kinds.setdefault(mod.THREAT, None)
                elif is_lemma(node, mod.INTENT_VERBS):
                    kinds.setdefault(mod.INTENT, None)
                elif is_lemma(node, mod.HYPOTHETICAL_VERBS):
                    kinds.setdefault(mod.HYPOTHETICAL, f"governed by '{node.text}'")
            for child in node.children:
                word = child.lower_
                if child.dep_ in ("aux", "aux:pass") or child.tag_ == "MD":
                    if word in mod.FUTURE_AUX:
                        kinds.setdefault(mod.FUTURE, None)
                    elif word == "would" and _reported_clause(node):
                        kinds.setdefault(mod.FUTURE, None)  # "said it would send"
                    elif word in mod.SPECULATIVE_AUX:
                        kinds.setdefault(mod.HYPOTHETICAL, f"modal '{child.text}'")
                elif child.dep_ in ("advmod", "neg") and word in mod.NEGATIONS and node is not trigger:
                    negated = True
                elif child.dep_ == "mark" and word in mod.CONDITIONAL_MARKS:
                    return Modality(negated, mod.CONDITIONAL, f"conditional '{child.text}'")
            if node.dep_ == "acl" and _mark(node) == "to":
                # "Japan's decision to send" is intended; "permission to help", "a request to
                # supply", "efforts to counter" are not (yet) events; "cancelled plans to
                # sell" is not even intended
                noun = node.head
                if is_lemma(noun, mod.INTENT_NOUNS) and noun.dep_ in OBJECT_DEPS and \
                        is_lemma(noun.head, mod.CALLING_OFF_VERBS):
                    negated, negation_reason = True, f"'{noun.head.text} {noun.text}'"
                elif is_lemma(noun, mod.INTENT_NOUNS):
                    kinds.setdefault(mod.INTENT, None)
                else:
                    kinds.setdefault(mod.HYPOTHETICAL, f"infinitive of '{node.head.text}'")
                break
            if _mark(node) == "for" and node.tag_ == "VBG" and (
                    (node.dep_ == "acl" and is_lemma(node.head, mod.PROPOSAL_NOUNS))
                    or (node.dep_ == "advcl" and is_lemma(node.head, mod.REFUSING_VERBS))):
                # "a proposal for signing" (also hung on "rejected ... for signing") only
                # puts the act forward
                kinds.setdefault(mod.HYPOTHETICAL, f"proposed: 'for {node.text}'")
                break
            if _misparsed_complement(node):
                node = node.head
                continue
            if node.dep_ == "advcl" and _mark(node) in ("to", "so") and node.tag_ != "VBG":
                # a purpose clause ("met in Zurich to discuss ...") states an aim, not a deed
                # (a gerund after the preposition 'to' is a deed: "resorted to throwing")
                kinds.setdefault(mod.HYPOTHETICAL, "purpose clause")
                break
            if node.head.i == node.i:
                break
            if node.dep_ == "xcomp" or (node.dep_ == "conj" and not _has_subject(node)):
                node = node.head
                continue
            if node.dep_ == "ccomp" and is_lemma(node.head, mod.HYPOTHETICAL_VERBS):
                # "demanded that the US sell no weapons": what is demanded is not yet done
                kinds.setdefault(mod.HYPOTHETICAL, f"governed by '{node.head.text}'")
            # an adverbial or relative clause has its own modality ("as it continues supplying")
            break
        if (mod.FUTURE in kinds or mod.INTENT in kinds) and _has_condition(trigger):
            # "will withdraw its troops unless ...": a conditional announcement is a threat
            kinds.setdefault(mod.CONDITIONED, None)
        possible = next((c.text for c in trigger.children
                         if c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS), None)
        if possible and kinds.get(mod.HYPOTHETICAL) == f"modal '{possible}'" and \
                _has_condition(trigger):
            # "may halt its mediation if cooperation founders": a possible act held out on a
            # condition is a threat, when the act is hostile (see `_code_under`)
            del kinds[mod.HYPOTHETICAL]
            kinds[mod.CONDITIONED] = POSSIBLE_ON_CONDITION
        for kind in mod.PRIORITY:
            if kind in kinds:
                return Modality(negated, kind, kinds[kind] or negation_reason)
        return Modality(negated, None, negation_reason)

    # ---- triggers ---------------------------------------------------------------------

    def trigger_lemmas(self, token: Token) -> list[str]:
        """The pattern lemmas this token may be: the parser's lemma, then form-table lemmas."""
        lemma = token.lemma_.lower() if token.lemma_ else token.lower_
        out = [lemma]
        for candidate in sorted(self.patterns.lemmas_for_form(token.lower_)):
            if candidate not in out:
                out.append(candidate)
        return out

    def extract(self) -> SentenceResult:
        result = SentenceResult(reporters=frozenset(self.reporters))
        if not self.mentions and not self.previous:
            return result
        consumed: set[int] = set()  # nominal themes already coded through their verb
        # (only words that may inflect a pattern lemma can be triggers, and none inside an
        # actor's name: "Amnesty International", "UN peacekeepers")
        pos_of = {t.i: _trigger_pos(t) if self.patterns.may_trigger(t.lower_, t.lemma_)
                  and t.i not in self.token_mention else None for t in self.tokens}
        tokens = sorted(self.tokens, key=lambda t: (pos_of[t.i] != "VERB", t.i))
        for token in tokens:
            pos = pos_of[token.i]
            if token.i in consumed or pos is None:
                continue
            for lemma in self.trigger_lemmas(token):
                candidates = self.patterns.candidates(pos, lemma)
                penalty = 1.0
                if not candidates:
                    other = "NOUN" if pos == "VERB" else "VERB"
                    if other == "VERB" and not any(
                        c.dep_ in SUBJECT_DEPS | OBJECT_DEPS for c in token.children
                    ):
                        continue
                    candidates = self.patterns.candidates(other, lemma)
                    penalty = 0.85
                if not candidates:
                    continue
                outcome = self._code_trigger(token, lemma, candidates, penalty, result, consumed)
                if outcome:
                    break
        self._code_unpatterned_obligations(result)
        self._drop_coded_governors(result)
        self._drop_repeats(result)
        result.extractions = [self._with_phrases(x) for x in result.extractions]
        return result

    def _with_phrases(self, extraction: Extraction) -> Extraction:
        source, target = extraction.source, extraction.target
        return replace(
            extraction, source=self._modified_phrase(source, extraction.trigger_i),
            target=None if target is None else self._modified_phrase(target, extraction.trigger_i))

    def _modified_phrase(self, participant: Participant, trigger_i: int) -> Participant:
        """A participant named only by a premodifier ("Muslim groups") spans the noun phrase
        it modifies, whichever way it was found (see `_phrase_modified_by`); a phrase always
        spans the whole name it holds."""
        if participant.implied:
            return participant
        span = self._mention_tokens(participant.mention)
        if not span:
            return participant
        mention = self._token_span(span[0], span[-1])
        phrase = participant.phrase
        if phrase in (None, mention):
            phrase = self._phrase_modified_by(span, trigger_i) or phrase
        if phrase is not None and phrase[0] <= mention[1] and mention[0] <= phrase[1]:
            # a name the parser split ("Costa [Rica]", "Human Rights [Watch]") is whole
            phrase = (min(phrase[0], mention[0]), max(phrase[1], mention[1]))
        return participant if phrase == participant.phrase else replace(participant, phrase=phrase)

    def _phrase_modified_by(self, span: list[int], trigger_i: int | None = None
                            ) -> tuple[int, int] | None:
        """The noun phrase a mention modifies ("an Israeli peace movement", "20,000
        Vietnamese boat people"); of coordinated modifiers ("US and British activists") the
        last takes the head noun and the others stand alone. None when the mention modifies
        no such noun."""
        top = self._span_head(span)
        if any(c.dep_ == "conj" for c in top.children):
            return None  # the first of coordinated modifiers
        first = top
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        head = first.head
        # "Vietnamese boat people": up a chain of compounds to the phrase's head noun
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        # a possessor is a phrase of its own ("Israel's wish"), and so is the actor of an
        # act ("Israeli attacks", "a Security Council meeting")
        if first.dep_ not in PREMODIFIER_DEPS - {"nmod:poss"} or head.i <= top.i \
                or head.i == trigger_i or head.i in self.token_mention \
                or not _names_a_phrase(head) or self.patterns.may_trigger(head.lower_, head.lemma_):
            return None
        start, end = self.phrase_of(head)
        mention_start = self.tokens[span[0]].idx
        if first is not top:
            start = mention_start
        return (start, end) if start <= mention_start else None

    def _token_span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens[first].idx, self.tokens[last].idx + len(self.tokens[last].text)

    def _mention_tokens(self, mention: ActorMention) -> list[int]:
        start, end = mention.start - self.offset, mention.end - self.offset
        return [t.i for t in self.tokens if start <= t.idx < end]

    @staticmethod
    def _drop_repeats(result: SentenceResult) -> None:
        """One event per directed dyad and CAMEO root per sentence: 'approached Japan with a
        request' is one appeal, "were killed during an Israeli raid" one attack. Of repeats
        the most specific code is kept, then the most confident; an act without a target
        says less than the same act with one and is dropped beside it."""
        def key(x: Extraction) -> tuple[str, str | None, str]:
            return (x.source.mention.match.code, x.target and x.target.mention.match.code,
                    x.code[:2])

        targeted = {(x.source.mention.match.code, None, x.code[:2])
                    for x in result.extractions if x.target is not None}
        best: dict[tuple[str, str | None, str], Extraction] = {}
        for x in result.extractions:
            if key(x) in targeted:
                continue
            kept = best.get(key(x))
            if kept is None or (len(x.code), x.confidence) > (len(kept.code), kept.confidence):
                best[key(x)] = x
        result.extractions = [x for x in result.extractions if best.get(key(x)) is x]

    def _drop_coded_governors(self, result: SentenceResult) -> None:
        """'agreed to hold talks', 'threatened to impose sanctions': when the complement is
        coded (as intent or threat), the governing verb is its modality, not a second event."""
        # (a complement coded without a target does not replace a governor that has one)
        coded = {x.trigger_i for x in result.extractions if x.target is not None}
        governors = {self.doc[i].head.i for i in coded
                     if self.doc[i].dep_ == "xcomp" or _misparsed_complement(self.doc[i])}
        if not governors:
            return
        result.extractions = [x for x in result.extractions if x.trigger_i not in governors]
        result.decisions = [
            replace(d, outcome="its complement was coded instead")
            if d.trigger_i in governors and d.outcome == CODED else d
            for d in result.decisions
        ]

    def _code_trigger(self, token: Token, lemma: str, candidates: Sequence[VerbPattern],
                      penalty: float, result: SentenceResult, consumed: set[int]) -> bool:
        nominal = candidates[0].trigger_pos == "NOUN"
        governor = None
        if nominal and token.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"obl", "conj"}:
            governor = token.head if token.head.pos_ in ("VERB", "AUX") else None
        if not nominal:
            obligation = self._obligation_of(token)
            if obligation is not None:
                return self._code_obligation(token, lemma, candidates, penalty, obligation,
                                             result)
        last_reason = "no pattern's constraints hold"

        def note(reason: str) -> None:
            nonlocal last_reason
            # report a missing party over an unmet constraint: it says more
            if "no fitting" in last_reason or not ("no source" in last_reason
                                                   or "no target" in last_reason):
                last_reason = reason

        untargeted = None  # the first pattern that fits and has a source but no target
        for pattern in [*candidates, None]:
            final = pattern is None
            if final:
                # no pattern found a target in the phrases it names: the nearest actor
                # inside the trigger's own clause is taken, with less confidence ("provided
                # aid for Romania", "evacuated the wounded from the Bosnian town"); failing
                # that, an act that stands alone is still an event ("the president
                # resigned", "the army withdrew"), coded without a target
                if untargeted is None:
                    break
                pattern, found = untargeted
                clause = [] if pattern.reverse else (self._clause_target(
                    token, found[0], partners=pattern.code.startswith("15"))
                                                     or self._purpose_target(token, found[0]))
                if clause:
                    found = (found[0], clause, *found[2:])
                elif not self._may_lack_target(token, pattern):
                    break
            elif nominal:
                found = self._nominal_roles(token, pattern, governor)
            elif not (pattern.object_lemmas or pattern.modifier_lemmas) and \
                    self._carries_nominal_trigger(token):
                # "ordered the expulsion of diplomats": the object names the act (161), the
                # carrying verb's generic row (100 'order') would hide it
                found = f"{pattern.pattern_id}: its object is the act"
            else:
                found = self._verbal_roles(token, pattern)
            if isinstance(found, str):
                note(found)
                continue
            sources, targets, theme, confidence = found
            # the act's own phrase too: "imposed a curfew in the town of Cizre"
            act = [token, *(h for h in (governor, theme) if h is not None)]
            if pattern.code in TERRITORIAL_CODES:
                targets = self._territory(act, targets)
            elif not targets and pattern.code.startswith("15") and "in" in pattern.target_preps:
                # "conducting military exercises in Alaska": a show of force in a place no
                # actor names is aimed at the country the place is in (its own: no target)
                targets = [t for t in [self._town_in(act, via="target/town:in")] if t]
            if not targets and not final:
                if untargeted is None or (pattern.may_lack_target
                                          and not untargeted[0].may_lack_target):
                    # the fallback is a pattern whose act may stand alone, if any
                    # ("protested in the town": a demonstration, not a complaint to no one)
                    untargeted = (pattern, found)
                note(f"{pattern.pattern_id}: no target actor")
                continue
            if theme is not None:
                consumed.add(theme.i)
            # the carrying verb's cues ("prepared an attack") are the act's only when its
            # subject is the act's source, not in "the allies prepared for a Russian invasion"
            own = nominal and all(p.via == PREMODIFIER_SOURCE for p in sources)
            modality = self.modality_of(token, governor if nominal and not own else None)
            decision_base = {
                "trigger_i": token.i, "trigger_text": token.text, "lemma": lemma,
                "pos": pattern.trigger_pos, "pattern_id": pattern.pattern_id,
                "code": pattern.code,
                "source": ", ".join(p.mention.text for p in sources),
                "target": ", ".join(p.mention.text for p in targets),
            }
            if modality.kind in (mod.CONDITIONAL, mod.HYPOTHETICAL):
                result.decisions.append(Decision(**decision_base,
                                                 outcome=f"{modality.kind}: {modality.reason}"))
                return True
            if modality.negated and not _is_refusal(modality):
                result.decisions.append(Decision(
                    **decision_base, outcome=f"negated{': ' + modality.reason if modality.reason else ''}"))
                return True
            code, label, why_not = self._code_under(pattern.code, modality)
            if code == ACCORD_CODE and _agrees_to_act(token):
                # "agreed to set up a research centre": agreeing to an act CAMEO has no code
                # for is an intent to cooperate (030), not accord with someone (019)
                code = INTENT_TO_COOPERATE_CODE
            if code is None:
                result.decisions.append(Decision(**decision_base, outcome=why_not))
                return True
            if not targets and code[:2] not in UNTARGETED_ROOTS | {"03", "12"}:
                # "will withdraw" and "refused to resign" stay acts of their own (an intent,
                # 03x; a refusal, 12x), but "will boost its defences" becomes a threat (138),
                # which needs a target
                result.decisions.append(Decision(
                    **{**decision_base, "code": code},
                    outcome=f"no target, and {code} is no act that stands alone"))
                return True
            pairs: list[tuple[Participant, Participant | None]] = [
                (s, t) for s in sources for t in targets]
            if pattern.symmetric and targets and all(t.via == RECIPROCAL for t in targets):
                # "Japan and China agreed", "the US, Russia and Switzerland met": each party
                # acts towards each other one; "Putin met with Pashinyan" is coded from its
                # subject only, as the gold standards do
                parties = [*sources, *targets]
                pairs = [(a, b) for a in parties for b in parties if a is not b]
            elif pattern.mutual and code == pattern.code:
                # "held talks with Syria": held talks are Syria's act towards them too (an
                # offer to negotiate is not)
                pairs += [(t, s) for s, t in pairs]
            if not targets:
                pairs = [(s, None) for s in sources]
            protest, where = code.startswith("14"), self._country_in(token, governor)
            placed_pairs = [p for pair in pairs
                            if (p := place_bare(*pair, protest=protest, where=where)) is not None]
            if not placed_pairs and targets and code[:2] in UNTARGETED_ROOTS and \
                    self._may_lack_target(token, pattern, code):
                # no side could be placed: the act still stands without its target
                placed_pairs = [p for s in sources
                                if (p := place_bare(s, None, where=where)) is not None]
            if protest:
                # a protest that names no target is against the protesters' own state
                pairs = [(s, t if t is not None else _home_state(s)) for s, t in placed_pairs]
            else:
                pairs = placed_pairs
            coded = 0
            seen: set[tuple[str, str | None]] = set()
            for source, target in pairs:
                key = (source.mention.match.code, target and target.mention.match.code)
                if key in seen or (target and target.via not in (TERRITORY, HOME_STATE)
                                   and same_party(source.mention, target.mention)):
                    continue
                seen.add(key)
                result.extractions.append(_extraction(
                    token, pattern, _as_riot(code, source), label, source, target,
                    penalty * confidence * min(
                        source.confidence, target.confidence if target else UNTARGETED)))
                coded += 1
            if not coded and pairs and code[:2] in UNTARGETED_ROOTS | {"03", "12"}:
                # "promised to democratize Serbia" (Serbia's president), "Hezbollah declared
                # a ceasefire in its battles with Amal": an act on its own side that stands
                # alone is coded without a target
                for source in dict.fromkeys(s for s, _ in pairs):
                    result.extractions.append(_extraction(
                        token, pattern, code, label, source, None,
                        penalty * confidence * min(source.confidence, UNTARGETED)))
                    coded += 1
            outcome = (CODED if coded else "source and target are the same actor" if pairs
                       else "no side named only by a sector word could be placed in a country")
            result.decisions.append(Decision(**{**decision_base, "code": code}, outcome=outcome))
            return True
        result.decisions.append(Decision(
            trigger_i=token.i, trigger_text=token.text, lemma=lemma,
            pos=candidates[0].trigger_pos, pattern_id=None, code=None, outcome=last_reason))
        return False

    def _code_under(self, code: str, modality: Modality) -> tuple[str | None, str | None, str]:
        """The CAMEO code an act becomes under its modality (None: CAMEO has none, and why),
        and the modality label the event keeps."""
        codes = self.modality_codes
        if _is_refusal(modality):
            return codes.refusal_code(code), mod.REFUSAL, f"refusal to {code} has no CAMEO code"
        if modality.kind == mod.INTENT:
            # "agreed to send" is an intent (03x); where CAMEO has no intent code ("want to
            # re-examine the refineries": 09) the act is coded as such, its modality 'intent'
            # kept on the event, as for announced acts ("will ...")
            return codes.intent_code(code) or code, mod.INTENT, ""
        if modality.kind == mod.CONDITIONED:
            # a conditional announcement: a threat when the act is hostile (roots 10-20),
            # otherwise a conditional promise (03x); a merely possible one is no promise
            if code[:2] >= "10":
                return (codes.threat_code(code), mod.THREAT,
                        f"conditional {code} has no CAMEO code")
            if modality.reason == POSSIBLE_ON_CONDITION:
                return None, mod.HYPOTHETICAL, f"a possible {code} on a condition is no promise"
            return codes.intent_code(code), mod.INTENT, f"conditional {code} has no CAMEO code"
        if modality.kind == mod.FUTURE:
            # "will send": announced, so coded as the intent (03x/13x) where CAMEO has one
            return codes.intent_code(code) or code, mod.FUTURE, ""
        if modality.kind == mod.THREAT:
            return codes.threat_code(code), mod.THREAT, f"threat to {code} has no CAMEO code"
        return code, modality.kind, ""

    def _obligation_of(self, verb: Token) -> tuple[Token, str] | None:
        """'Russia said Sudan must return the helicopter': the reporting verb and the modal
        when the verb's clause states what another actor must or should do."""
        modal = next((c.lower_ for c in verb.children if c.dep_ == "aux"
                      and c.lower_ in mod.DEMAND_MODALS | mod.APPEAL_MODALS), None)
        clause = verb
        if modal is None and verb.dep_ == "xcomp" and is_lemma(verb.head, mod.OBLIGATION_VERBS) \
                and _mark(verb) == "to":
            modal, clause = "must", verb.head  # "Y has to withdraw", "Y needs to release"
        if modal is None and verb.dep_ == "xcomp" and _mark(verb) == "to" and \
                is_lemma(verb.head, mod.WISH_VERBS) and any(
                    c.dep_ in OBJECT_DEPS for c in verb.head.children) and not any(
                    c.dep_ == "aux" and c.lower_ in mod.SPECULATIVE_AUX - {"would"}
                    for c in verb.head.children):
            # "Obama wants Putin to attack", "would like Japan to ...": an appeal to the
            # object ("might want" is no appeal yet)
            return verb.head, "should"
        if modal is None or clause.dep_ != "ccomp":
            return None
        if not is_lemma(clause.head, mod.REPORTING_VERBS | mod.STATING_VERBS):
            return None
        return clause.head, modal

    def _code_obligation(self, token: Token, lemma: str, candidates: Sequence[VerbPattern],
                         penalty: float, obligation: tuple[Token, str],
                         result: SentenceResult) -> bool:
        """'X said Y must <act>' is X's demand (10x) of Y, '... should <act>' an appeal
        (02x): the speaker is the source, the obligated actor the target, and the act's
        pattern (its constraints must hold) chooses the demand's code."""
        _, modal = obligation
        pattern = next((p for p in candidates if not isinstance(
            found := self._verbal_roles(token, p), str) or "no source" in found), None)
        if pattern is None:
            return False
        code = self.modality_codes.obligation_code(pattern.code, modal)
        self._emit_obligation(token, lemma, pattern, code, obligation, penalty, result)
        return True

    def _code_unpatterned_obligations(self, result: SentenceResult) -> None:
        """'The US said China must drop its barriers': a reported obligation whose act no
        pattern names is still the speaker's demand (or, with 'should', appeal) of the
        obligated actor, coded with the modal's own dictionary row (100 / 020)."""
        decided = {d.trigger_i for d in result.decisions}
        for modal in self.tokens:
            if modal.dep_ != "aux" or modal.lower_ not in mod.DEMAND_MODALS | mod.APPEAL_MODALS:
                continue
            token = modal.head
            if token.i in decided or token.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            obligation = self._obligation_of(token)
            if obligation is None or token.i in self.token_mention:
                continue
            pattern = next(iter(self.patterns.candidates("VERB", obligation[1])), None)
            if pattern is not None:
                self._emit_obligation(token, token.lower_, pattern, pattern.code, obligation,
                                      1.0, result)

    def _emit_obligation(self, token: Token, lemma: str, pattern: VerbPattern,
                         code: str | None, obligation: tuple[Token, str], penalty: float,
                         result: SentenceResult) -> None:
        reporter, modal = obligation
        base = {"trigger_i": token.i, "trigger_text": token.text, "lemma": lemma,
                "pos": pattern.trigger_pos, "pattern_id": pattern.pattern_id}
        sources = self.actors_of_tokens(self.subject_tokens(reporter)[0], role="source")
        exclude = sources[0].mention.match.code if sources else None
        targets = self.actors_of_tokens(self.subject_tokens(token)[0], role="target",
                                        exclude=exclude)
        negated = any(c.dep_ == "advmod" and c.lower_ in mod.NEGATIONS for c in token.children)
        why = f"'{reporter.text}' that the subject {modal} act"
        if code is None or negated or not sources or not targets:
            missing = ("no CAMEO code" if code is None else "negated" if negated
                       else "no speaker actor" if not sources else "no obligated actor")
            result.decisions.append(Decision(**base, code=code, outcome=f"{why}: {missing}"))
            return
        coded = 0
        for source, target in [(s, t) for s in sources for t in targets]:
            placed = place_bare(source, target)
            if placed is None or placed[1] is None:
                continue
            source, target = placed
            if same_party(source.mention, target.mention):
                continue
            result.extractions.append(_extraction(
                token, pattern, code, mod.OBLIGATION, source, target,
                0.8 * penalty * min(source.confidence, target.confidence)))
            coded += 1
        result.decisions.append(Decision(
            **base, code=code, outcome=CODED if coded else f"{why}: source and target are the same actor",
            source=", ".join(p.mention.text for p in sources),
            target=", ".join(p.mention.text for p in targets)))

    def _carries_nominal_trigger(self, verb: Token) -> bool:
        """A support verb whose object is itself a trigger noun of some pattern."""
        if not is_lemma(verb, SUPPORT_VERBS):
            return False
        theme = self.theme_of(verb)
        return theme is not None and theme.pos_ == "NOUN" and any(
            self.patterns.candidates("NOUN", lemma) for lemma in self.trigger_lemmas(theme))

    def _country_in(self, token: Token, governor: Token | None) -> str | None:
        """The country of the trigger's 'in' phrase ("demonstrated in Serbia")."""
        place = self._place_in([token, *([governor] if governor else [])])
        return place.mention.match.iso3 if place else None

    def _place_in(self, heads: Sequence[Token], preps: tuple[str, ...] = ("in",)
                  ) -> Participant | None:
        """The actor with a country named by an 'in' phrase (or one of `preps`) of one of
        `heads`, or up to two 'in' or 'of' phrases deeper ("in a gunbattle in southeastern
        Serbia", "in the town of Cizre in southeastern Turkey")."""
        for prep, obj in self.prep_objects(heads):
            if prep in preps and obj.lemma_.lower() not in NOT_PLACES:
                places, expanded = [obj], 0
                while expanded < min(len(places), 3):
                    places += [c for c in places[expanded].children
                               if c.dep_ == "nmod" and _case(c) in ("in", "of")]
                    expanded += 1
                for found in (f for place in places for f in self.actors_of(place, role="place")):
                    if found.mention.match.iso3 and not is_bare_agent(found.mention):
                        return found
        return None

    def _territory(self, heads: Sequence[Token], targets: list[Participant]) -> list[Participant]:
        """The target of an act on the people of a territory (`TERRITORIAL_CODES`: a curfew,
        a state of emergency): the country of the place it covers ("imposed a curfew in the
        town of Cizre in southeastern Turkey", "in Baghdad" meaning the city, not Iraq's
        government), also when that is the actor's own country, which makes it a domestic
        event (TURGOV -> TUR). Targets named otherwise ("a curfew on protesters") stay."""
        # (an 'in' phrase, or a phrase inside it: "in the town of Cizre in Turkey")
        places = [t for t in targets if t.via.endswith((":in", ":in/in"))] or (
            [] if targets else [p for p in [self._place_in(heads) or self._town_in(heads)] if p])
        territories = [_as_territory(p) for p in places if p.mention.match.iso3]
        return [*(t for t in targets if not t.via.endswith((":in", ":in/in"))), *territories]

    def _town_in(self, heads: Sequence[Token], via: str = TERRITORY) -> Participant | None:
        """A town or province an 'in' phrase names that is no actor ("a curfew in Abidjan",
        "in Khanty-Mansiysk"), as the place the gazetteer puts it in."""
        if self.gazetteer is None:
            return None
        for prep, obj in self.prep_objects(heads):
            if prep != "in":
                continue
            words = [t for t in obj.subtree if not (t.head.i == obj.i and t.dep_ == "case")]
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            found = self.gazetteer.locate(f"in {self.doc.text[start:end]}")
            if found is not None:
                match = ActorMatch(code=found.iso3, iso3=found.iso3, sector=None, kind="country",
                                   name=found.text)
                mention = ActorMention(self.offset + start, self.offset + end,
                                       self.doc.text[start:end], match)
                return Participant(mention, via, 0.7)
        return None

    def _may_lack_target(self, token: Token, pattern: VerbPattern,
                         code: str | None = None) -> bool:
        """Whether an act is worth coding without a target: an act that stands alone
        (`VerbPattern.may_lack_target`, or the `code` it became: "will not accept refugees"
        is a rejection), used without an object or a phrase where the target would stand
        ("the president resigned", not "they seized a village", whose target is only
        unknown to us); a nominal trigger only as what a support verb's subject does
        ("staged a hunger strike"; alone it is usually generic: "the strike")."""
        if not (pattern.may_lack_target or (code is not None and code[:2] in UNTARGETED_ROOTS)):
            return False
        verb = token.head if pattern.trigger_pos == "NOUN" else token
        if verb.dep_ in SIDE_CLAUSE_DEPS and not (_main_clause_hung_below(verb)
                                                  or _misparsed_finite(verb)):
            return False  # "unless Baghdad accepted the conditions for ending the war"
        if pattern.trigger_pos == "NOUN":
            # "staged a hunger strike", "held a rally": an act named by the object of a
            # support verb, whose subject is the source
            if token.dep_ not in OBJECT_DEPS or not is_lemma(verb, SUPPORT_VERBS):
                return False
            return not any(prep in pattern.target_preps
                           for prep, _ in self.prep_objects([token, verb]))
        theme = self.theme_of(token)
        # "staged demonstrations": an object the pattern requires names the act itself
        if theme is not None and not (pattern.object_lemmas
                                      and self._object_fits(pattern, [theme])):
            return False
        if any(c.dep_ in ("iobj", "ccomp") for c in token.children):
            return False
        # where a protest happened names no one it is aimed at ("demonstrated in Kirkuk")
        places = PROTEST_PLACE_PREPS if pattern.code.startswith("14") else frozenset()
        return not any(prep in pattern.target_preps and prep not in places
                       for prep, _ in self.prep_objects([token]))

    # ---- roles per pattern ------------------------------------------------------------

    def is_passive(self, verb: Token) -> bool:
        if verb.i not in self._passive:
            self._passive[verb.i] = _is_passive(verb)
        return self._passive[verb.i]

    def _object_fits(self, pattern: VerbPattern, themes: Sequence[Token]) -> bool:
        """The theme's head (or a compound/conjunct of it) is one of object_lemmas."""
        if not pattern.object_lemmas:
            return True
        key = ("object", *(t.i for t in themes))
        if key not in self._cache:
            words: set[str] = set()
            for theme in themes:
                # "thousands of refugees", "a series of bombs": the 'of' noun is the object
                if theme.lemma_.lower() in QUANTITY_NOUNS or theme.pos_ == "NUM":
                    theme = next((c for c in theme.children
                                  if c.dep_ == "nmod" and _case(c) == "of"), theme)
                for tok in [theme, *[c for c in theme.children
                                     if c.dep_ in ("compound", "conj", "flat")]]:
                    words.update(_words(tok))
            self._cache[key] = frozenset(words)
        return not self._cache[key].isdisjoint(pattern.object_lemmas)

    def _modifier_fits(self, pattern: VerbPattern, heads: Sequence[Token]) -> bool:
        """Some dependent of the theme (or nominal trigger) is one of modifier_lemmas."""
        if not pattern.modifier_lemmas:
            return True
        key = ("modifier", *(t.i for t in heads))
        if key not in self._cache:
            words: set[str] = set()
            for head in heads:
                for child in head.children:
                    words.update(_words(child))
                    if child.dep_ in ("compound", "amod"):
                        for grandchild in child.children:
                            words.update(_words(grandchild))
            self._cache[key] = frozenset(words)
        return not self._cache[key].isdisjoint(pattern.modifier_lemmas)

    def _verbal_roles(self, verb: Token, pattern: VerbPattern):
        if pattern.particle is not None and not any(
            c.lower_ == pattern.particle and (c.dep_ == "compound:prt" or (
                # "clamped down on": the particle parsed as an adverb right after the verb
                c.dep_ == "advmod" and c.i == verb.i + 1))
            for c in verb.children
        ):
            return f"{pattern.pattern_id}: particle '{pattern.particle}' missing"
        theme = self.theme_of(verb)
        passive = self.is_passive(verb)
        recipient: Token | None = None
        if pattern.target_preps and not pattern.reverse:
            recipient, theme = self.dative_shift(verb)
        if pattern.object_lemmas and theme is None and not passive:
            # no object in the parse ("amassed more than 100,000 troops near ..." parsed
            # with 'troops' inside another phrase): a nominal dependent, or one of its
            # dependents, that is one of the row's object words
            theme = self._object_among_dependents(verb, pattern)
        stative_subject = None
        if pattern.object_lemmas and passive and _agent_of(verb) is None and (
                theme is None or not self._object_fits(pattern, [theme])):
            # "were engaged in ethnic cleansing": no deed done to the subject but its state;
            # the subject is the source and the 'in' phrase holds the act
            inner = self._object_among_dependents(verb, pattern)
            if inner is not None:
                stative_subject, theme = theme, inner
        if pattern.object_lemmas or pattern.modifier_lemmas:
            if theme is None:
                return f"{pattern.pattern_id}: no object"
            if not (self._object_fits(pattern, [theme]) and self._modifier_fits(pattern, [theme])):
                return f"{pattern.pattern_id}: object '{theme.text}' does not fit"
        subject_tokens, via = self.subject_tokens(verb)
        if stative_subject is not None:
            subject_tokens, via = self.group(stative_subject), "subject"
        if not subject_tokens and not passive:
            # (with the actors listed with it: "Japan, China and South Korea [met]")
            subject_tokens = [t for found in self._linear_subject(verb) for t in self.group(found)]
            via = "linear"
        confidence = {"subject": 0.9, "agent": 0.9, "linear": 0.6}.get(via, 0.8)
        # "photographs and other intelligence to Macedonia": the 'to' phrase may hang on
        # the last conjunct of the theme
        preps = self.prep_objects([verb, *(self.group(theme) if theme is not None else [])])
        if pattern.reverse:
            # "Ukraine received missiles from the US": the prep object is the source
            targets = self.actors_of_tokens(subject_tokens, role="target")
            sources = self._prep_actors(preps, pattern.target_preps, role="source")
        else:
            sources = self.actors_of_tokens(subject_tokens, role="source")
            exclude = sources[0].mention.match.code if sources else None
            if recipient is not None:
                targets = self.actors_of_group(recipient, role="target", exclude=exclude)
            elif pattern.target_preps:
                targets = self._prep_actors(preps, pattern.target_preps, role="target",
                                            exclude=exclude)
                if not targets:
                    # "handed over the suspects to Britain" with the 'to' phrase parsed
                    # inside another prepositional phrase
                    inner = [obj for _, obj in self.prep_objects([verb])]
                    targets = self._prep_actors(self.prep_objects(inner), pattern.target_preps,
                                                role="target", exclude=exclude)
            else:
                targets = self.actors_of_group(theme, role="target", exclude=exclude) \
                    if theme is not None else []
                if not targets and theme is not None and theme.pos_ == "NOUN":
                    targets = self._object_agent(verb, theme, exclude)
                if not targets and theme is None:
                    # "asked Japan to ...": the addressee parsed as an indirect object
                    for child in verb.children:
                        if child.dep_ == "iobj":
                            targets = self.actors_of_group(child, role="target",
                                                           exclude=exclude)
                if not targets and pattern.code.startswith("13"):
                    targets = self._conditional_subjects(verb, exclude)
                if not targets and ((theme is None and not pattern.may_lack_target)
                                    or (theme is not None and theme.pos_ == "NOUN")):
                    # "shelled villages in Chad": the country where a generic object is (for
                    # "demonstrated in Lima", an act needing no target, it is only the place)
                    targets = [
                        Participant(p.mention, "target/in", p.confidence * 0.7)
                        for prep, obj in self.prep_objects([verb]) if prep == "in"
                        for p in self.actors_of(obj, role="target", exclude=exclude)[:1]
                        if p.mention.match.iso3 and p.mention.match.code != exclude
                    ][:1]
            if not targets and _expresses_intent(verb, pattern):
                # (a sector word no one placed is no target: "agreed to share information
                # on missing people")
                targets = [t for t in self._complement_targets(verb, exclude)
                           if not is_bare_agent(t.mention)]
            if not targets and pattern.code[:2] in ("02", "10", "11"):
                # "demanded that the government end curbs", "alleged that France helped": who
                # is asked or accused is the clause's subject
                # (a clause whose verb the parser lost has its subject noun as head)
                # ("U.S. agents abused immigrants, a rights group charged": the reported
                # clause is the head of the parenthetical verb)
                clauses = [c for c in verb.children if c.dep_ == "ccomp"] or (
                    [verb.head] if verb.dep_ == "parataxis" else [])
                targets = [p for clause in clauses
                           for p in self.actors_of_tokens(
                               self.subject_tokens(clause)[0]
                               or ([clause] if clause.pos_ in ("NOUN", "PROPN") else []),
                               role="target/clause", exclude=exclude)]
        if pattern.code.startswith("14") and all(t.via.endswith((":in", "/in")) for t in targets):
            # no target, or only the place of the protest ("blocked streets in Hong Kong in
            # defiance of Chinese authorities")
            targets = self._protested([verb, *([theme] if theme is not None else [])],
                                      exclude) or targets
        if pattern.symmetric and not targets and len(sources) >= 2:
            sources, targets = sources[:1], reciprocal(sources[1:])
        if not sources and pattern.code[:3] in STATE_ACT_CODES and _agent_of(verb) is None \
                and any(c.dep_ == "aux:pass" for c in verb.children):
            sources = self._state_where(verb, pattern)
        if not sources:
            return f"{pattern.pattern_id}: no source actor"
        return sources, targets, theme, confidence

    def _state_where(self, verb: Token, pattern: VerbPattern) -> list[Participant]:
        """"A missionary was arrested in Lebanon": only a state arrests, detains, sentences,
        bans or deports, and in its own territory; a finite passive that names no agent was
        done by the state of the place it happened in (its police for arrests, 173; otherwise
        its government), named by the place ('Lebanon' as the source's text)."""
        # (one is deported or expelled *from* the country that does it)
        place = self._place_in([verb], ("in", "from") if pattern.code.startswith("174")
                               else ("in",))
        if place is None:
            return []
        sector = "COP" if pattern.code.startswith("173") else "GOV"
        match = place.mention.match
        state = replace(match, code=f"{match.iso3}{sector}", sector=sector, kind="country")
        return [Participant(replace(place.mention, match=state), IMPLIED_STATE, 0.6)]

    def _clause_target(self, trigger: Token, sources: Sequence[Participant],
                       partners: bool = False) -> list[Participant]:
        """The actor nearest the trigger in the dependency tree within its own clause (not
        in its subject, nor in a clause with a subject of its own), that is not one of the
        sources: breadth first, so an object's own modifiers come before deeper phrases.
        With `partners`, a 'with' phrase names partners, not targets ("boost its security
        contributions ... with the U.S.": no show of force against the US)."""
        def inside(child: Token) -> bool:
            # "a request to send tanks to Ukraine", "agreed to supply missiles to the US": an
            # infinitive under a noun or a verb is another act
            if child.dep_ in ("acl", "xcomp") and _mark(child) == "to" and \
                    child.pos_ in ("VERB", "AUX"):
                return False
            if partners and _case(child) == "with":
                return False
            return child.head.pos_ not in ("VERB", "AUX") or child.dep_ not in _OUTSIDE_CLAUSE_DEPS

        # (a noun's own premodifiers are its source's place, not its target's: only its
        # complements after it count, "aid for Moldova")
        queue = deque(c for c in trigger.children if c.dep_ not in _OUTSIDE_CLAUSE_DEPS
                      and inside(c) and (trigger.pos_ in ("VERB", "AUX") or c.i > trigger.i))
        while queue:
            token = queue.popleft()
            mention = self.token_mention.get(token.i)
            if mention is not None and token.i not in self.reporters and not any(
                    same_party(p.mention, mention) for p in sources):
                return [Participant(mention, "target/clause", CLAUSE_TARGET_CONFIDENCE,
                                    self._mention_phrase(mention))]
            queue.extend(c for c in token.children if inside(c))
        return []

    def _purpose_target(self, trigger: Token, sources: Sequence[Participant]) -> list[Participant]:
        """The object of the act's purpose clause ("opened fire to disperse the protesters",
        "sent troops to protect Kuwait"): whom the act was aimed at."""
        for clause in trigger.children:
            if clause.dep_ != "advcl" or _mark(clause) != "to" or clause.tag_ == "VBG":
                continue
            for child in clause.children:
                if child.dep_ in OBJECT_DEPS:
                    found = [p for p in self.actors_of_group(child, role="target/purpose")
                             if not any(same_party(s.mention, p.mention) for s in sources)]
                    if found:
                        return [replace(p, confidence=CLAUSE_TARGET_CONFIDENCE) for p in found]
        return []

    def _protested(self, heads: Sequence[Token], exclude: str | None) -> list[Participant]:
        """Whom a protest is aimed at when no phrase says 'against': the object of its
        purpose ("staged a strike to demand reforms by the government", "rallied to protest
        Russia's decision") or of 'in protest of/at X', 'in defiance of X'."""
        for head in heads:
            for child in head.children:
                if child.dep_ in ("advcl", "xcomp", "acl") and _mark(child) == "to":
                    nominals = [c for c in child.children if c.dep_ in OBJECT_DEPS | PREP_DEPS]
                elif child.dep_ == "obl" and _case(child) == "in" and \
                        child.lemma_ in ("protest", "defiance"):
                    nominals = [c for c in child.children if c.dep_ == "nmod"]
                else:
                    continue
                for nominal in nominals:
                    found = self.actors_of_group(nominal, role="target/protested",
                                                 exclude=exclude)
                    if not found:  # "reforms by the government", "the return of property"
                        found = self._prep_actors(self.prep_objects([nominal]), ("by", "of"),
                                                  role="target/protested", exclude=exclude)
                    if found:
                        return found
        return []

    def _nominal_roles(self, noun: Token, pattern: VerbPattern, governor: Token | None):
        themes = [c for c in noun.children if c.dep_ == "nmod" and _case(c) == "of"]
        themes += [c for c in noun.lefts if c.dep_ == "compound"]
        if not self._object_fits(pattern, themes):
            return f"{pattern.pattern_id}: no fitting 'of' object or modifier"
        if not self._modifier_fits(pattern, [noun, *themes]):
            return f"{pattern.pattern_id}: modifier missing"
        sources: list[Participant] = []
        # "Russia's attack on", "U.S. military support for": a premodifier names the source
        for child in reversed(list(noun.lefts)):
            if child.dep_ in PREMODIFIER_DEPS:
                found = self.actor_of(child, role="source", depth=1)
                if found is not None:
                    sources = [replace(found, via=PREMODIFIER_SOURCE)]
                    break
        confidence = 0.8
        support = governor is not None and is_lemma(governor, SUPPORT_VERBS)
        if not sources and support:
            tokens, _ = self.subject_tokens(governor)
            sources = self.actors_of_tokens(tokens, role="source")
            confidence = 0.75
        exclude = sources[0].mention.match.code if sources else None
        heads = [noun, *themes, *([noun.head] if _measured(noun) else []),
                 *([governor] if support else [])]
        preps = self.prep_objects(heads)
        if pattern.reverse:
            targets, sources = sources, self._prep_actors(preps, pattern.target_preps, role="source")
        elif pattern.target_preps:
            targets = self._prep_actors(preps, pattern.target_preps, role="target", exclude=exclude)
            if not targets and support and noun.dep_ == "obl":
                # "approached Japan with a request": the carrying verb's object, when it is
                # itself an actor (not "tightened the blockade of Serbia with Albania's help")
                for child in governor.children:
                    if child.dep_ in OBJECT_DEPS and child.i in self.token_mention:
                        targets = self.actors_of_group(child, role="target", exclude=exclude)
        else:
            targets = self.actors_of_tokens(themes, role="target", exclude=exclude)
        if not targets and pattern.code.startswith("14") and governor is not None:
            targets = self._protested([noun, governor], exclude)
        if not sources and not targets and pattern.symmetric:
            # "clashes between Indian and Pakistani troops", "talks between X and Y"
            between = [p for child in noun.children
                       if child.dep_ == "nmod" and _case(child) == "between"
                       for p in self.actors_of_group(child, role="between")]
            sources, targets = between[:1], reciprocal(between[1:])
        if pattern.symmetric and not targets and len(sources) >= 2:
            # "Israel and Lebanon renewed negotiations": the parties are each other's target
            sources, targets = sources[:1], reciprocal(sources[1:])
        if not sources:
            return f"{pattern.pattern_id}: no source actor"
        return sources, targets, None, confidence

    def _prep_actors(self, preps: Sequence[tuple[str, Token]], wanted: Sequence[str], *,
                     role: str, exclude: str | None = None) -> list[Participant]:
        bare: list[Participant] = []
        for prep, obj in preps:
            if prep in wanted:
                found = self.actors_of_group(obj, role=f"{role}:{prep}", exclude=exclude)
                if found and not all(is_bare_agent(p.mention) for p in found):
                    return found
                # a sector word only if no later phrase names an actor ("contribute up to
                # 4,000 troops to a force in Liberia")
                bare = bare or found
        return bare

    def dative_shift(self, verb: Token) -> tuple[Token | None, Token | None]:
        """(recipient, theme) of "gave Ukraine missiles", "supplied Ukraine with missiles";
        (None, the object) otherwise. Per verb, reused by every pattern with a target."""
        key = ("dative", verb.i)
        if key not in self._cache:
            theme = self.theme_of(verb)
            recipient = None
            for child in verb.children:
                if child.dep_ == "iobj" and self.actor_of(child, role="target") is not None:
                    recipient = child
            # (the object itself names the actor: not "closed its border with Cambodia")
            if recipient is None and theme is not None and not self.is_passive(verb) and (
                    theme.i in self.token_mention or theme.pos_ == "PRON") and \
                    self.actor_of(theme, role="target") is not None:
                for prep, obj in self.prep_objects([verb, theme]):
                    if prep == "with":
                        recipient, theme = theme, obj
                        break
            self._cache[key] = (recipient, theme)
        return self._cache[key]

    def _object_among_dependents(self, verb: Token, pattern: VerbPattern) -> Token | None:
        for token, words in self._nominal_dependents(verb):
            if not pattern.object_lemmas.isdisjoint(words):
                return token
        return None

    def _nominal_dependents(self, verb: Token) -> list[tuple[Token, set[str]]]:
        """Nouns among the verb's nominal dependents and their children, with their words
        (per verb: every pattern with object words looks here when the parse has no object)."""
        key = ("nominal", verb.i)
        if key not in self._cache:
            self._cache[key] = [
                (token, _words(token))
                for child in verb.children
                # nominal dependents only, not subjects or clauses
                if child.dep_ in PREP_DEPS | {"obl:unmarked", "nmod:unmarked", "iobj"}
                for token in (child, *child.children) if token.pos_ == "NOUN" or (
                    # "engaged in fighting" with the gerund tagged as a verb
                    token.tag_ == "VBG" and _case(token) is not None)
            ]
        return self._cache[key]

    def _complement_targets(self, verb: Token, exclude: str | None) -> list[Participant]:
        """'offered to hand over to Great Britain', 'threatened to punish Serbia': when the
        complement is no event of its own, its object is the target of the promise/threat."""
        for clause in verb.children:
            # the complement, also when parsed as an 'obl' carrying infinitival 'to'
            if clause.dep_ != "xcomp" and not (clause.pos_ == "VERB" and _mark(clause) == "to"):
                continue
            for child in clause.children:
                if child.dep_ in OBJECT_DEPS | {"iobj"}:
                    found = self.actors_of_group(child, role="target", exclude=exclude)
                    if found:
                        return found
            heads = [clause, *(c for c in clause.children if c.dep_ in OBJECT_DEPS | {"obl"})]
            found = self._prep_actors(self.prep_objects(heads), COMPLEMENT_PREPS,
                                      role="target", exclude=exclude)
            if found:
                return found
            located = self._located_object(clause, exclude)
            if located:
                return located
        return []

    def _object_agent(self, verb: Token, theme: Token, exclude: str | None) -> list[Participant]:
        """"accepted demands [from rebels]" with the 'from' or 'by' phrase hung on the verb
        rather than on the object it completes: who made the demand, as the object's own
        'from' phrase gives it (a bare sector word the other side may place)."""
        phrase = _phrase_after(verb, theme, ("from", "by"))
        if phrase is None:
            return []
        found = self.actors_of(phrase, role="target", exclude=exclude)
        if not found and phrase.i in self.bare_mention:
            found = [Participant(self.bare_mention[phrase.i], "target/unplaced", 0.8)]
        return [Participant(p.mention, f"target/{_case(phrase)}", p.confidence * 0.8, p.phrase)
                for p in found[:1]]

    def _located_object(self, verb: Token, exclude: str | None) -> list[Participant]:
        """"set up a research centre [in Kenya]" with the 'in' phrase hung on the verb rather
        than on its object: the country where the object is, as the object's own 'in' phrase
        gives it (see `_find_actors`)."""
        obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"), None)
        phrase = None if obj is None else _phrase_after(verb, obj, ("in",))
        if phrase is None:
            return []
        return [Participant(p.mention, "target/in", p.confidence * 0.7)
                for p in self.actors_of(phrase, role="target", exclude=exclude)[:1]
                if p.mention.match.iso3 and p.mention.match.code != exclude]

    def _conditional_subjects(self, verb: Token, exclude: str | None) -> list[Participant]:
        """'warned of consequences if it attacks': the threat's target is the one who might act."""
        candidates = [t for t in verb.subtree if t.i != verb.i]
        if verb.dep_ == "conj":
            # "imposed sanctions and warned of consequences if it attacks": a final 'if'
            # clause is often hung on the first of the coordinated verbs
            candidates += [c for c in verb.head.children if c.dep_ == "advcl" and c.i > verb.i]
        for clause in candidates:
            if any(
                c.dep_ == "mark" and c.lower_ in mod.CONDITIONAL_MARKS for c in clause.children
            ):
                for child in clause.children:
                    if child.dep_ in SUBJECT_DEPS:
                        return self.actors_of_group(child, role="target", exclude=exclude)
        return []


@cache
def _cue_forms() -> dict[str, frozenset[str]]:
    """Inflected form -> cue lemmas, so cue words work even when the lemmatizer errs."""
    forms: dict[str, set[str]] = {}
    verbs = (OBJECT_CONTROL_VERBS | SUPPORT_VERBS | REPORTER_VERBS | mod.INTENT_VERBS
             | mod.THREAT_VERBS | mod.NEGATING_VERBS | mod.HYPOTHETICAL_VERBS
             | mod.REPORTING_VERBS)
    for lemma in verbs:
        for form in verb_forms(lemma):
            forms.setdefault(form, set()).add(lemma)
    for lemma in mod.INTENT_NOUNS:
        for form in noun_forms(lemma):
            forms.setdefault(form, set()).add(lemma)
    return {form: frozenset(lemmas) for form, lemmas in forms.items()}


def is_lemma(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether the token is one of `lemmas` (by its lemma, or by its form)."""
    if token.lemma_.lower() in lemmas or token.lower_ in lemmas:
        return True
    return not lemmas.isdisjoint(_cue_forms().get(token.lower_, ()))


def _phrase_after(verb: Token, noun: Token, cases: tuple[str, ...]) -> Token | None:
    """The verb's prepositional phrase (one of `cases`) right after its object `noun`: the
    object's own phrase, which the parser often hangs on the verb instead."""
    after = noun.right_edge.i + 1
    return next((c for c in verb.children
                 if c.dep_ == "obl" and c.left_edge.i == after and _case(c) in cases), None)


def _has_condition(token: Token) -> bool:
    """An 'if'/'unless' clause depends on the trigger ("will attack unless it withdraws"),
    also one whose verb the parser read as a noun ("if NATO [expands]")."""
    return any(
        c.dep_ in ("advcl", "obl") and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                           for m in c.children)
        for c in token.children
    )


def _trigger_pos(token: Token) -> str | None:
    """VERB or NOUN for pattern lookup; a 'noun' with a subject and no copula is a verb the
    tagger missed ("if Russia attacks Ukraine"), and so is an 'adjective' with a direct
    object or a modal (past participles such as "wounded" are often tagged JJ: "guerrillas
    wounded two soldiers")."""
    if token.pos_ == "VERB":
        return "VERB"
    deps = {c.dep_ for c in token.children}
    if token.pos_ == "ADJ":
        # ... or a modal without a copula ("would free 150 prisoners")
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
        # ... or a past-tense form with a subject and no copula ("rebels surrendered"), or
        # one the parser hung on its object in a verbless sentence
        past = "nsubj" in deps and token.lower_.endswith("ed")
        if ("obj" in deps or modal or past) and "cop" not in deps:
            return "VERB"
        return "VERB" if _misparsed_modifier(token) else None
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if deps & SUBJECT_DEPS and "cop" not in deps and (
            token.tag_ in ("NNS", "NN") or token.tag_.startswith("VB")):
        # (a verb tag under a noun UPOS: the tagger and the morphologizer disagree)
        return "VERB"
    if token.tag_ in ("NNP", "NNPS") and token.i > 0 and token.head.tag_ in ("NNP", "NNPS"):
        return None  # a word inside a name: "World War II", "the Ceasefire Commission"
    if "obj" in deps or "compound:prt" in deps:
        # a 'noun' with a direct object or a particle is a verb ("Beijing [shot] down the
        # proposal", its subject hung on it as a compound)
        return "VERB"
    return "NOUN"


def _extraction(token: Token, pattern: VerbPattern, code: str, modality: str | None,
                source: Participant, target: Participant | None,
                confidence: float) -> Extraction:
    """The event coded at a trigger token (asserted: negated events are never coded)."""
    return Extraction(
        source=source, target=target, code=code, pattern=pattern, trigger_i=token.i,
        trigger_start=token.idx, trigger_end=token.idx + len(token.text),
        trigger_text=token.text, negated=False, modality=modality,
        confidence=round(confidence, 3))


def _measured(noun: Token) -> bool:
    """A noun in the 'of' phrase of a measure noun ("a wave of air strikes", "ten days of
    talks", "a new round of negotiations")."""
    return noun.dep_ == "nmod" and _case(noun) == "of" and \
        noun.head.lemma_.lower() in MEASURE_NOUNS and noun.head.i < noun.i


def _misparsed_complement(node: Token) -> bool:
    """"agreed in principle on Saturday to provide": the infinitive complement of an intent,
    refusal or threat verb that the parser hung on it as a purpose clause."""
    return node.dep_ == "advcl" and _mark(node) == "to" and is_lemma(
        node.head, mod.INTENT_VERBS | mod.REFUSING_VERBS | mod.THREAT_VERBS)


def _agrees_to_act(verb: Token) -> bool:
    """Whether the verb takes an infinitive ("agreed to set up ..."), not a 'with'/'on'."""
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and _mark(c) == "to"
               for c in verb.children)


def _conjunct(token: Token) -> bool:
    """A conjunct, also one the parser made an apposition although an 'and' leads it
    ("Defense Minister Kishi and [US Defense Secretary Lloyd Austin]")."""
    return token.dep_ == "conj" or (token.dep_ == "appos" and any(
        word.dep_ == "cc" and word.lower_ in ("and", "or")
        for left in token.lefts for word in left.subtree))


def _main_clause_hung_below(verb: Token) -> bool:
    """"Shevardnadze [resigned] Sunday as the opposition threatened ...": a finite verb
    with a subject, no subordinating word and before its head, that the parser hung on the
    following clause as an adverbial clause, is the main clause."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and _has_subject(verb) and not any(c.dep_ == "mark" for c in verb.children)


def _as_riot(code: str, source: Participant) -> str:
    """Property destroyed by protesters ("a building was demolished by protesters") is a
    violent protest, a riot (145), as CAMEO codes the destruction that protests turn to."""
    words = source.mention.text.lower().split()
    return RIOT_CODE if code == "1712" and words and words[-1] in PROTESTER_WORDS else code


def _is_refusal(modality: Modality) -> bool:
    """'refused to lift', or an announced 'will not negotiate', also on a condition ('will not
    accept more refugees if war starts')."""
    return modality.kind == mod.REFUSAL or (
        modality.negated and modality.kind in (mod.FUTURE, mod.CONDITIONED))


def _expresses_intent(verb: Token, pattern: VerbPattern) -> bool:
    """A promise, offer, agreement or threat whose content is an infinitive complement."""
    return pattern.code[:2] in ("03", "13") or is_lemma(
        verb, mod.INTENT_VERBS | mod.THREAT_VERBS)


def _hyphen_compound(text: str, mention: ActorMention, offset: int) -> bool:
    """'US-Japan alliance', 'Japan-made', 'U.S.-led': an actor inside a hyphenated modifier
    describes a thing, it is not a party to the clause."""
    start, end = mention.start - offset, mention.end - offset
    before = text[start - 2:start] if start >= 2 else ""
    after = text[end:end + 2]
    return (len(before) == 2 and before[1] == "-" and before[0].isalnum()) or (
        len(after) == 2 and after[0] == "-" and after[1].isalpha())


def _words(token: Token) -> set[str]:
    out = {token.lower_}
    if token.lemma_:
        out.add(token.lemma_.lower())
    return out


def _home_state(source: Participant) -> Participant | None:
    """The state of a protest's source that is not itself part of the state (CHLLAB ->
    CHLGOV), as a target the act implies: no text names it."""
    match = source.mention.match
    if not match.iso3 or match.sector in STATE_SECTORS:
        return None
    state = replace(match, code=f"{match.iso3}GOV", sector="GOV", kind="country")
    return replace(source, mention=replace(source.mention, match=state), via=HOME_STATE,
                   phrase=None, implied=True)


def _as_territory(place: Participant) -> Participant:
    match = place.mention.match
    country = replace(match, code=match.iso3, sector=None)
    return replace(place, mention=replace(place.mention, match=country), via=TERRITORY)


def _case(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "case" or (child.dep_ == "mark" and child.pos_ == "ADP"):
            return child.lower_
    return None


def _agent_of(verb: Token) -> Token | None:
    """The 'by' phrase of a passive verb, also when the parser hung it on another phrase."""
    for child in verb.children:
        if child.dep_ in ("obl", "obl:agent") and _case(child) == "by":
            return child
    for child in verb.children:
        if child.dep_ in ("obl", "nsubj:pass"):
            for grandchild in child.children:
                if grandchild.dep_ in ("nmod", "obl") and _case(grandchild) == "by":
                    return grandchild
    return None


def _mark(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "mark":
            return child.lower_
    return None


def _reported_clause(node: Token) -> bool:
    """The clause is the direct complement of a reporting verb ("said it would ..."), also
    when the parser hung the reporting verb on a first subject of the clause ("NATO
    [confirmed] on Wednesday it would tighten ...": two subjects)."""
    if node.dep_ in ("ccomp", "parataxis") and is_lemma(node.head, mod.REPORTING_VERBS):
        return True
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
    return len(subjects) >= 2 and any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and is_lemma(c, mod.REPORTING_VERBS)
        for c in subjects[0].children)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in token.children)


def _names_a_phrase(token: Token) -> bool:
    """A head whose noun phrase names the participant; a verb or a time word the parser made
    the head ("the government end ...", "lawmakers Tuesday") leaves the mention itself."""
    return token.pos_ in ("NOUN", "PROPN", "NUM") and token.lower_ not in TIME_WORDS


def _misparsed_modifier(verb: Token) -> bool:
    """A finite verb attached as 'amod' of the next noun ("Germany [shipped] tanks", "army
    bulldozers [demolished] Palestinian homes", "forces have [tortured] scores of"): a
    known parser error; the noun is then the verb's object. A past participle counts when
    a subject or a noun phrase of its own stands right before it, or a perfect 'have' (not
    "a U.S.-led coalition", "the newly elected parliament")."""
    if verb.dep_ != "amod" or verb.head.i < verb.i:
        return False
    # (a past form the tagger read as an adjective counts as the participle it is)
    participle = verb.tag_ == "VBN" or (verb.tag_ == "JJ" and verb.lower_.endswith("ed"))
    if verb.tag_ in ("VBD", "VBZ", "VBP") or (participle and _has_subject(verb)):
        return verb.head.i == verb.i + 1 + sum(1 for t in verb.rights if t.i < verb.head.i) \
            or _has_subject(verb)  # "Obama fired anti-aircraft batteries at ..."
    if verb.tag_ == "JJ":
        # "Britain [mobilized] army reservists" read as one noun phrase with an adjective:
        # a past form in a sentence with no verb at all, or after a perfect 'have' ("it had
        # [halted] economic aid")
        subject = _subject_before(verb) if verb.lower_.endswith("ed") else None
        after_have = verb.i > 0 and verb.doc[verb.i - 1].lemma_.lower() == "have"
        return subject is not None and (after_have or subject.head.i in (verb.head.i, verb.i))
    return verb.tag_ == "VBN" and _subject_before(verb) is not None


def _subject_before(verb: Token) -> Token | None:
    """The subject standing right before a verb the parser took for a modifier: the head of
    the noun phrase ending there, or the subject of a perfect 'have' there."""
    # a time phrase between subject and verb is skipped: "Germany on Wednesday [lifted]"
    i = verb.i - 1
    while i > 0 and verb.doc[i].lower_ in TIME_WORDS:
        i -= 1
        if verb.doc[i].lower_ in TIME_LEAD_WORDS:
            i -= 1
    if i < 0 or (i < verb.i - 1 and verb.doc[i].dep_ == "case"):
        return None
    before = verb.doc[i]
    if before.lemma_.lower() == "have" and before.pos_ in ("AUX", "VERB"):
        # (a 'have' the parser made an auxiliary of the object noun: "officials have
        # [shared] evidence" with 'evidence' as the clause head)
        holder = before.head if before.dep_ == "aux" and not _has_subject(before) else before
        return next((c for c in holder.children if c.dep_ in SUBJECT_DEPS), None)
    if before.pos_ not in ("NOUN", "PROPN") or before.tag_ == "POS" or \
            before.lower_ in TIME_WORDS:
        return None
    if before.head.i in (verb.head.i, verb.i):
        # "The US presented evidence against Russia" read as one noun phrase (the subject
        # hung on the noun or on the 'modifier' itself): only when the sentence then has no
        # finite verb at all (not "a U.S. led coalition attacked"; "Nigeria [accused]
        # Cameroon of harbouring rebels" has only a gerund)
        verbless = verb.head.dep_ == "ROOT" and not any(
            t.tag_ in FINITE_TAGS for t in verb.sent if t.i != verb.i)
        return before if verbless else None
    node = before
    while node.dep_ in ("nmod", "compound", "flat", "nummod") and verb.i > node.head.i:
        node = node.head
    return node if node.dep_ in SUBJECT_DEPS | {"ROOT", "conj", "appos"} else None


def _misparsed_finite(verb: Token) -> bool:
    """A past-tense verb parsed as a modifier of a noun that is its subject: a known parser
    error on news sentences.
    - Of the sentence's root noun, or of a noun in its 'of' chain ("Palestinians blamed
      Israel for ...", "Albania denounced as a crime ..." read as "Palestinians [who were]
      blamed"; "Hundreds of thousands of people blocked streets"): news sentences have a main
      verb. A verbless fragment with a 'by' agent ("Weapons supplied by Iran") stays a
      reduced passive.
    - Of the subject of a later verb it is coordinated with ("An official praised Haiti's
      efforts and said ..." read as "an official [who was] praised ... said").
    - Of the first of two subjects of a reporting verb ("Youths resorted to throwing stones,
      officials said", with 'youths' and 'officials' both subjects of 'said')."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.i > verb.i \
            or head.pos_ not in ("NOUN", "PROPN") or _has_subject(verb):
        return False
    # ("Hundreds of thousands of people [blocked] streets": hung inside the root's 'of' chain)
    top = head
    while top.dep_ == "nmod" and _case(top) == "of" and top.head.i < top.i:
        top = top.head
    if top.dep_ == "ROOT":
        return not any(c.dep_ in ("aux", "aux:pass", "cop") for c in top.children) and (
            _nominal_object(verb) is not None or _agent_of(verb) is None)
    main = head.head
    if head.dep_ not in SUBJECT_DEPS:
        return False
    if is_lemma(main, mod.REPORTING_VERBS) and any(
            c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in main.children):
        return True  # "Israel's army shelled X ..., officials said": the reporter's subject too
    return _nominal_object(verb) is not None and any(
        c.dep_ == "cc" and verb.right_edge.i < c.i < main.i for c in main.children)


def _nominal_object(verb: Token) -> Token | None:
    """The object, also when parsed as a nominal 'xcomp' (as after a misparsed verb)."""
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "xcomp" and child.pos_ in ("NOUN", "PROPN")):
            return child
    return None


def _is_passive(verb: Token) -> bool:
    """A passive clause has a passive auxiliary; a 'passive subject' without one is a parser
    error and is read as an active subject. A bare past participle with a 'by' phrase and no
    perfect 'have' is a reduced passive ("rockets supplied by Iran ...")."""
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children) and any(
            c.dep_ in ("obl", "obl:agent") and _case(c) == "by" for c in verb.children):
        return True
    # "the weapons supplied by the US": a past participle modifying a noun; with an object
    # of its own it is a misattached finite verb instead ("Palestinians blamed Israel")
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and not _misparsed_finite(verb)

