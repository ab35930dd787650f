"""Errors a user can act on. The CLI prints them without a traceback and exits 2."""

from __future__ import annotations


class DyadflowError(Exception):
    """Base class for errors caused by input, configuration or data, not by a bug."""


class InputError(DyadflowError):
    """Bad input: names the file (and line or row) and what is wrong with it."""

    def __init__(self, problem: str, *, file: str | None = None, line: int | None = None):
        self.problem = problem
        self.file = file
        self.line = line
        where = file or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {problem}")
