"""CountryIndex: lookups of names, forms, demonyms, capitals and seats; finding them in text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadflow.errors import InputError
from dyadflow.normalize.countries import CountryIndex

# phrase -> iso3: our own table of how news names countries (names, short and old forms,
# demonyms, capitals, seats of power), at least 200 cases.
LOOKUPS = [
    ("Japan", "JPN"), ("Japanese", "JPN"), ("Tokyo", "JPN"), ("Nippon", "JPN"),
    ("United States", "USA"), ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("USA", "USA"), ("America", "USA"), ("American", "USA"), ("Americans", "USA"),
    ("Washington", "USA"), ("the White House", "USA"), ("the Pentagon", "USA"), ("Capitol Hill", "USA"),
    ("United Kingdom", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
    ("British", "GBR"), ("Briton", "GBR"), ("London", "GBR"), ("Downing Street", "GBR"), ("Whitehall", "GBR"),
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Russian", "RUS"), ("Russians", "RUS"),
    ("Moscow", "RUS"), ("the Kremlin", "RUS"), ("Kremlin", "RUS"),
    ("Ukraine", "UKR"), ("Ukrainian", "UKR"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("China", "CHN"), ("Chinese", "CHN"), ("Beijing", "CHN"), ("PRC", "CHN"), ("Zhongnanhai", "CHN"),
    ("Taiwan", "TWN"), ("Taiwanese", "TWN"), ("Taipei", "TWN"),
    ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("South Korean", "KOR"), ("Seoul", "KOR"), ("ROK", "KOR"),
    ("North Korea", "PRK"), ("DPRK", "PRK"), ("North Korean", "PRK"), ("Pyongyang", "PRK"),
    ("Democratic Republic of the Congo", "COD"), ("DRC", "COD"), ("DR Congo", "COD"), ("Kinshasa", "COD"), ("Zaire", "COD"), ("Zairean", "COD"),
    ("Republic of the Congo", "COG"), ("Congo-Brazzaville", "COG"), ("Brazzaville", "COG"),
    ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Ivorian", "CIV"), ("Yamoussoukro", "CIV"),
    ("Myanmar", "MMR"), ("Burma", "MMR"), ("Burmese", "MMR"), ("Kampuchean", "KHM"), ("Rhodesian", "ZWE"), ("Naypyidaw", "MMR"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"), ("Turkish", "TUR"), ("Ankara", "TUR"),
    ("Czechia", "CZE"), ("Czech Republic", "CZE"), ("Czech", "CZE"), ("Prague", "CZE"),
    ("Germany", "DEU"), ("German", "DEU"), ("Berlin", "DEU"), ("West Germany", "DEU"), ("Bundestag", "DEU"),
    ("France", "FRA"), ("French", "FRA"), ("Paris", "FRA"), ("the Elysee", "FRA"), ("Élysée", "FRA"),
    ("Italy", "ITA"), ("Italian", "ITA"), ("Rome", "ITA"), ("Spain", "ESP"), ("Spanish", "ESP"), ("Madrid", "ESP"),
    ("Canada", "CAN"), ("Canadian", "CAN"), ("Ottawa", "CAN"), ("Mexico", "MEX"), ("Mexican", "MEX"), ("Mexico City", "MEX"),
    ("Brazil", "BRA"), ("Brazilian", "BRA"), ("Brasília", "BRA"), ("Brasilia", "BRA"),
    ("Argentina", "ARG"), ("Argentine", "ARG"), ("Buenos Aires", "ARG"), ("Casa Rosada", "ARG"),
    ("India", "IND"), ("Indian", "IND"), ("New Delhi", "IND"), ("Pakistan", "PAK"), ("Pakistani", "PAK"), ("Islamabad", "PAK"),
    ("Indonesia", "IDN"), ("Indonesian", "IDN"), ("Jakarta", "IDN"), ("Australia", "AUS"), ("Australian", "AUS"), ("Canberra", "AUS"),
    ("Saudi Arabia", "SAU"), ("Saudi", "SAU"), ("Riyadh", "SAU"), ("South Africa", "ZAF"), ("South African", "ZAF"), ("Pretoria", "ZAF"),
    ("Iran", "IRN"), ("Iranian", "IRN"), ("Tehran", "IRN"), ("Persia", "IRN"), ("Iraq", "IRQ"), ("Iraqi", "IRQ"), ("Baghdad", "IRQ"),
    ("Israel", "ISR"), ("Israeli", "ISR"), ("Jerusalem", "ISR"), ("the Knesset", "ISR"),
    ("Palestine", "PSE"), ("Palestinian", "PSE"), ("Palestinians", "PSE"), ("Gaza", "PSE"), ("West Bank", "PSE"), ("Ramallah", "PSE"),
    ("Syria", "SYR"), ("Syrian", "SYR"), ("Damascus", "SYR"), ("Lebanon", "LBN"), ("Lebanese", "LBN"), ("Beirut", "LBN"),
    ("Jordan", "JOR"), ("Jordanian", "JOR"), ("Amman", "JOR"), ("Egypt", "EGY"), ("Egyptian", "EGY"), ("Cairo", "EGY"),
    ("United Arab Emirates", "ARE"), ("UAE", "ARE"), ("Emirati", "ARE"), ("Abu Dhabi", "ARE"),
    ("Qatar", "QAT"), ("Qatari", "QAT"), ("Doha", "QAT"), ("Yemen", "YEM"), ("Yemeni", "YEM"), ("Sanaa", "YEM"),
    ("Afghanistan", "AFG"), ("Afghan", "AFG"), ("Kabul", "AFG"), ("Chad", "TCD"), ("Chadian", "TCD"), ("N'Djamena", "TCD"),
    ("Georgia", "GEO"), ("Georgian", "GEO"), ("Tbilisi", "GEO"), ("Belarus", "BLR"), ("Belarusian", "BLR"), ("Minsk", "BLR"),
    ("Moldova", "MDA"), ("Moldovan", "MDA"), ("Chisinau", "MDA"), ("Poland", "POL"), ("Polish", "POL"), ("Warsaw", "POL"),
    ("Netherlands", "NLD"), ("the Netherlands", "NLD"), ("Holland", "NLD"), ("Dutch", "NLD"), ("The Hague", "NLD"),
    ("Philippines", "PHL"), ("the Philippines", "PHL"), ("Filipino", "PHL"), ("Manila", "PHL"),
    ("Vietnam", "VNM"), ("Viet Nam", "VNM"), ("Vietnamese", "VNM"), ("Hanoi", "VNM"),
    ("Laos", "LAO"), ("Lao", "LAO"), ("Vientiane", "LAO"), ("Thailand", "THA"), ("Thai", "THA"), ("Bangkok", "THA"),
    ("Eswatini", "SWZ"), ("Swaziland", "SWZ"), ("Cabo Verde", "CPV"), ("Cape Verde", "CPV"),
    ("North Macedonia", "MKD"), ("Macedonia", "MKD"), ("Skopje", "MKD"), ("Timor-Leste", "TLS"), ("East Timor", "TLS"),
    ("Kosovo", "XKX"), ("Kosovar", "XKX"), ("Pristina", "XKX"), ("Soviet Union", "SUN"), ("USSR", "SUN"),
    ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"), ("East Germany", "DDR"),
    ("Sri Lanka", "LKA"), ("Ceylon", "LKA"), ("Colombo", "LKA"), ("Bangladesh", "BGD"), ("Dhaka", "BGD"),
    ("Nigeria", "NGA"), ("Nigerian", "NGA"), ("Abuja", "NGA"), ("Niger", "NER"), ("Nigerien", "NER"), ("Niamey", "NER"),
    ("Kenya", "KEN"), ("Kenyan", "KEN"), ("Nairobi", "KEN"), ("Ethiopia", "ETH"), ("Ethiopian", "ETH"), ("Addis Ababa", "ETH"),
    ("Somalia", "SOM"), ("Somali", "SOM"), ("Mogadishu", "SOM"), ("Sudan", "SDN"), ("Sudanese", "SDN"), ("Khartoum", "SDN"),
    ("South Sudan", "SSD"), ("South Sudanese", "SSD"), ("Juba", "SSD"), ("Mali", "MLI"), ("Malian", "MLI"), ("Bamako", "MLI"),
    ("Libya", "LBY"), ("Libyan", "LBY"), ("Tripoli", "LBY"), ("Venezuela", "VEN"), ("Venezuelan", "VEN"), ("Caracas", "VEN"),
    ("Colombia", "COL"), ("Colombian", "COL"), ("Bogotá", "COL"), ("Cuba", "CUB"), ("Cuban", "CUB"), ("Havana", "CUB"),
    ("Kazakhstan", "KAZ"), ("Kazakh", "KAZ"), ("Astana", "KAZ"), ("Armenia", "ARM"), ("Yerevan", "ARM"),
    ("Azerbaijan", "AZE"), ("Azeri", "AZE"), ("Baku", "AZE"), ("Bosnia", "BIH"), ("Sarajevo", "BIH"),
    ("Vatican City", "VAT"), ("Holy See", "VAT"), ("Singapore", "SGP"), ("Singaporean", "SGP"),
    ("New Zealand", "NZL"), ("New Zealander", "NZL"), ("Wellington", "NZL"), ("Norway", "NOR"), ("Norwegian", "NOR"), ("Oslo", "NOR"),
    ("Sweden", "SWE"), ("Swedish", "SWE"), ("Stockholm", "SWE"), ("Finland", "FIN"), ("Finnish", "FIN"), ("Helsinki", "FIN"),
    ("Greenland", "GRL"), ("Puerto Rico", "PRI"), ("Guam", "GUM"), ("Hong Kong", "HKG"),
    # case, spacing, articles and possessives
    ("JAPAN", "JPN"), ("  south   korea ", "KOR"), ("Japan's", "JPN"), ("Russia’s", "RUS"), ("the U.K.", "GBR"),
]


@pytest.fixture(scope="module")
def index(reference):
    return CountryIndex.from_reference(reference)


@pytest.mark.parametrize(("phrase", "iso3"), LOOKUPS)
def test_lookup(index, phrase, iso3):
    country = index.lookup(phrase)
    assert country is not None, phrase
    assert country.iso3 == iso3


def test_enough_cases():
    assert len(LOOKUPS) >= 200


@pytest.mark.parametrize("phrase", ["us", "Us", "the", "", "   ", "Narnia", "car", "Atlantis", "democratic", "12"])
def test_lookup_rejects(index, phrase):
    assert index.lookup(phrase) is None


def test_every_alias_row_resolves(reference, index):
    for row in reference.rows("country_aliases"):
        assert index.lookup(row["alias"]).iso3 == row["iso3"], row["alias"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's Defense Ministry said", [("Japan", "JPN")]),
        ("U.S. and South Korean forces held drills", [("U.S.", "USA"), ("South Korean", "KOR")]),
        ("Let us talk about it", []),
        ("Talks between the US and China resumed.", [("US", "USA"), ("China", "CHN")]),
        ("She bought fine china and a roast turkey.", []),
        ("Michael Jordan and Chad Smith played golf.", []),
        ("King Abdullah of Jordan met Chad's president.", [("Jordan", "JOR"), ("Chad", "TCD")]),
        ("In Jordan, refugees waited.", [("Jordan", "JOR")]),
        ("Georgia Tech won; Georgia's government protested.", [("Georgia", "GEO")]),
        ("The Kremlin and the White House disagreed.", [("The Kremlin", "RUS"), ("the White House", "USA")]),
        ("a Japan-U.S. summit in Tokyo", [("Japan", "JPN"), ("U.S.", "USA"), ("Tokyo", "JPN")]),
        ("Officials in Kyiv (formerly Kiev) and Moscow", [("Kyiv", "UKR"), ("Kiev", "UKR"), ("Moscow", "RUS")]),
        ("Democratic Republic of the Congo troops", [("Democratic Republic of the Congo", "COD")]),
        ("North Korean missiles flew over Japan.", [("North Korean", "PRK"), ("Japan", "JPN")]),
        ("Türkiye, formerly Turkey, and Burma", [("Türkiye", "TUR"), ("Turkey", "TUR"), ("Burma", "MMR")]),
    ],
)
def test_find(index, text, expected):
    found = index.find(text)
    assert [(m.text, m.country.iso3) for m in found] == expected
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_seats_carry_a_sector(index):
    sectors = {m.text: m.sector for m in index.find("the Pentagon and the Kremlin and Capitol Hill")}
    assert sectors == {"the Pentagon": "MIL", "the Kremlin": "GOV", "Capitol Hill": "LEG"}


@pytest.mark.parametrize(
    ("code", "iso3"),
    [("JPN", "JPN"), ("KSV", "XKX"), ("USAGUM", "GUM"), ("JPNGOV", "JPN"), ("SUN", "SUN"), ("TWN", "TWN"), ("MEA", None), ("", None)],
)
def test_iso3_for_cameo(index, code, iso3):
    assert index.iso3_for_cameo(code) == iso3


@pytest.mark.parametrize(("code", "iso3"), [("JA", "JPN"), ("UP", "UKR"), ("GM", "DEU"), ("UK", "GBR"), ("RS", "RUS"), ("SF", "ZAF"), ("KV", "XKX"), ("XX", None)])
def test_iso3_for_fips(index, code, iso3):
    assert index.iso3_for_fips(code) == iso3


def test_regions(index):
    assert index.region("the Middle East").cameo_code == "MEA"
    assert index.region("Southeast Asia").cameo_code == "SEA"
    assert index.region("Japan") is None


def test_bad_alias_row_names_file_and_line(reference):
    from dataclasses import replace
    from types import MappingProxyType

    rows = [dict(r) for r in reference.rows("country_aliases")]
    rows[4]["iso3"] = "ZZZ"
    tables = dict(reference.tables, country_aliases=tuple(MappingProxyType(r) for r in rows))
    with pytest.raises(InputError, match=r"country_aliases.csv:6: iso3 'ZZZ'"):
        CountryIndex.from_reference(replace(reference, tables=MappingProxyType(tables)))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises(index, text):
    index.lookup(text)
    for mention in index.find(text):
        assert text[mention.start : mention.end] == mention.text


_ANY_CASE = st.sampled_from([p for p, _ in LOOKUPS if p != "US"])


@settings(max_examples=150, deadline=None)
@given(_ANY_CASE, st.sampled_from([str.upper, str.lower, str.title]), st.sampled_from(["", " ", "  \t"]))
def test_lookup_case_and_whitespace_insensitive(index, phrase, change, pad):
    spaced = pad + phrase.replace(" ", " " + pad) + pad
    assert index.lookup(change(spaced)) == index.lookup(phrase)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([p for p, _ in LOOKUPS]))
def test_lookup_idempotent_on_names(index, phrase):
    country = index.lookup(phrase)
    assert index.lookup(country.name) == country


def test_every_un_member_resolves_by_name_demonym_and_capital(reference, index):
    demonyms = {}
    for row in reference.rows("country_aliases"):
        if row["kind"] == "demonym":
            demonyms.setdefault(row["iso3"], row["alias"])
    for row in reference.rows("countries"):
        if row["un_member"] != "1":
            continue
        assert index.lookup(row["name"]).iso3 == row["iso3"], row["name"]
        assert index.lookup(row["capital"]).iso3 == row["iso3"], row["capital"]
        if row["iso3"] in demonyms:
            assert index.lookup(demonyms[row["iso3"]]).iso3 == row["iso3"]
    assert len([r for r in reference.rows("countries") if r["un_member"] == "1" and r["iso3"] not in demonyms]) == 2


@pytest.mark.parametrize(
    ("phrase", "iso3"),
    [("Saint-Barthelemy", "BLM"), ("Saint Barthelemy", "BLM"), ("Iran (Islamic Republic of)", "IRN"),
     ("Bolivia (Plurinational State of)", "BOL"), ("St. Vincent and the Grenadines", "VCT"),
     ("Saint Lucia", "LCA"), ("St Lucia", "LCA"), ("Guinea Bissau", "GNB"), ("Guinea-Bissau", "GNB"),
     ("Hong Kong SAR", "HKG"), ("Macau", "MAC"), ("Korea, Republic of", "KOR"),
     ("Moldova, Republic of", "MDA"), ("Occupied Palestinian Territory", "PSE")],
)
def test_dataset_spellings(index, phrase, iso3):
    assert index.lookup(phrase).iso3 == iso3


def test_hyphens_join_without_merging_names(index):
    found = index.find("A U.S.-Japan pact, a Russian-backed force and Guinea-Bissau.")
    assert [(m.text, m.country.iso3) for m in found] == [
        ("U.S.", "USA"), ("Japan", "JPN"), ("Russian", "RUS"), ("Guinea-Bissau", "GNB")]
