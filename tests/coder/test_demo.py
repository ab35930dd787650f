"""The demo articles (seeds/articles) code to the dyads a reader of them would expect."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def demo_events(coder, demo_articles_dir):
    from dyadflow.readers.articles import read_articles
    from dyadflow.records import TextInput

    read = read_articles(demo_articles_dir)
    assert len(read.articles) == 5
    inputs = [TextInput(a.article_id, a.text, a.published_at) for a in read.articles]
    return [e for doc in coder.code(inputs) for e in doc.events]


def _roots(events, source, target):
    return {e.event_root for e in events if e.source_iso3 == source and e.target_iso3 == target}


def test_japan_supplies_missiles_to_the_united_states(demo_events):
    assert _roots(demo_events, "JPN", "USA") & {"07", "03"}
    codes = {e.event_code for e in demo_events if (e.source_iso3, e.target_iso3) == ("JPN", "USA")}
    assert codes & {"072", "0332"}, codes
    # the supplier is Japan: no aid event in the other direction
    assert "07" not in _roots(demo_events, "USA", "JPN")


def test_us_request_to_japan_is_an_appeal(demo_events):
    assert "02" in _roots(demo_events, "USA", "JPN")


def test_us_support_to_ukraine_is_aid(demo_events):
    assert "07" in _roots(demo_events, "USA", "UKR")


def test_russian_troop_build_up_near_ukraine(demo_events):
    assert "15" in _roots(demo_events, "RUS", "UKR")


def test_us_sanctions_on_russia(demo_events):
    assert "16" in _roots(demo_events, "USA", "RUS")


def test_conditional_attack_is_not_coded(demo_events):
    """'warned of more severe consequences if it attacks Ukraine' is no attack."""
    assert not _roots(demo_events, "RUS", "UKR") & {"18", "19", "20"}


def test_reporters_are_never_parties(demo_events):
    for event in demo_events:
        for text in (event.source_text, event.target_text):
            assert "Kyodo" not in (text or ""), event


def test_every_event_is_between_two_different_resolved_actors(demo_events):
    from dyadflow.coder.patterns import UNTARGETED_ROOTS

    assert demo_events
    for event in demo_events:
        assert event.source_code
        if event.target_code is None:  # an act that stands alone ("Japan loosened its rules")
            # or the intent to do one, or the refusal
            assert event.event_root in UNTARGETED_ROOTS | {"03", "12"}
            continue
        assert event.source_code != event.target_code
