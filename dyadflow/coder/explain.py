"""Why an event was or was not coded: sentences, actors, parse around triggers, decisions.

`explain_text` parses every sentence (also those the fast path would skip) and records
what the coder decided at each trigger; `render` turns that into readable text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from dyadflow.coder.extraction import CODED, Decision, is_lemma
from dyadflow.coder.modality import REPORTING_VERBS
from dyadflow.coder.parties import is_party
from dyadflow.records import CodedEvent, TextInput

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dyadflow.coder.pipeline import EventCoder


@dataclass(frozen=True, slots=True)
class ActorFound:
    text: str
    start: int
    end: int
    code: str
    iso3: str | None
    sector: str | None
    kind: str | None
    note: str | None  # why it can never be a party, if so


@dataclass(frozen=True, slots=True)
class TriggerView:
    decision: Decision
    parse: str  # the trigger, its head and its dependents, as "dep=word" pairs


@dataclass(frozen=True, slots=True)
class SentenceExplanation:
    index: int
    text: str
    actors: tuple[ActorFound, ...]
    fast_path: str  # "parsed" or why `code` skips the sentence without parsing it
    reported_speech: tuple[str, ...]  # "'said' by 'Russian officials'" per reporting verb
    triggers: tuple[TriggerView, ...]
    events: tuple[CodedEvent, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    sentences: tuple[SentenceExplanation, ...]


def _neighbourhood(token: Token) -> str:
    head = "ROOT" if token.head.i == token.i else f"{token.dep_} of '{token.head.text}'"
    parts = [f"{c.dep_}='{' '.join(t.text for t in c.subtree)}'" for c in token.children
             if not c.is_punct]
    return f"'{token.text}' ({token.pos_}, lemma '{token.lemma_}', {head}): " + (
        "; ".join(parts) or "no dependents")


def _never_party(mention, reporter_chars: set[int]) -> str | None:
    if any(mention.start <= c < mention.end for c in reporter_chars):
        return "reporter ('according to', 'citing'): never a party"
    if (mention.match.kind or "") == "media":
        return "media: never a party"
    if not is_party(mention):
        return "sector word without a country or organisation: not a resolved actor"
    return None


def _with_reported_speech(decision: Decision, token: Token) -> Decision:
    """A reporting verb that coded nothing: say that its speaker is no party to what it
    reports (the reported clause is coded on its own)."""
    reports = any(c.dep_ in ("ccomp", "parataxis") for c in token.children) or (
        token.dep_ == "parataxis")
    if decision.outcome == CODED or not reports or not is_lemma(token, REPORTING_VERBS):
        return decision
    return replace(decision, outcome=f"reported speech: the speaker is no party to the reported "
                                     f"event ({decision.outcome})")


def _reporting_verbs(doc) -> tuple[str, ...]:
    out = []
    for token in doc:
        if token.pos_ == "VERB" and is_lemma(token, REPORTING_VERBS) and any(
                c.dep_ in ("ccomp", "parataxis") for c in token.children) or (
                token.dep_ == "parataxis" and is_lemma(token, REPORTING_VERBS)):
            speaker = next((" ".join(t.text for t in c.subtree) for c in token.children
                            if c.dep_ in ("nsubj", "nsubj:pass")), "?")
            out.append(f"'{token.text}' by '{speaker}'")
    return tuple(out)


def explain_text(coder: EventCoder, text: str, published: datetime | None = None) -> Explanation:
    item = TextInput(doc_id="explain", text=text, published_at=published)
    prepared = coder.prepare(0, item)
    docs = coder.nlp.pipe(s.span.text for s in prepared.sentences)
    out: list[SentenceExplanation] = []
    for sentence, doc in zip(prepared.sentences, docs):
        sentence.doc = doc
        result = coder.extract(sentence)
        triggers = tuple(
            TriggerView(_with_reported_speech(decision, doc[decision.trigger_i]),
                        _neighbourhood(doc[decision.trigger_i]))
            for decision in result.decisions
        )
        reporter_chars = {
            (doc[i].idx + sentence.span.start) for i in result.reporters
        }
        events = tuple(
            e for e in (coder.to_event(item, sentence.span, x) for x in result.extractions)
            if e is not None
        )
        if sentence.parse:
            fast_path = "parsed"
        elif not coder.patterns.has_trigger_form(sentence.span.words):
            fast_path = "skipped without parsing: no trigger word of any verb pattern"
        else:
            fast_path = ("skipped without parsing: fewer than two actors (and no bare sector "
                         "word, pronoun or verb whose act needs no target)")
        out.append(SentenceExplanation(
            index=sentence.span.index,
            text=sentence.span.text,
            actors=tuple(
                ActorFound(m.text, m.start, m.end, m.match.code, m.match.iso3, m.match.sector,
                           m.match.kind, _never_party(m, reporter_chars))
                for m in sentence.mentions
            ),
            fast_path=fast_path,
            reported_speech=_reporting_verbs(doc),
            triggers=triggers,
            events=events,
        ))
    return Explanation(tuple(out))


def render(explanation: Explanation) -> str:
    lines: list[str] = []
    for sentence in explanation.sentences:
        lines.append(f"[{sentence.index}] {sentence.text}")
        if sentence.actors:
            for actor in sentence.actors:
                extra = ", ".join(x for x in (actor.iso3, actor.sector, actor.kind) if x)
                note = f" ({actor.note})" if actor.note else ""
                lines.append(f"    actor  '{actor.text}' -> {actor.code} [{extra}]{note}")
        else:
            lines.append("    actors: none found")
        lines.append(f"    fast path: {sentence.fast_path}")
        for speech in sentence.reported_speech:
            lines.append(f"    reported speech: {speech}; the speaker is no party to the "
                         "reported clause, which is coded on its own")
        if not sentence.triggers:
            lines.append("    triggers: no word matches a verb pattern")
        for view in sentence.triggers:
            d = view.decision
            lines.append(f"    trigger {view.parse}")
            if d.pattern_id is None:
                lines.append(f"      no pattern coded: {d.outcome}")
                continue
            roles = f" source: {d.source or '-'}; target: {d.target or '-'}"
            verdict = "CODED" if d.outcome == CODED else f"not coded: {d.outcome}"
            lines.append(f"      pattern {d.pattern_id} (code {d.code});{roles}; {verdict}")
        for event in sentence.events:
            flags = f" modality={event.modality}" if event.modality else ""
            if event.target_code and event.target_text is None:
                flags += " (target not named: a protest is aimed at the protesters' own state)"
            lines.append(
                f"    EVENT {event.source_code} -> {event.target_code} {event.event_code} "
                f"(root {event.event_root}, quad {event.quad_class}, goldstein "
                f"{event.goldstein}){flags} via '{event.event_text}' confidence {event.confidence}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
