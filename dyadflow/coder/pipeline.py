"""EventCoder: documents in, CAMEO event mentions out (pure: receives `nlp` and `Reference`).

Steps per document: split sentences (cheap, rule-based), find actors in the text with the
actor dictionary, parse only the sentences that can hold an event (a trigger word and enough
actors), extract events from each parse, then attach codebook values, date and place.
Parsing runs through `nlp.pipe` (batching, `n_process`); everything else runs in the calling
process in input order, so results are identical for any `n_process`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from spacy.pipeline import Sentencizer

from dyadflow.coder.extraction import THIRD_PERSON, Extraction, SentenceExtractor, SentenceResult
from dyadflow.coder.modality import ModalityCodes
from dyadflow.coder.parties import Participant, is_bare_agent, is_party, may_place
from dyadflow.coder.patterns import PatternIndex
from dyadflow.coder.sentences import SentenceSpan, split_sentences
from dyadflow.errors import InputError
from dyadflow.normalize.actors import ActorDictionary
from dyadflow.normalize.codebook import Codebook
from dyadflow.normalize.dates import resolve_event_date
from dyadflow.normalize.places import Gazetteer
from dyadflow.records import CodedDocument, CodedEvent, TextInput
from dyadflow.reference import Reference

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from dyadflow.normalize.actors import ActorMention


@dataclass(slots=True)
class _Sentence:
    span: SentenceSpan
    mentions: list[ActorMention]
    previous: list[ActorMention]
    parse: bool
    doc: Doc | None = None


@dataclass(slots=True)
class _PreparedDoc:
    ordinal: int
    item: TextInput
    sentences: list[_Sentence]
    n_words: int


class EventCoder:
    """Codes documents into `CodedDocument`s. Build once; reuse for many documents."""

    def __init__(
        self,
        nlp: Language,
        reference: Reference,
        *,
        parse_all: bool = False,
    ):
        self.nlp = nlp
        self.reference = reference
        self.parse_all = parse_all  # parse every sentence (used to measure the skip filter)
        self.patterns = PatternIndex.from_reference(reference)
        self.modality_codes = ModalityCodes.from_reference(reference)
        self.codebook = Codebook.from_reference(reference)
        self.actors = ActorDictionary.from_reference(reference)
        self.gazetteer = Gazetteer.from_reference(reference)
        self._sentencizer = Sentencizer()
        self._check_codes()

    def _check_codes(self) -> None:
        """Every code a pattern or modality row can produce must be in the codebook."""
        for table, codes in (
            ("verb_patterns", {p.code: p.pattern_id for p in self.patterns.all()}),
            ("modality_codes", {c: c for c in (*self.modality_codes.intent.values(),
                                               *self.modality_codes.threat.values())}),
        ):
            for code, row in sorted(codes.items()):
                if self.codebook.get(code) is None:
                    raise InputError(f"{row}: code {code!r} is not in seeds/cameo_codes.csv",
                                     file=f"seeds/{table}")

    # ---- public API -------------------------------------------------------------------

    def code(
        self, inputs: Iterable[TextInput], *, n_process: int = 1, batch_size: int = 64
    ) -> Iterator[CodedDocument]:
        """Code documents in input order, in `n_process` processes (see coder/parallel.py);
        `batch_size` sentences go through `nlp.pipe` at a time."""
        if n_process > 1:
            from dyadflow.coder.parallel import code_in_processes

            yield from code_in_processes(self, inputs, n_process=n_process,
                                         batch_size=batch_size)
            return
        pending: deque[_PreparedDoc] = deque()

        def sentences_to_parse() -> Iterator[tuple[str, tuple[int, int]]]:
            for ordinal, item in enumerate(inputs):
                prepared = self.prepare(ordinal, item)
                pending.append(prepared)
                for sentence in prepared.sentences:
                    if sentence.parse:
                        yield sentence.span.text, (ordinal, sentence.span.index)

        parsed = self.nlp.pipe(sentences_to_parse(), as_tuples=True, batch_size=batch_size)
        for doc, (ordinal, index) in parsed:
            # output order = input order: every document before this one is complete
            while pending[0].ordinal < ordinal:
                yield self._finish(pending.popleft())
            pending[0].sentences[index].doc = doc
        while pending:
            yield self._finish(pending.popleft())

    def code_text(self, text: str, *, doc_id: str = "text",
                  published: datetime | None = None) -> CodedDocument:
        return next(self.code([TextInput(doc_id=doc_id, text=text, published_at=published)]))

    def code_parsed(self, item: TextInput, parses: Mapping[int, Doc]) -> CodedDocument:
        """Code one document with given parses for some sentences (by sentence index), e.g.
        hand-annotated or treebank parses, to test the coding rules apart from the parser.
        A given parse must have exactly the sentence's text; other sentences are parsed."""
        prepared = self.prepare(0, item)
        for sentence in prepared.sentences:
            given = parses.get(sentence.span.index)
            if given is not None:
                if given.text != sentence.span.text:
                    raise ValueError(
                        f"parse of sentence {sentence.span.index} is of {given.text!r}, "
                        f"not of {sentence.span.text!r}")
                sentence.doc = given
            elif sentence.parse:
                sentence.doc = self.nlp(sentence.span.text)
        return self._finish(prepared)

    def explain(self, text: str, published: datetime | None = None):
        from dyadflow.coder.explain import explain_text

        return explain_text(self, text, published)

    # ---- steps ------------------------------------------------------------------------

    def find_actors(self, text: str, published: datetime | None) -> list[ActorMention]:
        on = published.date() if isinstance(published, datetime) else published
        return list(self.actors.find(text, on=on))

    def split(self, text: str) -> list[SentenceSpan]:
        return split_sentences(self.nlp, self._sentencizer, text)

    def prepare(self, ordinal: int, item: TextInput) -> _PreparedDoc:
        if not isinstance(item, TextInput):
            raise TypeError(f"EventCoder.code expects TextInput records, got {type(item).__name__}")
        spans = self.split(item.text)
        mentions = self.find_actors(item.text, item.published_at)
        by_sentence = _mentions_by_sentence(spans, mentions)
        sentences: list[_Sentence] = []
        previous: list[ActorMention] = []
        for span, found in zip(spans, by_sentence):
            sentences.append(_Sentence(span, found, previous, self.worth_parsing(span, found)))
            previous = found
        n_words = sum(len(s.words) for s in spans)
        return _PreparedDoc(ordinal, item, sentences, n_words)

    def worth_parsing(self, span: SentenceSpan, mentions: Sequence[ActorMention]) -> bool:
        """A sentence can hold an event only with a trigger word and two parties, or one
        party and a bare sector word it may place ("police arrested demonstrators"), a
        pronoun, or a verb whose act needs no target ("the minister resigned")."""
        if self.parse_all:
            return True
        if not self.patterns.has_trigger_form(span.words):
            return False
        parties = [m for m in mentions if is_party(m)]
        if len({m.match.code for m in parties}) >= 2:
            return True
        if not parties:
            return False
        return (any(w in THIRD_PERSON for w in span.words)
                or self.patterns.has_untargeted_trigger_form(span.words)
                or may_place([m for m in mentions if is_bare_agent(m)], parties))

    def extract(self, sentence: _Sentence) -> SentenceResult:
        if sentence.doc is None:
            return SentenceResult()
        return SentenceExtractor(
            sentence.doc,
            offset=sentence.span.start,
            mentions=sentence.mentions,
            previous=sentence.previous,
            patterns=self.patterns,
            modality_codes=self.modality_codes,
            gazetteer=self.gazetteer,
        ).extract()

    def _finish(self, prepared: _PreparedDoc) -> CodedDocument:
        events: list[CodedEvent] = []
        for sentence in prepared.sentences:
            result = self.extract(sentence)
            for extraction in result.extractions:
                event = self.to_event(prepared.item, sentence.span, extraction)
                if event is not None:
                    events.append(event)
        return CodedDocument(
            doc_id=prepared.item.doc_id,
            n_sentences=len(prepared.sentences),
            n_words=prepared.n_words,
            events=tuple(events),
        )

    def to_event(self, item: TextInput, span: SentenceSpan,
                 extraction: Extraction) -> CodedEvent | None:
        entry = self.codebook.get(extraction.code)
        if entry is None:  # guarded by _check_codes; kept so a bad code never becomes a row
            return None
        when = resolve_event_date(span.text, item.published_at)
        source = extraction.source.mention
        target = extraction.target.mention if extraction.target else None
        source_start, source_end = _phrase(extraction.source, span.start)
        actors = [(source_start - span.start, source_end - span.start)]
        target_start = target_end = None
        if extraction.target is not None and not extraction.target.implied:
            target_start, target_end = _phrase(extraction.target, span.start)
            actors.append((target_start - span.start, target_end - span.start))
        where = self.gazetteer.locate(span.text, exclude=actors)
        return CodedEvent(
            doc_id=item.doc_id,
            sentence_idx=span.index,
            sentence_text=span.text,
            source_text=item.text[source_start:source_end],
            source_code=source.match.code,
            source_iso3=source.match.iso3,
            source_sector=source.match.sector,
            target_text=item.text[target_start:target_end] if target_start is not None else None,
            target_code=target.match.code if target else None,
            target_iso3=target.match.iso3 if target else None,
            target_sector=target.match.sector if target else None,
            event_code=entry.code,
            event_root=entry.root,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            plover_type=entry.plover_type,
            acled_event_type=entry.acled_event_type,
            acled_sub_event_type=entry.acled_sub_event_type,
            event_text=extraction.trigger_text,
            negated=extraction.negated,
            modality=extraction.modality,
            event_date=_as_date(when.date),
            date_precision=when.precision or "unknown",
            date_text=when.text,
            location_iso3=where.iso3 if where else None,
            location_admin1=where.admin1 if where else None,
            location_text=where.text if where else None,
            source_start=source_start,
            source_end=source_end,
            target_start=target_start,
            target_end=target_end,
            trigger_start=span.start + extraction.trigger_start,
            trigger_end=span.start + extraction.trigger_end,
            pattern_id=extraction.pattern.pattern_id,
            confidence=extraction.confidence,
        )


def _mentions_by_sentence(
    spans: Sequence[SentenceSpan], mentions: Sequence[ActorMention]
) -> list[list[ActorMention]]:
    out: list[list[ActorMention]] = [[] for _ in spans]
    ordered = sorted(mentions, key=lambda m: m.start)
    k = 0
    for i, span in enumerate(spans):
        while k < len(ordered) and ordered[k].start < span.start:
            k += 1
        j = k
        while j < len(ordered) and ordered[j].start < span.end:
            if ordered[j].end <= span.end:
                out[i].append(ordered[j])
            j += 1
    return out


def _phrase(participant: Participant, offset: int) -> tuple[int, int]:
    """Where the participant is named in the document: its noun phrase, else its mention."""
    if participant.phrase is None:
        return participant.mention.start, participant.mention.end
    return offset + participant.phrase[0], offset + participant.phrase[1]


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value
