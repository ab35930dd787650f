"""Fixtures for the tools that build the bundled model."""

from __future__ import annotations

import pytest


@pytest.fixture
def trainer(tools):
    """tools/train_pipeline.py."""
    return tools("train_pipeline")
