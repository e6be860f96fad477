"""A parsed Doc's token attributes as numpy columns, read once per Doc.

Rules that look at a word's neighbours ("is there an opening quotation mark within 40 words?") would
otherwise build a spaCy ``Token`` for every word they pass. A column is read when first asked for,
after the pipeline has annotated the Doc, and kept as long as the Doc lives.
"""

from __future__ import annotations

import weakref

import numpy
from spacy.tokens import Doc

_COLUMNS: weakref.WeakKeyDictionary[Doc, dict[int, numpy.ndarray]] = weakref.WeakKeyDictionary()


def column(doc: Doc, attr: int) -> numpy.ndarray:
    """The values of one token attribute (a ``spacy.attrs`` id) for every token of ``doc``."""
    columns = _COLUMNS.get(doc)
    if columns is None:
        columns = _COLUMNS[doc] = {}
    values = columns.get(attr)
    if values is None:
        values = columns[attr] = doc.to_array(attr)
    return values
