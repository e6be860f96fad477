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

from quotes.layout.paragraphs import Paragraph
from quotes.lexicons.furniture import NOT_SPEAKER_LABELS
from quotes.marks.scan import QuoteSpan

# A label: one to four capitalised words (or initials) and a colon, then the words said.
TURN_LABEL = re.compile(r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
MIN_TURNS = 2
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})


def label_of(paragraph_text: str) -> str | None:
    """The speaker label a paragraph opens with ("LENA ORTIZ", "Q"), or None."""
    m = TURN_LABEL.match(paragraph_text)
    if m is None or m.group(1).lower() in NOT_SPEAKER_LABELS:
        return None
    return m.group(1)


def find_turns(text: str, paragraphs: Sequence[Paragraph], quoted: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """The transcript turns among ``paragraphs``, as quotations whose ``label`` names the speaker.

    Questions (``Q:``) are not returned: they are the interviewer's, not the story's quotations.
    """
    found: list[tuple[Paragraph, re.Match[str]]] = []
    for para in paragraphs:
        m = TURN_LABEL.match(text, para.start, para.end)
        if m is not None and m.group(1).lower() not in NOT_SPEAKER_LABELS and _speaker_like(m.group(1), text):
            found.append((para, m))
    if len(found) < MIN_TURNS:
        return []
    marked = {q.paragraph for q in quoted}
    turns: list[QuoteSpan] = []
    for para, m in found:
        if para.index in marked or m.group(1).lower() in QUESTION_LABELS:
            continue
        end = para.end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        turns.append(
            QuoteSpan(
                [(m.end(), end)], "turn", m.start(1), None, para.index,
                last_paragraph=para.index, label=(m.start(1), m.end(1)),
            )
        )  # fmt: skip
    return turns


def _speaker_like(label: str, text: str) -> bool:
    """A label that names a speaker: Q or A, a name in capitals as transcripts print it, or the
    surname of someone the article names in full ("Ortiz:" after "Lena Ortiz")."""
    low = label.lower()
    if low in QUESTION_LABELS or low in ANSWER_LABELS or (label.isupper() and len(label) > 2):
        return True
    last = label.split()[-1]
    return re.search(rf"\b[A-Z][\w'’-]+ {re.escape(last)}\b", text) is not None
