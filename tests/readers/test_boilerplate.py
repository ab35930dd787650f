"""Page furniture is removed line by line; story text is never touched."""

from __future__ import annotations

import pytest

from dyadflow.readers.boilerplate import (
    is_boilerplate_line,
    is_tail_heading,
    normalize_text,
    strip_boilerplate,
)


@pytest.mark.parametrize(
    "line",
    [
        "2 min read",
        "12 Minute Read",
        "5 mins read",
        "- Harbour Talks Resume In Oslo - March 3, 2023",
        "* Ministers Meet Again - Sept. 14, 2021",
        "• Grain Deal Extended - 14 July 2022",
        "- Border Crossing Reopens (2024-01-31)",
        "Share this article",
        "Share on Facebook",
        "Subscribe to our newsletter",
        "Sign up for daily briefings",
        "Follow us on Telegram",
        "Facebook | Twitter | Email",
        "Print",
    ],
)
def test_furniture_lines_are_recognised(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices in Seoul fell after the announcement.",
        "The minister will read the statement on March 3, 2023.",
        "- a bullet point of the story itself",
        "Subscribers to the agreement include Peru and Chile, officials said on May 2, 2021.",
        "Printing presses were seized by the police.",
        "",
    ],
)
def test_story_lines_are_kept(line):
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Related Posts", True),
        ("Related Articles:", True),
        ("You may also like", True),
        ("Read more", True),
        ("More from Reuters", True),
        ("Related talks between the two sides stalled in May.", False),
        ("Readers were told more was coming.", False),
    ],
)
def test_tail_headings(line, expected):
    assert is_tail_heading(line) is expected


def test_everything_after_a_tail_heading_is_dropped():
    page = (
        "Chile recalled its ambassador from Peru.\n\n"
        "The foreign ministry gave no reason.\n\n"
        "Related Posts\n"
        "Peru expels diplomats after spying row\n"
        "Chile and Peru sign fishing accord\n"
    )
    assert strip_boilerplate(page) == (
        "Chile recalled its ambassador from Peru.\n\nThe foreign ministry gave no reason."
    )


def test_repeated_headline_is_dropped_only_when_the_whole_line_matches():
    page = "3 min read\nKenya Hosts Somali Talks\nKenya hosted talks with Somalia on Friday."
    assert strip_boilerplate(page, title="Kenya hosts “Somali” talks") == (
        "Kenya hosted talks with Somalia on Friday."
    )


def test_normalize_text_collapses_blank_runs_and_newline_styles():
    assert normalize_text("a  \r\n\r\n\r\n\r\nb\rc\n") == "a\n\nb\nc"


def test_demo_article_003_loses_read_time_repeated_title_and_related_posts(demo_articles_dir):
    raw = (demo_articles_dir / "003_655e8128408faf12.txt").read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    cleaned = strip_boilerplate(raw, title=title)
    assert "min read" not in cleaned
    assert "Related Posts" not in cleaned
    assert title not in cleaned
    assert cleaned.startswith("Japan has loosened its arms export rules")
    assert cleaned.endswith("knocked down three Russian Su-34 jets.")


def test_demo_article_004_loses_the_dated_link_list(demo_articles_dir):
    raw = (demo_articles_dir / "004_3afadba021f4185c.txt").read_text(encoding="utf-8")
    cleaned = strip_boilerplate(raw)
    assert "September 9, 2024" not in cleaned
    assert "Erdogan" not in cleaned
    assert "Darfur" not in cleaned
    assert cleaned.endswith("a cornerstone of its post-war identity and diplomacy.")
    # the story itself is intact: every other line is kept word for word
    story_lines = [line for line in raw.splitlines() if not line.startswith("- ")]
    assert cleaned == "\n".join(story_lines).strip()
