"""Discourse rules for quotations whose own sentence has no cue.

In the order tried:

- ``headline-colon``: a headline in the form ``Speaker: ‘words’``.
- ``same-words``: the same words are attributed elsewhere in the article (a standfirst or a
  headline repeating the body, a pull quote).
- ``continuation``: the quotation follows another in its paragraph ("“…,” she said. “…”"), or opens
  its paragraph right after a paragraph that ends with an attributed quotation.
- ``previous-subject``: a quotation that opens its sentence takes the subject of the sentence before,
  when that subject is someone who spoke or acted ("X discussed the incident on Tuesday. “…”").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotes.attribute.cues import SUBJECTS
from quotes.attribute.mentions import Mention, mention_for
from quotes.attribute.rules import QuoteTokens

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NOT_SOMEONE = frozenset({"it", "there", "this", "that", "what"})
_HEADLINE_SPEAKER = re.compile(r"^\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*:\s")


def words(text: str) -> list[str]:
    """Lower-cased words, apostrophes normalised."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def containment(short: Sequence[str], long: Sequence[str]) -> float:
    """The share of ``short``'s words found in ``long`` (as a multiset)."""
    if not short:
        return 0.0
    pool: dict[str, int] = {}
    for w in long:
        pool[w] = pool.get(w, 0) + 1
    hits = 0
    for w in short:
        if pool.get(w, 0) > 0:
            pool[w] -= 1
            hits += 1
    return hits / len(short)


def headline_speaker(doc: Doc, text: str, paragraph_start: int, q: QuoteTokens) -> Mention | None:
    """``Speaker: ‘words’`` in a headline: the mention before the colon."""
    if q.open_mark is None:
        return None
    before = text[paragraph_start : q.open_mark.idx]
    m = _HEADLINE_SPEAKER.match(before)
    if m is None:
        return None
    span = doc.char_span(paragraph_start + m.start(1), paragraph_start + m.end(1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    return mention_for(span[-1])


def opens_sentence(q: QuoteTokens, outside: list[bool]) -> bool:
    """True when nothing but punctuation stands before the quotation in its sentence."""
    if q.open_mark is None or not q.tokens:
        return False
    sent = q.open_mark.sent
    for t in sent:
        if t.i >= q.open_mark.i:
            return True
        if outside[t.i] and not (t.is_punct or t.is_space):
            return False
    return True


def previous_sentence(token: Token) -> Span | None:
    """The sentence before the one holding ``token``, skipping blank ones."""
    doc = token.doc
    start = token.sent.start
    while start > 0:
        prev = doc[start - 1].sent
        if any(not t.is_space for t in prev):
            return prev
        start = prev.start
    return None


def sentence_subject(sent: Span, outside: list[bool]) -> Token | None:
    """The subject of a sentence's main verb, if it is outside quotations and names someone."""
    root = sent.root
    if not outside[root.i]:
        return None
    for child in root.children:
        names_someone = child.pos_ in {"PROPN", "NOUN", "PRON"} and child.lower_ not in _NOT_SOMEONE
        if child.dep_ in SUBJECTS and outside[child.i] and names_someone:
            return child
    return None
