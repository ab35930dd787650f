"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (or DYADFLOW_SHARED_DATA); tests that need it skip when it is absent."""
    path = Path(os.environ.get("DYADFLOW_SHARED_DATA", REPO.parent / "shared" / "data"))
    if not path.is_dir():
        pytest.skip(f"shared evaluation data not found at {path}")
    return path


@pytest.fixture(scope="session")
def reference():
    from dyadflow.reference import load_reference

    return load_reference()


@pytest.fixture(scope="session")
def demo_articles_dir() -> Path:
    return REPO / "seeds" / "articles"
