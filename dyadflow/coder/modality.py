"""Modality: asserted, intended, threatened, hypothetical, conditional or negated events.

The CAMEO code an intent or threat becomes is data (seeds/modality_codes.csv, looked up by
the longest code prefix); the cue words below are English grammar, not reference data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dyadflow.errors import InputError
from dyadflow.reference import Reference

TABLE = "modality_codes"

INTENT = "intent"  # "agreed to supply", "plans to send": coded as CAMEO 03x/13x
THREAT = "threat"  # "threatened to impose": coded as CAMEO 13x
FUTURE = "future"  # "will send": an announced action, coded like an intent (03x/13x)
CONDITIONED = "conditioned"  # "will attack unless ...": 13x when hostile, else 03x
HYPOTHETICAL = "hypothetical"  # "could send", "asked X to send": not coded
CONDITIONAL = "conditional"  # "if it attacks": not coded
OBLIGATION = "obligation"  # "X said Y must withdraw": coded as X's demand (10x) of Y
REFUSAL = "refusal"  # "refused to lift the curfew", "said it would not send": CAMEO 12x/011
# when several cues apply, the first in this order decides
PRIORITY = (CONDITIONAL, HYPOTHETICAL, THREAT, CONDITIONED, REFUSAL, INTENT, FUTURE)

# Governing verbs whose complement is only intended: "agreed to supply", "plans to send".
INTENT_VERBS = frozenset({
    "agree", "plan", "intend", "promise", "pledge", "vow", "offer", "decide", "aim",
    "prepare", "commit", "resolve", "undertake", "want", "seek", "hope", "wish", "mean",
    "propose", "volunteer", "set",
    # and adjectives of readiness: "is willing to withdraw", "is ready to contribute troops"
    "willing", "ready", "prepared", "eager", "determined",
})
# Nouns whose infinitive complement is intended: "Japan's decision to send".
INTENT_NOUNS = frozenset({
    "decision", "plan", "agreement", "deal", "commitment", "pledge", "promise", "offer",
    "intention", "intent", "readiness", "willingness", "bid", "proposal", "move", "vow",
})
# Verbs that call off an intended act they take as a noun: "cancelled plans to sell",
# "shelved its decision to deploy", "withdrew the offer to mediate"
CALLING_OFF_VERBS = frozenset({
    "cancel", "scrap", "shelve", "drop", "abandon", "withdraw", "reject", "suspend", "postpone",
    "revoke", "rescind", "reverse", "freeze",
})
# Nouns whose 'for' gerund names an act only put forward: "a proposal for signing"
PROPOSAL_NOUNS = frozenset({
    "proposal", "plan", "call", "request", "demand", "appeal", "bid", "offer", "idea",
    "suggestion", "initiative",
})
THREAT_VERBS = frozenset({"threaten", "warn"})
# Governors that turn their complement down: "refused to lift", "declined to comment" (a
# refusal, CAMEO 12x/011, where modality_codes.csv has a refusal_code).
REFUSING_VERBS = frozenset({"refuse", "decline", "reject", "dismiss", "rebuff", "spurn"})
# Governors that deny their complement: "refused to send", "failed to approve".
NEGATING_VERBS = frozenset({
    "refuse", "decline", "deny", "fail", "reject", "avoid", "stop", "cease", "halt",
    "neglect", "forgo", "abandon", "dismiss", "rebuff", "spurn",
})
# Governors that leave their complement unrealised: "will consider sending".
HYPOTHETICAL_VERBS = frozenset({
    "consider", "allow", "enable", "permit", "authorize", "authorise", "expect", "may",
    "weigh", "mull", "contemplate", "discuss", "debate", "urge", "ask", "call", "demand",
    "request", "able", "likely", "possible", "unlikely", "need", "try", "attempt",
})
# Adjectives that leave the act a noun names unrealised: "a possible invasion".
HEDGING_ADJECTIVES = frozenset({
    "possible", "potential", "likely", "prospective", "hypothetical", "feared", "planned",
    "proposed", "future",
})
SPECULATIVE_AUX = frozenset({"may", "might", "could", "should", "would", "can", "must", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "lest", "whether"})
# Modals of obligation: "X said Y must withdraw" demands it of Y, "... should ..." appeals;
# "has to", "needs to" count as "must"
DEMAND_MODALS = frozenset({"must"})
APPEAL_MODALS = frozenset({"should", "ought"})
OBLIGATION_VERBS = frozenset({"have", "need"})
# Verbs of wishing: "X wants Y to <act>" is X's appeal to Y (02x)
WISH_VERBS = frozenset({"want", "wish", "like"})
# Verbs that state an obligation of another ("reiterated that Y must ...") besides reporting
STATING_VERBS = frozenset({"reiterate", "repeat", "conclude", "maintain", "demand", "urge"})
# Reporting verbs: their clausal complement is reported speech.
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "state", "claim", "add", "note", "announce", "confirm",
    "allege", "insist", "explain", "reveal", "write", "quote", "cite", "emphasize",
    "emphasise", "stress", "clarify", "indicate", "believe", "think", "argue", "suggest",
    "declare", "assert", "acknowledge", "admit", "warn", "according",
})


@dataclass(frozen=True, slots=True)
class ModalityCodes:
    """What an event code becomes when it is only intended or threatened."""

    intent: Mapping[str, str]
    threat: Mapping[str, str]
    demand: Mapping[str, str]  # "X said Y must <code>": X demands (10x) it of Y
    appeal: Mapping[str, str]  # "X said Y should <code>": X appeals (02x) to Y for it
    refusal: Mapping[str, str]  # "X refused to <code>": X rejects (12x) doing it

    @classmethod
    def from_reference(cls, reference: Reference) -> ModalityCodes:
        intent: dict[str, str] = {}
        threat: dict[str, str] = {}
        demand: dict[str, str] = {}
        appeal: dict[str, str] = {}
        refusal: dict[str, str] = {}
        for line, row in enumerate(reference.rows(TABLE), start=2):
            code = (row.get("code") or "").strip()
            if not code.isdigit():
                raise InputError(f"code {code!r} is not a CAMEO code", file=f"seeds/{TABLE}.csv",
                                 line=line)
            for column, target in (("intent_code", intent), ("threat_code", threat),
                                   ("demand_code", demand), ("appeal_code", appeal),
                                   ("refusal_code", refusal)):
                value = (row.get(column) or "").strip()
                if value and not value.isdigit():
                    raise InputError(f"{column} {value!r} is not a CAMEO code",
                                     file=f"seeds/{TABLE}.csv", line=line)
                if value:
                    target[code] = value
        return cls(intent=intent, threat=threat, demand=demand, appeal=appeal, refusal=refusal)

    @staticmethod
    def _lookup(table: Mapping[str, str], code: str) -> str | None:
        for length in range(len(code), 1, -1):
            mapped = table.get(code[:length])
            if mapped is not None:
                # a mapping onto the code's own prefix ("03" -> "03") keeps the code as coded
                return code if code.startswith(mapped) else mapped
        return None

    def intent_code(self, code: str) -> str | None:
        """CAMEO code of 'X intends to <code>': 03x for cooperation, 13x for conflict."""
        return self._lookup(self.intent, code)

    def threat_code(self, code: str) -> str | None:
        """CAMEO code of 'X threatens to <code>' (13x), None when CAMEO has none."""
        return self._lookup(self.threat, code)

    def obligation_code(self, code: str, modal: str) -> str | None:
        """CAMEO code of 'X says Y must <code>' (a demand, 10x) or 'X says Y should
        <code>' (an appeal, 02x)."""
        return _longest_prefix(self.demand if modal in DEMAND_MODALS else self.appeal, code)

    def refusal_code(self, code: str) -> str | None:
        """CAMEO code of 'X refused to <code>' (12x, 011), None when CAMEO has none."""
        return _longest_prefix(self.refusal, code)


def _longest_prefix(table: Mapping[str, str], code: str) -> str | None:
    return table.get(code[:4]) or table.get(code[:3]) or table.get(code[:2])
