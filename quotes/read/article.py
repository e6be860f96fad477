"""Assemble an Article from decoded text: non-prose spans, then stated metadata over inferred metadata."""

from __future__ import annotations

from collections.abc import Mapping

from quotes.errors import InputError
from quotes.read.html_page import NoText, extract_html
from quotes.read.markdown import markdown_spans
from quotes.read.markup import markup_spans
from quotes.read.metadata import FIELDS, infer_metadata
from quotes.records import Article

FORMATS = ("text", "markdown", "html", "jsonl")


def build_article(
    id: str, text: str, format: str = "text", stated: Mapping[str, str | None] | None = None
) -> Article:
    """An Article for ``text``; ``stated`` values (manifest, JSONL fields) win over what is inferred."""
    stated = {field: value for field, value in (stated or {}).items() if value}
    if format == "html":
        try:
            text, found = extract_html(text)
        except NoText as err:
            raise InputError(id, str(err)) from None
        nonprose: list[tuple[int, int]] = []
    else:
        nonprose = markdown_spans(text) if format == "markdown" else markup_spans(text)
        missing = [field for field in FIELDS if not stated.get(field)]
        found = infer_metadata(text, "markdown" if format == "markdown" else "text") if missing else {}
    values = {field: stated.get(field) or found.get(field) for field in FIELDS}
    return Article(id=id, text=text, format=format, nonprose=nonprose, **values)
