"""tools/news_augment.py: news-style copies of treebank sentences keep well-formed UD trees."""

from __future__ import annotations

import pytest

# Written for this test (not treebank text).
CONLLU = """\
# newdoc id = doc-a
1\tHe\the\tPRON\tPRP\tCase=Nom|Number=Sing|Person=3|PronType=Prs\t2\tnsubj\t_\t_
2\tsold\tsell\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_
4\tfarm\tfarm\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_
2\tcouncil\tcouncil\tNOUN\tNN\tNumber=Sing\t4\tnsubj\t_\t_
3\thas\thave\tAUX\tVBZ\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t_\t_
4\tclosed\tclose\tVERB\tVBN\tTense=Past|VerbForm=Part\t0\troot\t_\t_
5\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t6\tdet\t_\t_
6\troad\troad\tNOUN\tNN\tNumber=Sing\t4\tobj\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

1\tDid\tdo\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t3\taux\t_\t_
2\tthey\tthey\tPRON\tPRP\tCase=Nom|Number=Plur|Person=3|PronType=Prs\t3\tnsubj\t_\t_
3\tleave\tleave\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No
4\t?\t?\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""


@pytest.fixture
def augment(tools):
    return tools("news_augment")


@pytest.fixture
def phrases(trainer, augment):
    return augment.read_phrases(trainer.read_conllu)


@pytest.fixture()
def sentences(trainer, tmp_path):
    path = tmp_path / "sample.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return list(trainer.read_conllu(path))


def _text(sentence) -> str:
    return "".join(w.form + (" " if w.space_after else "") for w in sentence.words)


def _arcs(sentence) -> list[tuple[str, str, str]]:
    forms = [w.form for w in sentence.words]
    return [(w.form, w.deprel, "ROOT" if w.head == 0 else forms[w.head - 1])
            for w in sentence.words]


def _is_tree(sentence) -> bool:
    words = sentence.words
    if sum(w.head == 0 for w in words) != 1:
        return False
    for i in range(1, len(words) + 1):
        seen, node = set(), i
        while node != 0:
            if node in seen or not 0 <= words[node - 1].head <= len(words):
                return False
            seen.add(node)
            node = words[node - 1].head
    return True


def _phrase(phrases, kind, first_word):
    return next(p for p in phrases[kind] if p[0].form == first_word)


def test_phrase_file_has_every_kind_and_each_phrase_is_a_tree(phrases, augment):
    assert set(phrases) == set(augment.PHRASE_KINDS)
    for items in phrases.values():
        for words in items:
            assert sum(w.head == 0 for w in words) == 1


def test_statements_are_declarative_sentences_with_a_subject(sentences, augment):
    assert [augment.statement(s) for s in sentences] == [True, True, False]


def test_attribution_makes_the_reporting_verb_the_root(sentences, augment, trainer, phrases):
    comma = trainer.COMMA
    out = augment.attribute(sentences[0], _phrase(phrases, "speaker", "officials"), comma)
    assert _text(out) == "He sold the farm, officials said."
    arcs = _arcs(out)
    assert ("said", "root", "ROOT") in arcs
    assert ("sold", "ccomp", "said") in arcs
    assert ("officials", "nsubj", "said") in arcs
    assert (".", "punct", "said") in arcs and (",", "punct", "sold") in arcs
    assert _is_tree(out)


def test_citation_is_an_oblique_of_the_statement(sentences, augment, trainer, phrases):
    out = augment.cite(sentences[1], _phrase(phrases, "source", "according"), trainer.COMMA)
    assert _text(out).startswith("The council has closed the road, according to")
    arcs = _arcs(out)
    assert ("closed", "root", "ROOT") in arcs
    assert ("according", "case", out.words[-2].form) in arcs
    assert ("to", "fixed", "according") in arcs
    assert (out.words[-2].form, "obl", "closed") in arcs
    assert _is_tree(out)


def test_time_phrase_goes_between_subject_and_auxiliary(sentences, augment, phrases):
    out = augment.time_after_subject(sentences[1], _phrase(phrases, "time", "on"))
    day = out.words[3].form
    assert _text(out) == f"The council on {day} has closed the road."
    assert ("on", "case", day) in _arcs(out) and (day, "obl", "closed") in _arcs(out)
    assert _is_tree(out)


def test_named_subject_replaces_a_pronoun_of_a_past_tense_verb(sentences, augment, phrases):
    actor = _phrase(phrases, "actor", "Russian")
    out = augment.name_subject(sentences[0], actor)
    assert _text(out) == "Russian troops sold the farm."
    assert ("troops", "nsubj", "sold") in _arcs(out) and ("Russian", "amod", "troops") in _arcs(out)
    assert _is_tree(out)
    # a present-perfect verb with a noun subject has no pronoun to replace
    assert augment.name_subject(sentences[1], actor) is None


def test_augment_copies_only_statements_and_keeps_trees(sentences, augment, trainer, phrases):
    copies = list(augment.augment(sentences * 20, phrases, trainer.COMMA, rate=1.0, seed=3))
    assert len(copies) == 40  # the question is never copied
    assert all(_is_tree(c) and c.doc_id == "news-doc-a" for c in copies)
    assert all(_text(c) not in {_text(s) for s in sentences} for c in copies)
    # the same seed gives the same copies
    again = list(augment.augment(sentences * 20, phrases, trainer.COMMA, rate=1.0, seed=3))
    assert [_text(c) for c in copies] == [_text(c) for c in again]
