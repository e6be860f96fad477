"""The words that name a speaker at one place in the text: a mention and what kind it is."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

import numpy
from spacy.attrs import LOWER, ORTH, POS, SENT_START
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotes.lexicons.first_names import given_name
from quotes.lexicons.grammar import (
    EXAMPLE_PREPOSITIONS,
    FINITE_TAGS,
    NAME_HYPHENS,
    NAME_PARTICLES,
    NEGATABLE_QUANTIFIERS,
    NOT_NAME_WORDS,
    QUALIFIED_PRONOUNS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
    name_word,
)
from quotes.lexicons.meaning import DATE_WORDS
from quotes.lexicons.people import (
    AFFILIATION_PREPOSITIONS,
    AFFILIATION_WORDS,
    BODY_NAME_PREPOSITIONS,
    BUSINESS_NAME_WORDS,
    CALENDAR_WORDS,
    CAUSE_PREPOSITIONS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    FIELD_NAMED_BODIES,
    FIRM_HOUSE_WORDS,
    FRACTION_WORDS,
    GOVERNED_PLACE_NOUNS,
    HONORIFICS,
    INSTITUTION_WORDS,
    KIND_BEFORE_NAME_WORDS,
    LEADER_NOUNS,
    LONE_SHARE_WORDS,
    MEDIA_NOUNS,
    NATIONALITY_ENDINGS,
    NATIONALITY_NOUNS,
    NATIONALITY_QUALIFIERS,
    NOT_PERSON_ENDINGS,
    NOT_PERSON_NAME_ENDS,
    NOT_PERSON_NOUNS,
    NOT_PLACE_WORDS,
    NOT_SPEAKER_ENTITIES,
    NOT_SPEAKER_NOUNS,
    ONE_OF_WORDS,
    PERSON_FIGURE_WORDS,
    PERSON_SUFFIXES,
    PERSONAL_PRONOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_GROUP_NOUNS,
    POST_NOMINALS,
    QUANTITY_NOUNS,
    ROLE_NOUNS,
    SHARE_WORDS,
    SOURCE_ACCESS_NOUNS,
    SPEAKING_GROUP_NOUNS,
    SURNAME_TITLES,
    TITLE_ABBREVIATION_ROLES,
    TITLE_WORDS,
    name_after_office,
)
from quotes.lexicons.speech import (
    DOCUMENT_NOUNS,
    EXAMINING_NOUNS,
    FINDING_VERBS,
    GATHERING_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    WORD_BEARING_VERBS,
)
from quotes.nlp.columns import column

MentionKind = Literal["name", "org", "role", "pronoun", "other"]

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})  # the dependency labels of a subject

AGE = re.compile(r"\b\d{1,3}-year-old\b")  # "43-year-old": one word in a parse (quotes.nlp.doc)
_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "npadvmod", "quantmod"})
_NAME_ENTS = frozenset({"PERSON"})
_FINDING_OR_BEARING = FINDING_VERBS | WORD_BEARING_VERBS
_BODY_WORDS = INSTITUTION_WORDS | COLLECTIVE_NOUNS | COMPANY_NOUNS
_ROLES_OR_HONORIFICS = ROLE_NOUNS | HONORIFICS
_ROLES_OR_TITLES = ROLE_NOUNS | TITLE_WORDS
_NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADV"})  # parts of speech that end a name inside an entity
_ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC", "WORK_OF_ART", "PRODUCT"})
_APPOSED_NAME_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC"})  # types the tagger gives a person's name


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of a speaker: its span, its head, and the entity span inside it, if any."""

    span: Span
    head: Token
    kind: MentionKind
    entity: Span | None
    refers: Token | None = None  # for a relative pronoun ("who said"), the noun it stands for

    @property
    def text(self) -> str:
        """The mention as written."""
        return self.span.text


def common_noun(token: Token) -> bool:
    """A common noun, including one the tagger took for a proper noun though it is not capitalised."""
    return (token.pos_ == "NOUN" and not proper_noun(token)) or (
        token.pos_ == "PROPN" and token.text[:1].islower()
    )


def proper_noun(token: Token) -> bool:
    """A name: a capitalised proper noun, or a word capitalised inside its sentence ("O’Dowda")."""
    capital = token.text[:1].isupper()
    if token.pos_ == "PROPN":
        return capital
    # A word capitalised inside its sentence that the tagger made a noun, a verb or an adverb:
    # names it does not know ("Tremblay admits" tagged VERB, "O’Halloran" tagged ADV).
    mistaken = token.pos_ in {"NOUN", "VERB", "ADV", "ADJ", "X"} and token.ent_type_ != "NORP"
    if not (mistaken and capital) or token.is_upper:
        return False
    # At a sentence's start every word is capitalised, and so after a colon ("Q: Economists say …"):
    # a name only if the article names it so elsewhere ("Tremblay shot back", where "Tremblay" is
    # tagged a person further on).
    opening = token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].text == ":")
    return not opening or token.text in _names_in(token.doc)


_NAME_LABELS = frozenset({"PERSON", "ORG"})
MEMO_PREFIX = "quotes.memo."  # the Doc.user_data keys of what is worked out once per Doc
_PROPN = IDS["PROPN"]
_MISTAKEN_SURNAME_POS = numpy.array([IDS[p] for p in ("ADV", "NOUN", "VERB", "ADJ")], dtype=numpy.uint64)


def _names_in(doc: Doc) -> dict[str, bool]:
    """The words the tagger takes for names in ``doc`` (in people's and organisations' names, or
    proper nouns inside a sentence), kept in its ``user_data`` (a dict, which ``Doc.to_bytes`` can
    write)."""
    names = doc.user_data.get(_NAMES_KEY)
    if names is None:
        words = [t.text for ent in doc.ents if ent.label_ in _NAME_LABELS for t in ent]
        pos = column(doc, POS)
        proper = pos == _PROPN
        starts = column(doc, SENT_START) == 1
        words += [doc[i].text for i in numpy.flatnonzero(proper & ~starts).tolist()]
        # A surname the tagger mistook after a first name ("Yara O’Halloran" with "O’Halloran" an ADV)
        after_proper = numpy.flatnonzero(numpy.isin(pos[1:], _MISTAKEN_SURNAME_POS) & proper[:-1]) + 1
        words += [
            t.text
            for t in (doc[i] for i in after_proper.tolist())
            if t.text[:1].isupper() and doc[t.i - 1].text[:1].isupper()
        ]
        names = {w: True for w in words if w[:1].isupper() and not w.isupper()}
        doc.user_data[_NAMES_KEY] = names
    return names


_NAMES_KEY = MEMO_PREFIX + "names"


def is_person_noun(token: Token) -> bool:
    """A common noun that names a person by role or description (minister, spokeswoman, voter)."""
    noun = common_noun(token)
    low = token.lemma_.lower() if noun else token.lower_
    if token.lower_ in ROLE_NOUNS or low in ROLE_NOUNS:
        return True
    return noun and person_noun_word(low)


def person_noun_word(low: str) -> bool:
    """A lower-case word built as a noun for a person (campaigner, strategist, theologian)."""
    if len(low) <= 4 or not low.endswith(PERSON_SUFFIXES) or low.endswith(NOT_PERSON_ENDINGS):
        return False  # "-ment" names an act or a body (agreement, management), "-ness" a quality
    if low in COMPANY_NOUNS or low.removesuffix("s") in COMPANY_NOUNS:
        return False  # a kind of firm: "broadcaster", "retailer", "lenders"
    suffix = max((s for s in PERSON_SUFFIXES if low.endswith(s)), key=len)
    if len(low) - len(suffix) < 3:
        return False  # no word before the ending: "giant" is no "gi-" who does something
    # Compounds of things are things: newspaper, website, headquarter.
    return not thing_compound(low)


def speech_verb_form(word: str) -> bool:
    """A speech verb in the past or the third person ("Added", "Continued", "Says"), as it opens an
    inverted frame ("Added Jo Roe: …"), never the first word of a name."""
    low = word.lower()
    if low in {"says", "told", "tells", "wrote", "writes"}:  # not "Said": a first name too
        return True
    stems = (low[:-2], low[:-1]) if low.endswith("ed") else (low[:-1],) if low.endswith("s") else ()
    return any(len(stem) >= 3 and stem in SPEECH_VERBS for stem in stems)


@functools.lru_cache(maxsize=16384)  # asked of the same nouns many times an article
def thing_compound(word: str) -> bool:
    """A noun that is, or ends in, a thing: "paper", "newspaper"; not "plumber" ("p" + "lumber").

    A compound's first part has three letters at least, so a person noun that merely ends in the
    letters of a thing is not one.
    """
    return any(word == n or (word.endswith(n) and len(word) - len(n) >= 3) for n in NOT_PERSON_NOUNS)


def entity_of(token: Token) -> Span | None:
    """The named entity that ``token`` is part of, if any."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = doc[start]
    if end - start > 1 and first.is_sent_start and speech_verb_form(first.text):
        # "Said Jo Roe, …" tagged as one name: the verb of an inverted frame is not part of it
        if token.i == start:
            return None
        start += 1
    return Span(doc, start, end, label=token.ent_type_)


def _ends_name(token: Token) -> bool:
    """A mark no name runs across, though the entity tagger ran on over it ("Roe: ‘I …")."""
    return token.is_quote or token.text in {":", ";", ",", "(", ")"}


def _named_with_possessive(head: Token, end: int) -> bool:
    """A name that ends in a possessive standing as a subject ("Moody's said", "Sainsbury's
    reported"): a firm named for its founder's shop, with nothing after the "'s" that it owns."""
    doc = head.doc
    if end >= len(doc) or doc[end].dep_ != "case" or doc[end].head.i != head.i:
        return False
    return head.dep_ in {"nsubj", "nsubjpass"} and end + 1 < len(doc) and doc[end + 1].pos_ in {"VERB", "AUX"}


def _np_bounds(head: Token) -> tuple[int, int]:
    """Token bounds of a noun phrase's head with its left modifiers (no clauses, no appositions)."""
    start = head.i
    for child in reversed(list(head.lefts)):
        opens = child.is_sent_start or (child.i > 0 and head.doc[child.i - 1].text == ",")
        if opens and (child.tag_ in {"VBD", "VBN"} or speech_verb_form(child.text)):
            break  # "Continued Roe: “…”", "…, added Roe.": an inverted frame's verb is no part of the name
        set_off = any(t.text == "," for t in head.doc[child.i : start])
        if head.pos_ == "PROPN" and child.dep_ == "nmod" and set_off:
            break  # "with the Courier, Finance Minister Helena Strand": another name, set off by its comma
        joined = child.text in {"-", "'s"} and not child.whitespace_  # "Al-Sharq", not "problematic - Roe"
        if child.dep_ in _LEFT_DEPS or (child.dep_ == "punct" and joined):
            left = min(t.i for t in child.subtree)
            if left < start:
                start = left
        else:
            break
    end = head.i + 1
    # A flat name tagged as a chain of compounds to the right ("Al-Sharq Al-Awsat").
    doc = head.doc
    if start > 0 and doc[start].lower_ in NEGATABLE_QUANTIFIERS and doc[start - 1].dep_ == "neg":
        start -= 1  # "Not all experts": the "not" turns the quantifier round, however the parse hung it
    before = doc[start - 1] if start == head.i and start > 0 else None
    if before is not None and _misread_modifier(before, head):
        start = before.left_edge.i  # "The porters union opposes …", "porters" hung on the verb
    while end < len(doc) and doc[end].dep_ in {"flat", "compound"} and doc[end].head.i == head.i:
        end += 1
    if proper_noun(head):
        end = _through_second_halves(doc, end)  # "Kerrigan-Obi", its second half parsed apart
        if _named_with_possessive(head, end):
            end += 1  # "Moody's said …": the firm's name ends in the possessive, nothing is owned
    role = _role_read_as_gerund_clause(head)
    if role is not None:  # "A veteran casting agent said …": the role's own words, not a clause
        end = role.i + 1
    counted = _number(head) or head.ent_type_ == "PERCENT"  # "hundreds of teachers", "31% of voters"
    if (counted and _count_of_people(head)) or _quantity_of_people(head) or group_of_people(head):
        of = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")
        end = max(end, of.right_edge.i + 1)  # "hundreds of teachers": the count and whom it counts
    ent = entity_of(head)
    if ent is None and end == head.i + 1 and _body_name(doc[start : head.i + 1]):
        end = _institution_name_end(head)  # "the Department of Health", where no entity tagger ran
    if ent is not None:
        # An entity the tagger ran on into a verb ("Jo Roe shot back" tagged as one) stops there.
        left = head.i
        while left > ent.start and doc[left - 1].pos_ not in _NOT_IN_NAMES:
            left -= 1
        right = head.i + 1
        while right < ent.end and doc[right].pos_ not in _NOT_IN_NAMES and not _ends_name(doc[right]):
            right += 1
        start, end = min(start, left), max(end, right)
    while start < head.i and (doc[start].dep_ == "punct" or doc[start].is_space or _clock_time(doc, start)):
        start += 1  # (a blanked sentence before, left unparsed, is one space token; a live blog's
        # entry opens with its time: "14:05 A senior official said …")
    if start > 0 and doc[start - 1].pos_ == "DET" and age_phrase(doc[start - 1 : head.i + 1].text):
        start -= 1  # "the 43-year-old": the parser hung the article on the verb after it
    if start == head.i and _glued_before(doc, start) and doc[start - 2].dep_ != "appos":
        # "The firm's vice-president", split at the hyphen and parsed as three subjects: one word,
        # with the words before its first part
        start = min(_np_bounds(doc[start - 2])[0], start - 2)
    elif start < head.i and doc[start].dep_ == "compound" and _glued_before(doc, start):
        # "co-founder Jo Roe", "co" parsed apart: the whole role before the name
        start -= 2 if doc[start - 2].is_lower else 0
    return start, end


def _role_read_as_gerund_clause(head: Token) -> Token | None:
    """The person noun the parse made the object of a gerund right after ``head`` ("A veteran
    casting agent said …", "casting" a clause of "veteran" with "agent" its object): a singular
    noun with no determiner of its own is no object, but the gerund's compound head."""
    doc = head.doc
    if head.i + 2 >= len(doc) or head.pos_ != "NOUN":
        return None
    gerund, noun = doc[head.i + 1], doc[head.i + 2]
    if gerund.tag_ != "VBG" or gerund.dep_ != "acl" or gerund.head.i != head.i or gerund.n_lefts:
        return None
    if noun.dep_ != "dobj" or noun.head.i != gerund.i or noun.tag_ != "NN" or len(list(noun.children)):
        return None
    return noun if is_person_noun(noun) else None


def _misread_modifier(noun: Token, head: Token) -> bool:
    """A plural noun right before a subject with no determiner of its own that the parse hung on
    the subject's verb ("The porters union opposes the cuts", "porters" an adverbial or a second
    subject of "opposes"): the subject's modifier, with its determiner."""
    if head.dep_ not in SUBJECTS or noun.dep_ not in {"npadvmod", "nsubj"} or noun.head.i != head.head.i:
        return False
    if noun.tag_ != "NNS" or noun.right_edge.i != noun.i or noun.ent_type_ in {"DATE", "TIME"}:
        return False  # (not "Last week workers opposed it": a time)
    if noun.lower_ in CALENDAR_WORDS or noun.lower_ in DATE_WORDS:
        return False
    return head.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in head.children)


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}(?:[:.]\d{2})?[ap]\.?m\.?", re.IGNORECASE)


def _clock_time(doc: Doc, i: int) -> bool:
    """A time of day written in figures ("14:05", "2.35pm"), or the "pm" after one."""
    word = doc[i].text
    if word.lower().strip(".") in {"am", "pm", "a.m", "p.m"}:
        return i > 0 and _clock_time(doc, i - 1)
    return _CLOCK.fullmatch(word) is not None


def _glued_before(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is the second part of a word joined by a hyphen ("vice-president")."""
    return i >= 2 and hyphen_joins(doc, i - 1) and doc[i - 2].is_alpha


def _set_off_to_verb(appos: Token) -> bool:
    """Whether an apposition closes its noun phrase, set off by a comma right before the verb the
    phrase is the subject of ("Its rival, the Harbour Party, said")."""
    doc = appos.doc
    after = appos.right_edge.i + 1
    if after >= len(doc) - 1 or doc[after].text != ",":
        return False
    verb = doc[after + 1]
    subject = appos.head.dep_ in {"nsubj", "nsubjpass"} and appos.head.head.i == verb.i
    return subject and verb.pos_ in {"VERB", "AUX"}


def _through_second_halves(doc: Doc, end: int) -> int:
    """Where a name ends that goes on, past ``end``, with the capitalised second half of a
    double-barrelled name ("Obi" of "Kerrigan-Obi"), which the parse may hang apart."""
    while end + 1 < len(doc) and hyphen_joins(doc, end):
        half = doc[end + 1]
        if not (half.is_alpha and half.text[:1].isupper() and half.pos_ == "PROPN"):
            break
        end += 2
    return end


def hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a hyphen with no space either side of it."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


_NAME_JOINERS = frozenset({"of", "for", "and", "&", "the"})


def _qualifier_end(head: Token) -> int:
    """Where the words that say how an unnamed source knows end, right after its noun: an adjective
    ("sources close to the talks", "people familiar with the plan"), a participle ("officials
    briefed on the deal") or "with" and a word of access ("people with knowledge of it")."""
    doc = head.doc
    end = head.i + 1
    # "lawyers for the families", "officials at the agency", "residents of the valley": for a
    # source no "the" or possessive singles out (a definite one is found by its role alone)
    singled = any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another"} for c in head.lefts)
    unnamed = head.tag_ == "NNS" or not singled
    # "Jo Roe, author of …" (not "Officials from Toravia, the largest fishing nation,": a description)
    named = head.dep_ == "appos" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)
    unnamed = unnamed and not named
    for child in head.rights:
        if child.i != end:
            break
        adjective = child.dep_ == "amod" and child.pos_ == "ADJ"
        adjective = adjective and any(c.dep_ == "prep" for c in child.children)
        participle = child.dep_ == "acl" and child.tag_ in {"VBN", "VBD"}  # (tagged a past tense)
        participle = participle and child.lemma_.lower() not in SPEECH_VERBS  # not "a man yelled"
        access = child.dep_ == "prep" and child.lower_ == "with" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_ACCESS_NOUNS for c in child.children
        )
        affiliation = unnamed and child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS
        affiliation = affiliation or (unnamed and child.dep_ == "prep" and _place_phrase(child))
        if not (adjective or participle or access or affiliation):
            break
        # up to a comma or a relative clause: not "…, who spoke on …", "… a shop that sells …"
        stop = next((t.i for t in doc[child.i + 1 : child.right_edge.i + 1] if _ends_qualifier(t)), None)
        end = stop if stop is not None else child.right_edge.i + 1
        if stop is not None:
            break
    while end > head.i + 1 and doc[end - 1].is_punct and not _closes_bracket(doc, head.i, end - 1):
        end -= 1
    if end < len(doc) and _closes_bracket(doc, head.i, end) and doc[end - 1].text != ")":
        end += 1  # "sources in the Metro Corporation (HMRC)": the bracket the parse hung elsewhere
    return end


def _place_phrase(prep: Token) -> bool:
    """A phrase that says where a source stands ("on both streets", "across the state"), not when
    ("on Monday", "on Tuesday night") or on what terms ("on condition of anonymity")."""
    if prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in {"DATE", "TIME"}:
        return False
    return obj.lower_ not in CALENDAR_WORDS and obj.lemma_.lower() not in NOT_PLACE_WORDS


def _closes_bracket(doc: Doc, start: int, at: int) -> bool:
    """Whether ``doc[at]`` closes a bracket opened after ``start`` ("… Corporation (BMRCL)")."""
    return doc[at].text == ")" and any(t.text == "(" for t in doc[start:at])


def _ends_qualifier(token: Token) -> bool:
    """A comma, a verb with a tense, or the first word of a relative clause: where a source's
    qualifier stops (the parse may hang a whole clause on its last noun)."""
    if token.text == "," or token.tag_ in FINITE_TAGS:
        return True
    return token.head.dep_ in {"relcl", "acl"} and token.i == token.head.left_edge.i


def _body_name(span: Span) -> bool:
    """A capitalised name whose head word is an institution's ("the Harbour Board", "the Ministry
    of …"), not a person's name that ends in one ("Margaret Court": a given name first)."""
    head = span.root
    if head.lower_ not in INSTITUTION_WORDS or not proper_noun(head):
        return False
    first = next((t for t in span if proper_noun(t)), head)
    return first.i == head.i or not given_name(first.text)


def _institution_name_end(head: Token) -> int:
    """Where a body's name that goes on past its head word ends: "Ministry of Inland Waterways",
    "Department of Health and Social Care" run on through the "of"/"for"/"on" phrase right after the
    head while its words are capitalised (or join capitalised words); a name no "of" follows ends
    at the head."""
    doc = head.doc
    prep = doc[head.i + 1] if head.i + 1 < len(doc) else None
    named_on = prep is not None and prep.dep_ == "prep" and prep.lower_ in BODY_NAME_PREPOSITIONS
    if prep is None or prep.head.i != head.i or not named_on:
        return head.i + 1
    end = head.i + 1
    for token in doc[prep.i + 1 : prep.right_edge.i + 1]:
        if token.lower_ in CALENDAR_WORDS:
            break  # "the Council on Tuesday"
        if token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN", "ADJ"}:
            end = token.i + 1
        elif token.lower_ not in _NAME_JOINERS:
            break
    if end > prep.i + 1 and end == prep.right_edge.i + 1:
        end = _joined_name_end(head, end)  # "Ministry of Fisheries and Coastal Affairs"
    return end


def _joined_name_end(head: Token, end: int) -> int:
    """Where a body's name ends that goes on with "and" past the phrase the parse gave its
    preposition, the words after it joined to the name's head ("Ministry of Fisheries and Coastal
    Affairs"): through the capitalised words, when nothing owned or lower-case follows them."""
    doc = head.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return end
    k = end + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in {"PROPN", "NOUN", "ADJ"}:
        k += 1
    last = doc[k - 1]
    joined = last.dep_ == "conj" and last.head.i in {head.i, end - 1}
    owned = k < len(doc) and doc[k].tag_ == "POS"
    return k if k > end + 1 and joined and not owned else end


def _joined_body(head: Token) -> Span | None:
    """A body named by two groups joined with "and" ("the Players and Crew Guild", "the Farmers and
    Growers Federation"), which the parse reads as two subjects: one name through the institution
    word that closes it, when every word is capitalised, the first is one plural word that is no
    body or person of its own, and the second has no determiner of its own ("the council and the
    Harbour Board" are two)."""
    doc = head.doc
    last = next((c for c in head.rights if c.dep_ == "conj"), None)
    if last is None or last.lower_ not in INSTITUTION_WORDS or not last.text[:1].isupper():
        return None
    if not head.text[:1].isupper() or head.lower_ in INSTITUTION_WORDS or given_name(head.text):
        return None
    if not (head.tag_ in {"NNS", "NNPS"} or head.lower_.endswith(("s", "men"))):
        return None  # the members a body is named by: "Players", "Boatmen"
    own = entity_of(head)
    if own is not None and own.label_ in {"PERSON", "GPE"}:
        return None
    words = doc[head.i + 1 : last.i + 1]
    joiner = [t for t in words if t.lower_ in {"and", "&"}]
    if len(joiner) != 1 or joiner[0].i != head.i + 1:
        return None
    if any(not t.text[:1].isupper() for t in words if t.i != joiner[0].i):
        return None
    if any(c.dep_ in {"det", "poss"} for c in last.children):
        return None
    start = head.left_edge.i
    while start < head.i and (doc[start].dep_ == "det" or not doc[start].text[:1].isupper()):
        start += 1
    if start < head.i:
        return None  # (not "Acme Foods and Brevix Corporation": a name before the "and" is one already)
    return Span(doc, start, last.i + 1, label="ORG")


def _titled_body(head: Token) -> Span | None:
    """A body's name with a capitalised preposition inside it ("Surgeons Without Frontiers", "Mothers
    Against Drunk Driving"), which the parse splits after its first word: the name runs through
    the preposition's capitalised object. Not in a title-case line, where every word has a capital;
    not an office ("Minister Without Portfolio" is ``_name_closing_role``'s)."""
    doc = head.doc
    single_role = head.lower_ in ROLE_NOUNS and head.tag_ not in {"NNS", "NNPS"}
    if head.i + 2 >= len(doc) or not head.text[:1].isupper() or single_role or head.lower_ in TITLE_WORDS:
        return None
    if entity_of(head) is not None:
        return None  # the recogniser's name
    prep = doc[head.i + 1]
    hung = prep.head.i == head.i or prep.head.i == head.head.i  # (or on the verb: "said Parents Without …")
    cause = prep.text in CAUSE_PREPOSITIONS and _members_for_cause(head, prep)  # "Neighbours for Quiet Roads"
    if prep.dep_ != "prep" or not hung or not (prep.text.istitle() or cause) or prep.is_sent_start:
        return None
    words = [t for t in doc[prep.i + 1 : prep.right_edge.i + 1] if t.is_alpha and t.lower_ != "the"]
    if not words or not words[0].text[:1].isupper():
        return None
    end = prep.i + 1
    for token in doc[prep.i + 1 : prep.right_edge.i + 1]:
        if token.text[:1].isupper() and token.is_alpha:
            end = token.i + 1
        elif token.lower_ not in _NAME_JOINERS:
            break
    sentence = [t for t in head.sent if t.is_alpha]
    if sum(t.text[:1].isupper() for t in sentence) > len(sentence) / 2:
        return None  # "Mayor Against Plan Says …": a headline's capitals name nothing
    start = head.i
    while start > head.sent.start and _untagged_name_word(doc[start - 1]) and doc[start - 1].head.i == head.i:
        start -= 1  # "Campaign Group Surfers Against Sewage"
    return doc[start:end]


def _members_for_cause(head: Token, prep: Token) -> bool:
    """A body named by its members and their cause with a preposition in lower case ("Neighbours for
    Quiet Roads", "Parents for Safe Crossings"): a capitalised plural noun, then capitalised words
    that name no person. Opening a sentence, where any plural is capitalised ("Lawyers for Acme
    said"), the cause must read as one: a plural ("… Quiet Roads") or an adjective in it."""
    doc = head.doc
    plural = head.tag_ in {"NNS", "NNPS"} or (head.lower_.endswith("s") and not head.lower_.endswith("ss"))
    words = [t for t in doc[prep.i + 1 : prep.right_edge.i + 1] if t.is_alpha]
    words = [t for t in words if t.lower_ not in _NAME_JOINERS]
    if not plural or not words or not all(t.text[:1].isupper() for t in words) or given_name(words[0].text):
        return False
    if any(t.ent_type_ == "PERSON" and len(words) < 2 for t in words):
        return False
    opens = head.i == head.sent.start or bool(head.is_sent_start)
    cause = words[-1].tag_ == "NNPS" or words[-1].lower_.endswith("s")
    cause = cause or any(t.tag_ in {"JJ", "JJR"} for t in words)
    return not opens or cause


def _antecedent(noun: Token, person: bool = False) -> Token:
    """Whom a relative clause on ``noun`` is about: the noun, or the subject of a copula when the
    noun is what the subject is called ("Roe is a liar and a bully who has pledged …": Roe); for
    ``person`` ("who"), the people a body or place is said of ("Republicans in the Legislature,
    who voted …": the Republicans), where the parse hung the clause on the body."""
    if person and not _people(noun):
        holder = noun  # up the prepositions: "an official with knowledge of the budget, who …"
        for _ in range(3):
            if holder.dep_ != "pobj" or holder.head.dep_ != "prep":
                break
            if holder.head.lower_ in EXAMPLE_PREPOSITIONS:
                break  # "rivals like Jo Roe, who …": the one given as an example, not the group
            holder = holder.head.head
            if _people(holder):
                return holder
    if proper_noun(noun) or noun.ent_type_:
        return noun  # "The winner was Jo Roe, who said …": the name is the better mention
    named = noun.head
    if noun.dep_ == "appos" and named.i < noun.i and (proper_noun(named) or named.ent_type_):
        return named  # "Orrin Fund, an activist investor that disclosed …": the name it describes
    top = noun
    while top.dep_ in {"conj", "appos"}:
        top = top.head
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        subject = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return noun


def _examined_by(noun: Token) -> Token | None:
    """The study, audit or review a noun is the object of ("an audit of the parks department"):
    what "which" after the noun means, the text that finds, not what it examined."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    study = noun.head.head
    return study if study.lemma_.lower() in EXAMINING_NOUNS else None


def _people(token: Token) -> bool:
    """A word for a person or people: a person's name, a nationality or party ("Republicans", a
    plural name where no entity tagger ran), or a noun for a person."""
    return token.ent_type_ in {"PERSON", "NORP"} or token.tag_ == "NNPS" or is_person_noun(token)


def nationality_epithet(span: Span) -> str | None:
    """The kind of person ("male", "female", "person") a phrase calls someone by nationality alone
    ("the Irishman", "the Kenyan"), the way news refers back to a person named before; None for
    any other phrase, a nation or a group ("the French", "the Americans"), or a paper's name: one
    the article also writes with a capital "The" inside a sentence ("according to The Australian")."""
    words = [t for t in span if not t.is_punct]
    if len(words) == 3 and words[1].text[:1].isupper() and words[1].lower_ in NATIONALITY_QUALIFIERS:
        words = [words[0], words[2]]  # "the Northern Irishman", "the South African"
    if len(words) != 2 or words[0].lower_ != "the" or not words[1].text[:1].isupper():
        return None
    word = words[1]
    if word.text[1:].isupper() or (words[0].text == "The" and not words[0].is_sent_start):
        return None  # "THE KENYAN" in a headline; "according to The Australian"
    if words[0].text == "The" and word.lower in _titles_of(span.doc):
        return None  # "The Australian reported", the paper named so elsewhere in the article
    low = word.lower_
    for ending, kind in (("woman", "female"), ("man", "male")):
        stem = low.removesuffix(ending)
        if stem != low and stem.endswith(("ish", "ch", "sh", "scots")):
            return kind  # "Irishman", "Dutchwoman", "Scotsman" (not "German")
    if low in NATIONALITY_NOUNS:
        return "person"
    tagged = word.ent_type_ == "NORP" and not low.endswith(("s", "ese", "ch", "sh"))
    return "person" if tagged and words[0].text == "the" else None  # not "The Ardlowan reported"


def _titles_of(doc: Doc) -> frozenset[int]:
    """The words (``Token.lower`` ids) that follow a capital "The" inside a sentence: a paper's or
    a work's name ("according to The Australian")."""
    found = doc.user_data.get(_TITLES_KEY)
    if found is None:
        table = doc.to_array([ORTH, SENT_START, LOWER])
        inside = numpy.flatnonzero((table[:-1, 0] == _THE_ID) & (table[:-1, 1] != 1))
        found = doc.user_data[_TITLES_KEY] = frozenset(table[inside + 1, 2].tolist())
    return found


_TITLES_KEY = MEMO_PREFIX + "titles"
_THE_ID = get_string_id("The")


def age_phrase(text: str) -> bool:
    """Whether words name someone by their age: "the 43-year-old"."""
    return AGE.search(text) is not None


def mention_for(head: Token) -> Mention:
    """The mention headed by ``head``: the noun phrase, its kind, and the entity inside it.

    Worked out once per word of a Doc (attribution, reported speech and the salience walk ask for
    many of the same): whoever changes the Doc's entities after calls :func:`forget_mentions`."""
    known = head.doc.user_data.setdefault(_MENTIONS_KEY, {})
    mention = known.get(head.i)
    if mention is None:
        end = _word_end(head)
        named = end.head.ent_type_ == "PERSON" and end.head.i > end.i
        if end is not head and end.dep_ == "compound" and named:
            end = end.head  # "said co-author Jo Roe", the parse's subject "co": the name the role is of
        mention = known[head.i] = _mention_for(end)
    return mention


_PREFIXES = frozenset({"co", "vice", "ex", "deputy", "sub", "pro", "anti"})


def _word_end(token: Token) -> Token:
    """The last part of a word joined by hyphens that the parse took a first part or the hyphen of for
    a phrase's head ("Her co-founder said", with "co" or "-" the subject): the word's own head."""
    doc, i = token.doc, token.i
    if not (token.text == "-" or token.lower_ in _PREFIXES) or token.dep_ == "appos":
        return token  # (a part set off after a name keeps it: "Jo Roe, a co-chairman of …, who")
    if token.text == "-":
        i -= 1
    while i + 2 < len(doc) and hyphen_joins(doc, i + 1) and doc[i + 2].is_alpha:
        i += 2
    return doc[i] if i > token.i else token


def _bound_group(pronoun: Token) -> Token | None:
    """The group a "they" opening a reported clause stands for: the subject of the verb that
    reports it ("Unions have said they fear cuts", "Residents believe they were misled")."""
    subject = _reporting_subject(pronoun)
    if subject is None:
        return None
    if pronoun.lower_ == "they":
        # (not past a listener it may mean as well: "Officials told residents they …")
        heard = any(c.dep_ in {"dobj", "dative"} and c.tag_ in {"NNS", "NNPS"} for c in subject.head.children)
        group = (subject.tag_ == "NNS" and subject.pos_ == "NOUN") or subject.tag_ == "NNPS"  # "the Greens"
        # "Roe and Ng said they …", "Its chair, Jo Roe, and its chief, Ivo Ng, said they …"
        named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        group = group or any(c.dep_ == "conj" for n in named for c in n.children)
        group = group or _counted_people(subject)  # "Some 62% of those asked said they …"
        return subject if group and not heard else None
    if pronoun.lower_ == "it":  # "Acme said it disagreed": a body names itself in what it says
        named = subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON"
        return subject if named or (subject.tag_ == "NN" and body_noun(subject)) else None
    return None


def _counted_people(subject: Token) -> bool:
    """A share or a part of a group of people ("62%", "two-thirds", "a majority", "most of the
    residents"): many people, whom a "they" after it means."""
    low = subject.lower_
    if low in SHARE_WORDS or low in FRACTION_WORDS or low in LONE_SHARE_WORDS:
        return True
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    return low in QUALIFIED_PRONOUNS and of and not _of_one(subject)


def _of_one(head: Token) -> bool:
    """A quantifier of one thing, not of people: "all of a sudden", "most of a year"."""
    doc = head.doc
    return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" and doc[head.i + 2].lower_ in {"a", "an"}


def stranded_antecedent(head: Token) -> Token | None:
    """The noun a plural word for people was run together with by the parse, that a relative clause
    without a pronoun, theirs, describes ("a move critics say will hurt renters", read as "a
    move-critics"): the noun whose singular article the plural cannot take. None: there is none."""
    if head.tag_ != "NNS" or not is_person_noun(head):
        return None
    singular = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
    if not singular and not _gap_clause_after(head):
        return None  # ("the 95 per cent experts say is needed": no "a", but the clause has no subject)
    nouns = [c for c in head.children if c.dep_ == "compound" and c.tag_ == "NN" and c.i < head.i]
    return nouns[-1] if nouns else None


def _gap_clause_after(subject: Token) -> bool:
    """Whether the verb a subject says or thinks with has a clause with no subject of its own ("…
    experts say is needed"): the clause's subject is a noun before, which the clause describes."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i < subject.i:
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return clause is not None and not any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in clause.children)


def _group_owning(pronoun: Token) -> Token | None:
    """The group a "their" stands for in the clause it is in: the plural subject of the verb
    whose object it owns ("rich nations drop their insistence on loans"), as English binds it."""
    if pronoun.lower_ != "their" or pronoun.dep_ != "poss":
        return None
    owned = pronoun.head
    verb = owned.head
    if owned.dep_ == "pobj" and verb.dep_ == "prep":  # ("stood by their pledge": the verb above "by")
        verb = verb.head
    if owned.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    plural = subject is not None and subject.tag_ in {"NNS", "NNPS"}
    return subject if plural else None


def _reflexive_antecedent(pronoun: Token) -> Token | None:
    """Who a reflexive pronoun is: the noun it stresses ("Billionaires themselves disagree"), else
    the subject of the nearest verb above it with one ("she couldn't see herself supporting Roe",
    "Roe allowed himself to answer")."""
    if "Yes" not in pronoun.morph.get("Reflex"):
        return None
    doc = pronoun.doc
    before = doc[pronoun.i - 1] if pronoun.i else None
    if before is not None and before.pos_ in {"NOUN", "PROPN"} and not before.is_punct:
        return before
    node = pronoun.head
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in SUBJECTS and c.i != pronoun.i), None)
        if subject is not None:
            return subject
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _controlling_subject(pronoun: Token) -> Token | None:
    """Whose a possessive is in a clause with no subject of its own: the subject of the verb above,
    who does what the clause says ("Two members are considering withdrawing their support", "Roe
    wants to defend her record"), if they agree; not past an object ("urged Ng to drop her bid")."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in {"his", "her", "their", "its"}:
        return None
    verb = pronoun.head.head
    if pronoun.head.dep_ != "dobj" or verb.dep_ != "xcomp" or verb.tag_ not in {"VB", "VBG"}:
        return None
    above = verb.head
    if any(c.dep_ in {"dobj", "dative"} for c in above.children) or has_subject(verb):
        return None
    subject = next((c for c in above.children if c.dep_ == "nsubj" and c.i < above.i), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if pronoun.lower_ == "their":
        return subject if plural else None
    person = subject.ent_type_ == "PERSON" or is_person_noun(subject)
    return subject if not plural and person == (pronoun.lower_ != "its") else None


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb whose reported clause the pronoun opens ("Acme said it …")."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.head.dep_ != "ccomp":
        return None
    verb = pronoun.head.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)


def forget_mentions(doc: Doc) -> None:
    """Drop the mentions worked out for ``doc`` (its entities have changed)."""
    doc.user_data.pop(_MENTIONS_KEY, None)


def forget_work(doc: Doc) -> None:
    """Drop everything worked out and kept on ``doc`` while attributing it (mentions, cues, names),
    so that the Doc can be written (``Doc.to_bytes``, ``DocBin``, ``nlp.pipe(n_process=2)``)."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(MEMO_PREFIX)]:
        del doc.user_data[key]


_MENTIONS_KEY = MEMO_PREFIX + "mentions"


def _past_share_aside(noun: Token) -> Token:
    """The noun a relative clause describes when the parse hung it on an aside of how many of
    them are what ("letters from engineers, many of them women, who said …": the engineers)."""
    share = next((c for c in noun.children if c.dep_ == "nsubj" and c.lower_ in QUANTIFIERS), None)
    of = _child_of(share, "of") if share is not None else None
    them = [c for c in of.children if c.lower_ == "them"] if of is not None else []
    if not them or share.i < 2 or noun.doc[share.i - 1].text != ",":
        return noun
    before = noun.doc[share.i - 2]
    return before if before.pos_ in {"NOUN", "PROPN"} else noun


def _child_of(token: Token, word: str) -> Token | None:
    """The child of ``token`` written ``word``."""
    return next((c for c in token.children if c.lower_ == word), None)


def _mention_for(head: Token) -> Mention:
    doc = head.doc
    if head.lower_ in RELATIVE_PRONOUNS:
        clause = head.head
        if clause.text[:1] in {"'", "’"} and clause.dep_ in {"nsubj", "aux"}:
            clause = clause.head  # "who’ve said": the parse hung "who" on the contraction
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head  # "X, who is running and who worked the crowd": the first clause's noun
        if clause.dep_ == "relcl":
            noun = _past_share_aside(clause.head)
            refers = _antecedent(noun, person=head.lower_ == "who")
            finds = head.lower_ == "which" and clause.lemma_.lower() in _FINDING_OR_BEARING
            # "an audit of the parks department, which found …": the audit found it (not "a review
            # of the visa program, which allows …")
            refers = (_examined_by(noun) if finds else None) or refers
            return Mention(doc[head.i : head.i + 1], head, "pronoun", None, refers=refers)
        before = doc[head.i - 1] if head.i else None
        if head.lower_ == "who" and before is not None and before.pos_ in {"NOUN", "PROPN"}:
            # "needs superdelegates who’ve said …", the relative clause parsed as a clause of its own
            refers = _antecedent(before, person=True)
            return Mention(doc[head.i : head.i + 1], head, "pronoun", None, refers=refers)
    if head.lower_ == "whose":  # "a councillor whose speeches …": the relative clause's noun
        clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
        noun = clause.head if clause is not None else doc[head.i - 1] if head.i else None
        if noun is not None and noun.pos_ in {"NOUN", "PROPN"}:
            return Mention(doc[head.i : head.i + 1], head, "pronoun", None, refers=_antecedent(noun))
    if head.lower_ in QUALIFIED_PRONOUNS and _qualifier_end(head) > head.i + 1 and not _of_one(head):
        # "those close to the mayor", "others familiar with the talks": unnamed people, as written
        return Mention(doc[head.i : _qualifier_end(head)], head, "role", None)
    counted = _counted_people(head) and head.pos_ != "PRON" and not _of_one(head)
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None) if counted else None
    if of is not None:  # "62% of respondents", "two-thirds of the members": the share as written
        start, _ = _np_bounds(head)
        relative = next((t for t in of.subtree if t.dep_ == "relcl"), None)
        end = relative.left_edge.i if relative is not None else of.right_edge.i + 1
        while end > of.i + 1 and doc[end - 1].is_punct:
            end -= 1
        return Mention(doc[start:end], head, "other", None)
    if head.pos_ == "PRON" or head.lower_ in PERSONAL_PRONOUNS:
        refers = _bound_group(head) or _reflexive_antecedent(head) or _controlling_subject(head)
        refers = refers or _group_owning(head)
        return Mention(doc[head.i : head.i + 1], head, "pronoun", None, refers=refers)
    named = _name_before_initials(head)
    if named is not None:  # "the Coastal Fishers Federation (CFF) said", parsed around "CFF"
        return _mention_for(named)
    lettered = head.text in POST_NOMINALS and any(c.dep_ == "det" for c in head.children)
    if lettered and not any(c.dep_ == "appos" for c in head.children):  # (not "The SNP MSP, Jo Roe,")
        start, end = _np_bounds(head)  # "the Drumcollin TD said": a member named before, by seat or party
        whole = doc[start : max(end, head.right_edge.i + 1)]
        closing = _name_closing_role(whole, head)
        if closing is not None:  # "The MP for Lowater Jo Roe said": the member, by the name closing it
            return Mention(whole, closing[-1], "name", closing)
        return Mention(doc[start:end], head, "role", None)
    if head.text in POST_NOMINALS and head.i >= 2 and proper_noun(doc[head.i - 1]):
        start = head.i - 1  # "Jo Roe MP said", the letters parsed the head of the name
        while start > 0 and (_name_word(doc[start - 1]) or _name_glue(doc[start - 1])):
            start -= 1
        while start < head.i and not doc[start].text[:1].isupper():
            start += 1  # ("van Aalst" inside, not at the start)
        if head.i - start >= 2:
            person = Span(doc, start, head.i, label="PERSON")
            return Mention(doc[start : head.i + 1], doc[head.i - 1], "name", person)
    kind = _kind_before_name(head)
    if kind is not None:  # "Carmaker Veridane said", where no entity tagger ran: the firm is Veridane
        return Mention(doc[kind.start - 1 : kind.end], head, "org", kind)
    possessed = _possessive_body(head)
    if possessed is not None:  # "The Alzheimer's Society said"
        return Mention(doc[possessed.start - 1 : possessed.end], head, "org", possessed)
    joined = _joined_body(head)
    if joined is not None:  # "The Players and Crew Guild said": one body, not the players and a guild
        return Mention(doc[_np_bounds(head)[0] : joined.end], doc[joined.end - 1], "org", joined)
    titled = _titled_body(head)
    if titled is not None:  # "Surfers Against Sewage said", untagged: the body by its whole name
        return Mention(titled, head, "org", Span(doc, titled.start, titled.end, label="ORG"))
    start, end = _np_bounds(head)
    first = doc[start]
    if first.lower_ == "that" and first.dep_ == "det" and head.dep_ in SUBJECTS and head.head.dep_ == "ccomp":
        start += 1  # "told Dawn that head coach Jo Roe had …": the clause's "that", read as a determiner
    antecedent = stranded_antecedent(head)
    start = max(start, antecedent.i + 1) if antecedent is not None else start
    span = doc[start:end]
    holder = _role_before_body(head)
    if holder is not None:  # "the general secretary of Acme Utilities", parsed with "Utilities" its head
        return Mention(span, holder, "role", entity_of(head))
    if nationality_epithet(span) is not None:
        return Mention(span, head, "role", None)  # "the Irishman": someone named before
    # A name in apposition names the speaker: "the newspaper Al-Example", "its chief, Jo Roe".
    entity = None
    # (a role written with capitals is one too: "the Environment Secretary, Jo Roe,")
    named_one = head.lower_ in ONE_OF_WORDS  # "One of the firms, Acme, said"
    plain = ((common_noun(head) or head.lower_ in ROLE_NOUNS) and entity_of(head) is None) or named_one
    plain = plain or (head.lower_ in ROLE_NOUNS and head.text.isupper())  # "The CFO, Jo Roe,", tagged a body
    plain = plain or _office_tagged_as_body(head)  # "A former Head of Mission, Jo Roe,"
    plain = plain or _initials_before_titled_person(head)  # "The DC of Lowater, Ms Jo Roe,"
    for child in head.children if plain else ():
        # (or a name right after a role the parse made its object: "Rovers coach Jo Roe was angry")
        named_after = child.dep_ in {"dobj", "npadvmod"} and child.left_edge.i == head.i + 1 == end
        named_after = named_after and child.pos_ == "PROPN" and is_person_noun(head) and head.tag_ == "NN"
        if (child.dep_ == "appos" or named_after) and child.i > head.i and doc[head.i + 1].text != ":":
            if _named_after_clause(head, child):
                continue
            if any(t.is_quote for t in doc[head.i + 1 : child.i]):
                continue  # "the note, titled ‘Look Up, Price Down’": a title's words, no one named
            if named_one and child.dep_ == "appos" and is_person_noun(child) and child.pos_ == "NOUN":
                return _mention_for(child)  # "One of them, a forklift driver at the depot, said": the driver
            s, e = _np_bounds(child)
            body = _body_set_off(head, child)
            if body is not None:  # "Roe's backer, the drinks firm Tavrin, said": the firm speaks
                return Mention(doc[s:e], body.root, "org", body)
            if is_person_noun(head) and _body_name(doc[s:e]) and not _firm_named(head, doc[s:e]):
                if doc[child.left_edge.i - 1].text == "," and _set_off_to_verb(child):
                    # "Its rival, the Harbour Party, said": a body, set off as the one the word means
                    return Mention(doc[span.start : e], child, "org", Span(doc, s, e, label="ORG"))
                # "The Secretary of the Rail and Port Workers Union, Jo Roe,", the body's name parsed
                # as an apposition: no name of the secretary's (the one after it may be)
                continue
            entity = _best_entity(doc[s:e]) or _called(child)  # "…, a teacher named Jo Roe,"
            if entity is not None and entity.end <= child.i and is_person_noun(child):
                entity = None  # "Roe's aunt": the owner, not the one the apposition names
            if is_person_noun(head) and _proper_name(doc[s:e]):
                # "its chief, Jo Roe": whatever NER says; "the mine's operator, Zenith Metals": a firm
                entity = Span(doc, s, e, label="ORG" if _firm_named(head, doc[s:e]) else "PERSON")
            elif is_person_noun(head) and child.pos_ == "PROPN" and _typed_apart(entity, doc[s:e]):
                # "One resident, Amara, said": a person's name, typed a body or, where no entity
                # tagger ran, not at all (as a body's would be: "the operator, Vantage,")
                entity = Span(doc, s, e, label="PERSON")
            elif is_person_noun(head) and e - s == 1 and child.pos_ == "PROPN" and given_name(child.text):
                entity = Span(doc, s, e, label="PERSON")  # "Another mother, Anika, said": her first name
            elif entity is None and _names_a_body(head) and _capitalised_name(doc[s:e], child):
                # "children's charity Safe Steps", untagged; a person's name is a person's, the noun
                # before it misread ("Outside court, the widow, Karen Doyle, said")
                # (or set off beside a word for a person: "Outside court, the victim's aunt, X,")
                beside = any(c.dep_ == "appos" and is_person_noun(c) for c in head.children)
                person = (given_name(doc[s].text) or beside) and e - s in (2, 3) and not _body_name(doc[s:e])
                entity = Span(doc, s, e, label="PERSON" if person else "ORG")
            elif entity is None and (_names_a_body(head) or is_person_noun(head)) and (
                is_person_noun(child) or _person_apposed(child)
            ):
                # "Outside court, Roe's aunt, Jo Roe, said", the name an apposition of the aunt;
                # "Its spokeswoman, the solicitor Mina Kellaway, said": of the role's description;
                # "Her coach, the former world No 4 Jo Roe, said": of a description of no role
                name = next((g for g in child.children if g.dep_ == "appos" and g.pos_ == "PROPN"), None)
                s2, e2 = _np_bounds(name) if name is not None else (0, 0)
                if name is not None and e2 - s2 in (2, 3) and _capitalised_name(doc[s2:e2], name):
                    entity, e = Span(doc, s2, e2, label="PERSON"), e2
                elif name is not None and _person_apposed(child):
                    entity = _apposed_person_name(name)
                    e = entity.end if entity is not None else e
            elif is_person_noun(head) and entity is None and child.pos_ == "PROPN":
                entity = _name_after_role(doc[s:e], child)  # "its organiser, retired teacher Jo Roe,"
            elif entity is None and _initials_before_titled_person(head):
                entity = Span(doc, s, e, label="PERSON")  # "The DC of Lowater, Ms Jo Roe,", untagged
            if named_one and entity is None and child.pos_ == "PROPN":
                entity = _name_after_role(doc[s:e], child)  # "One of them, fisherman Dan Hollis,"
            if named_one and entity is None and all(t.text[:1].isupper() for t in doc[s:e] if t.is_alpha):
                # "One of the firms, Orchard Lines,": a body or a person, as the group says
                group = next((o for p in head.children if p.lower_ == "of" for o in p.children), None)
                people = group is not None and is_person_noun(group)
                # "One of them, Dan Hollis,": people when the name begins as a person's does
                people = people or (group is not None and group.pos_ == "PRON" and given_name(doc[s].text))
                entity = Span(doc, s, e, label="PERSON" if people else "ORG")
            if entity is not None:
                apposed = named_one and doc[s - 1].text == ","
                if (s == end or apposed) and entity.end == e:  # "board chairwoman Dr. Jo Roe": as written
                    span = doc[start:e]  # ("One of them, Dan Hollis": the words that name him too)
                elif _thing_before_person(head, entity):
                    # "Outside court, the worker's widow, Karen Doyle, said", "Outside court" read as
                    # the subject: the words that name the person, from the first apposition on
                    first = min(c.left_edge.i for c in head.children if c.dep_ == "appos" and c.i > head.i)
                    span = doc[first:e]
                break
    if entity is None and plain:
        entity = _called(head) or (_named_after_phrase(head) if is_person_noun(head) else None)
    own = entity_of(head)
    office = own is not None and _office_read_as_name(own)
    if office:
        own = None  # "the Treasurer told the house", the office tagged a person: whoever holds it
    if own is not None and own.label_ in {"NORP", "ORG"}:
        start_of = own.start  # "The Liberal Democrats", "Liberal" left out of the body's name
        while start_of > span.start and _untagged_name_word(doc[start_of - 1]):
            start_of -= 1
        own = Span(doc, start_of, own.end, label=own.label_) if start_of < own.start else own
    if own is not None and own.label_ == "ORG" and len(own) > 2 and own[0].lower_ in COMPANY_NOUNS:
        # "Landlord Greystone Homes": what the body is, then its name
        own = Span(doc, own.start + 1, own.end, label="ORG")
    if own is not None and own.label_ == "ORG" and _person_after_role(span, own):
        own = Span(doc, own.start, own.end, label="PERSON")  # "Cabinet member Sophie Lang", typed a body
    if own is not None and own.label_ not in _NAME_ENTS and person_in_apposition(own):
        own = Span(doc, own.start, own.end, label="PERSON")  # "her nephew, Magnus,": typed a place
    if own is not None and head.i + 1 < own.end and doc[head.i + 1].dep_ == "case":
        own = Span(doc, own.start, head.i + 1, label=own.label_)  # "Marsh’s Facebook": the owner alone
    if entity is None and own is not None and own.label_ in _NAME_ENTS | _ORG_ENTS:
        entity = own  # the name the head belongs to, not another one among its modifiers
    if entity is None and not office:
        # (not a body the group's members belong to: "an army of Acme workers" is no firm)
        entity = _best_entity(doc[span.start : head.i + 1] if group_of_people(head) else span)
        if entity is not None and head.i < entity.start and entity.root.dep_ == "poss":
            entity = None  # "One of Lund's aides": the aide speaks, not the owner named after "of"
        # An adjective of nationality is a modifier, not the speaker: "the Syrian regime".
        modifier = entity is not None and not (entity.start <= head.i < entity.end)
        if modifier and entity.label_ in {"NORP", "GPE"} and not is_person_noun(head):
            entity = None
        # A body named after a place or another body: "the Fenwick town council", "the Acme
        # board". The body speaks, by its whole name, not the place.
        if modifier and entity is not None and entity.label_ in _ORG_ENTS and body_noun(head):
            return Mention(span, head, "org", Span(doc, span.start, span.end, label="ORG"))
        person = _name_after_role(span, head) if modifier and proper_noun(head) else None
        if person is not None:  # "Liverpool boss Arne Slot": the club tagged, the name not
            return Mention(span, head, "name", person)
    agency = _named_for_place(entity, head) if entity is not None else None
    if agency is not None:  # "Environment Norland said": the agency, not the country
        return Mention(span, head, "org", agency)
    if entity is not None and _surname_as_group(entity, span):
        entity = Span(doc, entity.start, entity.end, label="PERSON")  # "Tripp said" tagged NORP
    honoured = _after_honorific(span, head)
    if honoured is not None and (entity is None or entity.label_ != "PERSON"):
        entity = honoured  # "Ms Carver said", the name tagged an organisation
    if entity is not None and entity.label_ in _NAME_ENTS:
        group = common_noun(head) and head.lower_ in COLLECTIVE_NOUNS
        if group and not entity.start <= head.i < entity.end:
            # "the Roe campaign", "Roe's legal team": a group named after the person, not the person.
            return Mention(span, head, "org", Span(doc, span.start, span.end, label="ORG"))
        if _someone_else(entity, head):
            return Mention(span, head, "role", None)
        return Mention(span, head, "name", entity)
    firm = entity is not None and entity.label_ == "ORG" and head.lemma_.lower() in COMPANY_NOUNS
    if firm:  # "the mine's operator, Zenith Metals,": the firm named in apposition
        return Mention(span, head, "org", entity)
    bare = common_noun(head) and not any(c.dep_ in {"det", "poss"} for c in head.children)
    if bare and head.lower_ in PLURAL_GROUP_NOUNS and entity is None:
        # "staff at the hospital", "people in the queue": unnamed people, where they are as written
        return Mention(doc[span.start : max(span.end, _qualifier_end(head))], head, "role", None)
    institution = head.lower_ in INSTITUTION_WORDS and head.tag_ == "NN" and span[0].lower_ == "the"
    if (is_person_noun(head) and not institution) or age_phrase(span.text):  # ("the regulator": a body)
        if common_noun(head) and not (head.lower_ in COLLECTIVE_NOUNS and head.tag_ != "NNS"):
            # "sources close to the talks", "lawyers for the families", as written (no name in it
            # is theirs); not a campaign or an office, said of the person it is named after
            span = doc[span.start : max(span.end, _qualifier_end(head))]
        whole = doc[span.start : max(span.end, head.right_edge.i + 1)]
        closing = _name_closing_role(whole, head) if entity is None else None
        if closing is not None:  # "Leader of opposition Rakesh Verma said": the person, by name
            return Mention(whole, closing[-1], "name", closing)
        return Mention(span, head, "role", entity if entity is not None and entity.label_ != "DATE" else None)
    if entity is not None:
        return Mention(span, head, "org", entity)
    if proper_noun(head):
        whole = doc[span.start : max(span.end, head.right_edge.i + 1)]
        closing = _name_closing_role(whole, head)
        if closing is not None:  # "Minister for Housing James Browne", the title read as a name
            return Mention(whole, closing[-1], "name", closing)
        described = _described_body(span, head) or _body_set_off_after(span, head)
        if described is not None:  # "consumer group Fairfield", "budget airline SkyLark", untagged
            return Mention(span, head, "org", described)
        person = _name_after_role(span, head)
        if person is not None:  # "Property Council executive director Jane Moss", untagged
            return Mention(span, head, "name", person)
        # (a plural name after "the" is a body's: "the Australian Energy Producers", "the Harbour Hawks")
        words = span[1 : head.i - span.start + 1]
        low = head.lower_
        # (a person's name takes no "the", nor ends in a plural: "The Scottish Greens", not "The Rev.
        # Jo Jones", whose title or given name says a person)
        plural = (low.endswith("s") and not low.endswith("ss")) or head.tag_ == "NNPS"
        # (of one word, a plural by the tagger too: "The Greens", "the Liberals")
        plural_body = plural and span[0].lower_ == "the" and (len(words) >= 2 or head.tag_ == "NNPS")
        plural_body = plural_body and all(proper_noun(t) and t.text[:1].isupper() for t in words)
        personal = bool(words) and (any(t.lower_ in TITLE_WORDS for t in words) or given_name(words[0].text))
        plural_body = plural_body and not personal
        named = _looks_like_person_name(span) and not _body_name(span) and not plural_body
        return Mention(span, head, "name" if named else "org", None)
    return Mention(span, head, "other", None)


def _office_read_as_name(entity: Span) -> bool:
    """A person entity that is an office after "the", in capitals ("the Treasurer", "the Chief
    Minister"): no one's name (a surname that is a role word takes no "the": "Bishop said")."""
    doc = entity.doc
    if entity.label_ not in _NAME_ENTS or entity.start == 0 or doc[entity.start - 1].lower_ != "the":
        return False
    return all(t.lower_ in ROLE_NOUNS or t.lower_ in TITLE_WORDS for t in entity)


def _initials_before_titled_person(head: Token) -> bool:
    """Initials after "the" with a person set off after them by an honorific ("The DC of Lowater,
    Ms Jo Roe, said"): an office by its initials, whatever the tagger made of it, held by her."""
    if not (2 <= len(head.text) <= 4 and head.text.isupper() and head.text.isalpha()):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    set_off = (c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN")
    return any(head.doc[c.left_edge.i].lower_ in HONORIFICS for c in set_off)


def _office_tagged_as_body(head: Token) -> bool:
    """A role noun opening an office's name that the entity tagger typed a body ("Head of Mission",
    "Director of Audits"): a person's office, which a name set off after it names."""
    ent = entity_of(head)
    return ent is not None and ent.label_ == "ORG" and ent.start == head.i and head.lower_ in ROLE_NOUNS


def _body_set_off(role: Token, described: Token) -> Span | None:
    """The name of a body set off after a word for a person, said of it with a word for a body
    ("Roe's sponsor, the sportswear company Halvard,"): the body's name, capitalised."""
    if not is_person_noun(role) or is_person_noun(described):
        return None
    doc = described.doc
    if described.pos_ == "PROPN":  # the name the head, the word for the body before it
        kind = next((c for c in described.lefts if c.dep_ == "compound" and _body_word(c)), None)
        name, s = (described, kind.i + 1) if kind is not None else (None, 0)
    else:
        after = (c for c in described.children if c.dep_ in {"appos", "compound"} and c.i > described.i)
        name, s = (next(after, None), described.i + 1) if body_noun(described) else (None, 0)
    if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper():
        return None
    e = _np_bounds(name)[1]
    s = max(s, _np_bounds(name)[0])
    words = doc[s:e]
    if not all(t.text[:1].isupper() for t in words if t.is_alpha):
        return None
    return Span(doc, s, e, label="ORG")


def _body_word(token: Token) -> bool:
    """A word for a kind of body, whatever its tag ("company" tagged a name before "Halvard")."""
    low = token.lower_
    return token.text[:1].islower() and low in _BODY_WORDS


def _person_after_role(span: Span, name: Span) -> bool:
    """A name of two or three words, a given name first, after a word for a person's role in the same
    phrase ("Cabinet member for transport Sophie Lang"): a person's, whatever the recogniser typed."""
    if len(name) not in (2, 3) or not given_name(name[0].text) or _body_name(name):
        return False
    return any(t.text.islower() and is_person_noun(t) for t in span if t.i < name.start)


def _thing_before_person(head: Token, entity: Span) -> bool:
    """A person named in apposition to a body's noun: a phrase of place the parse took for the
    subject ("Outside court, the widow, Karen Doyle, said"); no body has a person for its apposition."""
    return entity.label_ == "PERSON" and body_noun(head) and not is_person_noun(head)


def _role_before_body(head: Token) -> Token | None:
    """The person noun the parse hung on the last word of a body's name it serves ("the general
    secretary of Acme Utilities", "secretary" a modifier of "Utilities"): who the phrase names."""
    ent = entity_of(head)
    if ent is None or ent.label_ != "ORG" or head.pos_ != "PROPN":
        return None
    for child in head.lefts:
        if child.dep_ not in {"nmod", "compound"} or child.i >= ent.start or not is_person_noun(child):
            continue
        if not child.text.islower():
            continue  # a title before a name the recogniser ran into: "Secretary of Defense Jo Roe"
        of = next((p for p in child.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if of is not None and any(o.dep_ == "pobj" and ent.start <= o.i < ent.end for o in of.children):
            return child
    return None


def _name_glue(token: Token) -> bool:
    """A hyphen written without spaces between two words of a name ("Al-Mansour")."""
    if token.text not in NAME_HYPHENS or token.whitespace_ or token.i == 0:
        return False
    return not token.doc[token.i - 1].whitespace_


def _name_word(token: Token) -> bool:
    """A capitalised proper noun, or a particle inside a name ("van", "de", "d'Estournel")."""
    return (proper_noun(token) and name_word(token.text)) or token.lower_ in NAME_PARTICLES


def _untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun that no entity covers: a word of a name the recogniser cut short."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ or token.is_sent_start:
        return False  # (a sentence's first word is capitalised anyway: "Many Republicans")
    return token.lower_.rstrip(".") not in TITLE_WORDS and not is_person_noun(token)  # "Representative Roe"


def _firm_named(noun: Token, name: Span) -> bool:
    """Whether a name set off after a word for a firm that may be a person's too ("the operator",
    "the developer") is the firm's: one word, a plural ("Zenith Metals") or a business's last word."""
    if noun.lemma_.lower() not in COMPANY_NOUNS:
        return False
    last = name[-1]
    return len(name) == 1 or last.tag_ == "NNPS" or last.lower_ in BUSINESS_NAME_WORDS


def _body_set_off_after(span: Span, head: Token) -> Span | None:
    """An untagged name of two words or more set off before a word for a firm or a body ("Pennine
    Trams, the region's main operator,"), opening with no given name: the body's name."""
    words = [t for t in span if proper_noun(t)]
    if len(words) < 2 or given_name(words[0].text):
        return None
    if not any(c.dep_ == "appos" and set_off_after(c, head.i + 1) and body_word(c) for c in head.children):
        return None
    first = next((t.i for t in span if t.text[:1].isupper() and t.pos_ != "DET"), words[0].i)
    return Span(span.doc, first, head.i + 1, label="ORG")  # ("Our Future PAC": its whole name)


def _described_body(span: Span, head: Token) -> Span | None:
    """The name of a body after a common noun that says what it is ("consumer group Fairfield",
    "budget airline SkyLark"): the capitalised words up to the head, as an organisation."""
    doc = head.doc
    start = head.i
    while start > span.start and proper_noun(doc[start - 1]) and doc[start - 1].text[:1].isupper():
        start -= 1
    kind = doc[start - 1] if start > span.start else None
    if kind is None or not kind.text.islower() or not common_noun(kind):
        return None
    body = kind.lemma_.lower() in COMPANY_NOUNS or body_noun(kind)
    return Span(doc, start, head.i + 1, label="ORG") if body else None


def _name_closing_role(span: Span, head: Token) -> Span | None:
    """The name that closes a role's phrase with no comma before it, the parse having made the name
    part of the role's "of" phrase: "Leader of opposition Rakesh Verma", "Minister of State for
    Health Anita Rao". Two or three capitalised words: those after a lower-case word, from a given
    name on, or after the office's field or body when no given name says where ("Minister for Water
    Zubair Kamal"; after a role in lower case only so: "opposition leader in the Tarn Assembly Jo Roe")."""
    doc = head.doc
    # ("Head of the Fishers Association Jo Roe": a leader's noun, capitalised, stands as a title)
    titled = head.text[:1].isupper() and (head.lower_ in TITLE_WORDS or head.lower_ in LEADER_NOUNS)
    # a title, capitalised ("Leader of …"), not "a friend of Jo Roe", "Supporters of …"; or a role
    # in lower case whose "in" or "for" phrase names a body before the name ("opposition leader in
    # the Tarn Assembly Jo Roe")
    if not titled and not (head.text.islower() and is_person_noun(head)):
        return None
    k = span.end - 1
    while k > head.i and proper_noun(doc[k]) and doc[k].text[:1].isupper():
        k -= 1
    run = doc[k + 1 : span.end]
    linked = {"of", "for"} if titled else {"in"}  # (not "supporters of Democrat Jo Roe")
    if len(run) < 2 or not any(t.lower_ in linked and t.head.i == head.i for t in doc[head.i : k + 1]):
        return None
    starts = [run.end - n for n in (3, 2) if len(run) >= n]
    name = next((doc[k0 : run.end] for k0 in starts if given_name(doc[k0].text)), None) if titled else None
    split = name_after_office([t.text for t in run]) if name is None else None
    # (after a role in lower case, only after a body's name: "in the Tarn Assembly Jo Roe")
    split = split if titled or split is None or run[split - 1].lower_ in INSTITUTION_WORDS else None
    if split is not None and all(name_word(t.text) for t in run[split:]):
        name = run[split:]  # no given name we know: after the office's field or body ("for Water …")
    if name is None and len(run) <= 3 and titled:
        name = run
    if name is None:
        return None
    # the title's own words first ("of opposition", "for Housing"), then the name; not a name the "of"
    # phrase is all of ("a friend of Jo Roe")
    after_word = doc[k].text.islower() and doc[k].lower_ not in NOT_NAME_WORDS
    if name.start == run.start and not (after_word and titled):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _name_after_role(span: Span, head: Token) -> Span | None:
    """The name after the last role noun of a phrase that ends in a name ("Harbour Board chief
    executive Jane Moss"): a person's, two capitalised words at least, the first a given name."""
    doc = head.doc
    # (a hyphen that joins a double-barrelled surname is part of the name: "Jo Dreyer-Lund")
    in_name = [proper_noun(t) or hyphen_joins(doc, t.i) for t in doc[span.start : head.i]]
    role = next((doc[span.start + k] for k in reversed(range(len(in_name))) if not in_name[k]), None)
    if role is None or not is_person_noun(role) or head.i - role.i < 2:
        return None
    name = doc[role.i + 1 : head.i + 1]
    if not all((proper_noun(t) and t.text[:1].isupper()) or hyphen_joins(doc, t.i) for t in name):
        return None
    # a given name we know; or, after a word that is only a person's role ("boss", "coach"), a
    # name of two or three words that is no body's ("Liverpool boss Arne Slot")
    hyphens = sum(1 for t in name if hyphen_joins(doc, t.i))
    words = len(name) - 2 * hyphens  # ("Dreyer-Lund" is one word of three tokens)
    role_only = role.lower_ in ROLE_NOUNS and words in (2, 3) and not _body_name(name)
    # (a title may come first: "geologist Dr Jo Roe")
    first = next((t for t in name if t.lower_.rstrip(".") not in TITLE_WORDS), name[0])
    if not (given_name(first.text) or role_only):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _name_before_initials(head: Token) -> Token | None:
    """The last word of the name a body's initials follow in brackets, when the parse made the
    initials the head ("the Coastal Fishers Federation (CFF) said"): the body speaks by its name."""
    doc = head.doc
    if head.i < 2 or head.i + 1 >= len(doc) or doc[head.i - 1].text != "(" or doc[head.i + 1].text != ")":
        return None
    last = doc[head.i - 2]
    found = bracketed_initials(last) if last.pos_ == "PROPN" else None
    return last if found is not None and found[1] == head.text else None


def bracketed_initials(last: Token) -> tuple[Span, str] | None:
    """A name that ends at ``last`` and the initials in brackets right after it, when they begin as
    the name does ("Coastal Fishers Federation (CFF)", "Ministry of Health (MoH)")."""
    doc = last.doc
    if last.i + 3 >= len(doc) or doc[last.i + 1].text != "(" or doc[last.i + 3].text != ")":
        return None
    initials = doc[last.i + 2]
    if not initials_shaped(initials.text):
        return None
    first = None
    for t in reversed(doc[max(0, last.i - 9) : last.i + 1]):
        if t.text[:1].isupper() and t.is_alpha and t.pos_ != "DET":
            first = t
        elif t.lower_ not in _NAME_LINKS:
            break
    if first is None or first.text[0] != initials.text[0]:
        return None
    return doc[first.i : last.i + 1], initials.text


def initials_shaped(word: str) -> bool:
    """A word written as a body's initials: letters only, two capitals at least ("CFF", "MoHFW")."""
    return word.isalpha() and sum(c.isupper() for c in word) >= 2


_NAME_LINKS = frozenset({"of", "for", "and", "&", "on"})  # "Ministry of Health", "Union for Reform"


def _named_for_place(entity: Span, head: Token) -> Span | None:
    """A body whose name is a capitalised word before a place's ("Environment Norland said …",
    the place tagged alone): the whole name, as an organisation's."""
    if entity.label_ not in {"GPE", "LOC"} or not entity.start <= head.i < entity.end:
        return None
    doc = head.doc
    first = entity.start
    while first > 0:
        word = doc[first - 1]
        name_word = word.pos_ == "PROPN" and word.text[:1].isupper() and not word.ent_type_
        if not name_word or word.dep_ != "compound" or word.lower_.rstrip(".") in _ROLES_OR_HONORIFICS:
            break
        first -= 1
    return Span(doc, first, entity.end, label="ORG") if first < entity.start else None


def _after_honorific(span: Span, head: Token) -> Span | None:
    """The name after a person's honorific that heads the noun phrase ("Ms Carver", "Dr Jo Roe"),
    as a PERSON span, if there is one."""
    words = [t for t in span if not t.is_punct]
    title = words[0].lower_.rstrip(".") if words else ""
    # (or an office's title before a surname alone: "Cllr Doyle", "Senator Roe", "Sen. Roe")
    office = title in TITLE_ABBREVIATION_ROLES or title in SURNAME_TITLES
    office = office and len(words) == 2 and words[0].text[:1].isupper()
    last = words[-1].lower_ if words else ""
    body = last in INSTITUTION_WORDS or last in BUSINESS_NAME_WORDS or last in NOT_PERSON_NAME_ENDS
    office = office and not body
    # (not "Justice Department", "Mayor's Office": a body named after the office)
    if len(words) < 2 or (words[0].lower_ not in HONORIFICS and not office) or not proper_noun(head):
        return None
    name = [t for t in words[1:] if proper_noun(t)]
    if not name or name[-1].i != head.i or len(name) != len(words) - 1:
        return None
    return Span(head.doc, name[0].i, head.i + 1, label="PERSON")


def _someone_else(entity: Span, head: Token) -> bool:
    """A word for a person after another person's name: "a Roe aide", "Roe campaign advisers" work
    for the person; "Jo Roe's mother", "Ms Roe's lawyer" are tied to them. Neither is the person."""
    return entity.label_ == "PERSON" and entity.end <= head.i and is_person_noun(head) and common_noun(head)


def _kind_before_name(head: Token) -> Span | None:
    """The name after the word for a kind of business that opens the sentence, capitalised only
    for that ("Carmaker Veridane said"; ``KIND_BEFORE_NAME_WORDS``), where no
    entity tagger typed it."""
    doc = head.doc
    if head.pos_ != "PROPN":
        return None
    if not any(doc[k].lower_ in KIND_BEFORE_NAME_WORDS for k in range(max(0, head.i - 4), head.i)):
        return None  # (cheap first: a word for a business right before the name)
    if entity_of(head) is not None or not proper_noun(head):
        return None
    start, end = _np_bounds(head)
    first = head.doc[start]
    if start == head.i or not first.is_sent_start or first.lower_ not in KIND_BEFORE_NAME_WORDS:
        return None
    if end != head.i + 1:
        return None
    words = head.doc[start + 1 : end]
    if not all(proper_noun(t) and t.text[:1].isupper() for t in words) or given_name(words[0].text):
        return None  # (not "Retailer Jo Roe": a person, described)
    return Span(head.doc, start + 1, end, label="ORG")


def _possessive_body(head: Token) -> Span | None:
    """A body's name that holds a possessive ("The Alzheimer's Society", "the Children's Trust"),
    which the entity tagger cuts or types by its possessor: a capitalised possessor that takes
    "the" itself is part of the name ("the Roe's Society" is no way to say Roe's society). Not an
    office ("the Children's Commissioner" is a person)."""
    doc = head.doc
    if not proper_noun(head) or not head.text[:1].isupper() or head.lower_ in _ROLES_OR_TITLES:
        return None
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if owner is None or not owner.text[:1].isupper() or owner.i + 1 >= head.i:
        return None
    if head.ent_type_ == "PERSON" or given_name(head.doc[owner.i + 2].text):
        return None  # "the Post's Jo Roe": a person, named with where they work
    the = owner.left_edge
    if the.lower_ != "the" or the.dep_ != "det" or the.head.i != owner.i:
        return None
    words = doc[the.i + 1 : head.i + 1]
    if not all(t.text[:1].isupper() or t.tag_ == "POS" for t in words):
        return None
    # (with the place or field the name goes on to: "the Small Traders' Guild of Lorne")
    end = _institution_name_end(head) if head.lower_ in INSTITUTION_WORDS else head.i + 1
    return Span(doc, the.i + 1, end, label="ORG")


def named_body_end(noun: Token) -> int | None:
    """Where the named body ends that a thing which speaks belongs to, in an "of" phrase right after
    it ("the board of Acme Foods", "the youth wing of the Green Party", "the city of Nice"); None
    when no body is named, or the thing is a time ("the first night of the Acme Fair")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    common = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.text.islower())  # (lower case, tagged a name)
    if after is None or after.lower_ not in {"of", "for"} or after.head.i != noun.i or not common:
        return None
    if noun.lemma_.lower() in DATE_WORDS or noun.ent_type_ in {"DATE", "TIME", "EVENT"}:
        return None  # not "the closing night of the Acme Convention"
    obj = next((c for c in after.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if noun.lower_ in FIELD_NAMED_BODIES and _bare_field(obj):
        return obj.right_edge.i + 1  # "the ministry of finance", "the department for transport"
    if after.lower_ != "of":
        return None
    ent = entity_of(obj)
    if ent is not None and ent.label_ in {"ORG", "NORP"} and ent.start <= obj.i < ent.end:
        return ent.end
    return obj.i + 1 if ent is None and proper_noun(obj) and obj.text[:1].isupper() else None


def _bare_field(obj: Token) -> bool:
    """A field in lower case with no article, a body's business ("finance", "foreign affairs",
    "health and social care")."""
    words = list(obj.subtree)
    fields = {"NOUN", "PROPN", "ADJ", "CCONJ"}  # (in lower case: a name's tag is the tagger's slip)
    return all(t.text.islower() and t.pos_ in fields for t in words) and obj.pos_ in {"NOUN", "PROPN"}


def body_noun(token: Token) -> bool:
    """A common noun for an institution, a group or a firm ("council", "ministry", "campaign",
    "the operator")."""
    low = token.lemma_.lower()
    return common_noun(token) and (low in _BODY_WORDS or _firm_house(token))


def _firm_house(token: Token) -> bool:
    """A "house" that is a firm by the word before it ("the production house", "an auction house")."""
    return token.lower_ in {"house", "houses"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in FIRM_HOUSE_WORDS for c in token.children
    )


def _surname_as_group(entity: Span, span: Span) -> bool:
    """One singular capitalised word the tagger made a nationality or group (NORP), alone in its
    noun phrase: a surname it did not know ("Tripp said"), not "Democrats" or "the Israeli"."""
    if entity.label_ != "NORP" or len(entity) != 1 or len(span) != 1:
        return False
    word = entity[0]
    return word.tag_ == "NNP" and not word.text.endswith(("s", *NATIONALITY_ENDINGS))


def _span_entities(span: Span) -> list[Span]:
    """The named entities wholly inside ``span``, found from its own tokens.

    ``Span.ents`` walks every entity of the Doc: per mention that would make an article's cost
    grow with the square of its length.
    """
    out: list[Span] = []
    i = span.start
    while i < span.end:
        ent = entity_of(span.doc[i])
        if ent is None:
            i += 1
            continue
        if ent.start >= span.start and ent.end <= span.end:
            out.append(ent)
        i = max(ent.end, i + 1)
    return out


def named_for_a_body(ent: Span) -> bool:
    """A name in apposition to a noun for a body or an outlet ("the newspaper Corriere della Kelby"):
    that body's name, whatever a person's name it looks like."""
    return ent.root.dep_ == "appos" and ent.root.head.i < ent.root.i and _names_a_body(ent.root.head)


def _names_a_body(noun: Token) -> bool:
    """A noun for a body or a news outlet, whose name may stand in apposition ("the charity, Safe
    Steps,", "the Italian newspaper Corriere dello Sport")."""
    return body_noun(noun) or noun.lemma_.lower() in MEDIA_NOUNS


def _capitalised_name(span: Span, head: Token) -> bool:
    """One to four capitalised proper nouns, all of ``head``'s phrase: a body's name ("the club,
    Viking,", "the charity, Safe Steps,") or a person's; not the first words of a longer name ("the
    group, March for Harbours, …")."""
    if head.right_edge.i >= span.end:
        return False
    words = [t for t in span if not t.is_punct]
    inner = {t.i for t in words[1:-1] if t.lower_ in NAME_PARTICLES}  # "Corriere dello Sport"
    return 1 <= len(words) <= 4 and all(
        t.i in inner or (t.pos_ == "PROPN" and t.text[:1].isupper()) for t in words
    )


def _proper_name(span: Span) -> bool:
    """Two to four capitalised proper nouns: a person's name, whatever entity type it was given."""
    words = [t for t in span if not t.is_punct]
    return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def _named_after_phrase(head: Token) -> Span | None:
    """The person named in apposition after a role's phrase: "a spokesman for the port, Jo Roe,",
    "a councillor for the harbour ward, Jo Roe, said", "an engineer who advised them, Jo Roe,"."""
    doc = head.doc
    inside = {t.i for t in head.subtree}
    k = head.i + 1
    while k < len(doc) and k in inside and doc[k].text != "," and k - head.i <= 12:
        k += 1
    if k < len(doc) and doc[k].text == "," and k > head.i + 1:
        run: list[Token] = []
        for t in doc[k + 1 : k + 6]:
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                break
            run.append(t)
        after = doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
        closed = after is None or after.text in {",", ".", ";"} or after.pos_ in {"VERB", "AUX"}
        if 2 <= len(run) <= 4 and closed:
            return Span(doc, run[0].i, run[-1].i + 1, label="PERSON")
    for prep in head.children:
        if prep.dep_ not in {"prep", "acl"} or prep.i < head.i:
            continue  # "a spokesman for the port, …", "the officer leading the inquiry, …"
        for obj in prep.children:
            if obj.dep_ not in {"pobj", "dobj"}:
                continue
            for appos in obj.children:
                if appos.dep_ != "appos" or appos.i < obj.i:
                    continue
                s, e = _np_bounds(appos)
                if s == 0 or doc[s - 1].text != ",":
                    continue  # "analysts at the brokerage Halden Capital": the body's own name
                ent = entity_of(appos)
                if ent is not None and ent.label_ in _NAME_ENTS:
                    return ent
                if _proper_name(doc[s:e]):
                    return Span(doc, s, e, label="PERSON")
    return None


def _called(head: Token) -> Span | None:
    """The name a noun is given by "named", "called" or "identified as": "an academic named Jo Roe",
    "a man called Roe", "the driver, identified as Jo Roe,"."""
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_ not in {"name", "call", "identify"}:
            continue
        body = body_noun(head)  # "a group called the Harbour Watch Foundation": the body, by its name
        for obj in _names_given(acl):
            ent = entity_of(obj)
            if ent is not None and (ent.label_ in _NAME_ENTS or (body and ent.label_ in _ORG_ENTS)):
                return ent
            s, e = _np_bounds(obj)
            if body and s < e - 1 and head.doc[s].lower_ == "the":
                s += 1
            if _proper_name(head.doc[s:e]):
                return Span(head.doc, s, e, label="ORG" if body else "PERSON")
    return None


def _names_given(acl: Token) -> list[Token]:
    """The words a participle of naming gives as the name: the object of "named", "called", the
    noun after "identified as"."""
    if acl.lemma_ == "identify":
        as_ = [p for p in acl.children if p.dep_ == "prep" and p.lower_ == "as"]
        return [o for p in as_ for o in p.children if o.dep_ == "pobj"]
    return [o for o in acl.children if o.dep_ in {"oprd", "dobj", "attr"}]


def _best_entity(span: Span) -> Span | None:
    best = None
    for ent in _span_entities(span):
        if ent.label_ in _NAME_ENTS:
            return ent
        if ent.label_ in _ORG_ENTS and (best is None or len(ent) > len(best)):
            best = ent
    # An entity that starts inside the span but runs past it.
    if best is None and span:
        ent = entity_of(span[-1])
        if ent is not None and ent.label_ in _NAME_ENTS | _ORG_ENTS:
            return ent
    return best


def _person_apposed(noun: Token) -> bool:
    """A noun with a person's name set beside it ("the former world No 4 Jo Roe")."""
    return any(g.dep_ == "appos" and g.pos_ == "PROPN" and _apposed_person_name(g) for g in noun.children)


def _apposed_person_name(name: Token) -> Span | None:
    """The person's name a name token ends: two or three capitalised words, the first a given name
    (or the entity tagger's person), whatever words before it the phrase holds ("No 4 Jo Roe")."""
    doc = name.doc
    start = name.i
    while start > name.left_edge.i and proper_noun(doc[start - 1]) and doc[start - 1].text[:1].isupper():
        start -= 1
    if not 2 <= name.i + 1 - start <= 3:
        return None
    tagged = entity_of(name)
    if (tagged is not None and tagged.label_ == "PERSON") or given_name(doc[start].text):
        return Span(doc, start, _through_second_halves(doc, name.i + 1), label="PERSON")
    return None


def _named_after_clause(head: Token, appos: Token) -> bool:
    """Whether an apposition the parse gave ``head`` names the person a relative clause of it
    ends with: "The governor, who spoke through his press secretary, Mr. Jo Roe, said" (Roe is the
    secretary, not the governor)."""
    doc = head.doc
    for clause in head.children:
        if clause.dep_ != "relcl" or not head.i < clause.i < appos.i:
            continue
        last = clause.right_edge.i
        if last + 2 == appos.left_edge.i and doc[last + 1].text == "," and is_person_noun(doc[last]):
            return True
    return False


def _typed_apart(entity: Span | None, apposed: Span) -> bool:
    """Whether a name set off after a word for a person is a person's whatever its entity type:
    ``person_in_apposition`` of its entity, or, untagged, of the words as a body's would be read."""
    if entity is not None:
        return entity.label_ not in _NAME_ENTS and person_in_apposition(entity)
    untagged_name = all(not t.ent_type_ for t in apposed)
    return untagged_name and person_in_apposition(Span(apposed.doc, apposed.start, apposed.end, label="ORG"))


def person_in_apposition(ent: Span) -> bool:
    """A name set off after a noun for a person ("her nephew, Magnus,", "the driver, Kemal Ozer,"):
    a person, whatever type the entity tagger gave it; one it typed a body must look like a name.
    So is a name joined by "and" to such a name ("the two founders, Jo Roe and Mei-Lin Tran,")."""
    head = ent.root
    if ent.label_ in _APPOSED_NAME_ENTS and _after_role_noun(ent):
        return True  # "said municipal spokesperson Lonwabo Kowa", the name typed a place
    if ent.label_ in _APPOSED_NAME_ENTS and _described_as_person(ent):
        return True  # "Nadia, a 61-year-old cleaner,", "Tomas, 31,", the given name typed a body
    apposed = head
    while apposed.dep_ == "conj" and apposed.head.i < apposed.i:
        apposed = apposed.head
    if ent.label_ not in _APPOSED_NAME_ENTS or apposed.dep_ != "appos" or apposed.head.i > apposed.i:
        return False  # not "the lawmaker, a Democrat," (a party) nor "the critics (“Title”)" (a work)
    if not is_person_noun(apposed.head) or any(c.dep_ == "det" for c in head.children):
        return False
    words = [t for t in ent if not t.is_punct]
    named = 1 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
    body_word = ent[-1].lower_ in NOT_PERSON_NAME_ENDS  # "the owner, Acme Holdings,"
    return named and (ent.label_ != "ORG" or (_looks_like_person_name(ent) and not body_word))


def body_in_apposition(ent: Span) -> bool:
    """A name the tagger typed a person's, set off beside a word for a body ("Pennine Trams, the
    region's main operator,", "the operator, Pennine Trams,"), opening with no given name: a body."""
    words = [t for t in ent if not t.is_punct]
    if ent.label_ not in _NAME_ENTS or len(words) < 2 or given_name(words[0].text):
        return False  # (one word may be a surname: "Marsh, the developer,")
    root = ent.root
    described = [c for c in root.children if c.dep_ == "appos" and set_off_after(c, ent.end)]
    if root.dep_ == "appos" and root.head.i < ent.start:
        described.append(root.head)
    return any(body_word(c) for c in described)


def set_off_after(apposed: Token, end: int) -> bool:
    """Whether an apposition opens right after the comma that closes a name ending at ``end``
    ("Pennine Trams, the operator,"; not "Jo Roe of Acme, a consulting company", Acme's)."""
    doc = apposed.doc
    return end < len(doc) and doc[end].text == "," and apposed.left_edge.i == end + 1


def body_word(noun: Token) -> bool:
    """A common noun for a body or a firm, though a person may be one too ("the operator", "the
    developer"), not one for a person alone ("the spokeswoman")."""
    return body_noun(noun) and (noun.lemma_.lower() in COMPANY_NOUNS or not is_person_noun(noun))


def set_off_as_person(head: Token) -> bool:
    """A word set off before an age or a word for a person ("Karim, 24,", "Nadia, a 61-year-old
    cleaner,", "Shaz, a volunteer firefighter,")."""
    described = (c for c in head.children if c.dep_ == "appos" and c.i > head.i)
    return any(is_person_noun(c) or c.like_num or age_phrase(c.text) for c in described)


def _described_as_person(ent: Span) -> bool:
    """A name from a given name set off before an age or a word for a person ("Nadia, a 61-year-old
    cleaner,", "Tomas, 31,", "Jo Roe, a nurse,"): a person's."""
    if not set_off_as_person(ent.root):
        return False
    words = [t for t in ent if not t.is_punct]
    # (one word need not be a known given name: "Karim, 24,", "Shaz, a volunteer firefighter,")
    named = bool(words) and (given_name(words[0].text) or len(words) == 1)
    if not named or ent[-1].lower_ in NOT_PERSON_NAME_ENDS:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def _after_role_noun(ent: Span) -> bool:
    """A name right after a noun for a person that the parse made its modifier ("spokesperson Lonwabo
    Kowa", "councillor Sipho Mabena"): a person's name, whatever the entity tagger typed it. Not a
    body's ("the charity Safe Steps"), nor one with a body's last word ("developer Acme Holdings")."""
    if ent.start == 0 or ent[-1].lower_ in NOT_PERSON_NAME_ENDS or not _looks_like_person_name(ent):
        return False
    before = ent.doc[ent.start - 1]
    return before.dep_ == "compound" and before.head.i == ent.root.i and before.pos_ == "NOUN" and (
        is_person_noun(before)
    )


def _looks_like_person_name(span: Span) -> bool:
    words = [t for t in span if proper_noun(t) and t.lower_ not in TITLE_WORDS]
    return 1 <= len(words) <= 4 and all(t.text[:1].isupper() for t in words)


_SPEAKING_NOUNS = (
    COLLECTIVE_NOUNS | INSTITUTION_WORDS | SPEAKING_GROUP_NOUNS | SPEECH_NOUNS | DOCUMENT_NOUNS
) | COMPANY_NOUNS | GOVERNED_PLACE_NOUNS  # ("the municipality said", its government)


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own, as parsed (a clause, not a second predicate)."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def can_speak(mention: Mention) -> bool:
    """Whether a mention can name a speaker: never a sum, a share, a count, a date, a body part, an
    object or an abstraction ("73 percent", "his eyes", "the timeline"); people, organisations,
    publications, documents and pronouns can."""
    head = mention.head
    if mention.kind == "pronoun":
        return mention.refers is not None or head.lower_ not in THING_PRONOUNS
    if head.pos_ == "VERB" and head.tag_ in {"VBZ", "VBD"} and speech_verb_form(head.text):
        return False  # "Lind Announces Plans …" in a title-case headline: the verb is no one
    if head.tag_ == "VBG" and any(c.dep_ == "dobj" for c in head.children):
        return False  # "Making her way round the cafe, Roe thanked …": an act with its object
    if mention.kind == "name" and head.ent_type_ in {"DATE", "TIME"} and head.lower_ in CALENDAR_WORDS:
        return False  # "Friday's broadcast": a day is no speaker, though a proper noun
    if mention.kind in {"name", "role"}:
        return True
    if head.lower_ in ONE_OF_WORDS and mention.entity is not None:
        return True  # "One of them, Orchard Lines, said": named in apposition
    if head.tag_ in {"JJS", "JJR", "RBS"} and head.lower_ not in QUANTIFIERS:
        return of_people(head)  # "the youngest of the sisters"; not "the meanest he got was …"
    if head.ent_type_ in NOT_SPEAKER_ENTITIES or head.like_num:
        return _count_of_people(head) or one_of_them(head)
    if proper_noun(head):
        return True  # a name, whatever its last word: "the White House", "Downing Street"
    if _quantity_word(head):
        # "a number of farmers"; "the couple" alone is two people ("a couple of weeks" is not)
        alone = head.lower_ in SPEAKING_GROUP_NOUNS and not any(c.lower_ == "of" for c in head.children)
        return alone or _quantity_of_people(head)
    if head.lemma_.lower() == "figure" and any(c.lower_ in PERSON_FIGURE_WORDS for c in head.lefts):
        return True  # "senior figures in the party": people, not numbers
    if head.lower_ == "body":  # "the sport's governing body", "an advisory body": not "his body"
        owned = (c.dep_ == "poss" and c.pos_ != "PRON" for c in head.lefts)
        return any(c.dep_ in {"amod", "compound"} for c in head.lefts) or any(owned)
    if _firm_house(head):
        return True  # "the production house": a firm, though "house" alone is a building
    return head.lemma_.lower() not in NOT_SPEAKER_NOUNS and head.lower_ not in NOT_SPEAKER_NOUNS


def _count_of_people(head: Token) -> bool:
    """A count or a share of people ("hundreds of teachers", "31% of voters"): they speak, as
    written. Not a sum, a date or a bare share ("73 percent" is a figure)."""
    if head.ent_type_ not in {"", "CARDINAL", "PERCENT"}:
        return False
    return of_people(head)


def _quantity_of_people(head: Token) -> bool:
    """Some number of people, not a definite one: "a number of farmers", "a handful of residents"
    ("the number of farmers" is a figure)."""
    if not _quantity_word(head):
        return False
    if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children):
        return False
    return of_people(head) or _of_members(head)  # "a handful of Democrats", "dozens of MPs"


def group_of_people(head: Token) -> bool:
    """A group said to be of people: "a group of residents", "the coalition of unions" (as written:
    "the group" alone may be a body named before)."""
    return head.lemma_.lower() in _GROUP_WORDS and head.tag_ == "NN" and of_people(head)


_GROUP_WORDS = INSTITUTION_WORDS | SPEAKING_GROUP_NOUNS


def _quantity_word(token: Token) -> bool:
    """A word for how many: "number", "handful", "dozens" (``QUANTITY_NOUNS``)."""
    return token.lemma_.lower() in QUANTITY_NOUNS or token.lower_ in QUANTITY_NOUNS


def one_of_them(head: Token) -> bool:
    """ "One" or "another" saying something right after people were named in the plural ("Some
    residents were pleased. One said …", "“…,” another said"): one of them, who speaks. Not the
    generic "one" ("one might say")."""
    if head.lower_ not in ONE_OF_WORDS or head.dep_ != "nsubj" or head.i == 0:
        return False
    # "one of them said": of the people named before, as "one said"
    them = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and _of_them(c)]
    described = {"prep", "appos", "nummod", "quantmod", "compound"}
    if any(c.dep_ in described and c not in them for c in head.children):
        return False  # "one in four voters", "one of them, Acme,": the phrase says who
    verb = head.head
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    return their_group(head) is not None


def _of_them(prep: Token) -> bool:
    """An "of" whose object is "them" or "those", the people named before."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].lower_ in {"them", "those"} and not list(objects[0].children)


def their_group(head: Token) -> Token | None:
    """The people a "one" or "another" is one of: the nearest plural word for people named in the
    sentence before or earlier in this one ("Some residents were pleased. One said …")."""
    doc = head.doc
    sentence = head.sent.start
    for k in range(head.i - 1, max(0, sentence - 40) - 1, -1):
        if doc[k].tag_ == "NNS" and is_person_noun(doc[k]):
            return doc[k]
    return None


def of_people(head: Token) -> bool:
    """Whether a word is followed by "of" and people: "hundreds of teachers", "a number of farmers"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return obj is not None and common_noun(obj) and speaking_noun(obj)
    return False


def _of_members(head: Token) -> bool:
    """Whether a word is followed by "of" and people named by a party, a camp or a nation."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(c.dep_ == "pobj" and _members(c) for c in prep.children)
    return False


def _members(noun: Token) -> bool:
    """People named by a party, a camp or a nation, in the plural ("a handful of Democrats",
    "dozens of Tories", "hundreds of Iraqis"), however the tagger took the word."""
    plural = noun.tag_ in {"NNS", "NNPS"} or noun.lower_.endswith("s")
    # (a role written with a capital is one too: "a number of Labour MPs")
    return plural and (noun.ent_type_ == "NORP" or noun.lower_ in AFFILIATION_WORDS or is_person_noun(noun))


_LISTENING_GROUPS = SPEAKING_GROUP_NOUNS | INSTITUTION_WORDS | COLLECTIVE_NOUNS | GATHERING_NOUNS


def can_be_told(token: Token) -> bool:
    """A word that can stand for who was told, as a verb's object: a pronoun, a name or a word for
    a person, a group, a body or a gathering ("told her", "told Roe", "told reporters", "told a
    Senate panel", "told the hearing")."""
    if token.pos_ in {"PRON", "PROPN"} or is_person_noun(token):
        return True
    return token.lemma_.lower() in _LISTENING_GROUPS


def speaking_word(token: Token) -> bool:
    """A word that names people, a group, a body or a text whatever its case or tag ("Poll",
    "Insiders", "Mayor" in a title-case headline)."""
    low = token.lower_
    return is_person_noun(token) or low in _SPEAKING_NOUNS or token.lemma_.lower() in _SPEAKING_NOUNS


def speaking_noun(token: Token) -> bool:
    """A common noun that names people, a group, a body or a piece of speech or writing ("the
    crowd", "the ministry", "the report"), as opposed to a thing or an event ("the freeze")."""
    if not common_noun(token) or token.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True  # a name, whatever its tag ("Reyes was blunt" with Reyes tagged NOUN)
    if is_person_noun(token) or age_phrase(token.text):  # "the 41-year-old"
        return True
    if token.lemma_.lower() in _SPEAKING_NOUNS or token.lower_ in _SPEAKING_NOUNS:
        return True
    return (_number(token) and _count_of_people(token)) or _quantity_of_people(token)  # "a number of farmers"


def _number(token: Token) -> bool:
    """A number, in figures or words, or a plural of one ("hundreds", "thousands"), whether or not
    the tagger typed it."""
    if token.like_num or token.ent_type_ == "CARDINAL":
        return True
    low = token.lower_
    return low.endswith("s") and len(low) > 3 and token.vocab[low[:-1]].like_num


def verb_read_as_noun(token: Token) -> bool:
    """A name whose present-tense verb the tagger read as a plural noun, so that the sentence has no
    verb ("Roe shrugs when …", parsed as the noun phrase "Roe shrugs"): the name is its subject."""
    head = token.head
    if token.ent_type_ != "PERSON" or head.tag_ != "NNS" or head.i != token.i + 1:
        return False
    if token.dep_ == "compound" and head.dep_ == "ROOT":
        return not head.is_sent_end
    # "Asked what he will do next, Roe laughs.": a name opening its clause after a comma, the verb
    # that ends it read as the name's noun
    doc = token.doc
    opens = token.i > 0 and doc[token.i - 1].text == ","
    ends = head.i + 1 < len(doc) and doc[head.i + 1].is_punct
    return token.dep_ in {"compound", "amod", "nmod"} and opens and ends
