"""ActorDictionary recall: coordinated country adjectives, weapons as forces, titles before
unknown names, organisations and people the news keeps naming, media names that are also
ordinary phrases. Our own sentences (fictional names where a name must be unknown)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadflow.normalize.actors import ActorDictionary

ON = date(2023, 5, 1)


@pytest.fixture(scope="module")
def actors(reference):
    return ActorDictionary.from_reference(reference)


def _found(actors, text, on=ON):
    return [(m.text, m.match.code) for m in actors.find(text, on=on)]


# Each adjective of a coordination shares the sector noun after the last one; the noun
# belongs to no one adjective (each mention is the adjective alone).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish and Czech officials signed a memorandum.",
         [("Polish", "POLGOV"), ("Czech", "CZEGOV")]),
        ("Greek, Cypriot and Maltese ministers met in Athens.",
         [("Greek", "GRCGOV"), ("Cypriot", "CYPGOV"), ("Maltese", "MLTGOV"), ("Athens", "GRCGOV")]),
        ("U.S. and South Korean troops held a drill.",
         [("U.S.", "USAMIL"), ("South Korean", "KORMIL")]),
        ("Kenyan or Ugandan police may be deployed.", [("Kenyan", "KENCOP"), ("Ugandan", "UGACOP")]),
        ("French and German senior diplomats arrived.",
         [("French", "FRAGOV"), ("German", "DEUGOV")]),
        # a full country name is no adjective: it stays the country
        ("Talks between Norway and Swedish officials began.", [("Norway", "NOR"), ("Swedish officials", "SWEGOV")]),
        # no shared noun: each stays a country
        ("Chilean and Peruvian wines", [("Chilean", "CHL"), ("Peruvian", "PER")]),
        ("Chile and Peru agreed.", [("Chile", "CHL"), ("Peru", "PER")]),
    ],
)
def test_coordinated_adjectives_share_the_sector(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli helicopters fired on the camp.", [("Israeli helicopters", "ISRMIL")]),
        ("Russian aircraft bombed the bridge.", [("Russian aircraft", "RUSMIL")]),
        ("US warplanes struck depots overnight.", [("US warplanes", "USAMIL")]),
        ("Syrian tanks entered the suburb.", [("Syrian tanks", "SYRMIL")]),
        ("Turkish jets hit positions in the north.", [("Turkish jets", "TURMIL")]),
        ("Ukrainian drones targeted a refinery.", [("Ukrainian drones", "UKRMIL")]),
        ("Indian fighter jets crossed the line.", [("Indian fighter jets", "INDMIL")]),
        ("Egyptian armoured vehicles moved in.", [("Egyptian armoured vehicles", "EGYMIL")]),
        ("Drones attacked the base.", [("Drones", "MIL")]),
    ],
)
def test_weapons_stand_for_the_forces(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("British Defence Secretary Alan Fictor said on Monday", [("British Defence Secretary Alan Fictor", "GBRGOV")]),
        ("Kenyan Foreign Minister Joy Mbalaki visited Accra.", [("Kenyan Foreign Minister Joy Mbalaki", "KENGOV"), ("Accra", "GHAGOV")]),
        ("Prime Minister Tomas Verholm of Norway resigned.", [("Prime Minister Tomas Verholm of Norway", "NORGOV")]),
        ("Peru's President Ana Quillca flew home.", [("Peru's President Ana Quillca", "PERGOV")]),
        # a surname that is also a sector word belongs to the name
        ("Canadian Trade Minister Ellen Bishop spoke.", [("Canadian Trade Minister Ellen Bishop", "CANGOV")]),
        ("Chilean Foreign Minister Pedro Prince met them.", [("Chilean Foreign Minister Pedro Prince", "CHLGOV")]),
        # plural titles and "of <country>"
        ("The foreign ministers of Ghana and Togo met.", [("foreign ministers of Ghana", "GHAGOV"), ("Togo", "TGO")]),
        ("Maoist rebels in Nepal attacked a post.", [("Maoist rebels in Nepal", "NPLREB")]),
        ("Pakistani troops in Afghanistan", [("Pakistani troops", "PAKMIL"), ("Afghanistan", "AFG")]),
        # a weekday after a title is no name
        ("the Chilean minister Tuesday said", [("Chilean minister", "CHLGOV")]),
        # lowercase words after a title are no name
        ("the Chilean minister said", [("Chilean minister", "CHLGOV")]),
    ],
)
def test_title_before_an_unknown_name(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Amnesty International", "NGOHRIAMN"), ("Human Rights Watch", "NGOHRI"),
        ("Doctors Without Borders", "NGOHLHMSF"), ("the Red Cross", "NGOHLHIRC"), ("UNHCR", "IGOUNOREF"),
        ("UNICEF", "IGOUNOKID"), ("World Food Programme", "IGOUNOWFP"), ("IAEA", "IGOUNOIAE"),
        ("OSCE", "IGOEUROSC"), ("ECOWAS", "IGOWAFWAS"), ("Interpol", "IGOCOPITP"),
        ("Hamas", "PSEREB"), ("Fatah", "PSEPTY"), ("the PLO", "PSEGOV"), ("PKK", "TURREB"),
        ("FARC", "COLREB"), ("Hezbollah", "LBNREB"), ("AQIM", "DZAREB"), ("AQAP", "YEMREB"),
        ("Daesh", "IMGMOSISI"), ("Ansar Allah", "YEMREB"), ("the Muslim Brotherhood", "EGYOPP"),
        ("Rapid Support Forces", "SDNREB"), ("M23", "CODREB"), ("the Asian Development Bank", "IGOASADEV"),
        ("African Development Bank", "IGOAFRDEV"), ("EBRD", "IGOEURDEV"),
    ],
)
def test_organisations_in_the_news(actors, phrase, code):
    assert actors.resolve(phrase, ON).code == code


@pytest.mark.parametrize(
    ("phrase", "on", "code", "in_office"),
    [
        ("Bush", date(2004, 6, 1), "USAGOV", True),
        ("Bush", date(2015, 6, 1), "USAGOV", False),  # outside any term: still his country
        ("Blair", date(2003, 3, 1), "GBRGOV", True),
        ("Reagan", date(1986, 3, 1), "USAGOV", True),
        ("Omar al-Bashir", date(2005, 1, 1), "SDNGOV", True),
        ("Obama", date(2021, 6, 1), "USAGOV", False),
        ("Merkel", date(2023, 6, 1), "DEUGOV", False),
    ],
)
def test_people_outside_their_term_keep_their_country(actors, phrase, on, code, in_office):
    match = actors.resolve(phrase, on)
    assert (match.code, match.in_office, match.kind) == (code, in_office, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia today announced new tariffs.", [("Russia", "RUS")]),
        ("Russia Today broadcast the speech.", [("Russia Today", "RUSMED")]),
        ("She was the guardian of the archive.", []),
        ("The Guardian reported the leak.", [("The Guardian", "GBRMED")]),
    ],
)
def test_media_names_only_as_names(actors, text, expected):
    assert _found(actors, text) == expected


def test_resolve_accepts_a_lowercase_media_name(actors):
    assert actors.resolve("russia today", ON).code == "RUSMED"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunni Arabs boycotted the vote.", [("Sunni Arabs", "MOSSUN")]),
        ("Pakistani Shiite militias regrouped.", [("Pakistani Shiite militias", "PAKREB")]),
        ("Nigerian Christians marched in Jos.", [("Nigerian Christians", "NGACHR")]),
        ("Shia militias fired rockets.", [("Shia militias", "MOSSHIREB")]),
        ("Muslim leaders condemned the attack.", [("Muslim leaders", "MOS")]),
        ("Sikhs and Hindus voted.", [("Sikhs", "SIK"), ("Hindus", "HIN")]),
        ("a very catholic taste in music", []),
    ],
)
def test_religious_communities(actors, text, expected):
    assert _found(actors, text) == expected
