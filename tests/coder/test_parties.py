"""Who counts as one party on both sides of an event (pure logic over actor mentions)."""

from __future__ import annotations

import pytest

from dyadflow.coder.parties import same_party
from dyadflow.normalize.actors import ActorMatch, ActorMention


def _mention(code: str, iso3: str | None, sector: str | None) -> ActorMention:
    return ActorMention(0, 1, code, ActorMatch(code=code, iso3=iso3, sector=sector,
                                               kind="country", name=code))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("HRV", "HRV", None), ("HRV", "HRV", None), True),
        # a country named plainly and its state: "Washington" -> "the U.S."
        (("USA", "USA", None), ("USAGOV", "USA", "GOV"), True),
        (("JPNMIL", "JPN", "MIL"), ("JPN", "JPN", None), True),
        # a country and its non-state groups: a domestic event
        (("HRV", "HRV", None), ("HRVREB", "HRV", "REB"), False),
        (("NGAREB", "NGA", "REB"), ("NGA", "NGA", None), False),
        # two sectors of one country, and two countries
        (("JPNGOV", "JPN", "GOV"), ("JPNOPP", "JPN", "OPP"), False),
        (("JPN", "JPN", None), ("CHN", "CHN", None), False),
    ],
)
def test_same_party(a, b, same):
    assert same_party(_mention(*a), _mention(*b)) is same
    assert same_party(_mention(*b), _mention(*a)) is same
