"""Parquet shards of one coding run: the unit of parallel work and of bounded memory.

Coding writes each batch of documents as two files in `<warehouse dir>/staging/<run_id>/`:
`mentions-NNNNN.parquet` (one row per `CodedEvent`: its `mention_id`, then the fields in
order) and `documents-NNNNN.parquet` (`doc_id, n_sentences, n_words`). Both are written
with an explicit Arrow schema, also when empty, so a shard of zero events still has the
right column types and a later `read_parquet('.../mentions-*.parquet')` never has to guess.
Workers on other machines can write shards anywhere Parquet can go; one writer loads them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import typing
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dyadflow.records import CodedDocument, CodedEvent

MENTIONS_GLOB = "mentions-*.parquet"
DOCUMENTS_GLOB = "documents-*.parquet"

_ARROW_TYPES: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int32(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
}


# what identifies a mention within its article: the same coding gives the same id
MENTION_KEY = (
    "doc_id", "sentence_idx", "trigger_start", "trigger_end", "event_code",
    "source_start", "source_end", "target_start", "target_end", "source_code", "target_code",
    "pattern_id",
)


def mention_ids(events: Sequence[CodedEvent]) -> list[str]:
    """The id of each mention: md5 of its MENTION_KEY fields joined by '|' (null as '').

    A mention the coder emitted twice in one document gets '#<n>' appended for its n-th
    copy, so both are kept with distinct, stable ids. Computed here, while the shard is
    written, because the load would otherwise build and hash every key string again.
    """
    ids = []
    seen: dict[str, int] = {}
    for event in events:
        key = "|".join("" if (v := getattr(event, name)) is None else str(v)
                       for name in MENTION_KEY)
        copies = seen[key] = seen.get(key, 0) + 1
        ids.append(hashlib.md5((key if copies == 1 else f"{key}#{copies}").encode()).hexdigest())
    return ids


def _arrow_type(annotation: object) -> pa.DataType:
    """Arrow type of a dataclass field annotation such as `str | None`."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    base = args[0] if args else annotation
    return _ARROW_TYPES[base]


def mentions_schema() -> pa.Schema:
    """Columns of `mentions-*.parquet`: `mention_id`, then the `CodedEvent` fields."""
    hints = typing.get_type_hints(CodedEvent)
    return pa.schema(
        [pa.field("mention_id", pa.string(), nullable=False)]
        + [
            pa.field(f.name, _arrow_type(hints[f.name]),
                     nullable=type(None) in typing.get_args(hints[f.name]))
            for f in dataclasses.fields(CodedEvent)
        ]
    )


def documents_schema() -> pa.Schema:
    return pa.schema(
        [
            pa.field("doc_id", pa.string(), nullable=False),
            pa.field("n_sentences", pa.int32(), nullable=False),
            pa.field("n_words", pa.int32(), nullable=False),
        ]
    )


def run_dir(warehouse: Path, run_id: str) -> Path:
    """Where the shards of run `run_id` go, next to the warehouse file."""
    return Path(warehouse).parent / "staging" / run_id


def _write_atomically(table: pa.Table, path: Path) -> None:
    # A crashed writer must not leave a half-written shard that matches the load glob.
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial, compression="zstd")
    os.replace(partial, path)


def write_shard(run_dir: Path, shard_no: int, docs: Sequence[CodedDocument]) -> tuple[Path, Path]:
    """Write the events and document counts of `docs` as shard `shard_no`; returns the paths."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    schema = mentions_schema()
    columns: dict[str, list] = {name: [] for name in schema.names}
    for doc in docs:
        columns["mention_id"].extend(mention_ids(doc.events))
        for event in doc.events:
            for name in schema.names[1:]:
                columns[name].append(getattr(event, name))
    mentions = pa.Table.from_pydict(columns, schema=schema)
    documents = pa.Table.from_pydict(
        {
            "doc_id": [d.doc_id for d in docs],
            "n_sentences": [d.n_sentences for d in docs],
            "n_words": [d.n_words for d in docs],
        },
        schema=documents_schema(),
    )
    mentions_path = run_dir / f"mentions-{shard_no:05d}.parquet"
    documents_path = run_dir / f"documents-{shard_no:05d}.parquet"
    _write_atomically(mentions, mentions_path)
    _write_atomically(documents, documents_path)
    return mentions_path, documents_path


def read_staged(run_dir: Path) -> tuple[pa.Table, pa.Table]:
    """(mentions, documents) of every shard in `run_dir`, in shard order."""
    run_dir = Path(run_dir)

    def concat(pattern: str, schema: pa.Schema) -> pa.Table:
        tables = [pq.read_table(p, schema=schema) for p in sorted(run_dir.glob(pattern))]
        return pa.concat_tables(tables) if tables else schema.empty_table()

    return concat(MENTIONS_GLOB, mentions_schema()), concat(DOCUMENTS_GLOB, documents_schema())
