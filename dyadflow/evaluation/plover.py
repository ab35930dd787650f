"""CAMEO code -> PLOVER category as used by the PLOVER GSR (PLOVER v0.5b1, 2016).

The mapping is read from the PLOVER project's CAMEO2PLOVER table (2021 draft, in the data
directory). That draft renamed and regrouped categories after the GSR was coded, so for
scoring against the GSR the categories are translated back by root, as the GSR records
show: appeals (02) and demands (10) are DEMAND, investigations (09) INVESTIGATE,
disapproval (11) DISAPPROVE, reductions of relations incl. sanctions (16) SANCTION,
coercion (17) COERCE, assault (18) ASSAULT, and conventional and mass military force
(19, 20) FIGHT; easing a curfew or a state of emergency (0813, 0814) CONCEDE, where the
draft notes it moved them. Root 01 (statements) has no category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dyadflow.errors import InputError

_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)")
_GSR_BY_ROOT = {"02": "DEMAND", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE",
                "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "FIGHT",
                "20": "FIGHT"}
# Easing a curfew (0813) or a state of emergency (0814) moved from CONCEDE to RETREAT in the
# 2021 draft (its note of 17 September 2021: "'ease' is no longer a mode"); the GSR, coded
# in 2016, has them under CONCEDE with the rest of 081 (ease administrative sanctions).
_GSR_BY_CODE = {"0813": "CONCEDE", "0814": "CONCEDE"}


@dataclass(frozen=True)
class PloverMap:
    by_code: dict[str, str]

    @classmethod
    def from_file(cls, path: Path) -> PloverMap:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"cannot read CAMEO-to-PLOVER table: {exc}", file=str(path)) from exc
        by_code: dict[str, str] = {}
        for line in lines:
            match = _LINE.match(line)
            if match:
                # the first line for a code wins (08 is listed as CONCEDE, then RETREAT)
                by_code.setdefault(match.group(1), match.group(2))
        if len(by_code) < 20:
            raise InputError("no 'CODE: CATEGORY' lines found", file=str(path))
        return cls(by_code)

    def gsr_category(self, cameo_code: str) -> str | None:
        """The GSR-era PLOVER category of a CAMEO code, None for statements (01)."""
        root = cameo_code[:2]
        if root == "01":
            return None
        if root in _GSR_BY_ROOT:
            return _GSR_BY_ROOT[root]
        if cameo_code in _GSR_BY_CODE:
            return _GSR_BY_CODE[cameo_code]
        for prefix in (cameo_code, cameo_code[:3], root):
            if prefix in self.by_code:
                return self.by_code[prefix]
        return None
