"""Importing other event datasets (GDELT, ICEWS, ACLED) into `event_mentions`.

Each format module reads a file into `ImportedRows`: event-mention rows with the warehouse's
column names, converted to ISO3 and CAMEO codes through the seed tables, and the rows that
could not be used (quarantined with file, line and reason). `import_files` loads them like
a coding run: one transaction, replacing rows of the same ids (re-importing a file changes
nothing), then the SQL models and tests; a failure leaves the warehouse as it was.
"""

from __future__ import annotations

import io
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow as pa

from dyadflow.errors import InputError
from dyadflow.normalize.codebook import CameoCode, Codebook
from dyadflow.normalize.countries import CountryIndex
from dyadflow.records import Quarantined
from dyadflow.reference import Reference, load_reference
from dyadflow.warehouse.db import bulk_settings
from dyadflow.warehouse.loads import (
    RunInfo,
    build_and_test,
    events_by_quad,
    insert_quarantine,
    write_run,
)

ORIGINS = ("gdelt", "icews", "acled")

# event_mentions columns an import fills, with their Arrow types
COLUMNS: dict[str, pa.DataType] = {
    "mention_id": pa.string(), "article_id": pa.string(), "origin": pa.string(),
    "sentence_idx": pa.int32(), "sentence_text": pa.string(),
    "source_text": pa.string(), "source_code": pa.string(), "source_iso3": pa.string(),
    "source_sector": pa.string(),
    "target_text": pa.string(), "target_code": pa.string(), "target_iso3": pa.string(),
    "target_sector": pa.string(),
    "event_code": pa.string(), "event_root": pa.string(), "quad_class": pa.int32(),
    "goldstein": pa.float64(), "plover_type": pa.string(), "acled_event_type": pa.string(),
    "acled_sub_event_type": pa.string(), "event_text": pa.string(), "negated": pa.bool_(),
    "event_date": pa.date32(), "date_precision": pa.string(), "location_iso3": pa.string(),
    "location_admin1": pa.string(), "location_text": pa.string(),
    "origin_event_id": pa.string(), "publisher": pa.string(), "source_url": pa.string(),
}


@dataclass(frozen=True)
class ImportContext:
    """Reference data the format readers map through (built once per import)."""

    countries: CountryIndex
    codebook: Codebook
    dictionary_version: str

    @classmethod
    def from_reference(cls, ref: Reference) -> ImportContext:
        return cls(CountryIndex.from_reference(ref), Codebook.from_reference(ref),
                   ref.dictionary_version)

    def code(self, value: str | None) -> CameoCode | None:
        return self.codebook.get((value or "").strip())


@dataclass
class ImportedRows:
    """What a reader got out of one file."""

    origin: str
    file: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    n_read: int = 0

    def reject(self, line: int | None, reason: str, payload: str) -> None:
        self.quarantined.append(
            Quarantined(f"import:{self.origin}", self.file, line, reason, payload[:10_000]))

    def table(self) -> pa.Table:
        return pa.table({name: pa.array([r.get(name) for r in self.rows], type=kind)
                         for name, kind in COLUMNS.items()})


@dataclass(frozen=True, slots=True)
class ImportReport:
    run_id: str
    origin: str
    files: tuple[str, ...]
    n_rows_read: int
    n_mentions_loaded: int
    n_mentions_replaced: int
    n_quarantined: int
    n_events: int
    duration_s: float


def event_fields(code: CameoCode) -> dict[str, Any]:
    """The codebook's columns of an event code (root, quad, Goldstein, PLOVER, ACLED)."""
    return {
        "event_code": code.code, "event_root": code.root, "quad_class": code.quad_class,
        "goldstein": code.goldstein, "plover_type": code.plover_type,
        "acled_event_type": code.acled_event_type,
        "acled_sub_event_type": code.acled_sub_event_type,
    }


def clean(value: str | None, *, nulls: tuple[str, ...] = ("",)) -> str | None:
    """A field's text, or None for an empty/NA marker."""
    if value is None:
        return None
    value = value.strip()
    return None if value in nulls else value


@contextmanager
def open_text(path: Path) -> Iterator[TextIO]:
    """A text file, or the single member of a .zip (how GDELT publishes its files)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise InputError(f"expected one file in the zip archive, found {len(members)}",
                                 file=str(path))
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
    else:
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            yield handle


def _reader(origin: str) -> Callable[[Path, ImportContext], ImportedRows]:
    if origin == "gdelt":
        from dyadflow.warehouse.imports.gdelt import read_gdelt
        return read_gdelt
    if origin == "icews":
        from dyadflow.warehouse.imports.icews import read_icews
        return read_icews
    if origin == "acled":
        from dyadflow.warehouse.imports.acled import read_acled
        return read_acled
    raise InputError(f"unknown import format {origin!r}; choose one of {', '.join(ORIGINS)}")


def read_files(origin: str, files: Sequence[Path], ctx: ImportContext) -> list[ImportedRows]:
    reader = _reader(origin)
    batches = []
    for path in files:
        path = Path(path)
        if not path.is_file():
            raise InputError("no such file", file=str(path))
        batches.append(reader(path, ctx))
    return batches


def import_files(
    con: duckdb.DuckDBPyConnection,
    origin: str,
    files: Sequence[Path],
    *,
    run_id: str | None = None,
    reference: Reference | None = None,
    sql_root: Path | None = None,
) -> ImportReport:
    """Import event `files` of format `origin` in one transaction (see module docstring)."""
    clock = time.perf_counter()
    started = datetime.now(UTC)
    reference = reference or load_reference()
    ctx = ImportContext.from_reference(reference)
    batches = read_files(origin, files, ctx)
    run = RunInfo(
        run_id=run_id or f"import-{origin}-{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}",
        flow=f"import:{origin}", started_at=started,
        parameters={"origin": origin, "files": [str(f) for f in files]},
        coder_version=f"import:{origin}", dictionary_version=ctx.dictionary_version,
    )
    table = pa.concat_tables([b.table() for b in batches])
    n_read = sum(b.n_read for b in batches)
    # bulk settings outside the transaction, so they are restored also after a failure
    with bulk_settings(con):
        con.execute("begin transaction")
        try:
            before = events_by_quad(con)
            con.register("_imported", table)
            # the same id twice in one import (e.g. a file given twice): keep the first
            con.execute(
                "create or replace temp table _imported_rows as select * from _imported "
                "qualify row_number() over (partition by mention_id) = 1")
            con.unregister("_imported")
            ((replaced,),) = con.execute(
                "delete from event_mentions where mention_id in "
                "(select mention_id from _imported_rows)").fetchall()
            ((loaded,),) = con.execute(
                "insert into event_mentions by name select *, ? as coder_version, "
                "? as dictionary_version, ? as run_id from _imported_rows",
                [run.coder_version, run.dictionary_version, run.run_id]).fetchall()
            con.execute("drop table _imported_rows")
            n_quarantined = insert_quarantine(
                con, [q for b in batches for q in b.quarantined], run.run_id)
            build_and_test(con, run.parameters, sql_root=sql_root)
            after = events_by_quad(con)
            duration = round(time.perf_counter() - clock, 4)
            q1, q2, q3, q4 = (a - b for a, b in zip(after, before, strict=True))
            write_run(con, run, status="succeeded", ended_at=datetime.now(UTC), counts={
                "n_mentions_loaded": int(loaded), "n_mentions_replaced": int(replaced),
                "n_quarantined": n_quarantined, "n_events": sum(after),
                "new_events_q1": q1, "new_events_q2": q2, "new_events_q3": q3,
                "new_events_q4": q4, "duration_s": duration,
            })
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    return ImportReport(run.run_id, origin, tuple(str(f) for f in files), n_read, int(loaded),
                        int(replaced), n_quarantined, sum(after), duration)


def parse_day(value: str, formats: Sequence[str]) -> date:
    """A date in one of `formats`; ValueError naming the value otherwise."""
    for fmt in formats:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {value!r}")
