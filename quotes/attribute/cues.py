"""Recognise speech cues in a parse and find the words that name their speaker.

A cue is a speech verb (``said``, ``told``, ``adding``, ``rule out``), a source phrase (``according
to X``), or a light verb with a speech noun (``issued a statement``). Its speaker is its subject,
with the usual detours: the subject of the verb a participle or conjunct hangs on ("…, adding
that"), the noun a participle or relative clause describes ("an official speaking to reporters"),
the agent of a passive, and the source of a document ("a statement from the ministry said").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.attrs import ENT_TYPE, TAG
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token

from quotes.lexicons.first_names import census_surname, given_name
from quotes.lexicons.grammar import (
    BACKSHIFT_AUXILIARIES,
    CONTRAST_MARKS,
    DASH_WORDS,
    FIRST_PERSON,
    PURPOSE_NOUNS,
    SENTENCE_END_MARKS,
    TIME_MARKS,
    name_word,
)
from quotes.lexicons.people import (
    CALENDAR_WORDS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    EMPLOYER_PREPOSITIONS,
    LONE_SHARE_WORDS,
    MONTHS_THAT_ARE_VERBS,
    PERIOD_NOUNS,
    SPEAKING_GROUP_NOUNS,
    SPEAKING_PRONOUNS,
)
from quotes.lexicons.speech import (
    ASPECTUAL_VERBS,
    AUTHORING_VERBS,
    BELIEF_VERBS,
    CLAIM_NOUNS,
    CLAIM_VERBS,
    COGNITION_VERBS,
    CONTINUING_VERBS,
    DEGREE_OF_ABILITY_WORDS,
    DISPLAY_VERBS,
    DOCUMENT_NOUNS,
    EXAMINING_NOUNS,
    EXTRA_SPEECH_VERBS,
    FINDING_VERBS,
    KNOWLEDGE_VERBS,
    LIGHT_SPEECH_VERBS,
    LISTENER_VERBS,
    MANDATIVE_VERBS,
    MEMORY_VERBS,
    NEEDS_LISTENER_VERBS,
    NEVER_CUES,
    OBJECT_CONTENT_VERBS,
    OBTAINED_PARTICIPLES,
    PHRASAL_SPEECH_VERBS,
    PREPOSITION_CONTENT_VERBS,
    QUOTING_VERBS,
    RECKONING_NOUNS,
    RECORD_PHRASE_LINKS,
    REFUSAL_ADJECTIVES,
    REFUSAL_NOUNS,
    SAID_IN_NOUNS,
    SENDING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUPPORT_VERBS,
    TEXT_HANDLING_VERBS,
    TIME_PREPOSITIONS,
    WORDING_NOUNS,
    WORDING_VERBS,
)
from quotes.nlp.columns import column, nearest
from quotes.nlp.mentions import (
    age_phrase,
    body_noun,
    common_noun,
    is_person_noun,
    proper_noun,
    speaking_noun,
    speech_verb_form,
)

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SPEECH_OR_LISTENER = SPEECH_VERBS | LISTENER_VERBS
_LISTENER_OR_COGNITION = LISTENER_VERBS | COGNITION_VERBS
_SPEECH_OR_FINDING = SPEECH_VERBS | FINDING_VERBS
_LIGHT_OR_CLAIM = LIGHT_SPEECH_VERBS | CLAIM_VERBS
_GROUP_NOUNS = COLLECTIVE_NOUNS | SPEAKING_GROUP_NOUNS
_MARK_REACH = 40  # tokens searched either side for the marks a subject stands between
_OPENING, _CLOSING = get_string_id("``"), get_string_id("''")
_MARKS = (_OPENING, _CLOSING)
_VERBAL = frozenset({"VERB", "AUX"})
_VERBAL_IDS = frozenset(get_string_id(p) for p in _VERBAL)
_VERB_TAG_IDS = frozenset(get_string_id(t) for t in ("VBD", "VBN", "VBG", "VBZ", "VBP", "VB"))


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech cue: its token(s), how it was recognised, and the token heading its speaker."""

    token: Token  # the verb, or the first word of a phrase ("according")
    text: str  # as written: "said", "according to", "rule out", "issued a statement"
    # "verb" | "phrasal" | "source" | "noun"; for reported speech also "adjective" | "stance" | "received"
    kind: str
    speaker: Token | None
    cognition: bool = False


def verb_lemma(token: Token) -> str:
    """The lemma of a verb, robust to a few tagger slips (``said`` tagged as an adjective)."""
    return _verb_lemma(token.lemma, token.lower, token.vocab.strings)


@functools.lru_cache(maxsize=65536)  # by string ids: asked of the same words many times a Doc
def _verb_lemma(lemma_id: int, lower_id: int, strings: StringStore) -> str:
    lemma, lower = strings[lemma_id].lower(), strings[lower_id]
    if lower in {"said", "says", "saying"}:
        return "say"
    if lower in {"told", "tells", "telling"}:
        return "tell"
    if lemma not in SPEECH_VERBS and lemma + "e" in SPEECH_VERBS and lower.startswith(lemma):
        return lemma + "e"  # the lemmatizer cut an "e": "rated" → "rat", not "rate"
    return lemma


def _particle(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def no_one_told(verb: Token) -> bool:
    """A verb that needs a listener (``NEEDS_LISTENER_VERBS``) with none after it and no auxiliary:
    a headline's passive ("…, MPs told"), the subject the one told."""
    if verb_lemma(verb) not in NEEDS_LISTENER_VERBS or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.lefts):
        return False  # "“…,” she told.": sloppy, but she spoke (a headline names, it has no "she")
    doc = verb.doc
    after = next((doc[k] for k in range(verb.i + 1, min(verb.i + 4, len(doc))) if not doc[k].is_space), None)
    if after is not None and not (after.is_punct or after.is_sent_start):
        return False  # "Roe told supporters …", "told" parsed a modifier of "supporters"
    return all(c.dep_ == "punct" or c.is_space for c in verb.rights)


def _complement(child: Token) -> bool:
    """An object or verb complement in the writer's words (not a quotation: "concluded, “to …”")."""
    if child.dep_ not in {"xcomp", "dobj"}:
        return False
    edge = child.left_edge
    return not (edge.is_quote or (edge.i > 0 and edge.doc[edge.i - 1].is_quote))


def _quoted_object(child: Token) -> bool:
    """An object that opens with a quotation mark: the words found or shown ("found “no evidence”")."""
    if child.dep_ != "dobj":
        return False
    edge = child.left_edge
    return edge.is_quote or (edge.i > 0 and edge.doc[edge.i - 1].is_quote and edge.i - 1 > child.head.i)


def negated(cue: Cue | None) -> bool:
    """A speech verb said not to have been used: "did not call it", "for not calling it"."""
    return cue is not None and cue.kind == "verb" and any(c.dep_ == "neg" for c in cue.token.children)


def _in_own_words(child: Token) -> bool:
    """A quoted object in the first person: "offered “my deepest sympathy”", "sent “our love”"."""
    return _quoted_object(child) and any(t.lower_ in FIRST_PERSON for t in child.subtree)


def displayed_by_someone(verb: Token) -> bool:
    """A verb of showing whose subject (or that of the verb it is conjoined to) is a person, not a
    text: "she showed “no remorse”" tells what she displayed, not what she found or said."""
    while verb.dep_ in {"conj", "dep"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "required voters to show a passport": the voters
        above = verb.head.children
        subject = next((c for c in above if c.dep_ == "dobj"), None) or next(
            (c for c in verb.head.children if c.dep_ == "nsubj"), None
        )
    if subject is None:
        return False
    if subject.pos_ == "PROPN" and _named_person(subject.doc[subject.left_edge.i : subject.i + 1]):
        return True  # "Carla Mendes showed no emotion", untyped where no recogniser ran
    return subject.ent_type_ == "PERSON" or subject.lower_ in SPEAKING_PRONOUNS or is_person_noun(subject)


_PHRASAL_LEMMAS = frozenset(lemma for lemma, _ in PHRASAL_SPEECH_VERBS)


def speech_verb(token: Token) -> str | None:
    """The cue text if ``token`` is a speech verb (``said``, ``rule out``), else None."""
    if token.pos not in _VERBAL_IDS and token.tag not in _VERB_TAG_IDS:  # (by string id: asked of every word)
        return None
    lemma = verb_lemma(token)
    if lemma in _PHRASAL_LEMMAS:  # (the particle looked for only where one can make a cue)
        prt = _particle(token)
        if prt and (lemma, prt) in PHRASAL_SPEECH_VERBS:
            return f"{token.text} {prt}"
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        if after is not None and after.head.i == token.i and (lemma, after.lower_) in PHRASAL_SPEECH_VERBS:
            return f"{token.text} {after.lower_}"  # "waved off the delay", "off" parsed as a preposition
    extra = lemma in EXTRA_SPEECH_VERBS or token.lower_ in EXTRA_SPEECH_VERBS
    if (lemma in SPEECH_VERBS or extra) and lemma not in NEVER_CUES:
        if lemma == "call" and not _call_is_speech(token):
            return None
        if lemma in ASPECTUAL_VERBS and any(_complement(c) for c in token.children):
            return None  # "continue to act", "began the work": not "“…,” she continued"
        if no_one_told(token):
            return None  # "Schools must reopen, ministers told": the ministers were told
        return token.text
    if lemma in FINDING_VERBS and any(c.dep_ == "ccomp" or _quoted_object(c) for c in token.children):
        clause = any(c.dep_ == "ccomp" for c in token.children)
        if lemma in DISPLAY_VERBS and not clause and displayed_by_someone(token):
            return None  # "she shows “extraordinary” strength": what a person displays is no finding
        return token.text  # "the audit found that the board had “ignored every warning”"; "found “no …”"
    return None


def _call_is_speech(token: Token) -> bool:
    """``call`` reports speech when it names ("called it a disaster") or asks ("called for").

    Not a phone call, nor a call that is a noun.
    """
    deps = {c.dep_ for c in token.children}
    if any(c.dep_ == "advcl" and c.left_edge.lower_ == "for" and c.i > token.i for c in token.children):
        return True  # "called for it to be extended", "for" read as the clause's conjunction
    return bool(deps & {"oprd", "ccomp", "xcomp", "dobj", "prep", "attr", "agent"})


def source_phrase(token: Token) -> tuple[str, Token | None] | None:
    """``according to X`` / ``per X`` / ``quoting X``: the phrase and the head of X."""
    low = token.lower_
    if low == "according":
        for child in token.children:
            if child.lower_ == "to" and child.dep_ == "prep":
                return "according to", _past_title(_pobj(child) or _noun_after(child))
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.lower_ == "to":
            return "according to", _past_title(_pobj(nxt) or _noun_after(nxt))
        return None
    if low == "per" and token.dep_ == "prep":
        obj = _pobj(token)
        # "per the statement", "per sources", "per ESPN's salary data" (not a rate: "dollars per speech")
        named = obj is not None and obj.ent_type_ in {"PERSON", "ORG", "NORP"}
        if obj is not None and (named or obj.lower_ in SPEECH_NOUNS or record_noun(obj) or _personish(obj)):
            if obj.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in obj.children):
                return None  # "dollars per speech": a rate, not a source ("per the statement" is one)
            if any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in {"every", "each"} for c in obj.subtree):
                return None  # "one ferry berth per every 4,000 islanders", "$2 per 100 residents"
            return "per", obj
    if low == "quoting" and token.dep_ in {"advcl", "prep", "acl"}:
        for child in token.children:
            if child.dep_ == "dobj" and (child.ent_type_ in {"PERSON", "ORG"} or child.pos_ == "PROPN"):
                return low, child
    return None


def _noun_after(to: Token) -> Token | None:
    """The source right after "according to" where the parse gave the preposition no object
    ("according to the F.A.A.", the full stop of the initials misread): the first noun or name,
    past a determiner, with the last word of a run of names."""
    doc = to.doc
    k = to.i + 1
    while k < to.sent.end and doc[k].lower_ in {"the", "a", "an"}:
        k += 1
    if k >= to.sent.end or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    while k + 1 < to.sent.end and doc[k + 1].pos_ == "PROPN":
        k += 1
    return doc[k]


def _past_title(noun: Token | None) -> Token | None:
    """The noun a quoted title names ("the “Homes for All” document"), where the parse made the
    title's first word the phrase's head: the title is a name, the document the source."""
    if noun is None or noun.i == 0 or not noun.doc[noun.i - 1].is_quote:
        return noun
    doc = noun.doc
    end = min(noun.i + 12, noun.sent.end)
    closing = next((t.i for t in doc[noun.i + 1 : end] if t.is_quote), None)
    if closing is None or closing + 1 >= len(doc):
        return noun
    named = doc[closing + 1]
    return named if named.pos_ == "NOUN" and named.tag_ in {"NN", "NNS"} else noun


def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
    return None


def conjoined_source(verb: Token) -> tuple[int, Token] | None:
    """A source set off after its clause that the parse joined to the clause's own verb ("The firm
    built the app, a spokeswoman, Jo Roe, said, and it …", with "said" a conjunct of "built" and
    "spokeswoman" its object): the comma that ends the clause, and the source's head. The source
    follows a comma, not "and", and the verb has no subject of its own."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or verb.tag_ not in {"VBD", "VBZ"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) or speech_verb(verb) is None:
        return None
    if any(c.dep_ == "cc" and c.i < verb.i for c in head.children):
        return None  # "built the app and said …": the same subject's next act
    source = _positional_subject(verb)
    if source is None or source.i >= verb.i or not (is_person_noun(source) or source.ent_type_ == "PERSON"):
        return None
    first = source.i
    while first > head.i and verb.doc[first - 1].text != "," and source.i - first < 8:
        first -= 1
    if verb.doc[first - 1].text != "," or first <= head.i:
        return None
    words = verb.doc[first : source.i]
    if any(t.pos_ in {"VERB", "AUX", "ADP", "CCONJ"} for t in words):
        return None  # the noun phrase of the source alone: "a spokeswoman", "the bank's chief"
    return first - 1, source


def _purpose_of(verb: Token) -> Token | None:
    """The verb whose purpose an infinitive states through a preposition and its noun ("raised prices
    in order to justify …", ``PURPOSE_NOUNS``): its subject is the infinitive's."""
    noun = verb.head
    if verb.dep_ != "acl" or PURPOSE_NOUNS.get(noun.lower_) != noun.head.lower_ or noun.dep_ != "pobj":
        return None
    above = noun.head.head
    return above if above.pos_ in _VERBAL and above.i < verb.i else None


def subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb: as the parse gives it, else where English puts it.

    When the parse gives none (the name was made a compound or an apposition of something else),
    the noun phrase right before a finite verb, or right after it when it follows a closing mark
    ("“…,” wrote a supporter"). A participle whose subject is a thing ("the notion …, saying")
    takes the person of the clause above.
    """
    conjunct = conjunct_read_as_subject(verb) or share_read_as_modifier(verb)
    if conjunct is not None:  # "… and one in four said …", "Fewer than half think …": the share
        return conjunct
    outer = next_act_of(verb)
    if outer is not None:  # "She said she admires him and highlighted …": hers, who said it
        return subject_of(outer)
    purpose = _purpose_of(verb)
    if purpose is not None:  # "raised prices in order to justify the stand": who raised them
        return subject_of(purpose)
    with_subject = _subject_after_with(verb)
    if with_subject is not None:  # "…, with their spokeswoman, Jo Roe, saying …": she says it
        return with_subject
    conjoined = conjoined_source(verb)
    if conjoined is not None:  # "The firm built it, a spokeswoman said, and …", parsed as one clause
        return conjoined[1]
    content = backshifted_conjunct(verb)
    if content is not None:  # "said his client was sorry and had sought help": the client's
        return next(c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"})
    quoted = quoted_person(verb)
    if quoted is not None:  # "the paper quoted an aide as saying …": the aide says it
        return quoted
    stranded_on = _stranded_in_relative(verb)
    if stranded_on is not None:
        # "Jo Roe, who … may now receive a medal, posted on social media: …": the sentence's verb,
        # which the parse hung inside the relative clause, its subject the name it left alone
        return stranded_on
    subject = _parsed_subject(verb)
    opener = _noun_before_time_clause(verb, subject) if subject is not None else None
    if opener is not None:  # "A statement released after the talks said …": the statement says it
        return opener
    aside = _aside_source(verb, subject) if subject is not None else None
    if aside is not None:  # "Castellano, Novotny suggested, had been kept in the dark": Novotny
        return aside
    if subject is not None and _time_word(subject):
        # "Saturday at the convention Sen. Jo Roe (D-MA) said …": the day taken for the subject,
        # the name before the verb made an apposition of the place
        subject = None
    positional = subject is None
    if positional:
        subject = _positional_subject(verb) or _inverted_subject_of_clause(verb)
        subject = subject or _subject_of_who_clause(verb)
        if subject is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
            # "Hundreds were moved after the coastguard raised its alert, warning …": the clause
            # before the participle's comma, where the one above has no subject that acts
            return _clause_before_comma(verb)
        if subject is None:
            return None
    named = _name_before_place(subject) or _name_before_dash(subject, verb)
    if named is not None:  # "Jo Roe, a Bergen, Norway, pilot, said": the parse took the place
        return named
    named = _set_off_after_participle(subject, verb)
    if named is not None:  # "Opening, Jo Roe said …": the parse took the participle for the subject
        return named
    body = _body_after_fronted_signer(subject, verb)
    if body is not None:  # "In a statement signed by its secretary, Jo Roe, the union said …"
        return body
    if positional:
        return subject
    if verb.tag_ in _FINITE and verb.dep_ in {"acl", "relcl"} and _thing(subject):
        # "The first engineer to warn about the dam called it …": a finite verb is no reduced
        # relative; the parser hung it on the nearest noun. The person above speaks.
        for above in subject.ancestors:
            if (_personish(above) and common_noun(above)) or above.ent_type_ == "PERSON":
                return above
    stranded = noun_before_stranded_verb(verb, subject)
    if stranded is not None:  # "A neighbour who … because she feared reprisals said …": the neighbour
        return stranded
    if verb.tag_ == "VBG" and subject.dep_ == "nsubjpass" and not _progressive(verb):
        nearest = _clause_before_comma(verb)
        if nearest is not None and nearest.i > subject.i:
            # "Residents were moved after the agency raised its alert, warning that …": those moved
            # did nothing; the participle goes with the clause before its comma, whose subject acts
            return nearest
    if verb.tag_ == "VBG" and _thing(subject) and not _progressive(verb):
        nearest = _clause_before_comma(verb)
        if nearest is not None:  # "…, where protesters had gathered, chanting …": they chant
            return nearest
        node = verb.head
        for _ in range(4):
            above = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if above is not None and above.i != subject.i and not _thing(above):
                return above
            if node.head.i == node.i:
                break
            node = node.head
    return subject


def conjunct_read_as_subject(verb: Token) -> Token | None:
    """The subject of a second clause that the parse joined to the last noun of the first ("One in
    three said the firm cares about farmers and one in four said it does not": "one in four" made
    a conjunct of "farmers", its "said" left with no subject): the conjunct right before the verb."""
    if verb.tag_ not in _FINITE or verb.dep_ not in {"ccomp", "conj"} or verb.i == 0:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    noun = next((t for t in (before, *before.ancestors) if t.dep_ == "conj"), None)
    if noun is None or noun.right_edge.i != before.i or noun.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"}:
        return None
    first = noun.head
    if first.i > noun.i or first.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"}:
        return None
    joined = any(c.dep_ == "cc" and first.i < c.i < noun.i for c in (*first.children, *noun.children))
    return noun if joined and not any(a.i == verb.i for a in noun.ancestors) else None


_SHARE_MODIFIER_DEPS = frozenset({"advmod", "npadvmod", "amod"})


def share_read_as_modifier(verb: Token) -> Token | None:
    """A share of people opening a clause that the parse made an adverb or adjective of its verb
    ("Fewer than half think …", "About a third say …", ``LONE_SHARE_WORDS``): the verb's subject,
    when it has none and nothing but the share's own words comes before it."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    share = next(
        (c for c in verb.children if c.dep_ in _SHARE_MODIFIER_DEPS and c.lower_ in LONE_SHARE_WORDS), None
    )
    if share is None or share.i > verb.i or share.right_edge.i + 1 != verb.i:
        return None
    return share if _opens_its_sentence(share, verb) else None


def _opens_its_sentence(share: Token, verb: Token) -> bool:
    """Whether nothing but a share's words, its own or hung on its verb ("Less than a" of "Less
    than a third think"), come before it in its sentence."""
    lead = min(share.left_edge.i, *(c.left_edge.i for c in verb.children if c.i < verb.i))
    return not [t for t in verb.doc[verb.sent.start : lead] if not (t.is_punct or t.is_space)]


def share_before_verb_read_as_noun(word: Token) -> Token | None:
    """A share of people opening a clause whose verb the tagger made a noun with the share its
    modifier ("Less than a third think the fee is fair", "think" a noun): the share, when the word
    has a clause of its own after it, as no noun does, and nothing but the share comes before it."""
    if word.tag_ not in {"NN", "NNS"} or not any(c.dep_ == "ccomp" and c.i > word.i for c in word.children):
        return None
    modifiers = (c for c in word.children if c.dep_ in {"amod", "nmod", "compound", "nummod"})
    share = next((c for c in modifiers if c.lower_ in LONE_SHARE_WORDS), None)
    if share is None or share.i > word.i or word.doc[share.i + 1 : word.i].text.strip():
        return None
    return share if _opens_its_sentence(share, word) else None


def _stranded_in_relative(verb: Token) -> Token | None:
    """The name a sentence with no verb of its own opens with, when its verb, after a comma, was
    hung inside the name's relative clause ("Jo Roe, who came fourth and may get a medal, posted
    …", "posted" a participle of "medal"): that name."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ not in {"acl", "advcl"}:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    node, relative = verb.head, False
    while node.head.i != node.i:  # up to the sentence's root (no Span made for the sentence)
        relative = relative or node.dep_ == "relcl"
        node = node.head
    if not relative or node.pos_ not in {"PROPN", "NOUN"} or node.i > verb.i or not _personish(node):
        return None
    return node


def _subject_after_with(verb: Token) -> Token | None:
    """The subject "with" gives a participle that has none of its own ("…, with the union's
    leader, Jo Roe, saying …"), however the parse hung the participle: the noun after "with" that
    runs up to it."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if verb_lemma(verb) in COGNITION_VERBS:
        return None  # "walking with his grandchildren, knowing that …": the walker knows
    doc = verb.doc
    for prep in (t for t in verb.sent if t.lower_ == "with" and t.dep_ == "prep" and t.i < verb.i):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        # right before the participle ("with critics saying"), or after a name set off by commas
        # ("with their spokeswoman, Jo Roe, saying"); not "spoke with reporters, saying …", where
        # the comma leaves the participle to the sentence's subject
        end = obj.right_edge.i
        apposed = any(c.dep_ == "appos" for c in obj.children)
        between = [t for t in doc[end + 1 : verb.i] if not t.is_space]
        if _personish(obj) and (not between or (apposed and [t.text for t in between] == [","])):
            return obj
        # ("with its chair, Jo Roe, warning …", the name the parse did not hang on the noun)
        named = len(between) > 2 and between[0].text == between[-1].text == ","
        if _personish(obj) and named and all(t.pos_ == "PROPN" for t in between[1:-1]):
            return between[-2]
    return None


def noun_before_stranded_verb(verb: Token, subject: Token) -> Token | None:
    """The person a sentence opens with when the parse found no main verb for them and hung their
    speech verb deep in their relative clause, on a thing for its subject ("A neighbour who asked not
    to be named because she feared reprisals said …": "reprisals said", the sentence a noun)."""
    if verb.tag_ not in _FINITE or not _thing(subject) or verb.dep_ not in {"ccomp", "advcl", "conj"}:
        return None
    root = verb.sent.root
    if root.pos_ != "NOUN" or not _personish(root) or root.i > subject.i:
        return None  # a sentence with a main verb of its own, or no person opening it
    return root if any(above.i == root.i for above in verb.ancestors) else None


def _noun_before_time_clause(verb: Token, subject: Token) -> Token | None:
    """The noun a sentence with no main verb opens with, when the parse read the time phrase of its
    participle as a clause of the speech verb ("A statement released after the talks said …":
    "after the talks said"): that noun speaks, not what the time phrase names."""
    mark = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if mark is None or mark.dep_ != "mark" or mark.head.i != verb.i or mark.lower_ not in TIME_PREPOSITIONS:
        return None
    root = verb.sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i > subject.i or verb.tag_ not in _FINITE:
        return None
    return root if any(above.i == root.i for above in verb.ancestors) else None


def _subject_of_who_clause(verb: Token) -> Token | None:
    """The subject the parse gave to the speaker's own relative clause, made a clause of the verb
    ("Roe, meanwhile, who has no backers, said …", with "Roe" and "who" both subjects of "has"):
    the name or noun before "who"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        who = next((c for c in subjects if c.lower_ == "who"), None)
        named = next((c for c in subjects if who is not None and c.i < who.i and _personish(c)), None)
        if named is not None:
            return named
    return None


def _inverted_subject_of_clause(verb: Token) -> Token | None:
    """The source after the verb of a source-last frame that the parse made the subject of a
    clause after it ("…, said a former spokesman for the ministry, Ivo Pell, who ran in the bloc
    Roe helped form", "spokesman" the subject of "helped"): the noun phrase right after the verb."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in _FINITE:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and subject.left_edge.i == verb.i + 1 and _personish(subject):
                return subject
    return None


def _a_time(token: Token) -> bool:
    """A word that says when, not who: a date or a time the recogniser typed, a stretch of time
    ("last week's"), a day or a month."""
    # (a capital inside a sentence is a name's: "USA Today")
    period = token.lower_ in PERIOD_NOUNS and (token.text.islower() or token.is_sent_start)
    return token.ent_type_ in {"DATE", "TIME"} or period or _time_word(token)


def _time_word(token: Token) -> bool:
    """A day or a month, which names no one ("Saturday"), unless the recogniser typed a person;
    not a modal in a title ("Roe May Not Have Said It")."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ not in CALENDAR_WORDS:
        return False
    if token.ent_type_ == "PERSON":
        return False
    if token.lower_ not in MONTHS_THAT_ARE_VERBS:
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.pos_ not in {"AUX", "VERB", "PART"}


def _name_ending_clause(clause: Token, verb: Token) -> Token:
    """The name that ends a subject the parse made a clause, right before the verb ("Save Our
    Shores spokeswoman Jo Roe said", "Save" read as a verb): the speaker; else the clause's verb."""
    last = verb.doc[verb.i - 1] if verb.i else clause
    if last.pos_ == "PROPN" and last.i != clause.i and clause.left_edge.i <= last.i <= clause.right_edge.i:
        return last
    return clause


def _before_contraction(token: Token) -> Token:
    """The word a contracted auxiliary hangs on, when the parse made the auxiliary the subject
    ("superdelegates who’ve said …", "’ve" parsed the subject of "said"): that word."""
    if token.text[:1] in {"'", "’"} and token.i > 0 and token.pos_ in {"AUX", "VERB"}:
        return token.doc[token.i - 1]
    return token


def participle_after_comma(verb: Token) -> bool:
    """A participle set off after its clause ("campaigned hard, hoping to win"): its subject is the
    clause's."""
    doc = verb.doc
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and doc[verb.i - 1].text == ","


def _progressive(verb: Token) -> bool:
    """A participle with "be" ("are planning"): a verb with a subject of its own."""
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def quoted_person(verb: Token) -> Token | None:
    """Whom a verb of quoting names as saying something: the object of "quoted an aide as saying
    …" or "cited officials as saying …", for the verb of saying."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep":
        quoting = verb.head.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        quoting = verb.head
    else:
        return None
    if verb_lemma(quoting) not in QUOTING_VERBS or speech_verb(verb) is None:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj" and c.i < verb.i), None)


def as_saying(quoting: Token) -> Token | None:
    """The verb of saying after a verb of quoting and its object ("quoted an aide as saying")."""
    if verb_lemma(quoting) not in QUOTING_VERBS:
        return None
    for c in quoting.children:
        verbs = [g for g in c.children if g.dep_ == "pcomp"] if c.dep_ == "prep" and c.lower_ == "as" else [c]
        found = next((v for v in verbs if quoted_person(v) is not None), None)
        if found is not None:
            return found
    return None


def _name_before_dash(noun: Token, verb: Token) -> Token | None:
    """The name before a dash that sets off a description the parse took for the subject: "Roe -
    the first woman to lead the club - said" ("Roe" read as a modifier of "woman", or hung apart).
    The description must be closed by a second dash before the verb (a dateline's dash is not)."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or not noun.i < verb.i:
        return None
    if not any(_spaced_dash(doc, k) for k in range(noun.i + 1, verb.i)):
        return None
    first = noun.left_edge.i
    for left in noun.lefts:  # "Roe - the first woman": the name read as part of the noun phrase
        if left.dep_ == "compound" and left.pos_ == "PROPN" and _spaced_dash(doc, left.i + 1):
            return left
    if first >= 2 and _spaced_dash(doc, first - 1) and doc[first - 2].pos_ == "PROPN":
        return doc[first - 2]  # the name hung elsewhere, the description from the dash on
    return None


def _set_off_after_participle(subject: Token, verb: Token) -> Token | None:
    """Who is set off after a participle opening the sentence with no subject of its own, which the
    parse took for the subject, the name an apposition of it: "Opening, Jo Roe said …", "Summing
    up, the chair, Jo Roe, said …" (what Roe was doing as she spoke). The person the sentence names
    last before the verb, or the noun for them. A word written elsewhere in the text mid-sentence,
    capitalised, is a name ("Fleming, the striker, said")."""
    doc = subject.doc
    if not subject.is_sent_start or subject.i >= verb.i or not _fronted_participle(subject):
        return None
    set_off = [c for c in subject.children if c.dep_ == "appos" and subject.i < c.i < verb.i]
    if not set_off or doc[set_off[0].left_edge.i - 1].text != ",":
        return None
    names = [c for c in set_off if c.pos_ == "PROPN"]
    person = names[-1] if names else set_off[0]
    return person if person.pos_ == "PROPN" or is_person_noun(person) else None


def _fronted_participle(word: Token) -> bool:
    """A capitalised word in -ing that is no name the census knows and that no other place in the
    text writes as one: a participle, however it was tagged ("Prosecuting" read as a name)."""
    low = word.lower_
    if not (low.endswith("ing") and len(low) >= 6) or word.ent_type_ == "PERSON":
        return False
    if given_name(word.text) or census_surname(word.text):
        return False  # "Irving, the lawyer, said", "Fleming, the striker, said"
    if word.tag_ == "VBG":
        return True
    return not any(t.text == word.text and not t.is_sent_start for t in word.doc if t.i != word.i)


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash (or a hyphen standing for one) with a space on either side."""
    if not 0 < i < len(doc) or doc[i].text not in DASH_WORDS:
        return False
    return bool(doc[i - 1].whitespace_ and doc[i].whitespace_)


def _name_before_place(place: Token) -> Token | None:
    """The person named at the start of the sentence when the subject the parse gives is the
    second part of a "town, region" in that person's apposition ("Jo Roe, a Bergen, Norway, pilot")."""
    doc = place.doc
    if place.i < 2 or doc[place.i - 1].text != ",":
        return None
    sent = place.sent
    # Where no entity tagger ran (a sentence parsed for reported speech alone), names stand in.
    untyped = not column(doc, ENT_TYPE)[sent.start : sent.end].any()
    places = {"GPE", "LOC"}
    if not (place.ent_type_ in places or (untyped and place.pos_ == "PROPN")):
        return None
    town = doc[place.i - 2]
    if not (town.ent_type_ in places or (untyped and town.pos_ == "PROPN")):
        return None
    for t in doc[sent.start : place.i - 2]:
        person = t.ent_type_ == "PERSON" or (untyped and t.pos_ == "PROPN")
        # (an apposition has no verb: not "held trials in December, and … met players from Kingsmoor,")
        verbless = not any(w.pos_ in {"VERB", "AUX"} for w in doc[t.i + 1 : place.i])
        if person and doc[t.i + 1].text == "," and verbless:
            return t  # the name's last word, with its apposition after the comma
    return None


def _has_aux(verb: Token) -> bool:
    """A verb with an auxiliary: a finite or full clause, not a reduced participle."""
    return any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _clause_before_comma(verb: Token) -> Token | None:
    """The subject of the clause that ends right before a participle's comma, when it is someone: a
    participle set off by a comma goes with the nearest clause, whatever the parser hung it on."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for i in range(verb.i - 2, max(verb.sent.start, verb.i - 12) - 1, -1):
        t = doc[i]
        if t.text in {",", ";", ":"} or t.is_quote:
            continue
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass", "amod"}:
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is None or _thing(subject):
                return None
            return subject if subject.pos_ != "PRON" or subject.lower_ in SPEAKING_PRONOUNS else None
    return None


def _aside_source(verb: Token, subject: Token) -> Token | None:
    """The source of a frame set off inside the sentence after the content's subject, which the
    parse joined to that subject ("Castellano, Novotny suggested, had been kept in the dark":
    Novotny a conjunct of Castellano), or None."""
    doc = verb.doc
    if subject.i > verb.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    if any(c.dep_ == "cc" for c in subject.children):
        return None  # "Roe, Ng and Vell said": three speakers
    joined = next((c for c in subject.children if c.dep_ == "conj" and c.right_edge.i == verb.i - 1), None)
    if joined is None or doc[joined.left_edge.i - 1].text != ",":
        return None
    return joined


def _thing(token: Token) -> bool:
    """A common noun that names neither a person, a group, a document nor a speech."""
    return common_noun(token) and not token.ent_type_ and not speaking_noun(token)


_PLACE_OR_BODY = frozenset({"ORG", "GPE", "FAC", "LOC"})


def _named_person(words: Span) -> bool:
    """Words that are a person's name: typed a person, or capitalised words from a given name."""
    names = [t for t in words if not t.is_punct]
    if not names or not all(name_word(t.text) for t in names):
        return False
    return any(t.ent_type_ == "PERSON" for t in names) or given_name(names[0].text)


def _personish(token: Token) -> bool:
    """A word that can name who speaks: a name (whatever its tag, if capitalised inside the
    sentence), a person noun, a personal pronoun."""
    return (
        token.ent_type_ in {"PERSON", "ORG", "NORP"}
        or token.pos_ == "PROPN"
        or (token.text[:1].isupper() and not token.is_sent_start and not token.is_punct)
        or token.lower_ in SPEAKING_PRONOUNS
        or is_person_noun(token)
        or _age_word(token)
    )


def _group(token: Token) -> bool:
    """A common noun for a group of people: "the crowd", "the protesters"."""
    return common_noun(token) and (token.lower_ in _GROUP_NOUNS or token.lemma_.lower() in _GROUP_NOUNS)


def _age_word(token: Token) -> bool:
    """"43-year-old" (one word in our parse, ``quotes.nlp.doc``; "old" where the words were split),
    which names a person by their age."""
    if age_phrase(token.text):
        return True
    if token.lower_ != "old":
        return False
    before = token.doc[max(token.i - 4, 0) : token.i + 1].text
    return before.endswith("-year-old") and age_phrase(before)


def _positional_subject(verb: Token) -> Token | None:
    """The speaker of a finite speech verb the parser left without a subject, by position."""
    if verb.tag_ not in _FINITE or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    doc = verb.doc
    before = [t for t in doc[max(0, verb.i - 3) : verb.i] if not t.is_space]
    after_mark = before and (
        before[-1].is_quote or (len(before) > 1 and before[-1].text == "," and before[-2].is_quote)
    )
    if after_mark and _predicate_before(verb, doc[max(0, verb.i - 3) : verb.i]):
        # "X summed her up as “weak,” denounced her record": the subject of the clause before
        clause = next((t for t in doc[verb.sent.start : verb.i] if t.dep_ in {"nsubj", "nsubjpass"}), None)
        return clause if clause is not None and _personish(clause) else None
    if after_mark:  # "“…,” wrote a supporter who …": the noun phrase after the verb
        head = None
        for t in doc[verb.i + 1 : verb.i + 10]:
            if t.pos_ in {"DET", "ADJ"} or t.dep_ == "amod" or t.tag_ in {"PRP$", "POS"} or t.text == "-":
                continue
            if t.pos_ in {"PROPN", "NOUN"} or t.lower_ in SPEAKING_PRONOUNS or _name_as_adverb(t):
                head = t
                continue
            break
        return head if head is not None and (_personish(head) or head.pos_ == "NOUN") else None
    i = verb.i - 1
    while i >= 0 and i > verb.i - 25:  # the noun phrase before, past one ", apposition ,"
        t = doc[i]
        if t.is_quote or t.text in {":", ";", "."} or (t.is_space and "\n" in t.text):
            return None
        if (t.pos_ == "ADV" and not t.text[:1].isupper()) or t.is_space:
            i -= 1
            continue
        if t.text == ")":  # "Sen. Jo Roe (D-Mass.) said": the party and state in brackets
            opening = next((k for k in range(i - 1, max(i - 8, -1), -1) if doc[k].text == "("), None)
            if opening is not None:
                i = opening - 1
                continue
        if t.text in DASH_WORDS and t.whitespace_:  # "Roe - the first woman to lead it - said"
            j = i - 1
            while j > i - 20 and j >= 0 and doc[j].text not in DASH_WORDS and not doc[j].is_quote:
                j -= 1
            opened = j >= 1 and doc[j].text in DASH_WORDS and bool(doc[j].whitespace_)
            dateline = opened and doc[j - 1].is_sent_start  # "WASHINGTON — …"
            return doc[j - 1] if opened and not dateline and _personish(doc[j - 1]) else None
        if t.text == ",":
            j = i - 1
            while j > i - 15 and j >= 0 and doc[j].text != "," and not doc[j].is_quote:
                j -= 1
            if j >= 1 and doc[j].text == "," and _personish(doc[j - 1]):
                if _named_person(doc[j + 1 : i]) and doc[j - 1].ent_type_ in _PLACE_OR_BODY:
                    return doc[i - 1]  # "an epidemiologist at Oakhollow University, Jo Roe, said"
                return _person_of_body(doc[j - 1]) if doc[j + 1].lower_ == "who" else doc[j - 1]
            return doc[i - 1] if i > 0 and _personish(doc[i - 1]) else None
        holder = _role_of(t)
        if holder is not None:  # "…, the president of Acme Shipping contended": the president
            return holder
        return t if _personish(t) else _relative_head(t, verb)
    return None


def _person_of_body(noun: Token) -> Token:
    """Whom "who" after ``noun`` means: the person a body ends the phrase of ("an official of the
    ministry, who asked not to be named, said": the official, not the ministry); else ``noun``."""
    if noun.ent_type_ == "PERSON" or is_person_noun(noun) or noun.dep_ != "pobj":
        return noun
    holder = noun.head.head
    return holder if noun.head.lower_ in EMPLOYER_PREPOSITIONS and is_person_noun(holder) else noun


def _subject_read_as_object_of_conjunction(verb: Token) -> Token | None:
    """The subject of a tensed clause opened by "after", "before", "since" or "until", which the
    parse read as a preposition with the subject its object ("resigned after an audit found that
    …", "found" left with no subject of its own)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ != "advcl" or verb.i == 0:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ in {"punct", "appos"} and noun.head.i < noun.i:
        noun = noun.head  # "as Jo Roe, the mayor's daughter, attacked …": past the apposition
    opener = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in {"NOUN", "PROPN", "PRON"} or opener.i > noun.i:
        return None
    opens = opener.lower_ in TIME_PREPOSITIONS or opener.lower_ in TIME_MARKS  # ("as", "while")
    return noun if opens and opener.head.i == verb.head.i else None


def _body_after_fronted_signer(subject: Token, verb: Token) -> Token | None:
    """The body that speaks when the parse took for the subject the name of the person an opening
    phrase mentions: "In a statement signed by its secretary, Jo Roe, the union said …" (Roe the
    secretary's name; the union, its apposition, the subject)."""
    doc = verb.doc
    start = subject.left_edge.i
    if subject.pos_ != "PROPN" or start < 2 or doc[start - 1].text != ",":
        return None
    if not is_person_noun(doc[start - 2]):
        return None
    role = doc[start - 2]
    fronted = next((a for a in role.ancestors if a.head.i == verb.i), None)
    if fronted is None or fronted.dep_ != "prep" or fronted.i > start:
        return None
    body = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if body is None or body.right_edge.i + 1 != verb.i or not any(c.dep_ == "det" for c in body.children):
        return None
    return body if not is_person_noun(body) else None


def _source_read_as_apposition(verb: Token) -> Token | None:
    """The source of a frame set off inside its clause that the parse read as an apposition of the
    clause's subject, and that subject as the frame's: "Roe, an aide to the mayor said, would not
    run again", "The pier, an aide said, would close" (with a comma after "aide" the aide would be
    Roe, and the verb Roe's). The clause the frame is set in then has no subject of its own."""
    if verb.tag_ not in _FINITE or verb.i < 3 or verb.doc[verb.i - 1].is_punct:
        return None  # (after a comma, "Roe, an aide, said …": the apposition closed, Roe is the aide)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    appos = next((c for c in subject.children if c.dep_ == "appos"), None) if subject is not None else None
    if appos is None or appos.right_edge.i != verb.i - 1 or verb.doc[appos.left_edge.i - 1].text != ",":
        return None
    if verb.dep_ == "parataxis":  # "Roe, an aide said, would …", "would" the head
        clause = verb.head
    else:  # "The pier, an aide said, would close", "said" the head
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return None
    return appos if _personish(appos) else None


def _closing_frame_verb(verb: Token) -> bool:
    """A tensed verb ending a source-last frame that the parse hung on the clause before as an
    adverbial clause, with no subject and nothing after it but when ("…, the head of Acme contended
    this week."): its subject stands right before it."""
    if verb.tag_ not in {"VBD", "VBZ"} or verb.dep_ != "advcl" or verb.head.i > verb.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return False
    if not all(c.dep_ in {"npadvmod", "advmod", "prep", "punct"} for c in verb.rights):
        return False
    doc = verb.doc
    reach = range(verb.i - 1, max(verb.head.i, verb.i - 12), -1)
    comma = next((k for k in reach if doc[k].text == ","), None)
    if comma is None:
        return False  # "an address in Harlem focused on …": no source set off after a clause
    words = [doc[k] for k in range(comma + 1, verb.i)]
    return bool(words) and all(t.pos_ in _SOURCE_WORDS or t.lower_ in {"of", "'s", "’s"} for t in words)


_SOURCE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})  # the source's noun phrase


def _role_of(noun: Token) -> Token | None:
    """The role a body's name right before a verb belongs to, in "the president of Acme": the
    person, not the body."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.i < prep.i and is_person_noun(prep.head) else None


def _name_as_adverb(token: Token) -> bool:
    """A capitalised word inside its sentence that the tagger took for an adverb by its ending
    ("“…,” said Pembly"): no adverb is capitalised there, so it is a name."""
    if token.pos_ != "ADV" or not token.text[:1].isupper():
        return False
    # At a sentence's start, a name the article uses elsewhere ("O’Halloran stressed …")
    return not token.is_sent_start or proper_noun(token)


def _relative_head(last: Token, verb: Token) -> Token | None:
    """The person a relative clause right before the verb describes ("a city official who spoke
    on condition of anonymity said"): the parse left the verb without that subject."""
    for above in last.ancestors:
        if above.dep_ not in {"relcl", "acl"}:
            continue
        head = above.head
        if head.i < above.i and above.right_edge.i == last.i and _personish(head):
            return head
        break
    return None


def _demanded(clause: Token) -> bool:
    """A clause of what someone is asked to do ("demanded that the mayor scrap the levy", "urged
    that she resign"): no act of its subject's yet."""
    return clause.dep_ == "ccomp" and verb_lemma(clause.head) in MANDATIVE_VERBS


def next_act_of(verb: Token) -> Token | None:
    """The speech verb whose content clause the parse ran on into ``verb``, when ``verb`` is the
    same speaker's next act of speech ("says she admires him and calls him a friend": "calls" is
    a conjunct of "admires", but the one who says it calls him so; "said the bill would pass,
    adding that …": the participle after the comma is the speaker's, when the clause it hangs on
    is about a thing; "said her friends mocked him, calling him …" is the friends'). None: it is
    not one."""
    clause = verb.head
    if verb.dep_ == "advcl":  # a participle after a comma, on a clause whose subject cannot speak
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        before = verb.i - 1
        while before > 0 and verb.doc[before].is_quote:  # "… “a disaster,” referring to …"
            before -= 1
        after_comma = verb.tag_ == "VBG" and before >= 0 and verb.doc[before].text == ","
        # (what a person was asked to do leaves the words to the speaker above: "demanded that the
        # mayor scrap the levy, saying …"; "said her friends mocked him, calling him …" does not)
        asked = speech_verb(clause) is None and _demanded(clause)
        # ("He alleged that officials …, adding that …": only the speaker adds; not a frame's own
        # "…, the source recalled, adding …")
        going_on = verb_lemma(verb) in CONTINUING_VERBS and clause.head.i < clause.i
        going_on = going_on and speech_verb(clause) is None
        if not after_comma or subject is None or (_personish(subject) and not (asked or going_on)):
            return None
    elif verb.dep_ != "conj":
        return None
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in verb.children):
        return None  # a subject of its own, or "that …, but that …": a second clause of the content
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "said staff were asked to stay and were told …": done to them, by someone unnamed
    if speech_verb(verb) is None or verb_lemma(verb) in COGNITION_VERBS:
        return None  # "was elated but feared …": a state the content goes on to report
    if any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_AUXILIARIES for c in verb.children):
        return None  # "said he was sorry and had written to them": the tense of reported content
    shared = any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
    found = verb_lemma(verb) in KNOWLEDGE_VERBS
    if verb.dep_ == "conj" and shared and verb.tag_ in {"VBN", "VBD"} and found:
        # "said officers had assessed 30 sites and found …": "had" goes on to "found" (but "conceded
        # that Roe had touched him but implied …" is the speaker's next act)
        return None
    outer = clause.head
    while not _speaking_subject(clause) and not _speaking_subject(outer) and outer.dep_ == "ccomp":
        # "said its tests showed the water was safe, and accused …": neither water nor tests accuse
        clause, outer = outer, outer.head
    return outer if speech_verb(outer) is not None else None


def _speaking_subject(verb: Token) -> bool:
    """Whether a verb's subject is someone who can speak: a person, a body, a pronoun."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (_personish(subject) or body_noun(subject))


def backshifted_conjunct(verb: Token) -> Token | None:
    """The content clause a verb goes on, when the parse joined it to the speech verb instead
    ("said his client was sorry and had sought help": "had sought" is the client's, as its tense
    shows; the speech verb is a plain past): that clause's verb. None: it is not one."""
    if verb.dep_ != "conj":
        return None
    speech = verb.head
    if speech.i > verb.i or speech.tag_ != "VBD" or speech_verb(speech) is None:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_AUXILIARIES for c in verb.children):
        return None
    if any(c.dep_ == "aux" for c in speech.children):
        return None  # "has said … and had …": no plain past to shift from
    clause = next((c for c in speech.children if c.dep_ == "ccomp" and speech.i < c.i < verb.i), None)
    clause = clause if clause is not None else _clause_in_setting(speech, verb)
    if clause is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    between = verb.doc[clause.right_edge.i + 1 : verb.left_edge.i]
    if speech_verb(verb) is not None and any(t.lower_ in CONTRAST_MARKS for t in between):
        return None  # "said the board would act, but would not say whether …": the source declines
    return clause if all(t.dep_ == "cc" or t.is_punct for t in between) else None


def _clause_in_setting(speech: Token, verb: Token) -> Token | None:
    """A that-clause the parse hung on a noun of where something was said, between a speech verb and
    a verb joined to it ("said in a statement that the striker was “heartbroken” and was …")."""
    for prep in speech.children:
        if prep.dep_ != "prep" or not speech.i < prep.i < verb.i:
            continue
        for clause in prep.subtree:
            first = clause.left_edge
            if clause.dep_ in {"acl", "relcl"} and first.lower_ == "that" and first.dep_ == "mark":
                return clause
    return None


def _shared_subject(verb: Token) -> Token | None:
    """The subject of a series of predicates that the parse split at a quotation ("Roe summed up
    the mayor as “reckless,” criticised the budget and said …", with "Roe summed up …" made a
    clause of "criticised"): the clause before is the writer's, led by a speech verb and its
    subject, so the verb shares that subject."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or speech_verb(clause) is None:
        return None
    if any(c.dep_ in {"dobj", "attr"} and c.i > verb.i and _personish(c) for c in verb.children):
        return None  # "Roe said the pier would close, added the mayor": inverted after all
    first = clause.left_edge
    if first.is_quote or (first.i > 0 and first.doc[first.i - 1].is_quote):
        return None  # "“Roe said no,” said the mayor": quoted words, an inverted frame after them
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and _personish(subject) else None


def _quoted(token: Token) -> bool:
    """The phrase ``token`` heads stands inside quotation marks: right after an opening mark, or
    after one with no closing mark between ("“It is over. #Harbour,” tweeted a user")."""
    doc, first, last = token.doc, token.left_edge.i, token.right_edge.i
    tags = column(doc, TAG)
    if first > 0 and tags[first - 1] == _OPENING:
        return True
    before, after = nearest(doc, TAG, _MARKS)
    mark = before[first]
    if mark < max(first - _MARK_REACH, 0) or tags[mark] != _OPENING:
        return False  # the nearest mark before is none, or a closing one
    mark = after[last]
    return mark < min(last + _MARK_REACH, len(doc)) and tags[mark] == _CLOSING


def _topic_then_subject(preposition: Token) -> Token | None:
    """ "Of the plan, Roe said …": the parser made "Of" the subject and the speaker a conjunct of
    its object; the one after the comma speaks. A preposition itself never does."""
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    return next((c for c in obj.children if c.dep_ in {"conj", "appos"} and c.i > obj.i), None)


def _parsed_subject(verb: Token) -> Token | None:
    """The subject of a speech verb, following participles, conjuncts and relative clauses upward.

    A relative pronoun is returned as is ("who said"): it is the local mention of the speaker. A
    passive verb without an agent ("was dubbed") has no speaker; a verb of belief needs a subject
    of its own.
    """
    perfect = _perfect_read_as_passive(verb)
    if perfect is not None:
        return perfect
    subordinate = _subject_read_as_object_of_conjunction(verb)
    if subordinate is not None:  # "… resigned after an audit found that …": the audit found it
        return subordinate
    if _closing_frame_verb(verb):
        return None  # "…, the head of Acme contended": a tensed verb's subject is before it, by position
    apposed = _source_read_as_apposition(verb)
    if apposed is not None:  # "Roe, an aide to the mayor said, would not run": the aide says it
        return apposed
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if verb.tag_ == "VBG" and verb.dep_ in {"nsubj", "csubj"} and after_comma:
        # "Roe shared the news, writing “Feels great …”": the parser made the participle the subject
        # of the quoted clause; it is the sentence's own verb's, set off by the comma
        root = verb.sent.root
        if root.i < verb.i and root.pos_ in {"VERB", "AUX"}:
            return next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    current = verb
    came_from, came_tag = "", ""  # the dependency climbed to reach ``current``, and the tag below it
    for _ in range(6):
        doing = came_from == "conj" or (came_from in {"advcl", "pcomp"} and came_tag == "VBG")
        if current is not verb and doing:
            # "X was booed by the crowd after telling them …", "X was joined by Y and joked":
            # the clause above is passive; its subject, not its agent, does the telling
            patient = _passive_subject(current)
            if patient is not None:
                return patient
        agent = _agent(current)
        reduced = current.tag_ == "VBN" and current.dep_ in {"advcl", "acl"} and not _has_aux(current)
        if agent is not None and current is not verb and doing and reduced:
            # "the casino, now owned by Roe, where protesters had gathered, chanting …": a reduced
            # passive describes a thing; its agent does not do what the participle after it tells
            return _clause_before_comma(verb)
        if agent is not None:
            return agent
        passive = False
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "csubj"} and c.pos_ != "PUNCT"]
        subjects = [_before_contraction(c) for c in subjects]
        if not subjects and current.i > 0:
            before = current.doc[current.i - 1]
            hung = before.head.i == current.i and before.dep_ in {"compound", "npadvmod", "advmod"}
            if hung and (before.pos_ == "PROPN" or _name_as_adverb(before)):
                # "“…,” Roe joked": a name the parser hung on the verb as a compound; "And Pembly
                # called him “…”": a name it took for an adverb by its ending
                return before
            if hung and before.pos_ == "NOUN" and before.dep_ == "compound" and current.tag_ in _FINITE:
                return before  # "…, city records show": a noun never modifies a verb; it is its subject
            if before.head.i == current.i and _age_word(before):
                return before  # "“…?” the 43-year-old asked": the tagger made the verb a participle
        if subjects and current.tag_ in _FINITE and all(c.i < current.i and _quoted(c) for c in subjects):
            subjects = []  # quoted words before an inverted verb: "“It is over. #Harbour,” tweeted a user"
        inverted = inverted_aside(current) if subjects and current is verb else None
        if inverted is not None:  # "The contrast, said Roe and others, would be stark"
            return inverted
        if len(subjects) > 1:
            # "A communique issued after the summit said …": the parse made "after" mark the verb and
            # "the summit" a second subject; the object of a time preposition says when, not who
            marks = {c.i for c in current.children if c.dep_ == "mark" and c.lower_ in TIME_PREPOSITIONS}
            kept = [c for c in subjects if c.left_edge.i - 1 not in marks]
            # (but "A row grew after a group of traders said …": a thing before, people after the mark)
            mute = all(not speaking_noun(c) for c in kept) and any(speaking_noun(c) for c in subjects)
            subjects = kept if kept and not mute else subjects
        if subjects:
            # Two subjects is a parser slip ("a move the council branded"): the nearer one speaks,
            # but not quoted words before an inverted verb ("“Meh,” wrote a council member").
            subject = min(subjects, key=lambda c: abs(current.i - c.i))
            if _quoted(subject):
                after = [c for c in subjects if c.i > current.i]
                subject = after[0] if after else subject
            if subject.dep_ == "csubj":  # "the officer leading the inquiry insisted": a slip too
                subject = next((c for c in subject.children if c.dep_ == "nsubj"), subject)
            if subject.pos_ == "VERB" or any(c.dep_ == "dobj" for c in subject.children):
                # "Save Our Shores spokeswoman Jo Roe said": "Save" read as a verb, with an object
                subject = _name_ending_clause(subject, current)
            if subject.pos_ == "ADP":
                return _topic_then_subject(subject)
            return subject
        for child in current.children:
            if child.dep_ == "nsubjpass":
                if verb_lemma(current) == "quote" or came_from == "xcomp":
                    # "X was quoted as saying"; "X is said to have called it …": the subject of a
                    # passive verb of report is the subject of the clause below it
                    return child
                passive = True
            elif child.dep_ == "auxpass":
                passive = True
        if passive:
            return None
        if current is verb and current.tag_ in _FINITE:
            shared = _shared_subject(current)
            if shared is not None:
                return shared
        # A finite speech verb after its speaker, inverted and tagged as object: "…," said the mayor.
        if current is verb and current.tag_ in _FINITE and verb_lemma(current) not in LISTENER_VERBS:
            for child in current.children:
                if (
                    child.dep_ in {"dobj", "attr"}
                    and child.i > current.i
                    and _inverted_subject(current, child)
                ):
                    return child
                named = _name_after_role_read_as_verb(current, child)
                if named is not None:  # "“…,” said engineer Dr. Jo Roe": "engineer" read as a verb
                    return named
        if current.dep_ == "acl" and current.tag_ == "VBG":
            sender = _sender(current.head)
            if sender is not None:  # "emailed supporters saying: …": the sender speaks
                return sender
        # "“…?” the 43-year-old asked": the tagger made "old" an adjective and the verb its modifier
        if current.dep_ in {"acl", "relcl"} and (
            current.head.pos_ in {"NOUN", "PROPN", "PRON"} or _age_word(current.head)
        ):
            head = current.head
            nearest = _clause_before_comma(current) if current.tag_ == "VBG" else None
            if nearest is not None and head.i < nearest.i < current.i:
                return nearest  # "Roe, where protesters had gathered, chanting …": the clause between
            if head.lower_ in SPEECH_NOUNS:  # "a statement saying", "a letter warning"
                return document_source(head) or _user_of(head) or head
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if infinitive(current) and owner is not None and head.pos_ == "NOUN" and not is_person_noun(head):
                # "her willingness to savage …": the owner's act ("her refusal to call it …": no act)
                return owner if head.lemma_.lower() not in REFUSAL_NOUNS else None
            if infinitive(current) and not (head.pos_ != "NOUN" or head.ent_type_ or is_person_noun(head)):
                return None  # "a chance to talk about …": the chance does not speak
            return head
        # ("…, hoping to win": the clause's subject hopes; "supports the plan and believes it will
        # pass": a tensed verb joined to one with a subject shares it)
        shares = current.dep_ == "conj" and current.tag_ in _FINITE and current.head.tag_ in _FINITE
        remembered = current.tag_ == "VBG" and current.dep_ == "xcomp"
        remembered = remembered and verb_lemma(current.head) in MEMORY_VERBS
        held = participle_after_comma(current) or shares or remembered
        if verb_lemma(verb) in COGNITION_VERBS and not held:
            return None  # ("remembers thinking …": who remembers held the thought)
        if current.dep_ == "xcomp":
            # "prompted the mayor to call it …", "urged voters to say …": the object of the verb
            # above is who does the speaking (but "promised the voters to …" keeps its subject)
            above = current.head
            obj = next((c for c in above.children if c.dep_ == "dobj"), None)
            control = verb_lemma(above) not in _SPEECH_OR_LISTENER  # "urged X to “…”": the urger's
            if obj is not None and control and verb_lemma(above) != "promise" and _personish(obj):
                return obj
        stranded = _stranded_subject(current)
        if stranded is None and current is verb:
            stranded = _object_read_as_subject(current)  # "claimed the study showed …": the study
        if stranded is not None:
            return stranded
        if current.dep_ in {"conj", "xcomp", "advcl", "ccomp", "pcomp", "parataxis", "dep"}:
            came_from, came_tag = current.dep_, current.tag_
            current = current.head
            hung_on_object = came_from == "advcl" and came_tag == "VBG" and current.dep_ in {"dobj", "pobj"}
            if hung_on_object and participle_after_comma(verb):
                # "rejected claims that the vote was rigged, saying …", the participle hung on the
                # object (whatever its tag): the act of the clause's subject, who says it
                current = current.head.head if current.head.dep_ == "prep" else current.head
            elif came_from == "advcl" and participle_after_comma(verb) and _said_clause(current, verb):
                # "said the region had been “left behind”, pointing out that …": a second act of
                # speech hung on the reported clause is the framer's, not its subject's
                current = current.head
            if came_from == "xcomp" and current.dep_ == "acomp" and current.pos_ == "ADJ":
                if current.lower_ in REFUSAL_ADJECTIVES:
                    return None  # "were reluctant to say …": no one said it
                if any(c.lower_ in DEGREE_OF_ABILITY_WORDS and c.dep_ == "advmod" for c in current.children):
                    return None  # "too small to support a shop": what it cannot do
                current = current.head  # "are more likely to say …", "was quick to add …": the subject's
            if current.dep_ == "prep":
                current = current.head
                if current.dep_ == "advmod" and current.pos_ == "ADV":
                    current = current.head  # "aside from stating", "instead of saying": the verb above
                elif _supported(current):
                    current = current.head  # "made a point of saying": the one who made the point
            continue
        return None
    return None


def _said_clause(clause: Token, participle: Token) -> bool:
    """Whether ``clause`` is the clause a speech verb before it reports, a passive or a state whose
    subject does nothing ("said the region had been “left behind”"), and ``participle``, set off
    after it, another act of speech ("pointing out", "adding"), no belief. (After an active clause
    the participle is most often that clause's subject's: "said Roe will make the case, highlighting
    …".)"""
    frame = clause.head
    if clause.dep_ != "ccomp" or frame.i > clause.i or verb_lemma(frame) not in SPEECH_VERBS:
        return False
    if frame.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.i < frame.i for c in frame.children):
        return False  # (a frame inside another's report: "X said Y …, the source recalled, adding")
    if not (clause.lemma_ == "be" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in clause.children)):
        return False
    speech = speech_verb(participle) is not None and verb_lemma(participle) not in COGNITION_VERBS
    return participle.head.i == clause.i and speech


def _perfect_read_as_passive(verb: Token) -> Token | None:
    """The subject of "who's called for …", "she's urged them to …": "'s" is "has" when a content
    preposition or an object follows, though the parse took it for a passive's "is"."""
    if not any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in verb.children):
        return None
    lemma = verb_lemma(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # a clause after a person's "'s said" ("she's said the plan is dead"; "it's said …" is a passive)
    person = subject is not None and subject.lower_ in SPEAKING_PRONOUNS | {"who"}
    follows = any(
        (c.dep_ == "prep" and (lemma, c.lower_) in PREPOSITION_CONTENT_VERBS) or c.dep_ == "dobj"
        or (c.dep_ == "ccomp" and person)
        for c in verb.children
        if c.i > verb.i
    )
    return subject if follows else None


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb, or of the passive verb it is conjoined to ("was booed and
    shouted down by …")."""
    by = any(c.dep_ == "agent" for c in verb.children)  # "drowned out by …" after "was jeered"
    wanted = {"nsubjpass", "nsubj"} if by else {"nsubjpass"}
    node = verb
    while not any(c.dep_ in wanted for c in node.children) and node.dep_ == "conj":
        node = node.head
    patient = next((c for c in node.children if c.dep_ in wanted), None)
    return patient if patient is not None and _personish(patient) else None


def _supported(noun: Token) -> bool:
    """``noun`` is the object of a support verb ("made a point", "took the trouble"): a clause it
    takes is said by the verb's subject."""
    return noun.dep_ == "dobj" and noun.pos_ == "NOUN" and verb_lemma(noun.head) in SUPPORT_VERBS


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a conjoined clause that the parse hung on the clause before ("… brand you a
    liar and the Herald will accuse you …", with "the Herald" made a conjunct of "liar"): the noun
    right before the verb's own auxiliary."""
    if verb.dep_ != "conj":
        return None
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), None)
    if aux is None or aux.i == 0:
        return None
    noun = verb.doc[aux.i - 1]
    hung = noun.dep_ in {"conj", "dobj", "pobj"} and noun.i > verb.head.i
    return noun if hung and noun.pos_ in {"NOUN", "PROPN"} else None


def _object_read_as_subject(verb: Token) -> Token | None:
    """The subject of a clause with no "that" that the parse made the object of the verb above
    ("He claimed the agency's own study showed …", "the study" read as what he claimed): the noun
    right before the clause's finite verb."""
    if verb.dep_ != "ccomp" or verb.tag_ not in _FINITE or verb.i == 0:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]  # (a noun: not "touted the plan — and promised …")
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == last.i), None)
    nominal = {"NOUN", "PROPN"}
    return obj if obj is not None and obj.pos_ in nominal and last.pos_ in nominal else None


def _sender(noun: Token) -> Token | None:
    """Who sent words to ``noun``: the subject of "emailed supporters", "sent a note to donors"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ not in {"dobj", "dative"}:
        return None
    if verb.pos_ not in _VERBAL or verb_lemma(verb) not in SENDING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def infinitive(verb: Token) -> bool:
    """A "to" infinitive: "a chance to say", "the first to warn"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _user_of(noun: Token) -> Token | None:
    """Who put out a speech noun: the subject of "issued a statement", "in a letter, X wrote"
    (not of "debated a petition": ``TEXT_HANDLING_VERBS``)."""
    if noun.dep_ == "dobj" and noun.head.pos_ in _VERBAL and verb_lemma(noun.head) not in TEXT_HANDLING_VERBS:
        return subject_of(noun.head)
    return None


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb: "was called “…” by X", the "by" phrase where the parser put it
    (on the verb, or on the words the verb names)."""
    for child in verb.children:
        if child.dep_ == "agent":
            return _pobj(child)
    deps = {c.dep_ for c in verb.children}
    reduced = not deps & {"nsubj", "nsubjpass", "dobj", "auxpass"}
    if verb.tag_ in {"VBD", "VBN"} and "oprd" in deps and reduced:
        # "…, called the “Crossroads of the North” by its citizens": a reduced passive the tagger
        # read as a past tense, its "by" phrase a plain preposition
        for child in verb.children:
            obj = _pobj(child) if child.dep_ == "prep" and child.lower_ == "by" else None
            if obj is not None and (_personish(obj) or _group(obj)):
                return obj
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in {"oprd", "attr"}:
            for by in child.children:
                obj = _pobj(by) if by.dep_ == "prep" and by.lower_ == "by" else None
                if obj is not None and _personish(obj):
                    return obj
    return None


_INVERTED_DEPS = frozenset({"dobj", "attr", "nsubj", "npadvmod"})  # the parses of "…, said Roe, …"


def inverted_aside(verb: Token) -> Token | None:
    """The speaker after a speech verb set off by commas inside a sentence ("The contrast with her
    rival, said Roe and others, would be stark"), whatever the parse made the words before it."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in _FINITE:
        return None
    if speech_verb(verb) is None or verb_lemma(verb) in _LISTENER_OR_COGNITION:
        return None  # "…, told the board, …": whom she told; "…, wants an inquiry, …": what she wants
    after = next((c for c in verb.children if c.dep_ in _INVERTED_DEPS and c.i > verb.i), None)
    if after is None:  # "Part of the cost, say engineers, is the pipes": the parse gave the clause after
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        after = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if after is None or after.left_edge.i != verb.i + 1:
        return None
    end = after.right_edge.i
    end = end if doc[end].text == "," else end + 1  # (the parse may give the name its closing comma)
    if end >= len(doc) or doc[end].text != ",":
        return None
    # a person, not what was said ("…, praised Roe's remarks, …": her remarks are praised)
    named = after.ent_type_ == "PERSON" or (after.pos_ == "PROPN" and not after.ent_type_)
    person = named or is_person_noun(after)
    return after if person else None


def _name_after_role_read_as_verb(verb: Token, child: Token) -> Token | None:
    """The name after a role word right after an inverted speech verb, where the parse made the role
    a verb and the name its object ("“…,” said engineer Dr. Jo Roe"): the speaker."""
    if child.dep_ != "xcomp" or child.i != verb.i + 1 or not is_person_noun(child):
        return None
    name = next((c for c in child.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    return name if name is not None and _inverted_subject(verb, name) else None


def _inverted_subject(verb: Token, obj: Token) -> bool:
    """In "…," said X, spaCy may tag X as an object; it is the subject when a quotation precedes
    and X can speak ("said the mayor", "said the report"; not "…,” criticised her record")."""
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].pos_ == "CCONJ":
        return False  # "… “the cartel” and called the board weak": a second verb of the same subject
    before = doc[max(0, verb.i - 3) : verb.i]
    if _predicate_before(verb, before) or _next_predicate(verb):
        return False
    return any(t.is_quote or t.text in {",", "—", "–"} for t in before) and (
        obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON" or (obj.tag_ == "NN" and speaking_noun(obj))
    )


def _next_predicate(verb: Token) -> bool:
    """A verb whose object is what it is about, after a comma that ends a clause with a subject of
    its own ("The board rejected the bid, praised the staff and …"): the next predicate of that
    subject, its object no inverted speaker."""
    head = verb.head
    listed = verb.dep_ == "conj" and head.i < verb.i and any(c.dep_ == "nsubj" for c in head.children)
    unquoted = not any(t.is_quote for t in verb.doc[head.i : verb.i])
    return listed and unquoted and verb_lemma(verb) in OBJECT_CONTENT_VERBS


def _predicate_before(verb: Token, before: Span) -> bool:
    """The quotation before ``verb`` ends a clause of its own ("X summed her up as “weak,”
    denounced her record"): ``verb`` is the next predicate of that clause's subject, no inversion."""
    close = next((t for t in reversed(before) if t.is_quote), None)
    if close is None:
        return False
    doc, start = verb.doc, verb.sent.start
    k = close.i - 1
    while k >= start and doc[k].tag_ != "``":
        k -= 1
    return k > start and any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux" for t in doc[start:k])


_PLACES_AND_TIMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def document_source(noun: Token) -> Token | None:
    """The source of a speech noun: "the ministry's statement", "a statement from the ministry"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in FIRST_PERSON:
            return None  # "according to our analysis": the writer's own, the text as written
        if child.dep_ == "poss" and not _a_time(child):  # ("last week's poll": when, not whose)
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of", "in"}:
            examines = noun.lower_ in EXAMINING_NOUNS or noun.lemma_.lower() in EXAMINING_NOUNS
            if child.lower_ in {"of", "in"} and examines:
                continue  # "a survey of renters": who was asked, not who asks
            obj = _pobj(child)
            if obj is not None and (obj.like_num or obj.ent_type_ in {"DATE", "TIME"} or _time_word(obj)):
                continue  # "a study from 2019", "his statement from Tuesday": when, not whose
            if child.lower_ == "of" and obj is not None and not speaking_noun(obj):
                continue  # "a statement of facts", "a declaration of intent": what kind, not whose
            # "reports in Portugal": where they ran ("an article in the Beacon" is its paper); untyped
            # (no entity tagger ran there), a place as likely as a paper: the reports as written
            placed = child.lower_ == "in" and obj is not None and obj.ent_type_ in {*_PLACES_AND_TIMES, ""}
            if placed and noun.tag_ == "NNS":
                continue
            if obj is not None and obj.lower_ not in SPEECH_NOUNS:
                return obj
            if obj is not None:
                deeper = document_source(obj)
                if deeper is not None:
                    return deeper
                return obj
    # (not when the noun is capitalised inside a sentence: "the Harlow Review", a text's own name)
    before = noun.doc[noun.i - 1] if noun.i else None
    titled = noun.text[:1].isupper() and not noun.is_sent_start
    titled = titled and before is not None and before.text[:1].isupper()
    for child in noun.children if not titled else ():
        if child.dep_ == "compound" and not _a_time(child) and (
            child.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or child.pos_ == "PROPN"
        ):
            return child  # (not "a March survey": when, not whose)
    for child in noun.children:  # "figures released by the Home Office", "a letter signed by …"
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in AUTHORING_VERBS:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = _pobj(agent) if agent is not None else None
            if obj is not None:
                return obj
    return None


def record_noun(noun: Token) -> bool:
    """A noun for a text or a record that is no piece of speech: "figures", "data", "records"."""
    return noun.lower_ in DOCUMENT_NOUNS or noun.lemma_.lower() in DOCUMENT_NOUNS


def named_author(record: Token) -> Token | None:
    """Who released a record, when a name or a body: "the ministry's figures", "data from the
    census office" (not "data from 2019")."""
    author = document_source(record)
    if author is None or author.like_num or author.ent_type_ in {"DATE", "TIME", "CARDINAL", "PERCENT"}:
        return None
    if author.dep_ == "pobj" and author.head.lower_ not in {"from", "by"}:
        return None  # "a poll of union voters", "figures in the budget": who was asked, where it is
    if author.dep_ == "compound":
        return None  # "Garda figures", "census data": the record as written (a name before it is no person)
    return author if speaking_noun(author) else None


def speech_noun_cue(token: Token) -> Cue | None:
    """A piece of speech with its author named: "her claim that …", "X's remarks", "a letter from X";
    or a wording someone used ("used the phrase “…”", "ran on the slogan “…”")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    if token.lemma_.lower() not in SPEECH_NOUNS:
        return _wording_cue(token)
    source = None
    for child in token.children:
        cased = any(c.dep_ == "case" for c in child.children)
        owned = child.dep_ == "poss" or (child.dep_ == "nmod" and cased)
        if owned and not _a_time(child):  # ("Tuesday's statement": when, not whose)
            source = child  # "her editor’s dictum", the possessive sometimes parsed as nmod
            break
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            source = _pobj(child)
            break
    # (not a name before a piece of speech that is how a verb of saying went out: "said in a
    # WhatsApp message that …", "told in a Beacon interview": the medium, the verb's subject speaks)
    medium = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.lemma_.lower() in SAID_IN_NOUNS
    medium = medium and speech_verb(token.head.head) is not None
    if source is None and not medium:  # "the Roe campaign's accusations", "recent Roe campaign accusations"
        source = next((c for c in token.children if c.dep_ == "compound" and _named_body(c)), None)
    if source is None:
        return _wording_cue(token)
    return Cue(token, token.text.lower(), "noun", _unverbed(source))


def _wording_cue(token: Token) -> Cue | None:
    """ "coined the term", "used the phrase", "ran on the slogan": the verb's subject used the words."""
    if token.lemma_.lower() not in WORDING_NOUNS or any(c.dep_ == "poss" for c in token.children):
        return None
    phrase = token.head if token.dep_ in {"nmod", "compound"} else token  # "the term “X”", X the head
    verb = phrase.head
    if phrase.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "ran on the slogan", "campaigned on the pledge"
    elif phrase.dep_ != "dobj":
        return None
    if verb.pos_ not in _VERBAL or verb_lemma(verb) not in WORDING_VERBS:
        return None
    subject = subject_of(verb)
    if subject is None or not (_personish(subject) or _group(subject)):
        return None  # people or a group ("the crowd reprised the chant"), not a text
    return Cue(verb, f"{verb.text} {token.text}".lower(), "noun", subject)


def _named_body(token: Token) -> bool:
    """A name, or a group named by one ("Roe campaign", "the Acme board"), before a noun; not a
    time ("a March survey")."""
    if _a_time(token):
        return False
    if token.ent_type_ in {"PERSON", "ORG", "NORP"} or token.pos_ == "PROPN":
        return True
    named = any(c.dep_ == "compound" and (c.ent_type_ or c.pos_ == "PROPN") for c in token.children)
    return named and token.lemma_.lower() in COLLECTIVE_NOUNS


def _unverbed(token: Token) -> Token:
    """The noun before a speech verb the tagger made the head of a noun phrase ("a statement from
    the trust read: …", "trust" a compound of "read"): the noun; else ``token``."""
    if token.pos_ != "NOUN" or not written_as_speech_verb(token):
        return token
    nouns = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1] if nouns else token


def written_as_speech_verb(token: Token) -> bool:
    """A word written as a speech verb, whatever its tag: "read", "states", "noted"."""
    low = token.lower_
    return low in {"read", "reads"} or (speech_verb_form(token.text) and low not in SPEECH_NOUNS)


def in_words_of(token: Token) -> Cue | None:
    """ "In X's words", "in a statement from X": a preposition whose object is someone's speech."""
    if token.dep_ != "prep" or token.lower_ not in {"in", "by"}:
        return None
    obj = _pobj(token)
    return speech_noun_cue(obj) if obj is not None else None


def _verb_tagged_as_noun(token: Token) -> Token | None:
    """The name before a speech verb that the tagger made the head of a noun phrase and the
    sentence's root ("Ms. Roe counters that …": "counters" a plural noun, "Roe" its compound), or
    the subject the parse gave such a "noun" with a clause."""
    if token.tag_ == "NN" and token.i and token.lower_ in OBJECT_CONTENT_VERBS:
        # "The nurses support banning it": "support" a noun, "nurses" its compound, then its gerund
        before = token.doc[token.i - 1]
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        gerund = after is not None and after.tag_ == "VBG" and after.dep_ in {"xcomp", "acl"}
        if gerund and after.head.i == token.i and (before.tag_, before.dep_, before.head.i) == (
            "NNS", "compound", token.i
        ):  # fmt: skip
            return before
    if token.tag_ == "NNS" and token.dep_ == "appos" and _set_off(token) and written_as_speech_verb(token):
        # "The plan, Roe notes, remains unfunded": the frame made an apposition of the subject
        subject = next((c for c in token.lefts if c.dep_ in {"nsubj", "compound"} and _name_or_body(c)), None)
        if subject is not None:
            return subject
    if token.tag_ not in {"NN", "NNS"} or token.dep_ not in {"ROOT", "dep"}:
        return None
    if token.tag_ == "NNS" and written_as_speech_verb(token):
        names = [c for c in token.lefts if c.dep_ == "compound" and _name_or_body(c)]
        if names:
            return names[-1]
    # a subject and a clause, as only a verb has: "Support has grown, a new poll shows", "Police
    # allege the man …"
    clause = any(c.dep_ == "ccomp" for c in token.children)
    if clause and token.lemma_.lower() in _SPEECH_OR_FINDING:
        return next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    return None


def _set_off(token: Token) -> bool:
    """Whether a word's phrase stands between commas ("…, Roe notes, …")."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i
    return start > 0 and end + 1 < len(doc) and doc[start - 1].text == "," and doc[end + 1].text == ","


_RECORD_VERB_FORMS = frozenset(
    f for lemma in DISPLAY_VERBS for f in (lemma, lemma + "s", lemma + "ed" if lemma != "show" else "showed")
)
_SOURCE_PHRASE_TAGS = frozenset(
    {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "VBG", "VBN", "CD", "PRP$"}
)  # ("figures released by the borough", "fundraising documents")


def closing_source(token: Token) -> tuple[int, Token] | None:
    """A record set off at the end of its clause, however the parse took it ("…, campaign records
    show.", "…, data from the census shows, …", "show" tagged a noun or hung on another word): the
    comma before the record's phrase and who speaks for it (its author, or the record), or None.
    Only verbs of showing, and a phrase of a few nouns after a comma with a record among them."""
    if token.lower_ not in _RECORD_VERB_FORMS:
        return None
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    if after >= len(doc) or doc[after].text not in {".", ",", "!", "?", ";"}:
        return None
    k = token.i - 1
    while k > token.i - 11 and (doc[k].tag_ in _SOURCE_PHRASE_TAGS or doc[k].lower_ in RECORD_PHRASE_LINKS):
        k -= 1
    if k < 1 or k == token.i - 1 or doc[k].text != "," or doc[k].is_sent_start:
        return None
    phrase = doc[k + 1 : token.i]
    named = phrase[-1]
    if named.tag_ not in {"NN", "NNS", "NNP", "NNPS"} or phrase[0].lower_ in RECORD_PHRASE_LINKS:
        return None
    record = next((t for t in phrase if record_noun(t)), None)
    if record is None:
        return None
    if any(t.lower_ in OBTAINED_PARTICIPLES or t.lower_ == "with" for t in phrase if t.i > record.i):
        # "…, hospital records seen by the Courier show", "…, filings with the regulator show": the
        # records, not the paper that saw them or the office that holds them
        return k, record
    return k, named if named.i != record.i else (named_author(record) or record)


_CLOSING_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$"})


def closing_frame_read_as_noun(token: Token) -> tuple[int, Token] | None:
    """A source-last frame closing its sentence whose verb the tagger made a noun ("…, police
    allege.", "…, staff allege.": "allege" the head of a noun phrase "police allege"): the comma
    before the source and the source's head noun. Only a verb of saying or believing in the
    present, right before the sentence's end, after a comma and a short noun phrase that can speak."""
    if token.tag_ not in {"NN", "NNS"} or not _present_of_cue_verb(token.lower_):
        return None
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    if after >= len(doc) or doc[after].text not in SENTENCE_END_MARKS:
        return None
    k = token.i - 1
    while k > token.i - 6 and k > 0 and doc[k].tag_ in _CLOSING_PHRASE_TAGS:
        k -= 1
    if k == token.i - 1 or doc[k].text != "," or doc[k].is_sent_start:
        return None
    source = doc[token.i - 1]
    if source.tag_ not in {"NN", "NNS", "NNP", "NNPS"} or not speaking_noun(source):
        return None
    return k, source


_SAYING_OR_BELIEVING = SPEECH_VERBS | BELIEF_VERBS


def _present_of_cue_verb(word: str) -> bool:
    """A verb of saying or believing in the present: "allege", "alleges", "claim", "fear"."""
    lemmas = _SAYING_OR_BELIEVING
    return word in lemmas or (word.endswith("s") and (word[:-1] in lemmas or word[:-2] in lemmas))


def _name_or_body(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ == "ORG"


def _behind_text(noun: Token) -> Token:
    """Who speaks through a piece of speech ("a statement from the union": the union), or the noun
    itself when it names none or is no piece of speech."""
    return (document_source(noun) or noun) if noun.lower_ in SPEECH_NOUNS else noun


def cue_at(token: Token) -> Cue | None:
    """The speech cue headed by ``token``, if it heads one."""
    phrase = source_phrase(token)
    if phrase is not None:
        text, obj = phrase
        if obj is not None and obj.lower_ in SPEECH_NOUNS:
            obj = _behind_text(obj)
        elif obj is not None and record_noun(obj):
            obj = named_author(obj) or obj  # "according to figures from the statistics office"
        if obj is not None and obj.lemma_.lower() in RECKONING_NOUNS:
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            obj = owner or obj  # "by his estimate", "by the agency's count": his, the agency's
        return Cue(token, text, "source", obj)
    verb = speech_verb(token)
    closing = closing_source(token) if verb is None else None
    if closing is not None:  # "…, campaign records show.", mis-parsed
        return Cue(token, token.lower_, "verb", closing[1])
    read_as_noun = closing_frame_read_as_noun(token) if verb is None else None
    if read_as_noun is not None:  # "…, police allege.", "allege" a noun
        return Cue(token, token.lower_, "verb", read_as_noun[1])
    mistagged = _verb_tagged_as_noun(token)
    if mistagged is not None:  # "Ms. Roe counters in an interview that …", "counters" a noun
        # ("A statement from the union read: …", "read" a noun: the union)
        return Cue(token, token.lower_, "verb", _behind_text(mistagged))
    saying = as_saying(token) if verb is not None else None
    if saying is not None:  # "“…,” the paper quoted an aide as saying": the aide speaks
        return Cue(token, verb.lower(), "verb", quoted_person(saying))
    if verb is not None:
        subject = subject_of(token)
        before = token.doc[token.i - 1] if token.i else None
        gerund = subject is not None and subject.tag_ == "VBG"
        if gerund and before is not None and before.head.i == subject.i:
            # "planning documents show …", "planning" parsed a verb and "documents" its object
            subject = before if before.dep_ == "dobj" and before.pos_ == "NOUN" else subject
        if subject is not None and subject.lower_ in SPEECH_NOUNS and subject.lower_ not in COMPANY_NOUNS:
            subject = _behind_text(subject)  # ("her label said": a record label, the body, speaks)
        elif subject is not None and record_noun(subject) and verb_lemma(token) in DISPLAY_VERBS:
            subject = named_author(subject) or subject  # "the ministry's data suggest …"
        return Cue(
            token,
            verb.lower(),
            "phrasal" if " " in verb else "verb",
            subject,
            cognition=verb_lemma(token) in COGNITION_VERBS,
        )
    if verb_lemma(token) == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:  # "As the mayor put it, “…”"
            return Cue(token, f"{token.text} it".lower(), "verb", subject)
    if token.pos_ in _VERBAL and verb_lemma(token) in _LIGHT_OR_CLAIM:
        claims = verb_lemma(token) in CLAIM_VERBS  # "voiced a wish for …", "expressed hope for …"
        for child in token.children:
            said = child.lower_ in SPEECH_NOUNS or (claims and child.lower_ in CLAIM_NOUNS)
            said = said or _in_own_words(child)  # "offered “my deepest sympathy”"
            if child.dep_ == "dobj" and said:
                return Cue(token, f"{token.text} {child.text}".lower(), "noun", subject_of(token))
    return None
