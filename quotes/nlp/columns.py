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


_NEAREST: weakref.WeakKeyDictionary[Doc, dict[tuple[int, tuple[int, ...]], tuple[list[int], list[int]]]] = (
    weakref.WeakKeyDictionary()
)


def nearest(doc: Doc, attr: int, values: tuple[int, ...]) -> tuple[list[int], list[int]]:
    """Per token, the index of the nearest token at or before it, and at or after it, whose ``attr``
    is one of ``values`` (-1 and ``len(doc)`` where there is none): "the last quotation mark before
    this word" in one look-up, read once per Doc."""
    found = _NEAREST.get(doc)
    if found is None:
        found = _NEAREST[doc] = {}
    key = (attr, values)
    if key not in found:
        col = column(doc, attr)
        hit = numpy.isin(col, numpy.asarray(values, dtype=col.dtype))
        index = numpy.arange(len(col))
        before = numpy.maximum.accumulate(numpy.where(hit, index, -1)) if len(col) else index
        after = numpy.minimum.accumulate(numpy.where(hit, index, len(col))[::-1])[::-1] if len(col) else index
        found[key] = (before.tolist(), after.tolist())
    return found[key]
