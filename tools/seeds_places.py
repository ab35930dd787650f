"""Generate seeds/places.csv: capitals, large cities and ISO 3166-2 subdivisions.

Sources: ISO 3166-2 subdivision codes and names from pycountry (LGPL-2.1, iso-codes data);
capitals and major cities from CountryInfo.120116 (openeventdata/CountryInfo; Parus
Analytics); English short names of subdivisions frequently in the news, curated below
(ISO names are often local forms: 'Donetska oblast', 'Ḩalab'); towns conflict news keeps
naming and named regions that are no ISO unit (Darfur, Donbas), curated below.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pycountry
from seeds_common import SEEDS, cameo_to_iso3, write_csv
from seeds_countries import title_place
from seeds_countryinfo import read_countryinfo

COLUMNS = ("name", "iso3", "admin1", "kind", "source", "subdivision_type")

# English names news uses for subdivisions whose ISO name is a local form.
SUBDIVISION_NAMES = {
    "UA-14": "Donetsk|Donetsk Oblast|Donetsk region", "UA-09": "Luhansk|Luhansk Oblast|Luhansk region|Lugansk",
    "UA-63": "Kharkiv|Kharkiv Oblast|Kharkiv region|Kharkov", "UA-23": "Zaporizhzhia|Zaporizhzhia Oblast|Zaporizhia|Zaporozhye",
    "UA-65": "Kherson|Kherson Oblast|Kherson region", "UA-51": "Odesa|Odessa|Odesa Oblast",
    "UA-12": "Dnipropetrovsk|Dnipropetrovsk Oblast|Dnipro", "UA-48": "Mykolaiv|Mykolaiv Oblast",
    "UA-59": "Sumy|Sumy Oblast", "UA-74": "Chernihiv|Chernihiv Oblast", "UA-46": "Lviv|Lviv Oblast",
    "UA-32": "Kyiv Oblast|Kyiv region", "UA-43": "Crimea|Autonomous Republic of Crimea",
    "UA-40": "Sevastopol", "UA-53": "Poltava|Poltava Oblast", "UA-18": "Zhytomyr|Zhytomyr Oblast",
    "UA-05": "Vinnytsia|Vinnytsia Oblast", "UA-71": "Cherkasy|Cherkasy Oblast", "UA-35": "Kirovohrad Oblast|Kropyvnytskyi",
    "UA-56": "Rivne|Rivne Oblast", "UA-61": "Ternopil|Ternopil Oblast", "UA-68": "Khmelnytskyi|Khmelnytskyi Oblast",
    "UA-26": "Ivano-Frankivsk|Ivano-Frankivsk Oblast", "UA-07": "Volyn|Volyn Oblast|Lutsk",
    "UA-21": "Zakarpattia|Transcarpathia|Uzhhorod", "UA-77": "Chernivtsi|Chernivtsi Oblast",
    "RU-BEL": "Belgorod|Belgorod region|Belgorod Oblast", "RU-KRS": "Kursk|Kursk region|Kursk Oblast",
    "RU-BRY": "Bryansk|Bryansk region", "RU-ROS": "Rostov|Rostov region|Rostov-on-Don",
    "RU-KDA": "Krasnodar|Krasnodar Krai", "RU-CE": "Chechnya", "RU-DA": "Dagestan",
    "RU-MOS": "Moscow region|Moscow Oblast", "RU-SPE": "St. Petersburg|Saint Petersburg",
    "RU-KGD": "Kaliningrad", "RU-VOR": "Voronezh",
    "SY-HL": "Aleppo", "SY-HI": "Homs", "SY-HM": "Hama", "SY-ID": "Idlib", "SY-DI": "Damascus Governorate",
    "SY-RD": "Rif Dimashq|Damascus countryside", "SY-DY": "Deir ez-Zor|Deir el-Zour|Deir al-Zour",
    "SY-RA": "Raqqa|Raqqah", "SY-LA": "Latakia", "SY-DR": "Daraa|Deraa", "SY-HA": "Hasakah|Hasaka",
    "SY-TA": "Tartus", "SY-QU": "Quneitra", "SY-SU": "Suwayda|Sweida",
    "IL-TA": "Tel Aviv District", "IL-HA": "Haifa District", "IL-Z": "Northern District",
    "IL-D": "Southern District", "IL-M": "Central District", "IL-JM": "Jerusalem District",
    "IQ-NI": "Nineveh|Nineveh Province", "IQ-AN": "Anbar|Anbar Province", "IQ-BA": "Basra",
    "IQ-KI": "Kirkuk", "IQ-SD": "Salahuddin|Salah al-Din",
    "YE-HD": "Hadramawt|Hadramout", "YE-HU": "Hodeidah|Hudaydah", "YE-TA": "Taiz",
    "LB-JL": "Mount Lebanon", "LB-NA": "Nabatieh",
    "SD-DN": "North Darfur", "SD-DS": "South Darfur", "SD-DW": "West Darfur", "SD-KH": "Khartoum State",
    "AF-HEL": "Helmand", "AF-KAN": "Kandahar",
    "PK-KP": "Khyber Pakhtunkhwa", "PK-BA": "Balochistan",
    "IN-JK": "Jammu and Kashmir|Kashmir", "CN-XJ": "Xinjiang", "CN-XZ": "Tibet", "CN-HK": "Hong Kong",
    "KR-11": "Seoul",
    # capitals and the first-level unit that holds them
    "RU-MOW": "Moscow", "CN-BJ": "Beijing", "CN-SH": "Shanghai", "FR-75C": "Paris", "DE-BE": "Berlin",
    "AT-9": "Vienna", "ID-JK": "Jakarta", "IN-DL": "New Delhi|Delhi", "IR-23": "Tehran", "SY-DI": "Damascus",
    "LB-BA": "Beirut", "AF-KAB": "Kabul", "IQ-BG": "Baghdad", "TH-10": "Bangkok", "PH-00": "Manila|Metro Manila",
    "TR-34": "Istanbul", "TR-06": "Ankara", "IL-JM": "Jerusalem", "SA-01": "Riyadh", "EG-C": "Cairo",
    "AR-C": "Buenos Aires", "MX-CMX": "Mexico City", "BY-HM": "Minsk", "GE-TB": "Tbilisi", "AM-ER": "Yerevan",
    "AZ-BA": "Baku", "VE-A": "Caracas", "CO-DC": "Bogota|Bogotá", "PE-LMA": "Lima", "CL-RM": "Santiago",
    "ET-AA": "Addis Ababa", "LY-TB": "Tripoli", "YE-SA": "Sanaa|Sana'a", "PK-IS": "Islamabad", "VN-HN": "Hanoi",
    "KP-01": "Pyongyang", "KE-30": "Nairobi", "BD-13": "Dhaka", "HU-BU": "Budapest", "CZ-10": "Prague",
    "PL-14": "Warsaw", "RO-B": "Bucharest", "RS-00": "Belgrade", "HR-21": "Zagreb", "BG-22": "Sofia",
    "LV-RIX": "Riga", "EE-37": "Tallinn", "FI-18": "Helsinki", "SE-AB": "Stockholm", "NO-03": "Oslo",
    "DK-84": "Copenhagen", "BE-BRU": "Brussels", "NL-NH": "Amsterdam", "PT-11": "Lisbon", "ES-M": "Madrid",
    "IT-62": "Rome", "GR-I": "Athens", "IE-D": "Dublin", "UA-30": "Kyiv|Kiev", "JP-47": "Okinawa", "JP-13": "Tokyo", "MX-CHH": "Chihuahua",
    "ET-TI": "Tigray", "ET-SO": "Ogaden", "RU-IN": "Ingushetia", "RU-KHM": "Khanty-Mansi|Khanty-Mansiysk region",
    "RU-TYU": "Tyumen region", "PK-BA": "Balochistan|Baluchistan", "EG-SIN": "North Sinai", "EG-JS": "South Sinai",
    "GE-AB": "Abkhazia", "NG-BO": "Borno", "SN-ZG": "Casamance",
}

# Towns that conflict news keeps naming and CountryInfo's city lists lack (public record).
CONFLICT_TOWNS = """
IRQ|Ramadi|Tikrit|Najaf|Fallujah|Falluja|Samarra|Tal Afar|Baqubah|Baquba
PSE|Gaza City|Khan Younis|Khan Yunis|Jericho|Jenin|Nablus|Bethlehem|Tulkarm|Qalqilya|Beit Hanoun
ISR|Sderot|Ashkelon|Ashdod|Beersheba
SYR|Kobani|Raqqa|Douma|Palmyra|Qamishli
LBY|Misrata|Misurata|Sirte|Derna
YEM|Marib|Aden|Saada
AFG|Jalalabad|Kunduz|Mazar-i-Sharif|Herat|Ghazni
PAK|Quetta|Dera Ismail Khan|Waziristan|North Waziristan|Swat|Bannu
SOM|Kismayo|Baidoa
COD|Bunia|Bukavu|Goma|Beni
SSD|Malakal|Bentiu|Bor
SDN|El Fasher|Nyala|Geneina|El Geneina
NGA|Maiduguri|Jos
MLI|Timbuktu|Gao|Kidal|Mopti
UKR|Mariupol|Bakhmut|Avdiivka|Sievierodonetsk|Kramatorsk
BIH|Gorazde|Srebrenica|Mostar|Tuzla|Bihac|Zepa
HRV|Vukovar|Knin
XKX|Mitrovica|Prizren
BDI|Bujumbura
RUS|Grozny|Khanty-Mansiysk|Tyumen|Beslan
LKA|Trincomalee|Batticaloa|Kilinochchi
"""
# Named regions that are no ISO 3166-2 unit (they span several, or none): kind "region".
REGIONS = """
SDN|Darfur
UKR|Donbas|Donbass
GEO|South Ossetia
AZE|Nagorno-Karabakh|Karabakh
MDA|Transnistria|Trans-Dniester
NGA|Niger Delta
PHL|Mindanao
EGY|Sinai|Sinai Peninsula
IRQ|Iraqi Kurdistan
"""


def curated_rows() -> list[dict[str, str]]:
    rows = []
    for kind, table in (("city", CONFLICT_TOWNS), ("region", REGIONS)):
        for line in table.strip().splitlines():
            iso3, *names = line.split("|")
            rows += [{"name": name, "iso3": iso3, "admin1": "", "kind": kind,
                      "source": "curated (public record)", "subdivision_type": ""}
                     for name in names]
    return rows

_TYPE_WORDS = re.compile(
    r"\s+(oblast'?|oblysy|region|province|prefecture|governorate|state|district|county|"
    r"department|departamento|provincia|estado|muhafazat|wilayah|okrugi|krai|kray)$",
    re.I,
)


# Names that are only a direction or a generic word once the type word is gone ("Central",
# "North East", "Littoral"): they would locate every sentence that starts with them.
_GENERIC = re.compile(
    r"^(?:(?:north|south|east|west|central|centre|center|northern|southern|eastern|western|"
    r"upper|lower|middle|far|greater|north-east|north-west|south-east|south-west)\s*)+"
    r"(?:region|province|coast|lakes|islands?|district)?$"
    r"|^(?:littoral|plateau|reading|sale|male|delta|lakes|coast|capital|interior|federal|"
    r"national|border|river|islands?|highlands|lowlands|mountains?|valley|city|nord|sud|est|ouest)$",
    re.I,
)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def subdivision_rows() -> list[dict[str, str]]:
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        names = [sub.name]
        plain = _fold(sub.name)
        if plain != sub.name:
            names.append(plain)  # 'Ḩalab' is also written 'Halab'
        short = _TYPE_WORDS.sub("", plain)
        if short != plain and len(short) > 2:
            names.append(short)
        names += SUBDIVISION_NAMES.get(sub.code, "").split("|")
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            rows.append({"name": name, "iso3": country.alpha_3, "admin1": sub.code,
                         "kind": "subdivision", "source": "pycountry ISO 3166-2",
                         "subdivision_type": sub.type})
    return rows


# Capitals that are not in the same-named subdivision (Washington, D.C. is not US-WA).
CAPITAL_ELSEWHERE = {("Washington", "USA"), ("Washington, D.C.", "USA")}


def _link_capitals(rows: list[dict[str, str]]) -> None:
    """A capital or city named like a subdivision of its country lies in it (Tokyo JP-13)."""
    code_of = {}
    for row in rows:
        if row["kind"] == "subdivision":
            code_of.setdefault((_fold(row["name"]).casefold(), row["iso3"]), row["admin1"])
    for row in rows:
        if row["kind"] != "subdivision" and (row["name"], row["iso3"]) not in CAPITAL_ELSEWHERE:
            row["admin1"] = code_of.get((_fold(row["name"]).casefold(), row["iso3"]), "")


def city_rows(shared: Path) -> list[dict[str, str]]:
    with (SEEDS / "countries.csv").open(encoding="utf-8", newline="") as handle:
        countries = {r["iso3"]: r for r in csv.DictReader(handle)}
    by_cameo = cameo_to_iso3()
    rows = []
    for row in countries.values():
        if row["capital"]:
            rows.append({"name": row["capital"], "iso3": row["iso3"], "admin1": "",
                         "kind": "capital", "source": "countries.csv (CountryInfo, curated)",
                         "subdivision_type": ""})
    for block in read_countryinfo(shared / "countries" / "CountryInfo.120116.txt"):
        iso3 = by_cameo.get(block.code)
        if iso3 is None or countries[iso3]["kind"] == "historic":
            continue
        for city in block.lists.get("MajorCities", []):
            name = title_place(city)
            if len(name) > 2:
                rows.append({"name": name, "iso3": iso3, "admin1": "", "kind": "city",
                             "source": "CountryInfo.120116 MajorCities", "subdivision_type": ""})
    return rows


def build_rows(shared: Path) -> list[dict[str, str]]:
    rows = [r for r in city_rows(shared) + subdivision_rows() + curated_rows()
            if not _GENERIC.match(r["name"])]
    _link_capitals(rows)
    unique = {(r["name"].casefold(), r["iso3"], r["admin1"], r["kind"]): r for r in rows}
    return list(unique.values())


def generate(shared: Path) -> dict[str, int]:
    return {"places": write_csv("places", COLUMNS, build_rows(shared))}
