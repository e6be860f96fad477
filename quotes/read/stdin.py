"""Read standard input: sniff JSON lines, HTML or plain text, and stream JSON lines."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from itertools import chain
from typing import BinaryIO

from quotes.errors import InputError
from quotes.read.article import build_article
from quotes.read.decode import decode
from quotes.read.files import too_big
from quotes.read.jsonl import LineRecord, iter_lines, read_jsonl
from quotes.records import Article

STDIN_ID = "<stdin>"
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype|html)\b", re.I | re.S)
_CHUNK = 1 << 20


def looks_like_html(text: str) -> bool:
    """Whether text starts like an HTML document (``<!doctype`` or ``<html``)."""
    return bool(_HTML_START.match(text.lstrip("\ufeff")))


def looks_like_json_object(data: bytes) -> bool:
    """Whether one line of input is a JSON object (so the input is JSON lines)."""
    line = data.decode("utf-8", "replace").lstrip("\ufeff").strip()
    if not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _binary_stdin() -> BinaryIO:
    """Standard input as bytes, also when it has been replaced by a text stream."""
    stream = sys.stdin
    if stream is None:
        return io.BytesIO(b"")
    buffer = getattr(stream, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(stream.read().encode("utf-8"))


def read_stdin(
    *,
    max_bytes: int,
    on_error: Callable[[InputError], None],
    encoding: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[Article]:
    """The article(s) on standard input: JSON lines stream one by one; HTML or text is one article."""
    handle = _binary_stdin()
    head: list[LineRecord] = []
    for record in iter_lines(handle, max_bytes):
        head.append(record)
        if record[1] is None or record[1].strip():
            break
    first = head[-1][1] if head else None
    if first is not None and looks_like_json_object(first):
        lines = chain(head, iter_lines(handle, max_bytes, first_lineno=len(head) + 1))
        yield from read_jsonl(
            STDIN_ID, lines, max_bytes=max_bytes, on_error=on_error, encoding=encoding, on_warning=on_warning
        )
        return
    try:
        if first is None and head:
            size = sum(record[2] for record in head)
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
            raise InputError(STDIN_ID, too_big("input", size, max_bytes))
        data = b"".join(record[1] or b"" for record in head)
        if len(data) <= max_bytes:
            data += handle.read(max_bytes + 1 - len(data))
        if len(data) > max_bytes:
            size = len(data)
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
            raise InputError(STDIN_ID, too_big("input", size, max_bytes))
        text = decode(data, STDIN_ID, encoding=encoding, on_warning=on_warning)
        if not text.strip():
            raise InputError(STDIN_ID, "empty input")
        article = build_article(STDIN_ID, text, "html" if looks_like_html(text) else "text")
    except InputError as err:
        on_error(err)
        return
    yield article
