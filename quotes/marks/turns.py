"""Transcript turns: speech set off by a speaker's label instead of quotation marks.

Interviews and hearings are printed as turns: ``LENA ORTIZ: We have done what we could.``,
``Ortiz: …``, ``Q: …`` / ``A: …``. A paragraph opening with such a label is a turn when the
article has at least ``MIN_TURNS`` of them (one "Note: …" line is not a transcript). The words after
the label are the quotation; the label names the speaker (``Q`` the interviewer, ``A`` the person
interviewed). A turn that holds quotation marks of its own is left to those marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotes.layout.paragraphs import Paragraph
from quotes.lexicons.furniture import ANSWER_LABELS, INTERVIEWER_LABELS, NOT_SPEAKER_LABELS
from quotes.lexicons.grammar import UPPER
from quotes.marks.scan import QuoteSpan

# A label: one to four capitalised words (or initials) and a colon, or "Q." / "A.", then the words.
_TURN_LABEL = re.compile(rf"\s*(?:({UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,3}})\s*:|([QA])\.)\s+(?=\S)")
MIN_TURNS = 2
MIN_TURN_WORDS = 3  # "Jo Roe: 1,769." is a table row, not a turn
_NAME_LIST_SHARE = 0.6  # a turn whose words are capitalised beyond this share is a list of names
_WORDS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Label:
    """A turn's label: its text, where it stands, and where the words said begin."""

    text: str
    start: int
    end: int
    body: int


def turn_label(text: str, start: int = 0, end: int | None = None) -> Label | None:
    """The speaker label ``text[start:end]`` opens with ("LENA ORTIZ: …", "A. …"), if any."""
    m = _TURN_LABEL.match(text, start, len(text) if end is None else end)
    if m is None:
        return None
    group = 1 if m.group(1) is not None else 2
    if m.group(group).lower() in NOT_SPEAKER_LABELS:
        return None
    return Label(m.group(group), m.start(group), m.end(group), m.end())


def find_turns(text: str, paragraphs: Sequence[Paragraph], quoted: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """The transcript turns among ``paragraphs``, as quotations whose ``label`` names the speaker.

    Questions (``Q:``, ``MODERATOR:``) are not returned: they are the interviewer's, not the story's
    quotations.
    """
    found: list[tuple[Paragraph, Label]] = []
    for para in paragraphs:
        label = turn_label(text, para.start, para.end)
        words = _WORDS.findall(text, label.body, para.end) if label is not None else []
        said = len(words) >= MIN_TURN_WORDS and not _name_list(words)
        if label is not None and said and _speaker_like(label.text, text):
            found.append((para, label))
    if len(found) < MIN_TURNS:
        return []
    marked = {q.paragraph for q in quoted}
    turns: list[QuoteSpan] = []
    for para, label in found:
        if para.index in marked or label.text.lower() in INTERVIEWER_LABELS:
            continue
        end = para.end
        while end > label.body and text[end - 1].isspace():
            end -= 1
        turns.append(
            QuoteSpan(
                [(label.body, end)], "turn", label.start, None, para.index,
                last_paragraph=para.index, label=(label.start, label.end),
            )
        )  # fmt: skip
    return turns


def _name_list(words: Sequence[str]) -> bool:
    """Words most of which are capitalised: a list of names after a heading ("Ohio: Jo Roe, Al
    Finn, …"), not words said."""
    return sum(w[:1].isupper() for w in words) > _NAME_LIST_SHARE * len(words)


def _speaker_like(label: str, text: str) -> bool:
    """A label that names a speaker: Q or A, a name in capitals as transcripts print it, or the
    surname of someone the article names in full ("Ortiz:" after "Lena Ortiz")."""
    low = label.lower()
    if low in INTERVIEWER_LABELS or low in ANSWER_LABELS or (label.isupper() and len(label) > 2):
        return True
    last = label.split()[-1]
    return re.search(rf"\b{UPPER}[\w'’-]+ {re.escape(last)}\b", text) is not None
