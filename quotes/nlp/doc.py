"""Make the text spaCy parses: only the paragraphs the rules need, at their own offsets.

Everything not parsed is blanked (spaces, line breaks kept), so the Doc has the article's length and
``token.idx`` is an offset in the article text: no offset mapping is ever needed. Each paragraph
starts a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quotes.layout.paragraphs import Paragraph


def _blank(segment: str) -> str:
    return re.sub(r"[^\r\n]", " ", segment)


def masked_text(text: str, keep: Sequence[Paragraph], hide: Iterable[tuple[int, int]] = ()) -> str:
    """``text`` with everything outside the ``keep`` paragraphs (and inside ``hide``) blanked."""
    hidden = sorted((s, e) for s, e in hide if e > s)
    pieces: list[str] = []
    pos = 0
    for p in sorted(keep, key=lambda p: p.start):
        pieces.append(_blank(text[pos : p.start]))
        segment = text[p.start : p.end]
        for s, e in hidden:
            if s < p.end and e > p.start:
                lo, hi = max(s, p.start) - p.start, min(e, p.end) - p.start
                segment = segment[:lo] + _blank(segment[lo:hi]) + segment[hi:]
        pieces.append(segment)
        pos = p.end
    pieces.append(_blank(text[pos:]))
    return "".join(pieces)


def make_doc(
    nlp: Language, text: str, keep: Sequence[Paragraph], hide: Iterable[tuple[int, int]] = ()
) -> Doc:
    """A tokenized, not yet parsed Doc of the kept paragraphs, each paragraph opening a sentence."""
    doc = nlp.make_doc(masked_text(text, keep, hide))
    starts = {p.start for p in keep}
    for token in doc:
        if token.idx in starts:
            token.is_sent_start = True
    return doc
