"""ActorDictionary: named actors, people on a date, country + sector composition."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadflow.normalize.actors import ActorDictionary

ON = date(2023, 5, 1)

# text -> [(mention text, code, iso3, sector)] on 2023-05-01; our own sentences.
FIND_CASES = [
    ("Japan's Defense Ministry said on Monday", [("Japan's Defense Ministry", "JPNGOV", "JPN", "GOV")]),
    ("The Japanese Defense Ministry denied it.", [("Japanese Defense Ministry", "JPNGOV", "JPN", "GOV")]),
    ("missiles for U.S. military units abroad", [("U.S. military units", "USAMIL", "USA", "MIL")]),
    ("Self-Defense Forces took part.", [("Self-Defense Forces", "JPNMIL", "JPN", "MIL")]),
    ("the Japanese Self-Defense Forces trained", [("Japanese Self-Defense Forces", "JPNMIL", "JPN", "MIL")]),
    ("Russian troops shelled the town.", [("Russian troops", "RUSMIL", "RUS", "MIL")]),
    ("Kyodo News reported the deal.", [("Kyodo News", "JPNMED", "JPN", "MED")]),
    ("according to Kyodo News Agency", [("Kyodo News Agency", "JPNMED", "JPN", "MED")]),
    ("Mitsubishi Heavy Industries builds them.", [("Mitsubishi Heavy Industries", "JPNBUS", "JPN", "BUS")]),
    ("protesters in Haifa marched", [("protesters in Haifa", "ISRCVL", "ISR", "CVL")]),
    ("Washington said it would respond.", [("Washington", "USAGOV", "USA", "GOV")]),
    ("The White House declined to comment.", [("The White House", "USAGOV", "USA", "GOV")]),
    ("The Pentagon confirmed the strike.", [("The Pentagon", "USAMIL", "USA", "MIL")]),
    ("The Kremlin rejected the claim.", [("The Kremlin", "RUSGOV", "RUS", "GOV")]),
    ("Downing Street welcomed it.", [("Downing Street", "GBRGOV", "GBR", "GOV")]),
    ("Tokyo and Seoul agreed.", [("Tokyo", "JPNGOV", "JPN", "GOV"), ("Seoul", "KORGOV", "KOR", "GOV")]),
    ("Kyiv asked for more aid.", [("Kyiv", "UKRGOV", "UKR", "GOV")]),
    ("Ukrainian forces retook the village.", [("Ukrainian forces", "UKRMIL", "UKR", "MIL")]),
    ("Chinese warships sailed near Taiwan.", [("Chinese warships", "CHNMIL", "CHN", "MIL"), ("Taiwan", "TWN", "TWN", None)]),
    ("Israeli police detained two men.", [("Israeli police", "ISRCOP", "ISR", "COP")]),
    ("the Iranian Foreign Ministry spokesman", [("Iranian Foreign Ministry spokesman", "IRNGOV", "IRN", "GOV")]),
    ("South Korean lawmakers voted", [("South Korean lawmakers", "KORLEG", "KOR", "LEG")]),
    ("Turkish courts convicted him", [("Turkish courts", "TURJUD", "TUR", "JUD")]),
    ("Syrian rebels attacked", [("Syrian rebels", "SYRREB", "SYR", "REB")]),
    ("Afghan refugees crossed", [("Afghan refugees", "AFGREF", "AFG", "REF")]),
    ("Belarusian opposition leaders met", [("Belarusian opposition leaders", "BLROPP", "BLR", "OPP")]),
    ("Indian intelligence officials said", [("Indian intelligence officials", "INDSPY", "IND", "SPY")]),
    ("the foreign minister of Japan said", [("foreign minister of Japan", "JPNGOV", "JPN", "GOV")]),
    ("troops from Russia crossed", [("troops from Russia", "RUSMIL", "RUS", "MIL")]),
    ("residents in Kharkiv fled", [("residents in Kharkiv", "UKRCVL", "UKR", "CVL")]),
    ("Kharkiv police said", [("Kharkiv police", "UKRCOP", "UKR", "COP")]),
    ("Shelling hit Kharkiv overnight.", []),
    ("the United Nations condemned it", [("United Nations", "IGOUNO", None, None)]),
    ("The UN Security Council met", [("UN Security Council", "IGOUNO", None, "GOV")]),
    ("NATO troops arrived", [("NATO troops", "IGOWSTNAT", None, "MIL")]),
    ("UN officials warned", [("UN officials", "IGOUNOGOV", None, "GOV")]),
    ("The WHO said cases rose", [("WHO", "IGOUNOHLHWHO", None, "HLH")]),
    ("who said that?", []),
    ("The IMF approved a loan", [("IMF", "IGOUNODEVIMF", None, "BUS")]),
    ("Hamas fired rockets", [("Hamas", "PSEREB", "PSE", "REB")]),
    ("Hezbollah militants fired", [("Hezbollah militants", "LBNREB", "LBN", "REB")]),
    ("Houthi rebels attacked a ship", [("Houthi rebels", "YEMREB", "YEM", "REB")]),
    ("al-Shabaab fighters", [("al-Shabaab fighters", "SOMREB", "SOM", "REB")]),
    ("Boko Haram abducted students", [("Boko Haram", "NGAREB", "NGA", "REB"), ("students", "EDU", None, "EDU")]),
    ("the Islamic State claimed it", [("Islamic State", "IMGMOSISI", None, "REB")]),
    ("Wagner mercenaries withdrew", [("Wagner mercenaries", "RUSMIL", "RUS", "MIL")]),
    ("Reuters reported", [("Reuters", "GBRMED", "GBR", "MED")]),
    ("AP reported", [("AP", "USAMED", "USA", "MED")]),
    ("Lockheed Martin and RTX make Patriots", [("Lockheed Martin", "USABUS", "USA", "BUS"), ("RTX", "USABUS", "USA", "BUS")]),
    ("Raytheon Technologies said", [("Raytheon Technologies", "USABUS", "USA", "BUS")]),
    ("US Defense Secretary Lloyd Austin said", [("US Defense Secretary Lloyd Austin", "USAGOV", "USA", "GOV")]),
    ("Defense Minister Nobuo Kishi said", [("Defense Minister Nobuo Kishi", "JPNGOV", "JPN", "GOV")]),
    ("President Volodymyr Zelensky thanked", [("President Volodymyr Zelensky", "UKRGOV", "UKR", "GOV")]),
    ("Zelenskyy spoke", [("Zelenskyy", "UKRGOV", "UKR", "GOV")]),
    ("the US Congress approved aid", [("US Congress", "USALEG", "USA", "LEG")]),
    ("Let us talk to police", [("police", "COP", None, "COP")]),
    ("the military said", [("military", "MIL", None, "MIL")]),
    ("She served fine china to the turkey farmers", [("farmers", "AGR", None, "AGR")]),
    ("Michael Jordan met the media", [("media", "MED", None, "MED")]),
    ("Jordan's King Abdullah", [("Jordan's King Abdullah", "JORGOV", "JOR", "GOV")]),
    ("Jordan's King met them", [("Jordan's King", "JORGOV", "JOR", "GOV")]),
    ("Soviet troops left Afghanistan", [("Soviet troops", "SUNMIL", "SUN", "MIL"), ("Afghanistan", "AFG", "AFG", None)]),
    ("Kosovo police", [("Kosovo police", "KSVCOP", "XKX", "COP")]),
    ("The West imposed sanctions", [("The West", "WST", None, None)]),
    # a region alone is a location; with a sector noun it is a regional actor
    ("European leaders met in the Middle East", [("European leaders", "EURGOV", None, "GOV")]),
    ("Shelling hit the west of the country", []),
    ("the European Union and Asian investors", [("European Union", "IGOEUREEC", None, None), ("Asian investors", "ASABUS", None, "BUS")]),
]


@pytest.fixture(scope="module")
def actors(reference):
    return ActorDictionary.from_reference(reference)


def test_enough_cases():
    assert len(FIND_CASES) >= 50


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find(actors, text, expected):
    found = actors.find(text, on=ON)
    assert [(m.text, m.match.code, m.match.iso3, m.match.sector) for m in found] == expected
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("phrase", "on", "code", "role", "in_office"),
    [
        ("Lloyd Austin", date(2022, 3, 1), "USAGOV", "defence_minister", True),
        ("Lloyd Austin", date(2026, 1, 1), "USAGOV", "defence_minister", False),  # fallback
        ("Nobuo Kishi", date(2021, 6, 1), "JPNGOV", "defence_minister", True),
        ("Putin", date(2010, 1, 1), "RUSGOV", "head_of_government", True),
        ("Putin", date(2015, 1, 1), "RUSGOV", "head_of_state", True),
        ("Jens Stoltenberg", date(2020, 1, 1), "IGOWSTNAT", "igo_head", True),
        ("Mark Rutte", date(2020, 1, 1), "NLDGOV", "head_of_government", True),
        ("Mark Rutte", date(2025, 1, 1), "IGOWSTNAT", "igo_head", True),
        ("Fumio Kishida", date(2015, 1, 1), "JPNGOV", "foreign_minister", True),
        ("Fumio Kishida", date(2022, 1, 1), "JPNGOV", "head_of_government", True),
        ("Barack Obama", None, "USAGOV", "head_of_state", None),
    ],
)
def test_people_by_date(actors, phrase, on, code, role, in_office):
    match = actors.resolve(phrase, on)
    assert (match.code, match.role, match.in_office, match.kind) == (code, role, in_office, "person")


def test_dated_actor(actors):
    assert actors.resolve("the Taliban", date(2019, 1, 1)).code == "AFGREB"
    assert actors.resolve("the Taliban", date(2023, 1, 1)).code == "AFGGOV"
    assert actors.resolve("the Taliban", datetime(2023, 1, 1, tzinfo=timezone.utc)).code == "AFGGOV"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("the Japanese Defense Ministry", "JPNGOV"), ("japanese defense ministry", "JPNGOV"),
     ("U.S. military units", "USAMIL"), ("china", "CHN"), ("Japanese officials and troops", "JPNGOV"),
     ("the ministry", "GOV"), ("us", None), ("", None), ("nothing here", None)],
)
def test_resolve(actors, phrase, code):
    match = actors.resolve(phrase, ON)
    assert (match.code if match else None) == code


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_never_raises_and_offsets_hold(actors, text):
    previous_end = 0
    for mention in actors.find(text, ON):
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        previous_end = mention.end
    actors.resolve(text, ON)


_PHRASES = st.sampled_from([t for t, exp in FIND_CASES if len(exp) == 1 and exp[0][0] == t.rstrip(".")] + [
    "Japanese Defense Ministry", "Russian troops", "Kyodo News", "protesters in Haifa", "Lloyd Austin",
])


@settings(max_examples=100, deadline=None)
@given(_PHRASES, st.sampled_from([str.lower, str.upper, str.title, lambda s: s]), st.sampled_from(["", " ", "\t "]))
def test_resolve_case_and_whitespace_insensitive(actors, phrase, change, pad):
    if any(w.isupper() and len(w) <= 5 for w in phrase.split()):
        return  # initialisms ("US", "AP", "WHO") are case-sensitive by design
    assert actors.resolve(pad + change(phrase).replace(" ", " " + pad) + pad, ON) == actors.resolve(phrase, ON)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([t for t, _ in FIND_CASES]))
def test_resolve_is_idempotent_on_its_own_mentions(actors, text):
    for mention in actors.find(text, ON):
        assert actors.resolve(mention.text, ON) == mention.match
