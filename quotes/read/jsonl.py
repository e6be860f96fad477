"""Stream JSON Lines: one article per line, each bad line reported on its own.

A ``\\ud800`` escape in a line decodes to a lone surrogate, which no parser or writer can take: like
:func:`quotes.read.decode.decode`, each is replaced by U+FFFD (one for one: offsets keep), with a
warning naming the file and line.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from quotes.errors import InputError
from quotes.read.article import build_article
from quotes.read.dates import to_iso
from quotes.read.decode import decode, replace_surrogates, surrogate_note
from quotes.read.files import too_big
from quotes.read.metadata import FIELDS
from quotes.records import Article

LineRecord = tuple[int, bytes | None, int]  # line number, bytes (None when over the limit), size in bytes
_DRAIN_CHUNK = 1 << 20


def iter_lines(handle: BinaryIO, max_bytes: int, first_lineno: int = 1) -> Iterator[LineRecord]:
    """Lines of a binary stream, one at a time; a line over ``max_bytes`` is skipped, not held in memory."""
    lineno = first_lineno
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while chunk := handle.readline(_DRAIN_CHUNK):
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield lineno, None, size
        else:
            yield lineno, line, len(line)
        lineno += 1


def utf16_lines(handle: BinaryIO, max_bytes: int) -> Iterator[LineRecord]:
    """Lines of a UTF-16 stream (BOM first), re-encoded as UTF-8 so they go through the same checks."""
    text = io.TextIOWrapper(handle, encoding="utf-16", newline="")
    for lineno, line in enumerate(text, start=1):
        data = line.encode("utf-8")
        yield (lineno, data, len(data)) if len(line) * 2 <= max_bytes else (lineno, None, len(line) * 2)


def open_lines(handle: BinaryIO, max_bytes: int) -> Iterator[LineRecord]:
    """Lines of a JSONL file, whether UTF-8 or UTF-16 with a BOM."""
    start = handle.peek(2)[:2] if hasattr(handle, "peek") else b""
    if start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return utf16_lines(handle, max_bytes)
    return iter_lines(handle, max_bytes)


def _text_field(value: object) -> str | None:
    """A metadata value as text; None when missing or empty."""
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def parse_line(data: str, source: str) -> dict[str, object]:
    """The JSON object on one line; InputError when it is not an object with a ``text`` string."""
    try:
        value = json.loads(data)
    except json.JSONDecodeError as err:
        raise InputError(source, f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(value, dict):
        raise InputError(source, "not a JSON object")
    if not isinstance(value.get("text"), str):
        raise InputError(source, 'no "text" string')
    if not value["text"].strip():
        raise InputError(source, "empty text")
    return value


def without_surrogates(value: dict[str, object]) -> tuple[dict[str, object], int]:
    """A line's object with each lone surrogate in its strings replaced by U+FFFD, and how many."""
    total = 0
    cleaned: dict[str, object] = {}
    for key, item in value.items():
        if isinstance(item, str):
            item, count = replace_surrogates(item)
            total += count
        cleaned[key] = item
    return cleaned, total


def read_jsonl(
    name: str,
    lines: Iterable[LineRecord],
    *,
    max_bytes: int,
    on_error: Callable[[InputError], None],
    encoding: str | None = None,
    on_warning: Callable[[str], None] | None = None,
    manifest_row: Callable[[str], dict[str, str | None]] | None = None,
) -> Iterator[Article]:
    """Articles from the JSONL lines of ``name``; each bad line goes to ``on_error`` as ``name:LINENO``."""
    warned = False

    def warn_once(message: str) -> None:
        """Pass on the first decoding warning of the file only."""
        nonlocal warned
        if on_warning and not warned:
            warned = True
            on_warning(message)

    seen = 0
    for lineno, data, size in lines:
        source = f"{name}:{lineno}"
        try:
            if data is not None and not data.strip():
                continue
            seen += 1
            if data is None:
                raise InputError(source, too_big("line", size, max_bytes))
            line = decode(data, source, encoding=encoding, on_warning=warn_once).lstrip("\ufeff")
            if not line.strip():
                continue
            value, surrogates = without_surrogates(parse_line(line, source))
            if surrogates:
                warn_once(f"{source}: {surrogate_note(surrogates)}")
            article_id = _text_field(value.get("id")) or source
            stated = {field: _text_field(value.get(field)) for field in FIELDS}
            if stated["published"]:
                iso = to_iso(stated["published"])
                if iso is None and on_warning:
                    on_warning(
                        f"{source}: date {stated['published']!r} not understood; inferring it from the text"
                    )
                stated["published"] = iso
            if manifest_row:
                row = manifest_row(article_id)
                stated = {field: stated[field] or row.get(field) for field in FIELDS}
            article = build_article(article_id, str(value["text"]), "jsonl", stated)
        except InputError as err:
            on_error(err)
            continue
        yield article
    if seen == 0:
        on_error(InputError(name, "empty file"))
