"""ICEWS Coded Event Data `.tab` files (tab-separated, header row, 20 columns).

Countries are given by name ("Russian Federation"); they become ISO3 through the country
names and aliases of the seeds (CountryIndex.lookup). ICEWS gives sectors as words and no
CAMEO actor codes, so source_code/target_code are the CAMEO country code of the actor's
country and the sectors stay null rather than guessed. "NA" is ICEWS's null.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dyadflow.errors import InputError
from dyadflow.warehouse.imports import (
    ImportContext,
    ImportedRows,
    clean,
    event_fields,
    open_text,
    parse_day,
)

REQUIRED = ("Event ID", "Event Date", "Source Name", "Source Country", "CAMEO Code",
            "Intensity", "Target Name", "Target Country", "Story ID")
_NULLS = ("", "NA")


def read_icews(path: Path, ctx: ImportContext) -> ImportedRows:
    result = ImportedRows("icews", str(path))
    with open_text(path) as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            raise InputError("empty file: expected an ICEWS header row", file=str(path))
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise InputError(f"not an ICEWS event file: missing columns {missing}",
                             file=str(path), line=1)
        for values in reader:
            line_no = reader.line_num
            if not any(v.strip() for v in values):
                continue
            result.n_read += 1
            if len(values) != len(header):
                result.reject(line_no, f"expected {len(header)} tab-separated columns, got "
                                       f"{len(values)}", "\t".join(values))
                continue
            mapped = _map(dict(zip(header, values, strict=True)), ctx)
            if isinstance(mapped, str):
                result.reject(line_no, mapped, "\t".join(values))
            else:
                result.rows.append(mapped)
    return result


def _country(ctx: ImportContext, name: str | None) -> tuple[str | None, str | None]:
    """(iso3, cameo code) of a country name, or (None, None).

    ICEWS writes some names in ISO's inverted form ("Moldova, Republic of"); those are
    also tried the right way round ("Republic of Moldova").
    """
    if not name:
        return (None, None)
    country = ctx.countries.lookup(name)
    if country is None and "," in name:
        head, _, qualifier = name.partition(",")
        country = ctx.countries.lookup(f"{qualifier.strip()} {head.strip()}")
    return (country.iso3, country.cameo_code) if country else (None, None)


def _map(row: dict[str, str], ctx: ImportContext) -> dict | str:
    event_id = clean(row["Event ID"], nulls=_NULLS)
    if not event_id:
        return "empty Event ID"
    raw_code = clean(row["CAMEO Code"], nulls=_NULLS) or ""
    code = ctx.code(raw_code)
    if code is None:
        return f"CAMEO Code {raw_code!r} is not in the CAMEO codebook"
    try:
        day = parse_day(row["Event Date"], ("%Y-%m-%d",))
    except ValueError as exc:
        return f"Event Date: {exc}"
    intensity = clean(row["Intensity"], nulls=_NULLS)
    try:
        goldstein = float(intensity) if intensity is not None else None
    except ValueError:
        return f"Intensity {intensity!r} is not a number"
    source_country = clean(row["Source Country"], nulls=_NULLS)
    target_country = clean(row["Target Country"], nulls=_NULLS)
    source_iso3, source_code = _country(ctx, source_country)
    target_iso3, target_code = _country(ctx, target_country)
    for label, name, iso3 in (("Source", source_country, source_iso3),
                              ("Target", target_country, target_iso3)):
        if name and iso3 is None:
            return f"{label} Country {name!r} is not a known country name"
    location_name = clean(row.get("Country"), nulls=_NULLS)
    location_iso3, _ = _country(ctx, location_name)
    place = [clean(row.get(c), nulls=_NULLS) for c in ("City", "Province", "Country")]
    story = clean(row["Story ID"], nulls=_NULLS)
    sentence = clean(row.get("Sentence Number"), nulls=_NULLS)
    return {
        "mention_id": f"icews:{event_id}",
        "article_id": f"icews:{story or event_id}",
        "origin": "icews",
        "sentence_idx": int(sentence) if sentence and sentence.isdigit() else None,
        "source_text": clean(row["Source Name"], nulls=_NULLS),
        "source_code": source_code,
        "source_iso3": source_iso3,
        "target_text": clean(row["Target Name"], nulls=_NULLS),
        "target_code": target_code,
        "target_iso3": target_iso3,
        **event_fields(code),
        "goldstein": goldstein,  # ICEWS's intensity for this event
        "event_text": clean(row.get("Event Text"), nulls=_NULLS),
        "negated": False,
        "event_date": day,
        "date_precision": "day",
        "location_iso3": location_iso3,
        "location_text": ", ".join(p for p in place if p) or None,
        "origin_event_id": event_id,
        "publisher": clean(row.get("Publisher"), nulls=_NULLS),
    }
