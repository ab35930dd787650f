"""Coder fixtures: the bundled pipeline and one EventCoder per test session (loading is slow)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The bundled pipeline (whatever DYADFLOW_SPACY_MODEL says)."""
    from dyadflow.resources import bundled_model_path, load_nlp

    return load_nlp(str(bundled_model_path()))


@pytest.fixture(scope="session")
def coder(nlp):
    """The coder `dyadflow code` uses (cached by dyadflow.resources: built once)."""
    from dyadflow.resources import bundled_model_path, load_coder

    return load_coder(str(bundled_model_path()))


def _dyad_codes(events) -> list[str]:
    return sorted(
        f"{e.source_iso3 or e.source_code}>{e.target_iso3 or e.target_code}:{e.event_code}"
        for e in events
    )


@pytest.fixture(scope="session")
def dyads():
    """Events as sorted 'SRC>TGT:CODE' strings, ISO3 (or the actor code without ISO3)."""
    return _dyad_codes
