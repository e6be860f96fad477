"""Resolve pronouns to the most salient earlier person, walking the article in order.

Every mention of a person or organisation outside quotations is an event with a weight: a speaker of
a quotation or a source of reported speech weighs most, then the subject of a main clause, then any
subject, then any other mention; a mention in the headline weighs nothing (the body names its people
again, and its pronouns follow the body).
A pronoun goes to the candidate with the best weight less a penalty for distance, among those whose
gender and number agree; a person whose gender is known to agree is preferred to one whose
gender is unknown. A person merely mentioned inside a subordinate clause ("if Y launched a
campaign, he would be attacked") therefore does not outrank the minister who has been speaking.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_IOB, HEAD, IS_SPACE, SENT_START, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.attribute.cues import speech_verb, verb_lemma
from quotes.lexicons.grammar import CONDITION_WORDS, QUESTION_WORDS
from quotes.lexicons.people import (
    INTERMEDIARY_NOUNS,
    INTERMEDIARY_PREPOSITIONS,
    PAST_ROLE_WORDS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
)
from quotes.lexicons.speech import (
    ANONYMITY_NOUNS,
    ASKING_VERBS,
    COGNITION_VERBS,
    NAMED_PARTICIPLES,
    REPLY_VERBS,
)
from quotes.nlp.entities import untagged
from quotes.nlp.mentions import (
    AGE,
    SUBJECTS,
    Mention,
    age_phrase,
    body_noun,
    common_noun,
    entity_of,
    has_subject,
    is_person_noun,
    mention_for,
    nationality_epithet,
    person_in_apposition,
    proper_noun,
    set_off_as_person,
    verb_read_as_noun,
)
from quotes.speakers.names import TitledName
from quotes.speakers.registry import Entity, Registry

_ENT_BEGIN = 3  # ``Token.ent_iob`` of an entity's first token
_SUBJECT_IDS = numpy.array(sorted(get_string_id(d) for d in SUBJECTS), dtype=numpy.uint64)
_POSS_ID = get_string_id("poss")
_ROOT_ID = get_string_id("ROOT")
_NNP_ID = get_string_id("NNP")
_COMPOUND_ID = get_string_id("compound")
_CONJ_ID = get_string_id("conj")
_WINDOW_SENTENCES = 8
_SPEAKER_WEIGHT = 3.0
_MAIN_SUBJECT_WEIGHT = 3.0
_SUBJECT_WEIGHT = 1.0
_DISTANCE_PENALTY = 0.6
_KNOWN_GENDER = 0.5  # "she" prefers a person known to be a woman to one whose gender is unknown
_OTHER_NAME = 3.5  # and one whose given name is not a man's ("Maria" to "John"), unless nobody else agrees;
# more than a subject's weight over a name after a preposition ("Jo Roe, beside Ada Marsh, … she said")
_JOINED = 0.25  # a subject's conjunct weighs a little less than the subject: "he" after "Roe and Ng …" is Roe
_PLURAL = 0.5  # "they" prefers people named in the plural to a body, which may be "it"
_UNSURE_ROLE = 1.0  # and a named person to a noun that is perhaps not one ("the management")
_ASKED = 3.5  # who answers is the one just asked, over who asked (a speaker's weight, and a little more)


@dataclass(slots=True)
class _Event:
    sentence: int
    token: int
    entity: Entity
    weight: float


def _speaks(verb: Token) -> bool:
    """A verb of saying (not of thinking or wanting), not in a condition: its subject is speaking
    ("with Roe telling reporters …"; not "if Roe called a strike")."""
    if verb.pos_ != "VERB" or speech_verb(verb) is None or verb.lemma_.lower() in COGNITION_VERBS:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in verb.children)


def _reported(verb: Token) -> bool:
    """A verb inside what someone else says ("Roe said the witness had called him"): its subject
    is talked about, and speaks only in another's report of it."""
    return verb.dep_ == "ccomp" and speech_verb(verb.head) is not None


def _anchored_to_pronoun(noun: Token) -> bool:
    """A noun named by its relation to someone a pronoun means: "her rival", "his deputy"."""
    owners = (PERSONAL_PRONOUNS.get(c.lower_) for c in noun.children if c.dep_ == "poss")
    return any(owner in {"male", "female"} for owner in owners)


def _is_main_clause(token: Token) -> bool:
    """The token's clause is the sentence's own, or one closed by a colon that introduces the rest
    ("Roe was blunt: “…,” she said", which the parse makes a clause of "said")."""
    head = token.head
    while head.dep_ in {"conj", "aux", "auxpass"}:  # (a subject the parse hung on an auxiliary)
        head = head.head
    if head.dep_ in {"relcl", "ccomp"} and _cleft(head):
        return True  # "It was then that Roe stood up": the sentence's own clause, set in a cleft
    return head.dep_ == "ROOT" or any(c.text == ":" and c.i > head.i for c in head.children)


def _cleft(clause: Token) -> bool:
    """A relative clause that a cleft sets off ("It was with that grit that Roe …", "It is the
    mayor who …"): hung on what "it is" singles out, or on "is" itself, the clause tells what
    happened. Not "It is clear that …", whose clause is what is judged."""
    top = clause.head
    while top.dep_ in {"pobj", "prep", "attr", "npadvmod"}:
        top = top.head
    if top.dep_ != "ROOT" or top.lemma_ != "be" or not any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in top.children
    ):
        return False
    if clause.dep_ == "relcl":
        return True
    singled = [c for c in top.children if c.i < clause.i and c.dep_ in {"prep", "attr", "advmod", "npadvmod"}]
    return bool(singled) and not any(c.dep_ == "acomp" for c in top.children)


class Salience:
    """Walks a Doc's mentions in order, resolving pronouns as it meets them."""

    def __init__(
        self,
        doc: Doc,
        registry: Registry,
        outside: list[bool],
        speakers: Iterable[int],
        headlines: Sequence[tuple[int, int]] = (),
        mentions: dict[int, Mention] | None = None,
    ) -> None:
        self.doc = doc
        self.headlines = list(headlines)  # character ranges: their mentions weigh nothing
        self.mentions = mentions or {}  # speakers' mentions as their records give them, by head
        self.registry = registry
        self.outside = outside
        self.speaker_tokens = set(speakers)
        table = doc.to_array([SENT_START, ENT_IOB, DEP, IS_SPACE, TAG, HEAD])
        starts = table[:, 0] == 1
        if len(doc):
            starts[0] = True
        self.sentence_of: list[int] = (numpy.cumsum(starts) - 1).tolist()  # each token's sentence
        self._table = table
        self.events: list[_Event] = []
        self.resolved: dict[int, Entity | None] = {}
        self._people: set[int] = set()  # roles known to be people ("a merchant, who …")
        self._walk()

    def _weight(self, token: Token, entity: Entity | None = None) -> float:
        """The strongest role of a mention: speaker, subject of a main clause, other subject. A
        name in apposition has the role of the noun it names ("The council's leader, Jo Roe, said",
        "The firm's chief, Jo Roe, apologised")."""
        w = 0.0
        head = token.head
        # "Its chief, Jo Roe, apologised": the subject, by name. Not "Her rival, Jo Roe, …" of a
        # gender not known: named by her, the woman the pronoun means stays the one the story is
        # about ("Her nephew, Jo, …" is a man, whom "he" then means).
        ent = entity_of(token) if token.ent_type_ and token.ent_type_ != "PERSON" else None
        person = token.ent_type_ == "PERSON" or (ent is not None and person_in_apposition(ent))
        named = token.dep_ == "appos" and person and head.i < token.i
        gendered = entity is not None and entity.gender is not None
        if named and (head.i in self.speaker_tokens or gendered or not _anchored_to_pronoun(head)):
            w = self._weight(head)
        # "The first witness was Jo Roe": the name is who the subject is, with the subject's weight
        known = person or (entity is not None and entity.kind == "person")  # (where no tagger ran)
        if known and token.dep_ == "attr" and head.lemma_ == "be":
            subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < token.i), None)
            if subject is not None and is_person_noun(subject):
                w = max(w, self._weight(subject))
        if token.i in self.speaker_tokens:
            w = max(w, _SPEAKER_WEIGHT)
        joined = _joined_subject(token)
        subject = token.head if joined else token  # "Roe and Ng spoke": Ng too, a little behind Roe
        if subject.dep_ in SUBJECTS or verb_read_as_noun(token) or _name_as_root(token):
            w = max(w, _MAIN_SUBJECT_WEIGHT if _is_main_clause(subject) else _SUBJECT_WEIGHT)
            if subject.dep_ == "nsubj" and _speaks(subject.head) and not _reported(subject.head):
                w = max(w, _SPEAKER_WEIGHT)  # "with Roe telling reporters he …": Roe speaks, if unquoted
        return w - _JOINED if joined else w

    def _walk(self) -> None:
        """Resolve every mention outside quotations, in text order."""
        doc = self.doc
        seen_ents: set[int] = set()
        for i in self._candidates().tolist():
            token = doc[i]
            low = token.lower_
            entity: Entity | None = None
            if token.dep_ == "ROOT" and token.tag_ == "NNS" and i and not doc[i - 1].ent_type_:
                self._surname_before_verb_read_as_noun(doc[i - 1])
            if (
                token.pos_ == "PRON"
                and low in PERSONAL_PRONOUNS
                and PERSONAL_PRONOUNS[low] in {"male", "female", "plural", "neuter"}
            ):
                if token.dep_ in SUBJECTS or token.i in self.speaker_tokens or token.dep_ == "poss":
                    entity = self._spoken_for(token) or self.pronoun(token)
                    self.resolved[token.i] = entity
                    if entity is not None and PERSONAL_PRONOUNS[low] in {"male", "female"}:
                        self.registry.mark_gender(entity, low)
            elif low == "who" and _unnamed_source(token):
                # "… heard from a ferry operator, who asked not to be identified. He told …": a
                # source brought in to be quoted, whom the next "he" means
                noun = token.head.head
                entity = self.registry.resolve(mention_for(noun))
                if entity is not None:
                    self._people.add(entity.id)  # ("who": a person, whatever the noun)
                    self._add(noun, entity, _SPEAKER_WEIGHT)
                continue
            elif token.ent_type_ and token.ent_iob_ == "B":
                ent = entity_of(token)
                if ent is not None and ent.start not in seen_ents:
                    seen_ents.add(ent.start)
                    mention = mention_for(ent.root)
                    entity = self._epithet_referent(ent.root, mention, self.registry.resolve(mention))
                    if entity is not None:
                        self.resolved[ent.root.i] = entity
                        self._add(ent.root, entity)
                    continue
            elif token.i in self.speaker_tokens or (
                (token.dep_ in SUBJECTS or _name_as_root(token) or _joined_subject(token))
                and (
                    (common_noun(token) and (is_person_noun(token) or body_noun(token)))  # "the court"
                    or (proper_noun(token) and not token.ent_type_)  # a surname the tagger missed
                    or self._known_surname(token)
                )
            ):  # a speaker however tagged: "Engström’s message was simple: “…”", the name a noun
                mention = self.mentions.get(token.i) or mention_for(token)
                # (a name the entity tagger typed is met at its first word, above; not one it missed:
                # "Ms. Ann Lee" where no tagger ran)
                untyped = mention.entity is None or mention.kind == "role" or not token.ent_type_
                if untyped:  # ("the 27-year-old apologised": the person named before, as for a speaker)
                    entity = self._epithet_referent(token, mention, self.registry.resolve(mention))
                one_name = entity is None and mention.kind == "name" and not self._known_surname(token)
                if one_name and self.registry.entity_for_words([token.text]) is None and (
                    _one_name_set_off_as_person(token)
                ):
                    # "Karim, 24, a railway apprentice, said …": a person known by one name
                    entity = self.registry.add_titled(TitledName((token.text,), (), token.idx))
                self.resolved[token.i] = entity
            elif untagged(token) and self._known_surname(token):
                # "… beside chief executive Ada Marsh. …, she said", where no entity tagger ran: a
                # person the names found, met at her surname in whatever place
                entity = self.registry.resolve(mention_for(token))
                if entity is not None and entity.kind == "person":
                    self.resolved[token.i] = entity
                else:
                    entity = None
            if entity is not None:
                self._add(token, entity)

    def _surname_before_verb_read_as_noun(self, name: Token) -> None:
        """"Roe shrugs when …" parsed as the noun phrase "Roe shrugs", where no entity tagger ran:
        a surname the article gives is the sentence's subject (``verb_read_as_noun`` where one did)."""
        if name.dep_ != "compound" or name.head.i != name.i + 1 or not self.outside[name.i]:
            return
        if name.head.is_sent_end or not self._known_surname(name):
            return
        entity = self.registry.entity_for_words([name.text])
        if entity is not None:
            self.resolved[name.i] = entity
            self._add(name, entity, _MAIN_SUBJECT_WEIGHT)

    def _known_surname(self, token: Token) -> bool:
        """A capitalised word the article gives as a person's surname, however tagged: "Roe now
        plans …" opening a sentence, "Roe" taken for a verb where no earlier sentence was parsed."""
        text = token.text
        doc = token.doc
        glued = token.i >= 2 and doc[token.i - 1].text == "-"
        if glued and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
            text = f"{doc[token.i - 2].text}-{text}"  # "Hallberg-Roos", split at its hyphen
        capitalised = text[:1].isupper() and not token.is_upper
        return capitalised and token.pos_ != "PRON" and self.registry.is_surname(text)

    def _candidates(self) -> numpy.ndarray:
        """The tokens that can be a mention ``_walk`` looks at, found over the token table at once:
        outside quotations and not space, and an entity's first word, a subject, a possessive, a
        sentence's head, a speaker, or a name's last word where no entity tagger ran (a Token object
        is made only for these)."""
        table = self._table
        if not len(table):
            return numpy.zeros(0, dtype=numpy.int64)
        dep = table[:, 2]
        mask = (table[:, 1] == _ENT_BEGIN) | numpy.isin(dep, _SUBJECT_IDS)
        mask |= (dep == _POSS_ID) | (dep == _ROOT_ID)
        # where no entity tagger ran (no entity tag at all), the last word of a proper name in any place
        mask |= (table[:, 1] == 0) & (table[:, 4] == _NNP_ID) & (dep != _COMPOUND_ID)
        # and a subject's conjunct ("Mr Roe and Ms Ng spoke")
        heads = numpy.arange(len(table)) + table[:, 5].astype(numpy.int64)
        mask |= (dep == _CONJ_ID) & numpy.isin(dep[heads], _SUBJECT_IDS)
        if self.speaker_tokens:
            mask[sorted(self.speaker_tokens)] = True
        mask &= numpy.asarray(self.outside, dtype=bool) & (table[:, 3] == 0)
        return numpy.flatnonzero(mask)

    def _add(self, token: Token, entity: Entity, weight: float | None = None) -> None:
        # a headline's people ("Singer cancels tour") are named again in the body, which pronouns follow
        headline = any(start <= token.idx < end for start, end in self.headlines)
        weight = 0.0 if headline else self._weight(token, entity) if weight is None else weight
        self.events.append(_Event(self.sentence_of[token.i], token.i, entity, weight))

    def _spoken_for(self, token: Token) -> Entity | None:
        """Whom a pronoun subject of a reported clause means when the clause's source speaks for
        someone named in its own words: "A spokesman for the mayor said she …", "Sources close to
        the minister said he …", "Roe's lawyers said she …" (that someone, if they agree)."""
        clause = token.head
        if token.dep_ not in SUBJECTS or clause.dep_ != "ccomp" or speech_verb(clause.head) is None:
            return None
        verb = clause.head
        if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} and not has_subject(verb):
            verb = verb.head  # "A spokeswoman for the agency declined to confirm it, saying it …"
        source = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if source is None or source.lemma_.lower() not in INTERMEDIARY_NOUNS:
            return None
        principal = _principal(source)
        if principal is None or not self.outside[principal.i]:
            return None
        entity = self.resolved.get(principal.i) or self.registry.resolve(mention_for(principal))
        return entity if entity is not None and _agrees(entity, PERSONAL_PRONOUNS.get(token.lower_)) else None

    def pronoun(
        self, token: Token, kind: str | None = None, exclude: Set[int] = frozenset()
    ) -> Entity | None:
        """The entity a pronoun refers to, from the events before it (``kind``: the pronoun's
        gender or number; by default that of the word; ``exclude``: entities it cannot be)."""
        kind = kind or PERSONAL_PRONOUNS.get(token.lower_)
        here = self.sentence_of[token.i]
        # "The clerk, whom she accused, …": the subject of a relative clause is not the noun it
        # describes, which fills another place in that clause
        described = token.head.head.i if token.dep_ in SUBJECTS and token.head.dep_ == "relcl" else -1
        # "Marlowe, she said, would never …": the source of a frame set inside a clause is not the
        # clause's subject, which she speaks of
        framed = _framed_subject(token)
        replies = token.dep_ in SUBJECTS and verb_lemma(token.head) in REPLY_VERBS
        # "A reporter asked Roe whether … “No,” she said": who says something right after a
        # question was put to someone is, most likely, the one answering
        answers = token.dep_ in SUBJECTS and not replies and _speaks(token.head)
        scores: dict[int, tuple[float, Entity]] = {}
        for ev in reversed(self.events):
            if ev.token >= token.i or ev.token in (described, framed):
                continue
            distance = here - ev.sentence
            if distance > _WINDOW_SENTENCES:
                break
            e = ev.entity
            if not _agrees(e, kind) or e.id in exclude:
                continue
            gendered = kind in {"male", "female"}
            hinted = e.gender or (e.name_gender if gendered else None)
            known = gendered and hinted == kind
            other = gendered and hinted not in {None, kind}
            score = ev.weight - _DISTANCE_PENALTY * distance + _KNOWN_GENDER * known - _OTHER_NAME * other
            score += _PLURAL * (kind == "plural" and e.plural)  # "they": "sources" over "the ministry"
            score += _ASKED * (replies and _asked(self.doc[ev.token]))  # "asked Roe …. “No,” she replied"
            score += _ASKED * (answers and distance <= 1 and _asked_a_question(self.doc[ev.token]))
            score += 0.001 * ev.token
            unsure = e.kind == "role" and not e.roles & ROLE_NOUNS and e.id not in self._people
            if kind in {"male", "female"} and unsure:
                score -= _UNSURE_ROLE  # "the contractor", "the management": perhaps not a person
            if e.id not in scores or scores[e.id][0] < score:
                scores[e.id] = (score, e)
        if not scores:
            return None
        return max(scores.values(), key=lambda pair: pair[0])[1]

    def entity_for(self, mention: Mention) -> Entity | None:
        """The entity of a speaker mention (a pronoun's antecedent, or the named entity)."""
        if mention.kind == "pronoun":
            if mention.head.i in self.resolved:
                return self.resolved[mention.head.i]
            return self.pronoun(mention.head)
        entity = self.resolved.get(mention.head.i) or self.registry.resolve(mention)
        return self._epithet_referent(mention.head, mention, entity)

    def _epithet_referent(self, token: Token, mention: Mention, entity: Entity | None) -> Entity | None:
        """The person a mention by age or nationality alone means ("the 43-year-old asked", "the
        Dutchman singled out …", "the Irishman conceded"): the one named just before, as a pronoun
        finds them; any other mention's ``entity`` as it is."""
        age = AGE.search(mention.span.text) if _named_by_age(mention) else None
        aged = age.group() if age is not None else None
        if entity is not None and entity.kind != "role":
            if aged and entity.kind == "person":
                entity.roles.add(aged)  # ("the 22-year-old" found by name: no "34-year-old" later)
            return entity
        if aged or _named_by_past_role(mention, entity):
            # (not one the article gave another age: "the 22-year-old" is no "34-year-old")
            other = {e.id for e in self.registry.entities if aged and _ages(e) - {aged}}
            person = self.pronoun(token, "person", exclude=other)
            if person is not None and entity is not None:
                self.registry.described_as(entity, person)  # "the midfielder" later is that person
            if person is not None and aged:
                person.roles.add(aged)
            return person or entity
        epithet = nationality_epithet(mention.span)
        return (self.pronoun(token, epithet) or entity) if epithet is not None else entity


def _one_name_set_off_as_person(token: Token) -> bool:
    """A capitalised word alone set off before an age or a word for a person ("Karim, 24,", "Shaz,
    a volunteer firefighter,"): someone known by one name."""
    if not token.text[:1].isupper() or any(c.dep_ == "compound" for c in token.children):
        return False
    return set_off_as_person(token)


def _ages(entity: Entity) -> set[str]:
    """The ages an article gave an entity ("22-year-old")."""
    return {r for r in entity.roles if AGE.fullmatch(r)}


def _framed_subject(pronoun: Token) -> int:
    """The subject of the clause a pronoun's frame is set inside ("Marlowe, she said, would …"),
    by its index; -1 when the pronoun is no such source."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.dep_ != "parataxis":
        return -1
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS and c.i < pronoun.i), None)
    return subject.i if subject is not None else -1


def _unnamed_source(who: Token) -> bool:
    """The "who" of a relative clause that says a person noun's holder will not be named ("a
    guard, who asked not to be identified", "an official, who spoke on condition of anonymity")."""
    clause = who.head
    if who.dep_ not in SUBJECTS or clause.dep_ != "relcl" or not is_person_noun(clause.head):
        return False
    words = list(clause.subtree)
    named = any(t.lower_ in NAMED_PARTICIPLES and t.tag_ == "VBN" for t in words)
    return named or any(t.lower_ in ANONYMITY_NOUNS for t in words)


def _joined_subject(token: Token) -> bool:
    """A conjunct of a subject, itself a subject ("Mr Roe and Ms Ng spoke": Ng)."""
    return token.dep_ == "conj" and token.head.dep_ in SUBJECTS and token.head.i < token.i


def _named_by_age(mention: Mention) -> bool:
    """Someone named before, referred to by age ("the 43-year-old"); not someone new ("a
    29-year-old woman from Leeds")."""
    the = mention.span[0].lower_ == "the"
    the = the or any(c.dep_ == "det" and c.lower_ == "the" for c in mention.head.children)
    return the and age_phrase(mention.span.text)


def _named_by_past_role(mention: Mention, entity: Entity | None) -> bool:
    """Someone named before, referred to by a role they have retired from that the article gave no
    one ("the retired surveyor"); not a role met before ("a retired nurse … the retired nurse":
    that one)."""
    head = mention.head
    the = mention.span[0].lower_ == "the" and is_person_noun(head) and head.tag_ == "NN"
    past = any(t.lower_ in PAST_ROLE_WORDS for t in mention.span if t.i < head.i)
    at = mention.span.start_char
    new = entity is None or (entity.kind == "role" and not any(p < at for p in entity.positions))
    return the and past and new


def _principal(source: Token) -> Token | None:
    """Whom a source speaks for, named in its own noun phrase: the owner ("Roe's lawyers", not
    "his lawyers") or the object of its preposition ("a spokesman for the mayor", "sources close
    to Roe", "people familiar with the senator's thinking")."""
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.lower_ in PERSONAL_PRONOUNS else owner
    for child in source.children:
        prep = child if child.dep_ == "prep" else None
        if child.dep_ == "amod":  # "close to", "familiar with"
            prep = next((c for c in child.children if c.dep_ == "prep"), None)
        if prep is None or prep.lower_ not in INTERMEDIARY_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
            # "familiar with the senator's thinking": the senator, not the thinking
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            person = owner if owner is not None and (owner.pos_ == "PROPN" or is_person_noun(owner)) else obj
            named = person.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or person.pos_ == "PROPN"
            if named or is_person_noun(person) or body_noun(person):
                return person
    return None


def _asked(token: Token) -> bool:
    """Whether a mention is the one a question was put to: "asked Roe whether …", "pressed the
    minister on …"."""
    return token.dep_ == "dobj" and verb_lemma(token.head) in ASKING_VERBS


def _asked_a_question(token: Token) -> bool:
    """Whether a mention is the one a question was put to, the question in the same clause: "asked
    Roe whether …", "asked the coach what went wrong" (not "asked the council to reconsider", a
    request, after which the one asking may go on)."""
    if not _asked(token):
        return False
    after = (c for c in token.head.children if c.i > token.i and c.dep_ in {"ccomp", "advcl", "dobj", "prep"})
    return any(c.left_edge.lower_ in QUESTION_WORDS for c in after)


def _agrees(entity: Entity, kind: str | None) -> bool:
    if kind == "person":
        return entity.kind == "person" and not entity.plural
    if kind == "male":
        return entity.kind != "org" and entity.gender != "female" and not entity.plural
    if kind == "female":
        return entity.kind != "org" and entity.gender != "male" and not entity.plural
    if kind == "plural":  # "they": people, or a body ("the council said they"), not a town
        return entity.plural or (entity.kind == "org" and not entity.place)
    if kind == "neuter":
        return entity.kind == "org"
    return False


def _name_as_root(token: Token) -> bool:
    """A person's name the parse made the head of its sentence, having read its verb as part of the
    name's phrase ("Councillor Jo Roe, who voted no, accused staff of …", "accused staff" taken for
    a noun phrase): the sentence is about that person, its subject."""
    if token.dep_ != "ROOT" or token.pos_ != "PROPN" or token.ent_type_ not in {"", "PERSON"}:
        return False
    # (its relative clause, "who voted no", shows a person described, not a headline or a credit)
    clause = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.lefts) for c in token.rights)
    return clause and proper_noun(token)
