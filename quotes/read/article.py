"""Assemble an Article from decoded text: non-prose spans, then stated metadata over inferred metadata."""

from __future__ import annotations

from collections.abc import Mapping

from quotes.errors import InputError
from quotes.read.html_page import NoText, extract_html
from quotes.read.markdown import parse_markdown
from quotes.read.markup import markup_spans
from quotes.read.metadata import FIELDS, infer_metadata, stated_value
from quotes.records import Article

FORMATS = ("text", "markdown", "html", "jsonl")


def build_article(
    id: str, text: str, format: str = "text", stated: Mapping[str, str | None] | None = None
) -> Article:
    """An Article for ``text``; ``stated`` values (manifest, JSONL fields) win over what is inferred.

    For HTML, the page's meta tags come first, then what its main text states (a masthead, a byline,
    a dateline, a copyright line); for text and Markdown, what the text states.
    """
    given = {field: stated_value(value) for field, value in (stated or {}).items()}
    missing = [field for field in FIELDS if not given.get(field)]
    nonprose: list[tuple[int, int]] = []
    found: dict[str, str | None] = {}
    if format == "html":
        try:
            text, found = extract_html(text)
        except NoText as err:
            raise InputError(id, str(err)) from None
        found = {field: stated_value(value) for field, value in found.items()}
        if any(not found.get(field) for field in ("outlet", "published") if field in missing):
            from_text = infer_metadata(text, "text")
            for field in ("outlet", "published"):
                found[field] = found.get(field) or from_text.get(field)
    elif format == "markdown":
        document = parse_markdown(text)
        nonprose = document.nonprose
        found = infer_metadata(text, "markdown", document) if missing else {}
    else:
        nonprose = markup_spans(text)
        found = infer_metadata(text, "text") if missing else {}
    values = {field: given.get(field) or stated_value(found.get(field)) for field in FIELDS}
    return Article(id=id, text=text, format=format, nonprose=nonprose, **values)
