"""Tell a direct quotation from a partial one, from a scare quote, and from a title."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.lexicons.grammar import FINITE_TAGS
from quotes.lexicons.people import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS
from quotes.marks.styles import ALL_MARKS
from quotes.nlp.mentions import SUBJECTS
from quotes.records import Kind

_WORD = re.compile(r"[^\W_]+")


# A full stop, question or exclamation mark inside the quotation with a capital after it: the
# quoted words run over a sentence's end ("No. Next question."), as no fragment does.
_MARK_CLASS = "[" + re.escape("".join(sorted(ALL_MARKS))) + "]"
_SENTENCE_BREAK = re.compile(rf"(\w+)[.!?]+{_MARK_CLASS}?\s+{_MARK_CLASS}?[A-Z]")


def is_clause(text: str, tokens: list[Token]) -> bool:
    """True when the quoted words are a sentence or clause of their own, not a fragment: one with a
    verb, or sentences said one after another ("No. Next question.")."""
    words = _WORD.findall(text)
    if len(words) < 2:
        return False
    first = next((c for c in text if c.isalnum() or c in "[…"), "")
    if not (first.isupper() or first.isdigit() or first in "[…"):
        return False
    if _runs_over_a_sentence(text):
        return True
    if len(words) == 2:  # "Nobody listens," "We won.": a finite verb with its subject; not "Stay tuned"
        inside = {t.i for t in tokens}
        return any(t.tag_ in FINITE_TAGS and _subject_within(t, inside) for t in tokens)
    return any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in tokens)


def _runs_over_a_sentence(text: str) -> bool:
    """Whether a sentence ends inside the quoted words: not at an abbreviation ("Mr. Nice Guy") nor
    an initial ("J. Roe")."""
    for found in _SENTENCE_BREAK.finditer(text):
        word = found.group(1)
        if len(word) > 1 and word not in NAME_ABBREVIATIONS and f"{word}." not in TITLE_ABBREVIATIONS:
            return True
    return False


def _subject_within(verb: Token, inside: set[int]) -> bool:
    """The verb's subject (or the "there" of "there is") stands among the quoted words."""
    return any(c.dep_ in _SUBJECTS and c.i in inside for c in verb.children)


_SUBJECTS = SUBJECTS | {"expl"}


def kind_of(text: str, tokens: list[Token], attributed: bool) -> Kind:
    """``direct`` for a clause quoted as said, ``partial`` for an attributed fragment, else ``scare``."""
    clause = is_clause(text, tokens)
    if attributed:
        return "direct" if clause else "partial"
    return "direct" if clause and len(_WORD.findall(text)) >= 5 else "scare"


def is_title(text: str) -> bool:
    """Words in title case ("The Dealmaker’s Last Stand", "Coal Isn’t the Villain."): the name of
    a work or a headline in a link list, not words someone said."""
    words = _WORD.findall(text)
    long = [w for w in words if len(w) >= 4 and not w.isdigit()]
    if len(words) < 2 or len(long) < 2 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() for w in long) and not all(w.isupper() for w in long)
