"""`dyadflow explain "TEXT"`: why the coder did or did not code an event in a text."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "explain",
        parents=[parent],
        help="show sentences, actors, the parse around triggers and why events were coded",
        description="Explain the coding of a text: each sentence, the actors found with their "
                    "codes, the parse around each trigger word, the verb pattern that matched, "
                    "and why an event was or was not coded (no actor, negated, reported "
                    "speech, conditional, no pattern ...).",
    )
    parser.add_argument("text", help='the text to explain; "-" reads it from stdin')
    parser.add_argument("--published", default=None, metavar="DATE",
                        help="publication date, for resolving relative dates (e.g. 2024-04-02)")
    parser.add_argument("--model", default=None, metavar="NAME_OR_PATH",
                        help="an installed spaCy pipeline instead of the bundled one "
                             "(env DYADFLOW_SPACY_MODEL)")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from dyadflow.cli import settings_from
    from dyadflow.coder.explain import render
    from dyadflow.errors import InputError
    from dyadflow.normalize.dates import parse_published_at
    from dyadflow.resources import load_coder

    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise InputError("the text to explain is empty")
    try:
        published = parse_published_at(args.published) if args.published else None
    except ValueError as exc:
        raise InputError(f"--published: {exc}") from None
    coder = load_coder(settings_from(args).spacy_model)
    sys.stdout.write(render(coder.explain(text, published)))
    return 0
