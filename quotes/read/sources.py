"""Turn the paths the user gave into the files to read, in a fixed order, with their formats."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from quotes.errors import InputError
from quotes.read.files import os_problem
from quotes.read.manifest import MANIFEST_NAME
from quotes.read.records import RECORD_SUFFIXES, is_records_file

EXTENSIONS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
              ".jsonl": "jsonl"}  # fmt: skip
NOTHING_FOUND = "no articles found (.txt, .md, .html, .htm, .jsonl)"


@dataclass(frozen=True, slots=True)
class Source:
    """One file to read: its path as the user would write it, and how to read it."""

    path: str
    format: str


def format_for(path: str, default: str | None = "text") -> str | None:
    """The format a file's extension implies, or ``default`` for any other extension."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower(), default)


def _walk(folder: str, on_error: Callable[[InputError], None], seen: set[str]) -> Iterator[Source]:
    """Article files under ``folder``, depth first, sorted by name; hidden entries and manifests skipped.

    Output of ``quotes extract`` found there has the format ``records``: it is not an article.
    """
    real = os.path.realpath(folder)
    if real in seen:  # a symlink loop
        return
    seen.add(real)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as err:
        on_error(InputError(folder, os_problem(err)))
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.lower() == MANIFEST_NAME:
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, on_error, seen)
            continue
        fmt = format_for(entry.name, None)
        if os.path.splitext(entry.name)[1].lower() in RECORD_SUFFIXES and is_records_file(path):
            fmt = "records"
        if fmt is not None:
            yield Source(path, fmt)


def iter_sources(given: str, on_error: Callable[[InputError], None]) -> Iterator[Source]:
    """The files one command-line path stands for: itself, or the article files under a folder."""
    try:
        is_dir = os.path.isdir(given)
        os.stat(given)
    except OSError as err:
        on_error(InputError(given, os_problem(err)))
        return
    if not is_dir:
        yield Source(given, format_for(given) or "text")
        return
    found = False
    errors: list[InputError] = []

    def note(err: InputError) -> None:
        """Report a listing problem and remember it."""
        errors.append(err)
        on_error(err)

    for source in _walk(given, note, set()):
        found = True
        yield source
    if not found and not errors:
        on_error(InputError(given, NOTHING_FOUND))
