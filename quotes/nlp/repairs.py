"""Repairs of parses the small English model gets wrong in a way every rule after it would have to
read around: made once on the parsed Doc, before attribution.

- ``participle_after_apposition``: "Its chairman, Jo Roe, accused officials of lying", parsed as a
  noun phrase whose last noun "accused officials" the verb modifies ("the accused man"): the verb
  is the sentence's, its subject the noun the name is set off after, its object that noun.
- ``name_read_as_subject``: "A woman who gave her name only as Moira said the bus was late", parsed
  with "as Moira said …" a clause of its own ("as Moira said"): the name is what she gave, the
  woman the one who said it.
- ``clause_hung_on_modifier``: "“…,” lead author Dr Jo Roe said" with the quoted clause hung on "lead",
  an adjective of "author": a clause before a noun's modifier is the verb's above it, not the noun's.
- ``frame_read_as_participle``: "The line will open in 2031, the transit board announced on Monday.",
  parsed with "announced" a participle of "board" ("the board announced on Monday" a noun phrase set
  off after the clause): a speech verb closing its sentence after a comma and a noun phrase, with
  nothing it takes, is a source-last frame; the clause before the comma is what it reports.
- ``clause_read_as_object``: "The team found that urban foxes had, on average, shorter snouts", parsed
  with "snouts" the object of "found" and "that urban foxes had" hung inside it: a "that" right after
  a verb marks its clause, whatever word of it the parse made the head.
- ``subject_read_as_adverb``: "He predicted next year would be harder", parsed with "next year" an
  adverb of "predicted" and "would be harder" a clause with no subject (or "believes silt from the
  quarry has damaged the beds", "silt" a clause of its own): the noun phrase right before a clause
  that lacks one is its subject.
- ``role_read_as_verb``: "Rangers coach Tamsin Reilly-Hart was blunter", parsed with "coach" the
  sentence's verb and the name its object: a role noun before a name that a verb follows is the
  name's description, the name the verb's subject.
- ``subject_read_as_object``: "She released bank statements showing the firm had lost money", parsed
  with "the firm" the object of "showing" and "had lost money" a clause of "released" with no
  subject: a clause with a tense and no subject right after a verb's object is that verb's clause,
  the object its subject.
- ``name_read_as_second_subject``: "A reviewer for the technology site Gearbox said …", parsed with
  "Gearbox" a second subject of "said": a name right after the noun that closes the subject is that
  noun's name, set beside it.
- ``word_read_apart``: "said pre-orders would open on Friday", parsed with "pre" a clause of its own
  and the hyphen a subject: the pieces of a word joined by hyphens belong to its last piece.
- ``object_read_as_second_subject``: "A report commissioned by the council after a smaller flood
  warned that …", parsed with "a smaller flood" a second subject of "warned" and "after" a
  preposition with no object: the noun phrase right after an empty preposition is its object.
- ``finite_read_as_participle``: "The cashier, a college student, handed over the money, police
  said", parsed with "handed" a participle of "cashier" and "cashier" a subject of "said" beside
  "police": a verb set off by commas after its noun, with the frame's own subject after it, is the
  reported clause's verb, the noun its subject.
- ``clause_read_into_relative``: "reminded drivers who chose to stay that crews might not reach
  them", parsed with the that-clause hung on "stay" inside the listener's relative clause: a
  that-clause on a verb that takes none, inside the relative clause of a listener verb's object,
  is the listener verb's.
- ``party_tag_read_as_subject``: "Rep. Jo Roe, D-Ohio, said", parsed with "Ohio" the subject and
  the name a modifier of it: the party and state set off after a name describe it; the name is the
  subject.
- ``subject_read_into_opening_participle``: "Speaking at a briefing in Harlow, the bank's chief
  economist, Dr Jo Roe, said …", parsed with "Speaking …" the clausal subject of "said" and the
  economist an apposition of "Harlow": the noun phrase set off by a comma that closes an opening
  participle's phrase, right before the verb, is the verb's subject; the participle's phrase is
  an adverbial clause.
- ``second_verb_read_as_clause``: "said Jo Roe had repaid the money, had joined a scheme and had
  written to apologise", parsed with "had joined …" a second clause of "said", one with no subject:
  a verb phrase with no subject, set off by a comma after a reported clause, with the auxiliary
  or the tense of that clause's verb, is that verb's conjunct.
- ``frame_verb_read_into_clause``: "said that her country “deeply regrets” the tariff and called on
  both sides to talk", parsed with "called" a conjunct of "regrets": a verb in the frame's past
  tense, with no subject or auxiliary of its own, joined to a reported clause in another tense,
  is the frame verb's conjunct (the speaker called on them, not her country).
- ``object_read_out_of_relative``: "Two scouts who have watched the Rovers disagreed", parsed with
  "the Rovers" a second subject of "disagreed" and "watched" left with no object: a noun phrase
  right after a relative clause of the first subject whose verb lacks its object is that object.
- ``roles_read_as_second_person``: "Party leader and former finance minister Jo Roe said …", parsed
  with "leader" the subject and the name a second one joined to it: a bare role noun (no article)
  joined by "and" to a name with a role of its own describes that one person, the name the subject.
- ``name_read_into_body``: "Grain Traders Association of Velmora president Jo Roe said …", parsed with
  the body the subject and the role and name the object of its "of": the name after the role is the
  subject, the body before the role the role's.
- ``verb_read_before_name``: "“…,” lead author Dr Jo Roe of the institute said", parsed with "lead"
  a bare verb whose object is the name, the two the clausal subject of "said" (no bare verb can be
  one): the word describes the name, and the name is the subject.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.lexicons.grammar import FINITE_TAGS, FRAME_TAIL_PREPOSITIONS, SENTENCE_END_MARKS
from quotes.lexicons.people import NAME_GIVING_VERBS, PARTY_LETTERS, ROLE_NOUNS, SELF_NAMING_VERBS
from quotes.lexicons.speech import (
    BELIEF_VERBS,
    FINDING_VERBS,
    KNOWLEDGE_VERBS,
    LISTENER_VERBS,
    PREPOSITION_CONTENT_VERBS,
    SPEECH_VERBS,
)
from quotes.nlp.mentions import body_noun, is_person_noun, person_noun_word

_PARTICIPLE_TAGS = numpy.array(sorted(get_string_id(t) for t in ("VBN", "VBD")), dtype=numpy.uint64)
_AMOD = get_string_id("amod")
_ACL = get_string_id("acl")
_VBN = get_string_id("VBN")
_VBG = get_string_id("VBG")
_VBD = get_string_id("VBD")
_CONJ = get_string_id("conj")
_MARK = get_string_id("mark")
_CSUBJ = get_string_id("csubj")
_CCOMP = get_string_id("ccomp")
_BARE_VERB_TAGS = numpy.array(sorted(get_string_id(t) for t in ("VB", "VBP")), dtype=numpy.uint64)
_AS = get_string_id("as")
_THAT = get_string_id("that")
_ROOT = get_string_id("ROOT")
_NSUBJ = get_string_id("nsubj")
_NPADVMOD = get_string_id("npadvmod")
_DOBJ = get_string_id("dobj")
_HYPHEN = get_string_id("-")
_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def repair_parse(doc: Doc) -> int:
    """Put right the misparses this module knows, in place; the number put right."""
    if not len(doc):
        return 0
    table = doc.to_array([TAG, DEP, LOWER])
    candidates = numpy.flatnonzero(numpy.isin(table[:, 0], _PARTICIPLE_TAGS) & (table[:, 1] == _AMOD))
    repaired = 0
    for i in candidates.tolist():
        if _participle_after_apposition(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero((table[:, 0] == _VBG) & (table[:, 1] == _CSUBJ)).tolist():
        if _subject_read_into_opening_participle(doc[i]):
            repaired += 1
    bare = numpy.flatnonzero(numpy.isin(table[:, 0], _BARE_VERB_TAGS) & (table[:, 1] == _CSUBJ))
    for i in bare.tolist():
        if _verb_read_before_name(doc[i]):
            repaired += 1
    roles = numpy.isin(table[:, 0], _BARE_VERB_TAGS) & ((table[:, 1] == _ROOT) | (table[:, 1] == _NSUBJ))
    for i in numpy.flatnonzero(roles).tolist():
        if _role_read_as_verb(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero((table[:, 0] == _VBN) & (table[:, 1] == _ACL)).tolist():
        if _frame_read_as_participle(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero((table[:, 1] == _NPADVMOD) | (table[:, 1] == _CCOMP)).tolist():
        if _subject_read_as_adverb(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero(table[:, 1] == _CCOMP).tolist():
        if _clause_hung_on_modifier(doc[i]) or _second_verb_read_as_clause(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero((table[:, 1] == _CONJ) & (table[:, 0] == _VBD)).tolist():
        if _frame_verb_read_into_clause(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero((table[:, 1] == _MARK) & (table[:, 2] == _THAT)).tolist():
        if _clause_read_as_object(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero(table[:, 1] == _NSUBJ).tolist():
        if any(repair(doc[i]) for repair in _SUBJECT_REPAIRS):
            repaired += 1
    for i in numpy.flatnonzero((table[:, 1] == _MARK) & (table[:, 2] == _THAT)).tolist():
        if _clause_read_into_relative(doc[i]):
            repaired += 1
    for i in numpy.flatnonzero(table[:, 2] == _HYPHEN).tolist():
        if _word_read_apart(doc, i):
            repaired += 1
    for i in numpy.flatnonzero(table[:, 1] == _DOBJ).tolist():
        if _subject_read_as_object(doc[i]):
            repaired += 1
    marks = numpy.flatnonzero((table[:, 1] == _MARK) & (table[:, 2] == _AS))
    for i in marks.tolist():
        if _name_read_as_subject(doc[i]):
            repaired += 1
    return repaired


_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod"})
_CLAUSE_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep"})


def _clause_hung_on_modifier(clause: Token) -> bool:
    """A clause before the word it hangs on, where that word modifies a noun ("“…,” lead author Jo
    Roe said", "lead" an adjective): the clause, with the marks and commas between, goes to the verb
    the noun phrase belongs to (see the module's docstring)."""
    word = clause.head
    if word.dep_ not in _MODIFIERS or clause.i > word.i:
        return False
    verb = word.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i < word.i:
        return False
    for child in [c for c in word.children if c.i < word.i and (c.i == clause.i or c.dep_ == "punct")]:
        child.head = verb
    return True


def _role_read_as_verb(word: Token) -> bool:
    """A role noun the tagger made a bare verb, its object a name: the sentence's verb, a verb
    following the name ("Rangers coach Tamsin Reilly-Hart was blunter"), or the subject of the verb
    after them ("ecologist Dr Mia Roe, who …, said"): the noun describes the name, the name is the
    verb's subject (see the module's docstring)."""
    if word.lower_ not in ROLE_NOUNS and not person_noun_word(word.lower_):
        return False
    doc = word.doc
    name = doc[word.i + 1].head if word.i + 1 < len(doc) else None  # (the name's first word's head)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != word.i + 1:
        return False
    if word.dep_ == "nsubj":  # "ecologist Dr Mia Roe … said": the name is the subject
        if name.head.i != word.i or name.dep_ != "dobj":
            return False
        name.head = word.head
        name.dep_ = "nsubj"
        _make_description(word, name)
        return True
    after = name.right_edge.i + 1
    verb = doc[after] if after < len(doc) else None
    if verb is None or verb.head.i != word.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ not in {"ccomp", "conj", "parataxis"}:
        return False
    # the name the word's object, or already the subject of the verb after it
    taken = name.head.i == word.i and name.dep_ == "dobj"
    if not (taken or (name.head.i == verb.i and name.dep_ == "nsubj")):
        return False
    later = [c for c in word.children if c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    name.head = verb
    name.dep_ = "nsubj"
    _make_description(word, name)
    for child in later:  # the full stop
        child.head = verb
    return True


def _make_description(word: Token, name: Token) -> None:
    """Make a role noun read as a verb a noun of the name after it ("Rangers coach Jo Roe")."""
    word.head = name
    word.dep_ = "compound"
    word.tag_ = "NN"
    word.pos_ = "NOUN"
    for child in word.children:
        if child.i < word.i and child.pos_ in _NOMINAL:
            child.dep_ = "compound"  # "Rangers" in "Rangers coach …"


def _subject_read_as_adverb(noun: Token) -> bool:
    """A noun phrase read as a verb's adverb or clause, right before a clause of that verb with a
    tense and no subject ("predicted next year would be harder"): the clause's subject (see the
    module's docstring)."""
    verb = noun.head
    if noun.i < verb.i or noun.pos_ not in _NOMINAL:
        return False
    after = noun.right_edge.i + 1
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == after), None)
    if clause is None or any(c.dep_ in _SUBJECTS for c in clause.children):
        return False
    if not any(c.dep_ == "aux" for c in clause.children) and clause.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False  # (a tense of its own: "would be", "was", not "to be")
    noun.head = clause
    noun.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"
    return True


def _name_read_as_second_subject(name: Token) -> bool:
    """A name made a second subject of the verb, right after the common noun that closes the first
    ("A reviewer for the technology site Gearbox said"): the noun's name (see the module's docstring)."""
    if name.pos_ != "PROPN" or name.i == 0:
        return False
    verb = name.head
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < name.i), None)
    if first is None or first.right_edge.i != name.left_edge.i - 1:
        return False
    noun = name.doc[name.left_edge.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":  # (the last noun of the subject's phrase)
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in name.doc[first.i : name.i]):
        return False  # (a clause inside the subject: "who ran in the bloc Roe helped form")
    name.head = noun
    name.dep_ = "appos"
    return True


def _object_read_as_second_subject(noun: Token) -> bool:
    """A noun made a second subject of the verb, right after a preposition with no object
    ("A report commissioned … after a smaller flood warned"): the preposition's object (see the
    module's docstring)."""
    verb = noun.head
    if noun.pos_ not in _NOMINAL or noun.left_edge.i == 0:
        return False
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    if first is None:
        return False
    prep = noun.doc[noun.left_edge.i - 1]
    if prep.tag_ != "IN" or any(c.dep_ == "pobj" for c in prep.children):
        return False
    # the first subject's phrase a passive participle with its agent ("commissioned by the council"):
    # no clause of its own, which "A row escalated after a group of traders said …" may be
    passive = [
        t
        for t in noun.doc[first.i : prep.i]
        if t.dep_ == "acl" and t.head.i == first.i and any(c.dep_ == "agent" for c in t.children)
    ]
    if not passive:
        return False
    if prep.dep_ == "mark" and prep.head.i == verb.i and first.right_edge.i == prep.i - 1:
        # "An audit carried out by the council after a major fire warned": "after" read as the
        # verb's conjunction; it belongs to the participle before it
        prep.head = passive[-1]
        prep.dep_ = "prep"
    elif prep.dep_ != "prep" or not prep.head.i < prep.i < verb.i:
        return False  # (a preposition inside the first subject's phrase only)
    noun.head = prep
    noun.dep_ = "pobj"
    return True


def _object_read_out_of_relative(noun: Token) -> bool:
    """A noun made a second subject of the verb, right after a relative clause of the first
    subject whose verb has no object ("Two scouts who have watched the Rovers disagreed"): that
    verb's object (see the module's docstring)."""
    verb = noun.head
    if noun.pos_ not in _NOMINAL:
        return False
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    if first is None:
        return False
    clause = next((c for c in first.children if c.dep_ == "relcl" and c.i < noun.i), None)
    if clause is None or clause.right_edge.i != noun.left_edge.i - 1:
        return False
    if clause.tag_ not in {"VBN", "VBD", "VBP", "VBZ"}:
        return False
    if any(c.dep_ in _CLAUSE_OBJECTS for c in clause.children):
        return False
    relative = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if relative is None or relative.tag_ not in {"WP", "WDT"} or relative.dep_ != "nsubj":
        return False  # ("who have watched", the relative pronoun its subject: the object is missing)
    noun.head = clause
    noun.dep_ = "dobj"
    return True


def _finite_read_as_participle(noun: Token) -> bool:
    """A subject whose verb, set off by commas after it, the parse made a participle of it, while
    the frame after has its own subject ("The cashier, a student, handed over the money, police
    said"): the verb is the reported clause's, the noun its subject (see the module's docstring)."""
    frame = noun.head
    if frame.i < noun.i or frame.pos_ != "VERB":
        return False
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}), None)
    if verb is None or verb.i + 1 >= len(noun.doc):
        return False
    doc = noun.doc
    after = verb.right_edge.i + 1
    if after >= frame.i or doc[after].text != "," or doc[verb.i - 1].text != ",":
        return False
    if not any(c.dep_ == "nsubj" and after < c.i < frame.i for c in frame.children):
        return False  # (the frame has no subject of its own: "The man, seen at 6 a.m., said …")
    if not any(c.dep_ in {"dobj", "prt", "prep"} for c in verb.children):
        return False  # (a bare participle: "The bridge, closed, …")
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # ("The report, commissioned by the council, …": a participle)
    verb.head, verb.dep_, verb.tag_ = frame, "ccomp", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    return True


def _party_tag_read_as_subject(place: Token) -> bool:
    """A state after a party letter, set off by commas after a name, that the parse made the
    subject ("Rep. Jo Roe, D-Ohio, said"): the name is (see the module's docstring)."""
    doc = place.doc
    if place.pos_ != "PROPN" or place.i < 4:
        return False
    letter, hyphen, comma = doc[place.i - 2], doc[place.i - 1], doc[place.i - 3]
    if letter.text not in PARTY_LETTERS or hyphen.text != "-" or comma.text != ",":
        return False
    if hyphen.whitespace_ or letter.whitespace_:
        return False  # ("D - Ohio": no tag)
    name = doc[place.i - 4]
    if name.pos_ != "PROPN" or name.head.i != place.i:
        return False
    name.head, name.dep_ = place.head, place.dep_
    place.head, place.dep_ = name, "appos"
    return True


def _clause_read_into_relative(that: Token) -> bool:
    """A that-clause hung on a verb that takes none, inside the relative clause of a listener
    verb's object ("reminded drivers who chose to stay that …"): the listener verb's clause (see the
    module's docstring)."""
    clause = that.head
    if clause.dep_ != "ccomp" or that.i > clause.i:
        return False
    host = clause.head
    relative = host
    while relative.dep_ in {"xcomp", "conj"} and relative.head.i < relative.i:
        relative = relative.head
    if relative.dep_ != "relcl" or relative.head.dep_ not in {"dobj", "dative"}:
        return False
    verb = relative.head.head
    if verb.lemma_.lower() not in LISTENER_VERBS or verb.i > relative.i:
        return False
    takers = SPEECH_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS | FINDING_VERBS
    if host.lemma_.lower() in takers:
        return False  # ("told residents who feared that …": the relative's own clause)
    clause.head = verb
    return True


# What the first piece of a hyphened word may be in a parse that reads it as a phrase of its own.
_APART_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "nsubj", "nsubjpass", "dobj", "pobj"})


def _word_read_apart(doc: Doc, i: int) -> bool:
    """A hyphen joining two pieces of one word ("pre-orders"), the first piece or the hyphen read
    as a phrase of its own outside the word: both belong to the last piece (see the module's
    docstring)."""
    if i == 0 or i + 1 >= len(doc):
        return False
    first, hyphen, last = doc[i - 1], doc[i], doc[i + 1]
    if first.whitespace_ or hyphen.whitespace_ or not (first.is_alpha and last.is_alpha):
        return False
    if i + 2 < len(doc) and doc[i + 2].text == "-" and not last.whitespace_:
        return False  # (a longer word, "mother-in-law": left to the parse)
    word = {first.i, hyphen.i, last.i}
    apart = [t for t in (first, hyphen) if t.head.i not in word and t.dep_ in _APART_DEPS]
    if not apart or first.dep_ == "ROOT" or hyphen.dep_ == "ROOT":
        return False
    if any(c.i not in {first.i, hyphen.i} for t in (first, hyphen) for c in t.children):
        return False  # (only pieces with nothing hung on them move)
    first.head, first.dep_ = last, "compound"
    hyphen.head, hyphen.dep_ = last, "punct"
    return True


# (not a conjunct: "denied it and accused her of …" shares its subject)
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
_CLAUSE_VERBS = SPEECH_VERBS | FINDING_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS


def _subject_read_as_object(obj: Token) -> bool:
    """A verb's object right before a clause with a tense and no subject, which the parse hung
    elsewhere ("showing the firm had lost money"): the object is the clause's subject, the clause
    the verb's (see the module's docstring)."""
    verb = obj.head
    doc = obj.doc
    after = obj.right_edge.i + 1
    if obj.pos_ not in _NOMINAL or verb.pos_ != "VERB" or after >= len(doc) or obj.i < verb.i:
        return False
    if verb.lemma_ not in _CLAUSE_VERBS:
        return False  # (only a verb that can take a clause: "showing", "said", "believe")
    clause = doc[after]
    while clause.left_edge.i == after and clause.head.i != clause.i and clause.head.left_edge.i == after:
        clause = clause.head  # from "had" up to "lost", the head of the words that open there
    if clause.pos_ not in {"VERB", "AUX"} or clause.left_edge.i != after or clause.dep_ not in _CLAUSE_DEPS:
        return False
    if clause.head.i == verb.i:
        return False  # (already the verb's)
    if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"} and c.i < clause.i]
    if not any(a.tag_ in FINITE_TAGS for a in auxiliaries) and not (
        clause.tag_ in FINITE_TAGS and not auxiliaries
    ):
        return False  # (a tense of its own: "had lost", "will", "was", not "to lose" or "losing")
    clause.head = verb
    clause.dep_ = "ccomp"
    obj.head = clause
    obj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"
    return True


def _clause_read_as_object(that: Token) -> bool:
    """A "that" right after a verb, hung inside the verb's object after it: the object is the
    verb's clause (see the module's docstring)."""
    if that.i == 0:
        return False
    verb = that.doc[that.i - 1]
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "ccomp"} and c.i > that.i), None)
    if obj is None or obj.left_edge.i != that.i:
        return False  # (the "that" the first word of the object: its clause, hung inside it)
    own = _participle_inside(obj) if that.head.i == obj.i and obj.pos_ in _NOMINAL else None
    if own is None and obj.dep_ == "dobj":  # "found that teeth had, on average, …": a clause
        obj.dep_ = "ccomp"
        return True
    if own is None:
        return False
    # "found that 61 per cent of voters disapproved of …": the clause's verb read as a participle
    # of a noun in it; the verb heads the clause, the noun phrase before it its subject
    own.head = verb
    own.dep_ = "ccomp"
    own.tag_ = "VBD"
    obj.head = own
    obj.dep_ = "nsubj"
    that.head = own
    return True


def _participle_inside(obj: Token) -> Token | None:
    """The first participle that modifies a noun of a noun phrase (past tense in form, with no agent
    after it): the verb of a clause the parse read as the phrase."""
    for token in obj.subtree:
        past = token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"} and token.lower_.endswith("ed")
        if past and not any(c.dep_ == "agent" for c in token.children):
            return token
    return None


# What a source-last frame's verb may have after it: when and where it was said ("on Monday", "in a
# statement", "late on Friday"), and the full stop.
_FRAME_TAIL_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def _frame_read_as_participle(verb: Token) -> bool:
    """A speech verb read as a participle of the noun before it, the two closing the sentence after
    a comma and the clause the parse hung them on ("…, the transit board announced on Monday."):
    the verb is the sentence's, the noun its subject, the clause before the comma what it reports
    (see the module's docstring)."""
    doc = verb.doc
    noun = verb.head
    if not verb.lower_.endswith("ed") or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    if noun.pos_ not in _NOMINAL or noun.i > verb.i:
        return False
    speaks = noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG", "NORP"}
    if not (speaks or is_person_noun(noun) or body_noun(noun)):
        return False  # "…, a plan announced earlier this year": a thing, described
    tail = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ not in _FRAME_TAIL_DEPS for c in tail):
        return False  # "a plan announced to staff that …"
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prep" and (c.lower_ not in FRAME_TAIL_PREPOSITIONS or (lemma, c.lower_) in
                                  PREPOSITION_CONTENT_VERBS) for c in tail):
        return False  # "the figures released by the board", "…, the candidate boasted of his skill"
    if any(c.i > noun.i and c.i != verb.i for c in noun.children):
        return False  # "…, the board of the port announced": a phrase a rule reads as it is
    comma = noun.left_edge.i - 1
    sentence = verb.sent
    end = verb.right_edge.i + 1
    while end < sentence.end and (doc[end].is_quote or doc[end].is_space):
        end += 1
    if comma <= sentence.start or doc[comma].text != ",":
        return False
    if end >= sentence.end or doc[end].text not in SENTENCE_END_MARKS:
        return False
    if end + 1 != sentence.end and not all(t.is_quote or t.is_space for t in doc[end + 1 : sentence.end]):
        return False
    root = sentence.root
    if root.i >= comma or root.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ in _SUBJECTS for c in root.children):
        return False  # "On May 2, at the mill, the owner boasted …": no clause before the comma
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    noun.head = verb
    noun.dep_ = "nsubj"
    doc[comma].head = verb
    doc[end].head = verb
    root.head = verb
    root.dep_ = "ccomp"
    return True


def _verb_read_before_name(word: Token) -> bool:
    """A bare verb made the clausal subject of the verb after its object, a person's name ("lead
    author Dr Jo Roe … said"): the word an adjective of the name, the name the subject (see the
    module's docstring)."""
    verb = word.head
    # (the name its object, or its subject after it: "lead author Dr Jo Roe", "author" the object)
    named = (c for c in word.children if c.dep_ in {"dobj", "nsubj"} and c.i > word.i and c.pos_ == "PROPN")
    name = next(named, None)
    if name is None or verb.i < name.i:
        return False
    if name.right_edge.i + 1 != verb.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    if any(c.i < word.i and c.dep_ not in {"punct", "ccomp"} for c in word.children):
        return False  # a subject or an adverb of its own: a clause after all
    others = [c for c in word.children if c.i != name.i and c.i > word.i]
    before = [c for c in word.children if c.i < word.i]  # a quotation before it, with its marks
    for child in before:
        child.head = verb
    name.head = verb
    name.dep_ = "nsubj"
    word.head = name
    word.dep_ = "amod"
    word.tag_ = "JJ"
    word.pos_ = "ADJ"
    for child in others:
        child.head = name
        if child.i < name.i and child.pos_ == "NOUN":
            child.dep_ = "compound"  # "author" in "lead author Dr Jo Roe"
    return True


def _name_read_as_subject(as_: Token) -> bool:
    """"as" opening a clause whose subject is the name a person gave in a relative clause of her
    noun before it ("A woman who gave her name only as Moira said …"): the name is the object of
    "as", and the verb after it the woman's (see the module's docstring)."""
    doc = as_.doc
    verb = as_.head
    name = doc[as_.i + 1] if as_.i + 1 < len(doc) else None
    if name is None or name.dep_ != "nsubj" or name.head.i != verb.i or name.pos_ != "PROPN":
        return False
    if verb.i <= name.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "advcl":  # "as Moira said" a clause of the naming verb
        naming = verb.head
        noun = naming.head
    else:  # or "said" with two subjects: the noun and the name
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < as_.i and c.i != name.i), None)
        if noun is None:
            return False
        naming = next((c for c in noun.children if c.dep_ == "relcl" and noun.i < c.i < as_.i), noun)
    if naming.dep_ != "relcl" or noun.pos_ not in _NOMINAL or noun.i > naming.i:
        return False
    gave_name = naming.lemma_.lower() in NAME_GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in naming.children
    )
    if not (gave_name or naming.lemma_.lower() in SELF_NAMING_VERBS):
        return False
    top = noun.head  # where the noun phrase hangs: the root, when the parse made it one
    later = [c for c in noun.children if c.i > verb.i]
    between = [c for c in verb.children if naming.i < c.i < as_.i]  # ("only as Moira": "only" goes with "as")
    as_.dep_ = "prep"
    name.head = as_
    name.dep_ = "pobj"
    as_.head = naming
    for c in between:
        c.head = naming
    if noun.head.i == verb.i:
        return True  # the noun already the verb's subject
    if noun.dep_ == "ROOT":
        verb.head = verb
        verb.dep_ = "ROOT"
    else:
        verb.head = top
        verb.dep_ = noun.dep_
    noun.head = verb
    noun.dep_ = "nsubj"
    for child in later:
        child.head = verb
    return True


def _frame_verb_read_into_clause(verb: Token) -> bool:
    """A past verb joined to a reported clause in another tense, with no subject or auxiliary of
    its own, that goes on the frame ("said that X “regrets” Y and called on Z"): made the frame
    verb's conjunct (see the module's docstring)."""
    clause = verb.head
    if verb.i <= clause.i or clause.dep_ not in {"ccomp", "acl"}:
        return False
    if any(c.dep_ in _SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if not any(c.dep_ in _SUBJECTS for c in clause.children) or verb.lemma_ == "be":
        return False  # (not "… would have died at once and was unlikely to have suffered")
    # After a clause in the present ("“regrets” the tariff and called …") or a bare infinitive, which
    # no past verb can be joined to ("could help the firm win back customers and called …"), the
    # verb goes on the frame; after one in the simple past, only an act of speech does ("said the
    # warning was absurd and accused …"). Not after a past perfect or a modal, whose subject it
    # shares ("had fled and hid", "could not remember but accepted").
    bare = clause.tag_ == "VB" and not any(c.dep_.startswith("aux") for c in clause.children)
    simple_past = clause.tag_ == "VBD" and not any(c.dep_.startswith("aux") for c in clause.children)
    lemma = verb.lemma_.lower()  # (an act of speech: not "was tired of it and wanted another", a wish)
    speech = lemma in SPEECH_VERBS and lemma not in BELIEF_VERBS and lemma not in KNOWLEDGE_VERBS
    if clause.tag_ not in {"VBZ", "VBP"} and not bare and not (simple_past and speech):
        return False
    frame = clause.head  # the speech verb whose clause it is, however deep ("told … the device could
    # help Orvell win …")
    while frame.lemma_.lower() not in SPEECH_VERBS and frame.dep_ in {"ccomp", "xcomp"}:
        frame = frame.head
    if frame.pos_ == "NOUN":  # "said in a statement that …": the verb the noun hangs on
        frame = next((a for a in frame.ancestors if a.pos_ == "VERB"), frame)
    if frame.tag_ != "VBD" or frame.lemma_.lower() not in SPEECH_VERBS:
        return False
    if frame.i > clause.i:
        return False  # ("…, bristled and said “No comment”, the paper reported": all the paper's report)
    cc = [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < verb.i]
    later = [c for c in clause.children if c.i > verb.i]  # what the parse hung on the clause after it
    for c in cc:
        c.head = frame
    for c in later:
        c.head = verb
    verb.head = frame
    return True


def _second_verb_read_as_clause(verb: Token) -> bool:
    """A subjectless second clause of a speech verb that continues the clause before it ("said Roe
    had repaid the money, had joined a scheme …"): made that clause's verb's conjunct (see the
    module's docstring)."""
    doc = verb.doc
    frame = verb.head
    if verb.i <= frame.i or frame.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.lemma_.lower() in SPEECH_VERBS:
        return False  # (a speech verb there is read as the list it goes on with, elsewhere)
    first = next((c for c in frame.children if c.dep_ == "ccomp" and frame.i < c.i < verb.i), None)
    if first is None or not any(c.dep_ in _SUBJECTS and c.i < first.i for c in first.children):
        return False
    start = verb.left_edge.i
    if start < 1 or doc[start - 1].text != "," or doc[start - 1].head.i not in (frame.i, first.i):
        return False
    if first.right_edge.i not in (start - 2, start - 1):
        return False  # (the comma right after the first clause: nothing else between them)
    mine = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    theirs = [c.lower_ for c in first.children if c.dep_ in {"aux", "auxpass"}]
    same_aux = bool(mine and theirs) and mine[0] == theirs[0]
    if not same_aux and not (verb.tag_ == first.tag_ == "VBD" and not mine + theirs):
        return False  # "had joined" after "had repaid", "joined" after "repaid"
    doc[start - 1].head = first
    verb.head = first
    verb.dep_ = "conj"
    return True


def _subject_read_into_opening_participle(participle: Token) -> bool:
    """An opening participle's phrase read as the clausal subject of the verb after it, with the
    noun phrase that closes the phrase after a comma hung inside it: that noun phrase made the
    verb's subject, the phrase an adverbial clause (see the module's docstring)."""
    doc = participle.doc
    verb = participle.head
    first = participle.sent.start
    while first < participle.i and (doc[first].is_space or doc[first].is_punct):
        first += 1
    if participle.i != first or verb.i <= participle.i:
        return False  # (the sentence's first word: not "the officer leading the inquiry, …")
    if any(c.dep_ in _SUBJECTS for c in participle.children):
        return False
    if any(c.dep_ in _SUBJECTS and c.i != participle.i for c in verb.children):
        return False
    last = participle.right_edge.i
    if last + 1 != verb.i:
        return False
    subject = next(
        (
            t for t in doc[participle.i + 1 : last + 1]
            if t.dep_ == "appos" and t.pos_ in _NOMINAL and doc[t.left_edge.i - 1].text == ","
            and t.right_edge.i >= last - 1 and t.head.i != participle.i
        ),
        None,
    )  # fmt: skip
    if subject is None or not (is_person_noun(subject) or subject.pos_ == "PROPN" or body_noun(subject)):
        return False
    closing = [c for c in subject.head.children if c.i > subject.right_edge.i]  # the comma before the verb
    subject.head = verb
    subject.dep_ = "nsubj"
    participle.dep_ = "advcl"
    for child in closing:
        child.head = verb
    return True


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


def _roles_read_as_second_person(role: Token) -> bool:
    """A bare role noun joined by "and" to a named person who has a role of his own, read as two
    subjects ("Party leader and former finance minister Jo Roe said …"): one person, described
    twice; the name is the subject and the first role one of its words (see the module's docstring)."""
    if role.tag_ != "NN" or not is_person_noun(role):
        return False
    if any(c.dep_ in {"det", "poss"} for c in role.children):
        return False  # ("The leader and the minister Jo Roe": may be two people)
    conj = [c for c in role.children if c.dep_ == "conj" and c.i > role.i]
    cc = [c for c in role.children if c.dep_ == "cc" and c.lower_ == "and" and c.i > role.i]
    if len(conj) != 1 or len(cc) != 1 or conj[0].pos_ != "PROPN" or cc[0].i + 1 != conj[0].left_edge.i:
        return False
    name = conj[0]
    described = [c for c in name.children if c.dep_ == "compound" and c.i < name.i and c.pos_ in _NOMINAL]
    if not any(is_person_noun(c) or c.lower_ in ROLE_NOUNS for c in described):
        return False  # "the plan and Jo Roe": no role of the name's own
    if any(c.dep_ in {"conj", "cc"} for c in name.children):
        return False  # (a list of more)
    verb = role.head
    name.head = verb
    name.dep_ = role.dep_
    cc[0].head = name
    role.head = name
    role.dep_ = "compound"
    return True


def _name_read_into_body(body: Token) -> bool:
    """A body's name with "of" read as the subject, and the role and name after it as the object
    of its "of" ("Grain Traders Association of Velmora president Jo Roe said"): the name is the
    subject, the body and its place words before the role describe it (see the module's docstring)."""
    if body.pos_ != "PROPN" or is_person_noun(body):
        return False
    prep = next((c for c in body.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
    if prep is None or prep.i != body.i + 1:
        return False
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = body.head
    if name is None or name.pos_ != "PROPN" or name.i + 1 != verb.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    words = name.doc[prep.i + 1 : name.i]
    lower = [k for k, t in enumerate(words) if t.is_lower]  # the role's words ("chief executive")
    if not lower or lower != list(range(lower[0], lower[-1] + 1)):
        return False
    if not 0 < lower[0] <= lower[-1] < len(words) - 1:
        return False  # a place or body before the role, a given name after it
    role = words[lower[-1]]
    place, given = words[: lower[0]], words[lower[-1] + 1 :]
    if not is_person_noun(role) or not all(t.pos_ == "PROPN" for t in (*place, *given)):
        return False
    if any(t.head.i != name.i for t in (role, *given)):
        return False
    last = place[-1]
    for t in place:
        t.head = last if t.i != last.i else prep
        t.dep_ = "compound" if t.i != last.i else "pobj"
    name.head = verb
    name.dep_ = body.dep_
    body.head = role
    body.dep_ = "nmod"
    return True


# What a subject the parse gave may be instead, tried in turn (the first that applies puts it right).
_SUBJECT_REPAIRS = (
    _roles_read_as_second_person,
    _name_read_into_body,
    _name_read_as_second_subject,
    _object_read_as_second_subject,
    _object_read_out_of_relative,
    _finite_read_as_participle,
    _party_tag_read_as_subject,
)
