"""A quotation as words: how it splits, how words are normalised, and how much two share.

Every step that compares quotations (attribution's same-words rule, compare, check, the bank) splits
and normalises words here, so that they all agree on what a word is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from quotes.lexicons.meaning import FUNCTION_WORDS

WORD_TOKEN = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*|\.\.\.|…|\[[^\]]*\]", re.UNICODE)
ELLIPSIS = frozenset({"...", "…"})


@dataclass(frozen=True, slots=True)
class Words:
    """A quotation as words: as printed (for display) and normalised (for matching)."""

    shown: tuple[str, ...]
    norm: tuple[str, ...]

    @property
    def content(self) -> frozenset[str]:
        """The words that carry meaning (no function words, no ellipses)."""
        return frozenset(w for w in self.norm if w not in FUNCTION_WORDS and w not in ELLIPSIS)


def normalise(word: str) -> str:
    """A word for matching: lower case, curly apostrophe straightened, brackets kept."""
    word = word.lower().replace("’", "'")
    return word.replace(",", "") if any(c.isdigit() for c in word) else word


def words(text: str) -> Words:
    """Split a quotation into words (ellipses and [editorial insertions] are words of their own)."""
    shown = tuple(WORD_TOKEN.findall(text))
    return Words(shown, tuple(normalise(w) for w in shown))


def longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The length of the longest run of words the two share."""
    if not a or not b:
        return 0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size


def containment(short: frozenset[str], long: frozenset[str]) -> float:
    """The share of ``short``'s content words that ``long`` also has."""
    return len(short & long) / len(short) if short else 0.0
