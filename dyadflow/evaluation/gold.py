"""Readers of the gold sets used by `dyadflow evaluate` (formats: see each set's SOURCE.md).

Each reader turns one file into typed records and raises `InputError` naming the file and
record when the file is not in the expected format; nothing is skipped silently.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import defusedxml.ElementTree as SafeET

from dyadflow.errors import InputError

# Known miscodings in PLOVER_GSR_CAMEO.json (SOURCE.md: "Tokyo is coded JAP"): non-ISO
# spellings of a country that the scorer must compare as the ISO code.
PLOVER_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


@dataclass(frozen=True, slots=True)
class GoldDyad:
    """One gold event: source and target actor codes (None = none given) and its type."""

    source: str | None
    target: str | None
    label: str  # CAMEO code ("195") for PETR2, PLOVER category ("AGREE") for PLOVER GSR


@dataclass(frozen=True, slots=True)
class GoldSentence:
    set_name: str
    sentence_id: str
    text: str
    published_at: datetime | None
    events: tuple[GoldDyad, ...]  # empty = the sentence has no event
    note: str | None = None  # a problem found in the record that did not stop its use


@dataclass(frozen=True, slots=True)
class ClassSentence:
    """A ConfliBERT sentence with its quad label (0 statement, 1..4 quad classes)."""

    sentence_id: str
    text: str
    label: int


@dataclass(frozen=True, slots=True)
class Span:
    role: str  # "S" source, "T" target
    start: int  # character offsets into the sentence text
    end: int


@dataclass(frozen=True, slots=True)
class SpanSentence:
    """A ConfliBERT NER sentence: text rebuilt from tokens and its gold actor spans."""

    sentence_id: str
    text: str
    token_offsets: tuple[tuple[int, int], ...]
    spans: tuple[Span, ...]


# ---------------------------------------------------------------- PLOVER GSR
def read_plover_gsr(path: Path) -> list[GoldSentence]:
    """PLOVER_GSR_CAMEO.json: a JSON array of records; DOCUMENT records are documentation.

    Gold events: every source x every target. When the markup marks actors as `SRC/TAR`
    (a reciprocal event between compound actors), every ordered pair of distinct actors.
    The gold dates are a placeholder (2000-01-01), so no publication date is passed on.
    """
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read PLOVER GSR JSON: {exc}", file=str(path)) from exc
    if not isinstance(records, list):
        raise InputError("expected a JSON array of records", file=str(path))
    out = []
    for index, record in enumerate(records):
        if not isinstance(record, dict) or "event" not in record or "id" not in record:
            raise InputError(f"record {index}: missing 'id' or 'event'", file=str(path))
        if record["event"] == "DOCUMENT":
            continue
        if not isinstance(record.get("text"), str):
            raise InputError(f"record {record['id']}: missing 'text'", file=str(path))
        sources = _plover_actors(record.get("source"), path, record["id"])
        targets = _plover_actors(record.get("target"), path, record["id"])
        info = record.get("textInfo")
        markup = (info.get("markup") if isinstance(info, dict) else None) or ""
        label = str(record["event"])
        if "SRC/TAR" in markup and len(sources) + len(targets) >= 2:
            actors = list(dict.fromkeys(sources + targets))
            pairs = [(a, b) for a in actors for b in actors if a != b]
        else:
            pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])]
        events = tuple(dict.fromkeys(GoldDyad(s, t, label) for s, t in pairs))
        out.append(GoldSentence("plover", str(record["id"]), record["text"], None, events))
    return out


def _plover_actors(value: object, path: Path, record_id: str) -> list[str]:
    # a string is never an actor list: "" (no target) or, in one record, a misplaced
    # context word ("diplomatic"); both mean that no actor is coded
    if value is None or isinstance(value, str):
        return []
    if not isinstance(value, list):
        raise InputError(f"record {record_id}: actor field is {value!r}", file=str(path))
    codes = []
    for actor in value:
        code = actor.get("code") if isinstance(actor, dict) else None
        if not code:
            raise InputError(f"record {record_id}: actor without a code: {actor!r}", file=str(path))
        codes.append(PLOVER_CODE_FIXES.get(code, code))
    return list(dict.fromkeys(codes))


# ---------------------------------------------------------------- PETR2 GSR (UD-PETRARCH)
# The published file is not well-formed XML as a whole (some <Sentence .../> tags are
# self-closed although a </Sentence> follows; an element near the end is left open), so each
# <Sentence>...</Sentence> record is cut out and parsed on its own with defusedxml.
_SENTENCE_RECORD = re.compile(r"<Sentence\b.*?</Sentence>", re.DOTALL)
_SELF_CLOSED_SENTENCE = re.compile(r"^(<Sentence\b[^>]*?)\s*/>")
_PARSE_BLOCK = re.compile(r"<Parse>.*?</Parse>", re.DOTALL)


def read_petr2_gsr(path: Path) -> list[GoldSentence]:
    """PETR2_GSR_validation.xml: <Sentence> records with <EventCoding> and <Text>.

    `noevents="True"` gives a sentence with no gold event; sentences with
    evaluate="false" are kept out, as the validation suite itself does. The <Parse> is
    not needed (we parse with our own pipeline) and is not read.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", file=str(path)) from exc
    out = []
    for match in _SENTENCE_RECORD.finditer(raw):
        line = raw.count("\n", 0, match.start()) + 1
        record = _SELF_CLOSED_SENTENCE.sub(r"\1>", match.group(0))
        parse = _PARSE_BLOCK.search(record)
        chunk = _PARSE_BLOCK.sub("", record)
        try:
            sentence = SafeET.fromstring(chunk)
        except SafeET.ParseError as exc:
            raise InputError(f"sentence record not parseable: {exc}", file=str(path),
                             line=line) from exc
        sid = sentence.get("id") or ""
        if not sid:
            raise InputError("a <Sentence> has no id", file=str(path), line=line)
        if (sentence.get("evaluate") or "true").lower() == "false":
            continue
        text_el = sentence.find("Text")
        text = " ".join((text_el.text or "").split()) if text_el is not None else ""
        note = None
        if not text and parse is not None:
            text = _text_from_conllu(parse.group(0))
            note = "empty <Text>: sentence rebuilt from the CoNLL-U tokens of <Parse>"
        if not text:
            raise InputError(f"sentence {sid}: no <Text>", file=str(path), line=line)
        events = []
        for coding in sentence.findall("EventCoding"):
            if (coding.get("noevents") or "").lower() == "true":
                continue
            code = coding.get("eventcode")
            if not code:
                raise InputError(f"sentence {sid}: <EventCoding> without eventcode",
                                 file=str(path), line=line)
            events.append(GoldDyad(coding.get("sourcecode") or None,
                                   coding.get("targetcode") or None, code))
        published, date_note = _petr_date(sentence.get("date"))
        out.append(GoldSentence("petr2", sid, text, published, tuple(dict.fromkeys(events)),
                                "; ".join(n for n in (note, date_note) if n) or None))
    if not out:
        raise InputError("no <Sentence> records found", file=str(path))
    return out


def _text_from_conllu(parse: str) -> str:
    """Surface text from CoNLL-U token lines (FORM column, honouring SpaceAfter=No)."""
    pieces = []
    for row in parse.splitlines():
        cols = row.split("\t")
        if len(cols) >= 10 and cols[0].isdigit():
            pieces.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(pieces).strip()


def _petr_date(value: str | None) -> tuple[datetime | None, str | None]:
    """YYYYMMDD as UTC midnight; any other value is kept as a note and no date is used
    (the date only selects date-restricted dictionary entries)."""
    if not value:
        return None, None
    try:
        return datetime.strptime(value, "%Y%m%d").replace(tzinfo=UTC), None
    except ValueError:
        return None, f"date {value!r} is not YYYYMMDD; coded without a date"


# ---------------------------------------------------------------- ConfliBERT CAMEO
def read_conflibert_classes(path: Path) -> list[ClassSentence]:
    """cameo_class_*.tsv: `sentence<TAB>label` per line, labels 0..4, no header."""
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", file=str(path)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        text, sep, label = line.rpartition("\t")
        if not sep or label.strip() not in {"0", "1", "2", "3", "4"}:
            raise InputError(f"expected 'sentence<TAB>label 0-4', got {line[:60]!r}",
                             file=str(path), line=number)
        out.append(ClassSentence(f"line{number}", text.strip(), int(label)))
    return out


def read_conflibert_spans(path: Path) -> list[SpanSentence]:
    """cameo_ner_*.txt: `token tag` lines, blank line between sentences.

    Tags B-/I- with S (source), T (target) or R (reciprocal: both). The sentence text is
    the tokens joined by single spaces; an R span becomes one S and one T span.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", file=str(path)) from exc
    out: list[SpanSentence] = []
    block: list[tuple[int, str, str]] = []
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip():
            token, sep, tag = line.strip().rpartition(" ")
            if not sep or not re.fullmatch(r"O|[BI]-[STR]", tag):
                raise InputError(f"expected 'token TAG' (O, B-/I- S|T|R), got {line!r}",
                                 file=str(path), line=number)
            block.append((number, token, tag))
        elif block:
            out.append(_span_sentence(block, path))
            block = []
    return out


def _span_sentence(block: list[tuple[int, str, str]], path: Path) -> SpanSentence:
    offsets, pos = [], 0
    for _, token, _ in block:
        offsets.append((pos, pos + len(token)))
        pos += len(token) + 1
    text = " ".join(token for _, token, _ in block)
    spans: list[Span] = []
    current: list | None = None  # [role, start, end]
    for (number, _, tag), (start, end) in zip(block, offsets, strict=True):
        if tag == "O":
            current = None
            continue
        kind, role = tag.split("-")
        if kind == "B" or current is None or current[0] != role:
            if kind == "I" and current is not None and current[0] != role:
                raise InputError(f"I-{role} continues a {current[0]} span", file=str(path),
                                 line=number)
            current = [role, start, end]
            spans.append(current)  # type: ignore[arg-type]
        else:
            current[2] = end
    gold = []
    for role, start, end in spans:  # type: ignore[misc]
        for r in ("S", "T") if role == "R" else (role,):
            gold.append(Span(r, start, end))
    return SpanSentence(f"line{block[0][0]}", text, tuple(offsets), tuple(dict.fromkeys(gold)))
