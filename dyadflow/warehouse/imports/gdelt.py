"""GDELT event files: 1.0 historical (57 columns), 1.0 daily (58, + SOURCEURL) and 2.0 (61).

Tab-separated, no header. Actor country codes are CAMEO country codes and place country
codes FIPS 10-4; both become ISO3 through seeds/countries.csv (CountryIndex). Each GDELT
event becomes one mention with origin 'gdelt' and id 'gdelt:<GLOBALEVENTID>'.
"""

from __future__ import annotations

from pathlib import Path

from dyadflow.warehouse.imports import (
    ImportContext,
    ImportedRows,
    clean,
    event_fields,
    open_text,
    parse_day,
)

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
_GEO_1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO_2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
          "FeatureID")


def _columns(geo: tuple[str, ...]) -> tuple[str, ...]:
    return (
        ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
        + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
        + _EVENT
        + tuple(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in geo)
        + ("DATEADDED",)
    )


GDELT1_HISTORICAL = _columns(_GEO_1)  # 57
GDELT1_DAILY = GDELT1_HISTORICAL + ("SOURCEURL",)  # 58
GDELT2 = _columns(_GEO_2) + ("SOURCEURL",)  # 61
LAYOUTS = {len(c): c for c in (GDELT1_HISTORICAL, GDELT1_DAILY, GDELT2)}


def read_gdelt(path: Path, ctx: ImportContext) -> ImportedRows:
    result = ImportedRows("gdelt", str(path))
    layout: tuple[str, ...] | None = None
    with open_text(path) as handle:
        for line_no, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            result.n_read += 1
            values = line.split("\t")
            if layout is None:
                layout = LAYOUTS.get(len(values))
                if layout is None:
                    result.reject(line_no, f"expected 57, 58 or 61 tab-separated GDELT columns, "
                                           f"got {len(values)}", line)
                    continue
            if len(values) != len(layout):
                result.reject(line_no, f"expected {len(layout)} columns like the file's first "
                                       f"row, got {len(values)}", line)
                continue
            row = dict(zip(layout, values, strict=True))
            mapped = _map(row, ctx)
            if isinstance(mapped, str):
                result.reject(line_no, mapped, line)
            else:
                result.rows.append(mapped)
    return result


def _map(row: dict[str, str], ctx: ImportContext) -> dict | str:
    """The mention of one GDELT row, or the reason it cannot be used."""
    event_id = clean(row["GLOBALEVENTID"])
    if not event_id or not event_id.isdigit():
        return f"GLOBALEVENTID {row['GLOBALEVENTID']!r} is not a number"
    code = ctx.code(row["EventCode"])
    if code is None:
        return f"EventCode {row['EventCode']!r} is not in the CAMEO codebook"
    try:
        day = parse_day(row["SQLDATE"], ("%Y%m%d",))
    except ValueError as exc:
        return f"SQLDATE: {exc}"
    try:
        quad = int(row["QuadClass"])
        goldstein = float(row["GoldsteinScale"]) if clean(row["GoldsteinScale"]) else None
    except ValueError:
        return f"QuadClass {row['QuadClass']!r} or GoldsteinScale {row['GoldsteinScale']!r} " \
               "is not a number"
    if quad not in (1, 2, 3, 4):
        return f"QuadClass {quad} is not 1-4"
    url = clean(row.get("SOURCEURL"))
    return {
        "mention_id": f"gdelt:{event_id}",
        "article_id": f"gdelt:{url or event_id}",
        "origin": "gdelt",
        "source_text": clean(row["Actor1Name"]),
        "source_code": clean(row["Actor1Code"]),
        "source_iso3": ctx.countries.iso3_for_cameo(clean(row["Actor1CountryCode"]) or ""),
        "source_sector": clean(row["Actor1Type1Code"]),
        "target_text": clean(row["Actor2Name"]),
        "target_code": clean(row["Actor2Code"]),
        "target_iso3": ctx.countries.iso3_for_cameo(clean(row["Actor2CountryCode"]) or ""),
        "target_sector": clean(row["Actor2Type1Code"]),
        **event_fields(code),
        # GDELT's own coding of this event, not our codebook's
        "quad_class": quad,
        "goldstein": goldstein,
        "negated": False,
        "event_date": day,
        "date_precision": "day",
        "location_iso3": ctx.countries.iso3_for_fips(clean(row["ActionGeo_CountryCode"]) or ""),
        "location_text": clean(row["ActionGeo_FullName"]),
        "origin_event_id": event_id,
        "source_url": url,
    }
