"""Loading the heavy resources (spaCy pipeline, reference data) once per process.

The bundled pipeline is loaded by path from dyadflow/models/en_dyadflow; a name or path in
`model` or DYADFLOW_SPACY_MODEL selects any other installed spaCy pipeline instead.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dyadflow import __version__
from dyadflow.errors import DyadflowError
from dyadflow.paths import models_dir

if TYPE_CHECKING:
    from spacy.language import Language

    from dyadflow.coder.pipeline import EventCoder

BUNDLED_MODEL = "en_dyadflow"
MODEL_ENV = "DYADFLOW_SPACY_MODEL"


def bundled_model_path() -> Path:
    return models_dir() / BUNDLED_MODEL


def model_choice(model: str | None = None) -> str:
    """The pipeline to load: the argument, else DYADFLOW_SPACY_MODEL, else the bundled one."""
    chosen = model or os.environ.get(MODEL_ENV) or ""
    return chosen.strip() or str(bundled_model_path())


@cache
def _load(choice: str) -> Language:
    import spacy

    bundled = str(bundled_model_path())
    if choice == bundled and not Path(bundled, "config.cfg").is_file():
        raise DyadflowError(
            f"the bundled spaCy pipeline is missing at {bundled}; reinstall dyadflow or set "
            f"{MODEL_ENV} to an installed pipeline"
        )
    from thinc.api import use_ops

    try:
        # Matrix products through numpy's OpenBLAS instead of thinc's default BLIS: on the
        # project's machine BLIS reached 27 GFLOP/s and OpenBLAS about 90 on one core, which
        # halves the tok2vec's time and took the whole coder benchmark from 802 to 1,269
        # sentences/s in one process, with identical parses on every evaluation sentence.
        with use_ops("numpy", use_blis=False):
            return spacy.load(choice)
    except OSError as exc:
        raise DyadflowError(
            f"cannot load spaCy pipeline {choice!r} (from --model or {MODEL_ENV}): {exc}"
        ) from exc


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline (cached per choice); parser, tagger and lemmatizer are required."""
    nlp = _load(model_choice(model))
    missing = [name for name in ("parser",) if name not in nlp.pipe_names]
    if missing:
        raise DyadflowError(
            f"spaCy pipeline {nlp.meta.get('name', '?')!r} has no {', '.join(missing)}: "
            "the coder needs a dependency parse"
        )
    return nlp


@cache
def _coder(choice: str) -> EventCoder:
    from dyadflow.coder.pipeline import EventCoder
    from dyadflow.reference import load_reference

    return EventCoder(load_nlp(choice), load_reference())


def load_coder(model: str | None = None) -> EventCoder:
    """An EventCoder over the chosen pipeline and the project's seeds (cached)."""
    return _coder(model_choice(model))


def coder_version(coder: EventCoder) -> str:
    """e.g. 'dyadflow-0.1.0+en_dyadflow-0.1.0': changes whenever code or model can."""
    meta = coder.nlp.meta
    name = str(meta.get("name") or "unknown")
    lang = str(meta.get("lang") or "")
    if lang and not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"  # spaCy stores "dyadflow" for the package en_dyadflow
    return f"dyadflow-{__version__}+{name}-{meta.get('version', '0')}"
