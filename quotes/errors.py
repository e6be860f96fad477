"""Errors the user sees as one line: which file, what is wrong, what to do."""

from __future__ import annotations


class QuotesError(Exception):
    """Base class for errors reported to the user without a traceback."""


class InputError(QuotesError):
    """A file (or stdin, or a JSONL line) that cannot be read as an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UsageError(QuotesError):
    """A bad option, a missing model, a bad configuration: exit status 2."""
