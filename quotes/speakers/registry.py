"""Who is who in one article: the people and organisations named, their roles and their gender.

Built once per article from the parse. Every name mention joins a person keyed by surname, so that
"Varga" finds "Amara Varga", the fullest form the article gives. Titles before a name
("Intelligence Minister", "Army General") and appositions ("Jane Roe, a spokeswoman for the city,";
"John Doe, 47,") become the person's roles, so that "the minister", "the spokeswoman" or "the
47-year-old" find the person later. Gender comes from titles, gendered role nouns and the pronouns
that refer to a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy
from spacy import symbols
from spacy.attrs import DEP, LEMMA, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotes.layout.sentences import sentences
from quotes.lexicons.first_names import given_name, given_name_sex, one_sex_given_name
from quotes.lexicons.grammar import (
    DASH_WORDS,
    DEFINITE_WORDS,
    DETERMINERS,
    INTRODUCING_DETERMINERS,
    NAME_HYPHENS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    PERSON_RELATIVES,
    QUALIFIED_PRONOUNS,
    UPPER,
    capitalised,
    name_word,
)
from quotes.lexicons.meaning import FUNCTION_WORDS, NUMBER_VALUES, ORDINALS
from quotes.lexicons.people import (
    AFFILIATION_WORDS,
    BODY_KIND_NOUNS,
    BODY_KIND_WORDS,
    BODY_NAME_ENDS,
    BUSINESS_NAME_WORDS,
    CAUSE_PREPOSITIONS,
    CLUB_FIRST_WORDS,
    CLUB_NAME_WORDS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    COMPANY_OR_BODY_NAME_ENDS,
    COUNTERPART_WORDS,
    DOCTOR_NOUNS,
    EMPLOYER_PREPOSITIONS,
    EPITHET_WORDS,
    FEMALE_WORDS,
    GENERIC_BODY_NOUNS,
    GOVERNED_PLACE_NOUNS,
    GROUP_KIND_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_WORDS,
    INTERMEDIARY_NOUNS,
    JURISDICTION_WORDS,
    KIN_GROUP_NOUNS,
    KIND_ADJECTIVES,
    LEADER_NOUNS,
    MALE_WORDS,
    MEDIA_NOUNS,
    NATIONALITY_ENDINGS,
    NATIONALITY_NOUNS,
    NOT_PERSON_NAME_ENDS,
    NOT_PERSON_NAME_STARTS,
    OFFICE_VERBS,
    OUTSIDE_EXPERT_NOUNS,
    PERSONAL_PRONOUNS,
    POST_NOMINALS,
    PUBLIC_BODY_WORDS,
    RANK_WORDS,
    RIVAL_KIND_NOUNS,
    ROLE_EQUIVALENTS,
    ROLE_HYPERNYMS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    ROLE_TAKING_VERBS,
    SITUATING_SUFFIXES,
    SPEAKING_GROUP_NOUNS,
    SPEAKING_POSSESSIVES,
    SPEAKING_PRONOUNS,
    SPOKESPERSON_NOUNS,
    TENURE_WORDS,
    TITLE_ABBREVIATION_ROLES,
    TITLE_WORDS,
    UNNAMED_SOURCE_NOUNS,
    VOLUNTARY_BODY_NOUNS,
)
from quotes.lexicons.places import COUNTRY_NAMES, GOVERNMENT_SEATS
from quotes.lexicons.speech import DOCUMENT_NOUNS, LISTENER_VERBS, POLL_NOUNS, SPEECH_NOUNS
from quotes.marks.styles import ALL_MARKS
from quotes.nlp.entities import untagged
from quotes.nlp.mentions import (
    Mention,
    age_phrase,
    body_in_apposition,
    body_noun,
    bracketed_initials,
    common_noun,
    entity_of,
    initials_shaped,
    is_person_noun,
    mention_for,
    named_body_end,
    named_for_a_body,
    person_in_apposition,
    person_noun_word,
    proper_noun,
    speaking_noun,
    speech_verb_form,
)
from quotes.speakers.names import TitledName, institution_head, name_end, title_length

EntityKind = Literal["person", "org", "role"]
Gender = Literal["male", "female"] | None

_ORG_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC"})
_OFFICE_VERB_IDS = numpy.array(sorted(get_string_id(v) for v in OFFICE_VERBS), dtype=numpy.uint64)
_ROLE_TAKING_IDS = numpy.array(sorted(get_string_id(v) for v in ROLE_TAKING_VERBS), dtype=numpy.uint64)
_VBN_ID = get_string_id("VBN")
_PLACE_LABELS = frozenset({"NORP", "GPE"})
_BUSINESS_OR_INSTITUTION = BUSINESS_NAME_WORDS | INSTITUTION_WORDS
_ROLES_OR_COMPANIES = ROLE_NOUNS | COMPANY_NOUNS
_INSTITUTIONS_OR_COMPANIES = INSTITUTION_WORDS | COMPANY_NOUNS
_OTHER_OFFICE_WORDS = RANK_WORDS | COUNTERPART_WORDS
_SPACE = re.compile(r"\s+")
_WORD_AFTER = re.compile(r"\s+([\w.'’-]+)")  # the words after a title, one by one


@dataclass(slots=True)
class Entity:
    """A person, an organisation, or someone known only by a role ("a senior official")."""

    id: int
    kind: EntityKind
    names: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    gender: Gender = None
    plural: bool = False
    positions: list[int] = field(default_factory=list)
    place: bool = False  # an organisation the entity tagger took for a place (a city, a country)
    # where an organisation is named only as someone's employer ("an analyst at Acme", "an Acme analyst")
    employer_at: set[int] = field(default_factory=set)
    # where an organisation is named only as the one someone spoke to ("Roe told TechPulse"): an outlet
    told_at: set[int] = field(default_factory=set)
    # for a person, the bodies their roles are held at, by head noun ("the company's chief executive":
    # company; "chief executive of the Flood Agency": agency)
    employers: set[str] = field(default_factory=set)
    # a role met first as someone unnamed ("a spokeswoman said"), who stays so ("she added")
    unnamed: bool = False
    # the name an unnamed one gave ("a mother of four who gave only her first name, Amina")
    given: str | None = None

    @property
    def name(self) -> str:
        """The canonical name: the fullest form the article gives."""
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else ""

    @property
    def name_gender(self) -> Gender:
        """The sex a person's given name suggests ("Maria Roe"): a hint, weaker than ``gender``,
        which is what the article itself says (a title, a gendered noun, a pronoun)."""
        words = self.name.split() if self.kind == "person" else []
        return given_name_sex(words[0]) if len(words) >= 2 else None


def _clean(text: str) -> str:
    text = _SPACE.sub(" ", text).strip(" ,;:-–—\"'“”‘’()")
    if text.count("(") > text.count(")"):
        text += ")"  # "the Metro Corporation (HMRC)": a bracket the name itself opened stays closed
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return text.strip()


def _one_word_name(span: Span) -> bool:
    """A single capitalised word, a hyphenated one included ("Drummond", "Abbott-Lowe")."""
    words = [t for t in span if not (t.text in NAME_HYPHENS and not t.whitespace_)]
    glued = all(not t.whitespace_ for t in span[:-1])
    return bool(words) and glued and all(proper_noun(t) for t in words)


def _glued(words: list[Token]) -> list[str]:
    """The words of a name as written: tokens joined by a hyphen with no space are one word
    ("Abbott - Lowe" → "Abbott-Lowe")."""
    out: list[str] = []
    for k, t in enumerate(words):
        prev = words[k - 1] if k else None
        doc = t.doc
        glue = prev is not None and t.i == prev.i + 2 and doc[prev.i + 1].text in NAME_HYPHENS
        if glue and not prev.whitespace_ and not doc[prev.i + 1].whitespace_:
            out[-1] += doc[prev.i + 1].text + t.text
        else:
            out.append(t.text)
    return out


def _hyphened_particle(token: Token) -> bool:
    """A name's particle joined by a hyphen to the rest of it ("al-Tamimi", "el-Sayed"): part of
    the name as written."""
    doc = token.doc
    if token.lower_ not in NAME_PARTICLES or token.whitespace_ or token.i + 2 >= len(doc):
        return False
    hyphen, rest = doc[token.i + 1], doc[token.i + 2]
    return hyphen.text in NAME_HYPHENS and not hyphen.whitespace_ and rest.text[:1].isupper()


_COUNTRY_LAST_WORDS = frozenset(name.split()[-1] for name in COUNTRY_NAMES)
_SEAT_LAST_WORDS = frozenset(name.split()[-1] for name in GOVERNMENT_SEATS)


def _surname_of_another(ent: Span) -> bool:
    """One word that is the last word of a person's fuller name the tagger found ("Fiorina, then 44,"
    after "Carly Fiorina"): a surname, whose person the resolver finds by it."""
    if len(ent) != 1:
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == ent[0].lower_ for e in ent.doc.ents)


def _particle_name(ent: Span) -> bool:
    """A person's name the tagger typed a body, known by a particle inside it ("Faisal Rashed Al
    Mansoori", "Tomas van der Berg"): three or four capitalised words, a particle neither first nor
    last, and no word for a body."""
    words = [t.text for t in ent if not t.is_punct]
    core = " ".join(w for w in words if w.lower() not in NAME_PARTICLES)
    if not 3 <= len(words) <= 5 or not person_shaped(core):
        return False
    return any(w.lower() in NAME_PARTICLES and w[:1].isupper() for w in words[1:-1])


def _first_two_of_three(name: str, wanted: list[str]) -> bool:
    """Whether a name of three words opens with ``wanted`` and ends in no verb a headline in
    capitals may have run on into ("Jo Peters Wins", "Ada Roe Says")."""
    parts = name.split()
    if len(parts) != 3 or [p.lower() for p in parts[:2]] != wanted:
        return False
    return not parts[2].endswith("s") and not speech_verb_form(parts[2])


def _first_surname(name: str, word: str) -> bool:
    """Whether ``word`` is the second of three or four words of a full name and no given name: the
    first of two surnames ("Quispe" of "Rosa Quispe Mamani"), or a family name between a given name
    and two given syllables ("Teo" of "Marcus Teo Chin Wah"); not a middle name ("Mary Ann Roe")."""
    parts = name.split()
    return len(parts) in (3, 4) and parts[1].lower() == word and len(word) > 2 and not given_name(parts[1])


def _body_typed_as_person(ent: Span) -> bool:
    """A name the tagger typed a person's that ends in a body's word and opens with no given name
    ("Kestow Wanderers", "Marlow Athletic"; not "Jo Street")."""
    words = [t for t in ent if not t.is_punct]
    return len(words) > 1 and words[-1].lower_ in NOT_PERSON_NAME_ENDS and not given_name(words[0].text)


_PROPN_ID = int(symbols.PROPN)
_NSUBJ_ID = get_string_id("nsubj")


def _one_word_bodies(doc: Doc) -> dict[str, int]:
    """One-word names an article takes up as a thing, each with where it is first so taken:
    "Brevix is recalling 200,000 of its plugs", "Brevix said it would …" ("its", "it" right after it,
    with no noun between), however the tagger typed it. No given name, and no word of a longer name
    ("Dana Brevix" is a person, "Brevix" her surname)."""
    if not len(doc):
        return {}
    # The columns find the name subjects and the words of longer names without a Token per word.
    table = doc.to_array([POS, DEP, ORTH])
    propn = table[:, 0] == _PROPN_ID
    subjects = numpy.flatnonzero(propn & (table[:, 1] == _NSUBJ_ID))
    if not len(subjects):
        return {}
    # (the words of longer names: "Corvane" is "Corvane Systems" by its first word)
    near = numpy.zeros(len(doc), dtype=bool)
    near[1:] |= propn[:-1]
    near[:-1] |= propn[1:]
    texts = set(table[subjects, 2].tolist())
    longer = {
        doc[k].text
        for k in numpy.flatnonzero(propn & near & numpy.isin(table[:, 2], list(texts))).tolist()
        if _in_longer_name(doc[k])
    }
    found: dict[str, int] = {}
    for word in (doc[k] for k in subjects.tolist()):
        if word.text in found or word.text in longer:
            continue
        if word.i and doc[word.i - 1].lower_ in TITLE_WORDS:
            continue  # a titled name ("Dr Roe")
        if not word.is_alpha or word.tag_ == "NNPS" or given_name(word.text):
            continue  # (not "U.S.", "Americans": a place, a people)
        if not word.text[:1].isupper() or word.ent_type_ in {"GPE", "LOC", "NORP"}:
            continue
        for token in doc[word.i + 1 : min(word.i + 9, word.sent.end)]:
            if token.pos_ in {"NOUN", "PROPN"} or token.lower_ in SPEAKING_PRONOUNS:
                break  # a noun or a person between: whose "its" it is, unknown
            # "its", or "it" the subject of what the name's verb says ("Brevix said it would …")
            told = token.dep_ in {"nsubj", "nsubjpass"} and token.head.head.i == word.head.i
            if (token.lower_ == "its" and token.dep_ == "poss") or (token.lower_ == "it" and told):
                found[word.text] = word.idx
                break
    return found


def _in_longer_name(word: Token) -> bool:
    """A capitalised name word with another right before or after it ("Corvane Systems")."""
    doc = word.doc
    near = (doc[k] for k in (word.i - 1, word.i + 1) if 0 <= k < len(doc))
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in near)


def _with_given_names_before(ent: Span) -> Span:
    """A person's name with the given names the entity tagger left out before it ("Tobias Onyango"
    of "MCA Tobias Onyango Ajwang", only "Ajwang" tagged): one or two capitalised words no tagger
    typed, the first a given name, set off before them by a word that is no such name (a title, an
    abbreviation in capitals, a word in lower case, a mark)."""
    doc, start = ent.doc, ent.start
    run: list[Token] = []
    k = start - 1
    while k >= 0 and len(run) <= _GIVEN_NAMES_BEFORE:
        t = doc[k]
        if t.ent_type_ or t.pos_ != "PROPN" or not capitalised(t.text) or t.lower_ in TITLE_WORDS:
            break
        run.append(t)
        k -= 1
    if not run or len(run) > _GIVEN_NAMES_BEFORE:
        return ent  # (none, or a longer run of capitals: whose name starts where, unknown)
    # (a given name the census may not know, "Felicity": no role word, "Coach Roe", "Deacon Roe")
    word = run[-1].lower_
    if not one_sex_given_name(run[-1].text) or word in ROLE_NOUNS or word in _NOT_IN_PERSON_NAMES:
        return ent  # ("Court Philippe Chatrier": a place's word)
    first = run[-1].i
    glued = first > 0 and not doc[first - 1].whitespace_ and not doc[first - 1].is_space
    if any(t.whitespace_ == "" for t in run) or glued:
        return ent  # (a word joined to another: "Roe-Hart", "out-Roe Jo Roe", no name of its own)
    if any(t.is_sent_start for t in run[:-1]) or ent[0].is_sent_start:
        return ent  # (a sentence's last words are no name of the next one's)
    return Span(doc, first, ent.end, label=ent.label_)


_GIVEN_NAMES_BEFORE = 2  # words a tagged surname may have lost before it


def _with_surname_after(ent: Span, surnames: set[str]) -> Span:
    """A person's name with the surname the entity tagger left out after it ("Rathore" of "Devendra
    Singh Rathore", only "Devendra Singh" tagged), where the article names the person by that word
    alone elsewhere ("Mr. Rathore"): a capitalised word no tagger typed, right after the name."""
    doc = ent.doc
    if ent.end >= len(doc) or len(ent) < 2 or not ent[-1].whitespace_:
        return ent
    word = doc[ent.end]
    if word.text not in surnames or word.ent_type_ or word.pos_ != "PROPN" or word.is_sent_start:
        return ent
    if not capitalised(word.text) or ent.text.endswith(word.text):
        return ent
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


def _office_initials(words: list[str], rotated: bool = False) -> set[str]:
    """What an office of two words or more is called by its initials ("cabinet secretary": "cs";
    "district attorney": "da"); with ``rotated``, also in the order "office of field" gives a title
    whose words put the field first ("police superintendent", from "Superintendent of Police": "sp")."""
    letters = [w[0] for w in words if w[:1].isalpha()]
    if len(letters) < 2 or len(letters) != len(words):
        return set()
    found = {"".join(letters)}
    if rotated:
        found.add(letters[-1] + "".join(letters[:-1]))
    return found


def _initials_alone(span: Span) -> bool:
    """One word in capitals, two to seven letters, with no title or given name before it: a body's
    initials ("According to GMRCL", "the NHS said"), not a person's name."""
    words = [t for t in span if t.lower_ not in DETERMINERS]
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ":":
        return False  # "TAPPER: …", a transcript's speaker by surname
    return len(words) == 1 and words[0].is_alpha and words[0].is_upper and 2 <= len(words[0].text) <= 7


def _with_hyphened_start(ent: Span) -> Span:
    """An entity with the first half of a double-barrelled name the tagger left out ("Roy" of
    "Ellingham-Roy"): the capitalised word joined to it by a hyphen, no space either side."""
    doc, start = ent.doc, ent.start
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        before = doc[start - 2]
        if before.whitespace_ or not before.text[:1].isupper() or not before.is_alpha:
            break
        start -= 2
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def strip_titles(words: list[Token]) -> list[Token]:
    """A name's words without the titles before it.

    "Army General Jane Roe" → "Jane Roe", "Fire Chief Jo Roe" → "Jo Roe".
    """
    if " ".join(t.lower_ for t in words) in COUNTRY_NAMES:
        return words  # "Sri Lanka": no title "Sri"
    i = 0
    while i < len(words) - 1 and (
        words[i].lower_ in TITLE_WORDS or words[i].ent_type_ in {"NORP", "GPE"} or _post_letters(words, i)
    ):
        i += 1
    words = words[i:]
    return words[title_length([t.text for t in words]) :]


def _post_letters(words: list[Token], i: int) -> bool:
    """A post's letters in capitals before a given name ("MP Jo Roe", "MCA Ivo Ng"): no part of the name."""
    word = words[i].text
    return word.isalpha() and word.isupper() and 2 <= len(word) <= 4 and given_name(words[i + 1].text)


def name_parts(ent: Span) -> tuple[str, list[str]] | None:
    """A person's name as printed, without titles or descriptions before it, and its words.

    "Army General Jane Roe" → "Jane Roe"; "harbour master Jo Cray" → "Jo Cray"; "Al-Sharq" stays whole.
    """
    tokens = [t for t in ent if not t.is_space]
    # "Jo Roe - Kent's partner": a spaced dash ends the name (not "Jean-Pierre", written unspaced)
    spaced = (k for k, t in enumerate(tokens) if k and t.text in DASH_WORDS and tokens[k - 1].whitespace_)
    cut = next(spaced, None)
    tokens = tokens[:cut] if cut is not None else tokens
    # "Jo Roe Blasts Critics" in a title-case headline: a speech verb ends the name
    verb = next((k for k, t in enumerate(tokens) if k > 1 and speech_verb_form(t.text)), None)
    tokens = tokens[:verb] if verb is not None else tokens
    words = strip_titles(tokens)
    words = words[: name_end([t.text for t in words])]  # "Jo Roe MP", "Ada Marsh KC"
    # "neither Roe", "Is Jo Roe …" (a question), "Republican Jo Roe": no part of the name
    while len(words) > 1 and not _hyphened_particle(words[0]) and (
        words[0].text[:1].islower()
        or words[0].lower_ in NOT_PERSON_NAME_STARTS
        or (len(words) > 2 and words[0].lower_ in AFFILIATION_WORDS)
        or (_opening_participle(words[0]) and words[-1].lower_ not in _BUSINESS_OR_INSTITUTION)
        or _opening_role(words)
    ):
        words = words[1:]
    if not words:
        return None
    name = _clean(ent.doc[words[0].i : words[-1].i + 1].text)
    names = [w for w in name.split() if w]
    if not names or not any(n[:1].isupper() or n.rsplit("-", 1)[-1][:1].isupper() for n in names):
        return None  # (a name may open with a particle: "al-Tamimi")
    return name, names


def _opening_role(words: list[Token]) -> bool:
    """A word for a person opening a sentence before a name of two words at least ("Winger Tipene
    Marsh scored twice", "Lawyer Jo Roe said"), capitalised only by its place: no given name."""
    first = words[0]
    opens = first.i == 0 or bool(first.is_sent_start)
    role = first.lower_ in ROLE_NOUNS or person_noun_word(first.lower_)
    return opens and len(words) > 2 and role and not given_name(first.text)


def _opening_participle(token: Token) -> bool:
    """A verb in -ing opening a sentence before a name ("Questioning Roe, the lawyer …"), however it
    was tagged: no given name ("Irving Roe" is one)."""
    low = token.lower_
    opens = token.i == 0 or bool(token.is_sent_start)
    verb = token.tag_ == "VBG" or (low.endswith("ing") and len(low) >= 7)
    return opens and verb and not given_name(token.text)


def _titled_person_name(ent: Span) -> bool:
    """A person's name after a title, whatever the tagger typed the whole ("Fire Chief Ada Roe"):
    title words, then a given name and a surname."""
    words = _glued([t for t in ent if not t.is_punct])
    titles = _title_words(words)
    rest = words[titles:]
    return titles > 0 and 2 <= len(rest) <= 3 and given_name(rest[0]) and not business_name(rest)


def _title_by_words(words: Sequence[str]) -> int:
    """How many words open a name as title words ("Fire Chief"), after a place's or a body's words
    at most ("Pelham County Fire Chief Ada Roe"); 0 for none."""
    return next((k + t for k in range(4) if (t := title_length(list(words[k:])))), 0)


def _title_words(words: Sequence[str]) -> int:
    """How many words open a name as a title: title words (``_title_by_words``), or any up to the
    last in lower case ("Senior guard", "Freshman forward"), but not a function word ("Friends of …")."""
    titles = _title_by_words(words)
    if not titles:
        lower = [k for k, w in enumerate(words) if w.isalpha() and w.islower() and w not in FUNCTION_WORDS]
        titles = lower[-1] + 1 if lower else 0
    return titles


def _role_before(ent: Span) -> list[Token]:
    """The words of a role in lower case right before a name, modifying it ("Senior guard" of
    "Senior guard Ada Roe"); none when no word of them is written in lower case."""
    doc, i = ent.doc, ent.start - 1
    left: list[Token] = []
    while i >= 0 and doc[i].dep_ in {"compound", "amod"} and ent.start - 1 <= doc[i].head.i < ent.end:
        left.insert(0, doc[i])
        i -= 1
    while i >= 0 and doc[i].dep_ in {"compound", "amod"} and left and doc[i].head.i == left[0].i:
        left.insert(0, doc[i])
        i -= 1
    lower = any(t.is_alpha and t.is_lower and t.lower_ not in FUNCTION_WORDS for t in left)
    return left if lower and all(t.is_alpha for t in left) else []


def _names_a_thing(ent: Span) -> bool:
    """A name set off after a noun for a thing, whatever the tagger typed it: a product's or a
    work's ("its first headset, Nova One,", "the album, Salt Road,"), no body that speaks."""
    root, noun = ent.root, ent.root.head
    return root.dep_ == "appos" and noun.i < root.i and common_noun(noun) and not speaking_noun(noun)


def owned_by_person(head: Token) -> bool:
    """A noun a person owns: "his", "her", "my", or a person's name in the possessive ("her
    producer", "Roe's publisher": a person's own, no business)."""
    return any(
        c.dep_ == "poss" and (c.lower_ in SPEAKING_POSSESSIVES - {"their", "our"} or c.ent_type_ == "PERSON")
        for c in head.children
    )


def business_name(words: Sequence[str]) -> bool:
    """A name of two words or more that ends as a business's does ("Driftline Records", "Corvane
    Holdings") and opens with no given name: a company's, whatever the entity tagger made of it."""
    ends = len(words) > 1 and words[-1].lower().rstrip(".") in BUSINESS_NAME_WORDS
    return ends and not given_name(words[0])


def _surname(words: list[str]) -> str:
    core = [w for w in words if w.lower().strip(".") not in NAME_SUFFIXES]
    return (core or words)[-1].lower()


def _plain_description(mention: Mention) -> bool:
    """A noun phrase that refers back by its noun alone ("the firm"), or with words that only say
    where it is, whose, or its name ("the Copenhagen-based company", "the Danish firm", "the Acme
    company"); not one that picks out another ("the combined firm", "its parent company")."""
    words = _without_det(mention.span).split()[:-1]
    return all(w[:1].isupper() or w.lower().endswith(SITUATING_SUFFIXES) for w in words)


def _group_description(mention: Mention) -> bool:
    """A group referred back to by its noun alone, or with words that say only what it does ("the
    campaign group"), after "the" or "this": not "a group", "its parent group" or "the new group"."""
    words = mention.span.text.lower().split()
    return len(words) >= 2 and words[0] in {"the", "this"} and all(w in GROUP_KIND_WORDS for w in words[1:-1])


def _describes(mention: Mention, org: Entity) -> bool:
    """Whether a noun phrase can mean a body named before by its noun. A body with a name of its
    own may be described in any words ("the social media company" after "Chirpline"); one known
    only by a description is not another so described ("the statistics office" after "the audit
    office"): the words that pick it out must be its own."""
    name = org.name.split()
    own_words = {w.lower().strip(",") for w in name}
    named = [t for t in mention.span if t.i < mention.head.i and t.pos_ == "PROPN" and t.text[:1].isupper()]
    # (a nation's adjective is no name: "the Verranese coast guard" is the coast guard named before)
    named = [t for t in named if t.ent_type_ != "NORP" and not t.lower_.endswith(NATIONALITY_ENDINGS)]
    between = mention.span.doc[named[-1].i + 1 : mention.head.i] if named else []
    kind = any(t.text.islower() and t.pos_ in {"NOUN", "ADJ"} for t in between)
    if kind and any(t.lower_ not in own_words for t in named):
        # "the Fenmoor Watch monitoring group", "the Torgai foreign ministry": a name, then what kind
        # of body it is, is no body named otherwise before (not "the Obama administration")
        return False
    if any(w[:1].isupper() for w in name):
        # named by its kind and field ("the Bureau of Roads"): another field is another body ("the
        # weather bureau", not "the roads bureau" nor "the state bureau")
        if institution_head(org.name) != mention.head.lemma_.lower():
            return True
        fields = [
            t.lower_
            for t in mention.head.lefts
            if ((t.dep_ == "compound" and t.pos_ == "NOUN") or t.lower_ in KIND_ADJECTIVES)
            and t.text.islower() and t.lower_ not in GOVERNED_PLACE_NOUNS
        ]  # fmt: skip
        # (or after it: "the ministry of the interior" is no "energy ministry")
        fields += [
            o.lemma_.lower()
            for p in mention.head.rights if p.dep_ == "prep" and p.lower_ == "of" and p.i < mention.span.end
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} and o.text.islower()
            and o.lower_ not in GOVERNED_PLACE_NOUNS
        ]  # fmt: skip
        own = {w.lower().strip(",") for w in name}
        return all(f in own or f.removesuffix("s") in own or f + "s" in own for f in fields)
    words = _without_det(mention.span).split()[:-1]
    picking = [w.lower() for w in words if not (w[:1].isupper() or w.lower().endswith(SITUATING_SUFFIXES))]
    return all(w in {n.lower() for n in name} for w in picking)


def _without_det(span: Span) -> str:
    words = list(span)
    head = span.root
    while words and (words[0].lower_ in DETERMINERS or (words[0].dep_ == "poss" and words[0].pos_ == "PRON")):
        if words[0].i == head.i and words[0].lower_ in QUALIFIED_PRONOUNS:
            break  # "those close to the mayor": the pronoun is the phrase's head
        words = words[1:]
    return _clean("".join(t.text_with_ws for t in words))


_OPEN_BRACKET_ID = get_string_id("(")


_NOT_PERSON_LAST_WORDS = (
    DOCUMENT_NOUNS | INSTITUTION_WORDS | BUSINESS_NAME_WORDS | BODY_NAME_ENDS | MEDIA_NOUNS | POLL_NOUNS
)


class Registry:
    """The entities of one article and how mentions resolve to them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_surname: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}  # people by the first word of a fuller name
        self._by_head: dict[str, list[Entity]] = {}  # organisations by their head noun ("agency")
        self._orgs: dict[str, Entity] = {}
        self._initials: dict[str, Entity] = {}  # a body's initials given in brackets after its name
        self._roles: dict[str, Entity] = {}
        self._tagged_orgs: set[int] = set()  # bodies the entity tagger labelled ORG
        self._called_it_ids: set[int] = set()  # one-word names the article calls "it" (``_one_word_bodies``)
        # where words are written as a title before a person's full name (``_title_runs``)
        self._titles_before_names: dict[tuple[str, ...], list[tuple[int, Entity]]] = {}
        self._text: str | None = None  # the article's text, joined once (``doc.text`` joins it per call)
        self._article: str | None = None  # the article as written, with what the parser was not shown
        self._parsed: Doc | None = None  # the Doc built from, whose text stands in until then
        # role entities of descriptions by age that the discourse found a person for ("The
        # 24-year-old midfielder" after "… landed Kieran Oduya"), by the role's id
        self._described: dict[int, Entity] = {}

    @property
    def article(self) -> str | None:
        """The article as written, with what the parser was not shown; until it is given, the
        text that was parsed (joined on first use: ``doc.text`` joins it token by token)."""
        if self._article is None and self._parsed is not None:
            self._article = self._parsed.text
        return self._article

    @article.setter
    def article(self, text: str | None) -> None:
        self._article = text

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def from_doc(cls, doc: Doc) -> Registry:
        """Collect the people and organisations a parsed article names."""
        reg = cls()
        reg._parsed = doc  # (its text is what was parsed, until the caller gives the whole article)
        bodies = _one_word_bodies(doc)
        for word, at in bodies.items():  # (a body as a tagger would type it: "the company" finds it)
            body = reg.add_org_name(word, at)
            reg._tagged_orgs.add(body.id)
            reg._called_it_ids.add(body.id)
        # (the words the tagger took alone for a person: "Mr. Rathore", "Rathore said")
        surnames = {ent.text for ent in doc.ents if len(ent) == 1 and ent.label_ == "PERSON"}
        for ent in doc.ents:
            if len(ent) == 1 and ent.text in bodies:
                # "Brevix is recalling its plugs": a firm, wherever it stands and however it is typed
                reg._add_org(Span(doc, ent.start, ent.end, label="ORG"))
            elif ent.label_ == "PERSON" and (_body_typed_as_person(ent) or body_in_apposition(ent)):
                reg._add_org(ent)  # "Kestow Wanderers", "Harlow Rovers": a body's name, not a person's
            elif ent.label_ == "PERSON" and _office_typed_as_person(ent):
                continue  # "the state Treasurer": an office, its holder named elsewhere
            elif ent.label_ == "PERSON":
                reg._add_person(_with_surname_after(_with_given_names_before(ent), surnames))
            elif person_in_apposition(ent) and not _surname_of_another(ent):
                reg._add_person(Span(doc, ent.start, ent.end, label="PERSON"))  # "her nephew, Magnus,"
            elif ent.label_ in _ORG_LABELS and _particle_name(ent):
                reg._add_person(Span(doc, ent.start, ent.end, label="PERSON"))  # "Faisal Rashed Al Mansoori"
            elif ent.label_ in _ORG_LABELS and _given_name_with_who(ent):
                reg._add_person(Span(doc, ent.start, ent.end, label="PERSON"))  # "Nadia Perrault, who …"
            elif ent.label_ in _ORG_LABELS and not _names_a_thing(ent):
                reg._add_org(ent)
        reg._people_tagged_as_bodies(doc)
        return reg

    def _people_tagged_as_bodies(self, doc: Doc) -> None:
        """Full names the entity tagger took for organisations ("Ilse Brandt" tagged ORG) that
        the article also names by the last word alone ("Brandt"): a newsroom's way with people,
        never with a firm named after them ("Lyle Burton" the company is not "Burton" later); or
        that the next sentence takes up as "she" or "he" (``_taken_up_as_person``)."""
        alone = {_clean(ent.text).lower() for ent in doc.ents if len(ent) == 1}
        for key, org in list(self._orgs.items()):
            words = org.name.split()
            if org.id not in self._tagged_orgs or org.kind != "org" or not person_shaped(org.name):
                continue
            if (words[-1].lower() in alone and key != words[-1].lower()) or _taken_up_as_person(doc, org):
                self._make_person(org)

    def add_titled(self, found: TitledName) -> Entity:
        """A person named with a title in text that was not parsed ("Prime Minister Jane Roe")."""
        names = list(found.name)
        known = self._find_person(names, found.start, _title_gender(found.title))
        person = self._named(known, " ".join(names), names, found.start)
        self._add_role_words(person, list(found.title))
        person.roles.update(w.lower() for w in found.letters)  # "Jo Roe MP": "the MP"
        if found.employer:
            person.employers.add(found.employer)
        return person

    def add_titled_surname(self, found: TitledName) -> Entity | None:
        """The roles of a title before a known person's surname ("Councillor Roe" after "Jo Roe"):
        a surname alone names no one new (after "State", "Department" is no person's)."""
        person = self._find_person(list(found.name), found.start, _title_gender(found.title))
        if person is not None:
            self._add_role_words(person, list(found.title))
        return person

    def _called_it(self, word: str) -> Entity | None:
        """The body an article names by this one word and calls "it" (``_one_word_bodies``), however
        the tagger typed it here; none when the word is also a part of a person's fuller name ("Jordan"
        after "Ali Jordan")."""
        key = _clean(word).lower()
        body = self._orgs.get(key)
        if body is None or body.id not in self._called_it_ids:
            return None
        people = (self._by_surname.get(key) or []) + (self._by_first.get(key) or [])
        return None if any(len(e.name.split()) > 1 for e in people) else body

    def add_name(self, found: TitledName) -> Entity | None:
        """A capitalised run that may be a person's full name: it completes a person already known
        by a part of it, or stands ready for a surname or first name met later."""
        names = list(found.name)
        key = " ".join(names).lower()
        if key in self._orgs:
            return None  # the parse knows it as an organisation or a place
        if len(names) >= 2 and names[0].lower() in CLUB_FIRST_WORDS:
            return self.add_org_name(" ".join(names), found.start)  # "Sporting Halvern": a club
        if len(names) >= 3:
            known = self._find_person(names[1:], found.start)
            if known is not None and " ".join(names[1:]).lower() in {n.lower() for n in known.names}:
                # "Rival Jo Roe’s campaign says …" opening a sentence: a word before a full name the
                # tagger knows without it describes the person, it is no first name
                known.positions.append(found.start)
                return known
        for k in range(len(names) - 1, 1, -1):
            prefix = self._orgs.get(" ".join(names[:k]).lower())
            if prefix is not None and prefix.place:
                # "in New Fennwick Harlow said": a place's name, then a surname, is no full name
                # (of two words or more: the tagger takes many a first name alone for a place)
                rest = names[k:]
                if len(rest) < 2:
                    return None
                at = found.start + len(" ".join(names[:k])) + 1
                return self.add_titled(TitledName(tuple(rest), found.title, at))
        return self.add_titled(found)

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is the surname of a person the article names in full ("Roe" after "Dr
        Jo Roe"; not "Jo" where "Jo" alone is all the article gives)."""
        return any(len(e.name.split()) > 1 for e in self._by_surname.get(word.lower(), []))

    def entity_for_words(self, words: Sequence[str]) -> Entity | None:
        """The person or named body already known by these name words (a surname, a full name):
        a person by surname, an organisation or place whose name ends in the last word, or a
        company by the first word of its name."""
        person = self._find_person(list(words), -1)
        if person is not None:
            return person
        last = words[-1].lower()
        org = next((org for key, org in self._orgs.items() if key.split()[-1:] == [last]), None)
        return org or (self._company_by_first_word(words[0]) if len(words) == 1 else None)

    def _new(self, kind: EntityKind) -> Entity:
        ent = Entity(len(self.entities), kind)
        self.entities.append(ent)
        return ent

    def _add_person(self, ent: Span) -> Entity | None:
        parts = name_parts(ent)
        if parts is None:
            return None
        name, names = parts
        found = self._find_person(names, ent.start_char, _honorific_gender(ent))
        if found is None and len(names) == 1:
            company = self._company_by_first_word(names[0], ent.start_char)
            if company is not None:  # "Corvane" after "Corvane Systems", tagged a person
                company.positions.append(ent.start_char)
                return company
        person = self._named(found, name, names, ent.start_char)
        self._learn_roles(person, ent)
        return person

    def _company_by_first_word(self, word: str, at: int | None = None) -> Entity | None:
        """The body named before whose name is this word and a word for a business or an
        institution ("Corvane" for "Corvane Systems", "Lyle" for "Lyle Holdings"); with ``at``,
        one named before it ("Wanderers said" is no "Wanderers board" met later)."""
        for org in self._orgs.values():
            words = org.name.split()
            first_word = len(words) == 2 and words[0] == word and words[1].lower() in _BUSINESS_OR_INSTITUTION
            if org.kind == "org" and first_word and (at is None or any(p < at for p in org.positions)):
                return org
        return self._org_by_first_words([word], at)

    def _org_by_first_words(self, words: list[str], at: int | None = None) -> Entity | None:
        """The one body named before whose longer name opens with these words ("Korvath" for
        "Korvath Capital Group"); none where two bodies' names do, or the words are a given name or
        the name of a person the article names ("Burton" after "Lyle Burton" and "Burton Foods"), or
        the body is a team named after its town ("Harlow" after "the Harlow Rovers" is the town)."""
        if not words or given_name(words[0]) or self._find_person(list(words), -1) is not None:
            return None
        n = len(words)
        found = {
            org.id: org for org in self._orgs.values()
            if org.kind == "org" and not org.place and n < len(org.name.split())
            and org.name.split()[:n] == words and org.name.split()[-1].lower() not in CLUB_NAME_WORDS
            and (at is None or any(p < at for p in org.positions))
        }  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None

    def _body_by_last_word(self, word: str, at: int) -> Entity | None:
        """The body named before whose name ends in this word, written alone after it ("Wanderers
        said" after "Ashby Wanderers"): no given name, which is a person's."""
        if given_name(word):
            return None
        found = [
            org
            for org in self._orgs.values()
            if org.kind == "org" and " " in org.name and org.name.rsplit(" ", 1)[1] == word
            and any(p < at for p in org.positions)
        ]  # fmt: skip
        return _nearest(found, at) if found else None

    def _named(self, person: Entity | None, name: str, words: list[str], at: int) -> Entity:
        """``person`` (a new one when None) known as ``name`` at ``at``, indexed by surname and first name."""
        if person is None:
            person = self._new("person")
        if name not in person.names:
            person.names.append(name)
            for index, key in ((self._by_surname, _surname(words)), (self._by_first, words[0].lower())):
                if index is self._by_first and len(words) < 2:
                    continue
                found = index.setdefault(key, [])
                if person not in found:
                    found.append(person)
        person.positions.append(at)
        return person

    def _find_person(self, names: list[str], at: int, gender: Gender = None) -> Entity | None:
        """The person a name refers to: same surname, first names that agree, and not of the other
        sex than a title says ("Mrs. Roe" is not "Ivo Roe" where "Ada Roe" is named too)."""
        candidates = self._by_surname.get(_surname(names), [])
        if not candidates and len(names) == 1:
            candidates = self._by_first.get(names[0].lower(), [])
        if not candidates and len(names) == 1:
            # "Ashdown" after "Rosalind Ashdown-Mbeki": the first half of one double-barrelled surname
            word = names[0].lower()
            barrelled = (es for key, es in self._by_surname.items() if key.split("-")[0] == word != key)
            halves = {e.id: e for es in barrelled for e in es}
            candidates = list(halves.values()) if len(halves) == 1 else []
        if not candidates and len(names) == 1:
            # "Quispe" after "Rosa Quispe Mamani": the first of two surnames, as Spanish names give them
            word = names[0].lower()
            persons = [e for e in self.entities if e.kind == "person"]
            paternal = {
                e.id: e for e in persons
                if any(_first_surname(n, word) and not self._written_without_last(n) for n in e.names)
            }  # fmt: skip
            candidates = list(paternal.values()) if len(paternal) == 1 else []
        if not candidates and len(names) == 2 and " ".join(names).lower() not in self._orgs:
            # "Nur Aisyah" after "Nur Aisyah Hamid": a name given without its last word, as Malay
            # names and double given names are ("Mary Ann" for "Mary Ann Roe")
            wanted = [n.lower() for n in names]
            persons = [e for e in self.entities if e.kind == "person"]
            fuller = {
                e.id: e for e in persons
                if any(_first_two_of_three(n, wanted) and self._in_running_text(n) for n in e.names)
            }  # fmt: skip
            candidates = list(fuller.values()) if len(fuller) == 1 else []
        if not candidates:
            return None
        lowered = {n.lower() for n in names}

        def agrees(n: str) -> bool:
            words = {w.lower() for w in n.split()}
            if lowered <= words or words <= lowered:
                return True
            mine, theirs = lowered - words, words - lowered  # "Pete" and "Peter": a short form
            if len(mine) == len(theirs) == 1:
                a, b = sorted((next(iter(mine)), next(iter(theirs))), key=len)
                return len(a) >= 3 and b.startswith(a)
            return False

        # Every full name the person is known by must agree: "Ivo Pell" is not the "Pell" already
        # known as "Ada Pell" (a surname shared in a family)
        agreeing = [
            e
            for e in candidates
            if len(names) == 1
            or (any(agrees(n) for n in e.names) and all(agrees(n) for n in e.names if len(n.split()) > 1))
        ]
        if gender is not None:
            agreeing = [e for e in agreeing if (e.gender or e.name_gender) in {None, gender}]
            known = [e for e in agreeing if (e.gender or e.name_gender) == gender]
            agreeing = known or agreeing  # "Mr. Roe": the Roe known to be a man, over one of unknown sex
        if not agreeing:
            return None
        return _nearest(agreeing, at)

    def _in_running_text(self, name: str) -> bool:
        """Whether the article writes a name once before a word in lower case or a stop, not only
        in a headline in capitals ("Jo Roe Tells The Media …", where "Tells" is no name), and its
        last word nowhere in lower case."""
        text = self.article or ""
        last = name.split()[-1]
        if re.search(rf"\b{re.escape(last.lower())}\b", text):
            return False  # a common word written in lower case elsewhere ("a donor to …"): no name's
        return re.search(rf"\b{re.escape(name)}\b(?!\s+{UPPER})", text) is not None

    def _written_without_last(self, name: str) -> bool:
        """Whether the article writes a name's first two words without its third ("Jo Roe Wins" of
        a headline in capitals, where "Jo Roe" is the name): the third is no surname then."""
        first, middle, last = name.split()[:3]
        text = self.article or ""
        alone = rf"\b{re.escape(first)} {re.escape(middle)}\b(?! {re.escape(last)}\b)"
        return re.search(alone, text) is not None

    def _learn_roles(self, person: Entity, ent: Span) -> None:
        doc = ent.doc
        # Titles before the name: "Syrian Deputy Foreign Minister Jo Roe" → deputy foreign minister…
        left: list[Token] = []
        i = ent.start - 1
        while i >= 0 and doc[i].dep_ in {"compound", "amod", "nmod"} and doc[i].head.i >= ent.start - 1:
            left.insert(0, doc[i])
            i -= 1
        # and inside it: title words wherever they stand, and the office before the name
        # ("Coroner Jo Roe", "County Treasurer Jo Roe")
        office = title_length([t.text for t in ent])
        inside = [t for k, t in enumerate(ent) if t.lower_ in TITLE_WORDS or k < office]
        inside = [t for t in inside if t.text not in POST_NOMINALS]  # ("Jo Roe TD": no title "td")
        # the letters after the name: "Jo Roe MP" is "the MP" later, "Jo Roe TD" "the TD"
        person.roles.update(t.lower_ for t in [*ent, *doc[ent.end : ent.end + 1]] if t.text in POST_NOMINALS)
        title = [t for t in left if t.ent_type_ != "PERSON"] + inside
        self._add_role_words(person, [t.lower_ for t in title if _title_word(t)])
        head = ent.root
        described = [c for c in head.children if c.dep_ == "appos"]
        # and a second description joined to the first: "a cardiologist … and the study's lead author"
        # (the parse may join it to the first one's last noun: "at Redmoor Hospital and the study's …")
        described += [
            g for c in described for g in c.subtree
            if g.dep_ == "conj" and g.tag_ == "NN" and is_person_noun(g) and g.i > c.i
            and any(d.dep_ in {"det", "poss"} for d in g.children)
        ]  # fmt: skip
        for child in described:
            if child.dep_ in {"appos", "conj"}:
                if child.like_num:
                    person.roles.add(f"{child.text}-year-old")
                elif is_person_noun(child):
                    body = _role_body(child)
                    if body is not None:
                        person.employers.add(body)
                    words = [
                        t for t in child.subtree if t.i <= child.i and t.dep_ != "det" and t.dep_ != "poss"
                    ]
                    words = [t for t in words if t.ent_type_ not in {"GPE"} or t.i == child.i]
                    self._add_role_words(person, [t.lower_ for t in words if _title_word(t)])
                    glued = _hyphened_role(child)
                    if glued:  # "the vice-chancellor", parsed as three appositions
                        self._add_role_words(person, [glued])
                    self._add_leader_roles(person, child)
                    field = _office_field(child)
                    if field:  # "the Minister for Transport" is "the Transport Minister" later
                        self._add_role_words(person, [*field, child.lower_])
        # "the city's spokeswoman, Jane Roe": the name is in apposition to the role; "an engineer
        # who advised the council, Jane Roe": the parse hung it on the relative clause's last noun.
        role = head.head if head.dep_ == "appos" else None
        if role is not None and not is_person_noun(role) and role.head.dep_ == "relcl":
            role = role.head.head
        outer = _indefinite_holder(role) if role is not None else None
        if outer is not None:  # "a spokesman for the mayor, Jo Roe,": the spokesman is named, not the mayor
            role = outer
        if role is not None and is_person_noun(role):
            body = _role_body(role)  # "Ghana's farm minister, Kofi Roe,": Ghana's, not Peru's
            if body is not None:
                person.employers.add(body)
            # with the words before it that name the office ("the ODM leader": "odm leader", "leader")
            office = [t for t in role.lefts if t.dep_ in {"compound", "amod"} and t.i == role.i - 1]
            self._add_role_words(person, [t.lower_ for t in office if _title_word(t)] + [role.lower_])
            glued = _hyphened_role(role)
            if glued:  # "The vice-chancellor, Prof Ann Lowry,"
                self._add_role_words(person, [glued])
        for w in [t.lower_ for t in left] + [t.lower_ for t in inside]:
            self._learn_gender(person, w)

    @staticmethod
    def _add_leader_roles(person: Entity, noun: Token) -> None:
        """Roles of a leader of a body: "the head of the Northavel fire service" is also "the fire
        chief" and "the fire head" (the common noun naming the body, with each word for a leader)."""
        if noun.lower_ not in LEADER_NOUNS:
            return
        body = next((c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                     if c.dep_ == "pobj"), None)  # fmt: skip
        if body is None:
            return
        kinds = [t.lower_ for t in body.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_alpha]
        if kinds:  # the noun next to the body's head: "fire" in "the Northavel fire service"
            person.roles.update(f"{kinds[-1]} {leader}" for leader in LEADER_NOUNS)

    def _add_role_words(self, person: Entity, words: list[str]) -> None:
        """Every tail of a title is a role: deputy foreign minister, foreign minister, minister; an
        abbreviation stands for its words ("Lt. Gov." is the lieutenant governor, the governor)."""
        words = [w for w in words if w not in DETERMINERS]
        spelled = [TITLE_ABBREVIATION_ROLES.get(w.rstrip("."), ()) for w in words]
        for roles in spelled:
            person.roles.update(roles[1:])
        words = [roles[0] if roles else w for w, roles in zip(words, spelled, strict=True)]
        for w in words:
            self._learn_gender(person, w)
        if any(w.rstrip(".") == "dr" for w in words):
            person.roles.update(DOCTOR_NOUNS)  # "Dr. Jo Roe" is "the surgeon", "the doctor"
        # an honorific is no office, wherever it stands: "Health Minister Shri Jo Roe" is "the health
        # minister", never "the minister shri"
        words = [w for w in words if w not in HONORIFICS and w.rstrip(".") not in HONORIFICS]
        while words and words[0] in TENURE_WORDS:
            words = words[1:]
        # ("shadow home secretary" is no home secretary: no tail past the word that makes it another office)
        counterpart = max((k for k, w in enumerate(words) if w in COUNTERPART_WORDS), default=len(words) - 1)
        for k in range(min(counterpart, len(words) - 1) + 1):
            role = " ".join(words[k:])
            person.roles.add(role)
            person.roles.update(_office_initials(words[k:], rotated=k == 0))  # "the CS", "the DA"
            person.roles.update(*(row for row in ROLE_EQUIVALENTS if role in row))  # "the CFO"
            compound = _role_in_compound(words[-1]) if k == len(words) - 1 else None
            if compound is not None:  # "a schoolteacher" is "the teacher", "a bus driver" "the driver"
                person.roles.add(compound)
            head = words[-1]  # "captain" is "skipper" too, "chairwoman" "chair"
            person.roles.update(" ".join([*words[k:-1], other]) for other in ROLE_SYNONYMS.get(head, ()))
        if words:
            person.roles.update(ROLE_HYPERNYMS.get(words[-1], ()))  # "Senator Jo Roe": "the lawmaker"

    @staticmethod
    def _learn_gender(person: Entity, word: str) -> None:
        if person.gender is None:
            person.gender = _word_gender(word)

    def _add_org(self, ent: Span) -> Entity:
        name = _clean(_without_det(ent))
        # A bare surname is often tagged as an organisation: "Roe said" after "Jane Roe".
        words = name.split()
        if 1 <= len(words) <= 3 and all(name_word(w) for w in words) and not named_for_a_body(ent):
            person = self._find_person(words, ent.start_char, _honorific_gender(ent))
            if person is None and len(words) == 1 and ent.label_ == "ORG":
                person = self._company_by_first_word(words[0], ent.start_char)  # after "Corvane Systems"
                person = person or self._body_by_last_word(words[0], ent.start_char)  # after "Ashby Rovers"
            if person is not None:
                person.positions.append(ent.start_char)
                return person
        titled = _title_words(words)
        rest = words[titled:]
        named = titled and person_shaped(" ".join(rest)) and rest[-1].lower() not in NOT_PERSON_NAME_ENDS
        # (after words in lower case only, a given name first: not "the ruling Partido Bagong Liwanag")
        named = named and (_title_by_words(words) > 0 or given_name(rest[0]))
        if named and all(w.replace("-", "").isalpha() for w in rest):  # (not "Center, Roe")
            # "District Collector Jo Roe" tagged a body: a person with the title of her post
            at = ent.start_char + len(" ".join(words[:titled])) + 1
            title = tuple(w.lower() for w in words[:titled])
            return self.add_titled(TitledName(tuple(words[titled:]), title, at))
        shaped = ent.label_ == "ORG" and person_shaped(name) and given_name(words[0])
        role = _role_before(ent) if shaped else []
        if role and rest[-1].lower() not in NOT_PERSON_NAME_ENDS:
            # "Senior guard Ada Roe" with only the name tagged a body: a person, with her role
            title = tuple(t.lower_ for t in role)
            return self.add_titled(TitledName(tuple(words), title, ent.start_char))
        org = self.add_org_name(name, ent.start_char)
        if _employer_only(ent):
            org.employer_at.add(ent.start_char)
        if _told(ent):
            org.told_at.add(ent.start_char)
        building = ent.label_ == "FAC" and words[-1].lower() not in NOT_PERSON_NAME_ENDS
        # a place with a given name first ("Yasmin Jurado" tagged a place): perhaps a person
        place_named = ent.label_ in {"GPE", "LOC"} and len(words) >= 2 and given_name(words[0])
        place_named = place_named and words[-1].lower() not in NOT_PERSON_NAME_ENDS
        if ent.label_ == "ORG" or ((building or place_named) and person_shaped(name)):
            self._tagged_orgs.add(org.id)  # "Zoltan Pellicano" tagged a building: perhaps a person
        elif ent.label_ in {"GPE", "FAC"}:
            org.place = True
        return org

    # -- resolving ---------------------------------------------------------------------------
    def person_for(self, ent: Span) -> Entity | None:
        """The person a PERSON entity span refers to (of the sex a title before it says, "Mrs. Roe")."""
        ent = _with_hyphened_start(ent)
        if _body_typed_as_person(ent):
            return self._add_org(ent)
        if _office_typed_as_person(ent):
            return None  # "the state Treasurer": an office, its holder named elsewhere
        parts = name_parts(ent)
        if parts is None:
            return None
        if business_name(parts[1]):
            return self.add_org_name(parts[0], ent.start_char)  # "Driftline Records" tagged a person
        person = self._find_person(parts[1], ent.start_char, _honorific_gender(ent)) or self._add_person(ent)
        return self._fuller(person, ent.start_char) if person is not None else None

    def _fuller(self, person: Entity, at: int) -> Entity:
        """A person known only by one word, or the person with a full name that word is part of.

        "Oksana" met before "Oksana Valdivia" was found (the capitalised runs come last) is the
        same person; where several full names fit, the nearest.
        """
        if len(person.name.split()) != 1:
            return person
        word = person.name.lower()
        known = self._by_first.get(word, []) + self._by_surname.get(word, [])
        fuller = [e for e in {e.id: e for e in known}.values() if e is not person and len(e.name.split()) > 1]
        if fuller:
            return _nearest(fuller, at)
        return self._person_tagged_as_body(word, at) or person

    def _person_tagged_as_body(self, word: str, at: int) -> Entity | None:
        """A full name the entity tagger took for an organisation ("Helen Carver said", tagged as a
        body) that a person's surname or first name fits ("Ms Carver"): that body is the person."""
        shaped = [
            org
            for key, org in self._orgs.items()
            if org.id in self._tagged_orgs
            and org.kind == "org"
            and person_shaped(org.name)
            and word in (key.split()[0], key.split()[-1])
        ]
        if not shaped:
            return None
        org = _nearest(shaped, at)
        org.kind = "person"
        words = org.name.split()
        for index, key in ((self._by_surname, _surname(words)), (self._by_first, words[0].lower())):
            index.setdefault(key, []).append(org)
        return org

    def resolve(self, mention: Mention) -> Entity | None:
        """The entity a name, organisation or role mention refers to (not pronouns)."""
        found = self._resolve(mention)
        at = mention.span.start_char
        named = mention.kind == "name" and found is not None and found.kind == "person"
        if named and at not in found.positions:
            found.positions.append(at)  # "Henare expects …": named here too, however short the name
        if named and found.gender is None:
            found.gender = _honorific_gender(mention.span)  # "Ms Tan said": a woman, for "she" after
        return found

    def _resolve(self, mention: Mention) -> Entity | None:
        """:meth:`resolve`, before the mention's place is learned."""
        at = mention.span.start_char
        head = mention.head
        country = head.lower_ in _COUNTRY_LAST_WORDS or head.lower_ in _SEAT_LAST_WORDS
        if mention.kind in {"name", "org", "other"} and (country or (head.is_upper and head.is_alpha)):
            # the name's own words, past what the writer says of it ("a more muscular Russia")
            named = [
                t.text for t in mention.span
                if t.lower_ not in DETERMINERS and (t.text[:1].isupper() or t.lower_ in {"and", "of"})
            ]  # fmt: skip
            written = " ".join(named) or _without_det(mention.span)
            key = written.lower()
            people = (self._by_surname.get(key) or []) + (self._by_first.get(key) or [])
            known = any(len(e.name.split()) > 1 for e in people)  # a full name's part ("Ali Jordan")
            if mention.kind != "other" and (key in COUNTRY_NAMES or key in GOVERNMENT_SEATS) and not known:
                return self.add_org_name(written, at)  # "Sri Lanka said", "Beijing said": no one's name
            # (a tagged body goes its own way below, unless a one-word "person" has taken its letters)
            initials = key not in ROLE_NOUNS and _initials_alone(mention.span)  # (not "the CFO": an office)
            if initials and _definite(mention):
                holder = self._office_holder(mention, at)
                if holder is not None:  # "the CS said" after "Cabinet Secretary Jo Roe"
                    return holder
            # (not an office by its initials whose holder is named: "The SSP, Ms Jo Roe, said")
            initials = initials and not (mention.entity is not None and mention.entity.label_ == "PERSON")
            if not known and (mention.kind != "org" or people) and initials:
                return self._initials.get(key) or self.add_org_name(written, at)  # "GMRCL said"
        if mention.kind == "name" and _office_tagged_as_name(mention):
            return self.resolve_role(mention)  # "The Treasurer said", the office tagged a person's name
        if mention.kind == "name":
            one = mention.entity is not None and len(mention.entity) == 1
            body = self._called_it(mention.entity.text) if one else None
            if body is not None:  # "Brevix said", after "Brevix is recalling its plugs"
                return body
            if mention.entity is not None:
                return self.person_for(mention.entity)
            words = strip_titles([t for t in mention.span if proper_noun(t) or _hyphened_particle(t)])
            names = [n for n in (_clean(w) for w in _glued(words)) if n]
            names = names[: name_end(names)]  # "Jo Roe MSP said", with no entity tagged
            person = self._find_person(names, at, _honorific_gender(mention.span)) if names else None
            if person is None and len(names) > 1 and " ".join(names).lower() in self._orgs:
                return self._orgs[" ".join(names).lower()]  # a body named so: "the charity Harbour Aid"
            if person is None and len(names) == 1:
                # "Corvane" after "Corvane Systems"; "Jurado" after "Yasmin Jurado" tagged a place
                word = names[0]
                alone = self._called_it(word)
                if alone is not None:  # "Brevix said", untagged, after "Brevix is recalling its plugs"
                    return alone
                initials = self._initials.get(word.lower()) if initials_shaped(word) else None  # "the CFF"
                body = initials or self._company_by_first_word(word, at) or self._body_by_last_word(word, at)
                return body or self._person_tagged_as_body(word.lower(), at)
            return self._fuller(person, at) if person is not None else None
        firm = mention.head.lemma_.lower() in COMPANY_NOUNS and mention.head.pos_ == "NOUN"
        if mention.kind == "org" and mention.entity is not None and firm:
            # "the mine's operator, Zenith Quarrying,": a firm, whatever its name looks like
            body = self.add_org_name(_clean(_without_det(mention.entity)), mention.entity.start_char)
            self._tagged_orgs.add(body.id)
            return body
        if mention.kind == "org" and mention.entity is not None and _particle_name(mention.entity):
            ent = mention.entity  # "Faisal Rashed Al Mansoori said", typed a body
            return self.person_for(Span(ent.doc, ent.start, ent.end, label="PERSON"))
        if mention.kind == "org" and mention.entity is not None:
            if _one_word_name(mention.entity):
                # A surname the entity tagger took for a body or a place ("Drummond spoke next",
                # "Abbott-Lowe shrugged"): the person the article named in full with it.
                word = _clean(mention.entity.text)
                person = self._find_person([word], at)
                if person is None and mention.entity.label_ != "ORG":  # "Zoltan" tagged a place
                    person = self._person_tagged_as_body(word.lower(), at)
                if person is not None:
                    return self._fuller(person, at)
            if _titled_person_name(mention.entity):  # "Fire Chief Ada Roe said", all tagged a body
                person = self.person_for(mention.entity)
                if person is None:  # "Pelham County Fire Chief Ada Roe": the name after the title
                    return self._titled_person(mention.entity, at)
                return self._fuller(person, at)
            initials = mention.head.text.isupper() and mention.head.lower_ in ROLE_NOUNS
            holder = self._office_holder(mention, at) if initials and _definite(mention) else None
            if holder is not None:  # "The CFO said" after "Finance chief Jo Roe", the office tagged a body
                return holder
            org = self._add_org(mention.entity)
            kind = _described_as(mention)
            if org.kind == "org" and kind is not None and kind not in org.roles:
                # "trade union Fórsa": a union ("the union" later finds it), not a business
                org.roles.add(kind)
                self._by_head.setdefault(kind, []).append(org)
            return org
        if mention.kind == "org" and proper_noun(mention.head):
            holder = self._office_holder(mention, at)
            if holder is not None:  # "The Speaker, Jane Roe, said": an office written as a title
                return holder
            named = self._titled_person(mention.span, at)
            if named is not None:  # "Pelham County Fire Chief Ada Roe", untagged: the person so titled
                return named
            # a body's name no entity tagger read ("the Ministry of Inland Waterways said"), from
            # its first capitalised word ("a deadlocked Supreme Court")
            first = next(t.i for t in mention.span if proper_noun(t))
            name = _clean(mention.span.doc[first : mention.span.end].text)
            # ("the Times" after "the Harbour Times": the body named before with that last word)
            known = self._body_by_last_word(name, at) if " " not in name else None
            return known or self.add_org_name(name, at)
        if mention.kind == "role":
            return self.resolve_role(mention)
        if mention.kind == "other" and mention.head.lemma_.lower() in KIN_GROUP_NOUNS:
            # "his devastated family said …": people, whom "they" may take up later
            span = mention.span
            written = _without_det(span) if span[0].dep_ == "det" else _clean(span.text)  # (keeps "his")
            kin = self._role_entity(written, mention.head, at)
            kin.plural = True
            return kin
        if mention.kind == "other" and _definite(mention):
            words = _without_det(mention.span).lower().split()
            titled = self._titled_before(words, mention.head, at) if mention.head.tag_ == "NN" else None
            if titled is not None:  # "the magistrate" after "Magistrate Jo Roe": a title, its holder
                return titled
            end = named_body_end(mention.head)
            if end is not None:  # "the board of Acme Foods", "the state branch of the Green Party"
                return self.add_org_name(_without_det(mention.span.doc[mention.span.start : end]), at)
            if mention.head.tag_ == "NNS":
                return None  # "the banks" after "Harbour Bank and Crest Bank": both, not the last one
            # (not "the statistics office" after "the audit office": another office)
            found = self._org_by_head(mention.head.lemma_.lower(), at, lambda org: _describes(mention, org))
            if found is None and _plain_description(mention):
                found = self._org_by_kind(mention.head, at)  # "the agency" after "the Bureau of …"
            if found is None and _plain_description(mention):
                found = self._company(mention.head, at)  # "the firm", not "the combined firm"
            if found is None and _plain_description(mention):
                found = self._generic_body(mention.head, at)  # "the charity", "the watchdog"
            if found is None and _group_description(mention):
                found = self._cause_group(mention.head, at)  # "the group", "the campaign group"
            body = body_noun(mention.head) and mention.head.tag_ in {"NN", "NNP"}
            company = mention.head.lemma_.lower() in COMPANY_NOUNS
            if found is None and body and not (company and self._org_named_before(at)):
                # "the ministry said it …" where no body of that name was named before: a body all
                # the same, which "it" can mean and "the ministry" later finds (but "Acme said … The
                # company …" is Acme, found above when Acme is a business)
                found = self.add_org_name(_without_det(mention.span), at)
            return found
        if mention.kind == "other" and mention.head.text[:1].isupper() and len(mention.span) == 1:
            # A capitalised word the tagger took for a common noun ("Sekibo tells …" at the start
            # of a sentence): a name when it is the surname or first name of someone named.
            person = self._find_person([_clean(mention.head.text)], at)
            return self._fuller(person, at) if person is not None else None
        return None

    def _office_holder(self, mention: Mention, at: int) -> Entity | None:
        """The person named before with the office a capitalised mention writes ("the Speaker",
        "the CFO"), the nearest if several; else none."""
        role = _without_det(mention.span).lower()
        holders = [e for e in self.entities if e.kind == "person" and role in e.roles]
        if holders:
            return self._fuller(_nearest(holders, at), at)
        if not any(role in row for row in ROLE_EQUIVALENTS):
            return None
        return self._titled_before([role], mention.head, at)  # "the CFO" after "Finance chief Jo Roe"

    def _org_named_before(self, at: int) -> bool:
        """Whether the article names an organisation (not a place) before ``at``."""
        orgs = (e for e in self.entities if e.kind == "org" and not e.place)
        return any(p < at for e in orgs for p in e.positions)

    def add_offices_held(self, doc: Doc) -> None:
        """A person named as the agent of an office's verb ("the inquiry, chaired by retired judge Jo
        Roe,", "a charity founded by Jo Roe") holds that office: "the chair", "the founder" later
        (``OFFICE_VERBS``). Call once every name is known."""
        table = doc.to_array([LEMMA, TAG])
        verbs = numpy.flatnonzero(numpy.isin(table[:, 0], _OFFICE_VERB_IDS) & (table[:, 1] == _VBN_ID))
        for i in verbs.tolist():
            verb = doc[i]
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            name = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if name is None or not proper_noun(name):
                continue
            person = self._find_person([_clean(name.text)], name.idx)
            if person is None or person.kind != "person":
                continue
            role = OFFICE_VERBS[verb.lemma_.lower()]
            person.roles.add(role)
            person.roles.update(ROLE_SYNONYMS.get(role, ()))

    def add_roles_taken(self, doc: Doc) -> None:
        """A person named as taking a role ("Jo Roe, who became chairman last year,", "Jo Roe was
        named coach") holds it: "the chairman", "the coach" later (``ROLE_TAKING_VERBS``). Call once
        every name is known."""
        lemmas = doc.to_array(LEMMA)
        for i in numpy.flatnonzero(numpy.isin(lemmas, _ROLE_TAKING_IDS)).tolist():
            verb = doc[i]
            role = next((c for c in verb.children if c.dep_ in {"attr", "oprd"}), None)
            if role is None or not is_person_noun(role) or not role.text.islower():
                continue
            if any(c.dep_ in {"poss", "det"} and c.lower_ not in {"the", "a", "an"} for c in role.children):
                continue  # "became her coach": someone else's, not an office
            if verb.dep_ == "relcl":
                name = verb.head  # "Jo Roe, who became chairman"
            else:
                name = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if name is None or not proper_noun(name):
                continue
            person = self.resolve(mention_for(name))
            if person is None or person.kind != "person":
                continue
            self._add_role_words(person, [t.lower_ for t in role.lefts if t.dep_ in {"compound", "amod"}
                                          and t.text.islower()] + [role.lower_])  # fmt: skip

    def add_initials(self, doc: Doc) -> None:
        """A body's name with its initials in brackets ("the Coastal Fishers Federation (CFF)"):
        "the CFF" later is the same body, by its name (not a person's: "John Roe (JR)")."""
        brackets = numpy.flatnonzero(doc.to_array([ORTH]) == _OPEN_BRACKET_ID)  # (no Token made per word)
        for i in brackets.tolist():
            found = bracketed_initials(doc[i - 1]) if i else None
            if found is None or person_shaped(_clean(found[0].text)):
                continue
            name, initials = found
            self.add_initials_name(_clean(name.text), initials, name.start_char)

    def add_described_body(self, name: str, kind: str, at: int) -> None:
        """A body named after the noun that says what it is ("the journal Marine Letters"): "the
        journal" later finds it."""
        org = self.add_org_name(name, at)
        if kind not in org.roles:
            org.roles.add(kind)
            self._by_head.setdefault(kind, []).append(org)

    def add_initials_name(self, name: str, initials: str, at: int) -> None:
        """A body's name and the initials given for it in brackets: the initials name it later."""
        if person_shaped(name):
            return  # "John Roe (JR)"
        org = self.add_org_name(name, at)
        known = self._orgs.get(initials.lower())
        if known is not None and known is not org:
            org.positions.extend(known.positions)
        self._orgs[initials.lower()] = self._initials[initials.lower()] = org

    def add_org_name(self, name: str, at: int, span: Span | None = None) -> Entity:
        """An organisation named in text that was not parsed ("the Coastal Flood Agency"), or parsed
        with no entity tagger (``span``: its words, which may name it only as someone's employer,
        "an analyst at Corbel Securities", or as the outlet told)."""
        key = name.lower()
        org = self._orgs.get(key)
        if org is None:  # the first field of a body named by a list ("Department for Environment, Food …")
            org = next((o for k, o in self._orgs.items() if k.startswith(key + ",")), None)
        if org is None and len(key.split()) >= 2:
            # "Harbour Freight" after "Harbour Freight Lines": the name short of its last word for a business
            org = next((o for k, o in self._orgs.items() if _short_of_business_word(k, key)), None)
        if org is None:
            org = self._new("org")
            org.names.append(name)
            self._orgs[key] = org
            self._by_head.setdefault(institution_head(name), []).append(org)
            if party_name(key):
                self._by_head.setdefault("party", []).append(org)  # "the party" finds it
        org.positions.append(at)
        if span is not None and _employer_only(span):
            org.employer_at.add(at)
        if span is not None and _told(span):
            org.told_at.add(at)
        return org

    def _company(self, noun: Token, at: int) -> Entity | None:
        """ "the company", "the firm", "the developer": the business named last before (a name that
        ends like one, "Larkmoor Homes", or a body the entity tagger found that is no institution)."""
        if noun.lemma_.lower() not in COMPANY_NOUNS or noun.tag_ != "NN":
            return None  # not "the companies"
        orgs = (e for e in self.entities if e.kind == "org" and not e.place)
        found = [e for e in orgs if _business_or_group(e, self._tagged_orgs)]
        found = [e for e in found if any(p < at for p in e.positions)]
        # not a firm named only as where someone works ("an analyst at Acme") or as the outlet someone
        # spoke to ("told TechPulse"), if another was named
        named = _named_for_itself(found, at)
        # the firm the sentence (or the one before) is about: "Acme has raised $4m in a round led by
        # Birch Capital, the company said" (not a one-word "body" that is a person's surname: "Roe
        # would appeal, the developer said")
        firms = [e for e in named or found if " " in e.name or self._find_person([e.name], at) is None]
        subject = _subject_of_sentence(firms, noun)
        if subject is not None:
            return subject
        reported = _untagged_reported_subject(noun)
        if reported is not None and self._find_person([t.text for t in reported], at) is None:
            # "Brevix has raised $4m …, the company said", where no tagger read the name
            firm = self.add_org_name(reported.text, reported.start_char)
            firm.roles.add(noun.lemma_.lower())  # what the article calls it, as "software company Acme"
            return firm
        if not found:
            return None
        # and one whose name or description says it is a business before one only the entity tagger
        # found ("the company" after "Harlow Ferries … its vessel, the MV Tern"): a ship, a product
        # or a place the tagger took for a body is named near its firm (a business named far
        # before is another story's)
        nearest = _nearest(named or found, at)
        said = [e for e in named or found if _business_or_group(e, tagged=set())]  # (by its words alone)
        near = [e for e in said if _last_before(nearest, at) - _last_before(e, at) <= _NEAR_FIRM]
        return _nearest(near, at) if near else nearest

    def _generic_body(self, noun: Token, at: int) -> Entity | None:
        """ "the charity", "the watchdog": the body (no business, no place) named last before."""
        if noun.lemma_.lower() not in GENERIC_BODY_NOUNS or noun.tag_ != "NN":
            return None  # not "the charities"
        orgs = [e for e in self.entities if e.kind == "org" and not e.place]
        found = [e for e in orgs if any(p < at for p in e.positions) and not _business(e, self._tagged_orgs)]
        if noun.lemma_.lower() in VOLUNTARY_BODY_NOUNS:  # "the charity" after "… the High Court": not it
            found = [e for e in found if institution_head(e.name) not in PUBLIC_BODY_WORDS]
        return _nearest(found, at) if found else None

    def _cause_group(self, noun: Token, at: int) -> Entity | None:
        """ "the group", "the coalition": the body named last before that is no business, no place
        and no public body ("Citizens for Clean Air", not "the Ministry of Health" or "Acme Foods")."""
        if noun.lemma_.lower() not in GROUP_NOUNS or noun.tag_ != "NN":
            return None  # not "the groups"
        orgs = [e for e in self.entities if e.kind == "org" and not e.place]
        # (a name the tagger found that links its words with a preposition is no business's by the
        # tagger alone: "Citizens for Clean Air", "Friends of the Harbour")
        linked = {e.id for e in orgs if any(w in CAUSE_PREPOSITIONS | {"of"} for w in e.name.split())}
        found = [
            e for e in orgs
            if any(p < at for p in e.positions) and not _business_or_group(e, self._tagged_orgs - linked)
            and institution_head(e.name) not in PUBLIC_BODY_WORDS and not e.roles & PUBLIC_BODY_WORDS
        ]  # fmt: skip
        named = _named_for_itself(found, at)
        return _nearest(named, at) if named else None

    def _org_by_kind(self, noun: Token, at: int) -> Entity | None:
        """ "the agency", "the union", "the airline": the body named last before whose name says it is
        one of that kind (``BODY_KIND_WORDS``: "the Bureau of Coastal Surveys", "Orrendale Airways")."""
        kinds = BODY_KIND_WORDS.get(noun.lemma_.lower()) if noun.tag_ == "NN" else None
        if kinds is None:
            return None
        orgs = (e for e in self.entities if e.kind == "org" and not e.place)
        found = [
            e
            for e in orgs
            if any(p < at for p in e.positions)
            and any(w.lower() in kinds for n in e.names for w in n.split())
        ]
        if noun.lemma_.lower() in RIVAL_KIND_NOUNS and len(found) > 1:
            # a match report names two clubs: "the club" is the one the story is about, named most
            # often before, not the nearest; none when two are named as often
            named = {e.id: len({p for p in e.positions if p < at}) for e in found}
            counts = sorted(named.values(), reverse=True)
            top = [e for e in found if named[e.id] == counts[0]]
            return top[0] if counts[0] > counts[1] else None
        return _nearest(found, at) if found else None

    def _org_by_head(self, noun: str, at: int, fits: Callable[[Entity], bool] | None = None) -> Entity | None:
        """ "the agency", "the union": the organisation named before whose name ends in that noun
        (the nearest of those that ``fits``)."""
        found = [o for o in self._by_head.get(noun, []) if fits is None or fits(o)]
        # (not a bank named only as where someone works, "an economist at Harbour Bank", if another was named)
        named = _named_for_itself(found, at)
        return _nearest(named or found, at) if found else None

    def resolve_role(self, mention: Mention) -> Entity:
        """A role noun phrase: the person introduced with that role, or a new role entity."""
        span, head = mention.span, mention.head
        at = span.start_char
        if head.lower_ in TITLE_WORDS and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
            # "Stephen King said", "King said" after it: a name whose last word is a title too
            named = self._find_person([t.text for t in span], at)
            if named is not None and " " in named.name:
                return self._fuller(named, at)
        written: str | None = None  # a new role's name, if not as the span writes it
        org = mention.entity if mention.entity is not None and mention.entity.label_ in _ORG_LABELS else None
        if org is not None and not (span.start <= org.start and org.end <= span.end):
            org = None  # a body named in an apposition after the role, not one the role names
        # (only of one not met before: "the spokeswoman for …" may be the one named earlier)
        unmet = org is None and span[0].lower_ in INTRODUCING_DETERMINERS
        employer = self._employer(head) if unmet else None
        kind = self._body_by_kind(head, at) if unmet and employer is None else None
        if unmet and employer is None and kind is None and org is None and head.lower_ in SPOKESPERSON_NOUNS:
            # "a Halvorsen spokesman", "an NFA spokeswoman" in text no entity tagger read: the body
            # a capitalised word before the role stands for, by its full name
            named = [t for t in span if t.i < head.i and t.dep_ == "compound" and t.text[:1].isupper()]
            named = [t for t in named if t.lower_ not in AFFILIATION_WORDS]  # (not "a Democratic spokesman")
            kind = self._full_body(" ".join(t.text for t in named)) if named else None
        bare = unmet and employer is None and kind is None and len(span) == 2
        if bare and head.lower_ in SPOKESPERSON_NOUNS:  # "… A spokeswoman said", after the body's sentence
            kind = self._opening_sentence_before(self.article or head.doc.text, at, "org")
        if org is not None or employer is not None or kind is not None:
            # "a French Foreign Ministry spokeswoman": a spokesperson named by the organisation;
            # "a spokeswoman for the Acme Group" is the same one, named the same way.
            name = _without_det(span[: head.i - span.start + 1])
            if org is not None and org.start > head.i and head.dep_ in {"nmod", "compound"}:
                name = _without_det(span)  # "the general secretary of Acme Utilities", misparsed
            if employer is not None:
                name = f"{_without_det(employer)} {head.text}"
            if kind is not None:  # "an agency spokeswoman" after "the Coastal Flood Agency said …"
                name = f"{kind.name} {head.text}"
            if kind is not None and head.lemma_.lower() in UNNAMED_SOURCE_NOUNS:
                name = _without_det(span)  # "a senior agency source": a source stays as written
            speaks_for = org is not None and org.end <= head.i and head.lower_ in SPOKESPERSON_NOUNS
            full = self._full_body(_clean(org.text)) if speaks_for else None
            if full is not None:  # "an NFA spokeswoman", "a Halvorsen spokesman": by the body's full name
                name = f"{full.name} {head.text}"
            holders = [e for e in self.entities if e.kind == "person" and name.lower() in e.roles]
            holders = holders or self._holders_by_words(name.lower().split())
            if holders:  # "Harbour chief says …" over "The harbour chief, Ilse Brandt, …"
                return self._fuller(_nearest(holders, at), at)
            titled = self._titled_before(name.lower().split(), head, at)
            if titled is not None:  # "the Harbridge Town manager" after "Harbridge Town manager Jo Roe"
                return titled
            # "the Nigerian minister", "the Liberal Democrat councillor": a role the article gave
            # someone with other words ("Nigeria's trade minister, Ada Roe,"), found as below
            place = self._place_read_past(head)  # (however the tagger split or typed the words)
            described = org is not None and bool(place) and span[0].lower_ in {"the", "this"}
            described = described and place[0].i <= org.start and org.end <= head.i
            if not described:
                return self._role_entity(name, head, at)
            written = name  # (as the body names it, if no one holds it)
        # "the minister", "its spokeswoman", or a bare role as headlines print it ("Mayor: ‘…’"),
        # found by the words up to the role noun ("wife of …" is found as "wife"; a new role keeps
        # them all, as written)
        core = span[: head.i - span.start + 1]
        bare = not any(t.dep_ == "det" for t in core) and head.tag_ in {"NN", "NNP"}
        definite = span[0].lower_ in {"the", "this", "that"} or span[0].dep_ == "poss" or bare
        definite = definite or age_phrase(core.text)  # "the 43-year-old", the "the" parsed elsewhere
        words = [w for w in _without_det(core).lower().split() if any(c.isalpha() for c in w)]
        words = [w for k, w in enumerate(words) if k == len(words) - 1 or not _counted(w)]
        # ("the veteran minister" is the minister: a description of the holder, not of the office)
        words = [w for k, w in enumerate(words) if k == len(words) - 1 or w not in EPITHET_WORDS]
        # ("the sacked coach", "the jailed activist": what befell the holder, no part of the office)
        befell = {t.lower_ for t in core if t.dep_ == "amod" and t.tag_ == "VBN" and t.i < head.i}
        words = [w for k, w in enumerate(words) if k == len(words) - 1 or w not in befell]
        place = {t.lower_ for t in self._place_read_past(head)}
        words = [w for k, w in enumerate(words) if k == len(words) - 1 or w not in place]
        if definite and words:
            # "the chief executive of the Flood Agency" is not a chief executive of another body
            body = _role_body(head)
            elsewhere = [e for e in self.entities if _held_elsewhere(e, body)]
            # "the prime minister" must match a prime minister, not any minister. One named only
            # later ("… the firm's chief financial officer, Jo Roe, resigned") is the last resort:
            # a role refers back, to a holder or to the unnamed one introduced before.
            later: list[Entity] = []
            for k in range(len(words)):
                if k and words[k - 1] in _OTHER_OFFICE_WORDS:
                    break  # "the deputy trade secretary", "the shadow …": not the trade secretary
                candidate = " ".join(words[k:])
                found = [e for e in self.entities if e.kind == "person" and candidate in e.roles]
                found = _full_holders([e for e in found if e not in elsewhere], candidate)
                if _known_before(found, at):
                    holder = _nearest(_known_before(found, at), at)
                    unnamed = self._role_introduced(head, at) if k == len(words) - 1 else None
                    if unnamed is not None and _last_before(unnamed, at) > _last_before(holder, at):
                        return unnamed  # "Dr Jo Roe …. A junior doctor … alleged …, the doctor claimed"
                    return self._fuller(holder, at)
                later = later or found
                if len(words) - k <= 2:
                    break
            found = [e for e in self._holders_by_words(words) if e not in elsewhere]
            if _known_before(found, at):
                return self._fuller(_nearest(_known_before(found, at), at), at)
            held = self._held_at(words, at)
            if held is not None:  # "the campaign chairwoman" after "Jo Roe, the campaign's chairwoman"
                return self._fuller(held, at)
            later = later or found
            titled = self._titled_before(words, head, at)
            if titled is None and words[0] in TENURE_WORDS:
                # "the former minister" after "Former health minister Jo Roe": the title so held
                titled = self._titled_before(words[1:], head, at, held=words[0])
            if titled is not None:  # "the detective" after "Detective Inspector Jo Roe"
                return titled
            # (not "her producer", "his publisher": a person's own, no business)
            company = self._company(head, at) if len(words) == 1 and not owned_by_person(head) else None
            if company is not None:  # "the developer" after "Larkmoor Homes plans …"
                return company
            # (past what says when they held it: "the former employee" after "a former Acme employee")
            core = [w for w in words if w not in TENURE_WORDS]
            introduced = self._role_introduced(head, at) if len(core) == 1 else None
            if introduced is not None:  # "the spokesperson" after "a Department of Health spokesperson"
                return self._aged_description_of(introduced) or introduced
            aged = self._role_entity(written or _without_det(span), head, at) if self._aged(span) else None
            if aged is not None:  # "The star, 29, said …" right after "Singer Lola Venture cancelled …"
                return self._aged_description_of(aged) or aged
            if _owned_by_a_thing(head):
                # "…, its leader confirmed": the leader of a body named before; one named later as
                # another body's ("leader of the opposition group") is not that leader
                later = [e for e in later if not e.employers]
            level = len(words) > 1 and all(w in JURISDICTION_WORDS for w in words[:-1])
            level = level and head.tag_ in {"NN", "NNP"}  # (one holder, not "the state senators")
            if not later and level and not place:
                # "the state treasurer" in a lead, "Treasurer Jo Roe" the one treasurer named after it
                holders = [e for e in self.entities if e.kind == "person" and words[-1] in e.roles]
                holders = [e for e in holders if e not in elsewhere]
                later = holders if len(holders) == 1 and not _known_before(holders, at) else []
            if later and not place:  # "the mayor said …" in a lead, "Mayor Jo Roe" named after it
                return self._fuller(_nearest(later, at), at)
            employer = self._employer(head) if span.end <= head.i + 1 else None
            if employer is not None:  # "the head of the Harbour Trust", whom the article never names
                return self._role_entity(_without_det(head.doc[span.start : employer.end]), head, at)
        return self._role_entity(written or _without_det(span), head, at)

    def _place_read_past(self, role: Token) -> list[Token]:
        """The words before a role that need not be among its holder's: a party ("the Liberal
        Democrat councillor" is the councillor named before), or a nationality or country when
        someone known holds a post there ("the Nigerian minister" after "Nigeria's trade minister,
        Ada Roe,"; not "the French president" after "President Jo Roe")."""
        one = role.tag_ == "NN" or role.text.isupper()  # (not "the Acme founders": many)
        place = _role_place(role) if one else []
        if not place or all(t.lower_ in AFFILIATION_WORDS for t in place) or role.text in POST_NOMINALS:
            return place  # (a member's seat is no employer: "the Drumcollin TD" is the TD named)
        body = " ".join(t.lower_ for t in place)
        people = (e for e in self.entities if e.kind == "person")
        return place if any(_same_place(body, employer) for e in people for employer in e.employers) else []

    def _titled_person(self, span: Span, at: int) -> Entity | None:
        """The person known by the name after the title a span opens with ("Pelham County Fire
        Chief Ada Roe"), if the rest is a person's name with a given name first."""
        words = [_clean(w) for w in _glued([t for t in span if not t.is_punct])]
        titles = _title_words(words)
        rest = words[titles:]
        if not titles or len(rest) < 2:
            return None
        person = self._find_person(rest, at)
        shaped = given_name(rest[0]) and person_shaped(" ".join(rest))
        # (or a full name the article gives a person, whatever its first name: "Tamsin Greel-Okafor")
        known = person is not None and " ".join(rest).lower() in {n.lower() for n in person.names}
        singular = rest[-1].lower()[:-1] if rest[-1].lower().endswith("s") else ""
        plural = bool(singular) and (person_noun_word(singular) or singular in _ROLES_OR_COMPANIES)
        known = known and not plural  # not "Ferry Operators", people of a trade
        # nor a run of capitals that names a thing ("the latest Harbour Gazette-Island Radio Poll")
        known = known and len(rest) <= 3 and rest[-1].lower() not in _NOT_PERSON_LAST_WORDS
        return self._fuller(person, at) if person is not None and (shaped or known) else None

    def _titled_before(self, words: list[str], head: Token, at: int, held: str = "") -> Entity | None:
        """The person the article named before ``at`` right after these words as a title, written
        any case, maybe with a title word or two more ("the senior guard" after "Senior guard Jo
        Roe", "the detective" after "Detective Inspector Jo Roe"); the nearest one. The role is
        theirs from then on. Not a body's word ("the police" after "Police Chief Jo Roe")."""
        if not words or head.lower_ in SPEAKING_GROUP_NOUNS or head.lower_ in COLLECTIVE_NOUNS:
            return None
        if body_noun(head) or head.lower_ in INSTITUTION_WORDS:
            return None  # "the union" is the Union of Refuse Collectors, no person after it
        if not all(w.isalpha() for w in words) or head.morph.get("Number") == ["Plur"]:
            return None
        # (an office written out or as its initials: "the CFO" after "Chief financial officer Jo Roe")
        spelled = {tuple(o.split()) for row in ROLE_EQUIVALENTS if " ".join(words) in row for o in row}
        runs = [(p, e) for w in sorted(spelled | {tuple(words)}) for p, e in self._title_runs(w, head.doc)]
        runs = [(p, e) for p, e in runs if p < at]
        if held:  # ("held" formerly: the title written with that word a few words before it)
            text = self._text or ""
            runs = [(p, e) for p, e in runs if held in text[max(0, p - 30) : p].lower().split()]
        if not runs:
            return None
        person = max(runs, key=lambda run: run[0])[1]  # the nearest before
        person.roles.add(" ".join([held, *words] if held else words))  # ("former minister": no minister now)
        return self._fuller(person, at)

    def _title_runs(self, words: tuple[str, ...], doc: Doc) -> list[tuple[int, Entity]]:
        """Where the article writes these words as a title right before a person's full name, with
        that person, found once for the whole text. The words between are title words: capitalised,
        or any after a capitalised role ("Freshman forward Jo Roe"), not "the prosecutor told Judge
        Jo Roe"."""
        cached = self._titles_before_names.get(words)
        if cached is not None:
            return cached
        if self._text is None:  # (the article as written: a title may stand where the parser did not look)
            self._text = self.article or doc.text
        text = self._text
        found: list[tuple[int, Entity]] = []
        names = self._full_names()
        role = r"\s+".join(map(re.escape, words))
        # words that name no person ("Integrity unit" of "Integrity unit manager Jo Roe") are what a
        # role after them is of, no title of the person: "the integrity unit" is never Jo Roe
        thing = not _person_word(words[-1])
        for m in re.finditer(rf"(?<![\w-])(?i:{role})(?![\w-])", text):
            before = text[max(0, m.start() - 20) : m.start()].split()
            if before and before[-1].lower() in COUNTERPART_WORDS:
                continue  # "Shadow home secretary Jo Roe" holds another office than "the home secretary"
            capital = text[m.start()].isupper()
            after = _words_after(text, m.end())
            for k in range(3):  # up to two more title words
                between = after[:k]
                if not all(capital or w[:1].isupper() for w in between):
                    break
                if thing and any(_person_word(w.lower()) for w in between):
                    break
                here = after[k] if k < len(after) else ""
                person = next((e for n, e in names.get(here, []) if after[k : k + len(n)] == n), None)
                if person is not None:
                    found.append((m.start(), person))
                    break
        self._titles_before_names[words] = found
        return found

    def _full_names(self) -> dict[str, list[tuple[list[str], Entity]]]:
        """The people's full names (two words or more), by their first word."""
        out: dict[str, list[tuple[list[str], Entity]]] = {}
        for e in self.entities:
            if e.kind == "person":
                for name in sorted({n for n in e.names if len(n.split()) >= 2}):
                    out.setdefault(name.split()[0], []).append((name.split(), e))
        return out

    def _body_by_kind(self, head: Token, at: int) -> Entity | None:
        """The body named before that a role's noun of kind refers to: "an agency spokeswoman"
        after "the Coastal Flood Agency", "a union official" after "the Dockers' Union"."""
        if not is_person_noun(head):
            return None
        before = head.doc[head.i - 1] if head.i else None
        if before is None or before.dep_ != "compound" or before.head.i != head.i or not before.is_lower:
            # "a spokesperson for the firm": the body the role works for, named only by its kind
            before = _employer_noun(head)
            if before is None:
                return None
        if any(c.dep_ in {"amod", "compound"} for c in before.children):
            return None  # "a high school senior": a kind of school, not the one named before
        kind = before.lemma_.lower()
        named = self._org_by_head(kind, at) if kind in INSTITUTION_WORDS else None
        if named is not None or head.lower_ not in INTERMEDIARY_NOUNS:
            return named  # (not "a business entrepreneur", "a fund manager": a kind of trade)
        # "a company spokeswoman" after "Korvane Logistics …", "a charity official", "an airline source"
        named = self._company(before, at) or self._generic_body(before, at)
        return named or self._org_by_kind(before, at)

    def _full_body(self, written: str) -> Entity | None:
        """The body a short form names by its full name: its initials ("NFA" for "the Northern
        Farmers Alliance (NFA)") or its first word ("Halvorsen" for "Halvorsen Shipping Group")."""
        words = written.split()
        known = self._orgs.get(written.lower())
        if known is not None and known.name.lower() != written.lower():
            return known
        if len(words) != 1:
            return None
        found = {
            o.id: o for o in self._orgs.values()
            if o.kind == "org" and len(o.name.split()) > 1 and o.name.split()[0] == words[0]
            and o.name.split()[-1].lower() in _BUSINESS_OR_INSTITUTION
        }  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None

    def _opening_sentence_before(self, text: str, at: int, kind: str) -> Entity | None:
        """The one entity of ``kind`` that opens the sentence before the one ``at`` opens: the body
        "Cobbleford Water" for "A spokeswoman" in "Cobbleford Water denied it. A spokeswoman said …"."""
        window = max(0, at - 600)
        spans = list(sentences(text, window, min(len(text), at + 1)))  # (the capital it opens with)
        if len(spans) < 2 or (spans[-1][0] != at and not _after_opening_quotation(text, spans[-1][0], at)):
            return None  # the role does not open its sentence, nor follows a quotation that does
        start = spans[-2][0]
        if start == window:  # no stop before it: the line it is on
            stop = spans[-2][1]
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            start = text.rfind("\n", 0, stop) + 1
        # (after "The", or a title in capitals: "Singer Lola Venture …"; by its place, or by its name
        # written there, where the tagger did not record it: under a headline "Jo Roe on Fame")
        found = [
            e for e in self.entities
            if e.kind == kind and not e.place
            and any(
                0 <= p - start < 40 and _TITLED_OPENING.fullmatch(text, start, p)
                for p in (*e.positions, *_written_at(text, e.name, start))
            )
        ]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _aged(self, span: Span) -> bool:
        """A role given with an age: "the 52-year-old singer", "the star, 29,"."""
        text = self.article or span.doc.text
        return age_phrase(span.text) or _AGE_AFTER.match(text, span.end_char) is not None

    def described_as(self, role: Entity, person: Entity) -> None:
        """Record that a description by age means a person the discourse found ("The 24-year-old
        midfielder" after "… landed Kieran Oduya"), so that the role later ("the midfielder") is hers."""
        if role.kind == "role" and person.kind == "person":
            self._described.setdefault(role.id, person)

    def _aged_description_of(self, role: Entity) -> Entity | None:
        """The person a description with an age first met opening a sentence refers to: the one who
        opens the sentence before ("Nadia Frost wept in court. The 52-year-old singer, who …"), as
        news describes a person just named, or the one the discourse found (``described_as``); none
        if the description holds no age."""
        if role.id in self._described:
            return self._described[role.id]
        first = min(role.positions)
        text = self.article or ""
        comma = text.find(",", first, first + len(role.name) + 8)  # right after "the star" or "a star"
        aged = any(c.isdigit() for c in role.name) or (comma >= 0 and _AGE_AFTER.match(text, comma))
        if not (text and aged):
            return None
        person = self._opening_sentence_before(text, first, "person")
        body = self._opening_sentence_before(text, first, "org") if person is None else None
        if body is not None and person_shaped(body.name) and given_name(body.name.split()[0]):
            self._make_person(body)  # "Nadia Frost wept …" tagged a body: an age says she is a person
            return body
        return person

    def _make_person(self, org: Entity) -> None:
        """Take a body the tagger typed for a person, indexed as people are."""
        words = org.name.split()
        org.kind = "person"
        for index, word in ((self._by_surname, _surname(words)), (self._by_first, words[0].lower())):
            index.setdefault(word, []).append(org)

    def _role_introduced(self, head: Token, at: int) -> Entity | None:
        """The unnamed holder of a role introduced before by a longer phrase ("a Department of
        Health spokesperson … the spokesperson added"), one person as the mention is."""
        # (or a noun the tagger took for an adjective, a subject all the same: "The official fears …")
        adjective = head.tag_ == "JJ" and head.dep_ in {"nsubj", "nsubjpass"}
        if head.tag_ not in {"NN", "NNP"} and not adjective:
            return None
        # (or by another word for it: "A source close to the board said … the insider added")
        words = {head.lower_, *ROLE_SYNONYMS.get(head.lower_, ())}
        roles = (e for e in self.entities if e.kind == "role" and not e.plural and words & e.roles)
        found = [e for e in roles if any(p < at for p in e.positions)]
        return _nearest(found, at) if found else None

    def _held_at(self, words: list[str], at: int) -> Entity | None:
        """The one known before ``at`` who holds a role at the body the word before the role noun
        names: "the tenants' leader" and "the campaign chairwoman" after "Jo Roe, the campaign's
        chairwoman" (the owner was learned as where the role is held, not as a word of it)."""
        if len(words) != 2:
            return None
        body = _clean(words[0]).lower()
        holders = [
            e for e in self.entities
            if e.kind == "person" and words[1] in e.roles and any(_same_place(body, b) for b in e.employers)
        ]  # fmt: skip
        known = _known_before(holders, at)
        return _nearest(known, at) if known else None

    def _holders_by_words(self, words: list[str]) -> list[Entity]:
        """The people given a role that holds every word of a role of two words or more: "harbour
        chief" in "the harbour authority's chief executive, Jo Roe" (a headline's short form)."""
        wanted = _role_words(" ".join(words))
        if len(wanted) < 2:
            return []
        persons = (e for e in self.entities if e.kind == "person")
        # (not "shadow home secretary" for "the home secretary": another office, ``COUNTERPART_WORDS``)
        return [e for e in persons if any(_holds_words(r, wanted) for r in e.roles)]

    def _employer(self, role: Token) -> Span | None:
        """The named body a person noun works for: "a spokeswoman for the Acme Group", "an official
        at the Harbour Agency", "a lawyer with Roe Partners" (typed a body, or, in a sentence no
        entity tagger read, a capitalised name the article gives a body)."""
        for prep in role.children:
            if prep.dep_ != "prep" or prep.lower_ not in EMPLOYER_PREPOSITIONS:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            ent = entity_of(obj)
            # (the body's name may run on past its head: "the Federation of Market Traders")
            if ent is not None and ent.label_ in {"ORG", "NORP"} and obj.i < ent.end <= obj.right_edge.i + 1:
                return ent
            # (up to a clause or an aside about it: "the Health Department, who …")
            asides = [c.left_edge.i for c in obj.rights if c.dep_ in {"relcl", "acl", "appos", "punct"}]
            phrase = obj.doc[obj.left_edge.i : min([obj.right_edge.i + 1, *asides])]
            if ent is None and obj.pos_ == "PROPN" and _without_det(phrase).lower() in self._orgs:
                return phrase
        return None

    def _role_entity(self, name: str, head: Token, at: int) -> Entity:
        key = name.lower()
        ent = self._roles.get(key)
        if ent is None or (head.tag_ in {"NNS", "NNPS"} and not ent.plural):
            ent = self._new("role")
            ent.names.append(name)
            ent.roles.add(head.lower_)
            ent.plural = head.tag_ in {"NNS", "NNPS"}
            # ("a spokeswoman", "another official", "one senior official": someone not named)
            ent.unnamed = any(
                (c.dep_ == "det" and c.lower_ in INTRODUCING_DETERMINERS)
                or (c.dep_ == "nummod" and c.lower_ == "one")
                for c in head.children
            )
            self._learn_gender(ent, head.lower_)
            self._roles[key] = ent
        ent.positions.append(at)
        return ent

    def mark_gender(self, entity: Entity, pronoun: str) -> None:
        """Remember the gender a pronoun gives an entity ("he" said → male), unless the person's
        given name says otherwise: a pronoun taken for the wrong person must not make it so."""
        word = pronoun.lower()
        if entity.name_gender in {None, _word_gender(word)}:  # (a title the article gives wins)
            self._learn_gender(entity, word)


_NOT_IN_PERSON_NAMES = (
    INSTITUTION_WORDS
    | BUSINESS_NAME_WORDS
    | COLLECTIVE_NOUNS
    | SPEAKING_GROUP_NOUNS
    | TITLE_WORDS
    | NOT_NAME_WORDS
)


def _owned_by_a_thing(role: Token) -> bool:
    """A role owned by "its" or "their": a body's or a group's (its leader, their spokesman)."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in role.children)


def _holds_words(role: str, wanted: frozenset[str] | set[str]) -> bool:
    """Whether a role holds every word wanted, and no word that makes another office of them."""
    words = _role_words(role)
    return wanted <= words and not (words & COUNTERPART_WORDS) - wanted


def _full_holders(found: list[Entity], role: str) -> list[Entity]:
    """Of the people who hold a role, those who hold it in full when some do: "the secretary" is
    the secretary's, not her deputy's ("deputy secretary" holds "secretary" as a tail)."""
    lower = [e for e in found if any(f"{rank} {role}" in e.roles for rank in RANK_WORDS)]
    full = [e for e in found if e not in lower]
    return full or found


def _office_field(noun: Token) -> list[str]:
    """The field an office is held for, written after it ("Minister for Transport": transport,
    "Secretary of State for Health": health, "Minister of Foreign Affairs"); none for another noun."""
    if noun.lower_ not in ROLE_NOUNS:
        return []
    field: list[str] = []
    for prep in (c for c in noun.subtree if c.dep_ == "prep" and c.lower_ in {"for", "of"} and c.i > noun.i):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ == "state" or obj.ent_type_ in {"PERSON", "GPE"}:
            continue  # ("Secretary of State for …": the field comes after)
        words = [t for t in obj.lefts if t.dep_ in {"compound", "amod"} and t.is_alpha] + [obj]
        field = [t.lower_ for t in words] if len(words) <= 3 and obj.is_alpha else field
    return field


def _role_in_compound(word: str) -> str | None:
    """The role a one-word compound ends in ("schoolteacher": teacher, "steelworker": worker), of
    five letters or more after a part of three or more; not a word for a man or a woman
    ("chairman", "spokeswoman")."""
    for k in range(3, len(word) - 4):
        tail = word[k:]
        if tail in ROLE_NOUNS and tail not in {"person", "woman", "women", "man", "men"}:
            return tail
    return None


def _person_word(word: str) -> bool:
    """A lower-case word for a person by role or description ("manager", "campaigner"), as a title holds."""
    return word in ROLE_NOUNS or person_noun_word(word)


def _title_word(token: Token) -> bool:
    """A word of a title or role: "deputy", "vice-president", and abbreviations ("Capt.")."""
    return token.is_alpha or "-" in token.text or (token.text.endswith(".") and token.text[:-1].isalpha())


def _role_words(role: str) -> set[str]:
    """The words of a role as learned ("harbour authority's chief executive"), without possessive
    endings: {"harbour", "authority", "chief", "executive"}."""
    return {w.removesuffix("'s").removesuffix("’s") for w in role.split()}


def _definite(mention: Mention) -> bool:
    """The mention opens with "the", "this" …, or follows one as the compound of a word the tagger
    took for its head ("the trust read: …")."""
    span = mention.span
    if span[0].lower_ in DEFINITE_WORDS:
        return True
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.lower_ in DEFINITE_WORDS and mention.head.dep_ == "compound"


def _taken_up_as_person(doc: Doc, org: Entity) -> bool:
    """A body's name that is a person's in shape, opening with a given name of one sex, which the
    next sentence takes up by a pronoun of that sex before anyone else is named ("Imogen Tarrant is
    owed wages. “…,” she said."): a person the entity tagger typed a body."""
    sex = given_name_sex(org.name.split()[0])
    if sex is None or not org.positions:
        return False
    ent = next((e for e in doc.ents if e.start_char == org.positions[0]), None)
    if ent is None:
        return False
    sentences = 0
    for token in doc[ent.end : min(len(doc), ent.end + 80)]:
        if token.ent_type_ == "PERSON" or (token.ent_type_ == "ORG" and token.ent_iob_ == "B"):
            return False  # someone, or something, else named first
        if PERSONAL_PRONOUNS.get(token.lower_) in {"male", "female", "neuter"}:
            return PERSONAL_PRONOUNS[token.lower_] == sex
        sentences += bool(token.is_sent_start)
        if sentences > 1:
            return False
    return False


def _given_name_with_who(ent: Span) -> bool:
    """A name the entity tagger took for an organisation's that opens with a given name of one sex
    and takes "who" ("Nadia Perrault, who ran the bar, …"): a person, as "who" says."""
    words = ent.text.split()
    if not person_shaped(ent.text) or given_name_sex(words[0]) is None:
        return False
    clauses = (c for c in ent.root.children if c.dep_ == "relcl")
    return any(w.lower_ in PERSON_RELATIVES and w.i > ent.root.i for c in clauses for w in c.children)


def person_shaped(name: str) -> bool:
    """Two to four capitalised words, none a word for a body, a title or a function word ("Ilse
    Brandt", not "Harbour Trust", "Ms Brandt" or "Roe To Resign"):
    a person's name the entity tagger may have taken for an organisation's."""
    words = name.split()
    if name.lower() in COUNTRY_NAMES:
        return False  # "Papua New Guinea", "Sri Lanka"
    return 2 <= len(words) <= 4 and all(
        (capitalised(w) and w.lower() not in _NOT_IN_PERSON_NAMES)
        or (0 < k < len(words) - 1 and w in NAME_PARTICLES)  # "Ulla de Lima"
        for k, w in enumerate(words)
    )


def _indefinite_holder(noun: Token) -> Token | None:
    """The person noun a name set off after "a spokesman for the mayor" names: "a spokesman", the
    one the phrase introduces, not "the mayor" (whom a name would follow as "Mayor Jo Roe")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in EMPLOYER_PREPOSITIONS | {"to"}:
        return None
    outer = prep.head
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in outer.children)
    return outer if indefinite and is_person_noun(outer) else None


def _told(ent: Span) -> bool:
    """A body named as the one someone spoke to: "Roe told TechPulse", "said in an interview with
    the Courier"."""
    root = ent.root
    if root.dep_ in {"dobj", "dative"} and root.head.lemma_.lower() in LISTENER_VERBS:
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in {"to", "with"} and prep.head.lemma_.lower() in SPEECH_NOUNS


def _employer_only(ent: Span) -> bool:
    """An organisation named in a person's description as their employer: "Jo Roe, an analyst at
    Acme", "Acme analyst Jo Roe" (not "Roe worked as a director at Acme", which is about Acme)."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in EMPLOYER_PREPOSITIONS:
        person = head.head
    elif root.dep_ in {"compound", "nmod"} and head.i >= ent.end and _role_words_between(ent, head):
        person = head  # "Acme analyst Jo Roe", "Acme chief economist Jo Roe"
    else:
        return False
    outside = person.lemma_.lower() in OUTSIDE_EXPERT_NOUNS  # "Analysts at Acme wrote …"
    return is_person_noun(person) and (person.dep_ in {"appos", "compound"} or outside)


def _subject_of_sentence(orgs: list[Entity], noun: Token) -> Entity | None:
    """The one of ``orgs`` that is the subject of the sentence ``noun`` closes, named before it (the
    firm a source-last "the company said" reports on), or else of the sentence before it (the firm
    the story is about just then, not one named in passing): if one is."""
    doc = noun.doc
    sent = noun.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    for sentence, end in ((sent, noun.idx), (before, sent.start_char)):
        if sentence is None:
            continue
        frame = noun.head if sentence is sent else sentence.root
        for org in orgs:
            for p in org.positions:
                if sentence.start_char <= p < end and _main_subject_at(doc, p, frame):
                    return org
    return None


def _main_subject_at(doc: Doc, at: int, frame: Token) -> bool:
    """Whether the name at character ``at`` is the subject of ``frame`` or of the clause ``frame``
    reports (not of a clause inside it)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    word = span[0] if span is not None and len(span) else None
    while word is not None and word.dep_ in {"compound", "flat"} and word.head.i > word.i:
        word = word.head  # (to the name's last word)
    if word is None or word.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = word.head
    return verb.i == frame.i or (verb.dep_ == "ccomp" and verb.head.i == frame.i)


def _untagged_reported_subject(noun: Token) -> Span | None:
    """The name no entity tagger read that is the subject of the clause a source-last "the company
    said" reports ("Brevix has raised $4m, the company said"): the firm, by its words alone."""
    frame = noun.head
    if noun.dep_ != "nsubj":
        return None
    clause = next((c for c in frame.children if c.dep_ == "ccomp" and c.i < noun.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or subject.pos_ != "PROPN" or not untagged(subject):
        return None
    words = subject.doc[subject.left_edge.i : subject.i + 1]
    if words.start != subject.sent.start or not all(t.pos_ == "PROPN" for t in words):
        return None
    if given_name(words[0].text):
        return None  # (a person's name: "Jo Roe has …, the company said" is no firm)
    return words


def _office_tagged_as_name(mention: Mention) -> bool:
    """An office alone, capitalised, that the tagger took for a person's name ("The Treasurer said"):
    a role, its holder named elsewhere."""
    ent = mention.entity
    return ent is not None and ent[0].i == mention.head.i and _office_typed_as_person(ent)


def _office_typed_as_person(ent: Span) -> bool:
    """A one-word office after an article or a word in lower case, typed a person ("the Treasurer",
    "the state Coroner"): no surname ("King said" may be one), an office."""
    word = ent[0]
    if len(ent) != 1 or not ent.start or word.lower_ not in ROLE_NOUNS | TITLE_WORDS:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_ in DETERMINERS or (before.is_lower and before.is_alpha)


def _role_words_between(ent: Span, role: Token) -> bool:
    """Whether only lower-case words of the role stand between a body's name and the role noun
    ("Acme chief economist"), if any."""
    return all(t.is_lower and t.head.i == role.i for t in ent.doc[ent.end : role.i])


def _described_as(mention: Mention) -> str | None:
    """The common noun that says what a named body is, right before its name in the mention ("trade
    union Fórsa", "software company Nexora"): "union", "company"."""
    if mention.entity is None:
        return None
    before = [t for t in mention.span if t.i < mention.entity.start]
    noun = before[-1] if before else None
    if noun is None or not noun.text.islower() or noun.i + 1 != mention.entity.start:
        return None  # (a lower-case word, whatever its tag: "union" is no name)
    kind = noun.lemma_.lower()
    return kind if kind in _INSTITUTIONS_OR_COMPANIES else None


def _held_elsewhere(person: Entity, body: str | None) -> bool:
    """Whether a person's roles are known to be held at bodies other than ``body``: another body of
    the same sort of word ("the agency" is no board; "Peru" is not Ghana). A word for a kind of
    body and a name may be the same body ("the company's chief executive" is Acme's)."""
    if body is None or not person.employers or any(_same_place(body, e) for e in person.employers):
        return False
    kind = body in BODY_KIND_NOUNS
    return any((employer in BODY_KIND_NOUNS) == kind for employer in person.employers)


def _role_place(role: Token) -> list[Token]:
    """The nationality, country or party written before a role in lower case, maybe before the
    office's own words: "Peruvian" in "the Peruvian minister" and "the Peruvian trade minister",
    "Liberal Democrat" in "the Liberal Democrat councillor"."""
    if not (role.text.islower() or (role.text.isupper() and len(role.text) <= 4)):
        return []  # "the Prime Minister": capitals of the office's own name (not "the Labour MP")
    found: list[Token] = []
    for i in range(role.i - 1, max(role.i - 8, 0) - 1, -1):  # (a few words back, no sentence walk)
        word = role.doc[i]
        if word.dep_ not in {"amod", "compound"} or word.head.i not in {role.i, *(t.i for t in found)}:
            break
        low = word.lower_
        if word.text.islower() and low in TITLE_WORDS:
            continue  # the office's own words: "the Belgian foreign minister", "the Ghanaian trade minister"
        placed = word.ent_type_ in _PLACE_LABELS or low in NATIONALITY_NOUNS or low in AFFILIATION_WORDS
        # before a member's letters, a seat or a party: "the Drumcollin TD", "the Ashby MP"
        placed = placed or (role.text in POST_NOMINALS and word.pos_ == "PROPN")
        if not (word.text[:1].isupper() and placed):
            break
        found.insert(0, word)
    return found


def _same_place(a: str, b: str) -> bool:
    """Two words for one body or place: the same, or a nationality and its country ("nigerian" and
    "nigeria", "mexican" and "mexico"; not "british" and "britain", which stay apart): all of the
    shorter but its last letter in common, and at least four letters."""
    short = min(len(a), len(b))
    common = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), short)
    return a == b or (common >= 4 and common >= short - 1)


def _role_body(role: Token) -> str | None:
    """The head noun of the body a role is held at, as the words around the role noun give it: an
    owner ("the company's chief executive": company) or an "of", "at" or "for" phrase ("chief
    executive of the Flood Agency": agency); None for a pronoun owner ("its chief") or none given."""
    owner = next((c for c in role.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.pos_ == "PRON" else institution_head(_clean(owner.text)).lower()
    # a nationality or a country before it: "the Peruvian minister", "the Peru farm minister"
    place = [t for t in _role_place(role) if t.lower_ not in AFFILIATION_WORDS]  # (a party is no employer)
    if place:
        return " ".join(t.lower_ for t in place)
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in EMPLOYER_PREPOSITIONS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (body_noun(obj) or proper_noun(obj)):
                phrase = obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
                return institution_head(_without_det(phrase)).lower()
    return None


def party_name(name: str) -> bool:
    """A party's name made of words for a political camp: "Labour", "the Liberal Democrats", "the
    Tories", "the GOP" (not "Republican" alone: an adjective, said of a person or a vote)."""
    words = name.split()
    if not words or not all(w in AFFILIATION_WORDS for w in words):
        return False
    return words[-1] in {"labour", "gop"} or words[-1].endswith("s")


def _business(org: Entity, tagged: set[int]) -> bool:
    """An organisation that is a business: its name ends like one ("… Holdings"), the article calls
    it one ("software company Nexora", not "trade union Fórsa"), or the entity tagger typed it a body
    and it is no institution ("Acme said", not "the Harbour Board")."""
    described = org.roles & (INSTITUTION_WORDS | COMPANY_NOUNS)
    if described:
        return bool(described & COMPANY_NOUNS)
    words = org.name.lower().split()
    if not words or org.name.isupper():
        return False  # (an acronym is more often a union or a league than a firm)
    if words[-1] in BUSINESS_NAME_WORDS:
        return True
    return org.id in tagged and institution_head(org.name) not in INSTITUTION_WORDS


_AGE_AFTER = re.compile(r",\s*\d{1,3},")  # "the star, 29, …"
def _after_opening_quotation(text: str, start: int, at: int) -> bool:
    """Whether only a quotation and its comma stand between a sentence's start and ``at`` ("“We
    regret it,” a spokeswoman said")."""
    before = text[start:at].rstrip()
    if len(before) < 3 or before[0] not in ALL_MARKS:
        return False
    return before[-1] in ALL_MARKS or (before[-1] == "," and before[-2] in ALL_MARKS)


# "The ", "Singer ", "Former Mayor ", or a description the name is set off after: "The developer, "
def _written_at(text: str, name: str, start: int) -> tuple[int, ...]:
    """Where a name of two words or more is written in the 40 characters from ``start``, if it is."""
    at = text.find(name, start, start + 40 + len(name)) if " " in name else -1
    return (at,) if at >= 0 else ()


_TITLED_OPENING = re.compile(
    rf"(?:{UPPER}[\w.'’-]*\s+){{0,3}}|{UPPER}[\w'’]*\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*,\s+"
)


def _employer_noun(role: Token) -> Token | None:
    """The noun of kind after a role's preposition that names whom the role works for: "firm" in
    "a spokesperson for the firm", "agency" in "an official at the agency" (not "for a firm": some
    firm, not one named before)."""
    for prep in role.children:
        if prep.dep_ != "prep" or prep.lower_ not in EMPLOYER_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.tag_ != "NN":
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            return obj
    return None


def _hyphened_role(noun: Token) -> str | None:
    """The whole of a role written with a hyphen that the parse cut in pieces ("vice-chancellor",
    "co-founder"), from its last piece; None if it has no hyphen before it."""
    doc = noun.doc
    k = noun.i
    if k < 2 or doc[k - 1].text not in {"-", "‐"} or doc[k - 1].whitespace_ or doc[k - 2].whitespace_:
        return None
    return f"{doc[k - 2].lower_}-{noun.lower_}"


def _short_of_business_word(full: str, short: str) -> bool:
    """Whether ``short`` is ``full`` without its last word, a word for a business or a body
    ("harbour freight" of "harbour freight lines")."""
    rest = full.removeprefix(short + " ")
    return rest != full and " " not in rest and rest in _BUSINESS_OR_INSTITUTION


def _named_for_itself(orgs: list[Entity], at: int) -> list[Entity]:
    """The bodies named before ``at`` other than only as someone's employer ("an analyst at Acme")
    or as the outlet someone spoke to ("told TechPulse")."""
    return [o for o in orgs if any(p < at and p not in o.employer_at | o.told_at for p in o.positions)]


def _business_or_group(org: Entity, tagged: set[int]) -> bool:
    """A business (``_business``), or a body whose name ends in a word a business shares with other
    bodies ("Harlow Cables Group"): what "the company" may mean, though "the organisation" may too."""
    words = org.name.lower().split()
    return _business(org, tagged) or (len(words) > 1 and words[-1] in COMPANY_OR_BODY_NAME_ENDS)


def _honorific_gender(name: Span) -> Gender:
    """The sex a title right before a name or at its start says ("Mrs. Roe", "Mr Roe")."""
    doc = name.doc
    words = [doc[name.start - 1].lower_] if name.start else []
    return _title_gender([*words, doc[name.start].lower_])


def _title_gender(words: Sequence[str]) -> Gender:
    """The sex the first title among words says ("mrs", "sir"), if any."""
    for word in words:
        low = word.lower().rstrip(".")
        if low in TITLE_WORDS and _word_gender(low) is not None:
            return _word_gender(low)
    return None


def _word_gender(word: str) -> Gender:
    """The sex a word says of a person ("he", "Mrs", "widow"; ``MALE_WORDS``, ``FEMALE_WORDS``)."""
    return "male" if word in MALE_WORDS else "female" if word in FEMALE_WORDS else None


def _words_after(text: str, at: int, most: int = 7) -> list[str]:
    """The words right after ``at``, each after white space only (no punctuation between)."""
    out: list[str] = []
    while len(out) < most:
        m = _WORD_AFTER.match(text, at)
        if m is None:
            break
        out.append(m.group(1).rstrip(".,"))  # (a name's last word before its stop)
        at = m.end()
    return out


def _last_before(entity: Entity, at: int) -> int:
    """Where the entity was last mentioned before ``at`` (-1: not before)."""
    return max((p for p in entity.positions if p < at), default=-1)


def _known_before(candidates: list[Entity], at: int) -> list[Entity]:
    """The candidates the article names before ``at``."""
    return [e for e in candidates if any(p < at for p in e.positions)]


_NEAR_FIRM = 400  # characters: a firm and its vessel, plant or product are named a sentence or two apart


def _nearest(candidates: list[Entity], at: int) -> Entity:
    """The candidate mentioned last before ``at``, else the first mentioned after it."""
    before = [(max((p for p in e.positions if p <= at), default=-1), e) for e in candidates]
    best = max(before, key=lambda pair: pair[0])
    if best[0] >= 0:
        return best[1]
    return min(candidates, key=lambda e: min(e.positions, default=1 << 60))


def _counted(word: str) -> bool:
    """A modifier that counts terms, years or times ("two-term", "43-year-old", "three-time"): it
    describes the holder of a role, it is no part of the role's name ("the two-term president")."""
    parts = word.split("-")
    return len(parts) > 1 and any(p.isdigit() or p in NUMBER_VALUES or p in ORDINALS for p in parts)


__all__ = ["Entity", "Registry", "entity_of", "strip_titles"]
