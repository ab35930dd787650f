"""tools/train_pipeline.py turns CoNLL-U into training docs whose words spell the raw text."""

from __future__ import annotations

import pytest

# Written for this test (not treebank text): a multiword token, an empty node, SpaceAfter=No.
CONLLU = """\
# newdoc id = doc-a
# sent_id = doc-a-1
# text = Rebels didn't leave.
1\tRebels\trebel\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t4:nsubj\t_
2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdid\tdo\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t4\taux\t4:aux\t_
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t4:advmod\t_
4\tleave\tleave\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No
4.1\tleft\tleave\tVERB\tVBD\t_\t_\t_\t4:conj\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

# sent_id = doc-a-2
# text = Troops stayed.
1\tTroops\ttroop\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t2:nsubj\t_
2\tstayed\tstay\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t0:root\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_

# newdoc id = doc-b
# sent_id = doc-b-1
# text = Talks began
1\tTalks\ttalk\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t2:nsubj\t_
2\tbegan\tbegin\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t0:root\t_
"""


@pytest.fixture()
def conllu(tmp_path):
    path = tmp_path / "sample.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return path


def test_multiword_tokens_keep_their_words_and_the_raw_text(trainer, conllu):
    sentences = list(trainer.read_conllu(conllu))
    assert [len(s.words) for s in sentences] == [5, 3, 2]
    first = sentences[0].words
    assert [w.form for w in first] == ["Rebels", "did", "n't", "leave", "."]
    assert [w.space_after for w in first] == [True, False, True, False, True]
    assert first[2].lemma == "not" and first[2].head == 4


def test_docs_group_sentences_by_document(trainer, conllu):
    import spacy

    vocab = spacy.blank("en").vocab
    groups = list(trainer.group_sentences(trainer.read_conllu(conllu), size=10))
    assert [len(g) for g in groups] == [2, 1]
    doc = trainer.sentences_to_doc(vocab, groups[0])
    assert doc.text == "Rebels didn't leave. Troops stayed."
    assert [s.text for s in doc.sents] == ["Rebels didn't leave.", "Troops stayed."]
    leave, troops = doc[3], doc[5]
    assert leave.dep_ == "ROOT" and doc[0].head == leave and doc[0].dep_ == "nsubj"
    assert troops.head == doc[6] and doc[6].dep_ == "ROOT"
    assert [t.tag_ for t in doc[:3]] == ["NNS", "VBD", "RB"]
    assert doc[2].pos_ == "PART" and str(doc[2].morph) == "Polarity=Neg"
    assert doc[1].lemma_ == "do"
    # the spaCy tokenizer splits the raw text into exactly the treebank's words
    assert [t.text for t in spacy.blank("en")(doc.text)] == [t.text for t in doc]


def test_malformed_line_names_file_and_line(trainer, tmp_path):
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tRebels\trebel\tNOUN\n", encoding="utf-8")
    with pytest.raises(trainer.ConlluError, match=r"bad\.conllu:1"):
        list(trainer.read_conllu(bad))
