"""Make the text spaCy parses: only the paragraphs the rules need, at their own offsets.

Everything not parsed is blanked (spaces, line breaks kept), so the Doc has the article's length and
``token.idx`` is an offset in the article text: no offset mapping is ever needed. Each paragraph
starts a sentence.

A long article is cut at paragraph starts into pieces of about ``CHUNK_CHARS`` characters of parsed
text (the blanked rest is a few space tokens), parsed piece by piece and joined again
(``join_docs``): the parser's memory then stays bounded however long the article is, and the joined
Doc has the same offsets as one parse would.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_SPACE,
    LEMMA,
    LENGTH,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc

from quotes.layout.paragraphs import Paragraph
from quotes.lexicons.grammar import SENTENCE_OPENERS, UPPER
from quotes.nlp.entities import mark_plain
from quotes.nlp.mentions import AGE

_NOT_LINE_BREAKS = re.compile(r"[^\r\n]+")


def _blank(segment: str) -> str:
    return _NOT_LINE_BREAKS.sub(lambda m: " " * (m.end() - m.start()), segment)


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


CHUNK_CHARS = 20_000


def make_docs(
    nlp: Language,
    text: str,
    keep: Sequence[Paragraph],
    hide: Iterable[tuple[int, int]] = (),
    chunk_chars: int = CHUNK_CHARS,
    plain: Iterable[tuple[int, int]] = (),
) -> list[Doc]:
    """Tokenized, not yet parsed Docs of consecutive pieces of the masked text, cut at paragraph starts.

    Joined with ``join_docs`` after parsing they give one Doc whose offsets are the article's.
    ``plain``: character ranges that need no named entities (``quotes.nlp.entities``).
    """
    plain = sorted(plain)
    masked = masked_text(text, keep, hide)
    starts = sorted({p.start for p in keep})
    lengths = {p.start: p.end - p.start for p in keep}
    cuts = [0]
    parsed = 0  # characters of kept paragraphs since the last cut: the blanked rest costs nothing
    for start in starts:
        if parsed >= chunk_chars:
            cuts.append(start)
            parsed = 0
        parsed += lengths[start]
    cuts.append(len(masked))
    opening = numpy.array(starts, dtype=numpy.uint64)
    docs: list[Doc] = []
    for lo, hi in itertools.pairwise(cuts):
        piece = masked[lo:hi]
        doc = nlp.make_doc(piece)
        _ages_as_one_word(doc, piece)
        _keep_initials_in_names(doc, piece)
        _keep_bracketed_abbreviations(doc, piece)
        if len(doc):
            # The first word of each paragraph (a blanked dateline may come before it), found by the
            # offsets of the words without a Token per token.
            table = doc.to_array([IDX, IS_SPACE])
            words = numpy.flatnonzero(table[:, 1] == 0)
            offsets = table[words, 0].astype(numpy.uint64) + numpy.uint64(lo)
            inside = opening[(opening >= lo) & (opening < hi)]
            firsts = numpy.searchsorted(offsets, inside)
            for k in numpy.unique(firsts[firsts < len(words)]).tolist():
                doc[int(words[k])].is_sent_start = True
            _no_break_after_words(doc, piece)
            mark_plain(doc, [(max(s, lo) - lo, min(e, hi) - lo) for s, e in plain if s < hi and e > lo])
        docs.append(doc)
    return docs


def _no_break_after_words(doc: Doc, text: str) -> None:
    """No sentence starts right after a word inside a paragraph: English ends a sentence with a
    stop, a mark or a line break, so "… by ten points\n\nIvo Tallack leads …" keeps "Ivo" with its
    sentence (the parser, misled by the headline before, made "Ivo" a sentence of its own). A word
    with a stop of its own ("U.S.", "Mr.") may still end one; a paragraph start stays one.
    ``text`` is the Doc's text."""
    if len(doc) < 2:
        return
    table = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).astype(numpy.int64)
    last = (table[:, 0] + table[:, 1] - 1).tolist()
    ends_word = numpy.array([text[k].isalnum() for k in last], dtype=bool) & (table[:, 2] == 0)
    held = numpy.zeros(len(doc), dtype=bool)
    held[1:] = ends_word[:-1] & (table[1:, 2] == 0) & (table[1:, 3] != 1)
    if held.any():
        starts = table[:, 3].copy()
        starts[held] = -1
        doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))


def _ages_as_one_word(doc: Doc, text: str) -> None:
    """"the 24-year-old" as one word before the parse: split in five, the tagger takes "old" for an
    adjective and the verb after it for a participle ("The 24-year-old told team-mates …" parsed as
    a noun phrase "told team-mates"), and the sentence loses its verb. As one word it is a noun, or
    an adjective before one ("a 24-year-old man"). ``text`` is the Doc's text."""
    spans = [doc.char_span(m.start(), m.end()) for m in AGE.finditer(text)]
    spans = [s for s in spans if s is not None and len(s) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)


def _keep_initials_in_names(doc: Doc, text: str) -> None:
    """A middle initial does not end a sentence: in "Ben S. Roe said" the parser would start one at
    "Roe" and lose the name's verb. The word after a one-letter initial, between capitalised words,
    is marked as no sentence start unless it is a word that opens sentences ("… Plan B. The …").
    ``text`` is the Doc's text (``doc.text`` would build a Token per token to join it again)."""
    for m in _INITIAL_IN_NAME.finditer(text):  # only where the text has one: no Token per token
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and len(span) and span[0].lower_ not in SENTENCE_OPENERS:
            span[0].is_sent_start = False


def _keep_bracketed_abbreviations(doc: Doc, text: str) -> None:
    """A short abbreviation in brackets does not end a sentence: in "Colonel (retd.) Jo Roe said"
    the parser would start one at "Jo" and lose the name's verb. The word after the bracket is
    marked as no sentence start. ``text`` is the Doc's text."""
    for m in _BRACKETED_ABBREVIATION.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and len(span) and span[0].lower_ not in SENTENCE_OPENERS:
            span[0].is_sent_start = False


# "(retd.)", "(Ret.)", "(R.)": one or two short pieces each ending in a stop, then a capitalised word
_BRACKETED_ABBREVIATION = re.compile(rf"\((?:[^\W\d_]{{1,6}}\.){{1,2}}\) ({UPPER}[\w'’-]*)")
_INITIAL_IN_NAME = re.compile(rf"(?<={UPPER})[\w'’-]* {UPPER}\. ({UPPER}[\w'’-]*)")


# What a parse puts on a token, as ``Doc.from_docs`` carries it over (words and spaces go apart).
_PARSE_ATTRS = [NORM, TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH, POS, SENT_START]


def join_docs(docs: Sequence[Doc]) -> Doc:
    """One Doc of parsed consecutive pieces, with the offsets of the text they were cut from.

    As ``Doc.from_docs`` with no whitespace added, no tensor and no user data, but words and spaces
    are read as columns (``from_docs`` makes a Token per word, three times over)."""
    if len(docs) == 1:
        return docs[0]
    vocab = docs[0].vocab
    strings = vocab.strings
    words: list[str] = []
    spaces: list[bool] = []
    for doc in docs:
        cols = doc.to_array([ORTH, SPACY])
        words.extend(strings[o] for o in cols[:, 0].tolist())
        spaces.extend(bool(s) for s in cols[:, 1].tolist())
    joined = Doc(vocab, words=words, spaces=spaces)
    joined.from_array(_PARSE_ATTRS, numpy.concatenate([doc.to_array(_PARSE_ATTRS) for doc in docs]))
    return joined
