"""Loading the bundled pipeline, selecting another one, and the coder version string."""

from __future__ import annotations

import pytest

from dyadflow import __version__
from dyadflow.errors import DyadflowError
from dyadflow.resources import (
    MODEL_ENV,
    bundled_model_path,
    coder_version,
    load_nlp,
    model_choice,
)


def test_bundled_model_is_loaded_by_path(nlp, monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_choice() == str(bundled_model_path())
    assert load_nlp() is nlp  # cached
    assert {"parser", "tagger"} <= set(nlp.pipe_names)


def test_coder_version_names_package_and_model(coder):
    meta = coder.nlp.meta
    assert coder_version(coder) == (
        f"dyadflow-{__version__}+en_{meta['name']}-{meta['version']}"
        if not meta["name"].startswith("en_")
        else f"dyadflow-{__version__}+{meta['name']}-{meta['version']}"
    )


def test_environment_selects_another_pipeline(nlp, reference, tmp_path, monkeypatch):
    """DYADFLOW_SPACY_MODEL picks any installed pipeline: here one saved by this test."""
    from dyadflow.coder.pipeline import EventCoder

    saved = tmp_path / "other_pipeline"
    nlp.meta["name"], original = "other_pipeline", nlp.meta["name"]
    try:
        nlp.to_disk(saved)
    finally:
        nlp.meta["name"] = original
    monkeypatch.setenv(MODEL_ENV, str(saved))
    other = load_nlp()
    assert other is not nlp and other.meta["name"] == "other_pipeline"
    coder = EventCoder(other, reference)
    assert coder_version(coder).endswith("+en_other_pipeline-" + str(other.meta["version"]))
    events = coder.code_text("Japan supplied Patriot missiles to the United States.").events
    assert [(e.source_iso3, e.target_iso3, e.event_root) for e in events] == [("JPN", "USA", "07")]


def test_a_pipeline_without_parser_is_refused(tmp_path):
    import spacy

    saved = tmp_path / "no_parser"

    blank = spacy.blank("en")
    blank.to_disk(saved)
    with pytest.raises(DyadflowError, match="no parser"):
        load_nlp(str(saved))


def test_an_unknown_pipeline_is_a_clear_error():
    with pytest.raises(DyadflowError, match="cannot load spaCy pipeline 'no_such_pipeline_xyz'"):
        load_nlp("no_such_pipeline_xyz")
