"""`dyadflow code`: JSON lines or plain text lines in, one JSON line per coded event out.

No warehouse is involved: this is the coder on its own, for pipes and quick checks.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from dyadflow.errors import InputError
from dyadflow.records import TextInput

_EPILOG = """\
input: each non-empty line is either a JSON object {"id": ..., "text": ...,
"published_at": ...} (id and published_at optional) or, if it does not start with "{",
plain text. Documents without an id get "line-N" (N = line number, from 1).
output: one JSON object per coded event, with the CodedEvent field names (doc_id,
sentence_idx, source_text, source_code, ..., pattern_id, confidence); offsets are
character offsets into the input text; unknown values are null.
bad lines (invalid JSON, no "text", unparseable published_at): by default the command
stops with an error naming the line (exit 2); with --skip-bad-lines it prints a warning
naming the line and the reason on stderr and goes on.
example:
  echo '{"id":"x","text":"Japan supplied Patriot missiles to the United States."}' \\
    | dyadflow code
"""


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "code",
        parents=[parent],
        help="code text into CAMEO events (JSON lines in, JSON lines out; no warehouse)",
        description="Code documents into CAMEO actor-action-target events.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--input", "-i", type=Path, default=None, metavar="FILE",
                        help="JSON lines or text lines to code (default: stdin)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="parser processes (env DYADFLOW_WORKERS; default 1)")
    parser.add_argument("--model", default=None, metavar="NAME_OR_PATH",
                        help="an installed spaCy pipeline instead of the bundled one "
                             "(env DYADFLOW_SPACY_MODEL)")
    parser.add_argument("--batch-size", type=int, default=None, metavar="N",
                        help="sentences per parsing batch (env DYADFLOW_BATCH_SIZE; default 64)")
    parser.add_argument("--skip-bad-lines", action="store_true",
                        help="warn about bad input lines on stderr and skip them "
                             "(default: stop with an error naming the line)")
    parser.set_defaults(handler=_handle)


def parse_line(raw: str, *, number: int, source: str) -> TextInput | None:
    """One input line as a TextInput; None for a blank line; InputError naming the line."""
    from dyadflow.normalize.dates import parse_published_at

    line = raw.strip()
    if not line:
        return None
    if not line.startswith("{"):
        return TextInput(doc_id=f"line-{number}", text=line)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", file=source,
                         line=number) from None
    if not isinstance(record, dict):
        raise InputError("a JSON line must be an object", file=source, line=number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('"text" is missing or not a non-empty string', file=source, line=number)
    doc_id = record.get("id")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        doc_id = f"line-{number}"
    elif not isinstance(doc_id, str | int):
        raise InputError('"id" must be a string or an integer', file=source, line=number)
    published = record.get("published_at")
    if published is not None and not isinstance(published, str):
        raise InputError('"published_at" must be a string', file=source, line=number)
    try:
        published_at = parse_published_at(published) if published else None
    except ValueError as exc:
        raise InputError(f"published_at: {exc}", file=source, line=number) from None
    return TextInput(doc_id=str(doc_id), text=text, published_at=published_at)


def _decoded_lines(handle: BinaryIO | TextIO) -> Iterator[tuple[int, str | None]]:
    """(line number, text) per line; text None for a line that is not valid UTF-8."""
    for number, raw in enumerate(handle, start=1):
        if isinstance(raw, bytes):
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError:
                yield number, None
        else:
            yield number, raw


def read_inputs(handle: BinaryIO | TextIO, *, source: str, skip_bad: bool) -> Iterator[TextInput]:
    for number, raw in _decoded_lines(handle):
        try:
            if raw is None:
                raise InputError("not valid UTF-8", file=source, line=number)
            item = parse_line(raw, number=number, source=source)
        except InputError as exc:
            if not skip_bad:
                raise
            print(f"dyadflow code: warning: skipped {exc}", file=sys.stderr)
            continue
        if item is not None:
            yield item


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.cli import settings_from
    from dyadflow.resources import load_coder

    settings = settings_from(args)
    workers = args.workers or settings.workers
    batch_size = args.batch_size or settings.batch_size
    if workers < 1 or batch_size < 1:
        raise InputError("--workers and --batch-size must be at least 1")
    if args.input is not None and not args.input.is_file():
        raise InputError("input file not found", file=str(args.input))
    coder = load_coder(settings.spacy_model)
    # bytes, so that a line that is not UTF-8 is reported with its number
    handle = args.input.open("rb") if args.input else getattr(sys.stdin, "buffer", sys.stdin)
    source = str(args.input) if args.input else "<stdin>"
    try:
        inputs = read_inputs(handle, source=source, skip_bad=args.skip_bad_lines)
        out = sys.stdout
        for document in coder.code(inputs, n_process=workers, batch_size=batch_size):
            for event in document.events:
                out.write(json.dumps(event.to_json_dict(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if args.input:
            handle.close()
    return 0
