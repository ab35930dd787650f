"""ACLED CSV exports (header row; columns as in ACLED's data export tool and API).

ACLED codes events by event type and sub-event type, not CAMEO; the CAMEO code is found by
reversing the ACLED columns of seeds/cameo_codes.csv: the most general code mapped to the
same (event type, sub-event type), else to the event type as a whole (an empty sub-event
type, or a CAMEO root mapped to the type). Rows with no such code are quarantined, not
guessed. Actor countries come from the actor names ACLED gives ("Military Forces of Russia
(2000-)", "Protesters (India)"); when the name names none, the ISO3 stays null.

ACLED's terms forbid redistributing its rows: `dyadflow export` leaves them out unless
--include-acled.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from dyadflow.errors import InputError
from dyadflow.normalize.codebook import CameoCode, Codebook
from dyadflow.warehouse.imports import (
    ImportContext,
    ImportedRows,
    clean,
    event_fields,
    open_text,
    parse_day,
)

REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
            "country")
_PRECISION = {"1": "day", "2": "week", "3": "month"}
_IN_PARENS = re.compile(r"\(([^()]*[A-Za-z][^()]*)\)")
_OF_COUNTRY = re.compile(r"\bof (?:the )?([A-Z][\w'’.\- ]+?)\s*(?:\(|$)")


def reverse_map(codebook: Codebook) -> dict[tuple[str, str], CameoCode]:
    """(ACLED event type, sub-event type or '') -> most general CAMEO code mapped to it."""
    best: dict[tuple[str, str], CameoCode] = {}
    for code in codebook.codes.values():
        if not code.acled_event_type:
            continue
        keys = [(code.acled_event_type, code.acled_sub_event_type or "")]
        if code.level == 1:  # a root mapped to a type stands for the type as a whole
            keys.append((code.acled_event_type, ""))
        for key in keys:
            current = best.get(key)
            if current is None or (code.level, code.code) < (current.level, current.code):
                best[key] = code
    return best


def cameo_for(mapping: dict[tuple[str, str], CameoCode], event_type: str,
              sub_event_type: str) -> CameoCode | None:
    return mapping.get((event_type, sub_event_type)) or mapping.get((event_type, ""))


def actor_country(ctx: ImportContext, actor: str | None) -> str | None:
    """ISO3 of the country an ACLED actor name names, if it names one."""
    if not actor:
        return None
    candidates = _IN_PARENS.findall(actor) + _OF_COUNTRY.findall(actor)
    for candidate in candidates:
        country = ctx.countries.lookup(candidate.strip())
        if country is not None:
            return country.iso3
    return None


def read_acled(path: Path, ctx: ImportContext) -> ImportedRows:
    result = ImportedRows("acled", str(path))
    mapping = reverse_map(ctx.codebook)
    with open_text(path) as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"not an ACLED CSV export: missing columns {missing}",
                             file=str(path), line=1)
        for row in reader:
            line_no = reader.line_num
            result.n_read += 1
            if None in row:
                result.reject(line_no, "more fields than the header names",
                              repr(list(row.values())))
                continue
            mapped = _map(row, ctx, mapping)
            if isinstance(mapped, str):
                result.reject(line_no, mapped, ",".join(v or "" for v in row.values()))
            else:
                result.rows.append(mapped)
    return result


def _map(row: dict[str, str], ctx: ImportContext,
         mapping: dict[tuple[str, str], CameoCode]) -> dict | str:
    event_id = clean(row["event_id_cnty"])
    if not event_id:
        return "empty event_id_cnty"
    event_type = clean(row["event_type"]) or ""
    sub_type = clean(row["sub_event_type"]) or ""
    code = cameo_for(mapping, event_type, sub_type)
    if code is None:
        return f"no CAMEO code maps to ACLED type {event_type!r} / {sub_type!r}"
    try:
        day = parse_day(row["event_date"], ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"))
    except ValueError as exc:
        return f"event_date: {exc}"
    country = ctx.countries.lookup(clean(row["country"]) or "")
    if country is None:
        return f"country {row['country']!r} is not a known country name"
    actor1, actor2 = clean(row["actor1"]), clean(row.get("actor2"))
    place = [clean(row.get(c)) for c in ("location", "admin1", "country")]
    return {
        "mention_id": f"acled:{event_id}",
        "article_id": f"acled:{event_id}",
        "origin": "acled",
        "sentence_text": clean(row.get("notes")),
        "source_text": actor1,
        "source_iso3": actor_country(ctx, actor1),
        "target_text": actor2,
        "target_iso3": actor_country(ctx, actor2),
        **event_fields(code),
        # ACLED's own classification, kept verbatim
        "acled_event_type": event_type or None,
        "acled_sub_event_type": sub_type or None,
        "negated": False,
        "event_date": day,
        "date_precision": _PRECISION.get(clean(row.get("time_precision")) or "", "day"),
        "location_iso3": country.iso3,
        "location_text": ", ".join(p for p in place if p) or None,
        "origin_event_id": event_id,
        "publisher": clean(row.get("source")),
    }
