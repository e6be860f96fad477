"""Split a stretch of text into sentences by its punctuation, keeping character offsets, for the
steps that look at sentences before (or without) a parse."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes.lexicons.grammar import UPPER_CHARS
from quotes.lexicons.people import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS, TITLE_WORDS

_ABBREVIATIONS = frozenset(w.lower().rstrip(".") for w in (*NAME_ABBREVIATIONS, *TITLE_ABBREVIATIONS))
_SENTENCE_END = re.compile(rf"[.!?]+[\"'”’)\]]*\s+(?=[{UPPER_CHARS}\"“‘'])")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_BRACKETED = re.compile(r"\((?:[^\W\d_]{1,6}\.){1,2}\)\s+$")  # "(retd.)", "(R.I.)" before the stop's space


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the sentences of ``text[start:end]``, cut at a full stop, a question or an
    exclamation mark before a capital, but not after a title ("Mr. Roe") or an initial ("J. Roe")."""
    at = start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start() + 1)
        word = before.group(1).lower() if before else ""
        if len(word) <= 1 or word in TITLE_WORDS or word in _ABBREVIATIONS or word.isupper():
            continue  # "Mr. Roe", "J. Roe", "the St. Clair jail", "U.S. troops"
        if _BRACKETED.search(text, max(start, m.start() - 16), m.end()):
            continue  # "Colonel (retd.) Jo Roe": a short abbreviation in brackets
        yield at, m.end()
        at = m.end()
    if at < end:
        yield at, end
