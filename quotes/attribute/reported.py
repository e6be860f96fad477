"""Reported speech: what someone said, thinks or found, given in the writer's words.

"The minister said the plan would be delayed", "Talks have stalled, officials said", "According to
two officials, talks have stalled", "She urged lawmakers to act", "He denied the claim", "her
claim that the vote was rigged". A cue (a speech, belief or knowledge verb, a source phrase, a
speech noun) is found as for quotations (``quotes.attribute.cues``); each rule of
``REPORTED_RULES`` then says which words are its content. The speaker is the cue's speaker, checked
as a quotation's is; resolving it to a full name is the next step's work.

Content wholly inside quotation marks is a direct quotation, not reported speech: no record here.
Content partly quoted ("said the plan was “a disaster” for farmers") is one reported record, and
the quoted words keep their own (partial) record.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from quotes.attribute.attribution import Attribution
from quotes.attribute.cues import (
    Cue,
    cue_at,
    speech_noun_cue,
    speech_verb,
    subject_of,
    verb_lemma,
)
from quotes.attribute.rules import valid_cue
from quotes.lexicons.people import SPEAKING_PRONOUNS
from quotes.lexicons.speech import (
    AS_CONTENT_VERBS,
    BELIEF_VERBS,
    CLAUSE_ONLY_VERBS,
    FINDING_OBJECT_VERBS,
    INFINITIVE_CONTENT_VERBS,
    IRREGULAR_VERB_FORMS,
    KNOWLEDGE_VERBS,
    LISTENER_VERBS,
    OBJECT_CONTENT_VERBS,
    PREPOSITION_CONTENT_VERBS,
    SOURCE_WORDS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    inflections,
)
from quotes.nlp.mentions import Mention, mention_for, speaking_noun

CueClass = Literal["speech", "belief", "knowledge"]

_VERBAL = frozenset({"VERB", "AUX"})
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})  # words that open a content clause, said by no one
_OBJECTS = frozenset({"dobj"})
_WHEN = frozenset({"DATE", "TIME"})
_FINDING_TAIL = frozenset({"prep", "oprd", "xcomp", "acomp", "advcl"})
_EMPTY_OBJECTS = frozenset({"it", "this", "that", "so", "something", "anything", "nothing", "much", "more"})


@dataclass(frozen=True, slots=True)
class ReportedRule:
    """One way reported content hangs on its cue: the rule's id, how to find the content's tokens
    from the cue, the confidence of a record it gives, and why the rule holds."""

    name: str
    content: Callable[[Cue], list[Token] | None]
    confidence: float
    why: str


@dataclass(slots=True)
class ReportedContent:
    """One reported content: its character span (and pieces, when the cue sits inside it), its
    attribution (kind ``reported``) and the class of its cue."""

    start: int
    end: int
    parts: list[tuple[int, int]]
    attribution: Attribution
    cue_class: CueClass
    as_written: bool = False  # a share of people ("sixty percent"): the speaker is the mention itself


def cue_class(token: Token) -> CueClass:
    """``belief`` for "thinks", "hopes", "wants"; ``knowledge`` for "learned", "found", "shows";
    ``speech`` for every other cue."""
    if token.pos_ == "ADJ":
        return "belief"  # "is confident that …"
    lemma = verb_lemma(token) if token.pos_ in _VERBAL else ""
    if lemma in BELIEF_VERBS:
        return "belief"
    if lemma in KNOWLEDGE_VERBS:
        return "knowledge"
    return "speech"


# -- the rules: from a cue to its content's tokens ----------------------------------------------
def _clause(cue: Cue) -> list[Token] | None:
    """A verb's clausal complement: "said (that) the plan …", "Talks stalled, officials said",
    "told reporters that …", "learned that …"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    clause = next((c for c in cue.token.children if c.dep_ == "ccomp"), None)
    return _without_asides(list(clause.subtree), clause, adverbial=False) if clause is not None else None


def _infinitive(cue: Cue) -> list[Token] | None:
    """An infinitive complement, with the object it is about: "urged lawmakers to act", "vowed to
    appeal", "wants voters to know"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    verb = cue.token
    if verb_lemma(verb) not in INFINITIVE_CONTENT_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "is said to have called": a raising verb, whose subject did the calling
    comp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if comp is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i < comp.i), None)
    first = obj.left_edge.i if obj is not None else comp.left_edge.i
    return _without_asides(list(verb.doc[first : comp.right_edge.i + 1]), comp)


def _object(cue: Cue) -> list[Token] | None:
    """A speech act's object, and what it is called: "denied the claim", "announced a review",
    "called the plan “a disaster”"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    verb = cue.token
    lemma = verb_lemma(verb)
    naming = lemma == "call" and any(c.dep_ == "oprd" for c in verb.children)  # "called it a farce"
    seen_as = _child(verb, {"prep"}, {"as"})  # "sees the deal as a trap", "named her as a suspect"
    seen_as = seen_as if lemma in AS_CONTENT_VERBS | OBJECT_CONTENT_VERBS or naming else None
    takes_object = lemma in OBJECT_CONTENT_VERBS and lemma not in CLAUSE_ONLY_VERBS | LISTENER_VERBS
    if not (takes_object or naming or (seen_as is not None and lemma in AS_CONTENT_VERBS)):
        return None
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if obj is None or obj.lower_ in _EMPTY_OBJECTS or obj.i < verb.i or _noun_clause_of(obj) is not None:
        return None  # "repeated her claim that …": the claim's clause is the content
    last = obj.right_edge.i
    named = next((c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.i > obj.i), None)
    if named is not None:  # "called the plan a disaster"
        last = named.right_edge.i
    if seen_as is not None and seen_as.i > obj.i:
        last = max(last, seen_as.right_edge.i)
    charge = _child(verb, {"prep"}, {"of", "for"})
    if charge is not None and charge.i > obj.i:  # "accused the board of lying", "praised her for it"
        last = max(last, charge.right_edge.i)
    if lemma in FINDING_OBJECT_VERBS:  # "the poll showed the senator with a ten-point lead"
        rest = [c for c in verb.children if c.i > obj.i and c.dep_ in _FINDING_TAIL]
        last = max([last, *(c.right_edge.i for c in rest)])
    return _without_asides(list(verb.doc[obj.left_edge.i : last + 1]), obj)


def _without_asides(tokens: list[Token], head: Token, adverbial: bool = True) -> list[Token]:
    """The content without what the writer adds at its end: a relative clause set off by a comma
    ("…, who has long opposed it") or, with ``adverbial``, a clause of time or manner after the
    content's head ("urged them to stay as he left the hall")."""
    doc = head.doc
    for k, t in enumerate(tokens):
        if k == 0 or t.right_edge.i < tokens[-1].i:
            continue
        edge = t.left_edge.i
        relative = t.dep_ == "relcl" and edge > 0 and doc[edge - 1].text == ","
        added = adverbial and t.dep_ == "advcl" and t.head.i == head.i and t.i > head.i
        if (relative or added) and edge > tokens[0].i:
            return [u for u in tokens if u.i < edge]
    return tokens


def _passive(cue: Cue) -> list[Token] | None:
    """The subject of a passive speech act whose agent is named: "The plan was rejected by the union"."""
    verb = cue.token
    if cue.kind not in {"verb", "phrasal"} or not any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return list(subject.subtree) if subject is not None else None


def _stance_adjective(cue: Cue) -> list[Token] | None:
    """The clause of an adjective of certainty: "is confident that …", "made it clear that …"."""
    if cue.kind != "adjective":
        return None
    for child in cue.token.children:
        if child.dep_ in {"ccomp", "advcl"} and _child(child, {"mark"}, {"that"}) is not None:
            return list(child.subtree)
    return None


def _stance_noun(cue: Cue) -> list[Token] | None:
    """What a stance or a speech act owned by someone is about: "her support for the bill", "his
    call for a ban", "the mayor's decision to resign"."""
    if cue.kind != "stance":
        return None
    noun = cue.token
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "on", "against", "to"} and child.i > noun.i:
            objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objs:
                return list(noun.doc[objs[0].left_edge.i : objs[-1].right_edge.i + 1])
        if child.dep_ in {"acl", "xcomp"} and _child(child, {"aux"}, {"to"}) is not None:
            return list(child.subtree)
    return None


def _child(token: Token, deps: set[str], words: set[str]) -> Token | None:
    """The first child of ``token`` with one of the dependency labels and one of the words."""
    return next((c for c in token.children if c.dep_ in deps and c.lower_ in words), None)


def _preposition(cue: Cue) -> list[Token] | None:
    """A content given by a preposition: "called for a ban", "warned of a crisis"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    verb = cue.token
    lemma = verb_lemma(verb)
    for child in verb.children:
        if child.dep_ == "prep" and (lemma, child.lower_) in PREPOSITION_CONTENT_VERBS:
            objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objs and objs[0].ent_type_ not in _WHEN:  # "reported on Tuesday": a time, not content
                return list(verb.doc[objs[0].left_edge.i : objs[-1].right_edge.i + 1])
    return None


def _aside(cue: Cue) -> list[Token] | None:
    """A cue set in the middle or at the end of the clause it reports: "The plan, officials said,
    will wait"; the content is that clause without the cue's words."""
    verb = cue.token
    if cue.kind not in {"verb", "phrasal"} or verb.dep_ != "parataxis" or verb.head.pos_ not in _VERBAL:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return None
    own = {t.i for t in verb.subtree}
    return [t for t in verb.head.subtree if t.i not in own]


def _according(cue: Cue) -> list[Token] | None:
    """The clause a source phrase hangs on: "According to officials, talks have stalled"."""
    if cue.kind != "source":
        return None
    head = _clause_verb(cue.token)
    if head.i == cue.token.i:
        return None
    own = {t.i for t in cue.token.subtree}
    return [t for t in head.subtree if t.i not in own]


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a phrase hangs on (or the root, when the parse gives no verb)."""
    head = token.head
    while head.pos_ not in _VERBAL and head.head.i != head.i:
        head = head.head
    return head


def _noun_clause(cue: Cue) -> list[Token] | None:
    """A speech noun's clause: "her claim that the vote was rigged", "the ministry's warning that …"."""
    if cue.kind not in {"noun", "stance"}:
        return None
    clause = _noun_clause_of(cue.token)
    return list(clause.subtree) if clause is not None else None


def _noun_clause_of(noun: Token) -> Token | None:
    """The that-clause of a noun ("the claim that …"), if it has one."""
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and _child(child, {"mark"}, _CLAUSE_MARKS) is not None:
            return child
    return None


REPORTED_RULES: tuple[ReportedRule, ...] = (
    ReportedRule(
        "reported-clause", _clause, 0.85, "a verb of saying, believing or knowing with a clause of its own"
    ),
    ReportedRule("reported-aside", _aside, 0.8, "a cue set off inside or after the clause it reports"),
    ReportedRule("according-to", _according, 0.85, "a source phrase: its clause is what the source says"),
    ReportedRule("reported-noun-clause", _noun_clause, 0.75, "a speech noun and its that-clause"),
    ReportedRule(
        "reported-infinitive", _infinitive, 0.75, "a verb of urging, promising or wanting and its infinitive"
    ),
    ReportedRule("reported-object", _object, 0.6, "a speech act named with its object: denied, announced"),
    ReportedRule("reported-preposition", _preposition, 0.6, "a speech act with a preposition: called for"),
    ReportedRule("reported-passive", _passive, 0.6, "a passive speech act and its agent: was rejected by"),
    ReportedRule("reported-adjective", _stance_adjective, 0.7, "an adjective of certainty and its clause"),
    ReportedRule("reported-stance", _stance_noun, 0.6, "a stance someone holds: her support for the bill"),
)


# -- finding them -------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@functools.cache
def _cue_forms() -> frozenset[str]:
    """Every written form of every word that can cue reported content."""
    lemmas = SPEECH_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS | _act_verbs()
    forms = {form for lemma in lemmas for form in inflections(lemma)}
    nouns = {form for noun in STANCE_NOUNS for form in (noun, noun + "s")}
    return frozenset(forms | IRREGULAR_VERB_FORMS | SOURCE_WORDS | STANCE_ADJECTIVES | nouns)


def may_report(text: str) -> bool:
    """Whether a paragraph has a word that can cue reported content, so that it is worth parsing."""
    forms = _cue_forms()
    return any(w.lower() in forms for w in _WORD.findall(text))


def reported_cue(token: Token) -> Cue | None:
    """The cue of reported content at ``token``: a speech cue, a speech noun with its author, or a
    verb of knowing or believing with a clause ("learned that …", "fear that …")."""
    cue = cue_at(token)
    if cue is not None:
        return cue
    if token.pos_ == "ADJ" and token.lower_ in STANCE_ADJECTIVES:
        return _adjective_cue(token)
    if token.pos_ == "NOUN" and token.lemma_.lower() in STANCE_NOUNS:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return Cue(token, token.text.lower(), "stance", owner)
    if token.pos_ not in _VERBAL:
        return speech_noun_cue(token) if token.pos_ in {"NOUN", "PROPN"} else None
    lemma = verb_lemma(token)
    knowing = lemma in KNOWLEDGE_VERBS | BELIEF_VERBS
    if knowing and (any(c.dep_ == "ccomp" for c in token.children) or token.dep_ == "parataxis"):
        return Cue(token, token.text.lower(), "verb", subject_of(token), cognition=True)
    if lemma in _act_verbs():  # "endorsed the senator", "declined to comment", "called for a ban"
        return Cue(token, token.text.lower(), "verb", subject_of(token))
    return None


def _adjective_cue(adjective: Token) -> Cue | None:
    """An adjective of certainty whose holder is the subject of the verb it completes ("she is
    sure", "he made it clear")."""
    verb = adjective.head
    if adjective.dep_ not in {"acomp", "ccomp", "oprd"} or verb.pos_ not in _VERBAL:
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != adjective.i), None)
    if holder is None or holder.lower_ == "it":
        return None
    return Cue(adjective, adjective.text.lower(), "adjective", holder, cognition=True)


@functools.cache
def _act_verbs() -> frozenset[str]:
    """Verbs that report a stance or an act of speech through their object, infinitive or
    preposition, though they are not speech verbs themselves ("endorse", "decline", "vote")."""
    return (
        OBJECT_CONTENT_VERBS
        | INFINITIVE_CONTENT_VERBS
        | AS_CONTENT_VERBS
        | frozenset(verb for verb, _ in PREPOSITION_CONTENT_VERBS)
    )


def find_reported(doc: Doc, outside: Sequence[bool]) -> list[ReportedContent]:
    """The reported contents of a parsed article, in text order.

    ``outside`` says, per token, whether it lies outside every quotation: cues and speakers inside
    quotation marks are someone else's words, and content wholly inside them is a quotation.
    """
    found: list[ReportedContent] = []
    seen: set[tuple[int, int]] = set()
    forms = _cue_forms()
    for token in doc:
        if not outside[token.i] or token.lower_ not in forms:
            continue  # no word that can cue reported content: nothing to look at here
        cue = reported_cue(token)
        if cue is None:
            continue
        share = not valid_cue(cue, outside)
        if share and not _respondents(cue, outside):
            continue
        if not share and not _holder(cue):
            continue
        nested = cue.token.dep_ == "xcomp"  # "declined to comment on …": the verb above reports it
        for rule in REPORTED_RULES:
            tokens = rule.content(cue) if rule.content is _clause or not nested else None
            if tokens is None:
                continue
            content = _trimmed(tokens)
            if not content or not _said_outside_quotes(content, outside):
                break
            parts = _parts(content)
            key = (parts[0][0], parts[-1][1])
            if key not in seen:
                seen.add(key)
                who = _share_mention(cue.speaker) if share else mention_for(cue.speaker)
                att = Attribution("reported", who, cue.text, rule.confidence, rule.name)
                found.append(ReportedContent(key[0], key[1], parts, att, cue_class(cue.token), share))
            break
    found.sort(key=lambda r: (r.start, r.end))
    return found


_SHARES = frozenset({"PERCENT", "CARDINAL"})


def _holder(cue: Cue) -> bool:
    """A stance or a finding is held by someone: a verb that is no speech verb ("endorsed",
    "declined", "learned"), an adjective or a stance noun needs people, a body or a text as its
    subject, not a thing ("Demographics favor the senator")."""
    speaker = cue.speaker
    if speaker is None:
        return False
    if cue.kind in {"verb", "phrasal"} and speech_verb(cue.token) is not None:
        return True
    if cue.kind not in {"verb", "phrasal", "adjective", "stance"}:
        return True
    return speaker.lower_ in SPEAKING_PRONOUNS or speaking_noun(speaker)


def _respondents(cue: Cue, outside: Sequence[bool]) -> bool:
    """A share of people as the subject of a verb of saying or thinking ("Sixty percent said the
    plan was fair", "two in three believe"): the people a poll asked speak, by their number."""
    speaker = cue.speaker
    return (
        speaker is not None
        and cue.kind == "verb"
        and outside[speaker.i]
        and speaker.dep_ == "nsubj"
        and speaker.head.i == cue.token.i
        and (speaker.ent_type_ in _SHARES or speaker.like_num)
    )


def _share_mention(head: Token) -> Mention:
    """A share of people as written, with all its words: "two in three", "60 percent of voters"."""
    doc = head.doc
    return Mention(doc[head.left_edge.i : head.right_edge.i + 1], head, "other", None)


def _trimmed(tokens: list[Token]) -> list[Token]:
    """The content without the commas, dashes and full stops around it (quotation marks stay)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_space or (tokens[0].is_punct and not tokens[0].is_quote)):
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or (tokens[-1].is_punct and not tokens[-1].is_quote)):
        tokens.pop()
    return tokens


def _said_outside_quotes(tokens: list[Token], outside: Sequence[bool]) -> bool:
    """Whether the content has words of the writer's own, beyond a "that": else it is a quotation."""
    words = [t for t in tokens if outside[t.i] and t.is_alpha and t.lower_ not in _CLAUSE_MARKS]
    return bool(words)


def _parts(tokens: list[Token]) -> list[tuple[int, int]]:
    """The character spans of runs of adjacent tokens (a content the cue interrupts has two)."""
    parts: list[list[Token]] = [[tokens[0]]]
    for t in tokens[1:]:
        if t.i != parts[-1][-1].i + 1:
            parts.append([])
        parts[-1].append(t)
    return [part for part in map(_trimmed_part, parts) if part is not None]


_CUT = ",;:—–- "


def _trimmed_part(tokens: list[Token]) -> tuple[int, int] | None:
    """A piece's span without the punctuation at its cut ("The plan," + "will wait")."""
    while tokens and tokens[-1].text in _CUT:
        tokens = tokens[:-1]
    while tokens and tokens[0].text in _CUT:
        tokens = tokens[1:]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if tokens else None
