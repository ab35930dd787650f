"""Generate seeds/cameo_codes.csv: every CAMEO 1.1b3 event code with Goldstein, PLOVER, ACLED.

Sources (see seeds/README.md for licences and commits):
- names, hierarchy and ICEWS Goldstein values: cameo-codebook/cameo-codes_icews-r-package.csv
  (andybega/icews, MIT; text of the CAMEO 1.1b3 manual, Schrodt et al.)
- GDELT Goldstein values (our default): cameo-codebook/GDELT_CAMEO.goldsteinscale.txt
- PLOVER event type, mode and context: plover-gsr/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0)
- Phoenix Goldstein values where they differ from GDELT's: PHOENIX_DIFFERENCES below
- the ACLED mapping and the descriptions are ours (below).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from seeds_common import fmt_number, write_csv

COLUMNS = (
    "code", "name", "description", "level", "parent", "root", "goldstein", "goldstein_source",
    "goldstein_icews", "goldstein_phoenix", "plover_type", "plover_mode", "plover_context",
    "acled_event_type", "acled_sub_event_type", "notes",
)

# One sentence per root, in our own words; a code's description is its root's gloss plus
# what narrows it down (its name), so every row explains where it sits in the hierarchy.
ROOT_GLOSS = {
    "01": "Public statements and comments that carry no appeal, promise, demand or threat.",
    "02": "Asking another actor to do something cooperative, made as a request rather than a demand.",
    "03": "Declaring a willingness or plan to cooperate, without yet acting on it.",
    "04": "Talks, visits, meetings and mediation: consultation between actors.",
    "05": "Diplomatic cooperation in words and formal acts: praise, support, recognition, apology, agreements.",
    "06": "Cooperation in deeds: economic, military, judicial or intelligence collaboration.",
    "07": "Giving aid: money, military help, humanitarian relief, protection or asylum.",
    "08": "Giving in: easing restrictions, releasing people, allowing access, stepping back militarily.",
    "09": "Looking into something: inquiries, probes and investigations of wrongdoing.",
    "10": "Demanding that another actor act; firmer than an appeal, short of a threat.",
    "11": "Criticising, accusing, blaming or suing: verbal disapproval.",
    "12": "Turning down a proposal, request or demand, or refusing to yield.",
    "13": "Threatening sanctions, force or other harm if the target does not comply.",
    "14": "Civilian political dissent: demonstrations, hunger strikes, strikes, blockades, riots.",
    "15": "Showing military or police strength without using it: alerts, mobilisation, exercises.",
    "16": "Cutting back relations: breaking ties, sanctions, halting talks, expelling or withdrawing.",
    "17": "Coercion short of combat: seizing property, arrests, deportations, repression.",
    "18": "Violence outside conventional warfare: abductions, beatings, bombings, assassinations.",
    "19": "Conventional military force: fighting, blockades, occupation, shelling, air strikes.",
    "20": "Unconventional mass violence: mass killings, expulsions, ethnic cleansing, weapons of mass destruction.",
}

# The Goldstein values of the Phoenix dataset (openeventdata/phoenix_pipeline, postprocess.py,
# MIT, (c) 2014 Open Event Data Alliance; taken there from Parus Analytics' CAMEO.SCALE.txt)
# for the codes where they differ from GDELT's table; every other code has GDELT's value.
PHOENIX_DIFFERENCES = {
    "016": 3.4, "022": 3.4, "124": -5.0, "1246": -5.0, "163": -6.5, "165": -7.0, "166": -8.0,
}

# ACLED (Armed Conflict Location & Event Data) event type / sub-event type, by CAMEO code or
# prefix; the most specific key wins. CAMEO codes not listed have no sensible ACLED
# counterpart (most verbal events, sanctions, investigations) and stay empty on purpose.
ACLED = {
    "057": ("Strategic developments", "Agreement"),
    "0871": ("Strategic developments", "Agreement"),
    "0873": ("Strategic developments", "Change to group/activity"),
    "0874": ("Strategic developments", "Non-violent transfer of territory"),
    "14": ("Protests", "Peaceful protest"),
    "145": ("Riots", "Violent demonstration"),
    "171": ("Strategic developments", "Looting/property destruction"),
    "173": ("Strategic developments", "Arrests"),
    "175": ("Protests", "Excessive force against protesters"),
    "18": ("Violence against civilians", "Attack"),
    "181": ("Violence against civilians", "Abduction/forced disappearance"),
    "1821": ("Violence against civilians", "Sexual violence"),
    "183": ("Explosions/Remote violence", ""),
    "1831": ("Explosions/Remote violence", "Suicide bomb"),
    "1832": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "1833": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "184": ("Violence against civilians", "Attack"),
    "19": ("Battles", "Armed clash"),
    "191": ("", ""),  # a blockade is not a battle event in ACLED
    "192": ("Battles", ""),  # which territory sub-type depends on who takes it
    "194": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "195": ("Explosions/Remote violence", "Air/drone strike"),
    "202": ("Violence against civilians", "Attack"),
    "203": ("Violence against civilians", "Attack"),
    "2041": ("Explosions/Remote violence", "Chemical weapon"),
}


def _acled(code: str) -> tuple[str, str]:
    for length in range(len(code), 1, -1):
        if code[:length] in ACLED:
            return ACLED[code[:length]]
    return ("", "")


def read_icews_table(shared: Path) -> list[dict[str, str]]:
    path = shared / "cameo-codebook" / "cameo-codes_icews-r-package.csv"
    # the file mixes Windows-1252 bytes into the text; we only use codes, names and numbers
    with path.open(encoding="cp1252", errors="replace", newline="") as handle:
        return list(csv.DictReader(handle))


def read_gdelt_goldstein(shared: Path) -> dict[str, float]:
    path = shared / "cameo-codebook" / "GDELT_CAMEO.goldsteinscale.txt"
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].isdigit():
            values[parts[0]] = float(parts[1])
    return values


_PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")


def read_plover(shared: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER event, mode, context); root lines give the root's event."""
    mapping: dict[str, tuple[str, str, str]] = {}
    text = (shared / "plover-gsr" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        match = _PLOVER_LINE.match(line.strip())
        if not match:
            continue
        code, event, mode, context = match.groups()
        mode = (mode or "").strip()
        context = re.sub(r"\s*;\s*", ";", (context or "").strip())
        mapping.setdefault(code, (event, mode, context))
    return mapping


# The 2021 table lists roots 03-20 only. PLOVER folds CAMEO's appeals (02) into REQUEST
# together with demands (10), so 02 follows 10; plain statements (01) have no PLOVER type.
PLOVER_GAPS = {"02": ("REQUEST", "", "")}


def _plover_for(code: str, plover: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    if code[:2] in PLOVER_GAPS:
        return PLOVER_GAPS[code[:2]]
    # codes absent from the 2021 table inherit from their nearest listed ancestor
    for length in range(len(code), 1, -1):
        if code[:length] in plover:
            event, mode, context = plover[code[:length]]
            return (event, mode, context) if length == len(code) else (event, "", "")
    return ("", "", "")


def _name(raw: str) -> str:
    raw = " ".join(raw.split())
    # root names are upper case in the manual; sentence case reads better in output
    return raw[:1] + raw[1:].lower() if raw.isupper() else raw


def _description(code: str, name: str, parent_name: str | None) -> str:
    gloss = ROOT_GLOSS[code[:2]]
    if len(code) == 2:
        return gloss
    where = f" Narrower form of '{parent_name}'." if len(code) == 4 and parent_name else ""
    return f"{name}.{where} Root {code[:2]}: {gloss}"


def build_rows(shared: Path) -> list[dict[str, str]]:
    icews = read_icews_table(shared)
    gdelt = read_gdelt_goldstein(shared)
    plover = read_plover(shared)
    names = {r["code"]: _name(r["name"]) for r in icews}
    rows = []
    for record in sorted(icews, key=lambda r: int(r["order"])):
        code = record["code"].strip()
        if not re.fullmatch(r"\d{2,4}", code):
            raise ValueError(f"cameo-codes csv: bad code {code!r}")
        level = {2: 1, 3: 2, 4: 3}[len(code)]
        parent = "" if level == 1 else (code[:2] if level == 2 else code[:3])
        icews_value = float(record["goldstein"])
        gdelt_value = gdelt.get(code)
        phoenix_value = PHOENIX_DIFFERENCES.get(code)
        notes = []
        if gdelt_value is None:
            goldstein, source = icews_value, "icews"
            notes.append("not in GDELT's Goldstein table; ICEWS value used")
        else:
            goldstein, source = gdelt_value, "gdelt"
        # the other tables' values are kept only where they disagree with the default
        icews_kept = icews_value if gdelt_value is None or icews_value != gdelt_value else None
        if icews_kept is not None or phoenix_value is not None:
            others = [f"ICEWS {fmt_number(icews_kept)}"] if icews_kept is not None else []
            others += [f"Phoenix {fmt_number(phoenix_value)}"] if phoenix_value is not None else []
            if gdelt_value is not None:
                notes.append(
                    f"Goldstein disagreement: GDELT {fmt_number(gdelt_value)}, {', '.join(others)}"
                )
        event, mode, context = _plover_for(code, plover)
        acled_type, acled_sub = _acled(code)
        name = names[code]
        rows.append({
            "code": code,
            "name": name,
            "description": _description(code, name, names.get(parent)),
            "level": str(level),
            "parent": parent,
            "root": code[:2],
            "goldstein": fmt_number(goldstein),
            "goldstein_source": source,
            "goldstein_icews": fmt_number(icews_kept),
            "goldstein_phoenix": fmt_number(phoenix_value),
            "plover_type": event,
            "plover_mode": mode,
            "plover_context": context,
            "acled_event_type": acled_type,
            "acled_sub_event_type": acled_sub,
            "notes": "; ".join(notes),
        })
    return rows


def generate(shared: Path) -> dict[str, int]:
    return {"cameo_codes": write_csv("cameo_codes", COLUMNS, build_rows(shared))}
