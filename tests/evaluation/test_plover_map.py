"""CAMEO -> PLOVER (GSR era) on a small table written in the CAMEO2PLOVER format."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadflow.errors import InputError
from dyadflow.evaluation.plover import PloverMap

TABLE = "\n".join(
    ["# comment line", "", "03: AGREE", "036: AGREE,  , diplomatic # intent to meet",
     "04: CONSULT", "042: CONSULT, visit, # Make a visit", "07: AID", "072: AID, , military",
     "08: CONCEDE", "080: CONCEDE, , # Yield", "08: RETREAT", "0841: RETREAT, release, legal",
     "0813: RETREAT, , legal # Ease curfew", "0814: RETREAT, , legal # Ease state of emergency",
     "10: REQUEST", "11: ACCUSE", "16: SANCTION", "163: COERCE, restrict, # embargo",
     "17: COERCE", "1712: ASSAULT, seize, # destroy property", "19: ASSAULT",
     "190: ASSAULT, , military", "09: ACCUSE", "090: ACCUSE, investigate,", "02: REQUEST",
     "05: SUPPORT", "06: COOPERATE", "12: REJECT", "13: THREATEN", "14: PROTEST",
     "15: MOBILIZE", "18: ASSAULT", "20: ASSAULT", "~~~~~"])


@pytest.fixture
def plover(tmp_path: Path) -> PloverMap:
    path = tmp_path / "CAMEO2PLOVER.txt"
    path.write_text(TABLE, encoding="utf-8")
    return PloverMap.from_file(path)


@pytest.mark.parametrize(("code", "category"), [
    ("036", "AGREE"), ("042", "CONSULT"), ("072", "AID"), ("0721", "AID"),
    ("080", "CONCEDE"), ("0841", "RETREAT"),  # 08 splits by code
    ("0813", "CONCEDE"), ("0814", "CONCEDE"),  # easing moved to RETREAT only in 2021
    ("020", "DEMAND"), ("1053", "DEMAND"), ("112", "DISAPPROVE"), ("090", "INVESTIGATE"),
    ("163", "SANCTION"), ("1712", "COERCE"), ("190", "FIGHT"), ("204", "FIGHT"),
    ("182", "ASSAULT"),
])
def test_gsr_categories(plover: PloverMap, code: str, category: str) -> None:
    assert plover.gsr_category(code) == category


def test_statements_have_no_category(plover: PloverMap) -> None:
    assert plover.gsr_category("010") is None


def test_a_file_without_mappings_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(InputError, match="CODE: CATEGORY"):
        PloverMap.from_file(path)
