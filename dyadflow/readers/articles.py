"""Read news articles from files into validated `Article` records.

A path is a file or a directory. Formats, chosen by extension:

- `.txt`: one article per file; `article_id` is the file stem. The first line is the title
  when it looks like a headline (see `split_title`). A `_metadata.csv` sidecar in the same
  directory (columns `file, id, title, source, url, published_at`) overrides id and any
  non-empty field. Files whose names start with `_` are metadata, never articles.
- `.jsonl` (one JSON object per line), `.json` (an object or an array of objects) and `.csv`
  (header row): records with fields `id, url, source, title, published_at, text`.

Every record is validated against `schemas/article.schema.json`. A record that fails (bad
JSON, schema error, unparseable date, duplicate id, empty text) becomes a `Quarantined` row
with file, line and reason, and reading continues. Page boilerplate is stripped before the
content hash is taken, so `content_hash` is the sha256 of exactly the text that is coded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from dyadflow.errors import InputError
from dyadflow.normalize.dates import parse_published_at
from dyadflow.paths import schemas_dir
from dyadflow.readers.boilerplate import normalize_text, strip_boilerplate
from dyadflow.records import Article, Quarantined

ORIGIN = "articles"
ARTICLE_FIELDS = ("id", "url", "source", "title", "published_at", "text")
METADATA_FILE = "_metadata.csv"
METADATA_FIELDS = ("file", "id", "title", "source", "url", "published_at")
SUFFIXES = (".txt", ".jsonl", ".json", ".csv")

_TITLE_MAX_CHARS = 200
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[\"“‘'(]?[A-Z]")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b[A-Z][a-z]{0,3}\.$")


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[Article, ...]
    quarantined: tuple[Quarantined, ...]


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads((schemas_dir() / "article.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _payload(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _optional(value: Any) -> str | None:
    """Empty strings mean unknown: the field becomes null."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def schema_problem(record: Any) -> str | None:
    """The first problem of `record` against the article schema, or None when it is valid."""
    error = jsonschema.exceptions.best_match(_validator().iter_errors(record))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path)
    message = error.message
    if error.validator == "pattern" and where == "text":
        message = "text is empty"
    elif error.validator == "pattern" and where == "id":
        message = "id must be non-empty without leading or trailing spaces"
    elif error.validator == "pattern" and where == "url":
        message = f"url must start with http:// or https:// (got {error.instance!r})"
    return f"{where}: {message}" if where else message


def article_from_record(
    record: Any, *, file: str | None, line: int | None, origin: str = ORIGIN
) -> Article | Quarantined:
    """Validate one raw record and build its `Article`, or say why it cannot be used."""

    def quarantine(reason: str) -> Quarantined:
        return Quarantined(origin=origin, file=file, line=line, reason=reason,
                           payload=_payload(record))

    if not isinstance(record, Mapping):
        return quarantine(f"record is a JSON {type(record).__name__}, not an object")
    record = dict(record)
    # Empty optional fields (CSV cells, blank JSON strings) are unknown, not invalid.
    for key in ("url", "source", "title", "published_at"):
        if isinstance(record.get(key), str) and not record[key].strip():
            record[key] = None
    problem = schema_problem(record)
    if problem:
        return quarantine(problem)
    title = _optional(record.get("title"))
    text = strip_boilerplate(record["text"], title=title)
    if not text:
        return quarantine("text is empty after removing page boilerplate")
    try:
        published_at = parse_published_at(_optional(record.get("published_at")))
    except ValueError as exc:
        return quarantine(f"published_at: {exc}")
    return Article(
        article_id=str(record["id"]).strip(),
        text=text,
        content_hash=content_hash(text),
        title=title,
        source=_optional(record.get("source")),
        url=_optional(record.get("url")),
        published_at=published_at,
        origin_file=file,
        origin_line=line,
    )


# --- .txt -----------------------------------------------------------------------------


def _looks_like_headline(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > _TITLE_MAX_CHARS or _SENTENCE_INSIDE.search(line):
        return False
    if line[-1] in ",;:":
        return False
    # "Japan Set to Export Patriot to U.S." ends in an abbreviation, not a full stop
    return line[-1] != "." or bool(_ABBREVIATION_END.search(line))


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body) of a plain-text article.

    The first line is a title when it is short (<= 200 characters), is one phrase (no
    sentence break inside, no final full stop unless it ends with an abbreviation such as
    "U.S."), and is followed by a blank line or by a longer line. Otherwise the whole text
    is the body and the title is None: a one-paragraph article is never cut in two.
    """
    lines = normalize_text(text).split("\n")
    if len(lines) < 2 or not _looks_like_headline(lines[0]):
        return None, normalize_text(text)
    following = lines[1]
    body = "\n".join(lines[1:]).strip()
    if not body:
        return None, normalize_text(text)
    if following.strip() == "" or len(following.strip()) > len(lines[0].strip()):
        return lines[0].strip(), body
    return None, normalize_text(text)


MetadataRows = dict[str, tuple[dict[str, str], int]]


def _read_metadata(directory: Path) -> tuple[MetadataRows, list[Quarantined]]:
    """file name -> (metadata row, line) from the directory's `_metadata.csv`."""
    path = directory / METADATA_FILE
    if not path.is_file():
        return {}, []
    rows: MetadataRows = {}
    quarantined: list[Quarantined] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [f for f in ("file",) if f not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"metadata lacks the column(s) {', '.join(missing)}; expected "
                             f"{', '.join(METADATA_FIELDS)}", file=str(path), line=1)
        for row in reader:
            line = reader.line_num
            name = (row.get("file") or "").strip()
            if not name or not (directory / name).is_file():
                quarantined.append(Quarantined(
                    ORIGIN, str(path), line,
                    f"metadata row names file {name!r}, which is not in {directory}",
                    _payload(row)))
            else:
                rows[name] = ({k: (v or "") for k, v in row.items() if k}, line)
    return rows, quarantined


def _read_text_file(path: Path, metadata: Mapping[str, str] | None) -> Article | Quarantined:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Quarantined(ORIGIN, str(path), None, f"not UTF-8 text: {exc}",
                           raw.decode("utf-8", errors="replace"))
    title, body = split_title(text)
    record: dict[str, Any] = {"id": path.stem, "title": title, "text": body}
    for key, value in (metadata or {}).items():
        if key in ARTICLE_FIELDS and key != "text" and value.strip():
            record[key] = value.strip()
    return article_from_record(record, file=str(path), line=None)


# --- .jsonl / .json / .csv --------------------------------------------------------------


def _decode(path: Path) -> str | Quarantined:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Quarantined(ORIGIN, str(path), None, f"not UTF-8 text: {exc}",
                           raw.decode("utf-8", errors="replace"))


def _jsonl_records(path: Path, text: str) -> Iterator[Article | Quarantined]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Quarantined(ORIGIN, str(path), number, f"invalid JSON: {exc.msg} "
                              f"(column {exc.colno})", line)
            continue
        yield article_from_record(record, file=str(path), line=number)


def _json_records(path: Path, text: str) -> Iterator[Article | Quarantined]:
    """An object or an array of objects; each element keeps the line it starts on."""
    decoder = json.JSONDecoder()
    start = len(text) - len(text.lstrip())
    if not text.strip():
        yield Quarantined(ORIGIN, str(path), None, "empty JSON file", "")
        return
    if text[start] != "[":
        try:
            record, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError as exc:
            yield Quarantined(ORIGIN, str(path), exc.lineno, f"invalid JSON: {exc.msg} "
                              f"(column {exc.colno})", text)
            return
        if text[end:].strip():
            line = text.count("\n", 0, end) + 1
            yield Quarantined(ORIGIN, str(path), line, "invalid JSON: extra data after "
                              "the first value (use .jsonl for one object per line)", text)
            return
        yield article_from_record(record, file=str(path), line=text.count("\n", 0, start) + 1)
        return
    position = start + 1
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position < len(text) and text[position] == "]":
            if text[position + 1:].strip():
                yield Quarantined(ORIGIN, str(path), text.count("\n", 0, position) + 1,
                                  "invalid JSON: extra data after the array", text[position:])
            return
        line = text.count("\n", 0, position) + 1
        try:
            record, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield Quarantined(ORIGIN, str(path), exc.lineno, f"invalid JSON: {exc.msg} "
                              f"(column {exc.colno}); the rest of the file is skipped",
                              text[position:])
            return
        yield article_from_record(record, file=str(path), line=line)
        while position < len(text) and text[position].isspace():
            position += 1
        if position < len(text) and text[position] == ",":
            position += 1
        elif position >= len(text) or text[position] != "]":
            yield Quarantined(ORIGIN, str(path), text.count("\n", 0, position) + 1,
                              "invalid JSON: expected ',' or ']' between array elements; "
                              "the rest of the file is skipped", text[position:])
            return


def _csv_records(path: Path, text: str) -> Iterator[Article | Quarantined]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        yield Quarantined(ORIGIN, str(path), None, "empty CSV file", "")
        return
    header = [name.strip() for name in header]
    missing = [name for name in ("id", "text") if name not in header]
    if missing:
        yield Quarantined(ORIGIN, str(path), 1, f"CSV header lacks the column(s) "
                          f"{', '.join(missing)}; expected {', '.join(ARTICLE_FIELDS)}",
                          ",".join(header))
        return
    previous_end = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Quarantined(ORIGIN, str(path), previous_end + 1, f"unreadable CSV: {exc}; "
                              "the rest of the file is skipped", "")
            return
        line, previous_end = previous_end + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Quarantined(ORIGIN, str(path), line, f"row has {len(row)} fields but the "
                              f"header has {len(header)}", _payload(row))
            continue
        yield article_from_record(dict(zip(header, row)), file=str(path), line=line)


# --- files and directories --------------------------------------------------------------


def _read_file(path: Path, metadata: Mapping[str, str] | None = None
               ) -> Iterable[Article | Quarantined]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return [_read_text_file(path, metadata)]
    text = _decode(path)
    if isinstance(text, Quarantined):
        return [text]
    if suffix == ".jsonl":
        return _jsonl_records(path, text)
    if suffix == ".json":
        return _json_records(path, text)
    return _csv_records(path, text)


def _is_article_file(path: Path) -> bool:
    return (path.is_file() and path.suffix.lower() in SUFFIXES
            and not path.name.startswith(("_", ".")))


def _read_items(path: Path) -> Iterator[Article | Quarantined]:
    if path.is_file():
        if path.suffix.lower() not in SUFFIXES:
            raise InputError(f"unsupported article file type {path.suffix!r}; expected one of "
                             f"{', '.join(SUFFIXES)}", file=str(path))
        yield from _read_file(path)
        return
    # metadata (`_name`) and hidden (`.name`) directories are skipped with everything below
    directories = [path, *sorted(
        p for p in path.rglob("*")
        if p.is_dir() and not any(part.startswith((".", "_"))
                                  for part in p.relative_to(path).parts))]
    for directory in directories:
        metadata, bad_rows = _read_metadata(directory)
        yield from bad_rows
        for file in sorted(p for p in directory.iterdir() if _is_article_file(p)):
            row = metadata.get(file.name)
            yield from _read_file(file, row[0] if row else None)


def read_articles(path: str | Path) -> ReadResult:
    """All articles under `path` (a file or a directory), and the records that failed.

    Only `.txt`, `.jsonl`, `.json` and `.csv` files are read in a directory (a README.md
    there is documentation, not an article). Article ids must be unique: a later record
    with an id already read is quarantined, naming where the first one came from.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file or directory", file=str(path))
    articles: list[Article] = []
    quarantined: list[Quarantined] = []
    seen: dict[str, Article] = {}
    for item in _read_items(path):
        if isinstance(item, Quarantined):
            quarantined.append(item)
            continue
        first = seen.get(item.article_id)
        if first is not None:
            where = first.origin_file + (f":{first.origin_line}" if first.origin_line else "")
            quarantined.append(Quarantined(
                ORIGIN, item.origin_file, item.origin_line,
                f"duplicate article id {item.article_id!r} (first read from {where})",
                item.text))
            continue
        seen[item.article_id] = item
        articles.append(item)
    return ReadResult(tuple(articles), tuple(quarantined))
