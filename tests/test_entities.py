"""Named entities only where the rules use them (``quotes.nlp.entities``)."""

from __future__ import annotations

from quotes.nlp.entities import deferred, mark_plain, recognise, untagged
from quotes.nlp.model import load_model

TEXT = (
    "Mara Lynch of the Harbour Trust met Jo Hart in Oslo on Monday. "
    "Officials in Bergen said Ilse Brandt would speak for the Island Council."
)


def _ents(doc):  # type: ignore[no-untyped-def]
    return [(e.text, e.label_) for e in doc.ents]


def test_with_nothing_marked_the_entities_are_the_stock_ones() -> None:
    nlp = load_model()
    assert deferred(nlp)
    stock = nlp(TEXT)
    doc = nlp(TEXT, disable=["ner"])
    recognise(nlp, [doc])
    assert _ents(doc) == _ents(stock) and _ents(doc)


def test_a_marked_stretch_gets_no_entities_and_the_rest_keeps_its_own() -> None:
    nlp = load_model()
    stock = nlp(TEXT)
    cut = TEXT.index("Officials")
    doc = nlp.make_doc(TEXT)
    mark_plain(doc, [(cut, len(TEXT))])
    for _, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    recognise(nlp, [doc])
    before = [e for e in _ents(stock) if TEXT.index(e[0]) < cut]
    assert _ents(doc) == before
    # the marked stretch is left untagged, told apart from words the tagger read and found no name in
    assert all(untagged(t) for t in doc if t.idx >= cut)
    assert not any(untagged(t) for t in doc if t.idx < cut)
