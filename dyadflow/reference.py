"""Reference data: the CSV tables in seeds/, read once and handed to pure code as rows.

The normalisers and the coder never open files; they are built from a `Reference`.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from dyadflow.paths import seeds_dir

Row = Mapping[str, str]

# seeds/articles holds the demo corpus, not reference data: it does not change the coding
_NOT_DICTIONARY = {"articles"}


@dataclass(frozen=True)
class Reference:
    """All seed tables by name, as read-only rows of strings.

    A table's name is its path under seeds/ without ".csv": "countries",
    "verb_patterns/07".
    """

    tables: Mapping[str, tuple[Row, ...]]
    dictionary_version: str
    root: Path

    def rows(self, name: str) -> tuple[Row, ...]:
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"seed table {name!r} not found in {self.root}") from None

    def rows_under(self, folder: str) -> tuple[Row, ...]:
        """All rows of the tables in seeds/<folder>/, in file-name order."""
        prefix = folder.rstrip("/") + "/"
        return tuple(
            row for name in sorted(self.tables) if name.startswith(prefix)
            for row in self.tables[name]
        )


def dictionary_files(root: Path) -> list[Path]:
    """The seed files that define the coding, in a stable order."""
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix == ".csv"
        and not (set(p.relative_to(root).parts[:-1]) & _NOT_DICTIONARY)
    )


def dictionary_version(root: Path) -> str:
    """sha256 over the names and bytes of every seed table: changes whenever coding can."""
    digest = hashlib.sha256()
    for path in dictionary_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def read_table(path: Path) -> tuple[Row, ...]:
    with path.open(newline="", encoding="utf-8") as handle:
        return tuple(MappingProxyType(dict(row)) for row in csv.DictReader(handle))


def load_reference(root: Path | None = None) -> Reference:
    """Read every seed table under `root` (default: the project's seeds/)."""
    root = root or seeds_dir()
    tables = {
        path.relative_to(root).with_suffix("").as_posix(): read_table(path)
        for path in dictionary_files(root)
    }
    return Reference(
        tables=MappingProxyType(tables), dictionary_version=dictionary_version(root), root=root
    )
