"""Resolve each quotation's speaker mention to the full name of the person or body that spoke.

The step after attribution: it builds the article's registry of people and organisations once,
walks the article's mentions once for salience (pronouns), and then looks each speaker mention up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.attribute.attribution import Attributed
from quotes.attribute.cues import record_noun, speech_verb, subject_of, verb_lemma
from quotes.attribute.discourse import DISCOURSE_RULES
from quotes.layout.paragraphs import Paragraph
from quotes.lexicons.first_names import given_name
from quotes.lexicons.grammar import NAME_SUFFIXES, NOT_NAME_WORDS, NOUN_MARKERS
from quotes.lexicons.people import (
    BODY_KIND_NOUNS,
    BODY_NAME_ENDS,
    BUSINESS_NAME_WORDS,
    CLUB_FIRST_WORDS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    FEMALE_WORDS,
    GENERIC_BODY_NOUNS,
    GOVERNED_PLACE_NOUNS,
    GROUP_NOUNS,
    HEARING_NOUNS,
    INSTITUTION_WORDS,
    INTERMEDIARY_NOUNS,
    KIN_GROUP_NOUNS,
    MALE_WORDS,
    MEDIA_NOUNS,
    NAME_GIVING_VERBS,
    NAMING_PARTICIPLES,
    PERSONAL_PRONOUNS,
    PLURAL_GROUP_NOUNS,
    ROLE_NOUNS,
    SELF_NAMING_VERBS,
    TITLE_WORDS,
    UNNAMED_SOURCE_NOUNS,
)
from quotes.lexicons.places import COUNTRY_NAMES, GOVERNMENT_SEATS
from quotes.lexicons.speech import (
    BODY_TEXT_NOUNS,
    DOCUMENT_NOUNS,
    LIGHT_SPEECH_VERBS,
    MEDIUM_PREPOSITIONS,
    NAMED_TEXT_NOUNS,
    POLL_NOUNS,
    TEXT_NOUNS,
)
from quotes.nlp.mentions import (
    Mention,
    body_noun,
    body_word,
    can_speak,
    group_of_people,
    hyphen_joins,
    initials_shaped,
    is_person_noun,
    mention_for,
    named_for_a_body,
    one_of_them,
    person_noun_word,
    proper_noun,
    set_off_after,
    their_group,
)
from quotes.records import SpeakerType
from quotes.speakers.names import (
    TitledName,
    appositive_names,
    bracketed_initials_names,
    capitalised_names,
    described_bodies,
    institution_names,
    name_end,
    nicknamed_names,
    shared_surname_names,
    titled_names,
)
from quotes.speakers.registry import (
    Entity,
    Registry,
    business_name,
    owned_by_person,
    party_name,
    person_shaped,
)
from quotes.speakers.salience import Salience

# How much a speaker found through a mention of each kind is trusted.
_MENTION_TRUST = {"name": 1.0, "org": 1.0, "role": 0.95, "pronoun": 0.9, "other": 0.85}
_UNRESOLVED_TRUST = {"role": 0.85, "pronoun": 0.6, "name": 0.9, "org": 0.9, "other": 0.8}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A quotation's speaker: the canonical name, the entity, how far the mention is trusted, and
    what it is (person, organisation, document, or anonymous: "a senior official", "sources")."""

    name: str
    entity: Entity | None
    trust: float
    type: SpeakerType = "person"


def resolve_speakers(
    doc: Doc, text: str, paragraphs: Sequence[Paragraph], attributed: Attributed
) -> list[Speaker | None]:
    """The speaker of each attributed quotation (None where it has no mention), in order."""
    resolve = speaker_resolver(doc, text, paragraphs, attributed)
    return [resolve(a.mention) if a.mention is not None else None for a in attributed.attributions]


def speaker_resolver(
    doc: Doc,
    text: str,
    paragraphs: Sequence[Paragraph],
    attributed: Attributed,
    headlines: Sequence[Paragraph] = (),
) -> Callable[[Mention], Speaker | None]:
    """A function from a speaker mention to its speaker, knowing the article's people and bodies
    and the salience of each; ``attributed`` gives the quotations' speakers, which weigh most.
    ``headlines``: paragraphs above the body, whose mentions no pronoun in the body looks back to."""
    registry = Registry.from_doc(doc)
    registry.article = text
    registry.add_initials(doc)
    for para in paragraphs:  # bodies the text alone names, before any run of capitals is taken for a person
        for name, initials, at in bracketed_initials_names(text, para.start, para.end):
            registry.add_initials_name(name, initials, at)  # "the Federal Mining Administration (FMA)"
        for name, kind, at in described_bodies(text, para.start, para.end):  # "the journal Marine Letters"
            registry.add_described_body(name, kind, at)
    for para in paragraphs:
        for found in titled_names(text, para.start, para.end):
            registry.add_titled(found)
        for found in appositive_names(text, para.start, para.end):
            registry.add_titled(found)
    # Then plain capitalised runs, so that a surname or a first name finds its full name.
    for para in paragraphs:
        for found in capitalised_names(text, para.start, para.end):
            registry.add_name(found)
        for found in nicknamed_names(text, para.start, para.end):  # 'Ernesto "Boyet" Lacson'
            registry.add_name(found)
        for found in shared_surname_names(text, para.start, para.end):  # "Hester and Maud Penrose"
            if not registry.is_surname(found.name[0]):  # not "Morgan and Bernie Roe": Morgan's own
                registry.add_name(found)
        for name, at in institution_names(text, para.start, para.end):
            registry.add_org_name(name, at, doc.char_span(at, at + len(name), alignment_mode="expand"))
    for para in paragraphs:  # "Councillor Roe", once "Jo Roe" is known: a role of hers
        for found in titled_names(text, para.start, para.end, surnames=True):
            registry.add_titled_surname(found)
    registry.add_offices_held(doc)  # "the inquiry, chaired by Jo Roe,": she is "the chair"
    registry.add_roles_taken(doc)  # "Jo Roe, who became chairman last year,": "the chairman"
    # A speaker named at a quotation by a name the tagger did not take for one ("Tripp said") is a
    # person all the same, so that "he" later can find them.
    for att in attributed.attributions:
        mention = att.mention
        if mention is not None and mention.kind == "name" and mention.entity is None:
            words = tuple(t.text for t in mention.span if proper_noun(t) and t.lower_ not in TITLE_WORDS)
            words = words[: name_end(words)]  # "Jo Roe MSP"
            if words and registry.entity_for_words(words) is None:
                # A speaker: a person even where the entity tagger made the name a place.
                registry.add_titled(TitledName(words, (), mention.span.start_char))
    # Speakers named at their quotation weigh most in salience; discourse rules only repeat them.
    discourse = {rule.name for rule in DISCOURSE_RULES}
    heads = [a.mention.head.i for a in attributed.attributions if a.mention and a.rule not in discourse]
    # and so do the sources of reported speech, named however the parse hung their names
    named = [r.attribution.mention for r in attributed.reported]
    sources = {m.head.i: m for m in named if m is not None}
    heads += list(sources)
    above = [(p.start, p.end) for p in headlines]
    salience = Salience(doc, registry, attributed.outside, heads, above, sources)
    return lambda mention: _speaker(mention, salience)


def _speaker(mention: Mention, salience: Salience) -> Speaker | None:
    pair = _two_people(mention, salience) if mention.kind != "pronoun" else None
    if pair is not None:  # "Jo Roe and Ivo Ng said …": both, however the parse joined them
        first, second = (_one_of_two(m, salience) for m in pair)
        if first is not None and second is not None and first.type == second.type == "person":
            return Speaker(f"{first.name} and {second.name}", None, min(first.trust, second.trust), "person")
    return _one_speaker(mention, salience)


def _one_speaker(mention: Mention, salience: Salience) -> Speaker | None:
    named = mention_for(mention.refers) if mention.refers is not None else mention
    text = _text_it_means(named) if named.kind == "pronoun" and named.head.lower_ == "it" else None
    if text is not None:  # "The letter says … It accuses …": the text before, over any body named in it
        return _one_speaker(mention_for(text), salience)
    author = _author(named)
    if author is not None:  # "“…,” the statement continued": whoever gave the statement above
        named = author
    if not can_speak(named):
        return None
    apposed = _body_named_in_apposition(named.head)
    if apposed is not None:  # "Roe's catering company, Saltmarsh Kitchens, said": the company by name
        body = _one_speaker(mention_for(apposed), salience)
        return Speaker(body.name, body.entity, body.trust, "organisation") if body is not None else None
    given = _name_given(named.head) if named.kind in {"role", "other"} else None
    entity = salience.entity_for(named)
    if entity is not None and _own_possessor(named, entity, salience):
        entity = None  # "She said her sister …": her sister is someone other than she
    if given is None and entity is not None and entity.kind == "role":
        given = _name_the_role_gave(entity, named.head.doc)  # "… she added": Moira again
    if given is not None:  # "said one woman, who gave her name only as Moira": Moira
        return Speaker(given, None, _MENTION_TRUST["name"], "person")
    trust = (_MENTION_TRUST if entity is not None else _UNRESOLVED_TRUST)[named.kind]
    collective = named.head.lower_ in COLLECTIVE_NOUNS and (entity is None or entity.kind != "person")
    # "her party": a body whose name the article does not give ("Roe's group, One Harbour," keeps it)
    unnamed_body = body_noun(named.head) and (entity is None or entity.kind == "role")
    # "her producer", "Roe's producer": a person's, a person too, where the noun may be either
    unnamed_body = unnamed_body and not (is_person_noun(named.head) and owned_by_person(named.head))
    if (collective or unnamed_body) and not _named_in_full(named, entity):
        owned = _owned(named, salience)
        if owned is not None:
            return Speaker(owned, None, _MENTION_TRUST["org"], "organisation")
    # "her aides", "his spokesman", whom no one names: "Jo Roe's aides" (not "a Roe aide")
    possessed = named.kind == "role" and any(c.dep_ == "poss" for c in named.head.children)
    if possessed and (entity is None or entity.kind == "role") and is_person_noun(named.head):
        owned = _owned(named, salience)
        if owned is not None:
            return Speaker(owned, entity, trust, speaker_type(named, entity))
    return Speaker(_canonical(named, entity), entity, trust, speaker_type(named, entity))


def _own_possessor(mention: Mention, entity: Entity, salience: Salience) -> bool:
    """Whether a role a pronoun owns ("her sister", "his lawyer") was resolved to the very person
    the pronoun means: no one is their own sister or lawyer."""
    if mention.kind != "role" or entity.kind != "person":
        return False
    owner = next((c for c in mention.head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return owner is not None and salience.entity_for(mention_for(owner)) is entity


def _body_named_in_apposition(head: Token) -> Token | None:
    """The name set off after a common noun for a body ("her company, Saltmarsh Kitchens,"), which
    names the body the noun describes; or None."""
    if not body_noun(head) or head.pos_ != "NOUN":
        return None
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i), None)
    earlier = name is not None and any(c.dep_ == "appos" for c in head.children if c.i < name.i)
    if name is None or name.ent_type_ == "PERSON" or earlier:
        return None  # "Outside court, the victim's aunt, Jo Roe, said": a person, set off after someone
    words = [t.text for t in mention_for(name).span if t.text[:1].isupper()]
    return None if len(words) >= 2 and given_name(words[0]) else name


def _name_the_role_gave(entity: Entity, doc: Doc) -> str | None:
    """The name someone known by a role gave where the article met them ("a mother of four who
    gave only her first name, Amina"), remembered on the entity; or None."""
    if entity.given is None:
        for at in entity.positions:
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            word = span.root if span is not None else None
            while word is not None and word.dep_ in {"det", "amod", "compound", "nummod", "poss"}:
                word = word.head  # ("A" of "A mother of four": the noun it opens)
            given = _name_given(word) if word is not None else None
            if given is not None:
                entity.given = given
                break
        else:
            entity.given = ""
    return entity.given or None


def _name_given(head: Token) -> str | None:
    """The name an unnamed speaker gave, as the clause on their noun says ("a woman who gave her
    name only as Moira", "a man who would give only his first name, Tariq", "a resident identified
    only as Jo Pell"), or None. (A "who" clause the parse hung on a place after the noun is the
    noun's: "a nurse in Leeds, who gave only her first name, Maria,".)"""
    hung = [
        c
        for p in head.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
        for c in o.children
        if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
    ]
    for clause in [*head.children, *hung]:
        if clause.dep_ not in {"relcl", "acl"}:
            continue
        if clause.lemma_.lower() in NAME_GIVING_VERBS:
            name = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "name"), None)
            places = [clause, name] if name is not None else []
        else:
            # "identified only as Jo", "who identified himself only as Jo", "who asked to be
            # identified only by her first name, Jo"
            naming = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
            places = [
                v for v in naming if v.lemma_.lower() in SELF_NAMING_VERBS or v.lower_ in NAMING_PARTICIPLES
            ]
        for place in places:
            for c in place.children:
                if c.dep_ in {"prep", "agent"} and c.lower_ in {"as", "by"}:
                    c = next((o for o in c.children if o.dep_ == "pobj"), c)
                    if c.lemma_.lower() == "name":  # "by her first name, Jo"
                        c = next((o for o in c.children if o.dep_ == "appos"), c)
                elif c.dep_ != "appos":
                    continue
                words = [t for t in c.subtree if proper_noun(t) or t.pos_ == "PROPN"]
                if c.pos_ == "PROPN" and words and words[-1].i == c.i:
                    # as written, spaces and all: "Abu Hamza al-Rifai", not "al - Rifai"
                    return c.doc[words[0].i : c.i + 1].text
    return None


def _two_people(mention: Mention, salience: Salience) -> tuple[Mention, Mention] | None:
    """Two people joined by "and" where one speaker is found ("Jo Roe and Ivo Ng said", "…, said
    Jo Roe and Ivo Ng", "Roe and Ng said" after both were named): a name each, each opening with
    a given name or naming a person the article knows by a fuller name, so that a firm's ("Marks
    and Spencer", "Roe and Ng Partners") stays one."""
    doc = mention.head.doc
    span = mention.span
    joint = next((t for t in span if t.lower_ == "and" and t.i > span.start), None)
    start, end = span.start, span.end
    if joint is None and end < len(doc) and doc[end].lower_ == "and":
        joint = doc[end]  # "said Jo Roe and Ivo Ng": the mention stops at the first
        end = joint.i + 1
        while end < len(doc) and (_name_word(doc[end]) or _hyphen_in_name(doc, end)):
            end += 1
    elif joint is None and start >= 2 and doc[start - 1].lower_ == "and":
        joint = doc[start - 1]  # "Jo Roe-Ng and Ivo Ng-Roe said", the parse taking the second
        start = joint.i
        while start > 0 and (_name_word(doc[start - 1]) or _hyphen_in_name(doc, start - 1)):
            start -= 1
    if joint is None:
        return None
    sides = (doc[start : joint.i], doc[joint.i + 1 : end])
    for side in sides:
        words = [t for t in side if t.lower_ not in TITLE_WORDS and not _hyphen_in_name(doc, t.i)]
        whole = 1 <= len(words) <= 3 and all(proper_noun(t) and t.text[:1].isupper() for t in words)
        if not whole:
            return None
        last = words[-1].lower_
        if last in BODY_NAME_ENDS or last in BUSINESS_NAME_WORDS or last in INSTITUTION_WORDS:
            return None  # "… and Jo Ng Partners": a firm named after someone
    pair = tuple(Mention(side, side[-1], "name", _person_in(side)) for side in sides)
    if not all(_a_persons_name(m, salience) for m in pair):
        return None
    return pair[0], pair[1]


def _name_word(token: Token) -> bool:
    return proper_noun(token) and token.text[:1].isupper()


def _hyphen_in_name(doc: Doc, i: int) -> bool:
    """A hyphen joining two capitalised words of a name with no space: "Asante-Brandvold"."""
    if not hyphen_joins(doc, i) or i + 1 >= len(doc):
        return False
    return doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


def _one_of_two(mention: Mention, salience: Salience) -> Speaker | None:
    """The speaker one side of a pair names: the person the article knows by that name (the pair's
    own entity, "Roe and Ng" tagged as one, is neither), else as any mention resolves."""
    entity = _known_person(mention, salience)
    if entity is not None:
        return Speaker(_canonical(mention, entity), entity, _MENTION_TRUST["name"], "person")
    return _one_speaker(mention, salience)


def _known_person(mention: Mention, salience: Salience) -> Entity | None:
    """The person the article names in full whom a name (a surname, a full name) means, if any;
    the registry is only looked in, nothing is added to it."""
    # (words as written, a hyphened surname whole: "Asante-Brandvold")
    words = [w for w in mention.span.text.split() if w.lower().rstrip(".") not in TITLE_WORDS]
    entity = salience.registry.entity_for_words(words) if words else None
    full = entity is not None and entity.kind == "person" and any(len(n.split()) >= 2 for n in entity.names)
    return entity if full else None


def _a_persons_name(mention: Mention, salience: Salience) -> bool:
    """Whether one side of a pair names a person: in full with a given name first ("Jo Roe"), or by
    a name of a person the article names in full ("Roe", or "Tamsin Roe" tagged a person, after
    "Tamsin Roe" was met), not a business named after someone."""
    words = [t for t in mention.span if t.lower_ not in TITLE_WORDS]
    if any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} for t in words):
        return False  # "East Jerusalem and Mr. Netanyahu": a place, however its first word reads
    return (len(words) >= 2 and given_name(words[0].text)) or _known_person(mention, salience) is not None


def _person_in(side: Span) -> Span | None:
    """The person entity inside a side of a pair, if the recogniser found one (as ``side.ents``
    would give it, without a Span made for every entity of the Doc)."""
    doc = side.doc
    for token in side:
        if token.ent_iob_ != "B" or token.ent_type_ != "PERSON":
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= side.end:
            return Span(doc, token.i, end, label="PERSON")
    return None


def _named_in_full(mention: Mention, entity: Entity | None) -> bool:
    """A body's short name whose full name the article gave: "the sheriff's office" after "the Pine
    County Sheriff's Office" (its owner's office is that body, not "Dana Roe's office")."""
    if entity is None or entity.kind != "org":
        return False
    words = [t.lower_ for t in mention.span if t.pos_ != "DET" and t.lower_ not in {"'s", "’s", "'", "’"}]
    full = [w.lower() for w in re.findall(r"\w+", entity.name) if w.lower() != "s"]
    if len(words) < 2 or len(full) <= len(words):
        return False  # (the short name itself, "Roe's campaign", is no fuller name)
    return any(full[k : k + len(words)] == words for k in range(len(full)))


def _text_it_means(pronoun: Mention) -> Token | None:
    """The text "it" means when it speaks right after a sentence whose subject is a text ("The
    letter says … It accuses the service of …"), and no body was found for it."""
    doc = pronoun.head.doc
    start = pronoun.head.sent.start
    if start == 0:
        return None
    before = doc[start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in TEXT_NOUNS:
        return None
    return subject


AUTHOR_REACH = 300  # tokens looked back for the text a "the statement" speaker refers to


def _author(mention: Mention) -> Mention | None:
    """Who gave the text a definite text noun speaks for ("the statement", "the letter"), when the
    article said so just before: "X said in a statement", "X issued a letter", "X's statement",
    "a statement from X".
    The nearest earlier mention of that text decides; None when it names no one who can speak."""
    head = mention.head
    lemma = head.lemma_.lower()
    if mention.kind != "other" or head.pos_ != "NOUN" or lemma not in TEXT_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children):
        return None  # "a statement said": some text, not one named before
    doc = head.doc
    for token in reversed(doc[max(head.i - AUTHOR_REACH, 0) : head.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None and token.tag_ == "NN" and not any(c.dep_ == "det" for c in token.children):
            return None  # "Giving evidence, Roe …": a bare singular is matter given, not one text
        by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
        if owner is None and by is not None:  # "a statement from the ministry", "a letter by Roe"
            owner = next((c for c in by.children if c.dep_ == "pobj"), None)
        if owner is None and token.dep_ == "pobj" and token.head.lower_ in MEDIUM_PREPOSITIONS:
            verb = token.head.head  # "said in a statement"
            owner = subject_of(verb) if speech_verb(verb) is not None else _subject_set_off_before(token.head)
        elif owner is None and token.dep_ == "dobj" and verb_lemma(token.head) in LIGHT_SPEECH_VERBS:
            # "issued a statement" (not "had read the review": one who read it did not give it)
            owner = None if _read_to_oneself(token) else subject_of(token.head)
        if owner is None:
            return None
        found = mention_for(owner)
        text = found.head.lemma_.lower() in TEXT_NOUNS  # a text again: no one named
        return found if can_speak(found) and not text else None
    return None


def _subject_set_off_before(prep: Token) -> Token | None:
    """The subject right before a phrase set off by commas that names the text it acts through
    ("The Pilots Guild, in a letter sent on Monday, asked …"), whatever verb the parse found for
    it; or None."""
    doc = prep.doc
    if prep.i < 2 or doc[prep.i - 1].text != ",":
        return None
    subject = doc[prep.i - 2]
    if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.head.i != prep.head.i:
        return None
    return subject if subject.pos_ in {"NOUN", "PROPN"} else None


def _read_to_oneself(text: Token) -> bool:
    """A text its reader did not give: "had read the review" (one that exists), not "read a statement"
    or "read out the statement" (given aloud)."""
    verb = text.head
    if verb_lemma(verb) != "read" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    return not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in text.children)


def speaker_type(mention: Mention, entity: Entity | None) -> SpeakerType:
    """What kind of source a speaker is: a ``person`` or an ``organisation`` the article names, a
    ``document`` ("the report", "a poll"), or ``anonymous`` ("a senior official", "sources", "they")."""
    head = mention.head
    low = head.lemma_.lower()
    # "Poll shows …", "Report finds …", "Poll: …": a headline's bare noun, capitalised, with its
    # verb in the present or a colon (not "Law said …", a surname)
    colon = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ":"  # "Poll: Roe leads"
    alone = len(mention.span) == 1 and entity is None and head.is_sent_start
    alone = alone and (head.head.tag_ == "VBZ" or colon)
    if alone and (low in TEXT_NOUNS or head.lower_ in DOCUMENT_NOUNS):
        return "document"
    named_text = mention.span[-1].lower_ if mention.kind in {"name", "org"} else ""
    titled = mention.span[-1].text[:1].isupper() and len(mention.span) > 1
    if named_text in NAMED_TEXT_NOUNS and titled:
        return "document"  # "the Harlow Review", "the Waiting Well Report": a text by its name
    if mention.kind in {"name", "org"} and _a_country(entity):
        return "organisation"  # "China said …", "Papua New Guinea said …": its government
    if mention.kind in {"name", "org"} and _after_body_noun(mention):
        return "organisation"  # "campaign group Rede Mata Viva", "Carmaker Vossberg Automobilwerke"
    ent = mention.entity
    named_as = ent is not None and ent.label_ == "ORG" and ent.start > mention.head.i
    if mention.kind == "org" and named_as and body_noun(mention.head):
        return "organisation"  # "a charity named Sea Aid", "a group called …": a body by the name it goes by
    if mention.kind in {"name", "org"} and (_pollster(mention) or _body_text_author(mention, entity)):
        return "organisation"  # "A Marlowe Insights poll found …", "a survey by Hartwell Strategies"
    if entity is not None and entity.kind == "org" and entity.roles & BODY_KIND_NOUNS:
        return "organisation"  # named after its kind where the article met it: "the charity Harbour Aid"
    known = entity is not None and entity.kind == "person" and len(entity.name.split()) > 1  # ("Peters")
    if mention.kind == "name" and not known and _plural_read_as_name(mention):
        return "anonymous"  # "Teachers said …" opening a paragraph, tagged a plural name
    if entity is not None and entity.kind == "person" and head.is_upper and head.lower_ in entity.roles:
        return "person"  # "the DA said": an office by its initials, held by the person named with it
    initials = len(mention.span) == 1 and head.is_upper and head.is_alpha  # "RMRCL said", its name known
    initials = initials or (entity is not None and entity.name.isupper() and " " not in entity.name)
    if entity is not None and entity.kind == "org" and initials:
        return "organisation"  # "According to GMRCL": a body's initials
    if mention.kind == "name" and _set_off_as_body(mention):
        return "organisation"  # "Harbour Watch, a coalition of fishing groups,", however tagged
    if mention.kind == "name" and _one_word_compiler(mention, entity):
        return "organisation"  # "according to data compiled by Harrowline": who compiles figures
    if mention.kind == "name" and mention.span[-1].tag_ == "POS" and head.dep_ in {"nsubj", "nsubjpass"}:
        return "organisation"  # "Moody's said …": a firm named with a possessive, owning nothing
    if mention.kind == "name":
        untagged = mention.entity is None or mention.entity.label_ != "PERSON"
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if untagged and the and head.lower_ in INSTITUTION_WORDS:
            return "organisation"  # "the Harbour Trust said" ("Margaret Court said" is a person)
        if untagged and the and head.tag_ == "NNP" and not _titled(mention):
            return "organisation"  # "the Courier reported": no person's name takes "the"
        named = entity.name if entity else _name_words(mention)
        if untagged and not _titled(mention) and (_body_shaped(named) or _described_by_which(head, named)):
            return "organisation"  # "the NHS said", "Amnesty International said", "Unison, which …"
        if business_name(named.split()) and not _titled(mention):
            return "organisation"  # "Driftline Records", however the tagger typed it
        short = entity is not None and entity.kind == "org" and not _titled(mention)
        if short and len(named.split()) > len(_name_words(mention).split()):
            return "organisation"  # "Korvath said" after "Korvath Capital Group": a body by its short name
        if short and " " not in named and (mention.entity is None or mention.entity.label_ == "PERSON"):
            return "organisation"  # "Brevix", a word the tagger took for a name, that the article calls "it"
        return "person"  # a person's name, whatever the entity tagger made of the rest
    apposed = mention.entity is not None and named_for_a_body(mention.entity)
    if entity is not None and entity.kind == "org" and apposed:
        return "organisation"  # "the newspaper Corriere della Kelby": named as a body, however it reads
    if entity is not None and entity.name and entity.kind in {"person", "org"}:
        # a body typed by its tagger, named like a person only from a given name ("Ilse Brandt", not
        # "Marlow Finch", nor a party: "Liberal Democrats")
        shaped = person_shaped(entity.name) and not party_name(entity.name.lower())
        shaped = shaped and (entity.kind == "person" or any(given_name(w) for w in entity.name.split()[:-1]))
        return "person" if entity.kind == "person" or shaped else "organisation"
    if low in TEXT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
        return "document"
    if mention.kind == "name" or (mention.kind == "other" and proper_noun(head)):
        return "person"
    if mention.kind == "org":
        return "organisation"
    if mention.kind == "pronoun":
        if entity is not None and entity.kind == "role" and entity.unnamed:
            return "anonymous"  # "A spokeswoman said … she added": as unnamed as when first met
        one = PERSONAL_PRONOUNS.get(head.lower_) in {"male", "female"} or head.lower_ == "i"
        return "person" if one else "anonymous"
    if head.tag_ == "NNS" and low in COLLECTIVE_NOUNS and low not in INSTITUTION_WORDS:
        return "anonymous"  # "Families said …": people, not a family speaking as one
    if group_of_people(head) and not _of_bodies(head):
        return "anonymous"  # "a group of former drivers said …": people, unnamed, not a body
    if low in KIN_GROUP_NOUNS:
        return "anonymous"  # "his family said …": people, unnamed
    bare = not any(c.dep_ in {"det", "poss"} for c in head.children)
    if bare and mention.kind == "role" and head.lower_ in PLURAL_GROUP_NOUNS:
        return "anonymous"  # "staff at the hospital said …": people, not a staff speaking as one
    if low in INSTITUTION_WORDS or low in COLLECTIVE_NOUNS or head.lower_ in INSTITUTION_WORDS:
        return "organisation"  # "the ministry", "police", "the campaign"
    if low in HEARING_NOUNS:
        return "organisation"  # "The inquest heard …": the hearing, as a court
    if low in COMPANY_NOUNS and head.tag_ == "NN" and not owned_by_person(head):
        # "the network operator said", "the lender": a firm, however role-like (not "her producer")
        return "organisation"
    if low in MEDIA_NOUNS or head.lower_ in MEDIA_NOUNS:  # ("media", its lemma "medium")
        return "organisation"  # "state television reported", "the paper said", "local radio"
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if the and head.tag_ == "NN" and low in GOVERNED_PLACE_NOUNS:
        return "organisation"  # "the state has threatened …", "the county expects …": its government
    if low in UNNAMED_SOURCE_NOUNS:
        return "anonymous"  # "the source said": no more named than "a source"
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in head.children)
    # (of a word split at its hyphen, the first part holds them: "The co-chair", "the firm's vice-president")
    doc, first = head.doc, mention.span[0]
    glued = head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_
    definite = definite or (glued and (first.lower_ == "the" or first.dep_ == "poss"))
    # (a headline drops the article: "Taoiseach defends …", "Mayor says …"; not "Spokesman says …",
    # someone speaking for another, unnamed)
    definite = definite or _headline_role(mention)
    if entity is not None and entity.kind == "role" and entity.unnamed:
        return "anonymous"  # "A police officer said … “…,” the officer said": as unnamed as when first met
    if definite and head.tag_ not in {"NNS", "NNPS"} and is_person_noun(head):
        return "person"  # "the mayor", "its spokesman": one person, named by office
    return "anonymous"  # "a senior official", "officials", "sources close to the talks"


def _set_off_as_body(mention: Mention) -> bool:
    """A name set off before a noun for a body ("Harbour Watch, a coalition of fishing groups,",
    "Acme, the airline,"): a body's name, not a person's."""
    head = mention.head
    doc = head.doc
    if given_name(mention.span[0].text):
        return False  # "Bob Mason, a retired letter carrier": a person's name
    # right after the name and its comma (not "Jo Roe of Acme, a consulting company", Acme's)
    described = [
        c for c in head.children
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.i == mention.span.end + 1
        and doc[mention.span.end].text == ","
    ]  # fmt: skip
    return any(
        c.lemma_.lower() in BODY_KIND_NOUNS and not is_person_noun(c) and not c.text[:1].isupper()
        for c in described
    )


def _a_country(entity: Entity | None) -> bool:
    """A body the registry knows by a country's name or its seat of government ("Beijing", "the
    Kremlin"; it gives a person the article names so, "Ali Jordan", no such body)."""
    name = entity.name.lower() if entity is not None and entity.kind == "org" else ""
    return name in COUNTRY_NAMES or name in GOVERNMENT_SEATS


def _after_body_noun(mention: Mention) -> bool:
    """A name right after the common noun that says it is a body, inside the mention: "campaign
    group Rede Mata Viva", "Carmaker Vossberg Automobilwerke" (capitalised opening a sentence)."""
    head = mention.head
    names = [t for t in mention.span if t.i <= head.i and t.text[:1].isupper() and not t.is_sent_start]
    if not names:
        return False
    before = names[0].i - 1
    if before < mention.span.start or names[0].lower_ in TITLE_WORDS or is_person_noun(names[0]):
        return False  # "Board Chair Jo Roe", "Union Minister Jo Roe": a title, the body's office
    noun = head.doc[before]
    lower = noun.text.islower() or (noun.is_sent_start and noun.text[1:].islower())
    return lower and noun.lemma_.lower() in BODY_KIND_NOUNS and noun.pos_ in {"NOUN", "PROPN"}


def _pollster(mention: Mention) -> bool:
    """A name that runs a poll or a survey ("a Marlowe Insights poll", "a survey by Hartwell
    Strategies"): a polling firm, unless a given name opens it ("a poll by Jo Roe")."""
    head = mention.head
    words = [t for t in mention.span if t.text[:1].isupper()]
    if not words or given_name(words[0].text):
        return False
    above = head.head
    if head.dep_ == "pobj" and above.lower_ == "by":
        above = above.head
    elif head.dep_ not in {"compound", "nmod", "poss"}:
        return False
    return above.lemma_.lower() in POLL_NOUNS and above.pos_ == "NOUN"


def _of_bodies(head: Token) -> bool:
    """A group made of bodies ("a coalition of 40 groups", "an alliance of unions"): a body itself."""
    members = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
    return any(body_noun(m) or m.lemma_.lower() in GROUP_NOUNS for m in members if m.dep_ == "pobj")


def _body_text_author(mention: Mention, entity: Entity | None) -> bool:
    """A name written before a text a body issues ("an Audit Wessex report", "an internal Velmar
    review"): the body that wrote it; not a person's ("Roe's research", "the IG report" of the
    inspector general named before)."""
    head = mention.head
    words = [t for t in mention.span if t.text[:1].isupper()]
    if not words or given_name(words[0].text) or (entity is not None and entity.kind == "person"):
        return False
    above = head.head
    return head.dep_ in {"compound", "nmod"} and above.lower_ in BODY_TEXT_NOUNS and above.pos_ == "NOUN"


def _plural_read_as_name(mention: Mention) -> bool:
    """A plural noun for people or bodies opening a sentence, which the tagger read as a name after
    a headline with no full stop ("Teachers said …", "Charities said …", "Staff said …"): unnamed
    people."""
    head = mention.head
    if len(mention.span) != 1 or head.tag_ not in {"NNPS", "NNP"} or head.ent_type_ or not head.is_sent_start:
        return False
    low = head.lower_
    if low in PLURAL_GROUP_NOUNS:
        return True  # "Staff", "Police"
    one = low.removesuffix("es") if low.endswith("ies") else low.removesuffix("s")
    one = one[:-1] + "y" if low.endswith("ies") else one  # "charities": "charity"
    if one == low:
        return False
    if head.tag_ == "NNPS" and person_noun_word(one):
        return True  # "Firefighters", tagged a plural name
    # (a listed word only, when tagged a name: not "Peters", "Rogers", surnames that end so)
    return one in ROLE_NOUNS or one in GENERIC_BODY_NOUNS or one in INSTITUTION_WORDS or one in COMPANY_NOUNS


def _headline_role(mention: Mention) -> bool:
    """A role opening a headline with no article, as headlines write them ("Harbour master defends
    …"): one office holder, as "the harbour master" is; not "Spokesman says …" (someone speaking
    for another), nor a count ("One member …")."""
    head, span = mention.head, mention.span
    if not span[0].is_sent_start or head.lemma_.lower() in INTERMEDIARY_NOUNS:
        return False
    if any(c.dep_ in {"det", "nummod", "poss", "quantmod"} for c in head.children):
        return False
    last = next((t for t in reversed(head.sent) if not t.is_space), None)
    return last is not None and last.text not in {".", "!", "?"}  # (a headline has no full stop)


def _described_by_which(head: Token, name: str) -> bool:
    """A name a relative clause with "which" describes ("Unison, which represents nurses, said"),
    or an apposition that calls it a body ("Brackwell Midstream, the company behind the line,
    says", "Pennine Trams, the operator,"): a thing or a body, never a person ("who", "the man
    behind …", "Dana Roe, the developer,", a given name first)."""
    clauses = (c for c in head.children if c.dep_ == "relcl")
    if any(w.lower_ == "which" and w.dep_ in {"nsubj", "nsubjpass"} for c in clauses for w in c.children):
        return True
    words = name.split()
    if not words or given_name(words[0]):
        return False
    return any(c.dep_ == "appos" and set_off_after(c, head.i + 1) and body_word(c) for c in head.children)


def _initials(word: str) -> bool:
    """A body's initials ("NHS", "FBI"), not a person's ("J.", "III") nor a name in capitals ("OBAMA")."""
    return initials_shaped(word) and word.isupper() and len(word) <= 4 and word.lower() not in NAME_SUFFIXES


def _name_words(mention: Mention) -> str:
    """The capitalised words of a name mention after any owner ("Channel 9's Jo Roe" → "Jo Roe")."""
    words = list(mention.span)
    owner = max((k for k, t in enumerate(words) if t.tag_ == "POS"), default=-1)
    return " ".join(t.text for t in words[owner + 1 :] if proper_noun(t))


def _one_word_compiler(mention: Mention, entity: Entity | None) -> bool:
    """A name of one word, no given name and known by no fuller one, that records come from ("data
    compiled by Harrowline", "figures from Harrowline"): a body that compiles them."""
    head = mention.head
    if len(mention.span) != 1 or given_name(head.text) or (entity is not None and " " in entity.name):
        return False
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in {"by", "from"}:
        return False
    record = prep.head.head if prep.head.dep_ == "acl" and prep.head.tag_ == "VBN" else prep.head
    return record_noun(record)


def _titled(mention: Mention) -> bool:
    """A name with a title before it ("Mr Roe", "Senator Roe"): a person's. Not a title word after a
    given name ("Forest Justice Network"): a word of the name."""
    for t in mention.span[:-1]:  # (a title comes before a name: not "Washington DC")
        if t.lower_.rstrip(".") in TITLE_WORDS:
            return True
        if given_name(t.text):
            return False
    return False


def _body_shaped(name: str) -> bool:
    """A name no entity tagger typed a person's that reads as a body's: initials ("NHS", not "J."),
    a function word inside ("Surgeons Without Frontiers", not "Ines de Varga"), or a last word of a
    body or a business ("Amnesty International", "Meridian Holdings"). One word alone may be either
    ("Greenpeace", "Roe"): a person's, as before."""
    words = [w for w in name.replace("’", "'").removesuffix("'s").split() if w.lower() not in NOUN_MARKERS]
    if not words:
        return False
    if any(_initials(w) for w in words) and (len(words) == 1 or not all(w.isupper() for w in words)):
        return True  # (not a name all in capitals: "JO ROE")
    if len(words) == 1:
        return False
    if words[0].lower() in CLUB_FIRST_WORDS:
        return True  # "Sporting Halvern", "Real Cordova": a club
    last = words[-1].lower().rstrip(".")
    body_end = last in BODY_NAME_ENDS or last in BUSINESS_NAME_WORDS or last in INSTITUTION_WORDS
    if given_name(words[0]):
        # ("Maren Day", "Mary Beth Hall": a given name first; but "Forest Justice Network", where a
        # word between is no given name, is a body named after a thing, not a person's full name)
        return body_end and len(words) >= 3 and not all(given_name(w) for w in words[1:-1])
    inner = any(w.lower() in NOT_NAME_WORDS for w in words[1:-1])
    return inner or body_end


def _owned(mention: Mention, salience: Salience) -> str | None:
    """A group named by whose it is: "her campaign" → "Jane Roe's campaign", "the Roe campaign"
    → "Jane Roe's campaign", with the owner's full name."""
    head = mention.head
    if head.text[:1].isupper() and head.i > mention.span.start:
        return None  # "the Information Commissioner's Office", "Children's Society": a body's name
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"), None)
    if owner is None:
        return None
    owning = mention_for(owner)
    # ("Jo Roe, whose campaign alleged …": the one the relative clause is on)
    relative = owning.kind == "pronoun" and owning.refers is not None and owner.lower_ == "whose"
    who = salience.entity_for(mention_for(owning.refers) if relative else owning)
    if who is None and owning.kind == "pronoun":
        later = _subject_after_opening(owner)
        who = salience.entity_for(mention_for(later)) if later is not None else None
    body = who is not None and who.kind == "org" and not (who.place or who.plural)
    body = body and owning.kind in {"pronoun", "org"}
    kinds = {"person", "org"} if body else {"person"}  # ("its lawyer": the body's, by its name)
    if who is None or who.kind not in kinds or len(who.name.split()) < 2:
        return None  # no fuller name than the mention gives: keep it as written
    said = _gender_said(owning)
    if said is not None and (who.name_gender or who.gender) not in {None, said}:
        return None  # "her husband" is no man's husband, "Mrs. Roe's aides" no Mr. Roe's
    rest = [t for t in mention.span if t.i > owner.i and t.dep_ != "case" and t.i <= head.i]
    rest = rest[1:] if rest and rest[0].text in {"'", "’"} else rest  # "Peters’ aides"
    return f"{who.name}'s " + "".join(t.text_with_ws for t in rest).strip()


def _subject_after_opening(pronoun: Token) -> Token | None:
    """Whom a possessive in a phrase opening the sentence means when no one is named before it:
    the subject of the sentence after it ("According to her lawyer, Roe will plead not guilty")."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < pronoun.i or subject.pos_ != "PROPN":
        return None
    opening = next((c for c in root.children if c.i < subject.i and pronoun in c.subtree), None)
    return subject if opening is not None and opening.dep_ in {"prep", "advcl", "npadvmod"} else None


def _gender_said(mention: Mention) -> str | None:
    """The gender a mention states by its first word: a pronoun ("her") or an honorific ("Mrs.
    Roe")."""
    first = mention.span[0].lower_
    if first in MALE_WORDS:
        return "male"
    return "female" if first in FEMALE_WORDS else None


def as_written(mention: Mention) -> Speaker:
    """The speaker a mention names as written, for a share of people or a text that names no one
    else ("About four in ten said …", "a council timeline"); "one of the residents" for a "One"
    after people were named."""
    return Speaker(_one_of(mention) or mention.text, None, 0.8, speaker_type(mention, None))


def _one_of(mention: Mention) -> str | None:
    """ "one of the residents" for "One" said right after residents were named, as a name."""
    if len(mention.span) != 1:
        return None
    paired = _one_before(mention.head) if mention.head.lower_ == "another" else None
    if paired is not None:  # "One nurse told the union … Another said …": another nurse
        return f"another {paired.lower_}"
    if not one_of_them(mention.head):
        return None
    group = their_group(mention.head)
    return f"{mention.head.lower_} of the {group.lower_}" if group is not None else None


def _one_before(head: Token) -> Token | None:
    """The person noun of a "one nurse" shortly before "another" (the sentence before, or earlier in
    this one), which "another" answers."""
    doc = head.doc
    start = doc[head.sent.start - 1].sent.start if head.sent.start else 0
    for k in range(head.i - 1, start - 1, -1):
        word = doc[k]
        noun = word.head
        if word.lower_ == "one" and word.dep_ == "nummod" and noun.tag_ == "NN" and is_person_noun(noun):
            return noun
    return None


def _canonical(mention: Mention, entity: Entity | None) -> str:
    one_of = _one_of(mention)
    if one_of is not None and (entity is None or entity.kind == "role"):
        name = one_of  # "Residents were glad. One said …"
    elif entity is not None and entity.name:
        name = entity.name
    else:
        words = list(mention.span)
        while words and words[0].lower_ in NOUN_MARKERS and words[0].i != mention.head.i:
            words.pop(0)  # "the mayor" → "mayor", but "two of the teachers" keeps its "the"
        described = mention.span[0].lower_ in {"a", "an"} and mention.head.tag_ == "NNP"
        if described and mention.kind == "name" and not mention.head.text.isupper():
            # "a visibly emotional Roe": the name, not how the writer saw her (not "a super PAC")
            while len(words) > 1 and words[0].is_lower and words[0].pos_ in {"ADJ", "ADV"}:
                words.pop(0)
        name = "".join(t.text_with_ws for t in words).strip() or mention.text
    # "LENA ORTIZ" → "Lena Ortiz" (a transcript's capitals), but a body's initials stay ("RCMP")
    person = entity is not None and entity.kind == "person"
    # (a person's, or a given name first: not "ISLAND NEWS", "BFM TV", "GMRCL")
    shouted = name.isupper() and len(name) > 3 and name.replace(" ", "").isalpha()
    several = " " in name and given_name(name.split()[0])  # "JAKE TAPPER", however typed
    return name.title() if shouted and (person or several) else name
