"""Dictionary phrase matching over a light tokenisation: the shared engine of the normalisers.

Text is split into word tokens with character offsets; each token has a folded key
(case and accents removed, curly apostrophes straightened). Phrases are
indexed by their key tuples, so a scan costs one dict lookup per token and candidate length.
Case is checked afterwards on the surface text, per phrase: `any`, `exact` ("US" but not
"us") or, for `common_word`/`given_name` phrases, capitalised words only; exact phrases
that are also ordinary words (`ordinary_word`: "Amnesty") not as a sentence's first word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

_TOKEN = re.compile(
    r"(?:[^\W_]\.){2,}"  # dotted abbreviations: U.S., U.K., D.C.
    r"|\b(?:St|Ste|Mt|Ft)\.(?=\s)"  # St. Lucia, Mt. Kenya: the dot belongs to the word
    r"|['’]s\b"  # possessive, a token of its own: Japan 's
    r"|[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*"  # words, with inner apostrophes: d'Ivoire, Sana'a
    r"|[^\w\s\-‐]"  # any other symbol, one token each; hyphens are no tokens, so
    # "Guinea-Bissau" = "Guinea Bissau" and "Self-Defense" = "Self Defense"
)
# Abbreviations that name places in two spellings: "St. Petersburg", "Saint Petersburg".
_EXPANSIONS = {"st.": "saint", "st": "saint", "ste.": "sainte", "ste": "sainte",
               "mt.": "mount", "mt": "mount", "ft.": "fort", "ft": "fort"}
# Function words that start sentences: capitalised there, but not part of a name.
_FUNCTION_WORDS = frozenset(
    "in on at from to for with by of the a an and but or as after before during since while "
    "when where if unlike like meanwhile also then both neither either across near inside "
    "outside between against toward towards via per".split()
)
_ARTICLES = frozenset({"the", "a", "an"})
_SENTENCE_START = frozenset({".", "!", "?", '"', "“", "(", ":", ";", "—", "-", "'", "‘"})


class Token(NamedTuple):
    # a NamedTuple, not a frozen dataclass: tens of these are built per sentence
    text: str
    key: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive key of a token: 'Türkiye' -> 'turkiye', 'U.S.' -> 'u.s.'."""
    text = text.replace("’", "'")
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    # dots stay: "U.S." and "US" are different keys, so "us" never matches "U.S."
    return text.casefold()


_new_tuple = tuple.__new__  # builds a Token without the Python-level NamedTuple __new__


def tokenize(text: str) -> list[Token]:
    tokens = []
    append = tokens.append
    for m in _TOKEN.finditer(text):
        surface = m.group()
        key = surface.lower() if surface.isascii() else fold(surface)
        key = _EXPANSIONS.get(key, key)
        append(_new_tuple(Token, (surface, key, *m.span())))
    return tokens


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Phrase(Generic[T]):
    surface: str  # as written in the dictionary
    case: str  # "any" or "exact"
    ambiguity: str  # "", "common_word" or "given_name"
    value: T


class Match(NamedTuple, Generic[T]):
    first: int  # token indexes, end exclusive
    last: int
    start: int  # character offsets
    end: int
    phrase: Phrase[T]


class PhraseMatcher(Generic[T]):
    """Longest-first, non-overlapping dictionary matches; the first phrase added for a key wins
    among phrases whose case rules both accept the text."""

    def __init__(self, phrases: Iterable[Phrase[T]], *, neighbours_ok: frozenset[str] = frozenset()):
        self._index: dict[tuple[str, ...], list[Phrase[T]]] = {}
        self._lengths: dict[str, list[int]] = {}
        for phrase in phrases:
            key = phrase_key(phrase.surface)
            if not key:
                continue
            self._index.setdefault(key, []).append(phrase)
            lengths = self._lengths.setdefault(key[0], [])
            if len(key) not in lengths:
                lengths.append(len(key))
                lengths.sort(reverse=True)
        # capitalised words that may stand next to a given-name-like alias ("Jordan's King")
        self._neighbours_ok = neighbours_ok

    def __len__(self) -> int:
        return len(self._index)

    def phrases(self) -> list[Phrase[T]]:
        """Every phrase, in the order added (first added wins among equals)."""
        return [p for group in self._index.values() for p in group]

    def candidates(self, key: tuple[str, ...]) -> Sequence[Phrase[T]]:
        return self._index.get(key, ())

    def lookup(self, text: str) -> Phrase[T] | None:
        """The phrase that the whole of `text` is, honouring exact-case phrases only."""
        tokens = tokenize(text)
        for phrase in self._index.get(tuple(t.key for t in tokens), ()):
            if phrase.case != "exact" or _same_surface(text, phrase.surface):
                return phrase
        return None

    def scan(
        self,
        text: str,
        tokens: Sequence[Token] | None = None,
        accept: Callable[[Match[T], Sequence[Token]], bool] | None = None,
        *,
        relaxed: bool = False,
    ) -> list[Match[T]]:
        """All matches; `relaxed` drops the capitalisation and neighbour checks of ambiguous
        phrases (for text already known to name an actor), never the exact-case rule."""
        tokens = tokenize(text) if tokens is None else tokens
        keys = [t.key for t in tokens]
        found: list[Match[T]] = []
        i, n = 0, len(tokens)
        lengths_of = self._lengths
        while i < n:
            if keys[i] not in lengths_of:  # most tokens start no phrase: one dict probe
                i += 1
                continue
            match = self._match_at(text, tokens, keys, i, accept, relaxed)
            if match is not None and keys[i] in _ARTICLES and match.last - i > 1:
                # "the West Bank": a phrase that starts after the article and reaches
                # further beats the article's phrase ("the West")
                longer = self._match_at(text, tokens, keys, i + 1, accept, relaxed) \
                    if keys[i + 1] in lengths_of else None
                if longer is not None and longer.last > match.last:
                    match = longer
            if match is None:
                i += 1
            else:
                found.append(match)
                i = match.last
        return found

    def _match_at(self, text, tokens, keys, i, accept, relaxed=False) -> Match[T] | None:
        for length in self._lengths.get(keys[i], ()):
            j = i + length
            if j > len(tokens):
                continue
            key = tuple(keys[i:j])
            for phrase in self._index.get(key, ()):
                match = Match(i, j, tokens[i].start, tokens[j - 1].end, phrase)
                if self._case_ok(text, tokens, match, relaxed) and (
                    accept is None or accept(match, tokens)
                ):
                    return match
        return None

    def _case_ok(self, text: str, tokens: Sequence[Token], match: Match[T], relaxed: bool) -> bool:
        phrase = match.phrase
        if phrase.case == "exact":
            if not _same_surface(text[match.start : match.end], phrase.surface):
                return False
            return phrase.ambiguity != "ordinary_word" or relaxed or not _at_sentence_start(tokens, match)
        if not phrase.ambiguity or relaxed:
            return True
        # everyday words ("turkey", "china", "chad") count only when capitalised like a name
        for token, alias_capital in zip(tokens[match.first : match.last], _capitals(phrase.surface)):
            if alias_capital and not token.text[:1].isupper():
                return False
        if phrase.ambiguity == "given_name":
            return not self._next_to_a_name(tokens, match)
        return True

    def _next_to_a_name(self, tokens: Sequence[Token], match: Match[T]) -> bool:
        """'Michael Jordan', 'Chad Smith', 'Georgia Tech': a capitalised neighbour that is
        not a title or sector word makes the alias part of another name."""
        if match.first > 0:
            before = tokens[match.first - 1]
            sentence_start = match.first == 1 or tokens[match.first - 2].text in _SENTENCE_START
            if (
                before.text[:1].isupper()
                and before.text.isalpha()
                and before.key not in self._neighbours_ok
                and not (sentence_start and before.key in _FUNCTION_WORDS)
            ):
                return True
        if match.last < len(tokens):
            after = tokens[match.last]
            if after.text[:1].isupper() and after.text.isalpha() and after.key not in self._neighbours_ok:
                return True
        return False


@lru_cache(maxsize=65536)
def _capitals(surface: str) -> tuple[bool, ...]:
    """Which tokens of a dictionary phrase are capitalised (asked on every candidate match
    of an ambiguous phrase, so computed once per phrase)."""
    return tuple(t.text[:1].isupper() for t in tokenize(surface))


def _at_sentence_start(tokens: Sequence[Token], match: Match) -> bool:
    return match.first == 0 or tokens[match.first - 1].text in _SENTENCE_START


def _same_surface(text: str, surface: str) -> bool:
    return " ".join(text.split()) == " ".join(surface.split())
