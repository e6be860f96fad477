"""Named entities only where the rules use them: the recogniser skips text parsed for reported speech alone.

The entity recogniser is the costliest component of the small English pipelines (it has its own
token embedding and about 75 actions to weigh at every token). Paragraphs parsed only for their
reported speech ("Officials said talks had stalled") need the parse, not entity types: their
speakers are typed by the article's names (``quotes.speakers``) and shares of people by their
numbers. :func:`mark_plain` records such stretches on a Doc before it is parsed; :func:`recognise`
runs the recogniser over the rest of each Doc and writes its entities back, every token of the
skipped stretches outside any entity. A Doc with nothing marked gets exactly the stock annotation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import IDX, ORTH, SPACY, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotes.lexicons.first_names import given_name
from quotes.lexicons.grammar import FINITE_TAGS
from quotes.lexicons.people import (
    COMPANY_NOUNS,
    GENERIC_BODY_NOUNS,
    INSTITUTION_WORDS,
    KIND_BEFORE_NAME_WORDS,
    POST_NOMINALS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from quotes.nlp.mentions import forget_mentions

ENTITY_RECOGNISER = "ner"
_PLAIN = "quotes.plain"  # Doc.user_data key: (start, end) character ranges the recogniser skips


def mark_plain(doc: Doc, ranges: Iterable[tuple[int, int]]) -> None:
    """Record on ``doc`` the character ranges (offsets in ``doc.text``) that need no entities."""
    ranges = [(s, e) for s, e in ranges if e > s]
    if ranges:
        doc.user_data[_PLAIN] = sorted(ranges)


def deferred(nlp: Language) -> bool:
    """Whether the recogniser can run after the rest of the pipeline: it is the last component
    (so nothing after it reads entities), as in spaCy's own English pipelines."""
    return bool(nlp.pipe_names) and nlp.pipe_names[-1] == ENTITY_RECOGNISER


def recognise(nlp: Language, docs: Sequence[Doc]) -> None:
    """Run the pipeline's entity recogniser over ``docs`` (parsed without it), skipping the
    stretches :func:`mark_plain` recorded but for the words around a one-word source there
    (:func:`_one_word_sources`), which only learns whether that word names a body."""
    ner = nlp.get_pipe(ENTITY_RECOGNISER)
    inputs: list[Doc] = []
    kept: list[tuple[numpy.ndarray, numpy.ndarray, list[int]] | None] = []
    for doc in docs:
        ranges = doc.user_data.pop(_PLAIN, None)
        base = _outside(doc, ranges) if ranges else None
        if base is None or len(base) == len(doc):
            inputs.append(doc)
            kept.append(None)
            continue
        sources = _one_word_sources(doc, base)
        keep = _outside(doc, ranges, sources)
        inputs.append(_sub_doc(doc, keep))
        kept.append((keep, base, sources))
    for doc, done, plan in zip(docs, ner.pipe(inputs), kept, strict=True):
        if plan is not None:
            keep, base, sources = plan
            # The skipped stretches keep no entity tag at all ("missing", not "outside"): what no
            # tagger read is told apart from what it read and found no name in. Of the words read
            # around a source, only the source's own tag is kept, and only if it names a body.
            read = numpy.zeros(len(doc), dtype=bool)
            read[base] = True
            mapped = _mapped(doc, done, keep)
            ents = [e for e in mapped if read[e.start : e.end].all()]
            ents += [
                e for e in mapped
                if len(e) == 1 and e.start in sources and e.label_ in _BODY_LABELS and not read[e.start]
            ]  # fmt: skip
            for ent in ents:
                read[ent.start : ent.end] = False
            doc.set_ents(sorted(ents), outside=_runs(doc, read), default="unmodified")


_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_NOUNS_FOR_SPEAKERS = ROLE_NOUNS | INSTITUTION_WORDS | GENERIC_BODY_NOUNS | COMPANY_NOUNS


def _plural_noun(word: str) -> bool:
    """A plural of a noun for people or bodies ("landlords", "charities"), capitalised or not."""
    if not word.endswith("s"):
        return False
    singulars = {word[:-1], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
    return any(w in _NOUNS_FOR_SPEAKERS for w in singulars)


def untagged(token: Token) -> bool:
    """Whether no entity tagger read the token (a stretch :func:`mark_plain` recorded)."""
    return token.ent_iob == 0


def _runs(doc: Doc, mask: numpy.ndarray) -> list[Span]:
    """The stretches of consecutive tokens where ``mask`` holds, as Spans."""
    if not mask.any():
        return []
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate([[0], mask.astype(numpy.int8), [0]])))
    return [Span(doc, int(a), int(b)) for a, b in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True)]


def _outside(doc: Doc, ranges: Sequence[tuple[int, int]], read: Iterable[int] = ()) -> numpy.ndarray:
    """The indices of the tokens that start outside every range, and of those around the tokens
    ``read`` wherever they are."""
    starts = doc.to_array([IDX]).reshape(-1).astype(numpy.int64)
    inside = numpy.zeros(len(doc), dtype=bool)
    for s, e in ranges:
        inside |= (starts >= s) & (starts < e)
    for i in read:
        sent = doc[i].sent
        inside[max(sent.start, i - SOURCE_WINDOW) : min(sent.end, i + SOURCE_WINDOW + 1)] = False
    return numpy.flatnonzero(~inside)


_NNP_ID = get_string_id("NNP")
SOURCE_WINDOW = 3  # words read on each side of a one-word source in text no recogniser reads


def _one_word_sources(doc: Doc, read: numpy.ndarray) -> list[int]:
    """The one-word names that may be a source ("Toyota said …", "according to Reuters"): a
    capitalised proper noun alone as a verb's subject or after "according to". In text parsed for
    reported speech alone only the words around them are read for entities: a body's name ("Toyota")
    and a surname ("Roe") look alike without it."""
    found = []
    names = doc.to_array(TAG) == _NNP_ID  # (the columns first: no Token per word)
    names[read] = False
    for token in (doc[k] for k in numpy.flatnonzero(names).tolist()):
        if not token.is_alpha or not token.is_title:
            continue  # (not "Charities said …", a plural opening a sentence)
        head = token.head
        according = token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
        if token.dep_ not in {"nsubj", "nsubjpass"} and not according:
            continue
        if _plural_noun(token.lower_):
            continue  # ("Landlords said …", a plural the tagger took for a name)
        if any(c.dep_ in {"compound", "flat", "amod", "det", "poss"} for c in token.children):
            continue  # (a longer name: its words say what it is)
        if token.dep_ == "compound" or (token.i and doc[token.i - 1].pos_ == "PROPN"):
            continue
        found.append(token.i)
    return found


def _sub_doc(doc: Doc, keep: numpy.ndarray) -> Doc:
    """A Doc of the kept tokens' words alone (the recogniser reads nothing else of a token); words
    and spaces read from columns, without a Token per token."""
    cols = doc.to_array([ORTH, SPACY])
    strings = doc.vocab.strings
    kept = keep.tolist()
    words = [strings[o] for o in cols[keep, 0].tolist()]
    spaces = [bool(s) for s in cols[keep, 1].tolist()]
    for k in range(len(kept) - 1):
        if kept[k + 1] != kept[k] + 1:  # a skipped stretch between them
            spaces[k] = True
    if kept:
        spaces[-1] = True
    return Doc(doc.vocab, words=words, spaces=spaces)


def _mapped(doc: Doc, done: Doc, keep: numpy.ndarray) -> list[Span]:
    """The entities of the sub-Doc as Spans of ``doc``; none that would bridge a skipped stretch."""
    out: list[Span] = []
    for ent in done.ents:
        first, last = int(keep[ent.start]), int(keep[ent.end - 1])
        if last - first == ent.end - 1 - ent.start:
            out.append(Span(doc, first, last + 1, label=ent.label))
    return out


_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})  # words that end no name


def _before_open_bracket(ent: Span) -> int:
    """Where an entity ends: before an opening bracket it holds and does not close (or its end)."""
    depth, cut = 0, ent.end
    for t in reversed(ent):
        if t.text in _CLOSING:
            depth += 1
        elif t.text in _OPENING:
            if depth == 0:
                cut = t.i
            depth = max(depth - 1, 0)
    return cut if cut > ent.start else ent.end


_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")


def _glued_letters(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is small letters written onto the word before, in no entity of its own (a
    capital after a name is a word run on with no space: "Roe The …")."""
    t = doc[i]
    return not doc[i - 1].whitespace_ and t.is_alpha and t.is_lower and not t.ent_type_ and t.tag_ != "POS"


def trim_entities(doc: Doc) -> None:
    """Drop the function words (and stray marks or space) an entity ends in: the recogniser
    sometimes runs a name into the "of" of what follows ("Jo Roe of" in "Jo Roe of Hartwell
    Securities said"), into the full stop and space before a blanked paragraph, or into a bracket
    it does not close ("the Rural Workers Union (RWU" of "… (RWU) said"). Letters after a name
    ("Jo Roe MSP") go with the name, whatever the recogniser made of them."""
    trimmed: list[Span] = []
    dropped: list[Span] = []
    changed = False
    for ent in doc.ents:
        if all(t.text in POST_NOMINALS for t in ent) and ent.label_ != "PERSON":
            # "Jo Roe MSP", the letters tagged a body: the person's, as written ("name_parts" drops them)
            person = trimmed[-1] if trimmed and trimmed[-1].end == ent.start else None
            start = person.start if person is not None and person.label_ == "PERSON" else _name_before(ent)
            if start is not None:
                if person is not None:
                    trimmed.pop()
                trimmed.append(Span(doc, start, ent.end, label="PERSON"))
                changed = True
                continue
        if ent.label_ == "PERSON" and _named_after_a_body_noun(ent):
            trimmed.append(Span(doc, ent.start, ent.end, label="ORG"))  # "the environmental group Acme Watch"
            changed = True
            continue
        verb = next((t.i for t in ent[1:-1] if t.is_lower and t.tag_ in FINITE_TAGS), None)
        if verb is not None:  # "Stellmacher told Sky Sports" as one body: a name, a verb, a name
            trimmed.append(Span(doc, ent.start, verb, label=ent.label_))
            trimmed.append(Span(doc, verb + 1, ent.end, label=ent.label_))
            dropped.append(Span(doc, verb, verb + 1))
            continue
        of = _person_then_body(ent)
        if of is not None:  # "Jo Roe of Fernhill Capital" tagged one body: a person, then her firm
            trimmed.append(Span(doc, ent.start, of, label="PERSON"))
            trimmed.append(Span(doc, of + 1, ent.end, label="ORG"))
            dropped.append(Span(doc, of, of + 1))
            continue
        comma = _parted_at(ent)
        if comma is not None:  # "Asked about Roe, Vell said": two names the recogniser ran together
            trimmed.append(Span(doc, ent.start, comma, label=ent.label_))
            trimmed.append(Span(doc, comma + 1, ent.end, label=ent.label_))
            dropped.append(Span(doc, comma, comma + 1))
            continue
        if _kind_opening_sentence(ent):  # "Carmaker Veridane said": the firm is Veridane
            ent = Span(doc, ent.start + 1, ent.end, label="ORG")
            changed = True
        start = _name_word_left_out(ent)
        if start < ent.start:  # "Harlow Vale District Council", tagged from "Vale" on
            ent = Span(doc, start, ent.end, label=ent.label_)
            changed = True
        if _name_head_left_out(ent):  # "Tan Hui Min", tagged "Tan Hui"
            ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)
            changed = True
        end = _before_open_bracket(ent)
        while end - ent.start > 1 and (doc[end - 1].pos_ in _DANGLING or _trailing_mark(doc[end - 1])):
            end -= 1
        if end == ent.end:  # no name ends inside a word the tokenizer split ("…[0m" as "…[0" and "m")
            while end < len(doc) and _glued_letters(doc, end):
                end += 1
            changed = changed or end > ent.end
        trimmed.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
        if end < ent.end:
            dropped.append(Span(doc, end, ent.end))
    if dropped or changed:
        doc.set_ents(trimmed, outside=dropped, default="unmodified")
        forget_mentions(doc)


_BODY_NOUNS = COMPANY_NOUNS | GENERIC_BODY_NOUNS | INSTITUTION_WORDS


def _name_word_left_out(ent: Span) -> int:
    """Where a body's name starts that the recogniser began a word late: capitalised name words
    right before it, in no entity, that the parse made part of the name ("Harlow" of "Harlow Vale
    District Council", tagged from "Vale" on)."""
    doc, start = ent.doc, ent.start
    if ent.label_ not in {"ORG", "FAC"} or doc[ent.end - 1].lower_ not in _BODY_NOUNS:
        return start  # (a body's name ends in a word for one: "… Council", "… Trust")
    while start > 0:
        word = doc[start - 1]
        inside = ent.start <= word.head.i < ent.end
        if word.tag_ != "NNP" or word.dep_ != "compound" or not inside or word.ent_iob_ != "O":
            break
        if not word.text[:1].isupper() or word.lower_ in TITLE_WORDS or word.lower_ in ROLE_NOUNS:
            break  # (not "Deputy" of "Deputy Acme Council": a person's title)
        start -= 1
    return start


def _name_head_left_out(ent: Span) -> bool:
    """Whether a person's name goes on one word past where the recogniser ended it: a capitalised
    name word in no entity that the parse made the head of the whole name ("Min" of "Tan Hui Min",
    tagged "Tan Hui"). Not a word for a body, an office or a title ("Jo Roe Foundation")."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return False
    word = doc[ent.end]
    if word.tag_ != "NNP" or word.ent_iob_ != "O" or not word.is_alpha or not word.text[:1].isupper():
        return False
    low = word.lower_
    if low in _BODY_NOUNS or low in TITLE_WORDS or low in ROLE_NOUNS or word.text in POST_NOMINALS:
        return False
    if word.i + 1 < len(doc) and doc[word.i + 1].text == ":":
        return False  # a label after the name ("Name: Jo Roe Age: 27")
    return all(t.head.i == word.i or ent.start <= t.head.i < ent.end for t in ent)


def _kind_opening_sentence(ent: Span) -> bool:
    """A body's name led by the word for its kind of business, capitalised only as the sentence's
    first word ("Carmaker Veridane said", "Glassmaker Arlo Glass said"; ``KIND_BEFORE_NAME_WORDS``,
    not "Bank Melli")."""
    if len(ent) < 2 or not ent[0].is_sent_start or ent.label_ not in {"ORG", "PERSON"}:
        return False
    return ent[0].lower_ in KIND_BEFORE_NAME_WORDS and ent[1].text[:1].isupper()



def _person_then_body(ent: Span) -> int | None:
    """Where the "of" is in an entity that opens with a person's name and goes on with a body's
    ("Jo Roe of Fernhill Capital", tagged one name): two or three capitalised words, the last no
    word for a body ("Victoria University of Wellington" is one name)."""
    if ent.label_ not in {"ORG", "PERSON"}:
        return None
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or not 2 <= of - ent.start <= 4:
        return None
    words = [t for t in ent.doc[ent.start : of] if t.text != "-"]
    if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() for t in words) or of + 1 >= ent.end:
        return None
    if words[-1].lower_ in _BODY_NOUNS or not (ent.label_ == "PERSON" or given_name(words[0].text)):
        return None  # (typed a body, the first word must be a given name)
    return of


def _named_after_a_body_noun(ent: Span) -> bool:
    """A name right after a noun for a kind of body, in lower case ("the environmental group Acme
    Watch", "the charity Safe Steps"), which the recogniser took for a person's: the body's name.
    Not the subject of a relative clause on that noun ("the company Jo Roe founded")."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is None or not before.is_lower or before.lemma_.lower() not in _BODY_NOUNS:
        return False
    return not (ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.root.head.dep_ == "relcl")


def _parted_at(ent: Span) -> int | None:
    """The comma inside an entity whose two sides the parse puts in different phrases ("Roe" the
    object of "about", "Vell" the subject of "said" in "Asked about Roe, Vell said"), or None: one
    name ("Acme, Inc.", "Salem, Oregon") has one side hang on the other."""
    doc = ent.doc
    for t in ent[1:-1]:
        if t.text != ",":
            continue
        left, right = doc[ent.start : t.i], doc[t.i + 1 : ent.end]
        heads = left.root.head, right.root.head
        if any(left.start <= h.i < right.end for h in heads):
            return None
        if heads[0].i != heads[1].i:
            return t.i
    return None


def _trailing_mark(token: Token) -> bool:
    """A token no name ends in: white space, or a full stop or comma of its own ("Roe ." before a
    blanked paragraph, which the recogniser ran the name into)."""
    return token.is_space or token.text in {".", ","}


def _name_before(letters: Span) -> int | None:
    """Where a name starts that no entity covers, right before letters after a name ("Jo Roe
    MSP"): two capitalised words at least, or None."""
    doc = letters.doc
    start = letters.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        if doc[start - 1].ent_type_:
            return None
        start -= 1
    return start if letters.start - start >= 2 else None

