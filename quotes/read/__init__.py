"""Read articles: files, folders, JSON lines, HTML and stdin, streamed one at a time with their metadata."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator, Sequence

from quotes.errors import InputError, UsageError
from quotes.read.article import FORMATS, build_article
from quotes.read.dates import to_iso
from quotes.read.decode import SNIFF_BYTES, decode, is_binary
from quotes.read.files import os_problem, read_bytes
from quotes.read.html_page import declared_charset
from quotes.read.jsonl import open_lines, read_jsonl
from quotes.read.manifest import Manifests
from quotes.read.markup import markup_spans
from quotes.read.metadata import FIELDS, stated_value
from quotes.read.sources import Source, iter_sources
from quotes.read.stdin import read_stdin
from quotes.records import Article

__all__ = ["iter_articles", "markup_spans", "read_text"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _check_encoding(encoding: str | None) -> None:
    """Refuse an encoding name Python does not know, before any file is read."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r} for --encoding") from None


def _html_encoding(data: bytes, encoding: str | None) -> str | None:
    """The encoding to try for a page that is not UTF-8: the user's, else the one the page declares."""
    if encoding:
        return encoding
    declared = declared_charset(data)
    if not declared:
        return None
    try:
        return declared if codecs.lookup(declared).name != "utf-8" else None
    except LookupError:
        return None


def _read_jsonl_file(
    source: Source,
    manifests: Manifests,
    *,
    encoding: str | None,
    max_bytes: int,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[str], None] | None,
) -> Iterator[Article]:
    """The articles of one JSONL file, line by line."""
    path = source.path
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
    except OSError as err:
        on_error(InputError(path, os_problem(err)))
        return
    with handle:
        try:
            head = handle.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        except OSError as err:
            on_error(InputError(path, os_problem(err)))
            return
        if not head.startswith(_UTF16_BOMS) and is_binary(head):
            on_error(InputError(path, "binary data, not text"))
            return
        try:
            yield from read_jsonl(
                path,
                open_lines(handle, max_bytes),
                max_bytes=max_bytes,
                on_error=on_error,
                encoding=encoding,
                on_warning=on_warning,
                manifest_row=lambda article_id: manifests.for_line(path, article_id),
            )
        except OSError as err:
            on_error(InputError(path, os_problem(err)))
        except UnicodeDecodeError as err:  # only UTF-16 files are decoded while streaming
            on_error(InputError(path, f"not valid UTF-16 (at offset {err.start} of a chunk)"))


def _read_file(
    source: Source,
    manifests: Manifests,
    *,
    encoding: str | None,
    max_bytes: int,
    on_warning: Callable[[str], None] | None,
) -> Article:
    """The one article in a text, Markdown or HTML file; InputError when it cannot be read."""
    data = read_bytes(source.path, max_bytes)
    if source.format == "html":
        encoding = _html_encoding(data, encoding)
    text = decode(data, source.path, encoding=encoding, on_warning=on_warning)
    if not text.strip():
        raise InputError(source.path, "empty file")
    return build_article(source.path, text, source.format, manifests.for_file(source.path))


def iter_articles(
    paths: Sequence[str],
    *,
    manifest: str | None = None,
    encoding: str | None = None,
    max_bytes: int = 10_000_000,
    on_error: Callable[[InputError], None],
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[Article]:
    """Stream the articles in files, folders (recursively) and ``-`` (stdin); bad input goes to on_error."""
    _check_encoding(encoding)
    manifests = Manifests(manifest, on_error, on_warning)
    for given in paths:
        if given == "-":
            yield from read_stdin(
                max_bytes=max_bytes, on_error=on_error, encoding=encoding, on_warning=on_warning
            )
            continue
        for source in iter_sources(given, on_error):
            if source.format == "records":
                continue  # quotes extract output in a folder: commands that take records read it
            if source.format == "jsonl":
                yield from _read_jsonl_file(
                    source,
                    manifests,
                    encoding=encoding,
                    max_bytes=max_bytes,
                    on_error=on_error,
                    on_warning=on_warning,
                )
                continue
            try:
                article = _read_file(
                    source, manifests, encoding=encoding, max_bytes=max_bytes, on_warning=on_warning
                )
            except InputError as err:
                on_error(err)
                continue
            yield article


def read_text(text: str, id: str, *, format: str = "text", **metadata: str | None) -> Article:
    """An Article from a string (for library callers); ``metadata`` (outlet, published, title, url) wins."""
    if format not in FORMATS or format == "jsonl":
        raise ValueError(f"format must be text, markdown or html, not {format!r}")
    unknown = set(metadata) - set(FIELDS)
    if unknown:
        raise TypeError(f"read_text() got unexpected metadata {', '.join(sorted(unknown))}")
    metadata = {field: stated_value(value) for field, value in metadata.items()}
    published = metadata.get("published")
    if published:
        iso = to_iso(published)
        if iso is None:
            raise ValueError(f"published date {published!r} not understood; use YYYY-MM-DD")
        metadata["published"] = iso
    if not text.strip():
        raise InputError(id, "empty text")
    return build_article(id, text, format, metadata)
