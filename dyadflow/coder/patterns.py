"""Verb patterns (seeds/verb_patterns/NN.csv) as an index from trigger lemma to candidate rows.

The rows are data; this module only validates them, orders them by specificity and offers
the surface forms a sentence must contain before it is worth parsing. Object and modifier
lists may name a noun class ("@weapon") of seeds/noun_classes.csv, which stands for its lemmas.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dyadflow.errors import InputError
from dyadflow.reference import Reference

PATTERN_FOLDER = "verb_patterns"
NOUN_CLASS_TABLE = "noun_classes"  # seeds/noun_classes.csv: class,lemmas,description
TRIGGER_POS = ("VERB", "NOUN")
_DIRECTIONS = ("forward", "reverse", "mutual")

# Irregular English verb forms the pattern lemmas need; regular forms are generated.
_IRREGULAR: Mapping[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were", "been", "being", "am"),
    "bring": ("brought",), "build": ("built",), "buy": ("bought",), "catch": ("caught",),
    "come": ("came",), "cut": ("cut",), "deal": ("dealt",), "do": ("did", "done", "does"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "fall": ("fell", "fallen"),
    "fight": ("fought",), "find": ("found",), "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "get": ("got", "gotten"), "give": ("gave", "given"),
    "go": ("went", "gone", "goes"), "hang": ("hung",), "have": ("had", "has"),
    "hit": ("hit",), "hold": ("held",), "hurt": ("hurt",), "keep": ("kept",),
    "lay": ("laid",), "lead": ("led",), "leave": ("left",), "lend": ("lent",),
    "let": ("let",), "lose": ("lost",), "make": ("made",), "meet": ("met",),
    "overrun": ("overran",), "overtake": ("overtook", "overtaken"), "pay": ("paid",),
    "put": ("put",), "quit": ("quit",), "rebuild": ("rebuilt",), "ride": ("rode", "ridden"),
    "rise": ("rose", "risen"), "run": ("ran",), "say": ("said",), "see": ("saw", "seen"),
    "seek": ("sought",), "sell": ("sold",), "send": ("sent",), "set": ("set",),
    "shake": ("shook", "shaken"), "shoot": ("shot",), "shut": ("shut",),
    "slay": ("slew", "slain"), "speak": ("spoke", "spoken"), "spend": ("spent",),
    "split": ("split",), "spread": ("spread",), "stand": ("stood",), "steal": ("stole", "stolen"),
    "strike": ("struck", "stricken"), "swear": ("swore", "sworn"), "take": ("took", "taken"),
    "teach": ("taught",), "tell": ("told",), "think": ("thought",), "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"), "uphold": ("upheld",), "win": ("won",),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld",), "write": ("wrote", "written"),
    "beat": ("beaten",), "begin": ("began", "begun"), "bid": ("bid",), "bind": ("bound",),
    "break": ("broke", "broken"), "choose": ("chose", "chosen"), "forsake": ("forsook",),
    "mislead": ("misled",), "offset": ("offset",), "outbid": ("outbid",), "shed": ("shed",),
    "sink": ("sank", "sunk"), "slide": ("slid",), "spit": ("spat",), "sting": ("stung",),
    "stick": ("stuck",), "tear": ("tore", "torn"), "wake": ("woke", "woken"),
    "wage": ("waged",), "weave": ("wove", "woven"), "wind": ("wound",), "wring": ("wrung",),
}
_VOWELS = set("aeiou")
# CAMEO roots whose acts stand without a target ("resigned", "withdrew", "went on strike",
# "mobilised its reserves", "demanded immediate elections", "rejected the invitation"); an
# appeal, a criticism or an attack always has one, even when the coder cannot find it
UNTARGETED_ROOTS = frozenset({"08", "10", "12", "14", "15"})
# CAMEO codes of acts on the people of a territory: easing or imposing a curfew (0813, 1723)
# or a state of emergency or martial law (0814, 1724). Their target is the territory's
# country, even the actor's own (a domestic event).
TERRITORIAL_CODES = frozenset({"0813", "0814", "1723", "1724"})


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One row of the verb-pattern dictionary, validated."""

    pattern_id: str
    code: str
    trigger_pos: str
    lemma: str
    particle: str | None
    object_lemmas: frozenset[str]
    modifier_lemmas: frozenset[str]
    target_preps: tuple[str, ...]
    reverse: bool
    symmetric: bool
    table: str
    # the target acts back on the source ("held talks with X": both negotiate)
    mutual: bool = False

    @property
    def specificity(self) -> int:
        """Particle, object and modifier constraints each make a row more specific."""
        return (
            (self.particle is not None)
            + bool(self.object_lemmas)
            + bool(self.modifier_lemmas)
        )

    @property
    def may_lack_target(self) -> bool:
        """An act that is an event even without a target (see UNTARGETED_ROOTS)."""
        return self.code[:2] in UNTARGETED_ROOTS


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in (value or "").split("|") if part.strip())


def noun_classes_from_rows(rows: Iterable[Mapping[str, str]]) -> dict[str, frozenset[str]]:
    """Noun classes by name ("@weapon"): one row per class, its lemmas `|`-separated.

    A class lists lemmas only (no nested classes), so a row reads the same wherever it is used.
    """
    classes: dict[str, frozenset[str]] = {}
    for line, row in enumerate(rows, start=2):
        where = {"file": f"seeds/{NOUN_CLASS_TABLE}.csv", "line": line}
        name = (row.get("class") or "").strip().lower()
        lemmas = _split(row.get("lemmas"))
        if not name.startswith("@") or len(name) < 2:
            raise InputError(f"class {name!r} must be '@' and a name", **where)
        if name in classes:
            raise InputError(f"class {name!r} is defined twice", **where)
        if not lemmas:
            raise InputError(f"class {name!r} has no lemmas", **where)
        nested = [lemma for lemma in lemmas if lemma.startswith("@")]
        if nested:
            raise InputError(f"class {name!r} names another class {nested[0]!r} "
                             "(classes list lemmas only)", **where)
        classes[name] = frozenset(lemmas)
    return classes


def pattern_from_row(row: Mapping[str, str], *, table: str, line: int,
                     classes: Mapping[str, frozenset[str]] | None = None) -> VerbPattern:
    """Validate one CSV row; a bad row is an InputError naming the table and line.

    `classes` (from noun_classes_from_rows) expands "@name" entries of the lemma lists.
    """
    where = {"file": f"seeds/{table}.csv", "line": line}
    classes = classes or {}

    def field(name: str) -> str:
        return (row.get(name) or "").strip()

    def lemma_set(column: str) -> frozenset[str]:
        lemmas: set[str] = set()
        for part in _split(field(column)):
            if not part.startswith("@"):
                lemmas.add(part)
            elif part in classes:
                lemmas |= classes[part]
            else:
                raise InputError(f"{field('pattern_id')}: unknown noun class {part!r} in "
                                 f"{column} (not in seeds/{NOUN_CLASS_TABLE}.csv)", **where)
        return frozenset(lemmas)

    pattern_id = field("pattern_id")
    if not pattern_id:
        raise InputError("pattern_id is empty", **where)
    code = field("code")
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise InputError(f"{pattern_id}: code {code!r} is not a CAMEO code", **where)
    pos = field("trigger_pos").upper()
    if pos not in TRIGGER_POS:
        raise InputError(f"{pattern_id}: trigger_pos {pos!r} not in {TRIGGER_POS}", **where)
    lemma = field("lemma").lower()
    if not lemma or " " in lemma:
        raise InputError(f"{pattern_id}: lemma {lemma!r} must be one token", **where)
    direction = field("direction").lower() or "forward"
    if direction not in _DIRECTIONS:
        raise InputError(f"{pattern_id}: direction {direction!r} not in {_DIRECTIONS}", **where)
    symmetric = field("symmetric") or "0"
    if symmetric not in ("0", "1"):
        raise InputError(f"{pattern_id}: symmetric must be 0 or 1, not {symmetric!r}", **where)
    preps = _split(field("target_preps"))
    if direction == "reverse" and not preps:
        raise InputError(f"{pattern_id}: a reverse pattern needs target_preps", **where)
    return VerbPattern(
        pattern_id=pattern_id,
        code=code,
        trigger_pos=pos,
        lemma=lemma,
        particle=field("particle").lower() or None,
        object_lemmas=lemma_set("object_lemmas"),
        modifier_lemmas=lemma_set("modifier_lemmas"),
        target_preps=preps,
        reverse=direction == "reverse",
        symmetric=symmetric == "1",
        table=table,
        mutual=direction == "mutual",
    )


def verb_forms(lemma: str) -> set[str]:
    """Inflected forms of a verb lemma (regular rules plus the irregular table)."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        suffix_s = "es" if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else "s"
        forms |= {lemma + suffix_s, lemma + "ed", lemma + "ing"}
        # stop -> stopped; a final consonant after a single vowel may double
        if (
            len(lemma) >= 3
            and lemma[-1] not in _VOWELS | {"w", "x", "y"}
            and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def noun_forms(lemma: str) -> set[str]:
    forms = {lemma}
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.add(lemma[:-1] + "ies")
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(lemma + "es")
    else:
        forms.add(lemma + "s")
    return forms


class PatternIndex:
    """Patterns by (trigger_pos, lemma), most specific first, and their surface forms."""

    def __init__(self, patterns: Iterable[VerbPattern]):
        by_key: dict[tuple[str, str], list[VerbPattern]] = defaultdict(list)
        seen: dict[str, VerbPattern] = {}
        for pattern in patterns:
            if pattern.pattern_id in seen:
                raise InputError(
                    f"pattern_id {pattern.pattern_id!r} is used twice "
                    f"(also in seeds/{seen[pattern.pattern_id].table}.csv)",
                    file=f"seeds/{pattern.table}.csv",
                )
            seen[pattern.pattern_id] = pattern
            by_key[(pattern.trigger_pos, pattern.lemma)].append(pattern)
        # stable order: specificity, then rows with a prepositional target before bare ones,
        # then pattern id, so results never depend on file order
        self._by_key = {
            key: tuple(
                sorted(rows, key=lambda p: (-p.specificity, not p.target_preps, p.pattern_id))
            )
            for key, rows in by_key.items()
        }
        self._forms: dict[str, set[str]] = defaultdict(set)
        untargeted: set[str] = set()
        for (pos, lemma), rows in self._by_key.items():
            forms = verb_forms(lemma) if pos == "VERB" else noun_forms(lemma)
            for form in forms:
                self._forms[form].add(lemma)
            if any(p.may_lack_target for p in rows):
                untargeted.update(forms)
            for pattern in rows:
                if pattern.code in TERRITORIAL_CODES:
                    # "imposed a curfew in Mombasa": the territory names the other side
                    untargeted.update(f for theme in pattern.object_lemmas
                                      for f in noun_forms(theme))
        self._untargeted_forms = frozenset(untargeted)
        self._lemmas = frozenset(lemma for _, lemma in self._by_key)
        self.size = len(seen)

    @classmethod
    def from_reference(cls, reference: Reference) -> PatternIndex:
        prefix = PATTERN_FOLDER + "/"
        classes = noun_classes_from_rows(reference.tables.get(NOUN_CLASS_TABLE, ()))
        return cls(
            pattern_from_row(row, table=name, line=number, classes=classes)
            for name in sorted(reference.tables)
            if name.startswith(prefix)
            for number, row in enumerate(reference.tables[name], start=2)
        )

    def all(self) -> tuple[VerbPattern, ...]:
        return tuple(p for rows in self._by_key.values() for p in rows)

    def candidates(self, pos: str, lemma: str) -> tuple[VerbPattern, ...]:
        return self._by_key.get((pos, lemma), ())

    def lemmas_for_form(self, form: str) -> frozenset[str]:
        """Pattern lemmas a lowercase word form may inflect (used before parsing)."""
        return frozenset(self._forms.get(form, ()))

    def may_trigger(self, form: str, lemma: str) -> bool:
        """Whether a word (its lowercase form or lemma) can be a trigger of some pattern."""
        return form in self._forms or lemma.lower() in self._lemmas

    def has_trigger_form(self, words: Iterable[str]) -> bool:
        forms = self._forms
        return any(word in forms for word in words)

    def has_untargeted_trigger_form(self, words: Iterable[str]) -> bool:
        """Some word may inflect a verb whose act needs no target, or name the theme of an
        act on a territory (a curfew): one party suffices."""
        return not self._untargeted_forms.isdisjoint(words)
