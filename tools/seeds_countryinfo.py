"""Parse CountryInfo.120116.txt (openeventdata/CountryInfo; Parus Analytics, P. Schrodt).

The file is almost-XML: one <Country> block per country with single-value tags, list tags
(one entry per line: upper case, `_` between words) and <Leaders>/<Government> with
date-bounded terms. We read it into plain dicts; the generators pick the facts they need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

_TAG = re.compile(r"<(/?)([^<>]+)>")
_TERM = re.compile(r"\[\s*(?:([A-Z]{3}[A-Z0-9]*)\s+)?([<>]?)\s*(\d{8})?\s*(?:-\s*(\d{8}))?\s*\]")


@dataclass
class Term:
    code: str | None  # CAMEO actor code of the role (Government section), e.g. JPNGOVMIL
    start: date | None
    end: date | None


@dataclass
class Holder:
    names: list[str]  # synonyms, already converted from NAME_FORM to "Name Form"
    title: str  # position (Leaders sub-tag or the Government comment)
    terms: list[Term]
    section: str  # "leaders" or "government"


@dataclass
class CountryBlock:
    code: str  # the block's CountryCode: a CAMEO country code (ISO3 or CAMEO-specific)
    fields: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    holders: list[Holder] = field(default_factory=list)


def words(token: str) -> str:
    """'PORT_OF_SPAIN_' -> 'PORT OF SPAIN' (case is fixed by the caller)."""
    return " ".join(token.strip().rstrip("_").replace("_", " ").split())


def parse_day(text: str | None) -> date | None:
    """YYYYMMDD; the source has impossible days such as 20090931, clamped to the month's end."""
    if not text or text.startswith("0000"):
        return None
    year, month, day = int(text[:4]), int(text[4:6]) or 1, int(text[6:8]) or 1
    month = min(month, 12)
    while day > 28:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1
    return date(year, month, day)


def _terms(text: str) -> list[Term]:
    terms = []
    for code, marker, first, second in _TERM.findall(text):
        if marker == ">":
            terms.append(Term(code or None, parse_day(first), None))
        elif marker == "<":
            terms.append(Term(code or None, None, parse_day(first)))
        elif first and second:
            terms.append(Term(code or None, parse_day(first), parse_day(second)))
    return terms


def _names(text: str) -> list[str]:
    text = text.split("[", 1)[0]
    braced = re.findall(r"\{([^{}]+)\}", text)
    raw = braced or [text]
    return [words(n) for n in raw if words(n)]


@cache
def read_countryinfo(path: Path) -> tuple[CountryBlock, ...]:
    text = path.read_bytes().replace(b"\0", b"").decode("utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    blocks: list[CountryBlock] = []
    current: CountryBlock | None = None
    stack: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        single = re.fullmatch(r"<([^<>/]+)>(.*)</\1>.*", line)
        if single:
            tag, value = single.group(1), single.group(2).split("#", 1)[0].strip()
            if tag == "CountryCode":
                current = CountryBlock(code=value.split()[0] if value else "")
                blocks.append(current)
            elif current is not None:
                current.fields[tag] = value
            continue
        opening = re.fullmatch(r"<(/?)([^<>]+)>", line.split("#", 1)[0].strip())
        if opening:
            closing, tag = opening.groups()
            if closing:
                if tag in stack:
                    del stack[stack.index(tag):]
            elif tag != "Country":
                stack.append(tag)
            continue
        if current is None or not stack:
            continue
        top = stack[0]
        if top in ("Leaders", "Government"):
            content, _, comment = line.partition("#")
            names = _names(content)
            terms = _terms(content)
            if names and terms:
                title = stack[-1] if top == "Leaders" else comment.strip()
                current.holders.append(
                    Holder(names, title, terms, "leaders" if top == "Leaders" else "government")
                )
        elif top not in ("Comment", "Doc"):
            entry = words(line.split("#", 1)[0])
            if entry:
                current.lists.setdefault(top, []).append(entry)
    return tuple(b for b in blocks if b.code)
