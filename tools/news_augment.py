"""News-style copies of treebank sentences, for training the parser on the shapes of news.

UD English EWT is web text (blogs, reviews, e-mail, answers). News sentences have shapes it
rarely shows, and the parser trained on it misreads them: an attribution after the
statement ("Zambia extradited X to Britain, officials said" parsed with "extradited" as a
modifier of "Zambia"), a time phrase between subject and verb ("Germany on Monday lifted
..."), a country or organisation as the subject of a past-tense verb. These functions make
copies of treebank sentences with such shapes, with their trees rewritten by the UD
conventions EWT itself follows:

- `attribute`: "<statement> , officials said ." -- the reporting verb is the root and the
  statement its ccomp, as EWT annotates "..., diplomatic sources said."
- `cite`: "<statement> , according to state media ." -- an obl of the statement's verb
  ('according' case, 'to' fixed).
- `time_after_subject`: "<subject> on Monday <verb> ..." -- an obl of the verb.
- `name_subject`: a sentence-initial subject pronoun of a past-tense verb replaced by a named
  actor ("He sold ..." -> "Zambia sold ...").

The phrases come from tools/news_phrases.conllu (written for dyadflow, not treebank text).
The original sentences stay in the training data; the copies are added to them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

PHRASES = Path(__file__).resolve().parent / "news_phrases.conllu"
PHRASE_KINDS = ("speaker", "source", "time", "actor")
QUOTES = frozenset({'"', "``", "''", "\u201c", "\u201d", "'"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


class WordLike(Protocol):
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool


class SentenceLike(Protocol):
    doc_id: str
    words: tuple


@dataclass(eq=False)
class _Node:
    """A word whose head is another node (None for the root): trees are rewired by
    reference, then numbered again."""

    word: WordLike
    head: _Node | None
    deprel: str


def _nodes(words: Sequence[WordLike]) -> list[_Node]:
    nodes = [_Node(w, None, w.deprel) for w in words]
    for node, word in zip(nodes, words):
        node.head = None if word.head == 0 else nodes[word.head - 1]
    return nodes


def _words(nodes: Sequence[_Node]) -> tuple:
    """Number the nodes again; the word before a comma or a full stop takes no space."""
    index = {id(node): i + 1 for i, node in enumerate(nodes)}
    out = []
    for i, node in enumerate(nodes):
        following = nodes[i + 1].word.form if i + 1 < len(nodes) else None
        space = node.word.space_after if following not in (",", ".") else False
        out.append(replace(
            node.word,
            head=0 if node.head is None else index[id(node.head)],
            deprel="root" if node.head is None else node.deprel,
            space_after=space if following is not None else False,
        ))
    return tuple(out)


def _root(nodes: Sequence[_Node]) -> _Node:
    return next(node for node in nodes if node.head is None)


def _children(nodes: Sequence[_Node], parent: _Node) -> list[_Node]:
    return [node for node in nodes if node.head is parent]


def _subtree(nodes: Sequence[_Node], top: _Node) -> list[int]:
    """Positions of `top` and everything under it."""
    inside = []
    for i, node in enumerate(nodes):
        walker: _Node | None = node
        while walker is not None and walker is not top:
            walker = walker.head
        if walker is top:
            inside.append(i)
    return inside


def statement(sentence: SentenceLike) -> bool:
    """A plain declarative sentence: one finite verb as its root with a subject, a final
    full stop on that verb, no quotation marks and no question."""
    words = sentence.words
    if not 4 <= len(words) <= 40 or any(w.form in QUOTES or w.form == "?" for w in words):
        return False
    roots = [w for w in words if w.head == 0]
    if len(roots) != 1 or roots[0].upos != "VERB":
        return False
    root_id = words.index(roots[0]) + 1
    last = words[-1]
    if last.form != "." or last.head != root_id:
        return False
    deps = {w.deprel for w in words if w.head == root_id}
    finite = "VerbForm=Fin" in roots[0].feats or "aux" in deps
    return finite and bool(deps & SUBJECTS)


def _phrase(words: Sequence[WordLike]) -> tuple[list[_Node], _Node]:
    nodes = _nodes(words)
    return nodes, _root(nodes)


def attribute(sentence: SentenceLike, speaker: Sequence[WordLike], comma: WordLike):
    """'<statement>, <speaker> said.': the reporting verb becomes the root."""
    nodes = _nodes(sentence.words)
    root, stop = _root(nodes), nodes[-1]
    said_nodes, said = _phrase(speaker)
    comma_node = _Node(comma, root, "punct")
    root.head, root.deprel = said, "ccomp"
    stop.head = said
    return replace(sentence, words=_words([*nodes[:-1], comma_node, *said_nodes, stop]))


def cite(sentence: SentenceLike, source: Sequence[WordLike], comma: WordLike):
    """'<statement>, according to <source>.': an oblique of the statement's verb."""
    nodes = _nodes(sentence.words)
    root, stop = _root(nodes), nodes[-1]
    source_nodes, head = _phrase(source)
    head.head = root  # keeps the phrase's own deprel (obl)
    comma_node = _Node(comma, head, "punct")
    return replace(sentence, words=_words([*nodes[:-1], comma_node, *source_nodes, stop]))


def time_after_subject(sentence: SentenceLike, time: Sequence[WordLike]):
    """'<subject> on Monday <verb> ...' where the subject opens the sentence and the verb
    (or its auxiliary) follows it directly; None when the sentence has no such shape."""
    nodes = _nodes(sentence.words)
    root = _root(nodes)
    subject = next((c for c in _children(nodes, root) if c.deprel in SUBJECTS), None)
    if subject is None:
        return None
    span = _subtree(nodes, subject)
    end = span[-1] + 1
    if span != list(range(end)) or end >= len(nodes):
        return None
    after = nodes[end]
    if after is not root and not (after.head is root and after.deprel.startswith("aux")):
        return None
    time_nodes, head = _phrase(time)
    head.head = root
    return replace(sentence, words=_words([*nodes[:end], *time_nodes, *nodes[end:]]))


def name_subject(sentence: SentenceLike, actor: Sequence[WordLike]):
    """'He sold ...' -> 'Zambia sold ...': a sentence-initial subject pronoun of a
    past-tense (or modal) verb replaced by a named actor; None when there is none."""
    nodes = _nodes(sentence.words)
    root = _root(nodes)
    first = nodes[0]
    if first.head is not root or first.deprel not in SUBJECTS:
        return None
    if first.word.form.lower() not in SUBJECT_PRONOUNS:
        return None
    modal = any(c.word.xpos == "MD" for c in _children(nodes, root))
    if root.word.xpos != "VBD" and not modal:
        return None
    if any(n.head is first for n in nodes):
        return None
    actor_nodes, head = _phrase(actor)
    head.head, head.deprel = root, first.deprel
    return replace(sentence, words=_words([*actor_nodes, *nodes[1:]]))


def read_phrases(read_conllu: Callable[[Path], Iterable[SentenceLike]],
                 path: Path = PHRASES) -> dict[str, list[tuple]]:
    """Phrases by kind, read with the training script's CoNLL-U reader."""
    phrases: dict[str, list[tuple]] = {kind: [] for kind in PHRASE_KINDS}
    for block in read_conllu(path):
        if block.doc_id not in phrases:
            raise ValueError(f"{path}: unknown phrase kind {block.doc_id!r}")
        phrases[block.doc_id].append(block.words)
    empty = [kind for kind, items in phrases.items() if not items]
    if empty:
        raise ValueError(f"{path}: no phrases of kind {', '.join(empty)}")
    return phrases


def augment(sentences: Iterable[SentenceLike], phrases: dict[str, list[tuple]],
            comma: WordLike, rate: float, seed: int = 0) -> Iterator[SentenceLike]:
    """News-style copies of about `rate` of the statements among `sentences`: each copy
    gets a named subject, a time phrase and an attribution or citation where its shape
    allows, each with probability one half (at least one change per copy)."""
    rng = random.Random(seed)
    for sentence in sentences:
        if not statement(sentence) or rng.random() >= rate:
            continue
        copy, changed = sentence, False
        if rng.random() < 0.5:
            named = name_subject(copy, rng.choice(phrases["actor"]))
            copy, changed = (named, True) if named is not None else (copy, changed)
        if rng.random() < 0.5:
            timed = time_after_subject(copy, rng.choice(phrases["time"]))
            copy, changed = (timed, True) if timed is not None else (copy, changed)
        if rng.random() < 0.5 or not changed:
            if rng.random() < 0.75:
                copy = attribute(copy, rng.choice(phrases["speaker"]), comma)
            else:
                copy = cite(copy, rng.choice(phrases["source"]), comma)
        yield replace(copy, doc_id=f"news-{sentence.doc_id}")
