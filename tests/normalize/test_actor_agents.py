"""ActorDictionary: sector nouns that give an agent its country (or stand alone as an
organisation), dates next to country names, articles before longer names. Our own
sentences; fictional names where a name must be unknown."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # singular nouns and nouns news uses for people of a country
        ("A senior Chilean official denied it.", [("Chilean official", "CHLGOV")]),
        ("Two Peruvian soldiers were hurt.", [("Peruvian soldiers", "PERMIL")]),
        ("Kenyan youths blocked a road.", [("Kenyan youths", "KENCVL")]),
        ("Norwegian settlers moved north.", [("Norwegian settlers", "NORCVL")]),
        ("Moldovan servicemen left the base.", [("Moldovan servicemen", "MDAMIL")]),
        ("A Danish lawyer filed the case.", [("Danish lawyer", "DNKJUD")]),
        ("Belgrade radio reported the clash.", [("Belgrade radio", "SRBMED")]),
        # words between the country and the noun that only qualify it
        ("Irish nationalist guerrillas struck at night.", [("Irish nationalist guerrillas", "IRLREB")]),
        ("Two Tunisian suicide bombers were killed.", [("Tunisian suicide bombers", "TUNREB")]),
        ("A Chilean junior minister resigned.", [("Chilean junior minister", "CHLGOV")]),
        ("Chilean maritime authorities seized the boat.",
         [("Chilean maritime authorities", "CHLGOV")]),
        ("The Peruvian outgoing defence minister left.",
         [("Peruvian outgoing defence minister", "PERGOV")]),
        ("Latvian youth protesters marched.", [("Latvian youth protesters", "LVACVL")]),
        # "anti-government" protesters oppose the government; government forces are the military
        ("Bolivian anti-government protesters gathered.",
         [("Bolivian anti-government protesters", "BOLOPP")]),
        ("Malian government forces advanced.", [("Malian government forces", "MLIMIL")]),
        # a place after "in" gives the country of the people named
        ("Aid groups in Chad appealed for funds.", [("Aid groups in Chad", "TCDNGO")]),
        ("Settlers in the West Bank protested.", [("Settlers in the West Bank", "PSECVL")]),
        # without a country the noun names no party
        ("Two soldiers were hurt.", [("soldiers", "MIL")]),
    ],
)
def test_sector_nouns(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    "text",
    ["A human rights group protested the verdict.", "The rights watchdog said so.",
     "Humanitarian organisations asked for access."],
)
def test_a_bare_nongovernmental_organisation_is_an_ngo_party(actors, text):
    (mention,) = actors.find(text, on=ON)
    assert (mention.match.code, mention.match.kind, mention.match.iso3) == ("NGO", "ngo", None)


def test_a_country_makes_the_organisation_national(actors):
    assert _found(actors, "A Belarusian human rights group objected.") == [
        ("Belarusian human rights group", "BLRNGO")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday or month after a country is a date, not part of a personal name
        ("Jordan Tuesday rejected the plan.", [("Jordan", "JOR")]),
        ("Chad Monday closed the border.", [("Chad", "TCD")]),
        # "the West Bank" is no "the West"
        ("Talks moved to the West Bank.", [("West Bank", "PSE")]),
        ("The West imposed sanctions.", [("The West", "WST")]),
    ],
)
def test_dates_and_articles_next_to_names(actors, text, expected):
    assert _found(actors, text) == expected


def test_coordinated_adjectives_leave_the_shared_noun_to_both(actors):
    mentions = actors.find("The Austrian and Swiss delegations met.", on=ON)
    assert [(m.text, m.match.code) for m in mentions] == [("Austrian", "AUTGOV"), ("Swiss", "CHEGOV")]


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # the longest name wins over a company name inside it
        ("The National Union for the Total Independence of Angola rejected the plan.", date(1995, 1, 1),
         [("National Union for the Total Independence of Angola", "AGOREB")]),
        ("UNITA signed a ceasefire.", date(2010, 1, 1), [("UNITA", "AGOOPP")]),
        ("Total casualties rose to forty.", ON, []),
        ("The Kosovo Liberation Army ambushed a patrol.", date(1998, 6, 1),
         [("Kosovo Liberation Army", "KSVREB")]),
        ("The Organization of African Unity met.", date(1990, 1, 1),
         [("Organization of African Unity", "IGOAFROAU")]),
        ("The UN war crimes tribunal indicted him.", ON, [("UN war crimes tribunal", "IGOUNOJUD")]),
        ("The International Crisis Group warned of famine.", ON,
         [("International Crisis Group", "NGO")]),
        ("KFOR troops patrolled the border.", ON, [("KFOR troops", "IGOWSTNAT")]),
        # heads of international organisations, by date
        ("Secretary-General Kofi Annan appealed for calm.", date(2000, 1, 1),
         [("Secretary-General Kofi Annan", "IGOUNO")]),
        ("Javier Solana arrived.", date(1997, 1, 1), [("Javier Solana", "IGOWSTNAT")]),
        ("Javier Solana arrived.", date(2005, 1, 1), [("Javier Solana", "IGOEUREEC")]),
    ],
)
def test_named_groups_and_organisation_heads(actors, text, on, expected):
    assert _found(actors, text, on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<demonym> <demonym>": an ethnic group named with the country it lives in
        ("Bosnian Croat police closed the road.", [("Bosnian Croat police", "BIHCOP")]),
        ("Macedonian Albanians voted.", [("Macedonian Albanians", "MKD")]),
        ("Kosovo Serbs blocked a bridge.", [("Kosovo Serbs", "KSV")]),
        # ... but nations of immigrants come second
        ("Greek Cypriot negotiators arrived.", [("Greek Cypriot negotiators", "CYPGOV")]),
        # a hyphen joins two sides, it names no group
        ("Indian-Pakistani talks resumed.", [("Indian", "IND"), ("Pakistani", "PAK")]),
        # "ethnic X": no kin state; a place after it gives the country, else no party
        ("Ethnic Hungarians in Slovakia marched.", [("Hungarians in Slovakia", "SVK")]),
        ("Ethnic Russian fighters in Moldova regrouped.", [("Russian fighters in Moldova", "MDAREB")]),
        ("ethnic Greek villagers", [("Greek villagers", "CVL")]),
        # ethnic groups: with a country, that country; with one home state, that state
        ("Syrian Kurds held a rally.", [("Syrian Kurds", "SYR")]),
        ("Tamil fishermen were detained.", [("Tamil fishermen", "LKAAGR")]),
        ("Uighur students were arrested.", [("Uighur students", "CHNEDU")]),
        ("Kurdish militias in Iraq withdrew.", [("Kurdish militias in Iraq", "IRQREB")]),
        ("Hutu refugees crossed the border.", [("Hutu refugees", "REF")]),
    ],
)
def test_ethnic_groups_and_residence(actors, text, expected):
    assert _found(actors, text) == expected


def test_an_ethnic_group_without_a_state_is_no_party(actors):
    (mention,) = actors.find("Kurdish fighters regrouped.", on=ON)
    assert (mention.match.kind, mention.match.iso3) == ("agent", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office "of" an organisation belongs to the organisation
        ("The secretary general of NATO arrived.", [("secretary general of NATO", "IGOWSTNATGOV")]),
        ("Secretary-General Jane Doe of the United Nations spoke.",
         [("Secretary-General Jane Doe of the United Nations", "IGOUNOGOV")]),
        ("Leaders of Hezbollah met.", [("Leaders of Hezbollah", "LBNREB")]),
        # membership words: the country is the actor
        ("NATO-member Norway objected.", [("NATO-member Norway", "NOR")]),
        ("EU member state Malta objected.", [("EU member state Malta", "MLT")]),
        ("NATO ally Turkey objected.", [("NATO ally Turkey", "TUR")]),
        # a known person after an organisation's title keeps the title's office
        ("UN Secretary-General Antonio Guterres spoke.",
         [("UN Secretary-General Antonio Guterres", "IGOUNOGOV")]),
    ],
)
def test_organisations_offices_and_members(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # a title and the surname of the one person who held that office
        ("President Mugabe spoke.", date(2005, 1, 1), [("President Mugabe", "ZWEGOV")]),
        ("Prime Minister Hashimoto arrived.", date(1997, 1, 1), [("Prime Minister Hashimoto", "JPNGOV")]),
        # an unknown surname, or a title that names another office: no person
        ("President Quarrington spoke.", date(2005, 1, 1), [("President Quarrington", "GOV")]),
        ("Spokesman Mugabe spoke.", date(2005, 1, 1), [("Spokesman Mugabe", "GOV")]),
        # "throughout" and "across" place people like "in"
        ("Farmers across Kenya protested.", ON, [("Farmers across Kenya", "KENAGR")]),
    ],
)
def test_titles_with_known_surnames(actors, text, on, expected):
    assert _found(actors, text, on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance or a sponsor is not the actor of the phrase
        ("Pro-Chilean militias fired.", [("militias", "REB")]),
        ("An anti-Peruvian journalist wrote.", [("journalist", "MED")]),
        ("Bolivian-backed rebels advanced.", [("rebels", "REB")]),
        ("A Norway-based charity complained.", [("charity", "NGO")]),
        # ... unless written as a verb, or "-led" (the leader's forces)
        ("Bolivia backed the plan.", [("Bolivia", "BOL")]),
        ("Chilean-led forces advanced.", [("Chilean-led forces", "CHLMIL")]),
        # a language is spoken across borders: it names no country
        ("Norwegian language rights were restored.", []),
        ("A Swedish-language weekly reported that Finnish police left.",
         [("Finnish police", "FINCOP")]),
        # adjectives of standing between a country and its person
        ("Kenya's leading rights activist spoke.", [("Kenya's leading rights activist", "KENHRI")]),
    ],
)
def test_stances_sponsors_and_standing(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named regions that are no ISO unit, and towns, place the people named
        ("Darfur rebels attacked.", [("Darfur rebels", "SDNREB")]),
        ("Militias in Donbas regrouped.", [("Militias in Donbas", "UKRREB")]),
        ("Residents of Gaza City fled.", [("Residents of Gaza City", "PSECVL")]),
    ],
)
def test_regions_and_towns_place_people(actors, text, expected):
    assert _found(actors, text) == expected


def test_a_named_region_is_a_location(reference):
    from dyadflow.normalize.places import Gazetteer

    where = Gazetteer.from_reference(reference).locate("Fighting resumed in Darfur on Monday.")
    assert (where.iso3, where.admin1) == ("SDN", None)


def test_a_place_after_a_noun_group_places_the_whole_group(actors):
    assert _found(actors, "Opposition activists in Lima marched.") == [
        ("Opposition activists in Lima", "PEROPP")]


def test_a_surname_after_the_full_name_names_the_same_person(actors):
    text = "Robert Mugabe arrived on Monday. Later Mugabe left."
    found = _found(actors, text, date(2005, 1, 1))
    assert found == [("Robert Mugabe", "ZWEGOV"), ("Mugabe", "ZWEGOV")]
    # not before the full name, and not in lower case
    assert _found(actors, "Mugabe smiled. Robert Mugabe spoke.", date(2005, 1, 1)) == [
        ("Robert Mugabe", "ZWEGOV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amnesty was granted to the strikers.", [("strikers", "LAB")]),
        ("The report by Amnesty was published.", [("Amnesty", "NGOHRIAMN")]),
        ("amnesty for deserters", []),
    ],
)
def test_names_that_are_ordinary_words(actors, text, expected):
    assert _found(actors, text) == expected


def test_an_agent_of_a_known_person_belongs_to_the_persons_state(actors):
    assert _found(actors, "The government of President Robert Mugabe fell.", date(2005, 1, 1)) == [
        ("government of President Robert Mugabe", "ZWEGOV")]


def test_a_composed_office_before_a_known_person_stays_that_office(actors):
    # the speaker of a parliament who was once prime minister speaks for the parliament
    assert _found(actors, "Japanese Diet president Shinzo Abe spoke.", ON) == [
        ("Japanese Diet president Shinzo Abe", "JPNLEG")]


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Supporters of former President Robert Mugabe marched.", date(2010, 1, 1),
         [("Supporters of former President Robert Mugabe", "ZWECVL")]),
        ("Members of parliament from Ghana objected.", ON, [("Members of parliament from Ghana", "GHALEG")]),
    ],
)
def test_followers_and_members(actors, text, on, expected):
    assert _found(actors, text, on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Western powers imposed sanctions.", [("Western powers", "WST")]),
        ("Trade with Africa grew.", []),
        ("African ministers met.", [("African ministers", "AFRGOV")]),
        ("Floods hit the west of the island.", []),
    ],
)
def test_regions(actors, text, expected):
    assert _found(actors, text) == expected


def test_forces_from_a_country_are_not_its_forces(actors):
    # "from" gives where forces withdraw from, not whose they are
    assert _found(actors, "They demanded the withdrawal of troops from Belize.") == [
        ("troops", "MIL"), ("Belize", "BLZ")]
    assert _found(actors, "Refugees from Belize arrived.") == [("Refugees from Belize", "BLZREF")]
    assert _found(actors, "Troops from Belize crossed the river.") == [
        ("Troops from Belize", "BLZMIL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She met her Uruguayan counterpart.", [("Uruguayan counterpart", "URYGOV")]),
        ("Austrian Christian Democrats won.", [("Austrian Christian Democrats", "AUTPTY")]),
    ],
)
def test_counterparts_and_party_families(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X of <country>'s <organisation>": the organisation's, not the country's
        ("Leaders of Lebanon's Hezbollah met.", [("Leaders of Lebanon's Hezbollah", "LBNREB")]),
        # ... but a place after the possessive keeps the country
        ("Protesters in Syria's Homs marched.", [("Protesters in Syria", "SYRCVL")]),
        # a lower-case "Islamic state" is no group
        ("They want an Islamic state.", []),
        ("Peruvian tank crews fired.", [("Peruvian tank", "PERMIL")]),
    ],
)
def test_possessives_and_case(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who holds a place is the one an attack on it targets
        ("Shells hit Peruvian army-held villages.", [("Peruvian army", "PERMIL")]),
        ("They fled the Chilean-occupied zone.", [("Chilean", "CHL")]),
        # elders and politicians of a people
        ("Yoruba elders objected.", [("Yoruba elders", "NGACVL")]),
        ("Hausa politicians objected.", [("Hausa politicians", "NGAPTY")]),
    ],
)
def test_holders_elders_and_politicians(actors, text, expected):
    assert _found(actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguayan negotiator Jane Quarrington agreed.", [("Uruguayan negotiator Jane Quarrington", "URYGOV")]),
        ("The UN mediator arrived.", [("UN mediator", "IGOUNOGOV")]),
        ("A Chilean presidential adviser resigned.", [("Chilean presidential adviser", "CHLGOV")]),
    ],
)
def test_envoys_and_advisers(actors, text, expected):
    assert _found(actors, text) == expected
