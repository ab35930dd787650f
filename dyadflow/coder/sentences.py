"""Cheap sentence splitting before parsing, so that only sentences that can hold an event
are parsed.

Lines are split first (titles and paragraphs have no final period), then spaCy's rule-based
sentencizer splits each line on the model's own tokenization.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Sentencizer


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    index: int  # position among the document's sentences, from 0
    start: int  # character offsets in the document text
    end: int
    text: str
    words: tuple[str, ...]  # lowercase word tokens (no punctuation or spaces)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, line
        start += len(line)


def split_sentences(nlp: Language, sentencizer: Sentencizer, text: str) -> list[SentenceSpan]:
    out: list[SentenceSpan] = []
    for line_start, line in _lines(text):
        if not line.strip():
            continue
        doc = sentencizer(nlp.make_doc(line))
        for sent in doc.sents:
            # trim surrounding whitespace so offsets point at the sentence itself
            tokens = [t for t in sent if not t.is_space]
            if not tokens:
                continue
            start = line_start + tokens[0].idx
            end = line_start + tokens[-1].idx + len(tokens[-1].text)
            words = tuple(t.lower_ for t in tokens if not t.is_punct)
            if not words:
                continue
            out.append(SentenceSpan(len(out), start, end, text[start:end], words))
    return out
