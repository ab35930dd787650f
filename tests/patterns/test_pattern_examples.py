"""End-to-end: sentences written for this test, one or more per CAMEO root, code to the
root the dictionary intends (needs the bundled pipeline; skipped when it is missing)."""

from __future__ import annotations

import pytest

from dyadflow.errors import DyadflowError
from dyadflow.records import TextInput

# (sentence, expected source ISO3, expected target ISO3, expected event root)
CASES = [
    ("Norway commented on Chile's new mining plan on Monday.", "NOR", "CHL", "01"),
    ("Kenya urged Uganda to reopen the border crossing.", "KEN", "UGA", "02"),
    ("Peru promised Bolivia economic aid.", "PER", "BOL", "03"),
    ("The Finnish president met the Estonian prime minister in Helsinki.", "FIN", "EST", "04"),
    ("Chile praised Argentina for its handling of the floods.", "CHL", "ARG", "05"),
    ("Portugal and Morocco signed a fisheries agreement on Monday.", "PRT", "MAR", "05"),
    ("Denmark supplied anti-tank weapons to Latvia.", "DNK", "LVA", "07"),
    ("Sweden sent humanitarian aid to Moldova last week.", "SWE", "MDA", "07"),
    ("Ghana released three Togolese fishermen on Friday.", "GHA", "TGO", "08"),
    ("Austria has lifted its sanctions on Belarus.", "AUT", "BLR", "08"),
    ("Austria eased sanctions against Belarus on Monday.", "AUT", "BLR", "08"),
    ("Brazil demanded an apology from Paraguay.", "BRA", "PRY", "10"),
    ("Vietnam condemned China over the collision at sea.", "VNM", "CHN", "11"),
    ("Serbia rejected the proposal from Croatia.", "SRB", "HRV", "12"),
    ("Serbia rejected Croatia's proposal.", "SRB", "HRV", "12"),
    ("Azerbaijan threatened Armenia with military action.", "AZE", "ARM", "13"),
    ("Ethiopia is massing troops near Eritrea.", "ETH", "ERI", "15"),
    ("Canada imposed sanctions on Venezuela on Tuesday.", "CAN", "VEN", "16"),
    ("Pakistani police arrested two Afghan journalists in Quetta.", "PAK", "AFG", "17"),
    ("Turkish warplanes bombed Syrian army positions overnight.", "TUR", "SYR", "19"),
]

# (sentence, source ISO3, target ISO3, full CAMEO code): the more specific pattern classes,
# where the object noun or the preposition decides the code
CODE_CASES = [
    ("Ecuador threatened tough sanctions against Colombia over the border dispute.",
     "ECU", "COL", "1312"),
    ("Mongolia warned of military action against Kazakhstan on Friday.", "MNG", "KAZ", "138"),
    ("The Thai government lifted the curfew on residents of Laos.", "THA", "LAO", "0813"),
    ("Kenya has eased restrictions on Somali traders.", "KEN", "SOM", "081"),
    ("Bolivia extended the curfew in Peru for another week.", "BOL", "PER", "1723"),
    ("The Senegalese president called for sanctions against Gambia.", "SEN", "GMB", "113"),
    ("Malian rebels are holding six Nigerien soldiers hostage.", "MLI", "NER", "181"),
    ("Iranian hackers hacked into the computers of the Saudi oil ministry.", "IRN", "SAU", "170"),
    ("Tajik troops have engaged in heavy fighting with Kyrgyz border guards since Sunday.",
     "TJK", "KGZ", "190"),
    ("The Kenyan government dispatched inspectors to Uganda on Monday.", "KEN", "UGA", "090"),
    # agreeing to a ceasefire is a commitment to stop fighting (0356); declaring one is 0871
    ("Armenia and Azerbaijan agreed to a ceasefire on Tuesday.", "ARM", "AZE", "0356"),
    ("The Armenian army declared a ceasefire with Azerbaijan on Tuesday.", "ARM", "AZE", "0871"),
    ("The Cuban foreign minister defended Venezuela at the United Nations.", "CUB", "VEN", "052"),
    ("Washington has been pressuring Egypt to release the activists.", "USA", "EGY", "100"),
    ("Chile reneged on its commitment to Peru.", "CHL", "PER", "120"),
    ("Palestinian protesters threw stones at Israeli police on Sunday.", "PSE", "ISR", "145"),
    ("The Saudi army retaliated against Yemeni rebels on Monday.", "SAU", "YEM", "190"),
    ("Israeli police teargassed Palestinian protesters in Hebron.", "ISR", "PSE", "175"),
    ("The Chinese foreign ministry reprimanded Japan over the visit.", "CHN", "JPN", "111"),
    ("Israel mounted an invasion of Lebanon on Sunday.", "ISR", "LBN", "190"),
    ("The Iranian president has snubbed the Saudi king.", "IRN", "SAU", "160"),
    ("Sudanese soldiers looted the Chadian embassy in Khartoum.", "SDN", "TCD", "171"),
    ("Turkish troops fought a fierce battle with Syrian rebels on Sunday.", "TUR", "SYR", "190"),
    ("Australia is considering sanctions against Myanmar.", "AUS", "MMR", "014"),
    ("Sudan recognized the independence of South Sudan in July.", "SDN", "SSD", "054"),
    ("China put its troops on high alert near the Indian border.", "CHN", "IND", "152"),
    ("Egyptian police beat Sudanese migrants in Cairo.", "EGY", "SDN", "182"),
    ("The US State Department has advised against travel to Chad.", "USA", "TCD", "160"),
    ("The Pakistani ambassador returned to Kabul on Monday.", "PAK", "AFG", "042"),
    ("Syria returned the captured Israeli soldiers to Israel.", "SYR", "ISR", "0841"),
    ("Sudan returned a captured Russian helicopter to Russia on Monday.", "SDN", "RUS", "0842"),
    ("Ivorian rebels dismissed an appeal from Ghana to lay down their arms.", "CIV", "GHA", "120"),
    ("Italy announced a suspension of air links with Serbia on Wednesday.", "ITA", "SRB", "160"),
    ("North Korea launched cyber attacks against South Korea.", "PRK", "KOR", "170"),
    ("Kenya sent a fact-finding mission to Burundi on Monday.", "KEN", "BDI", "090"),
    ("Canada's expulsion of Saudi diplomats angered Riyadh.", "CAN", "SAU", "161"),
    ("Iran seized a British oil tanker in the Strait of Hormuz.", "IRN", "GBR", "171"),
    ("Egypt opened the Rafah crossing for Palestinians.", "EGY", "PSE", "086"),
    ("Canada maintained its sanctions on Iran last year.", "CAN", "IRN", "1244"),
    ("Norway called for talks between Colombia and Venezuela.", "NOR", "COL", "026"),
    ("The Thai government granted amnesty to Burmese refugees.", "THA", "MMR", "0841"),
    ("France attacked Germany's budget plan.", "FRA", "DEU", "111"),
    ("Russian troops attacked Georgian positions near Gori.", "RUS", "GEO", "190"),
    ("The United States targeted Iran with new sanctions.", "USA", "IRN", "163"),
    ("Beijing shot down the Taiwanese proposal.", "CHN", "TWN", "120"),
    ("North Korea pulled out of the talks with South Korea.", "PRK", "KOR", "164"),
    ("Egypt played host to the Sudanese president.", "EGY", "SDN", "043"),
    ("Jordan suspended aid deliveries to Syria on Wednesday.", "JOR", "SYR", "1623"),
    ("Russian troops surrounded the Ukrainian base in Crimea.", "RUS", "UKR", "191"),
    ("Nigeria withdrew its peacekeeping force from Chad on Monday.", "NGA", "TCD", "1661"),
    ("Serbia lodged a formal protest with Albania on Tuesday.", "SRB", "ALB", "114"),
    ("Turkish hackers defaced hundreds of Greek websites on Sunday.", "TUR", "GRC", "171"),
    ("Canada renewed its sanctions against Zimbabwe on Friday.", "CAN", "ZWE", "163"),
    ("Palestinian teachers boycotted classes to protest against the Israeli occupation.",
     "PSE", "ISR", "143"),
]


@pytest.fixture(scope="module")
def coder():
    from dyadflow.resources import load_coder

    try:
        return load_coder()
    except DyadflowError as exc:
        pytest.skip(f"coder not available: {exc}")


def test_sentences_code_to_intended_roots(coder) -> None:
    """Most sentences code as intended. A statistical parser gets some short headline
    sentences wrong ("Canada imposed sanctions ..." with 'imposed' as a modifier), so
    the test asks for a large majority and names every miss."""
    misses = []
    for text, source, target, root in CASES:
        (doc,) = coder.code([TextInput("t", text)])
        found = {(e.source_iso3, e.target_iso3, e.event_root) for e in doc.events}
        if (source, target, root) not in found:
            misses.append(f"{text!r}: expected {source}->{target} {root}, got {found}")
    assert len(misses) <= 0.3 * len(CASES), "\n".join(misses)



def test_specific_patterns_give_their_codes(coder) -> None:
    """Object nouns and prepositions select the specific code (threat of sanctions 1312,
    not a generic threat; lifting a curfew 0813 ...); two parser slips are tolerated."""
    misses = []
    for text, source, target, code in CODE_CASES:
        (doc,) = coder.code([TextInput("t", text)])
        found = {(e.source_iso3, e.target_iso3, e.event_code) for e in doc.events}
        if (source, target, code) not in found:
            misses.append(f"{text!r}: expected {source}->{target} {code}, got {found}")
    assert len(misses) <= 2, "\n".join(misses)

@pytest.mark.parametrize("text", [
    "The stock market in Oslo rose sharply on Monday.",
    "Heavy rain flooded several villages in northern Peru.",
    "The Kenyan runner won the marathon in record time.",
    "Brazil beat Argentina in the final on Sunday.",
    "Landlocked Chad is surrounded by Libya, Sudan and Niger.",
])
def test_sentences_without_an_event_code_nothing(coder, text) -> None:
    (doc,) = coder.code([TextInput("t", text)])
    assert doc.events == (), f"{text!r}: got {doc.events}"
