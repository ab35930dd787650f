"""Where the project's data directories are: in a checkout, or inside an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Directory `name` ("seeds", "sql", "schemas"): the wheel's copy, else the checkout's."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"dyadflow data directory {name!r} not found next to {_PACKAGE_DIR}")


def seeds_dir() -> Path:
    return data_dir("seeds")


def sql_dir() -> Path:
    return data_dir("sql")


def schemas_dir() -> Path:
    return data_dir("schemas")


def models_dir() -> Path:
    """Trained spaCy pipelines shipped inside the package."""
    return _PACKAGE_DIR / "models"
