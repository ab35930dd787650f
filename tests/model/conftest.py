"""Fixtures for the tools that build the bundled model (tools/ is no package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trainer():
    """tools/train_pipeline.py, loaded by path."""
    script = REPO / "tools" / "train_pipeline.py"
    spec = importlib.util.spec_from_file_location("train_pipeline", script)
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module executes
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module
