"""Word lists of general English that the rules read: speech, people, page furniture.

- ``speech``: speech verbs, source phrases, speech nouns (where a new cue word goes).
- ``people``: titles, role nouns, pronouns, gendered words.
- ``places``: country names (a country that speaks is its government).
- ``furniture``: the vocabulary of web-page menus, teasers, forms and appeals.
- ``grammar``: closed-class words: determiners, auxiliaries, relative pronouns, name particles.
- ``meaning``: negations, antonyms, number and date words, function words (for compare).

Quotation-mark styles live in ``quotes.marks.styles``.
"""

from __future__ import annotations


def word_set(block: str) -> frozenset[str]:
    """The white-space separated words of a block of text, lower-cased."""
    return frozenset(w.strip().lower() for w in block.split() if w.strip())
