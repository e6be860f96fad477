"""Repairs of parses the small English model gets wrong in a way every rule after it would have to
read around: made once on the parsed Doc, before attribution.

- ``participle_after_apposition``: "Its chairman, Jo Roe, accused officials of lying", parsed as a
  noun phrase whose last noun "accused officials" the verb modifies ("the accused man"): the verb
  is the sentence's, its subject the noun the name is set off after, its object that noun.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

_PARTICIPLE_TAGS = numpy.array(sorted(get_string_id(t) for t in ("VBN", "VBD")), dtype=numpy.uint64)
_AMOD = get_string_id("amod")
_NOMINAL = frozenset({"NOUN", "PROPN"})


def repair_parse(doc: Doc) -> int:
    """Put right the misparses this module knows, in place; the number put right."""
    if not len(doc):
        return 0
    table = doc.to_array([TAG, DEP])
    candidates = numpy.flatnonzero(numpy.isin(table[:, 0], _PARTICIPLE_TAGS) & (table[:, 1] == _AMOD))
    repaired = 0
    for i in candidates.tolist():
        if _participle_after_apposition(doc[i]):
            repaired += 1
    return repaired


def _participle_after_apposition(verb: Token) -> bool:
    """A past verb read as the modifier of the noun after it, right after the comma that closes a
    name set off after the sentence's subject, in a sentence with no verb at its root: made the
    sentence's verb (see the module's docstring)."""
    doc = verb.doc
    obj = verb.head
    subject = obj.head
    if verb.i < 2 or doc[verb.i - 1].text != "," or obj.i <= verb.i or obj.pos_ not in _NOMINAL:
        return False
    if obj.dep_ != "appos" or subject.dep_ != "ROOT" or subject.pos_ not in _NOMINAL or subject.i > verb.i:
        return False
    # the name set off by commas between them: "Its chairman, Jo Roe, accused …"
    name = next((c for c in subject.children if c.dep_ == "appos" and subject.i < c.i < verb.i), None)
    if name is None or name.pos_ != "PROPN" or name.right_edge.i not in (verb.i - 2, verb.i - 1):
        return False
    if doc[name.left_edge.i - 1].text != ",":
        return False
    later = [c for c in subject.children if c.i > verb.i and c.i != obj.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    subject.head = verb
    subject.dep_ = "nsubj"
    obj.head = verb
    obj.dep_ = "dobj"
    for child in later:  # the full stop, and whatever else the parse hung on the subject after the verb
        child.head = verb
    return True
