"""Find markup embedded in text (HTML/XML tags, comments, shortcodes): spans that are not prose."""

from __future__ import annotations

import re
from collections.abc import Iterable

Span = tuple[int, int]

# HTML elements: an opening tag with one of these names is markup even without attributes.
_HTML_TAG_NAMES = """
a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption
center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd
label legend li link main map mark meta meter nav noscript object ol optgroup option output p param
picture pre progress q s samp script section select small source span strike strong style sub
summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var
video wbr
"""
_HTML_TAGS = frozenset(_HTML_TAG_NAMES.split())

_QUOTED = r"""(?:"[^"]*"|'[^']*'|[“”″][^"“”″\n]*[“”″]|[‘’][^‘’\n]*[‘’])"""
_ATTR = r"""\s+[A-Za-z_:@][\w:.@-]*(?:\s*=\s*(?:""" + _QUOTED + r"""|[^\s"'=<>`\]]+))?"""
_TAG = re.compile(
    r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9:_.-]*)(?P<attrs>(?:" + _ATTR + r")*)\s*(?P<self>/)?>"
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DECLARATION = re.compile(r"<![A-Za-z][^<>]*>|<\?[A-Za-z][^<>]*\?>")
_SHORTCODE = re.compile(
    r"\[(?P<close>/)?(?P<name>[A-Za-z][\w-]*)(?P<attrs>(?:" + _ATTR + r")*)\s*(?P<self>/)?\]"
)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted, with overlapping or touching spans joined; empty spans dropped."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _tags(text: str, pattern: re.Pattern[str], opener: str) -> list[Span]:
    """Tag-like matches of ``pattern`` that are clearly markup, not prose that happens to use brackets."""
    found = list(pattern.finditer(text))
    closers = {m["name"].lower() for m in found if m["close"]}
    spans = []
    for match in found:
        name = match["name"].lower()
        if match["close"]:
            is_markup = not match["attrs"]
        else:
            is_markup = (
                match["self"] is not None
                or "=" in match["attrs"]
                or name in closers
                or (opener == "<" and name in _HTML_TAGS)
            )
        if is_markup:
            spans.append(match.span())
    return spans


def markup_spans(text: str) -> list[Span]:
    """``(start, end)`` spans of tags, comments and shortcodes in ``text``; the words between stay prose."""
    spans = [m.span() for m in _COMMENT.finditer(text)]
    spans += [m.span() for m in _DECLARATION.finditer(text)]
    spans += _tags(text, _TAG, "<")
    spans += _tags(text, _SHORTCODE, "[")
    return merge_spans(spans)
