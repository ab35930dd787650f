"""Generate seeds/countries.csv, seeds/country_aliases.csv and seeds/regions.csv.

Sources (see seeds/README.md): pycountry (ISO 3166-1 and -3; LGPL-2.1), CountryInfo.120116
(CAMEO country codes, COW, FIPS 10-4, capitals; Parus Analytics), cow2iso (NGEC, MIT;
leops95/cow2iso), NGEC countries.csv (demonyms, MIT), Imagin country-nationality-list
(demonyms; compiled from Wikipedia, CC BY-SA). The curated tables below (display names, short
and old forms, seats of power, UN membership, Gleditsch-Ward exceptions, CAMEO regions) are
ours, with the reason for each group.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pycountry
from seeds_common import write_csv
from seeds_countryinfo import read_countryinfo

COUNTRY_COLUMNS = (
    "iso3", "iso2", "iso_numeric", "name", "official_name", "cameo_code", "fips", "cow_code",
    "cow_abbrev", "gw_code", "capital", "un_member", "kind",
)
ALIAS_COLUMNS = ("alias", "iso3", "cameo_code", "kind", "case", "ambiguity", "sector")
REGION_COLUMNS = ("cameo_code", "name", "aliases")

# The 193 UN member states (UN "Member States" list).
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split())

# Names as news writes them, where the ISO short name is a catalogue form ("Korea, Republic of").
DISPLAY_NAMES = {
    "KOR": "South Korea", "PRK": "North Korea", "IRN": "Iran", "RUS": "Russia", "SYR": "Syria",
    "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "VNM": "Vietnam", "LAO": "Laos",
    "MDA": "Moldova", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "FSM": "Micronesia", "PSE": "Palestine", "VAT": "Vatican City", "BRN": "Brunei",
    "TWN": "Taiwan", "GBR": "United Kingdom", "USA": "United States", "CZE": "Czechia",
    "TUR": "Türkiye", "MAC": "Macao", "HKG": "Hong Kong", "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands", "FLK": "Falkland Islands", "SXM": "Sint Maarten",
    "MAF": "Saint Martin", "BES": "Caribbean Netherlands", "SHN": "Saint Helena",
    "UMI": "U.S. Minor Outlying Islands", "CPV": "Cabo Verde", "SWZ": "Eswatini",
}

# Non-ISO and former states that CAMEO and event datasets still code.
EXTRA_STATES = [
    # iso3, iso2, numeric, name, official, cameo, cow, cow_abbrev, kind
    ("XKX", "XK", "", "Kosovo", "Republic of Kosovo", "KSV", "347", "KOS", "state"),
    ("SUN", "SU", "810", "Soviet Union", "Union of Soviet Socialist Republics", "SUN", "365", "USR", "historic"),
    ("YUG", "YU", "891", "Yugoslavia", "Socialist Federal Republic of Yugoslavia", "YUG", "345", "YUG", "historic"),
    ("CSK", "CS", "200", "Czechoslovakia", "Czechoslovak Socialist Republic", "CSK", "315", "CZE", "historic"),
    ("DDR", "DD", "278", "East Germany", "German Democratic Republic", "DDR", "265", "GDR", "historic"),
    ("SCG", "CS", "891", "Serbia and Montenegro", "Serbia and Montenegro", "SCG", "345", "YUG", "historic"),
]
EXTRA_FIPS = {"XKX": "KV", "SUN": "UR", "YUG": "YO", "CSK": "", "DDR": "", "SCG": "YI"}

# COW numbers missing from the crosswalks (COW codes Serbia as Yugoslavia's successor).
COW_FIXES = {"SRB": ("345", "YUG")}

# Gleditsch & Ward (1999) state numbers equal COW numbers except where the two lists cut
# state histories differently; these are the differences for current states.
GW_DIFFERENT = {"DEU": "260", "YEM": "678", "SRB": "340"}

# Capitals where CountryInfo (2011) is out of date or lacks the seat used in the news.
CAPITALS = {
    "UKR": ["Kyiv", "Kiev"], "KAZ": ["Astana", "Nur-Sultan"], "MMR": ["Naypyidaw", "Nay Pyi Taw"],
    "CIV": ["Yamoussoukro"], "BOL": ["Sucre", "La Paz"], "NLD": ["Amsterdam", "The Hague"],
    "ZAF": ["Pretoria", "Cape Town"], "LKA": ["Sri Jayawardenepura Kotte", "Colombo"],
    "ISR": ["Jerusalem"], "PSE": ["Ramallah", "East Jerusalem"], "SSD": ["Juba"],
    "BDI": ["Gitega"], "TZA": ["Dodoma"], "NGA": ["Abuja"], "USA": ["Washington", "Washington, D.C."],
    "XKX": ["Pristina", "Prishtina"], "MNE": ["Podgorica"], "SRB": ["Belgrade"],
    "TLS": ["Dili"], "PLW": ["Ngerulmud"], "FSM": ["Palikir"], "NRU": ["Yaren"],
    "KIR": ["Tarawa", "South Tarawa"], "MHL": ["Majuro"], "TUV": ["Funafuti"],
    "MDV": ["Malé"], "SGP": ["Singapore"], "MCO": ["Monaco"], "VAT": ["Vatican City"],
    "SMR": ["San Marino"], "AND": ["Andorra la Vella"], "LIE": ["Vaduz"], "LUX": ["Luxembourg"],
    "KWT": ["Kuwait City"], "DJI": ["Djibouti"], "GTM": ["Guatemala City"], "PAN": ["Panama City"],
    "MEX": ["Mexico City"], "BRA": ["Brasília"], "YEM": ["Sanaa", "Sana'a"], "TUR": ["Ankara"],
    "CZE": ["Prague"], "SWZ": ["Mbabane", "Lobamba"], "MKD": ["Skopje"], "CPV": ["Praia"],
    "TWN": ["Taipei"], "PRK": ["Pyongyang"], "KOR": ["Seoul"], "VNM": ["Hanoi"],
    "EGY": ["Cairo"], "BIH": ["Sarajevo"], "CRI": ["San Jose", "San José"], "GIN": ["Conakry"],
    "SVN": ["Ljubljana"], "SYC": ["Victoria"], "ZWE": ["Harare"], "STP": ["São Tomé", "Sao Tome"],
    "SDN": ["Khartoum"], "HTI": ["Port-au-Prince"], "ATG": ["Saint John's", "St. John's"],
    "GRD": ["St. George's", "Saint George's"], "TON": ["Nuku'alofa"], "BEN": ["Porto-Novo", "Cotonou"],
    "ALB": ["Tirana"], "PNG": ["Port Moresby"], "TTO": ["Port of Spain"], "COL": ["Bogotá", "Bogota"],
    "PRY": ["Asunción", "Asuncion"], "ISL": ["Reykjavík", "Reykjavik"], "TGO": ["Lomé", "Lome"],
    "CMR": ["Yaoundé", "Yaounde"], "MDA": ["Chișinău", "Chisinau"], "ITA": ["Rome"], "FRA": ["Paris"], "DEU": ["Berlin"], "SUN": ["Moscow"], "YUG": ["Belgrade"],
    "CSK": ["Prague"], "DDR": ["East Berlin"], "SCG": ["Belgrade"], "GBR": ["London"],
    "IND": ["New Delhi"], "CHN": ["Beijing"], "IRN": ["Tehran"], "AFG": ["Kabul"],
}

# Short, old and informal forms; the kind says which. Case "exact" marks forms that are also
# ordinary words or pronouns in other capitalisations ("US" vs "us").
SHORT_FORMS = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "the States", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "KOR": ["Korea", "ROK", "Republic of Korea", "S. Korea"],
    "PRK": ["DPRK", "N. Korea", "Democratic People's Republic of Korea"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "DRCongo"],
    "COG": ["Congo-Brazzaville", "Congo Republic", "Congo"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"], "TUR": ["Turkey", "Turkiye"], "CZE": ["Czech Republic"],
    "ARE": ["UAE", "U.A.E.", "Emirates"], "CHN": ["PRC", "People's Republic of China", "mainland China"],
    "TWN": ["Republic of China", "ROC", "Chinese Taipei"], "RUS": ["Russian Federation"],
    "NLD": ["Holland", "the Netherlands"], "PHL": ["the Philippines"], "BHS": ["the Bahamas"],
    "GMB": ["the Gambia"], "CAF": ["CAR", "Central Africa Republic"], "VAT": ["Holy See", "the Vatican"],
    "PSE": ["Palestinian territories", "Palestinian Territories", "State of Palestine", "Occupied Palestinian Territory", "Gaza", "Gaza Strip", "West Bank"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"], "TTO": ["Trinidad"], "ATG": ["Antigua"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts"], "VCT": ["St Vincent and the Grenadines", "St. Vincent"],
    "LCA": ["St Lucia", "St. Lucia"], "STP": ["Sao Tome"], "PNG": ["PNG"], "FSM": ["Federated States of Micronesia"],
    "SAU": ["KSA", "Saudi"], "VNM": ["Viet Nam"], "LAO": ["Lao PDR"], "TLS": ["East Timor", "Timor Leste"],
    "MKD": ["Macedonia", "FYROM"], "SWZ": ["eSwatini"], "CPV": ["Cape Verde"], "DEU": ["Federal Republic of Germany"],
    "IRN": ["Islamic Republic of Iran"], "SYR": ["Syrian Arab Republic"], "BRN": ["Brunei Darussalam"],
    "MMR": ["Republic of the Union of Myanmar"], "XKX": ["Kosova"], "SUN": ["USSR", "U.S.S.R.", "Soviet"],
    "NZL": ["N.Z."], "AUS": ["Aussie"], "ZAF": ["S. Africa", "RSA"], "DOM": ["Dominican Rep."],
    "JPN": ["Nippon", "Nihon"], "MAC": ["Macau", "Macao SAR", "Macau SAR"], "HKG": ["Hong Kong SAR"],
}
OLD_FORMS = {
    "MMR": ["Burma"], "COD": ["Zaire"], "SWZ": ["Swaziland"], "LKA": ["Ceylon"], "ZWE": ["Rhodesia"],
    "IRN": ["Persia"], "THA": ["Siam"], "BEN": ["Dahomey"], "BFA": ["Upper Volta"], "KHM": ["Kampuchea"],
    "DEU": ["West Germany"], "DDR": ["GDR", "German Democratic Republic"], "CSK": ["Czecho-Slovakia"],
    "YUG": ["Jugoslavia"], "BWA": ["Bechuanaland"], "MWI": ["Nyasaland"], "ZMB": ["Northern Rhodesia"],
    "GHA": ["Gold Coast"], "TZA": ["Tanganyika"], "MDG": ["Malagasy Republic"], "SUR": ["Dutch Guiana"],
    "GUY": ["British Guiana"], "BLZ": ["British Honduras"], "TWN": ["Formosa"], "MKD": ["Former Yugoslav Republic of Macedonia"],
}

# Seats of power used as metonyms for a state's government (or its military, legislature...).
SEATS = [
    ("the White House", "USA", "GOV"), ("White House", "USA", "GOV"), ("the Pentagon", "USA", "MIL"),
    ("Pentagon", "USA", "MIL"), ("Capitol Hill", "USA", "LEG"), ("Foggy Bottom", "USA", "GOV"),
    ("the Oval Office", "USA", "GOV"), ("Langley", "USA", "SPY"),
    ("the Kremlin", "RUS", "GOV"), ("Kremlin", "RUS", "GOV"), ("the Duma", "RUS", "LEG"),
    ("Downing Street", "GBR", "GOV"), ("Number 10", "GBR", "GOV"), ("No 10", "GBR", "GOV"),
    ("Whitehall", "GBR", "GOV"), ("Westminster", "GBR", "LEG"),
    ("the Elysee", "FRA", "GOV"), ("Elysee Palace", "FRA", "GOV"), ("Élysée", "FRA", "GOV"),
    ("Quai d'Orsay", "FRA", "GOV"), ("Zhongnanhai", "CHN", "GOV"), ("Great Hall of the People", "CHN", "GOV"),
    ("Blue House", "KOR", "GOV"), ("Cheong Wa Dae", "KOR", "GOV"), ("Kasumigaseki", "JPN", "GOV"),
    ("Nagatacho", "JPN", "GOV"), ("Kantei", "JPN", "GOV"), ("Ichigaya", "JPN", "MIL"),
    ("Bankova", "UKR", "GOV"), ("Verkhovna Rada", "UKR", "LEG"), ("the Knesset", "ISR", "LEG"),
    ("Knesset", "ISR", "LEG"), ("Palazzo Chigi", "ITA", "GOV"), ("the Quirinale", "ITA", "GOV"),
    ("Casa Rosada", "ARG", "GOV"), ("Planalto", "BRA", "GOV"), ("Itamaraty", "BRA", "GOV"),
    ("Los Pinos", "MEX", "GOV"), ("Rashtrapati Bhavan", "IND", "GOV"), ("South Block", "IND", "GOV"),
    ("Bundestag", "DEU", "LEG"), ("the Chancellery in Berlin", "DEU", "GOV"), ("Rideau Hall", "CAN", "GOV"),
    ("Parliament Hill", "CAN", "LEG"), ("the Lodge", "AUS", "GOV"), ("Malacanang", "PHL", "GOV"),
    ("Malacañang", "PHL", "GOV"), ("Istana", "SGP", "GOV"), ("Merdeka Palace", "IDN", "GOV"),
    ("Rawalpindi", "PAK", "MIL"), ("Aiwan-e-Sadr", "PAK", "GOV"),
]

# Aliases that are also everyday words or given names: they must be capitalised, and
# "given_name" ones are rejected next to another capitalised name ("Michael Jordan").
AMBIGUOUS = {
    "Chad": "given_name", "Jordan": "given_name", "Georgia": "given_name", "Turkey": "common_word",
    "China": "common_word", "Guinea": "common_word", "Niger": "common_word", "Togo": "common_word",
    "Panama": "common_word", "Cuba": "common_word", "Peru": "common_word", "Oman": "common_word",
    "Malta": "common_word", "Jersey": "common_word", "Man": "common_word", "Male": "common_word",
    "Malé": "common_word", "Victoria": "given_name", "Kingston": "given_name", "Hamilton": "given_name",
    "Georgetown": "common_word", "Lebanon": "common_word", "Congo": "common_word", "Chile": "common_word",
    "Monaco": "common_word", "Mali": "common_word", "Nice": "common_word", "Sofia": "given_name",
    "Valletta": "common_word", "Santiago": "given_name", "Lima": "common_word", "Praia": "common_word",
    "Bern": "common_word", "Dominica": "common_word", "Nauru": "common_word", "Israel": "given_name",
    "India": "given_name", "Paris": "given_name", "Washington": "given_name", "Moscow": "common_word",
    "American": "common_word", "Soviet": "common_word", "Saudi": "common_word", "Korea": "common_word",
    "Samoa": "common_word", "Kiribati": "common_word", "Tonga": "common_word",
}
EXACT_CASE = {"US", "CAR", "No 10"}  # "us", "car", "no 10" are ordinary English

# Demonyms shared by several countries: the reading news mostly means.
DEMONYM_PREFERENCE = {
    "Congolese": "COD", "Dominican": "DOM", "Dominicans": "DOM", "Guinean": "GIN", "Guineans": "GIN",
    "Korean": "KOR", "Koreans": "KOR", "Samoan": "WSM", "Samoans": "WSM", "Sudanese": "SDN",
    "American": "USA", "Americans": "USA", "British": "GBR", "Irish": "IRL", "Virgin Islander": "VIR",
    "Macedonian": "MKD", "Chinese": "CHN", "French": "FRA", "Danish": "DNK", "Norwegian": "NOR",
    "Dutch": "NLD", "Australian": "AUS", "New Zealander": "NZL", "Finnish": "FIN", "Spanish": "ESP",
}
# Demonyms the sources lack or spell differently.
EXTRA_DEMONYMS = {
    "USA": ["U.S.", "US"], "GBR": ["Briton", "Britons", "UK"], "ARE": ["Emirati", "Emiratis"],
    "UKR": ["Ukrainian", "Ukrainians"], "PSE": ["Palestinian", "Palestinians"], "XKX": ["Kosovar", "Kosovan", "Kosovars"],
    "TUR": ["Turk", "Turks", "Turkish"], "NLD": ["Dutchman", "Dutch"], "PHL": ["Filipino", "Filipinos", "Philippine"],
    "SUN": ["Soviet"], "DDR": ["East German", "East Germans"], "YUG": ["Yugoslav", "Yugoslavs"],
    "CSK": ["Czechoslovak"], "COD": ["Congolese", "Zairean", "Zairian", "Zaireans"], "KOR": ["South Korean", "South Koreans"],
    "PRK": ["North Korean", "North Koreans"], "SSD": ["South Sudanese"], "TWN": ["Taiwanese"],
    "CZE": ["Czech", "Czechs"], "SVK": ["Slovak", "Slovaks", "Slovakian"], "BIH": ["Bosnian", "Bosnians"],
    "LAO": ["Lao", "Laotian"], "MMR": ["Myanmarese", "Burmese"], "NZL": ["Kiwi", "New Zealander"],
    "THA": ["Thai", "Thais"], "ISR": ["Israeli", "Israelis"], "SAU": ["Saudi Arabian", "Saudis"],
    "DEU": ["German", "Germans", "West German"], "RUS": ["Russian", "Russians"], "JPN": ["Japanese"],
    "CHN": ["Chinese"], "IND": ["Indian", "Indians"], "IRN": ["Iranian", "Iranians"],
    "IRQ": ["Iraqi", "Iraqis"], "AFG": ["Afghan", "Afghans"], "SYR": ["Syrian", "Syrians"],
    "YEM": ["Yemeni", "Yemenis"], "VNM": ["Vietnamese"], "BLR": ["Belarusian", "Belarussian"],
    "MDA": ["Moldovan"], "SWZ": ["Swazi", "Emaswati"], "CPV": ["Cape Verdean"], "TLS": ["Timorese", "East Timorese"],
    "CIV": ["Ivorian", "Ivorians"], "GNB": ["Bissau-Guinean"], "CAF": ["Central African"], "GEO": ["Georgian", "Georgians"],
    # demonyms of the old names that archive news uses ("Kampuchean guerrillas")
    "KHM": ["Kampuchean", "Kampucheans"], "ZWE": ["Rhodesian", "Rhodesians"], "LKA": ["Ceylonese"],
    "BEN": ["Dahomeyan", "Dahomeyans"],
}
# Source demonym entries that are wrong for our purpose (place names, other languages, plurals
# that are ordinary words).
BAD_DEMONYMS = {"English", "England", "Scotland", "Wales", "Scottish", "Welsh", "Manx", "Man", "Channel Islander"}

# CAMEO regional codes (CAMEO actor codebook, "Regions").
REGIONS = [
    ("AFR", "Africa", "Africa|African"), ("ASA", "Asia", "Asia|Asian"), ("BLK", "Balkans", "Balkans|Balkan"),
    ("CRB", "Caribbean", "Caribbean"), ("CAU", "Caucasus", "Caucasus"),
    ("CFR", "Central Africa", "Central Africa"), ("CAS", "Central Asia", "Central Asia|Central Asian"),
    ("CEU", "Central Europe", "Central Europe|Central European"), ("EIN", "East Indies", "East Indies"),
    ("EAF", "East Africa", "East Africa|Eastern Africa|East African"), ("EEU", "Eastern Europe", "Eastern Europe|Eastern European"),
    ("EUR", "Europe", "Europe|European"), ("LAM", "Latin America", "Latin America|Latin American"),
    ("MEA", "Middle East", "Middle East|Middle Eastern|Mideast"),
    ("MDT", "Mediterranean", "Mediterranean"), ("NAF", "North Africa", "North Africa|North African"),
    ("NMR", "North America", "North America|North American"), ("PGS", "Persian Gulf", "Persian Gulf|the Gulf"),
    ("SCN", "Scandinavia", "Scandinavia|Scandinavian"), ("SAM", "South America", "South America|South American"),
    ("SAS", "South Asia", "South Asia|South Asian"), ("SEA", "Southeast Asia", "Southeast Asia|South-East Asia|Southeast Asian"),
    ("SAF", "Southern Africa", "Southern Africa|Southern African"), ("WAF", "West Africa", "West Africa|West African"),
    ("WST", "The West", "the West|Western powers|Western countries"),
]

_SMALL = {"of", "the", "and", "de", "la", "el", "es", "al", "da", "do", "dos", "du", "des", "au", "y", "e", "in"}


def title_place(upper: str) -> str:
    """'PORT OF SPAIN' -> 'Port of Spain'; "N'DJAMENA" -> "N'Djamena"."""
    out = []
    for i, word in enumerate(upper.lower().split()):
        if i and word in _SMALL:
            out.append(word)
            continue
        out.append("-".join(
            "'".join(p[:1].upper() + p[1:] for p in part.split("'")) for part in word.split("-")
        ))
    return " ".join(out)


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


# CountryInfo blocks whose ISO fields are wrong (Guinea carries Papua New Guinea's codes,
# Zimbabwe's block is labelled Cocos Islands); we key these by the CAMEO code instead.
BLOCK_ISO = {("GIN", "GUINEA"): "GIN", ("ZWE", "COCOS_ISLANDS"): "ZWE"}
FIPS_FIXES = {"GIN": "GV", "ZWE": "ZI", "CYP": "CY", "GTM": "GT", "ISR": "IS", "MMR": "BM", "SRB": "RI", "CCK": "CK",
              "COG": "CF", "ZAF": "SF", "COK": "CW"}


def _block_iso(block) -> str | None:
    name = block.fields.get("CountryName", "")
    if (block.code, name) in BLOCK_ISO:
        return BLOCK_ISO[(block.code, name)]
    by_code = pycountry.countries.get(alpha_3=block.code) if len(block.code) == 3 else None
    if by_code is not None and fold(name.replace("_", " "))[:4] == fold(by_code.name)[:4]:
        return block.code
    alpha3 = block.fields.get("ISO3166-alpha3", "")
    if pycountry.countries.get(alpha_3=alpha3) if re.fullmatch(r"[A-Z]{3}", alpha3) else None:
        return alpha3
    alpha2 = block.fields.get("ISO3166-alpha2", "")
    country = pycountry.countries.get(alpha_2=alpha2) if re.fullmatch(r"[A-Z]{2}", alpha2) else None
    if country is not None:
        return country.alpha_3
    return by_code.alpha_3 if by_code else {"KSV": "XKX", "TMP": "TLS"}.get(block.code)


def _countryinfo_by_iso(shared: Path) -> dict[str, object]:
    blocks = read_countryinfo(shared / "countries" / "CountryInfo.120116.txt")
    by_iso = {}
    for block in blocks:
        iso3 = _block_iso(block)
        if iso3:
            by_iso.setdefault(iso3, block)
    return by_iso


def _cow_current(shared: Path) -> dict[str, tuple[str, str]]:
    out = {}
    with (shared / "countries" / "cow2iso.txt").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["iso3"] and not row["valid_until"].strip():
                out.setdefault(row["iso3"], (row["cow_id"], row["cow3"]))
    return out


def _official(country, iso3: str) -> str:
    official = getattr(country, "official_name", "") or country.name
    return DISPLAY_NAMES.get(iso3, country.name) if "," in official else official


def country_rows(shared: Path) -> list[dict[str, str]]:
    info = _countryinfo_by_iso(shared)
    cow_current = _cow_current(shared)
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        iso3 = country.alpha_3
        block = info.get(iso3)
        fields = block.fields if block else {}
        cow, cow_abbrev = cow_current.get(iso3, ("", ""))
        if not cow and fields.get("COW-Numeric", "000") not in ("", "000"):
            cow, cow_abbrev = fields["COW-Numeric"].lstrip("0"), fields.get("COW-Alpha", "")
        cow, cow_abbrev = COW_FIXES.get(iso3, (cow, cow_abbrev))
        cow_abbrev = "" if cow_abbrev.startswith("-") else cow_abbrev
        fips = FIPS_FIXES.get(iso3) or fields.get("FIPS-10", "")
        capitals = CAPITALS.get(iso3) or [title_place(c) for c in (block.lists.get("Capital", []) if block else [])]
        cameo = block.code if block and re.fullmatch(r"[A-Z]{3}", block.code) else iso3
        if block and len(block.code) == 6:
            cameo = block.code  # CAMEO codes dependencies as parent + territory: USAGUM
        rows.append({
            "iso3": iso3, "iso2": country.alpha_2, "iso_numeric": country.numeric,
            "name": DISPLAY_NAMES.get(iso3) or getattr(country, "common_name", None) or country.name,
            "official_name": _official(country, iso3),
            "cameo_code": {"TLS": "TLS"}.get(iso3, cameo),
            "fips": "" if fips.startswith("-") else fips,
            "cow_code": cow, "cow_abbrev": cow_abbrev,
            "gw_code": GW_DIFFERENT.get(iso3, cow) if iso3 in UN_MEMBERS or iso3 == "TWN" else "",
            "capital": capitals[0] if capitals else "",
            "un_member": "1" if iso3 in UN_MEMBERS else "0",
            "kind": "state" if iso3 in UN_MEMBERS or iso3 in {"TWN", "PSE", "VAT"} else "territory",
        })
    for iso3, iso2, numeric, name, official, cameo, cow, cow_abbrev, kind in EXTRA_STATES:
        rows.append({
            "iso3": iso3, "iso2": iso2, "iso_numeric": numeric, "name": name,
            "official_name": official, "cameo_code": cameo, "fips": EXTRA_FIPS[iso3],
            "cow_code": cow, "cow_abbrev": cow_abbrev, "gw_code": cow if kind == "state" else "",
            "capital": CAPITALS[iso3][0], "un_member": "0", "kind": kind,
        })
    missing = UN_MEMBERS - {r["iso3"] for r in rows if r["un_member"] == "1"}
    if len(UN_MEMBERS) != 193 or missing:
        raise SystemExit(f"UN member list is wrong: {len(UN_MEMBERS)} codes, missing {missing}")
    return rows


def _demonym_sources(shared: Path) -> list[tuple[str, str]]:
    pairs = []
    with (shared / "countries" / "ngec_countries_nationality.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            pairs += [(row["CCA3"], d.strip()) for d in row["Nationality"].split(",")]
    with (shared / "countries" / "iso3166_nationality_imagin.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            pairs += [(row["alpha_3_code"], d.strip()) for d in row["nationality"].split(",")]
    return [(iso3, d) for iso3, d in pairs if d and "[" not in d and "(" not in d]


def alias_rows(shared: Path, countries: list[dict[str, str]]) -> list[dict[str, str]]:
    by_iso = {r["iso3"]: r for r in countries}
    taken: dict[str, str] = {}  # folded alias -> iso3
    out: list[dict[str, str]] = []

    def add(alias: str, iso3: str, kind: str, sector: str = "") -> None:
        alias = " ".join(alias.split())
        key = fold(alias)
        if not alias or key in taken or iso3 not in by_iso:
            return
        taken[key] = iso3
        out.append({
            "alias": alias, "iso3": iso3, "cameo_code": by_iso[iso3]["cameo_code"], "kind": kind,
            "case": "exact" if alias in EXACT_CASE else "any",
            "ambiguity": AMBIGUOUS.get(alias, ""), "sector": sector,
        })

    # states first, so a territory never takes a state's name
    ordered = sorted(countries, key=lambda r: (r["kind"] != "state", r["iso3"]))
    for row in ordered:
        add(row["name"], row["iso3"], "name")
    for row in ordered:
        iso = pycountry.countries.get(alpha_3=row["iso3"])
        for form in (getattr(iso, "name", ""), getattr(iso, "common_name", ""), row["official_name"]):
            # catalogue forms ("Moldova, Republic of") too: event datasets use them
            if form:
                add(form, row["iso3"], "name")
    for iso3, forms in SHORT_FORMS.items():
        for form in forms:
            add(form, iso3, "short")
    for iso3, forms in OLD_FORMS.items():
        for form in forms:
            add(form, iso3, "old")
    for alias, iso3, sector in SEATS:
        add(alias, iso3, "seat", sector)
    for alias, iso3 in DEMONYM_PREFERENCE.items():
        add(alias, iso3, "demonym")
    for iso3, forms in EXTRA_DEMONYMS.items():
        for form in forms:
            add(form, iso3, "demonym")
    names_lookup = {fold(r["name"]): r["iso3"] for r in countries}
    for iso3, demonym in _demonym_sources(shared):
        if demonym in BAD_DEMONYMS or fold(demonym) in names_lookup:
            continue  # a place name listed as a nationality (NGEC folds territories in)
        add(demonym, iso3, "demonym")
    for row in ordered:
        if row["kind"] == "territory":
            continue
        for capital in CAPITALS.get(row["iso3"], [row["capital"]]):
            add(capital, row["iso3"], "capital", "GOV")
    return out


def generate(shared: Path) -> dict[str, int]:
    countries = country_rows(shared)
    aliases = alias_rows(shared, countries)
    regions = [{"cameo_code": c, "name": n, "aliases": a} for c, n, a in REGIONS]
    return {
        "countries": write_csv("countries", COUNTRY_COLUMNS, countries),
        "country_aliases": write_csv("country_aliases", ALIAS_COLUMNS, aliases),
        "regions": write_csv("regions", REGION_COLUMNS, regions),
    }
