"""Typed, frozen records that cross module boundaries.

Every stage hands the next one these records, never dicts or DataFrames: the names here are
the column names of the warehouse, the `dyadflow code` output and the Parquet exports.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, validated against schemas/article.schema.json."""

    article_id: str
    text: str
    content_hash: str  # sha256 of the normalised text; re-ingesting the same text is a no-op
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None  # timezone-aware UTC, or None when unknown
    origin_file: str | None = None
    origin_line: int | None = None


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input record that could not be used, kept with the reason instead of being dropped."""

    origin: str  # e.g. "articles", "feed", "import:gdelt"
    file: str | None
    line: int | None
    reason: str
    payload: str


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """One coded event mention: who did what to whom, where and when, and why we think so.

    Offsets are character offsets into the text handed to the coder (the article text), so
    `text[source_start:source_end] == source_text`. The source/target text is the noun
    phrase naming the actor ("two British soldiers"), which contains the phrase the actor
    dictionary matched ("British soldiers" -> GBRMIL); for a pronoun it is the antecedent.
    """

    doc_id: str
    sentence_idx: int
    sentence_text: str
    source_text: str | None
    source_code: str | None
    source_iso3: str | None
    source_sector: str | None
    target_text: str | None
    target_code: str | None
    target_iso3: str | None
    target_sector: str | None
    event_code: str  # CAMEO code as a string: "072", never 72
    event_root: str  # "07"
    quad_class: int  # 1..4, GDELT scheme
    goldstein: float | None
    plover_type: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    event_text: str  # the trigger as written
    negated: bool
    modality: str | None  # None for asserted events; "intent", "threat", "conditional", ...
    event_date: date | None
    date_precision: str  # day, week, month, year, unknown
    date_text: str | None
    location_iso3: str | None
    location_admin1: str | None  # ISO 3166-2 code, e.g. "UA-14"
    location_text: str | None
    source_start: int | None
    source_end: int | None
    target_start: int | None
    target_end: int | None
    trigger_start: int
    trigger_end: int
    pattern_id: str
    confidence: float

    def to_json_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (dates as ISO strings) in declaration order."""
        row = asdict(self)
        if self.event_date is not None:
            row["event_date"] = self.event_date.isoformat()
        return row

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """The coder's result for one document: its events and the counts that normalise series."""

    doc_id: str
    n_sentences: int
    n_words: int
    events: tuple[CodedEvent, ...]


@dataclass(frozen=True, slots=True)
class TextInput:
    """What the coder needs of a document."""

    doc_id: str
    text: str
    published_at: datetime | None = None
