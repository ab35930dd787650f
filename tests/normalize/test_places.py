"""Gazetteer: event location from place names in a sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadflow.normalize.places import Gazetteer

CASES = [
    ("Russian forces shelled Donetsk overnight.", "UKR", "UA-14", "Donetsk"),
    ("Fighting in Chihuahua left five dead.", "MEX", "MX-CHH", "Chihuahua"),
    ("Protesters in Haifa clashed with police.", "ISR", None, "Haifa"),
    ("The summit in Tokyo ended without a deal.", "JPN", "JP-13", "Tokyo"),
    ("Officials in Washington said Kyiv needs help.", "USA", None, "Washington"),
    ("Strikes near Kharkiv and Sumy", "UKR", "UA-63", "Kharkiv"),
    ("in Ukraine's Donetsk region", "UKR", "UA-14", "Donetsk region"),
    ("in the Donetsk region of Ukraine", "UKR", "UA-14", "Donetsk region"),
    ("Talks were held in Geneva between Iran and the U.S.", "CHE", None, "Geneva"),
    ("Rockets hit Tripoli, Libya's capital.", "LBY", "LY-TB", "Tripoli"),
    ("A blast in Aleppo killed three.", "SYR", "SY-HL", "Aleppo"),
    ("Israeli jets struck Gaza.", "PSE", "PS-GZA", "Gaza"),
    ("in Moscow, the Kremlin said", "RUS", "RU-MOW", "Moscow"),
    ("Clashes in Crimea", "UKR", "UA-43", "Crimea"),
    ("Floods in Okinawa", "JPN", "JP-47", "Okinawa"),
    ("Drones hit Belgorod", "RUS", "RU-BEL", "Belgorod"),
    ("Troops massed in Belarus", "BLR", None, "Belarus"),
    ("A rally in Kiev", "UKR", "UA-30", "Kiev"),
    ("Elections in Texas", "USA", "US-TX", "Texas"),
    ("Russian forces shelled Donetsk in Ukraine.", "UKR", "UA-14", "Donetsk"),
    ("Drones from Russia hit Odesa overnight.", "UKR", "UA-51", "Odesa"),
]


@pytest.fixture(scope="module")
def gazetteer(reference):
    return Gazetteer.from_reference(reference)


@pytest.mark.parametrize(("text", "iso3", "admin1", "name"), CASES)
def test_locate(gazetteer, text, iso3, admin1, name):
    location = gazetteer.locate(text)
    assert (location.iso3, location.admin1, location.text) == (iso3, admin1, name)
    assert text[location.start : location.end] == location.text


@pytest.mark.parametrize(
    "text",
    ["Japanese troops arrived.", "The Kremlin said nothing.", "No places here.", "", "He met the Central committee.",
     "Nice work, said the reading group.",
     # a bare country names a party, not the place: no location is guessed from it
     "Japan exported missiles to the United States.",
     "The United States imposed sanctions on Russia.",
     "Japan voiced concern over China's military rise.",
     "The White House supports Ukraine in its conflict with Russia."],
)
def test_no_location(gazetteer, text):
    assert gazetteer.locate(text) is None


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises(gazetteer, text):
    location = gazetteer.locate(text)
    if location is not None:
        assert text[location.start : location.end] == location.text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(CASES), st.sampled_from([" ", "  ", "\t"]))
def test_whitespace_insensitive(gazetteer, case, space):
    text, iso3, admin1, _ = case
    location = gazetteer.locate(text.replace(" ", space))
    assert (location.iso3, location.admin1) == (iso3, admin1)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(CASES))
def test_idempotent_on_its_own_text(gazetteer, case):
    location = gazetteer.locate(case[0])
    # a bare country name is no location (it names a party), so ask for the place itself
    again = gazetteer.locate(f"in {location.text}")
    assert (again.iso3, again.admin1) == (location.iso3, location.admin1)
