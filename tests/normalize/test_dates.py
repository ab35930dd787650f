"""Publication timestamps and event dates: tables of cases plus properties."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadflow.normalize.dates import parse_published_at, resolve_event_date

UTC = timezone.utc
PUB = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)  # a Sunday


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        ("2026-11-22", False, datetime(2026, 11, 22, tzinfo=UTC)),
        ("2026-11-22T10:00:00Z", False, datetime(2026, 11, 22, 10, tzinfo=UTC)),
        ("2026-11-22T10:00:00+09:00", False, datetime(2026, 11, 22, 1, tzinfo=UTC)),
        ("2026-11-22T10:00:00.123-05:00", False, datetime(2026, 11, 22, 15, 0, 0, 123000, tzinfo=UTC)),
        ("2026-11-22 10:00", False, datetime(2026, 11, 22, 10, tzinfo=UTC)),
        ("2026-11-22 10:00 UTC", False, datetime(2026, 11, 22, 10, tzinfo=UTC)),
        ("Sun, 22 Nov 2026 04:13:22 +0000", False, datetime(2026, 11, 22, 4, 13, 22, tzinfo=UTC)),
        ("Sun, 22 Nov 2026 04:13:22 GMT", False, datetime(2026, 11, 22, 4, 13, 22, tzinfo=UTC)),
        ("Mon, 23 Nov 2026 08:00:00 +0900", False, datetime(2026, 11, 22, 23, tzinfo=UTC)),
        ("22 Nov 2026 04:13:22 -0500", False, datetime(2026, 11, 22, 9, 13, 22, tzinfo=UTC)),
        ("November 22, 2026", False, datetime(2026, 11, 22, tzinfo=UTC)),
        ("Nov. 22, 2026 10:30 AM", False, datetime(2026, 11, 22, 10, 30, tzinfo=UTC)),
        ("November 22, 2026 at 3:05 pm", False, datetime(2026, 11, 22, 15, 5, tzinfo=UTC)),
        ("22 November 2026", False, datetime(2026, 11, 22, tzinfo=UTC)),
        ("Sunday, November 22, 2026", False, datetime(2026, 11, 22, tzinfo=UTC)),
        ("03/04/2026", False, datetime(2026, 3, 4, tzinfo=UTC)),
        ("03/04/2026", True, datetime(2026, 4, 3, tzinfo=UTC)),
        ("22/11/2026", False, datetime(2026, 11, 22, tzinfo=UTC)),
        ("11/22/2026", True, datetime(2026, 11, 22, tzinfo=UTC)),
        ("22.11.2026", False, datetime(2026, 11, 22, tzinfo=UTC)),
        ("2026/11/22", False, datetime(2026, 11, 22, tzinfo=UTC)),
        ("04-03-26", True, datetime(2026, 3, 4, tzinfo=UTC)),
        ("1700000000", False, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("  2026-11-22  ", False, datetime(2026, 11, 22, tzinfo=UTC)),
    ],
)
def test_parse_published_at(value, dayfirst, expected):
    parsed = parse_published_at(value, dayfirst=dayfirst)
    assert parsed == expected
    assert parsed.tzinfo is UTC or parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_publication_dates_are_none(value):
    assert parse_published_at(value) is None


def test_datetime_and_date_inputs():
    naive = datetime(2026, 11, 22, 10)
    assert parse_published_at(naive) == datetime(2026, 11, 22, 10, tzinfo=UTC)
    tokyo = timezone(timedelta(hours=9))
    assert parse_published_at(datetime(2026, 11, 22, 10, tzinfo=tokyo)) == datetime(2026, 11, 22, 1, tzinfo=UTC)
    assert parse_published_at(date(2026, 11, 22)) == datetime(2026, 11, 22, tzinfo=UTC)


@pytest.mark.parametrize("value", ["yesterday", "13/13/2026", "2026-02-30", "not a date", "31/02/2026", 42])
def test_unparseable_values_name_themselves(value):
    with pytest.raises(ValueError, match="unparseable publication date"):
        parse_published_at(value)


# sentence, published, expected date, precision, matched text
EVENT_CASES = [
    ("Troops withdrew on 9 May 2020.", PUB, date(2020, 5, 9), "day", "9 May 2020"),
    ("The accord was signed December 31 2019 in Doha.", PUB, date(2019, 12, 31), "day", "December 31 2019"),
    ("It was signed on December 31, 2019.", PUB, date(2019, 12, 31), "day", "December 31, 2019"),
    ("on the 3rd of March 2021", PUB, date(2021, 3, 3), "day", "3rd of March 2021"),
    ("on Jan. 5, 2024 the talks", PUB, date(2024, 1, 5), "day", "Jan. 5, 2024"),
    ("on Sept. 11, 2001", PUB, date(2001, 9, 11), "day", "Sept. 11, 2001"),
    ("dated 2020-05-09", PUB, date(2020, 5, 9), "day", "2020-05-09"),
    ("in May 2020", PUB, date(2020, 5, 1), "month", "May 2020"),
    ("during August of 2014", PUB, date(2014, 8, 1), "month", "August of 2014"),
    ("in 2019", PUB, date(2019, 1, 1), "year", "in 2019"),
    ("since 1991", PUB, date(1991, 1, 1), "year", "since 1991"),
    ("in early 2020", PUB, date(2020, 1, 1), "year", "in early 2020"),
    ("The minister spoke on Tuesday.", PUB, date(2026, 11, 17), "day", "on Tuesday"),
    ("The minister spoke on Sunday.", PUB, date(2026, 11, 22), "day", "on Sunday"),
    ("The minister spoke on Saturday.", PUB, date(2026, 11, 21), "day", "on Saturday"),
    ("Monday's talks failed.", PUB, date(2026, 11, 16), "day", "Monday"),
    ("last Sunday", PUB, date(2026, 11, 15), "day", "last Sunday"),
    ("last Friday", PUB, date(2026, 11, 20), "day", "last Friday"),
    ("next Tuesday", PUB, date(2026, 11, 24), "day", "next Tuesday"),
    ("They met yesterday.", PUB, date(2026, 11, 21), "day", "yesterday"),
    ("Shelling continued last night.", PUB, date(2026, 11, 21), "day", "last night"),
    ("the day before yesterday", PUB, date(2026, 11, 20), "day", "the day before yesterday"),
    ("It said today that", PUB, date(2026, 11, 22), "day", "today"),
    ("earlier today", PUB, date(2026, 11, 22), "day", "earlier today"),
    ("this morning", PUB, date(2026, 11, 22), "day", "this morning"),
    ("tonight", PUB, date(2026, 11, 22), "day", "tonight"),
    ("tomorrow", PUB, date(2026, 11, 23), "day", "tomorrow"),
    ("three days ago", PUB, date(2026, 11, 19), "day", "three days ago"),
    ("10 days ago", PUB, date(2026, 11, 12), "day", "10 days ago"),
    ("a couple of days ago", PUB, date(2026, 11, 20), "day", "a couple of days ago"),
    ("a week ago", PUB, date(2026, 11, 9), "week", "a week ago"),
    ("two weeks ago", PUB, date(2026, 11, 2), "week", "two weeks ago"),
    ("last week", PUB, date(2026, 11, 9), "week", "last week"),
    ("earlier this week", PUB, date(2026, 11, 16), "week", "earlier this week"),
    ("next week", PUB, date(2026, 11, 23), "week", "next week"),
    ("over the weekend", PUB, date(2026, 11, 21), "week", "over the weekend"),
    ("last month", PUB, date(2026, 10, 1), "month", "last month"),
    ("earlier this month", PUB, date(2026, 11, 1), "month", "earlier this month"),
    ("next month", PUB, date(2026, 12, 1), "month", "next month"),
    ("three months ago", PUB, date(2026, 8, 1), "month", "three months ago"),
    ("in mid-November", PUB, date(2026, 11, 1), "month", "mid-November"),
    ("in early March", PUB, date(2026, 3, 1), "month", "early March"),
    ("at the end of October", PUB, date(2026, 10, 1), "month", "the end of October"),
    ("late December 2025", PUB, date(2025, 12, 1), "month", "late December 2025"),
    ("in March", PUB, date(2026, 3, 1), "month", "in March"),
    ("in January", PUB, date(2027, 1, 1), "month", "in January"),
    ("last year", PUB, date(2025, 1, 1), "year", "last year"),
    ("earlier this year", PUB, date(2026, 1, 1), "year", "earlier this year"),
    ("next year", PUB, date(2027, 1, 1), "year", "next year"),
    ("two years ago", PUB, date(2024, 1, 1), "year", "two years ago"),
    ("on Nov. 20", PUB, date(2026, 11, 20), "day", "Nov. 20"),
    ("on Nov. 25 they will meet", PUB, date(2026, 11, 25), "day", "Nov. 25"),
    ("on Dec. 30", PUB, date(2025, 12, 30), "day", "Dec. 30"),
    ("on Dec. 30", datetime(2027, 1, 3, tzinfo=UTC), date(2026, 12, 30), "day", "Dec. 30"),
    ("on 4 July", PUB, date(2026, 7, 4), "day", "4 July"),
    ("on Feb. 29", PUB, date(2024, 2, 29), "day", "Feb. 29"),
    ("The ministry said on Monday, 2,000 missiles", PUB, date(2026, 11, 16), "day", "on Monday"),
    ("Yesterday and on Tuesday", PUB, date(2026, 11, 21), "day", "Yesterday"),
    ("On 1 June 2022, the ministry said", date(2026, 11, 22), date(2022, 6, 1), "day", "1 June 2022"),
    ("on Tuesday", date(2026, 11, 24), date(2026, 11, 24), "day", "on Tuesday"),
    ("the mayor said the army may attack", PUB, date(2026, 11, 22), "day", None),
    ("No date words here.", PUB, date(2026, 11, 22), "day", None),
    # without a publication date, relative expressions cannot be resolved
    ("on Tuesday", None, None, "unknown", "on Tuesday"),
    ("last year", None, None, "unknown", "last year"),
    ("in mid-November", None, None, "unknown", "mid-November"),
    ("on Dec. 30", None, None, "unknown", "Dec. 30"),
    ("No date words here.", None, None, "unknown", None),
    ("on 9 May 2020", None, date(2020, 5, 9), "day", "9 May 2020"),
    ("in 2019", None, date(2019, 1, 1), "year", "in 2019"),
    ("in May 2020", None, date(2020, 5, 1), "month", "May 2020"),
]


def test_enough_cases():
    assert len(EVENT_CASES) >= 60


@pytest.mark.parametrize(("text", "published", "expected", "precision", "matched"), EVENT_CASES)
def test_resolve_event_date(text, published, expected, precision, matched):
    result = resolve_event_date(text, published)
    assert (result.date, result.precision, result.text) == (expected, precision, matched)
    if matched is not None:
        assert text[result.start : result.end] == matched
    else:
        assert result.start is None and result.end is None


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC))))
def test_resolve_never_raises(text, published):
    result = resolve_event_date(text, published)
    assert result.precision in {"day", "week", "month", "year", "unknown"}
    assert (result.date is None) == (result.precision == "unknown")
    if result.text is not None:
        assert text[result.start : result.end] == result.text


@pytest.mark.parametrize("published", [date.min, date.max, datetime.max.replace(tzinfo=UTC)])
@pytest.mark.parametrize("text", ["tomorrow", "yesterday", "next year", "last year", "in March", "on Dec. 30", "next Tuesday"])
def test_extreme_publication_dates_do_not_raise(text, published):
    result = resolve_event_date(text, published)
    assert result.precision in {"day", "week", "month", "year", "unknown"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_never_raises_anything_but_value_error(text):
    try:
        parsed = parse_published_at(text)
    except ValueError:
        return
    assert parsed is None or parsed.utcoffset() == timedelta(0)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([c for c in EVENT_CASES if c[4]]), st.sampled_from([str.lower, str.upper, str.title]))
def test_case_insensitive(case, change):
    text, published, *_ = case
    original = resolve_event_date(text, published)
    changed = resolve_event_date(change(text), published)
    assert (changed.date, changed.precision, changed.start, changed.end) == (
        original.date, original.precision, original.start, original.end)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([c for c in EVENT_CASES if c[4]]))
def test_idempotent_on_matched_text(case):
    text, published, *_ = case
    first = resolve_event_date(text, published)
    again = resolve_event_date(first.text, published)
    assert (again.date, again.precision, again.text) == (first.date, first.precision, first.text)


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)))
def test_parse_round_trips_iso(moment):
    moment = moment.replace(tzinfo=UTC)
    assert parse_published_at(moment.isoformat()) == moment
    assert parse_published_at(parse_published_at(moment.isoformat()).isoformat()) == moment


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)), st.sampled_from(range(7)))
def test_weekday_is_latest_on_or_before_publication(published, weekday):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    result = resolve_event_date(f"on {name}", published)
    assert result.date.weekday() == weekday
    assert 0 <= (published - result.date).days < 7
