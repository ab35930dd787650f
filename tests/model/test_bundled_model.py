"""The bundled English pipeline (dyadflow/models/en_dyadflow) loads by path and parses."""

from __future__ import annotations

import json
from functools import cache

import pytest

from dyadflow.paths import models_dir

MODEL = models_dir() / "en_dyadflow"
COMPONENTS = ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"]


@cache
def _nlp():
    import spacy

    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def nlp():
    return _nlp()


def _token(doc, text):
    matches = [t for t in doc if t.text == text]
    assert len(matches) == 1, f"expected one {text!r} in {[t.text for t in doc]}"
    return matches[0]


def test_model_directory_is_self_contained():
    assert (MODEL / "config.cfg").is_file()
    assert (MODEL / "meta.json").is_file()
    assert (MODEL / "LICENSE").is_file()
    assert "CC BY-SA 4.0" in (MODEL / "LICENSE").read_text(encoding="utf-8")
    assert "Silveira" in (MODEL / "ATTRIBUTION").read_text(encoding="utf-8")
    for component in COMPONENTS:
        assert (MODEL / component / "model").is_file(), component
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size < 16 * 1024 * 1024


def test_meta_records_licence_and_measured_accuracy(nlp):
    meta = nlp.meta
    assert meta["license"] == "CC BY-SA 4.0"
    assert "UD_English-EWT" in meta["sources"][0]["url"]
    accuracy = meta["dyadflow_accuracy"]
    for split in ("dev", "test"):
        scores = accuracy[split]
        for key in ("dep_uas", "dep_las", "pos_acc", "tag_acc", "lemma_acc", "sents_f"):
            assert 0.0 < scores[key] <= 1.0, (split, key)
    assert accuracy["words_per_second_one_core"] > 0
    # the meta on disk is plain JSON that tools other than spaCy can read
    on_disk = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    for split in ("dev", "test"):
        assert on_disk["dyadflow_accuracy"][split] == pytest.approx(accuracy[split])
    assert on_disk["performance"]["dep_las"] == pytest.approx(accuracy["test"]["dep_las"])


def test_components_and_ud_labels(nlp):
    assert nlp.pipe_names == COMPONENTS
    labels = set(nlp.get_pipe("parser").labels)
    assert {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "case", "xcomp", "ccomp",
            "conj", "appos", "compound:prt", "aux", "aux:pass", "advmod", "nmod:poss"} <= labels
    assert {"NNP", "VBD", "VBN", "IN", "DT", "NNS"} <= set(nlp.get_pipe("tagger").labels)


def test_transitive_clause(nlp):
    doc = nlp("Iran has supplied missiles to the militia.")
    verb = _token(doc, "supplied")
    assert verb.dep_ == "ROOT"
    assert verb.tag_ == "VBN" and verb.pos_ == "VERB" and verb.lemma_ == "supply"
    subject, obj, has = _token(doc, "Iran"), _token(doc, "missiles"), _token(doc, "has")
    assert (subject.dep_, subject.head) == ("nsubj", verb)
    assert (obj.dep_, obj.head) == ("obj", verb)
    assert (has.dep_, has.head, has.lemma_) == ("aux", verb, "have")
    assert obj.lemma_ == "missile" and obj.tag_ == "NNS" and obj.pos_ == "NOUN"


def test_prepositional_oblique(nlp):
    doc = nlp("The delegation went to the United States on Tuesday.")
    verb, states, to = _token(doc, "went"), _token(doc, "States"), _token(doc, "to")
    assert verb.dep_ == "ROOT" and verb.lemma_ == "go"
    assert (_token(doc, "delegation").dep_, _token(doc, "delegation").head) == ("nsubj", verb)
    assert (states.dep_, states.head) == ("obl", verb)
    assert (to.dep_, to.head) == ("case", states)
    assert _token(doc, "United").head == states


def test_passive_subject_and_auxiliary(nlp):
    doc = nlp("The ambassador was arrested by the police.")
    verb = _token(doc, "arrested")
    assert verb.dep_ == "ROOT" and verb.tag_ == "VBN" and verb.lemma_ == "arrest"
    subject = _token(doc, "ambassador")
    assert (subject.dep_, subject.head) == ("nsubj:pass", verb)
    was = _token(doc, "was")
    assert (was.dep_, was.head, was.lemma_) == ("aux:pass", verb, "be")
    police = _token(doc, "police")
    assert police.head == verb and police.dep_ in {"obl", "obl:agent"}


def test_control_verb_takes_infinitival_complement(nlp):
    doc = nlp("Japan agreed to send food to the refugees.")
    agreed, send = _token(doc, "agreed"), _token(doc, "send")
    assert (_token(doc, "Japan").dep_, _token(doc, "Japan").head) == ("nsubj", agreed)
    assert (send.dep_, send.head) == ("xcomp", agreed)
    assert (_token(doc, "food").dep_, _token(doc, "food").head) == ("obj", send)


def test_contractions_tokenise_like_the_treebank(nlp):
    doc = nlp("They don't trust him.")
    assert [t.text for t in doc] == ["They", "do", "n't", "trust", "him", "."]
    neg = _token(doc, "n't")
    assert neg.dep_ == "advmod" and neg.head == _token(doc, "trust") and neg.lemma_ == "not"


def test_sentence_boundaries(nlp):
    doc = nlp("Rebels attacked a convoy near the border. The army responded with air strikes.")
    sentences = [s.text for s in doc.sents]
    assert sentences == [
        "Rebels attacked a convoy near the border.",
        "The army responded with air strikes.",
    ]
