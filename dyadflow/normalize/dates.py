"""Dates: publication timestamps to UTC, and event dates from what a sentence says.

`parse_published_at` reads the timestamp formats of files and feeds (ISO 8601, RFC 2822,
"November 22, 2026", numeric dates with an explicit day-first setting).
`resolve_event_date` finds the first date expression in a sentence and resolves it against
the publication date: absolute ("on 9 May 2020", "December 31 2019"), relative ("on
Tuesday" = the latest Tuesday on or before publication, "yesterday", "last week", "earlier
this month", "mid-November", "last year", "three days ago"). Coarser results carry their
precision; their date is the first day of the week (Monday), month or year meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache

DAY, WEEK, MONTH, YEAR, UNKNOWN = "day", "week", "month", "year", "unknown"

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "several": 3, "a few": 3, "few": 3, "a couple of": 2, "couple of": 2}


@dataclass(frozen=True, slots=True)
class DateResolution:
    date: date | None
    precision: str  # day, week, month, year, unknown
    text: str | None  # the expression as written; None when none was found
    start: int | None
    end: int | None


# --- publication timestamps -------------------------------------------------------------


def parse_published_at(value: object, *, dayfirst: bool = False) -> datetime | None:
    """A timezone-aware UTC datetime; None for empty input; ValueError naming the value.

    Naive timestamps are taken as UTC. Numeric dates such as 03/04/2026 are month-first
    unless `dayfirst`; a date that only fits one way (22/11/2026) is read that way;
    dotted dates (22.11.2026) are day-first, as everywhere they are used.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _to_utc(value)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=timezone.utc)
    if not isinstance(value, str):
        raise ValueError(f"unparseable publication date: {value!r} (not a string)")
    text = " ".join(value.split())
    if not text:
        return None
    parsed = (
        _iso(text) or _rfc2822(text) or _numeric(text, dayfirst) or _written(text) or _epoch(text)
    )
    if parsed is None:
        raise ValueError(f"unparseable publication date: {value!r}")
    return parsed


def _to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _iso(text: str) -> datetime | None:
    if not re.match(r"\d{4}-\d{2}-\d{2}", text):
        return None
    candidate = text.replace(" UTC", "Z").replace(" GMT", "Z")
    try:
        return _to_utc(datetime.fromisoformat(candidate))
    except ValueError:
        return None


def _rfc2822(text: str) -> datetime | None:
    if not re.search(r"\d{1,2} [A-Za-z]{3} \d{2,4} \d{1,2}:\d{2}", text):
        return None
    try:
        return _to_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


_NUMERIC = re.compile(
    r"(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT)?"
)


def _numeric(text: str, dayfirst: bool) -> datetime | None:
    match = _NUMERIC.fullmatch(text)
    if not match:
        return None
    a, sep, b, c, hh, mm, ss, _ = match.groups()
    if len(a) == 4:  # 2026/11/22
        year, month, day = int(a), int(b), int(c)
    else:
        first, second, year = int(a), int(b), _full_year(c)
        if sep == "." or first > 12:
            day, month = first, second
        elif second > 12:
            month, day = first, second
        else:
            day, month = (first, second) if dayfirst else (second, first)
    try:
        return datetime(year, month, day, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=timezone.utc)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 70 else 1900) if len(text) == 2 else year


_WRITTEN_TIME = re.compile(
    r"(?:,?\s*(?:at\s+)?(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(UTC|GMT|Z)?)?$", re.I
)


def _written(text: str) -> datetime | None:
    """'November 22, 2026', 'Nov. 22 2026 10:30 AM', '22 November 2026', 'Sunday, 22 Nov 2026'."""
    stripped = re.sub(r"^[A-Za-z]+day,?\s+", "", text)
    found = _absolute_patterns().match(stripped)
    if not found or not (found.group("y1") or found.group("y2") or found.group("y3")):
        return None
    day = _day_of(found)
    if day is None:
        return None
    rest = stripped[found.end():].strip()
    clock = _WRITTEN_TIME.fullmatch(rest) if rest else None
    if rest and clock is None:
        return None
    hour = minute = second = 0
    if clock and clock.group(1):
        hour, minute, second = int(clock.group(1)), int(clock.group(2) or 0), int(clock.group(3) or 0)
        meridiem = (clock.group(4) or "").lower().replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59 or second > 59:
            return None
    return datetime.combine(day, time(hour, minute, second), tzinfo=timezone.utc)


def _epoch(text: str) -> datetime | None:
    if not re.fullmatch(r"\d{10}(\d{3})?", text):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


# --- event dates in text ------------------------------------------------------------------

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


@cache
def _absolute_patterns() -> re.Pattern[str]:
    """Absolute dates: day month year in either order, ISO, month year, year."""
    return re.compile(
        rf"(?P<dmy>(?P<d1>{_DAY_NUM})\s+(?:of\s+)?(?P<m1>{_MONTH_NAMES}),?\s*(?P<y1>{_YEAR})?)\b"
        rf"|(?P<mdy>(?P<m2>{_MONTH_NAMES})\s+(?P<d2>{_DAY_NUM})\b(?:,?\s*(?P<y2>{_YEAR})\b)?)"
        rf"|(?P<iso>(?P<y3>{_YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>[12]\d|3[01]|0[1-9]))\b",
        re.I,
    )


@cache
def _expression() -> re.Pattern[str]:
    """Every date expression we resolve, one alternation; earlier alternatives are more specific."""
    absolute = _absolute_patterns().pattern
    return re.compile(
        rf"\b(?:{absolute}"
        rf"|(?P<part>(?P<which>early|mid|late|the\s+(?:beginning|middle|end)\s+of)[-\s]+(?P<pm>{_MONTH_NAMES})(?:\s+(?P<py>{_YEAR}))?)\b"
        rf"|(?P<monyear>(?P<my_m>{_MONTH_NAMES})\s+(?:of\s+)?(?P<my_y>{_YEAR}))\b"
        rf"|(?P<ago>(?P<n>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago)\b"
        rf"|(?P<daybefore>the\s+day\s+before\s+yesterday)\b"
        rf"|(?P<yesterday>yesterday|last\s+night)\b"
        rf"|(?P<today>(?:earlier\s+|later\s+)?today|this\s+(?:morning|afternoon|evening)|tonight)\b"
        rf"|(?P<tomorrow>tomorrow)\b"
        rf"|(?P<weekday>(?P<wrel>last|next|this|on|past)?\s*(?P<wd>{_WEEKDAY}))\b"
        rf"|(?P<weekend>(?:(?:over\s+)?the|this|last)\s+weekend)\b"
        rf"|(?P<rel>(?P<rel_which>last|next|this|(?:earlier|later)\s+this|past|previous|coming)\s+(?P<rel_unit>week|month|year))\b"
        rf"|(?P<inmonth>(?:in|during|since|by|until|from|of)\s+(?P<im>{_MONTH_NAMES}))(?!\s*(?:of\s+)?\d)\b"
        rf"|(?P<inyear>(?:in|during|since|by|until|from|throughout|of)\s+(?:early\s+|mid-?|late\s+)?(?P<iy>{_YEAR}))\b)",
        re.I,
    )


# Every expression contains one of these. Most sentences contain none, and a few substring
# searches on the lower-cased text cost far less than trying the full alternation at every word.
_TRIGGERS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day",
    "week", "month", "year", "night", "tomorrow", "tonight", "morning", "afternoon", "evening",
)
_LEAD = 24  # the longest text an expression has before its trigger ("the beginning of ")


@cache
def _digits() -> re.Pattern[str]:
    return re.compile(r"\d+")


def _trigger_positions(text: str) -> list[int]:
    lowered = text.lower()
    positions = [m.start() for m in _digits().finditer(lowered)]
    for trigger in _TRIGGERS:
        found = lowered.find(trigger)
        while found >= 0:
            positions.append(found)
            found = lowered.find(trigger, found + 1)
    return sorted(set(positions))


def _find_expression(text: str) -> re.Match[str] | None:
    """The first expression, tried only at the word starts just before each trigger, in text
    order: one anchored attempt per candidate instead of a scan of the whole sentence."""
    pattern = _expression()
    tried: set[int] = set()
    for position in _trigger_positions(text):
        for start in range(max(0, position - _LEAD), position + 1):
            if start in tried or not text[start].isalnum() or (start and text[start - 1].isalnum()):
                continue
            tried.add(start)
            found = pattern.match(text, start)
            if found is not None:
                return found
    return None


def resolve_event_date(text: str, published: datetime | date | None) -> DateResolution:
    """The date a sentence's first date expression means, resolved against `published`."""
    pub = published.date() if isinstance(published, datetime) else published
    if not isinstance(pub, date):
        pub = None
    found = _find_expression(text) if isinstance(text, str) and text else None
    if found is None:
        if pub is None:
            return DateResolution(None, UNKNOWN, None, None, None)
        return DateResolution(pub, DAY, None, None, None)
    try:
        resolved, precision = _resolve(found, pub)
    except (OverflowError, ValueError):  # relative to a publication date near year 1 or 9999
        resolved, precision = None, UNKNOWN
    if resolved is None:
        precision = UNKNOWN
    return DateResolution(resolved, precision, found.group(), found.start(), found.end())


def _resolve(m: re.Match[str], pub: date | None) -> tuple[date | None, str]:
    g = m.group
    if g("dmy") or g("mdy") or g("iso"):
        year_text = g("y1") or g("y2") or g("y3")
        day = _day_of(m, pub)
        return (day, DAY) if day is not None or year_text else (None, UNKNOWN)
    if g("monyear"):
        return date(int(g("my_y")), _month(g("my_m")), 1), MONTH
    if g("part"):
        month = _month(g("pm"))
        if g("py"):
            return date(int(g("py")), month, 1), MONTH
        return (_nearest_month(month, pub), MONTH) if pub else (None, UNKNOWN)
    if g("inyear"):
        return date(int(g("iy")), 1, 1), YEAR
    if pub is None:
        return None, UNKNOWN  # everything below is relative to the publication date
    if g("ago"):
        n = _count(g("n"))
        unit = g("unit").lower()
        if unit == "day":
            return pub - timedelta(days=n), DAY
        if unit == "week":
            return _monday(pub - timedelta(weeks=n)), WEEK
        if unit == "month":
            return _add_months(pub.replace(day=1), -n), MONTH
        return date(pub.year - n, 1, 1), YEAR
    if g("daybefore"):
        return pub - timedelta(days=2), DAY
    if g("yesterday"):
        return pub - timedelta(days=1), DAY
    if g("today"):
        return pub, DAY
    if g("tomorrow"):
        return pub + timedelta(days=1), DAY
    if g("weekday"):
        return _weekday(_WEEKDAYS[g("wd").lower()], (g("wrel") or "").lower(), pub), DAY
    if g("weekend"):
        back = (pub.weekday() - 5) % 7  # the latest Saturday on or before publication
        if g("weekend").lower().startswith("last") and back < 2:
            back += 7
        return pub - timedelta(days=back), WEEK
    if g("rel"):
        which = " ".join(g("rel_which").lower().split())
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
        unit = g("rel_unit").lower()
        if unit == "week":
            return _monday(pub) + timedelta(weeks=step), WEEK
        if unit == "month":
            return _add_months(pub.replace(day=1), step), MONTH
        return date(pub.year + step, 1, 1), YEAR
    if g("inmonth"):
        return _nearest_month(_month(g("im")), pub), MONTH
    return None, UNKNOWN


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _day_of(m: re.Match[str], pub: date | None = None) -> date | None:
    g = m.group
    if g("iso"):
        year, month, day = int(g("y3")), int(g("m3")), int(g("d3"))
    else:
        month = _month(g("m1") or g("m2"))
        day = int(re.match(r"\d+", g("d1") or g("d2")).group())
        year_text = g("y1") or g("y2")
        if year_text:
            year = int(year_text)
        elif pub is not None:
            year = _nearest_year(month, day, pub)
        else:
            return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# News reports the past: a day or month without a year is the latest one before publication,
# unless it is only a little ahead of it ("talks on Nov. 25" in an article of Nov. 22).
_DAYS_AHEAD = 14
_MONTHS_AHEAD = 2


def _nearest_year(month: int, day: int, pub: date) -> int:
    for year in (pub.year + 1, pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if (candidate - pub).days <= _DAYS_AHEAD:
            return year
    return pub.year


def _nearest_month(month: int, pub: date) -> date:
    for year in (pub.year + 1, pub.year, pub.year - 1):
        ahead = (year - pub.year) * 12 + month - pub.month
        if ahead <= _MONTHS_AHEAD:
            return date(year, month, 1)
    return date(pub.year - 1, month, 1)


def _weekday(target: int, relation: str, pub: date) -> date:
    back = (pub.weekday() - target) % 7
    if relation == "next":
        return pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
    if relation in ("last", "past") and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _count(text: str) -> int:
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else _NUMBERS[text]
