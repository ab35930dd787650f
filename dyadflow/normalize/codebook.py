"""The CAMEO codebook: names, Goldstein values, quad classes, PLOVER and ACLED types per code.

Built from seeds/cameo_codes.csv and seeds/quad_classes.csv; quad-class schemes are data
(rows keyed by code prefix, longest prefix wins), so a new scheme needs no code change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dyadflow.normalize._tables import optional, optional_float, required, seed_error
from dyadflow.reference import Reference

DEFAULT_SCHEME = "gdelt"
_CODE = re.compile(r"\d{2,4}")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str  # always a string with leading zeros: "072"
    name: str
    root: str
    level: int  # 1 root, 2 three-digit, 3 four-digit
    parent: str | None
    goldstein: float  # GDELT's value (ICEWS where GDELT has none)
    quad_class: int  # GDELT scheme
    plover_type: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    description: str
    goldstein_icews: float | None
    goldstein_phoenix: float | None


@dataclass(frozen=True, repr=False)
class Codebook:
    codes: Mapping[str, CameoCode]
    # scheme -> code prefix -> quad class
    schemes: Mapping[str, Mapping[str, int]]

    def __repr__(self) -> str:  # the tables are large; a summary reads better
        return f"Codebook({len(self.codes)} codes, schemes {sorted(self.schemes)})"

    @classmethod
    def from_reference(cls, ref: Reference) -> Codebook:
        schemes = _read_schemes(ref)
        if DEFAULT_SCHEME not in schemes:
            raise seed_error("quad_classes", -1, f"no rows for the {DEFAULT_SCHEME!r} scheme")
        codes: dict[str, CameoCode] = {}
        for index, row in enumerate(ref.rows("cameo_codes")):
            code = required("cameo_codes", index, row, "code")
            if not _CODE.fullmatch(code):
                raise seed_error("cameo_codes", index, f"code {code!r} is not 2-4 digits")
            if code in codes:
                raise seed_error("cameo_codes", index, f"duplicate code {code!r}")
            goldstein = optional_float("cameo_codes", index, row, "goldstein")
            if goldstein is None or not -10 <= goldstein <= 10:
                raise seed_error("cameo_codes", index, f"goldstein of {code} not in -10..10")
            quad = _longest_prefix(schemes[DEFAULT_SCHEME], code)
            if quad is None:
                raise seed_error("quad_classes", -1, f"no gdelt quad class covers code {code}")
            codes[code] = CameoCode(
                code=code,
                name=required("cameo_codes", index, row, "name"),
                root=code[:2],
                level={2: 1, 3: 2, 4: 3}[len(code)],
                parent=optional(row, "parent"),
                goldstein=goldstein,
                quad_class=quad,
                plover_type=optional(row, "plover_type"),
                acled_event_type=optional(row, "acled_event_type"),
                acled_sub_event_type=optional(row, "acled_sub_event_type"),
                description=optional(row, "description") or "",
                goldstein_icews=optional_float("cameo_codes", index, row, "goldstein_icews"),
                goldstein_phoenix=optional_float("cameo_codes", index, row, "goldstein_phoenix"),
            )
        return cls(codes=MappingProxyType(codes), schemes=schemes)

    def get(self, code: object) -> CameoCode | None:
        """The entry for a CAMEO code string ("072"); None for anything unknown.

        Integers are refused on purpose: 10 could be "010" or "10".
        """
        if not isinstance(code, str):
            return None
        return self.codes.get(code.strip())

    def __contains__(self, code: object) -> bool:
        return self.get(code) is not None

    def __len__(self) -> int:
        return len(self.codes)

    def quad_class(self, code: str, scheme: str = DEFAULT_SCHEME) -> int | None:
        """Quad class of `code` under `scheme` (gdelt, phoenix, duval_thompson); None if unknown code."""
        try:
            prefixes = self.schemes[scheme]
        except KeyError:
            raise ValueError(
                f"unknown quad-class scheme {scheme!r}; known: {', '.join(sorted(self.schemes))}"
            ) from None
        entry = self.get(code)
        return None if entry is None else _longest_prefix(prefixes, entry.code)

    def children(self, code: str) -> tuple[CameoCode, ...]:
        return tuple(c for c in self.codes.values() if c.parent == code)


def _longest_prefix(prefixes: Mapping[str, int], code: str) -> int | None:
    for length in range(len(code), 1, -1):
        quad = prefixes.get(code[:length])
        if quad is not None:
            return quad
    return None


def _read_schemes(ref: Reference) -> Mapping[str, Mapping[str, int]]:
    schemes: dict[str, dict[str, int]] = {}
    for index, row in enumerate(ref.rows("quad_classes")):
        scheme = required("quad_classes", index, row, "scheme")
        prefix = required("quad_classes", index, row, "code_prefix")
        value = required("quad_classes", index, row, "quad_class")
        if not _CODE.fullmatch(prefix):
            raise seed_error("quad_classes", index, f"code_prefix {prefix!r} is not 2-4 digits")
        if value not in {"0", "1", "2", "3", "4"}:
            raise seed_error("quad_classes", index, f"quad_class {value!r} is not 0-4")
        by_prefix = schemes.setdefault(scheme, {})
        if prefix in by_prefix:
            raise seed_error("quad_classes", index, f"duplicate prefix {prefix} in {scheme}")
        by_prefix[prefix] = int(value)
    return MappingProxyType({k: MappingProxyType(v) for k, v in schemes.items()})
