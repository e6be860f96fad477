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
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from typing import Literal

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS, SENT_START, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotes.attribute.attribution import Attribution
from quotes.attribute.cues import (
    Cue,
    as_saying,
    backshifted_conjunct,
    closing_frame_read_as_noun,
    closing_source,
    conjoined_source,
    conjunct_read_as_subject,
    cue_at,
    displayed_by_someone,
    inverted_aside,
    named_author,
    negated,
    next_act_of,
    no_one_told,
    noun_before_stranded_verb,
    participle_after_comma,
    share_before_verb_read_as_noun,
    share_read_as_modifier,
    speech_noun_cue,
    speech_verb,
    subject_of,
    verb_lemma,
    written_as_speech_verb,
)
from quotes.attribute.rules import cited_text, says_more, valid_cue
from quotes.lexicons.furniture import NOT_SPEAKER_LABELS
from quotes.lexicons.grammar import (
    ADVERBIAL_HEAD_NOUNS,
    BE_FORMS,
    CONTRAST_MARKS,
    DASH_WORDS,
    DETERMINERS,
    FINITE_TAGS,
    FOCUS_ADVERBS,
    INDEFINITE_ARTICLES,
    INTRANSITIVE_VERBS,
    LINKING_ADVERBS,
    NOUN_MARKERS,
    PLURAL_VERB_FORMS,
    QUANTIFIERS,
    QUESTION_MARKS,
    QUESTION_WORDS,
    REASON_MARKS,
    RELATIVE_ADVERBS,
    RESTRICTION_WORDS,
    SENTENCE_END_MARKS,
    SINGULAR_VERB_FORMS,
    STRANDING_PREPOSITIONS,
    TIME_MARKS,
    TITLE_CASE_SMALL_WORDS,
    UPPER,
    WORD_SIGNS,
)
from quotes.lexicons.meaning import DATE_WORDS, NEGATIONS, OCCASION_NOUNS
from quotes.lexicons.people import (
    BEARING_NOUNS,
    BODY_PART_NOUNS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    DESCRIBING_PREPOSITIONS,
    FRACTION_WORDS,
    HEARING_NOUNS,
    LONE_SHARE_WORDS,
    ONE_OF_WORDS,
    PEOPLE_PRONOUNS,
    PERSONAL_PRONOUNS,
    SHARE_WORDS,
    SPEAKING_POSSESSIVES,
    SPEAKING_PRONOUNS,
)
from quotes.lexicons.speech import (
    ADDRESSED_NOUNS,
    ADDRESSED_PREPOSITIONS,
    ANSWER_WORDS,
    AS_CONTENT_VERBS,
    ASKING_NOUNS,
    ASKING_VERBS,
    ASPECTUAL_VERBS,
    ASSERTING_VERBS,
    ATTENTION_NOUNS,
    ATTENTION_VERBS,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_PREPOSITIONS,
    ATTITUDE_VERBS,
    AUDIENCE_NOUNS,
    BELIEF_VERBS,
    BROADCAST_MEDIA,
    BROADCAST_NOUNS,
    CAUSATIVE_VERBS,
    CLAIM_NOUNS,
    CLAIM_VERBS,
    CLAUSE_ONLY_VERBS,
    CONDITION_NOUNS,
    CONTENT_CLAUSE_NOUNS,
    COUNT_NOUNS,
    COUNTED_GOODS_VERBS,
    DISCOVERY_VERBS,
    DISPLAY_VERBS,
    DOCUMENT_NOUNS,
    EMPTY_OBJECTS,
    EXAMINING_NOUNS,
    EXPRESSING_VERBS,
    FACING_WITH_VERBS,
    FEELING_ADJECTIVES,
    FEELING_NOUNS,
    FEELING_PREPOSITIONS,
    FINDING_OBJECT_VERBS,
    FOCUS_VERBS,
    FOUND_TEXT_NOUNS,
    FRAME_SOURCE_NOUNS,
    GATHERING_NOUNS,
    GLOSS_NOUNS,
    HELD_BY_OF_NOUNS,
    HELD_VIEW_NOUNS,
    HOLDER_NOUNS,
    HOLDING_BACK_WORDS,
    HOLDING_VERBS,
    IN_STANCE_NOUNS,
    IN_STANCE_VERBS,
    INFINITIVE_CONTENT_VERBS,
    INTENTION_ADJECTIVES,
    INTENTION_VERBS,
    INTRANSITIVE_SPEECH_VERBS,
    IRREGULAR_VERB_FORMS,
    KNOWLEDGE_VERBS,
    LIGHT_SPEECH_VERBS,
    LISTENER_VERBS,
    MANNER_VERBS,
    MEDIUM_MAKING_VERBS,
    MEDIUM_PREPOSITIONS,
    NAMED_PARTICIPLES,
    NAMING_VERBS,
    NEEDS_LISTENER_VERBS,
    NORM_NOUNS,
    NOUN_LIKE_CUE_WORDS,
    OBJECT_CONTENT_VERBS,
    OBJECT_CONTROL_VERBS,
    OBJECT_FIRST_VERBS,
    OBJECT_NOT_CONTENT_VERBS,
    OBJECT_PREPOSITION_VERBS,
    OBJECT_SETTING_PREPOSITIONS,
    OCCASION_PREPOSITIONS,
    OFFERED_WORDS,
    OFFERING_VERBS,
    ON_THE_MANNER_NOUNS,
    OWNED_VIEW_NOUNS,
    PERCEPTION_VERBS,
    PERSON_OBJECT_ACTS,
    PERSON_OBJECT_VERBS,
    PERSPECTIVE_PREPOSITIONS,
    PHONED_PLACE_NOUNS,
    PHRASAL_OBJECT_VERBS,
    PHRASAL_SPEECH_VERBS,
    PHRASAL_STANCE_VERBS,
    PLEA_WORDS,
    POINTING_NOUNS,
    POLL_NOUNS,
    POLL_SUMMARY_NOUNS,
    PREPOSITION_CONTENT_VERBS,
    PUTTING_OUT_VERBS,
    QUOTING_VERBS,
    RECEIVING_VERBS,
    RECKONING_NOUNS,
    RECORD_PHRASE_LINKS,
    REFLEXIVE_PRONOUNS,
    REFUSAL_VERBS,
    REQUEST_VERBS,
    REQUESTED_WORDS,
    RITUAL_WORDS,
    SAID_IN_NOUNS,
    SAID_NOUN_VERBS,
    SAYING_MANNER_ADVERBS,
    SCENE_PARTICIPLE_VERBS,
    SCORE_NOUNS,
    SCORING_VERBS,
    SENDING_VERBS,
    SETTING_PREPOSITIONS,
    SOCIAL_PLATFORMS,
    SOURCE_WORDS,
    SPEAKING_MANNER_NOUNS,
    SPEECH_NOUNS,
    SPEECH_TOPIC_PREPOSITIONS,
    SPEECH_VERBS,
    SPOKEN_AMOUNTS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    STANCE_PREPOSITIONS,
    STATE_VERBS,
    TEXT_NOUNS,
    THAT_CLAUSE_VERBS,
    TIME_PREPOSITIONS,
    TOLD_ACCOUNT_NOUNS,
    TOPIC_SPEECH_NOUNS,
    TRUSTING_VERBS,
    VERB_MAKERS,
    VERB_PARTICLES,
    VERDICT_WORDS,
    VIEW_STATE_NOUNS,
    WISHING_MODALS,
    WISHING_VERBS,
    WORDING_NOUNS,
    WORDING_SOURCE_NOUNS,
    inflections,
)
from quotes.marks.styles import CURLED_APOSTROPHE
from quotes.nlp.mentions import (
    SUBJECTS,
    Mention,
    can_be_told,
    can_speak,
    has_subject,
    is_person_noun,
    mention_for,
    proper_noun,
    speaking_noun,
    speaking_word,
    stranded_antecedent,
)

CueClass = Literal["speech", "belief", "knowledge"]

_VERBAL = frozenset({"VERB", "AUX"})
_BELIEF_OR_KNOWLEDGE = BELIEF_VERBS | KNOWLEDGE_VERBS
_SPEECH_BELIEF_KNOWLEDGE = SPEECH_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS
_AS_OR_OBJECT_CONTENT = AS_CONTENT_VERBS | OBJECT_CONTENT_VERBS
_CLAUSE_ONLY_OR_LISTENER = CLAUSE_ONLY_VERBS | LISTENER_VERBS
_STANCE_OR_CLAIM_NOUNS = STANCE_NOUNS | CLAIM_NOUNS
_LIGHT_OR_CLAIM = LIGHT_SPEECH_VERBS | CLAIM_VERBS
_DISPLAY_OR_FINDING_OBJECT = DISPLAY_VERBS | FINDING_OBJECT_VERBS
_CLAUSAL_VERBS = BELIEF_VERBS | KNOWLEDGE_VERBS | THAT_CLAUSE_VERBS | DISPLAY_VERBS
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})  # words that open a content clause, said by no one
_OBJECTS = frozenset({"dobj"})
_WHEN = frozenset({"DATE", "TIME"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_FINDING_TAIL = frozenset({"prep", "oprd", "xcomp", "acomp", "advcl", "advmod", "npadvmod"})
_RELATIVE = frozenset({"WDT", "WP"})  # "which", "that", "who", "what" opening a relative clause


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
    negated: bool = False  # "did not say that …": no quotation inside is the subject's words


def cue_class(token: Token) -> CueClass:
    """``belief`` for "thinks", "hopes", "wants"; ``knowledge`` for "learned", "found", "shows";
    ``speech`` for every other cue."""
    if token.pos_ == "ADJ" or token.lower_ in _STANCE_WORDS:
        return "belief"  # "is confident that …", "is convinced that …" (tagged a participle)
    if token.dep_ == "pobj" and token.lower_ in VIEW_STATE_NOUNS.get(token.head.lower_, ()):
        return "belief"  # "was of the view that …"
    if token.pos_ == "ADP":  # a framing phrase: "To the mayor, …" is a view; "In a poll, …" a finding
        objects = (c.lower_ for c in token.children if c.dep_ == "pobj")
        owned = next((w for w in objects if w in OWNED_VIEW_NOUNS), None)
        if owned is not None:  # "In her words, …" is speech, "In her view, …" a view
            return "speech" if owned == "words" else "belief"
        return "belief" if token.lower_ in PERSPECTIVE_PREPOSITIONS else "knowledge"
    lemma = verb_lemma(token) if token.pos_ in _VERBAL else ""
    if lemma in BELIEF_VERBS or lemma in INTENTION_VERBS or lemma in ATTITUDE_VERBS or lemma in WISHING_VERBS:
        return "belief"
    if lemma in KNOWLEDGE_VERBS:
        return "knowledge"
    return "speech"


# -- the rules: from a cue to its content's tokens ----------------------------------------------
def _past_names_read_as_clauses(children: list[Token]) -> list[Token]:
    """A verb's children, with a name the parse read as a clause put right: "told the news agency
    QNA that …", "in a statement carried by the agency TNA that …" (the name, right after the noun
    it names, taken for the complement; the that-clause its child or its sibling)."""
    out: list[Token] = []
    for c in children:
        after_noun = c.i > 0 and c.doc[c.i - 1].pos_ == "NOUN"
        named = c.dep_ in {"ccomp", "advcl"} and c.tag_ in {"NNP", "NNPS"} and after_noun
        if named and not any(g.dep_ in {"nsubj", "nsubjpass", "aux", "cop"} for g in c.children):
            out.extend(g for g in c.children if g.dep_ == "ccomp" and g.i > c.i)
        else:
            out.append(c)
    return out


def _clause(cue: Cue) -> list[Token] | None:
    """A verb's clausal complement: "said (that) the plan …", "Talks stalled, officials said",
    "told reporters that …", "learned that …"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    verb = cue.token
    speaker = cue.speaker
    if _closing_frame(verb, verb.head):  # "Roe said the plan would fail, the paper reported"
        return _clause_above_frame(verb)
    if speaker is not None and stranded_antecedent(speaker) is not None:
        # "a deal critics said overpaid for old factories": what they said of the deal comes after
        after = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i), None)
        return _trimmed(list(after.subtree)) if after is not None else None
    # Not a clause past the subject of an inverted frame ("“…,” said Roe, who co-founded it"): the
    # parse broke the subject's own relative clause.
    # ("said later that …": the parse may hang the clause on the adverb after the verb)
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i]
    hung_on_adverb = [g for c in adverbs for g in c.children if g.dep_ == "ccomp"]
    clauses = [
        c
        for c in _past_names_read_as_clauses([*verb.children, *hung_on_adverb])
        if (c.dep_ == "ccomp" or _that_clause(c) or _asked_question(c))
        and not (_inverted(speaker, verb) and speaker.i < c.left_edge.i)
        # "…, said a spokesman, Ivo Pell, who ran in the bloc Roe helped form": the source's own
        and not (speaker is not None and verb.i < c.left_edge.i <= speaker.i <= c.right_edge.i)
        and not _gloss_after_frame(c, verb)
        and not _absolute_after(c, verb)
        and not _nouns_clause(c)
        and not _closing_frame(c, verb)
    ]
    closing = next((c for c in verb.children if _closing_frame(c, verb)), None)
    if not clauses and closing is not None:
        # "Roe said the plan would fail, the paper reported", with "fail" hung on "reported": Roe's
        inner = next((c for c in closing.children if c.dep_ == "ccomp" and verb.i < c.i < closing.i), None)
        clauses = [inner] if inner is not None else []
    # Two clauses ("He has not backed down — he told the paper that …"): the one after the cue.
    clause = next((c for c in clauses if c.i > verb.i), clauses[0] if clauses else None)
    if clause is not None and clause.i < verb.i and not _reports_clauses(verb):
        return None  # "gave an interview to the Beacon, a weekly focused on …": no source-last frame
    if clause is not None and clause.i < verb.i and _opening_frame_of(clause) is not None:
        return None  # "Although Roe insisted fares should fall, the board disagrees": what Roe insisted
    if clause is not None and clause.i < verb.i and _object_after(verb):
        return None  # "The pier is old, Ng wrote a memoir about it": what it says is its object
    if clause is not None and clause.i < verb.i and _semicolon_between(clause, verb):
        return None  # "Wages rose; she backs the rules": a clause of its own, not the source-last frame
    if (
        clause is not None
        and clause.i < verb.i
        and cue.speaker is not None
        and clause.left_edge.i <= cue.speaker.i <= clause.right_edge.i
    ):
        # The source inside the clause: its own predicate, not what it reports; unless the parse
        # hung the name on the clause's last noun ("…, Jo Roe conceded"): the clause up to its comma.
        tail = _source_at_clause_end(clause, cue.speaker, verb)
        return _trimmed(list(verb.doc[clause.left_edge.i : tail])) if tail is not None else None
    stranded = _stranded_subject(clause) if clause is not None and clause.i > verb.i else None
    if stranded is not None:  # "… because she feared reprisals said …": she feared reprisals
        return _trimmed(list(stranded.subtree))
    witnessed = verb_lemma(verb) in PERCEPTION_VERBS and verb.dep_ != "xcomp"  # not "wants to see …"
    if clause is not None and witnessed and _bare_event(clause):
        return None  # "heard the mayor speak": an event witnessed, not content
    if clause is not None and verb_lemma(verb) in DISCOVERY_VERBS and _scene(clause) and _accusative(clause):
        return None  # "found her sitting alone": where someone was found, not a finding
    if clause is not None and clause.i < verb.i and _ends_in_colon(clause):
        return None  # "Roe fired back: “…,” she wrote": the clause introduces the quotation, not content
    if clause is None:
        hung = _relative_clause(verb) or _swallowed_clause(verb) or _stranded_clause(verb)
        hung = hung or _medium_clause(verb) or _clause_before_inversion(verb) or _clause_before_source(verb)
        hung = hung or _content_as_subject_before_inversion(verb)
        hung = hung or _clause_before_conjoined_frame(verb) or _clause_after_time(verb)
        hung = hung or _object_as_subject(verb) or _clause_before_final_frame(verb)
        hung = hung or _clause_after_reduced_frame(verb) or _clause_above_frame(verb)
        hung = hung or _clause_before_glossed_frame(verb) or _clause_before_split_frame(verb)
        hung = hung or _clause_after_that_and_comma(verb) or _joined_questions(verb)
        hung = hung or _content_read_as_relative(verb) or _marked_clause_in_setting(verb)
        hung = hung or _clause_after_opening_frame(verb) or _clause_run_on_after(verb)
        return _gone_on(verb, hung) if hung else hung
    first = _after_leading_setting(clause) if clause.i > verb.i else clause.left_edge.i
    counted = _counted_subject(verb, clause) if clause.i > verb.i else None
    if counted is not None:  # "said up to one in five sailings could be cancelled"
        first = counted
    first = _after_listener_run_in(verb, clause, first)
    subject = _subject_taken(verb, clause)
    if subject is not None and not (speaker is not None and subject.i == speaker.i):
        # "believe her record as a captain will reassure them" (not "…, said Roe, would …": the source)
        first = subject.left_edge.i
    end = _next_speech(clause)
    # before a source-last frame, every clause the parse hung on the verb is its content ("The
    # drought cost us dearly, and Roe believes …, Ng said", both clauses of "said")
    latest = max((c for c in clauses if c.i < verb.i), key=lambda c: c.right_edge.i, default=clause)
    last = clause.right_edge.i if clause.i > verb.i else _to_frame(latest, verb, speaker)
    inner = _frame_closing_inside(clause) if clause.i > verb.i else None
    if inner is not None:  # "told colleagues she “could not cope” that night, a jury has heard"
        last = min(last, inner - 1)
    quoted = _quoted_tail(verb.doc, last) if clause.i > verb.i else None
    if quoted is None and clause.i > verb.i:
        quoted = _quoted_predicate_apart(clause, last)
    if quoted is not None:  # "would leave staff “stretched to breaking point”.", the quotation parsed apart
        last = quoted
    setting = _trailing_setting(clause, first, last) if clause.i > verb.i else None
    if setting is not None:  # "said the plan would fail in an interview with the Herald": where she said it
        last = setting - 1
    act = _sources_act_after(clause, last) if clause.i > verb.i else None
    if act is not None:  # "argue the deal puts jobs at risk, pointing to …": the unions point
        last = act.left_edge.i - 2
    other = _unagreeing_conjunct(clause) if clause.i > verb.i else None
    if other is not None:  # "acknowledged that members were tired but was adamant …": the source's
        link = [c.i for c in clause.children if c.dep_ in {"cc", "punct"} and clause.i < c.i < other.i]
        last = min(last, (min(link) if link else other.left_edge.i) - 1)
    predicate = _split_predicate(verb, clause, last) if clause.i > verb.i else None
    if end is None and predicate is not None:  # "believes defences built in 1990 have starved …"
        last = predicate.right_edge.i
    relative = _split_relative(verb, last) if clause.i > verb.i else None
    if end is None and relative is not None:  # "was “proud of the fight” his side had shown"
        last = relative.right_edge.i
    second = next((c for c in verb.children if c.i > last and _that_conjunct(c)), None)
    if second is not None and _reported_by_frame_before(verb):
        second = None  # "She said the win showed how far they had come, and that she …": hers
    if end is None and second is not None:  # "believes it works, but that it costs too much"
        last = second.right_edge.i
    shifted = next((c for c in verb.children if c.i > last and _goes_on(c, clause)), None)
    if end is None and shifted is not None:  # "said he was sorry and had sought help"
        last = shifted.right_edge.i
    present = next((c for c in verb.children if c.i > last and _present_conjunct(c, clause, last)), None)
    if end is None and present is not None:  # "told a crowd that he expects to win and he is doing better"
        last = present.right_edge.i
    state = next((c for c in verb.children if c.i > last and _state_conjunct(c, last)), None)
    if end is None and state is not None:  # "told reporters that he was “shaken” but determined to …"
        last = state.right_edge.i
    later = [c for c in verb.children if c.i > last]
    joined = (c for c in later if _reason_after(c, last) or _condition_after(c, clause, last))
    reason = next(joined, None) or next((c for c in later if _restriction_after(c, last)), None)
    if end is None and reason is not None:  # "wrote that it was futile, because the police hold …"
        last = reason.right_edge.i
    after = {last + 1, last + 2}
    listed = next((c for c in verb.children if c.left_edge.i in after and _listed_verb(c, clause)), None)
    if end is None and listed is not None and verb.doc[listed.left_edge.i - 1].text == ",":
        last = listed.right_edge.i  # "needed to build a pier, train crews and buy boats"
    run_on = _listed_clause(verb, last) if clause.i > verb.i else None
    while end is None and run_on is not None:  # "said the road was dry, visibility was good and …"
        last = run_on.right_edge.i
        run_on = _listed_clause(verb, last)
    # a clause right against the content's end, with no mark or word to join it, is no second
    # content but a clause inside the first: "could cost $1m for every week the cameras are dark"
    glued = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == last + 1), None)
    if end is None and clause.i > verb.i and glued is not None and has_subject(glued):
        last = glued.right_edge.i
    tokens = list(verb.doc[first : end if end is not None else last + 1])
    if clause.i > verb.i and first < verb.i:
        # "the scheme, which critics say will double traffic": the relative pronoun and what is said
        # of it, not the frame between them
        frame = min(speaker.left_edge.i, verb.i) if speaker is not None and speaker.i < verb.i else verb.i
        tokens = [t for t in tokens if not frame <= t.i <= verb.i]
        # ("The tax, which economists say will hurt farmers, takes effect in May": the aside ends at
        # its comma, though the parse hung the sentence's own verb on the clause)
        doc = verb.doc
        commas = (t.i for t in tokens if t.text == "," and t.i + 1 < len(doc))
        main = (i for i in commas if _main_verb_after_aside(doc[i + 1], clause))
        closing = next(main, None) if first > 0 and doc[first - 1].text == "," else None
        if closing is not None:
            tokens = [t for t in tokens if t.i < closing]
    if clause.i < verb.i and end is None:
        tokens += _content_after_frame(verb, speaker)
        tokens += _predicate_after_frame(verb, clause)  # "The pier is not, Roe insists, beyond repair"
    front = _fronted_subject(verb, clause, speaker)
    if front:  # "The ferry, the captain said, will not sail", parsed around "said"
        tokens = [*front, *tokens]
    aside = next((c for c in clause.children if c.dep_ == "parataxis" and c.i < clause.i), None)
    if aside is not None and clause.i > verb.i and speech_verb(aside) is not None:
        # "believes, her spokeswoman added, that she was targeted": another's frame set inside it
        tokens = [t for t in tokens if not aside.left_edge.i <= t.i <= aside.right_edge.i]
    return _without_asides(_trimmed(tokens) if end is not None else tokens, clause, adverbial=False)


def _after_listener_run_in(verb: Token, clause: Token, first: int) -> int:
    """Where a clause after "told" starts when the parse ran the one told into its subject ("told CBC
    News crews were focusing on …", read as "CBC News crews"): a verb that needs a listener has none,
    and the subject opens with a name before a common noun; the name is who was told."""
    if clause.i < verb.i or verb_lemma(verb) not in NEEDS_LISTENER_VERBS:
        return first
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children):
        return first
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.pos_ == "PROPN" and subject.left_edge.i == first:
        return _name_after_listener(clause.doc[first : subject.i + 1], first)
    if subject is None or subject.pos_ != "NOUN" or subject.left_edge.i != first:
        return first
    run = clause.doc[first : subject.i]
    named = len(run) > 0 and all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in run)
    if named:
        return subject.i
    # "told the meeting residents had been ignored", read as "the meeting residents": the noun
    # before the subject's own words is who was told
    told = [t for t in run if t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.i == subject.i]
    listener = run[: told[-1].i - first + 1] if told else run[:0]
    if told and run[0].pos_ == "DET" and all(t.pos_ in {"DET", "NOUN"} for t in listener):
        return told[-1].i + 1 if can_be_told(told[-1]) else first
    return first


def _main_verb_after_aside(token: Token, clause: Token) -> bool:
    """Whether a word after a relative aside's comma is the sentence's own verb that the parse hung
    on the aside's clause as a conjunct: a tensed verb with no subject of its own."""
    return token.dep_ == "conj" and token.head.i == clause.i and _finite(token) and not has_subject(token)


def _content_read_as_relative(verb: Token) -> list[Token] | None:
    """The clause after who was told that the parse hung on them as a relative clause with no
    pronoun ("told the hearing the firm had made mistakes", read as "the hearing the firm had
    made"): a clause with a subject of its own and nothing missing is no relative clause."""
    if verb_lemma(verb) not in NEEDS_LISTENER_VERBS:
        return None
    told = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None)
    if told is None or not can_be_told(told):
        return None
    clause = next((c for c in told.children if c.dep_ == "relcl" and c.i > told.i), None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    # ("informed the board that Roe had been misled": "that" read as a relative pronoun, though the
    # clause has its own subject right after it, and nothing missing)
    pronouns = [c for c in clause.children if _relative_pronoun(c)]
    that = len(pronouns) == 1 and pronouns[0].lower_ == "that" and pronouns[0].i == told.i + 1
    if pronouns and not that:
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.left_edge.i != told.i + 1 + that:
        return None  # (its subject right after who was told)
    passive = subject.dep_ == "nsubjpass"
    whole = passive or any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp"} for c in clause.children)
    # ("told the paper she had spoken with the board": a tense of its own and its preposition's object)
    tensed = any(c.dep_ == "aux" for c in clause.children)
    placed = any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in clause.children)
    whole = whole or (tensed and placed)
    return _trimmed(list(clause.subtree)) if whole else None


def _name_after_listener(run: Span, first: int) -> int:
    """Where the subject's name starts in "told the court Pollock had panicked", which the parse read
    as one noun phrase: after who was told, a word for a person or a group ("the court",
    "reporters"), the name that follows is the clause's subject."""
    nouns = [t for t in run if t.pos_ == "NOUN"]
    if not nouns or any(t.pos_ not in {"DET", "ADJ", "NOUN"} for t in run[: nouns[-1].i - run.start + 1]):
        return first
    name = nouns[-1].i + 1
    if name >= run.end or not all(t.pos_ == "PROPN" for t in run.doc[name : run.end]):
        return first
    return name if can_be_told(nouns[-1]) else first


def _trailing_setting(clause: Token, first: int, last: int) -> int | None:
    """Where a phrase of the medium of saying starts that the parse hung on the verb of a content
    clause after its cue, at its end ("said the plan would fail in an interview with the Herald",
    "… in a statement on Monday", "… on Twitter", "… on the radio"): it tells where the cue's words
    were said. Only a piece of speech ("in a statement"), a platform or a broadcast: "at a meeting",
    "in emails", "on the speech" are the content's. Not a speech verb's own ("announced in a statement")."""
    if speech_verb(clause) is not None:
        return None
    doc = clause.doc
    heads = [clause, *(c for c in clause.children if c.dep_ in {"acomp", "dobj", "attr"})]
    for prep in (p for head in heads for p in head.children):
        if prep.dep_ != "prep" or prep.i < first + 2 or not _medium_of_saying(prep):
            continue
        rest = doc[prep.right_edge.i + 1 : last + 1]
        if all(_when(t) or (t.dep_ in {"prep", "det", "pobj", "punct"} and _timed(t)) for t in rest):
            return prep.i
    return None


def _medium_of_saying(prep: Token) -> bool:
    """ "in a statement", "in an interview", "on Twitter", "on the radio", "on the Today programme"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if prep.lower_ == "in":
        return obj.lemma_.lower() in SAID_IN_NOUNS and _child(obj, {"det"}, {"a", "an"}) is not None
    if prep.lower_ == "on":
        return obj.lower_ in SOCIAL_PLATFORMS or obj.lower_ in BROADCAST_MEDIA or _broadcast(obj)
    return False


def _timed(token: Token) -> bool:
    """A word of a phrase of time after a medium ("in a statement on Monday")."""
    phrase = token if token.dep_ == "prep" else token.head
    return any(_when(t) for t in phrase.subtree)


def _sources_act_after(clause: Token, last: int) -> Token | None:
    """A participle set off by a comma at the end of a content clause that is itself a cue ("argue
    the deal puts jobs at risk, pointing to the buyer's record", "…, citing the cost"): the source's
    act, which the parse hung on the clause's verb."""
    doc = clause.doc
    for child in clause.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < clause.i or child.right_edge.i != last:
            continue
        if doc[child.left_edge.i - 1].text == "," and reported_cue(child) is not None:
            return child
    return None


def _split_predicate(verb: Token, clause: Token, last: int) -> Token | None:
    """The predicate the parse split off a content as a second clause when its subject has a
    participle after it ("believes sea defences built in the 1990s have starved the beaches":
    "defences built …" one clause, "have starved …" another, with no subject of its own)."""
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return None
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == last + 1), None)
    if after is None or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in after.children):
        return None
    # a participle read as the clause's verb: by its tag, or by the modal the predicate opens with
    # ("warned that anyone found inciting violence would be arrested", "found" tagged a past tense)
    modal = after.doc[after.left_edge.i].tag_ == "MD"
    return after if clause.tag_ in {"VBN", "VBG"} or (modal and clause.tag_ == "VBD") else None


def _split_relative(verb: Token, last: int) -> Token | None:
    """A relative clause with no pronoun that the parse split off a content as a second clause of
    the verb ("said he was “proud of the fight” his young side had shown", "his side had shown" a
    clause of "said"): right after the content, past a closing mark at most, with a subject and no
    object, the noun before it being what it lacks."""
    doc = verb.doc
    noun, at = doc[last], {last + 1}
    if noun.tag_ == "''" and last > 0:  # the content already ends at the closing mark
        noun = doc[last - 1]
    elif last + 1 < len(doc) and doc[last + 1].tag_ == "''":
        at.add(last + 2)  # (the mark hung on either clause)
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i in at), None)
    if after is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in after.children) or _child(after, {"mark"}, {"that"}):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep"} for c in after.children):
        return None  # a clause of its own, whole
    return after if after.tag_ in {"VBN", "VBD"} else None


def _quoted_tail(doc: Doc, last: int) -> int | None:
    """The closing mark of quoted words right after a content's last word that end its sentence
    (a mixed content the parse broke at the opening mark): the content goes on to it."""
    if doc[last].tag_ == "``":
        last -= 1  # (the opening mark hung on the content's verb)
    if last + 1 >= len(doc) or doc[last + 1].tag_ != "``":
        return None
    sent_end = doc[last].sent.end
    close = next((k for k in range(last + 2, sent_end) if doc[k].tag_ == "''"), None)
    if close is None:
        return None
    rest = doc[close + 1 : sent_end]
    return close if all(t.is_punct or t.is_space for t in rest) else None


_PREDICATE_OF_BE = frozenset({"attr", "acomp", "prep", "advmod", "xcomp", "ccomp", "oprd", "npadvmod"})


def _quoted_predicate_apart(clause: Token, last: int) -> int | None:
    """The closing mark of a quoted predicate right after a content clause whose "be" has none
    ("said staffing had been 'below the planned level' that night", the quoted words hung on
    "said"): the content goes on to it."""
    doc = clause.doc
    if clause.lemma_ != "be" or any(c.dep_ in _PREDICATE_OF_BE for c in clause.children if c.i > clause.i):
        return None
    mark = last + 1
    if mark >= len(doc) or not doc[mark].is_quote or not _opens(doc[mark]):
        return None
    close = next((k for k in range(mark + 1, doc[last].sent.end) if doc[k].is_quote), None)
    return close if close is not None and close > mark + 1 else None


def _unagreeing_conjunct(clause: Token) -> Token | None:
    """A finite verb the parse joined to a content clause's verb that cannot share its subject, as
    their number shows ("… that members were tired but was adamant …"): it goes on the sentence
    above, with the source as its subject."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    number = _number(subject) if subject is not None else None
    if number is None:
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or has_subject(conj):
            continue
        form = next((c for c in conj.children if c.dep_ in {"aux", "auxpass"} and c.i < conj.i), conj)
        own = _verb_number(form)
        doc = clause.doc
        # (not after "and that", a second clause whose subject the parse joined to the first's words:
        # "… secured the vessels and that essential services were kept")
        second = any(doc[k].lower_ == "that" and doc[k - 1].dep_ == "cc" for k in range(clause.i + 1, conj.i))
        if own is not None and own != number and not second:
            return conj
    return None


def _number(subject: Token) -> str | None:
    """Whether a subject is singular or plural, where its word says so (not "I", "you", "who")."""
    if subject.pos_ == "PRON":
        kind = PERSONAL_PRONOUNS.get(subject.lower_)
        return "singular" if kind in {"male", "female", "neuter"} else "plural" if kind == "plural" else None
    if subject.lower_ in COLLECTIVE_NOUNS:
        return None  # "staff were told", "the team was told": either
    if subject.tag_ in {"NN", "NNP"}:
        return "singular"
    return "plural" if subject.tag_ in {"NNS", "NNPS"} else None


def _verb_number(verb: Token) -> str | None:
    """The number a verb form shows ("was", "has", "says": singular; "were", "have": plural)."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return "singular" if verb.tag_ == "VBZ" else "plural"
    if verb.lower_ in SINGULAR_VERB_FORMS:
        return "singular"
    return "plural" if verb.lower_ in PLURAL_VERB_FORMS else None


def _absolute_after(clause: Token, verb: Token) -> bool:
    """How the speaker was, set off after the frame: "…,” Roe said, her voice breaking", "…, his
    eyes red": a participle with no subject of its own, or a clause about the speaker's body, the
    parse made the verb's complement; no content."""
    first = clause.left_edge
    if clause.i < verb.i or first.i == 0 or first.doc[first.i - 1].text != ",":
        return False
    if any(c.dep_ in {"mark", "aux", "auxpass"} for c in clause.children):
        return False
    said_of_body = any(
        c.dep_ in {"nsubj", "compound", "poss"} and c.lower_ in BEARING_NOUNS for c in clause.children
    )
    bare = clause.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return said_of_body or (bare and any(c.dep_ == "poss" or c.dep_ == "compound" for c in clause.children))


def _present_conjunct(verb: Token, clause: Token, last: int) -> bool:
    """A clause in the present the parse joined by "and" to a plain past speech verb after its
    present content clause ("Roe told a crowd that he expects to win and he is doing better"): the
    writer would have put the past; the tense says the clause goes on what was said."""
    speech = verb.head
    if verb.dep_ != "conj" or speech.tag_ != "VBD" or any(c.dep_ == "aux" for c in speech.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (_present(verb) and _present(clause)):
        return False
    between = verb.doc[last + 1 : subject.left_edge.i]  # "and", a comma at most
    return any(t.dep_ == "cc" for t in between) and all(t.dep_ == "cc" or t.is_punct for t in between)


def _present(verb: Token) -> bool:
    """A verb in the present tense, by its own tag or its auxiliary's ("expects", "is doing")."""
    tags = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(t in {"VBZ", "VBP"} for t in tags) and not any(t == "VBD" for t in tags)


def _gone_on(verb: Token, tokens: list[Token]) -> list[Token]:
    """A content the parse hung elsewhere, with a verb joined to the speech verb that goes on it
    ("said in a statement that the striker was “heartbroken” and would appeal": he would), or a
    second that-clause joined to it ("told reporters after the talks that …, and that …")."""
    last = tokens[-1].i
    for c in verb.children:
        content = backshifted_conjunct(c) if c.i > last else None
        if content is not None and tokens[0].i <= content.i <= last:
            return list(verb.doc[tokens[0].i : c.right_edge.i + 1])
        joined = c.i > last and all(t.dep_ == "cc" or t.is_punct for t in verb.doc[last + 1 : c.left_edge.i])
        if joined and _that_conjunct(c):  # "… “hard but useful” and that …"
            return list(verb.doc[tokens[0].i : c.right_edge.i + 1])
    return tokens


def _state_conjunct(word: Token, last: int) -> bool:
    """A word of feeling or intent the parse joined to the speech verb right after a content that
    says how someone was ("told reporters that he was “shaken” but determined to drive again"): no
    act of the speaker's, the state goes on ("was … determined")."""
    between = word.doc[last + 1 : word.i]  # "but", a closing mark at most
    if word.dep_ != "conj" or [t.dep_ for t in between if not t.is_punct] != ["cc"] or len(between) > 2:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children):
        return False
    return word.lower_ in FEELING_ADJECTIVES or word.lower_ in INTENTION_ADJECTIVES or word.tag_ == "JJ"


def _goes_on(verb: Token, clause: Token) -> bool:
    """Whether a verb the parse joined to the speech verb goes on its content clause (see
    ``backshifted_conjunct``)."""
    content = backshifted_conjunct(verb)
    return content is not None and content.i == clause.i


def _nouns_clause(clause: Token) -> bool:
    """A that-clause right after a noun of a preposition whose content it is ("on the condition
    that his name not be used", "in the hope that …"): the noun's, not the verb's."""
    first = clause.left_edge
    before = first.doc[first.i - 1] if first.i else None
    while before is not None and before.i > 0 and before.pos_ == "ADV":
        before = first.doc[before.i - 1]  # "in the clearest sign yet that …"
    if first.lower_ != "that" or before is None or before.dep_ != "pobj":
        return False
    return before.lemma_.lower() in CONDITION_NOUNS or before.lower_ in CONDITION_NOUNS


def _opening_frame_of(clause: Token) -> Token | None:
    """The verb of a subordinate frame opening a clause that the parse made the frame's head
    ("Although Roe insisted fares should fall, the board disagrees": "insisted" hung on "fall",
    "fall" on "disagrees"), if any: a marked verb of asserting or believing, which cannot stand
    without its clause (not "As the mayor spoke, …"; nor "As Roe predicted, …", an as-frame)."""
    # ("Although Roe maintained the road had failed": the clause's subject may be read as the
    # frame's object when the clause has none)
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    for frame in clause.children:
        if frame.dep_ != "advcl" or frame.i > clause.i or frame.left_edge.i != clause.left_edge.i:
            continue
        marks = [c.lower_ for c in frame.children if c.dep_ == "mark"]
        taken = {"ccomp", "xcomp", "dobj"} if subject else {"ccomp", "xcomp"}
        bare = not any(c.dep_ in taken for c in frame.children)
        asserting = verb_lemma(frame) in ASSERTING_VERBS | BELIEF_VERBS
        if marks and "as" not in marks and bare and asserting:
            return frame
    return None


def _clause_after_opening_frame(verb: Token) -> list[Token] | None:
    """The content of a subordinate frame opening its sentence, that the parse made the frame's head
    ("Although Roe insisted fares should fall, the board disagrees": Roe insisted fares should fall)."""
    clause = verb.head
    if verb.dep_ != "advcl" or verb.i > clause.i or clause.dep_ != "ccomp" or clause.head.i < clause.i:
        return None
    frame = _opening_frame_of(clause)
    if frame is None or frame.i != verb.i:
        return None
    return _trimmed([t for t in clause.subtree if t.i > verb.i]) or None


def _reports_clauses(verb: Token) -> bool:
    """A verb that can report a clause before it ("…, officials said", "…, she believes"), unlike
    one whose content is an object or an infinitive ("focused", "endorsed")."""
    lemma = verb_lemma(verb)
    return speech_verb(verb) is not None or lemma in _CLAUSAL_VERBS or verb.lower_ in IRREGULAR_VERB_FORMS


def _bare_event(clause: Token) -> bool:
    """A clause of a subject and a bare verb, with no auxiliary or "that": "the mayor speak"."""
    return clause.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)


def _scene(clause: Token) -> bool:
    """A clause of a subject and a present participle, with no auxiliary or "that": "him clinging
    to a buoy". Where someone was found, with a subject in the object case, is no finding."""
    return clause.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)


def _accusative(clause: Token) -> bool:
    """Whether a clause's subject is a pronoun in the object case ("her sitting", "them waiting"):
    the object of the verb above, no subject of content of its own. Not a reflexive one: "found
    herself backing the plan" is where she stands."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "PRP" or "Yes" in subject.morph.get("Reflex"):
        return False
    return "Acc" in subject.morph.get("Case")


def _to_frame(clause: Token, verb: Token, speaker: Token | None) -> int:
    """Where a clause before its source ends: at the comma before the source's words, though the
    parse hung the last words on the verb ("ignore words like “maybe” and “perhaps”, he said")."""
    last = clause.right_edge.i
    start = min(speaker.left_edge.i, verb.i) if speaker is not None else verb.i
    comma = start - 1
    doc = verb.doc
    if comma <= last or doc[comma].text != ",":
        return last
    stops = any(t.text in _FRAME_STOPS or t.dep_ == "nsubj" for t in doc[last:comma])
    return last if stops or comma - last - 1 > _FRAME_GAP else comma - 1


_FRAME_GAP = 8  # words the parse may strand between a clause and its source's comma
_FRAME_STOPS = frozenset({".", ";", ":", "?", "!"}) | DASH_WORDS  # (not past a dash: a new clause)


def _after_leading_setting(clause: Token) -> int:
    """Where a clause after its cue starts, past a time or a medium of saying the parse hung on it
    before its subject ("told reporters last month she hoped …": last month is when she told them,
    not when she hoped; "said in a statement it was monitoring …", "said at the rally the plan …").
    With "that" the phrase would stand after it ("… that last month she …") and stays."""
    first = clause.left_edge.i
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None or _child(clause, {"mark"}, {"that"}) is not None:
        return first
    for child in clause.children:
        leading = child.i < subject.i and child.left_edge.i == first
        if not leading or child.dep_ not in {"npadvmod", "prep", "advmod"}:
            continue
        words = clause.doc[max(first - 1, 0) : subject.left_edge.i]
        if any(t.is_quote for t in words):
            break  # quoted words of the content ("said “on her worst day” she …")
        if _said_through(child):
            first = child.right_edge.i + 1
            continue  # "in a statement", "on the radio", "at the rally": how or where it was said
        if not any(_when(t) for t in child.subtree):
            break
        if clause.doc[child.right_edge.i + 1].is_punct:
            break  # "said last spring, the pier …": set off by a comma, the time is the content's
        first = child.right_edge.i + 1
    return first


def _said_through(phrase: Token) -> bool:
    """A phrase of the medium or the occasion of saying: "in a statement", "on the radio", "at the
    rally", "after the vote"; not one of place or topic ("in Ohio", "on housing")."""
    if phrase.dep_ != "prep":
        return False
    if phrase.lower_ in OCCASION_PREPOSITIONS:
        return True
    obj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if obj is None or phrase.lower_ not in MEDIUM_PREPOSITIONS:
        return False
    return obj.lemma_.lower() in SAID_IN_NOUNS or _medium(obj)


def _listed_verb(verb: Token, clause: Token) -> bool:
    """A verb with no subject that the parse hung on the cue after the content and a comma: the
    next item of a list the content ends in ("to build a pier, train crews and buy boats"; "said
    the men entered the shop, threatened the owner and left", in the clause's own tense); a verb
    of saying takes no bare verb of its own."""
    if has_subject(verb):
        return False
    if verb.tag_ == "VB" and verb.dep_ in {"advcl", "conj", "dep"}:
        return True
    past = verb.tag_ == clause.tag_ and verb.tag_ in {"VBD", "VBZ"} and clause.i < verb.i
    # (not a verb with a clause of its own: "said the plan failed, added that …" frames anew)
    framing = any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    return past and verb.dep_ == "ccomp" and has_subject(clause) and not framing


def _listed_clause(verb: Token, last: int) -> Token | None:
    """A clause with a subject of its own that the parse hung on the cue right after the content
    and a comma: the next of a list of clauses the cue reports ("said the road was dry, visibility
    was good and there was no traffic")."""
    doc = verb.doc
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    starts = {last + 1, last + 2}  # (the comma may be the clause's own first token)
    listed = (c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i in starts and has_subject(c))
    return next(listed, None)


def _reported_by_frame_before(verb: Token) -> bool:
    """Whether a cue is itself in the content of a verb of saying before it ("She said the win
    showed …"): a second "that" clause joined to it is more of the outer verb's content."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i < verb.i and speech_verb(head) is not None


def _that_conjunct(clause: Token) -> bool:
    """A second "that" clause the parse joined to the cue itself ("believes there is none, but that
    …"): more of the same content."""
    return clause.dep_ == "conj" and clause.pos_ in _VERBAL and _child(clause, {"mark"}, {"that"}) is not None


def _that_clause(clause: Token) -> bool:
    """A "that" clause after the verb the parser took for an adverbial one ("said only that it
    was …"): the verb's complement, unless the "that" is part of "so that", "now that" …"""
    if clause.dep_ != "advcl" or clause.i < clause.head.i:
        return False
    mark = _child(clause, {"mark"}, {"that"})
    if mark is None or mark.i == 0:
        return False
    return clause.doc[mark.i - 1].lower_ not in _THAT_CONNECTIVES


def _asked_question(clause: Token) -> bool:
    """An "if" or "whether" clause after a verb of asking, which the parser took for an adverbial
    one ("asked workers if they planned to come"): the question asked."""
    head = clause.head
    if clause.dep_ != "advcl" or clause.i < head.i:
        return False
    if verb_lemma(head) in ASKING_VERBS and _question_mark(clause) is not None:
        return True
    # "has not said when she will decide", "would not say how much it cost": what was left unsaid,
    # a question right after the negated verb (not "said it when she left")
    opener = clause.doc[clause.left_edge.i]
    unsaid = any(c.dep_ == "neg" for c in head.children) and speech_verb(head) is not None
    return unsaid and opener.i == head.i + 1 and opener.lower_ in QUESTION_WORDS


_THAT_CONNECTIVES = frozenset({"so", "such", "now", "in", "except", "given", "provided", "providing"})


def _reason_after(clause: Token, last: int) -> bool:
    """A clause of cause or condition right after the reported clause that the parse hung on the
    verb of saying (``REASON_MARKS``), past a comma or a closing mark at most (not a dash)."""
    if clause.dep_ != "advcl" or not _finite(clause):
        return False
    doc = clause.doc
    mark = doc[clause.left_edge.i]
    if mark.dep_ != "mark" or mark.lower_ not in REASON_MARKS:
        return False
    between = doc[last + 1 : mark.i]
    return all((t.is_punct or t.is_space) and t.text not in DASH_WORDS for t in between)


def _restriction_after(condition: Token, last: int) -> bool:
    """An "only if" clause right after the reported clause, that the parse hung on the verb of
    saying or joined to it ("said he would reopen the depot, but only if the union agreed"): a
    restriction of what was said, not of the saying (``RESTRICTION_WORDS``)."""
    if condition.dep_ not in {"advcl", "conj"} or not _finite(condition):
        return False
    mark = next((c for c in condition.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "if" or mark.i <= last:
        return False
    between = condition.doc[last + 1 : mark.i]
    between = [t for t in between if not (t.is_space or (t.is_punct and t.text not in DASH_WORDS))]
    return any(t.lower_ == "only" for t in between) and all(t.lower_ in RESTRICTION_WORDS for t in between)


def _condition_after(condition: Token, clause: Token, last: int) -> bool:
    """An "if" clause right after a reported clause with a modal, that the parse hung on the verb
    of saying: the condition of what was said ("told the paper he would vote yes if the numbers
    held", the "yes" hung on the verb too), not of the saying."""
    if condition.dep_ != "advcl" or not _finite(condition):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    doc = condition.doc
    mark = doc[condition.left_edge.i]
    if mark.dep_ != "mark" or mark.lower_ != "if":
        return False
    between = doc[last + 1 : mark.i]
    hung = condition.head.i
    return all(
        ((t.is_punct or t.is_space) and t.text not in DASH_WORDS) or (t.dep_ == "intj" and t.head.i == hung)
        for t in between
    )


def _fronted_subject(verb: Token, clause: Token, speaker: Token | None) -> list[Token]:
    """The words of the subject of a clause after the cue that stands before the cue's own subject,
    set off by a comma, when the parse hung it on the cue ("The ferry, the captain said, will not
    sail"), or made the source its apposition ("The ferry, an aide to the captain said, will …")."""
    if speaker is None or clause.i < verb.i or has_subject(clause):
        return []
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in {"dep", "nsubj"} and child.i < speaker.left_edge.i and child.i != speaker.i:
            apposed = speaker.dep_ == "appos" and speaker.head == child
            last = speaker.left_edge.i - 2 if apposed else child.right_edge.i
            if child.pos_ in {"NOUN", "PROPN", "PRON"} and doc[min(last + 1, len(doc) - 1)].text == ",":
                return list(doc[child.left_edge.i : last + 1])
    return []


def _next_speech(clause: Token) -> int | None:
    """Where a clause stops that the parse ran on into the speaker's next act of speech: a second
    predicate with no subject of its own ("says he admires her and calls her a friend"), or another
    source's speech ("said the plan worked, while others said it failed"). None: it does not, or
    the clause comes before a source-last frame, which reports all of it ("The pier closed, and
    Roe believes it will stay shut, Ng said")."""
    if clause.i < clause.head.i:
        return None
    for nested in _nested_clauses(clause):  # "said its tests showed the water was safe, and accused …"
        for child in nested.children:
            if child.i > nested.i and child.dep_ == "conj" and child.pos_ in _VERBAL and next_act_of(child):
                return child.left_edge.i
    for child in clause.children:
        if child.i < clause.i or child.dep_ not in {"conj", "advcl"} or child.pos_ not in _VERBAL:
            continue
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in child.children):
            continue  # "… and services were being maintained": a passive, no act of the speaker's
        if next_act_of(child) is not None:
            return child.left_edge.i  # the conjunction and comma before it are trimmed
        if speech_verb(child) is None or verb_lemma(child) in _BELIEF_OR_KNOWLEDGE:
            continue  # "was elated but feared …", "hoped …": a state the content goes on to report
        # (its "that" marked, or read as a determiner: "… and that essential services were kept")
        second = _child(child, {"mark"}, {"that"}) is not None
        second = second or child.doc[child.left_edge.i].lower_ == "that"
        if child.dep_ == "conj" and second:
            continue  # "said it was wrong and that he had written to them": a second content clause
        if child.dep_ == "conj" and has_subject(child):
            return child.left_edge.i  # "said the pier closed and the mayor said …": another source
        if child.dep_ == "advcl" and has_subject(child) and _child(child, {"mark"}, CONTRAST_MARKS):
            return child.left_edge.i  # "…, while others said …": another source set against it
    return None


def _nested_clauses(clause: Token) -> Iterator[Token]:
    """The clauses reported inside a content clause, innermost last ("its tests showed [the water
    was safe]")."""
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i), None)
    while inner is not None:
        yield inner
        inner = next((c for c in inner.children if c.dep_ == "ccomp" and c.i > inner.i), None)


def _inverted(speaker: Token | None, verb: Token) -> bool:
    """Whether ``speaker`` is the verb's own subject, after it ("said Roe"), not an agent ("asked by
    Roe whether …")."""
    return speaker is not None and speaker.i > verb.i and speaker.dep_ == "nsubj" and speaker.head == verb


def _subject_taken(verb: Token, clause: Token) -> Token | None:
    """The clause's subject when the parse made it the cue's object ("believe [her record] … [will
    reassure]"): a clause after the cue with no subject or "that" of its own, and an object of a
    cue that names no listener between them."""
    if clause.i < verb.i or verb_lemma(verb) in LISTENER_VERBS:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl", "mark"} for c in clause.children):
        return None
    # ("said the days when … are gone", "days" parsed an adverbial noun of "said")
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and verb.i < c.i < clause.i), None)
    described = obj is not None and any(c.dep_ == "relcl" for c in obj.children)
    if obj is None or obj.pos_ == "PRON" or (obj.dep_ == "npadvmod" and not described):
        return None  # "believe him": a person believed, not a clause's subject; "said Monday …"
    return obj


def _ends_in_colon(clause: Token) -> bool:
    """A clause closed by a colon of its own ("Roe was blunt:"): it introduces what follows."""
    return any(c.text == ":" and c.i > clause.i for c in clause.children)


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """A semicolon stands between a clause and the verb after it: they are two sentences."""
    return any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _object_as_subject(verb: Token) -> list[Token] | None:
    """A clause whose subject the parse made the cue's object ("maintained local fares could rise",
    "fares" an object and "could rise" an adverbial): the object and the verb with a tense right
    after it, which has no subject of its own."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or verb_lemma(verb) not in _SPEECH_BELIEF_KNOWLEDGE:
        return None
    after = obj.right_edge.i + 1
    hung = (c for c in verb.children if c.dep_ in {"advcl", "ccomp", "conj"} and c.left_edge.i == after)
    clause = next(hung, None)
    if clause is None or has_subject(clause) or not _finite(clause) or clause.pos_ not in _VERBAL:
        return None
    return list(verb.doc[obj.left_edge.i : clause.right_edge.i + 1])


def _clause_before_inversion(verb: Token) -> list[Token] | None:
    """The clause before an inverted source ("…, added Jo Roe.", however parsed): the sentence up
    to the comma, and on past the name when it stands inside the clause ("The pier, added Roe, …")."""
    name = _inverted_name(verb)
    if name is None:
        return None
    doc, sent = verb.doc, verb.sent
    tokens = list(doc[sent.start : verb.i - 1])
    after = name.i + 1
    if after + 1 < sent.end and doc[after].text == ",":
        tokens += list(doc[after + 1 : sent.end])
    return _trimmed(tokens) or None


def _content_as_subject_before_inversion(verb: Token) -> list[Token] | None:
    """A headline's content the parse made a second subject of an inverted frame ("Fares to rise
    next month, say officials", "Ferry deal close, says minister"): the verb follows the content's
    comma and its source follows the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or speech_verb(verb) is None:
        return None
    after = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    before = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if after is None or before is None or before.right_edge.i != verb.i - 2:
        return None
    return _trimmed(list(doc[before.left_edge.i : verb.i - 1])) or None


def _clause_before_source(verb: Token) -> list[Token] | None:
    """The clause before a source set off after it that the parse joined to the clause's verb (see
    :func:`conjoined_source`): the sentence up to the comma before the source."""
    found = conjoined_source(verb)
    if found is None:
        return None
    return _trimmed(list(verb.doc[verb.sent.start : found[0]])) or None


def _clause_before_conjoined_frame(verb: Token) -> list[Token] | None:
    """A source-last frame the parse made a conjunct or an adverbial clause of its clause's verb
    ("Ice is melting faster, a new study has found, raising fears …"; "The farm must be rebuilt,
    the head of Acme contended this week", the source an apposition of "rebuilt"'s last noun): the
    sentence up to the comma before the source. Not two clauses joined by "and" or "but"."""
    head = verb.head
    if verb.dep_ not in {"conj", "advcl"} or head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if head.dep_ != "ROOT" or not _reports_clauses(verb) or any(c.dep_ == "mark" for c in head.children):
        return None
    # (the subject nearest the verb: "… possible for people with ideas to organize, she said", the
    # parse gave "said" the clause's own subject and "for" as well)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    subject = subjects[-1] if subjects else None
    frame = subject.left_edge.i if subject is not None else 0
    doc = verb.doc
    marks = [c for c in verb.children if c.dep_ == "mark" or c.lower_ == "to"]
    if any(not _verb_between(doc, c.i, frame) for c in marks) or not _finite(verb):
        return None  # "as polls are showing …", "as at this time, polls show", "… to counter": no frame
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "prices rose and analysts said …"
    if subject is None and verb.dep_ == "advcl" and verb.tag_ in {"VBD", "VBZ"}:
        subject = subject_of(verb)  # (by position: the parse hung the source on the clause)
        subject = subject if subject is not None and subject.i < verb.i else None
    comma = _set_off_source(verb, subject)
    if comma is None:
        return None
    first = next((t for t in doc[verb.sent.start : verb.i] if not (t.is_space or t.is_punct)), None)
    if first is None or first.pos_ == "SCONJ":
        return None  # "While X has Y, Z have cited …": the clause before is the verb's own setting
    return _trimmed(list(doc[verb.sent.start : comma])) or None


def _set_off_source(verb: Token, subject: Token | None) -> int | None:
    """The comma before the source of a source-last frame, set off after its clause ("…, officials
    said"): the comma right before the subject, with only auxiliaries, a negation or an adverb
    between the subject and the verb."""
    if subject is None or subject.left_edge.i < 1 or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    return subject.left_edge.i - 1 if _only_modifiers_between(subject, verb) else None


def _only_modifiers_between(subject: Token, verb: Token) -> bool:
    """Whether only auxiliaries, a negation or an adverb stand between a subject and its verb."""
    doc = verb.doc
    return all(doc[k].dep_ in {"aux", "neg", "advmod"} for k in range(subject.right_edge.i + 1, verb.i))


def _clause_above_frame(verb: Token) -> list[Token] | None:
    """A source-last frame the parse made a clause of the clause it reports ("Such a move could
    alienate his backers, Roe's allies believe — backers she will need", "believe" a complement of
    "alienate"): the clause up to the comma before the source, when the frame has nothing of its own
    after it."""
    head = verb.head
    doc = verb.doc
    # or of a noun in it, as the noun's clause ("… add to evidence that shift work harms sleep, the
    # authors wrote"), when the frame ends the sentence: the sentence up to the comma
    on_noun = verb.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}
    on_noun = on_noun and all(t.is_punct or t.is_space for t in doc[verb.i + 1 : verb.sent.end])
    if not ((verb.dep_ == "ccomp" and head.pos_ in _VERBAL) or on_noun):
        return None
    if head.i > verb.i or not _reports_clauses(verb):
        return None
    own = [c for c in verb.children if c.i > verb.i and c.dep_ not in {"punct", "npadvmod", "advmod"}]
    if any(not _gloss_after_frame(c, verb) for c in own):
        return None
    comma = _set_off_source(verb, _subject_before(verb))
    if comma is None:
        return None
    start = verb.sent.start if on_noun else head.left_edge.i
    if start >= comma or any(t.is_sent_start for t in doc[start + 1 : comma]):
        return None
    return _trimmed(list(doc[start:comma])) or None


def _counted_subject(verb: Token, clause: Token) -> int | None:
    """Where a clause starts whose subject the parse hung on the cue, leaving the clause without
    one: a count taken for a prepositional phrase ("said up to one in five sailings could be
    cancelled", "about 200 jobs"), a gerund taken for the cue's complement ("said raising fares
    now, before the boats arrive, would be a mistake"), or a thing taken for who was told ("warned
    the cap would destroy jobs")."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "mark"} for c in clause.children):
        return None  # (after "that" a subject comes after it: "tweeted his call that Roe share …")
    doc = verb.doc
    hung = next((c for c in verb.children if c.left_edge.i == verb.i + 1), None)
    if hung is None:
        return None
    end = hung.right_edge.i + 1
    if end < len(doc) and doc[end].text == "," and end + 1 == clause.left_edge.i:
        end += 1  # (the gerund's own clause set off by a comma)
    if end != clause.left_edge.i:
        return None
    counted = hung.dep_ == "prep" and any(t.tag_ == "CD" for t in hung.subtree)
    gerund = hung.dep_ in {"xcomp", "advcl"} and hung.tag_ == "VBG"
    # "warned the cap would destroy jobs": no one who can be told, so the clause's subject
    thing = hung.dep_ == "dobj" and hung.pos_ == "NOUN" and not can_be_told(hung)
    return hung.left_edge.i if counted or gerund or thing else None


def _marked_clause_in_setting(verb: Token) -> list[Token] | None:
    """A that-clause the parse made a relative clause (or a clause) of a noun in a phrase after who was told
    ("told the crowd at a dinner for nurses that she had met the board"): its "that" is a
    complementizer (a relative "that" is the clause's subject or object), and it has a subject of
    its own. With no one told, only a "that" marked as a complementizer ("said outside the
    courthouse that the evidence was clear")."""
    told = next((c for c in verb.children if c.dep_ == "dobj"), None)
    listener = verb_lemma(verb) in LISTENER_VERBS and told is not None
    if not listener and (told is not None or verb_lemma(verb) not in ASSERTING_VERBS):
        return None  # "signed the deal at the summit that …", "apologized for the decision that …"
    settings = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    if told is not None and told.lemma_.lower() in GATHERING_NOUNS:  # "told a press briefing that …"
        settings.append(told)
    for prep in settings:
        for clause in prep.subtree:
            # (a "that" the parse made the clause's object, where it has a subject of its own: after
            # who was told and where, a complementizer: "told a briefing at the launch of the
            # campaign that Roe would appeal")
            that = clause.doc[clause.left_edge.i]
            marks = {"mark", "dobj"} if listener else {"mark"}
            complementizer = that.lower_ == "that" and that.dep_ in marks
            if clause.dep_ not in {"relcl", "acl", "ccomp"} or not complementizer:
                continue
            if not listener and clause.head.lemma_.lower() in _CONTENT_NOUNS:
                continue  # "spoke on the condition that …", "responded to reports that …": the noun's
            if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
                return _without_asides(list(clause.subtree), clause, adverbial=False)
    return None


# Nouns whose own clause a "that" opens ("the condition that …", "reports that …", "the hope that …").
_CONTENT_NOUNS = (
    CONDITION_NOUNS | CLAIM_NOUNS | STANCE_NOUNS | SPEECH_NOUNS | TOPIC_SPEECH_NOUNS | CONTENT_CLAUSE_NOUNS
)


def _joined_questions(verb: Token) -> list[Token] | None:
    """Two questions joined after the cue, the first one a bare question word ("would not say when,
    or if, the pier will reopen"), which the parse split: "when" an adverb of the cue, the clause
    a second verb joined to it. The content runs from the question word to that clause's end."""
    doc = verb.doc
    wh = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if wh is None or wh.tag_ not in {"WRB", "IN"} or wh.head.i != verb.i or wh.lower_ not in QUESTION_WORDS:
        return None
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > wh.i and c.pos_ in _VERBAL), None)
    if joined is None or not any(c.dep_ == "cc" and wh.i < c.i < joined.i for c in verb.children):
        return None
    asks = any(c.dep_ in {"mark", "advmod"} and c.lower_ in QUESTION_WORDS for c in joined.children)
    if not asks or not any(c.dep_ in SUBJECTS for c in joined.children):
        return None
    return list(doc[wh.i : joined.right_edge.i + 1])


def _closing_frame(clause: Token, verb: Token) -> bool:
    """A source-last frame the parse made the verb's complement ("Roe's agents have told clubs that
    he is available, the Post understands"): set off by a comma before its subject, with nothing
    of its own after it. It reports the sentence before it (``_clause_above_frame``); it is not
    what the verb before it says."""
    if clause.dep_ != "ccomp" or clause.i < verb.i or not _reports_clauses(clause):
        return False
    if any(c.i > clause.i and c.dep_ not in {"punct", "npadvmod", "advmod"} for c in clause.children):
        return False
    comma = _set_off_source(clause, _subject_before(clause))
    return comma is not None and comma > verb.i


def _frame_closing_inside(clause: Token) -> int | None:
    """The comma before a source-last frame that ends the sentence but that the parse hung inside
    the content clause ("said she could not cope that night, a jury has heard", "heard" an adverbial
    of "cope"): the frame reports the whole sentence, and is no part of the clause."""
    for c in clause.children:
        if c.i < clause.i or c.dep_ not in {"advcl", "ccomp", "parataxis"} or not _reports_clauses(c):
            continue
        if any(g.i > c.i and g.dep_ not in {"punct", "npadvmod", "advmod"} for g in c.children):
            continue  # the frame's own content or object after it
        comma = _set_off_source(c, _subject_before(c))
        after = c.right_edge.i + 1
        # (at the sentence's end, whatever sentence the parse gave it)
        ends = after >= len(c.doc) or c.doc[after].text in SENTENCE_END_MARKS
        if comma is not None and ends:
            return comma
    return None


def _gloss_after_frame(clause: Token, verb: Token) -> bool:
    """A clause set off by a dash right after the verb of a source-last frame ("…, Roe's aides
    fear — voters she must win back by spring"): the writer's gloss on the content, not more
    of it."""
    doc = verb.doc
    if clause.i < verb.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in DASH_WORDS:
        return False
    if clause.left_edge.i not in {verb.i + 1, verb.i + 2}:  # (the dash may be the clause's own)
        return False
    subject = _subject_before(verb)
    return subject is not None and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ","


def _clause_after_that_and_comma(verb: Token) -> list[Token] | None:
    """A "that" the parse made the verb's object because a clause set off by commas opens the
    content ("went on to say that, because the inspector testified …, it is a sign that …"): the
    rest of the sentence from "that", when a subordinating conjunction follows the comma."""
    doc = verb.doc
    that = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if that is None or that.dep_ != "dobj" or that.lower_ != "that" or that.head.i != verb.i:
        return None
    if that.i + 2 >= len(doc) or doc[that.i + 1].text != ",":
        return None
    if doc[that.i + 2].pos_ != "SCONJ":
        return None  # "said that, and left": the pronoun after all
    rest = list(doc[that.i : verb.sent.end])
    return _trimmed(rest) if any(_finite(t) for t in rest if t.pos_ in _VERBAL) else None


def _clause_before_split_frame(verb: Token) -> list[Token] | None:
    """A source-last frame the parse cut off as a sentence of its own, the one before ending in a
    comma ("Islanders who take on big loans struggle, even with a steady income, | he said."): the sentence
    before, up to that comma. The frame is its subject and verb alone, and a time at most."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ != "ROOT" or not _reports_clauses(verb):
        return None
    if not all(_frame_tail(c) for c in verb.children if c.i > verb.i):
        return None
    subject = _subject_before(verb)
    words = [t for t in doc[sent.start : verb.i] if not (t.is_space or t.is_punct)]
    if subject is None or not words or words[0].i != subject.left_edge.i:
        return None
    if not _only_modifiers_between(subject, verb):
        return None
    start = subject.left_edge.i
    comma = next((t for t in reversed(doc[max(start - 3, 0) : start]) if not t.is_space), None)
    if comma is None or comma.text != "," or comma.i == 0:
        return None
    before = doc[comma.i - 1].sent
    if not any(t.pos_ in _VERBAL for t in before if t.i < comma.i):
        return None
    return _trimmed(list(doc[before.start : comma.i])) or None


def _clause_before_glossed_frame(verb: Token) -> list[Token] | None:
    """A source-last frame with the writer's gloss after a dash, that the parse hung on the gloss
    ("The levy could cost her the harbour vote, Roe's aides fear — voters she must win back by
    spring", "fear" a clause of "win"): the sentence up to the comma before the source."""
    doc = verb.doc
    if verb.head.i < verb.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in DASH_WORDS:
        return None
    comma = _set_off_source(verb, _subject_before(verb))
    if comma is None:
        return None
    if not any(_main_verb(t) for t in doc[verb.sent.start : comma]):
        return None
    return _trimmed(list(doc[verb.sent.start : comma])) or None


def _clause_after_reduced_frame(verb: Token) -> list[Token] | None:
    """A frame the parse read as a noun with a participle after it ("Several papers reported on
    Wednesday the board had met Roe", as if "papers reported on Wednesday" were one subject): the
    verb after has a second subject of its own after the cue, where the content starts."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or not _reports_clauses(verb):
        return None
    if noun.dep_ != "nsubj" or noun.i > verb.i or noun.head.i < verb.i:
        return None
    main = noun.head
    if speech_verb(main) is not None:
        return None  # "A statement posted on the site said …": the verb after is the frame
    second = next((c for c in main.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if second is None or second.left_edge.i != verb.right_edge.i + 1 or not _finite(main):
        return None
    return _trimmed(list(verb.doc[second.left_edge.i : main.right_edge.i + 1])) or None


def _clause_before_final_frame(verb: Token) -> list[Token] | None:
    """A source-last frame closing its sentence whose clause the parse hung elsewhere ("As the mayor
    spoke, a girl outside the hall was sprayed by a bystander, police said.", the clause made a
    conjunct of the opening adverbial one): the sentence up to the comma before the source, when
    the verb has nothing after it but a time or a place, and the words before have a verb."""
    if verb.dep_ != "ROOT" or not _reports_clauses(verb):
        return None
    doc, sent = verb.doc, verb.sent
    if not all(_frame_tail(c) for c in verb.children if c.i > verb.i):
        return None  # "agreed to a wage system", "said, “Probably.”": the verb has its own
    comma = _set_off_source(verb, _subject_before(verb))
    if comma is None or comma < sent.start:
        return None
    if not any(_main_verb(t) for t in doc[sent.start : comma]):
        return None  # ("While prices rose, analysts said": no clause of its own before the source)
    before = doc[sent.start : comma]
    if any(t.dep_ == "parataxis" and t.head.i == verb.i and speech_verb(t) is not None for t in before):
        return None  # "During the strike, the trust said, care would continue": a frame set inside
    first = next((t for t in doc[sent.start : comma] if not (t.is_space or t.is_punct)), None)
    if first is None or (first.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in first.children)):
        return None  # "Asked whether he would run, Roe demurred": the source's setting, not content
    return _trimmed(list(doc[sent.start : comma])) or None


def _subject_before(verb: Token) -> Token | None:
    """The verb's first subject before it, as parsed."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _main_verb(token: Token) -> bool:
    """A verb with a tense (or the auxiliary that gives it one) that heads no subordinate or
    relative clause, nor the complement of one ("While aides say the plan works, …": "works" is what
    the aides say, inside the while-clause)."""
    if token.pos_ not in _VERBAL or not _finite(token):
        return False
    if token.dep_ in {"aux", "auxpass"} and token.head.i != token.i:
        return not _under_subordinate(token.head)  # not "had" in "While Roe argued that she had erred"
    return _main_clause(token)


def _under_subordinate(verb: Token) -> bool:
    """A verb in a subordinate clause opened by a conjunction ("While Roe argued …"), or in the
    complement of one ("… that she had erred")."""
    while True:
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return True
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _main_clause(verb: Token) -> bool:
    """A verb that heads no subordinate or relative clause, nor the complement of one."""
    if verb.dep_ in {"advcl", "relcl", "acl", "pcomp"} or any(c.dep_ == "mark" for c in verb.children):
        return False
    return verb.dep_ != "ccomp" or verb.head.i == verb.i or _main_clause(verb.head)


def _frame_tail(child: Token) -> bool:
    """What may follow the verb of a source-last frame: the full stop, and when it was said ("on
    Tuesday", "last week")."""
    if child.dep_ == "punct":
        return child.text in {".", "!", "?"}
    if child.dep_ == "npadvmod":
        return _when(child)
    if child.dep_ == "prep" and child.lower_ in {"on", "in", "at"}:
        return any(_when(c) for c in child.children if c.dep_ == "pobj")
    return False


def _verb_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb lies strictly between two token indices."""
    return any(t.pos_ in _VERBAL for t in doc[start + 1 : end])


def _source_at_clause_end(clause: Token, speaker: Token, verb: Token) -> int | None:
    """Where a clause before its cue ends when the parse took the source for part of it ("The pier
    will close, Jo Roe said" with "Jo Roe" an apposition of "pier"): at the comma right before a
    source that runs up to the verb; None when the source stands elsewhere in the clause."""
    span = mention_for(speaker).span
    if span.end != verb.i or span.start < 2 or verb.doc[span.start - 1].text != ",":
        return None
    return span.start - 1


def _relative_clause(verb: Token) -> list[Token] | None:
    """A cue inside a relative clause whose verb the parse made a finite ``xcomp`` ("the emails,
    which she said covered her work"): the relative pronoun and that verb's clause."""
    if verb.dep_ not in {"relcl", "pcomp"}:
        return None
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if comp is None or not _finite(comp):
        comp = _gap_verb(verb)
    if comp is None:
        held = _antecedents_verb(verb)  # "a figure it says is likely to rise": what it says of the figure
        return list(verb.doc[verb.i + 1 : held.right_edge.i + 1]) if held is not None else None
    pronoun = next((c for c in verb.children if _relative_pronoun(c) and c.i < verb.i), None)
    return [pronoun, *comp.subtree] if pronoun is not None else list(comp.subtree)


def _antecedents_verb(verb: Token) -> Token | None:
    """The verb right after a speech verb in a relative clause with no pronoun, that the parse gave
    the clause's noun as its subject ("a figure it says is likely to rise": "figure … is"): what is
    said of the noun."""
    noun = verb.head
    if verb.dep_ != "relcl" or speech_verb(verb) is None or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if any(_relative_pronoun(c) for c in verb.children) or any(c.i > verb.i for c in verb.children):
        return None
    held = noun.head
    return held if held.i == _past_adverbs(verb) and held.pos_ in _VERBAL else None


def _past_adverbs(verb: Token) -> int:
    """Where the word after a verb stands, past adverbs ("say unfairly target", "says is")."""
    after = verb.i + 1
    while after < len(verb.doc) and verb.doc[after].pos_ == "ADV":
        after += 1
    return after


def _relative_pronoun(token: Token) -> bool:
    """A relative pronoun, however tagged ("rules that critics say …", "that" tagged a conjunction)."""
    return token.tag_ in _RELATIVE or (token.lower_ == "that" and token.dep_ in {"dobj", "nsubj", "mark"})


def _gap_verb(verb: Token) -> Token | None:
    """The verb right after a cue in a relative clause whose subject is the relative pronoun, that
    the parse took for a bare verb or a participle ("rules that critics say unfairly target
    vendors", "laws that courts said discriminated against renters"); not an infinitive ("the job
    she wanted to do"), nor after a verb of naming ("which she described as …")."""
    if verb_lemma(verb) in AS_CONTENT_VERBS or speech_verb(verb) is None:
        return None
    after = _past_adverbs(verb)
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "acomp", "ccomp"} and c.i == after), None)
    if comp is None or comp.tag_ not in {"VB", "VBD", "VBN", "VBP", "VBZ"}:
        return None
    return None if _child(comp, {"aux"}, {"to"}) is not None else comp


def _clause_run_on_after(verb: Token) -> list[Token] | None:
    """A clause right after a cue with nothing of its own after it, that the parse joined to a verb
    above the cue ("was quoted as saying about 300 homes should be sold", "sold" made a conjunct of
    "quoted"): a clause with a subject and a tense, starting at the word after the cue."""
    if any(c.i > verb.i and c.dep_ not in {"punct", "advmod", "neg"} for c in verb.children):
        return None
    after = verb.right_edge.i + 1
    above = {a.i for a in verb.ancestors}
    for clause in verb.doc[after : verb.sent.end]:
        if clause.dep_ == "conj" and clause.head.i in above and clause.left_edge.i == after:
            tensed = _finite(clause) or any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
            return list(clause.subtree) if has_subject(clause) and tensed else None
    return None


def _swallowed_clause(verb: Token) -> list[Token] | None:
    """A clause whose verb the parse put above the cue ("Aides believe her record, long as it is,
    will offset it", parsed as if "believe" were the clause of "offset"): the cue's subject comes
    first, and the verb above has no subject of its own, so everything after the cue is the clause."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or head.pos_ not in _VERBAL or not _finite(head):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    return list(verb.doc[verb.i + 1 : head.right_edge.i + 1])


def _clause_after_time(verb: Token) -> list[Token] | None:
    """A that-clause after a time the cue took ("has argued for months that rates are too high") or
    after whom it was put to ("put it to the inspector that the pumps were off"), which the parse
    made a relative clause of that noun; a whole clause, with a subject of its own, is no relative
    clause of "months"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        listener = prep.lower_ == "to"
        times = (
            c
            for c in prep.children
            if c.dep_ == "pobj" and (_when(c) or c.lower_ in OCCASION_NOUNS or (listener and can_be_told(c)))
        )
        for noun in times:
            for clause in noun.children:
                that = clause.doc[clause.left_edge.i]
                # (a subject other than "that": "spoke to the man that owns the shop" is a relative)
                subjects = (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"})
                whole = any(c.i != that.i for c in subjects)
                if clause.dep_ == "relcl" and that.lower_ == "that" and that.head.i == clause.i and whole:
                    return list(clause.subtree)
    return None


def _stranded_clause(verb: Token) -> list[Token] | None:
    """A clause right after the cue that the parse hung elsewhere ("Roe, who brags he has held a
    hundred meetings, …", with "held" made a clause of "Roe"): its subject follows the cue at once
    and its verb has a tense of its own; the cue has no object or complement."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep"} for c in verb.children):
        return None
    subject = doc[verb.i + 1]
    clause = subject.head
    if subject.dep_ not in {"nsubj", "nsubjpass"} or clause.i <= subject.i or not _finite(clause):
        return None
    if verb in clause.subtree or clause.pos_ not in _VERBAL:
        return None
    tokens = list(doc[subject.i : clause.right_edge.i + 1])
    return _without_asides(tokens, clause, adverbial=False)


def _medium_clause(verb: Token) -> list[Token] | None:
    """A "that" clause the parse hung on the means of saying or on who was told ("argued in a
    letter that the fees were illegal", "wrote on its website that …", "told a news conference
    that …"): a complementizer "that", not a relative pronoun ("in a letter that was sent" is the
    letter's own clause)."""
    for obj in _means_or_listeners(verb):
        if obj.lemma_.lower() in CONDITION_NOUNS or obj.lower_ in CONDITION_NOUNS:
            continue  # "spoke on the condition that …": the condition's clause, not what was said
        if obj.head.lower_ in OCCASION_PREPOSITIONS and _claim_word(obj):
            continue  # "recalled its plugs after reports that units overheated": what the reports say
        for clause in obj.children:
            marked = _child(clause, {"mark"}, {"that"}) is not None or _that_as_object(clause)
            marked = marked or _told_unmarked(obj, clause) or _quoted_after_that(clause)
            marked = marked or _that_read_as_relative_pronoun(verb, obj, clause)
            if clause.i > obj.i and clause.dep_ in {"relcl", "acl", "ccomp"} and marked:
                return _without_asides(list(clause.subtree), clause, adverbial=False)
    return None


_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "auxpass"})


def _told_unmarked(listener: Token, clause: Token) -> bool:
    """A clause without "that" the parse made a relative clause of who was told ("told officers he
    had been at home"): it opens right after them with a pronoun subject ("he", "they"), has a tense
    and a complement of its own; a relative clause would lack one ("the officers she met")."""
    if listener.dep_ != "dobj" or clause.dep_ != "relcl" or not _finite(clause):
        return False
    first = clause.doc[listener.i + 1]
    if first.dep_ != "nsubj" or first.head.i != clause.i or "Nom" not in first.morph.get("Case"):
        return False
    topic = (c for c in listener.head.children if c.dep_ == "prep" and c.i > clause.i)
    if any(c.lower_ in SPEECH_TOPIC_PREPOSITIONS for c in topic):
        return False  # "told the people she met at the fair about the plan": told about something
    if clause.lemma_ == "be" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return True
    if clause.tag_ == "VBG" and any(c.dep_ == "aux" for c in clause.children):
        return True  # "told officers he had been drinking": a progressive needs no object
    if verb_lemma(clause) in INTRANSITIVE_VERBS and not _stranded_preposition(clause):
        return True  # "told a jury he acted in self-defence": no object missing, nothing relative
    # a complement of its own, or of a verb joined to it ("he had been ill and had since repaid it")
    joined = [c for c in clause.children if c.dep_ == "conj" and _finite(c)]
    return any(c.dep_ in _COMPLEMENTS for verb in (clause, *joined) for c in verb.children)


def _that_read_as_relative_pronoun(verb: Token, medium: Token, clause: Token) -> bool:
    """A "that" the parse made the object of a relative clause on the means of saying, where the
    cue has no content of its own ("said in a statement that Roe had left"): the clause opens with
    its own subject, and its verb is none that makes or handles a statement ("in a letter that she
    had signed" is the letter's own clause)."""
    if medium.lemma_.lower() not in SAID_IN_NOUNS or clause.dep_ != "relcl":
        return False
    # ("that" hung on the clause's verb, or on a verb under it: "a call that the firm planned to spend")
    that = medium.doc[medium.i + 1] if medium.i + 1 < len(medium.doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "dobj" or clause.left_edge.i != that.i:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.left_edge.i != that.i + 1 or verb_lemma(clause) in MEDIUM_MAKING_VERBS:
        return False
    return not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children)


def _stranded_preposition(verb: Token) -> bool:
    """Whether a preposition of the verb is left without its object ("he lived with", "the claim that
    he spoke about"), as a relative pronoun strands it (``STRANDING_PREPOSITIONS``)."""
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in STRANDING_PREPOSITIONS)
    return any(not any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in preps)


def _quoted_after_that(clause: Token) -> bool:
    """A "that" the parse made a relative clause's object where a subject of the clause's own and
    then a quotation follow ("said on the club's radio station that Roe had “run out of road”"):
    a relative clause names no one's words; what was said does."""
    that = _child(clause, {"dobj"}, {"that"})
    if that is None or clause.dep_ != "relcl" or that.i > clause.i or clause.doc[clause.left_edge.i] != that:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < that.i:
        return False
    return any(t.is_quote for t in clause.doc[subject.i + 1 : clause.right_edge.i + 1])


def _that_as_object(clause: Token) -> bool:
    """A "that" the parse made a relative clause's object though the clause has an object of its
    own ("on a call that the firm expected “a hard year”"): a complementizer after all."""
    that = _child(clause, {"dobj"}, {"that"})
    if that is None or clause.dep_ != "relcl" or that.i > clause.i:
        return False
    doc = clause.doc
    return any(
        c.dep_ in {"dobj", "ccomp", "attr"}
        and c.i > clause.i
        # not a list set off after the clause ("the problems that it faces — debt, rents"), its own
        and not any(t.text in DASH_WORDS or t.text == "," for t in doc[clause.i + 1 : c.left_edge.i])
        for c in clause.children
    )


def _counted_by_number(obj: Token) -> bool:
    """An object counted by a number that is no year: "200,000 of its plugs", "12,000 cars" (not
    "the 1998 final")."""
    numbers = [obj] if obj.like_num else [c for c in obj.children if c.dep_ in {"nummod", "quantmod"}]
    return any(n.like_num and not _year(n.text) for n in numbers) or obj.lower_ in COUNT_NOUNS


def _year(text: str) -> bool:
    """A year written in four digits, 1000 to 2999."""
    return len(text) == 4 and text.isdigit() and text[0] in "12"


def _claim_word(noun: Token) -> bool:
    """A noun for something said or claimed, with a content of its own ("reports", "claims")."""
    return any(word in CLAIM_NOUNS or word in SPEECH_NOUNS for word in (noun.lemma_.lower(), noun.lower_))


def _means_or_listeners(verb: Token) -> Iterator[Token]:
    """The nouns after a cue that a content clause may be hung on by mistake: the objects of its
    prepositions of medium or setting ("in a letter", "at the debate"), and who a verb of telling
    tells ("told the hearing")."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        means = child.lower_ in MEDIUM_PREPOSITIONS or child.lower_ in OCCASION_PREPOSITIONS
        if child.dep_ == "prep" and means:
            yield from (obj for obj in child.children if obj.dep_ == "pobj")
        elif child.dep_ == "dobj" and verb_lemma(verb) in LISTENER_VERBS:
            yield child


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("covered", "is growing"), not an infinitive or participle."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children)


def _infinitive(cue: Cue) -> list[Token] | None:
    """An infinitive complement, with the object it is about: "urged lawmakers to act", "vowed to
    appeal", "wants voters to know"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    verb = cue.token
    lemma = verb_lemma(verb)
    infinitive_verb = lemma in INFINITIVE_CONTENT_VERBS or lemma in INTENTION_VERBS or lemma in WISHING_VERBS
    if not infinitive_verb or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "is said to have called": a raising verb, whose subject did the calling
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if lemma == "call" and obj is not None and obj.i > verb.i:
        return None  # "called her to say …": phoned her; only "called on (or for) them to act" asks
    comp = next((c for c in verb.children if _infinitive_complement(c, obj)), None)
    comp = comp if comp is not None or obj is None else _infinitive_in_object(verb, obj)
    if comp is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return None
    if comp.lower_ in NAMED_PARTICIPLES and any(c.dep_ == "auxpass" for c in comp.children):
        return None  # "declined to be named": anonymity asked for, nothing said
    if any(c.lower_ in PLEA_WORDS for c in verb.children):
        return None  # "pleaded guilty to witness tampering": a plea to a charge, nothing asked
    obj = obj if obj is not None and obj.i < comp.i else None
    asking = {"on", "upon", "for"} if (lemma, "for") in PREPOSITION_CONTENT_VERBS else {"on", "upon"}
    asking = asking | ADDRESSED_PREPOSITIONS.get(lemma, frozenset())  # ("appealed to voters to stay")
    on = _child(verb, {"prep"}, asking) if obj is None else None  # ("called for the council to act")
    on = on if on is not None and on.i > verb.i else None  # (not "On the review, Roe declined to …")
    asked = [c for c in on.children if c.dep_ == "pobj" and c.i < comp.i] if on is not None else []
    asked = [c for c in asked if not _when(c) and (speaking_noun(c) or c.pos_ in {"PROPN", "PRON"})]
    obj = asked[0] if asked else obj  # "called on the government to act": whom it asks to act
    first = obj.left_edge.i if obj is not None else comp.left_edge.i
    end = _bare_conjuncts_end(verb, _nonfinite_end(comp))
    return _without_asides(list(verb.doc[first : end + 1]), comp)


def _participle_of_thing(verb: Token) -> bool:
    """A passive participle after a word for a business that says what it does ("a small miner
    focused on copper", "a lender dedicated to housing"), with no one doing it: no one's words (a
    campaign or a speech focused on jobs is what they talk of)."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.i > verb.i:
        return False
    if verb.head.lemma_.lower() not in COMPANY_NOUNS:
        return False
    if any(c.dep_ in {"agent", "dobj", "ccomp"} for c in verb.children):
        return False
    return verb_lemma(verb) in FOCUS_VERBS


def _infinitive_goes_on(verb: Token) -> bool:
    """A bare verb the parse joined to a tensed verb with an infinitive before it, which can go only
    with the infinitive (see :func:`_bare_conjuncts_end`)."""
    top = verb
    while top.dep_ == "conj" and top.tag_ == "VB" and not has_subject(top):
        top = top.head
    if top is verb or top.tag_ not in _FINITE_TAGS:
        return False
    infinitives = (c for c in top.children if c.dep_ == "xcomp" and c.i < verb.i)
    return any(_child(c, {"aux"}, {"to"}) is not None for c in infinitives)


def _bare_conjuncts_end(verb: Token, end: int) -> int:
    """Where an infinitive ends with the bare verbs the parse joined to the tensed verb above it,
    which can go only with the infinitive ("urged customers to change their passwords, watch their
    accounts and report fraud": not "urged … watch")."""
    if verb.tag_ not in _FINITE_TAGS:
        return end
    for conj in sorted(verb.children, key=lambda c: c.i):
        if conj.dep_ != "conj" or conj.i <= end:
            continue
        link = verb.doc[end + 1 : conj.i]
        if conj.tag_ != "VB" or has_subject(conj) or not all(t.is_punct or t.dep_ == "cc" for t in link):
            break
        end = _nonfinite_end(conj)
    return end


def _infinitive_in_object(verb: Token, obj: Token) -> Token | None:
    """The infinitive ending the phrase of the person a verb urges or asks, where the parse hung it
    on a noun in that phrase ("urged anyone with information to contact the police", "to contact"
    read as a modifier of "information", and "with information" a phrase of the verb's)."""
    if not (obj.lower_ in PEOPLE_PRONOUNS or (obj.pos_ != "PRON" and speaking_noun(obj))):
        return None
    phrases = [obj] + [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in DESCRIBING_PREPOSITIONS and c.left_edge.i == obj.right_edge.i + 1
    ]
    for phrase in phrases:
        # on the person, or on the noun of the phrase that says which people
        nouns = {obj.i} if phrase.i == obj.i else {c.i for c in phrase.children if c.dep_ == "pobj"}
        if phrase.i == obj.i:  # or on the last noun of a relative clause that says which ("urged
            # anyone who saw anything near the allotments to call police")
            clauses = [c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i]
            nouns |= {t.i for c in clauses for t in c.subtree}
        for t in phrase.subtree:
            ends = t.right_edge.i == phrase.right_edge.i and t.head.i in nouns
            # (as a modifier or an adverbial: not "who was going to leave", a verb's own complement)
            hung = t.dep_ in {"acl", "relcl"} or (t.dep_ == "advcl" and t.head.i != obj.i)
            if hung and ends and _child(t, {"aux"}, {"to"}) is not None:
                return t
    return None


def _infinitive_complement(child: Token, obj: Token | None) -> bool:
    """A verb's complement, or an infinitive right after its object that the parse made an
    adverbial ("pressed the board to act")."""
    if child.dep_ == "xcomp":
        return True
    return child.dep_ == "advcl" and obj is not None and child.left_edge.i == obj.right_edge.i + 1


def _object(cue: Cue) -> list[Token] | None:
    """A speech act's object, and what it is called: "denied the claim", "announced a review",
    "called the plan “a disaster”"."""
    # "offered his assessment", "issued a ruling": words handed over or put out, cued on the verb
    handed = _offered(cue.token, verb_lemma(cue.token)) or _put_out(cue.token) is not None
    handed = (handed or _expressed_alone(cue.token)) and cue.kind == "noun"
    if cue.kind not in {"verb", "phrasal"} and not handed:
        return None
    verb = cue.token
    if as_saying(verb) is not None:
        return None  # "quoted an aide as saying …": the aide is the source; the saying, the content
    lemma = verb_lemma(verb)
    # "called it a farce", "considered the vote a test"
    naming = (lemma == "call" or lemma in AS_CONTENT_VERBS) and any(c.dep_ == "oprd" for c in verb.children)
    seen_as = _child(verb, {"prep"}, {"as"})  # "sees the deal as a trap", "named her as a suspect"
    as_content = lemma in _AS_OR_OBJECT_CONTENT or naming or _phrasal_act(cue)
    seen_as = seen_as if as_content else None
    if seen_as is None and lemma in AS_CONTENT_VERBS:  # "described the town as crippled by floods"
        seen_as = next((c for c in verb.children if _as_predicate(c)), None)
    if seen_as is None and lemma in AS_CONTENT_VERBS:  # "see the vote held on Sunday as a test"
        seen_as = _as_in_object(verb)
    paired = _paired_preposition(verb, lemma)  # "likened it to …": the pair makes it a judgement
    finding = lemma in FINDING_OBJECT_VERBS and _found_by_text(verb)  # "the files show no sign that …"
    acts = _content_act(lemma) or _phrasal_act(cue) or paired is not None or finding or _offered(verb, lemma)
    acts = acts or _put_out(verb) is not None
    takes_object = acts and (lemma not in _CLAUSE_ONLY_OR_LISTENER or _phrasal_act(cue))
    told = lemma in LISTENER_VERBS
    takes_object = takes_object or (told and _told_account(verb))  # "told a different story"
    if not (takes_object or naming or (seen_as is not None and lemma in AS_CONTENT_VERBS)):
        return None
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if obj is None and _phrasal_act(cue):  # "waves off the delay", "off" parsed a preposition
        particle = _child(verb, {"prep"}, {cue.text.split()[-1]})
        obj = next((c for c in particle.children if c.dep_ == "pobj"), None) if particle is not None else None
    named_twice = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if obj is None and naming and len(named_twice) > 1:
        obj = named_twice[0]  # "called both Roe and Ng “crazy”", the first parsed as a name too
    elif obj is None and naming and len(named_twice) == 1 and _object_before_quote(named_twice[0]):
        obj = named_twice[0]  # "called the ruling “judicial overreach”", parsed as one phrase
    # "call it a farce" names it; "likened it to a coup" says what it is like
    # ("described it as a farce" says what it is, as naming does)
    says_what = naming or paired is not None or seen_as is not None
    empty = obj is not None and obj.lower_ in EMPTY_OBJECTS and not says_what
    if obj is not None and obj.i < verb.i and obj.tag_ in _RELATIVE and (naming or seen_as is not None):
        # "whom she described as “volatile”", "which he called a farce": the relative clause says it
        tail = seen_as if seen_as is not None else next(c for c in verb.children if c.dep_ == "oprd")
        if tail.i > verb.i:
            return list(verb.doc[obj.i : tail.right_edge.i + 1])
    if (
        obj is None
        or empty
        or obj.i < verb.i
        or (cue.speaker is not None and obj.i == cue.speaker.i)  # "“…,” tweeted a user": who spoke
        or (_noun_clause_of(obj) is not None and not (naming or finding) and _owned_claim(obj))
    ):
        return None  # "repeated her claim that …": the claim's clause is the content
    if obj.lower_ in BODY_PART_NOUNS or obj.lemma_.lower() in BODY_PART_NOUNS:
        return None  # "jabbing her finger", "shook his head": a gesture, not words
    if obj.lower_ in RITUAL_WORDS:
        return None  # "said goodbye to the crew": a rite, not a statement
    if obj.lemma_.lower() in REQUESTED_WORDS and lemma in REQUEST_VERBS:
        return None  # "sought comment from the council": a request for words, not words
    if obj.lower_ in ATTENTION_NOUNS and lemma in ATTENTION_VERBS:
        return None  # "called attention to the cuts": what it is drawn to is the content
    if lemma in COUNTED_GOODS_VERBS and _counted_by_number(obj):
        return None  # "is recalling 200,000 of its plugs": goods taken back, not a memory told
    last = _object_end(obj)
    named = next((c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.i > obj.i), None)
    named_one = obj.ent_type_ in {"PERSON", "ORG", "NORP"} or obj.pos_ == "PROPN"
    people = named_one or obj.lower_ in _PERSONAL_OBJECTS or is_person_noun(obj)
    audience = people or AUDIENCE_NOUNS & {obj.lower_, obj.lemma_.lower()}
    audience = audience or (lemma in SENDING_VERBS and can_be_told(obj))  # "emailed the league"
    if lemma in PERSON_OBJECT_ACTS and audience and named is None and seen_as is None:
        return None  # "dismissed its coach": fired him (not "… him as an actor"); "addressed the rally"
    bare = all(c.dep_ in {"det", "poss", "compound"} for c in obj.children)  # (not "… hurt workers")
    if lemma in TRUSTING_VERBS and people and bare and named is None:
        return None  # "Few voters believe him": he is trusted, no view is held
    # ("called her to say …": what the call was for, not what she was called)
    called_for = named is not None and _child(named, {"aux"}, {"to"}) is not None
    phoning = lemma == "call" and cue.kind == "verb" and (named is None or called_for) and not naming
    if phoning and _phoned(verb, obj):
        return None  # "called the minister twice": phoned her; "called it a farce", "… it “rigged”" name it
    if named is None and lemma in NAMING_VERBS:  # "terming the fire “a disaster”": two objects
        named = next((c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i), None)
    if named is not None:  # "called the plan a disaster"
        last = max(named.right_edge.i, named_twice[-1].right_edge.i if naming and named_twice else 0)
    if seen_as is not None and seen_as.i > obj.i:
        last = max(last, seen_as.right_edge.i)
    charge = _child(verb, {"prep"}, {"of", "for"}) or paired
    if charge is not None and charge.i > obj.i:  # "accused the board of lying", "praised her for it"
        last = max(last, charge.right_edge.i)
    # "expressed solidarity with the nurses", the parse's "with" the verb's ("shared it with reporters":
    # whom it was shared with, "voiced concern about" is the noun's own)
    towards = _child(verb, {"prep"}, {"with", "at"}) if lemma in EXPRESSING_VERBS else None
    if towards is not None and towards.i == obj.right_edge.i + 1:
        last = max(last, towards.right_edge.i)
    if finding:  # "the poll showed the senator with a ten-point lead"
        rest = [c for c in verb.children if c.i > obj.i and c.dep_ in _FINDING_TAIL]
        last = max([last, *(c.right_edge.i for c in rest)])
    predicate = _quoted_predicate(verb, last) if speech_verb(verb) is not None else None
    if predicate is not None:  # "Roe says title race 'far from over'": what she says of it, quoted
        last = predicate
    tokens = _without_asides(list(verb.doc[obj.left_edge.i : _object_tail(verb, last) + 1]), obj)
    if tokens is not None and [t.lower_ for t in tokens] == [obj.lower_] and obj.lower_ in REFLEXIVE_PRONOUNS:
        return None  # "repeated herself", "defended himself." (not "… himself against the claims")
    return tokens


def _expressed_alone(verb: Token) -> bool:
    """A view or a feeling a verb of expressing puts out with nothing said of what it is about
    ("expressed the union's frustration", "expressed doubts"): the view is what was expressed (not
    "expressed concern about the fares", whose topic is, nor "expressed the hope that …")."""
    if verb_lemma(verb) not in EXPRESSING_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in _STANCE_OR_CLAIM_NOUNS:
        return False
    return _noun_clause_of(obj) is None and _stance_about(obj) is None


def _quoted_predicate(verb: Token, last: int) -> int | None:
    """The end of a quoted phrase right after a speech verb's object that says what the object is,
    as headlines put it ("says title race 'far from over'", "says plan “unworkable”"): its closing
    mark, when the words inside hang on the verb and hold no clause of their own."""
    doc = verb.doc
    opening = last + 1
    # an opening mark: after a space, before a word (not the closing mark of words already in)
    if opening >= len(doc) or not doc[opening].is_quote:
        return None
    if not doc[last].whitespace_ or doc[opening].whitespace_:
        return None
    close = next((k for k in range(opening + 1, min(opening + 12, len(doc))) if doc[k].is_quote), None)
    if close is None or close == opening + 1 or doc[close - 1].whitespace_:
        return None
    inside = doc[opening + 1 : close]
    hung = all(t.head.i == verb.i or inside.start <= t.head.i < inside.end for t in inside)
    clause = any(t.dep_ in {"nsubj", "nsubjpass"} for t in inside)
    return close if hung and not clause else None


_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you"})


def _object_end(obj: Token) -> int:
    """Where an object ends, before the piece of speech it was given in, which the parse hung on it
    ("confirmed the decision in a short statement": the decision)."""
    end = obj.right_edge.i
    for prep in obj.children:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if noun is None or prep.i < obj.i or prep.lower_ not in MEDIUM_PREPOSITIONS:
            continue
        if noun.lemma_.lower() in SAID_IN_NOUNS and _child(noun, {"det"}, {"a", "an"}) is not None:
            end = min(end, prep.i - 1)
    return end


def _object_tail(verb: Token, last: int) -> int:
    """Where an object ends, with the phrases the parse hung on the verb that go on with it: a
    preposition of topic or of whom it is for ("attacked the plan over its cost", "challenged him
    to a debate"), one with a gerund ("questioned her judgment in approving it", not "by saying"),
    or one whose noun has a relative clause ("recalled an incident at a theatre that left her in
    tears"); not a time, a medium, a named place or the writer's setting (``OBJECT_SETTING_PREPOSITIONS``).
    A clause of cause or condition after it goes with it too ("opposed the levy because it hurts
    renters", ``_reason_after``)."""
    reason = next((c for c in verb.children if c.i > last and _reason_after(c, last)), None)
    if reason is not None:
        return reason.right_edge.i
    rest = _list_rest(verb.doc, last)
    if rest is not None:  # "praised the crew, the coastguard and the volunteers", the rest hung elsewhere
        last = rest.right_edge.i
    for prep in sorted(verb.children, key=lambda c: c.i):
        if prep.i != last + 1 or prep.dep_ != "prep":
            continue
        noun = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        if noun is None or _when(noun) or noun.lower_ in TEXT_NOUNS or noun.ent_type_ in _PLACES:
            continue
        if prep.lower_ in TIME_PREPOSITIONS:
            continue  # "after winning the vote", "during the debate that followed"
        gerund = noun.dep_ == "pcomp" and noun.tag_ == "VBG" and prep.lower_ not in {"by", "on", "upon"}
        described = any(c.dep_ == "relcl" for c in noun.children)
        named = _named(noun) or _medium(noun)
        topic = not named and prep.lower_ not in OBJECT_SETTING_PREPOSITIONS  # not "on Twitter", "on air"
        if gerund or described or topic:
            last = prep.right_edge.i
    return last


def _owned_claim(noun: Token) -> bool:
    """A noun with a that-clause that reports on its own, its author named ("her claim that …",
    "a warning from the port that …"); "rejected the suggestion that …" reports it whole."""
    cue = speech_noun_cue(noun) or _claim_cue(noun)
    return cue is not None and cue.speaker is not None


def _phoned(verb: Token, obj: Token) -> bool:
    """ "called her on Tuesday": someone called and nothing named, no quoted words near the object
    (however the parse hung them) and nothing after it but when, where or how."""
    doc = verb.doc
    near = doc[max(obj.left_edge.i - 1, 0) : obj.right_edge.i + 2]
    place = obj.lemma_.lower() in PHONED_PLACE_NOUNS and all(c.dep_ in {"det", "poss"} for c in obj.children)
    if not (can_be_told(obj) or place) or any(t.is_quote for t in near):
        return False  # ("called the clinic": phoned it; not "called the local clinic a lifeline")
    purpose = {c.i for c in verb.children if c.dep_ in {"xcomp", "advcl"} and _child(c, {"aux"}, {"to"})}
    # ("called her to say …": what the call was for)
    return all(c.dep_ in _PHONE_TAIL or c.i in purpose for c in verb.children if c.i > obj.right_edge.i)


_PHONE_TAIL = frozenset({"prep", "punct", "advmod", "npadvmod", "cc", "conj"})  # (conj: "… and left")


def _object_before_quote(phrase: Token) -> bool:
    """A phrase that opens with words of the writer's and goes on in quotation marks ("the ruling
    “judicial overreach”"): an object and what it is called, parsed as one noun phrase."""
    first = phrase.left_edge
    return not first.is_quote and any(t.is_quote for t in phrase.doc[first.i : phrase.i])


def _as_in_object(verb: Token) -> Token | None:
    """The "as" of what an object is seen as, which the parse hung inside the object ("see the
    elections held on Sunday as a test", "views the mayor's plan as a takeover"): a preposition
    after the object's head, not set off by a comma, with a noun or an adjective of its own."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    doc = verb.doc
    for t in obj.subtree:
        if t.i <= obj.i or t.lower_ != "as" or t.dep_ != "prep" or doc[t.i - 1].text == ",":
            continue
        if any(c.dep_ in {"pobj", "amod", "acomp"} for c in t.children):
            return t
    return None


def _as_predicate(clause: Token) -> bool:
    """An "as" clause with no subject of its own, saying what an object is seen as ("as crippled by
    floods"), not an "as" of time or reason ("as he left")."""
    marked = _child(clause, {"mark", "advmod"}, {"as"})  # ("as" may be parsed an adverb of "unfair")
    opens = marked is not None and marked.i == clause.left_edge.i
    return clause.dep_ == "advcl" and opens and not has_subject(clause)


def _gerund(cue: Cue) -> list[Token] | None:
    """A speech act or a stance whose content is a gerund: "denied taking money", "support raising
    the fee", "proposed cutting it", "recalled meeting him"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    verb = cue.token
    lemma = verb_lemma(verb)
    if not (_content_act(lemma) or _phrasal_act(cue)) or lemma in ASPECTUAL_VERBS:
        return None  # "continued working", "began talking": how long, not what
    if any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        return None
    complements = {"xcomp", "acl"} if verb.pos_ == "NOUN" else {"xcomp"}  # (a verb tagged as a noun)
    after = [c for c in verb.children if c.i > verb.i]
    gerund = next((c for c in after if c.dep_ in complements and (c.tag_ == "VBG" or _gerund_aux(c))), None)
    if gerund is None or (gerund.tag_ == "VBG" and any(c.dep_ == "aux" for c in gerund.children)):
        return None
    tokens = list(verb.doc[gerund.left_edge.i : _nonfinite_end(gerund) + 1])
    return _without_asides(tokens, gerund)


def _gerund_aux(participle: Token) -> bool:
    """A participle after "being" or "having" ("recalled being sent home", "denied having taken
    it"): a gerund, passive or perfect."""
    if participle.tag_ != "VBN":
        return False
    auxiliaries = [c for c in participle.children if c.dep_ in {"aux", "auxpass"}]
    first = min(auxiliaries, key=lambda c: c.i, default=None)
    return first is not None and first.tag_ == "VBG" and first.lower_ in _GERUND_AUXILIARIES


_GERUND_AUXILIARIES = frozenset({"being", "having"})


def _nonfinite_end(head: Token) -> int:
    """Where an infinitive or a gerund ends: before a finite verb the parse joined to it, which can
    only go with the verb above ("proposed raising the levy and signaled support for …")."""
    end = head.right_edge.i
    for conj in head.children:
        if conj.dep_ == "conj" and conj.tag_ in _FINITE_TAGS and not has_subject(conj):
            link = [c.i for c in head.children if c.dep_ in {"cc", "punct"} and head.i < c.i < conj.i]
            end = min(end, (min(link) if link else conj.left_edge.i) - 1)
    return end


_FINITE_TAGS = frozenset({"VBD", "VBZ"})  # (not VBP, which a bare infinitive is often tagged)


def _found_by_text(verb: Token) -> bool:
    """A verb of finding, or one of showing whose subject is a text, a record or a body ("the poll
    showed"), not a person, however tagged ("Roe showed no emotion": what she displayed)."""
    if verb_lemma(verb) not in DISPLAY_VERBS:
        return True  # "investigators found …": people find too
    if displayed_by_someone(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in {"ORG", "NORP"}:
        return True
    return subject.lower_ in POLL_NOUNS or subject.lower_ in DOCUMENT_NOUNS  # "the Harbour Poll shows"


def _paired_preposition(verb: Token, lemma: str) -> Token | None:
    """The preposition that completes the verb's object: "blamed the crash on …", "likened it to …"."""
    pairs = OBJECT_PREPOSITION_VERBS
    return next((c for c in verb.children if c.dep_ == "prep" and (lemma, c.lower_) in pairs), None)


def _without_asides(tokens: list[Token], head: Token, adverbial: bool = True) -> list[Token]:
    """The content without what the writer adds at its end: a relative clause set off by a comma
    ("…, who has long opposed it") or, with ``adverbial``, a clause of time or manner after the
    content's head ("urged them to stay as he left the hall")."""
    doc = head.doc
    words = [u for u in tokens if not u.is_punct]
    end = words[-1].i if words else tokens[-1].i  # (a closing mark may hang elsewhere)
    for k, t in enumerate(tokens):
        if k == 0 or t.dep_ not in _ASIDE_DEPS:
            continue
        edge = t.left_edge.i
        after_comma = edge > 0 and doc[edge - 1].text == ","
        # (not one of time or place, "… close in May, when repairs begin": when, as said)
        relative = t.dep_ == "relcl" and after_comma and t.left_edge.lower_ not in RELATIVE_ADVERBS
        if t.right_edge.i < end and not (relative and _participles_to(t.right_edge.i + 1, end, doc)):
            continue
        added = adverbial and t.dep_ == "advcl" and t.head.i == head.i and t.i > head.i and _setting(t)
        # "… for the post — with 40 percent saying so": the writer's figures after a dash
        absolute = (t.lower_, t.dep_, edge) == ("with", "prep", t.i) and doc[edge - 1].text in DASH_WORDS
        # "railed against the Pacific pact, the trade deal signed last year": a gloss on a name
        glossed = after_comma and head.pos_ in _NOMINAL and _gloss_on_name(t) and t.head.i >= tokens[0].i
        summed = after_comma and _summing_up(t)
        if (relative or added or absolute or glossed or summed) and edge > tokens[0].i:
            return [u for u in tokens if u.i < edge]
    return tokens


def _setting(clause: Token) -> bool:
    """An adverbial clause that sets the scene of what was said, the writer's: one of time or manner
    ("urged them to stay as the storm neared"), or a participle set off by a comma or a dash ("…,
    drawing cheers"). Not a purpose or a condition, which are part of what was said ("vowed to resign
    unless the budget is restored", "wants to work with the council to expand bus service")."""
    marks = [c for c in clause.children if c.dep_ in {"mark", "advmod"} and c.i < clause.i]
    edge = clause.left_edge.i
    set_off = edge > 0 and (clause.doc[edge - 1].text == "," or clause.doc[edge - 1].text in DASH_WORDS)
    if marks and clause.tag_ == "VBG" and not set_off and not has_subject(clause):
        return False  # "hopes to win Ohio while ignoring the farm lobby": how the content's act is done
    if marks:  # ("even as …")
        return any(m.lower_ in TIME_MARKS for m in marks)
    return set_off and clause.tag_ in {"VBG", "VBN"}


# The links of what the writer may add at a content's end (see ``_without_asides``).
_ASIDE_DEPS = frozenset({"relcl", "advcl", "prep", "appos", "dobj", "npadvmod"})


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _gloss_on_name(noun: Token) -> bool:
    """A common noun set off after a name, saying what the name is ("Fennwick County, the state's
    most populous county"): the writer's, when a noun phrase is the content."""
    return noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i


def _participles_to(start: int, end: int, doc: Doc) -> bool:
    """Whether ``doc[start : end + 1]`` holds only participles set off by commas (", drawing 300
    people"): after a relative clause that is the writer's aside ("…, who spoke on Friday, drawing
    300 people"), they go on with it, however the parse hung them."""
    j = start
    seen = False
    while j <= end:
        word = doc[j]
        if word.text == "," and j < end:
            j += 1
            continue
        if not (seen or doc[j - 1].text == ","):
            return False
        participle = word.tag_ in {"VBG", "VBN"} and word.dep_ in {"advcl", "acl", "conj"}
        if not participle or word.left_edge.i != j:
            return False
        seen = True
        j = word.right_edge.i + 1
    return seen


def _summing_up(noun: Token) -> bool:
    """An indefinite apposition at the end that sums up the clause, set apart from the word it hangs
    on ("would pay more in fees, an acknowledgment that …", "…, something she denies"): the writer's
    gloss, not the content. (An apposition right after its noun, "the pier, a landmark", names it.)
    The parse may make it a second object of the verb ("pay more in fees, an admission …")."""
    if noun.head.i > noun.i or noun.dep_ not in {"appos", "dobj", "npadvmod"}:
        return False
    article = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    if not (article or noun.lower_ == "something"):
        return False  # "against the levy, the pier tax or …": an item of a list the parse hung this way
    if noun.dep_ == "npadvmod":  # "was lost through leaks, a figure the firms dispute" (not "5% a year")
        return noun.doc[noun.left_edge.i - 1].text == ","
    if noun.dep_ == "dobj":
        return any(c.dep_ == "dobj" and c.i < noun.left_edge.i for c in noun.head.children)
    before = noun.doc[noun.left_edge.i - 2]  # the word before the comma
    return before.i not in {t.i for t in noun.head.subtree if t.i < noun.left_edge.i} and not before.is_quote


def _answer(cue: Cue) -> list[Token] | None:
    """A one-word answer or claim right after a speech verb: "72 percent said yes", "had said so"."""
    verb = cue.token
    if cue.kind != "verb" or speech_verb(verb) is None or verb.i + 1 >= len(verb.doc):
        return None
    word = verb.doc[verb.i + 1]
    if (
        word.head.i != verb.i
        or word.lower_ not in ANSWER_WORDS
        or word.dep_ not in {"intj", "advmod", "dobj"}
    ):
        return None
    # "said no to the merger": what the answer was given to is the content
    to = _child(verb, {"prep"}, {"to"}) if word.lower_ in VERDICT_WORDS else None
    if to is not None and to.i == word.i + 1 and any(c.dep_ == "pobj" for c in to.children):
        return list(verb.doc[to.i + 1 : to.right_edge.i + 1])
    return [word]


def _passive(cue: Cue) -> list[Token] | None:
    """The subject of a passive speech act whose agent is named: "The plan was rejected by the union"."""
    verb = cue.token
    if cue.kind not in {"verb", "phrasal"} or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if not _content_act(verb_lemma(verb)) or verb_lemma(verb) in QUOTING_VERBS:
        # "was hit by a car", "was committed by …": not a speech act done to its subject; "was quoted
        # by the paper as saying …": whom a paper quotes is a speaker, not what was said
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    relative = subject is not None and subject.tag_ in _RELATIVE and verb.dep_ == "relcl"
    described = verb.head.pos_ in {"NOUN", "PROPN"}
    if described and (relative or (subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN")):
        # "The bill, opposed by most unions, stalled", "The merger, which was first reported by
        # the Courier, …": the noun the participle or the relative clause describes
        noun = verb.head
        own = {t.i for c in noun.children if c.i >= verb.i for t in c.subtree}  # what follows it too
        tokens = [t for t in noun.subtree if t.i not in own]
        return _trimmed(tokens) if tokens else None
    return list(subject.subtree) if subject is not None else None


def _relative_object(cue: Cue) -> list[Token] | None:
    """The noun a relative clause describes, when it is what the clause's speech act or stance takes
    as its object and leaves out: "the plan the mayor opposed", "the levy, which the council backed",
    "the cuts she rails against" (not "the mayor who opposed the plan", "the day she announced it")."""
    verb = cue.token
    noun = verb.head
    if cue.kind != "verb" or verb.dep_ != "relcl" or noun.pos_ not in _NOMINAL or _when(noun):
        return None
    if noun.lemma_.lower() in ADVERBIAL_HEAD_NOUNS:
        return None  # "the day she proposed": when, not what
    edge = noun.left_edge.i
    glossing = noun.dep_ in {"npadvmod", "appos"} and noun.head.pos_ in _VERBAL
    if glossing and edge > 0 and verb.doc[edge - 1].text == ",":
        return None  # "…, a figure the firms dispute": a gloss on the clause before, which it is about
    before = [c for c in verb.children if c.i < verb.i]
    if any(c.dep_ == "prep" or c.tag_ == "WRB" for c in before):
        return None  # "the facts to which he admitted", "the stadium, where a boy shouted …"
    # ("the fares that the union criticized": the parse may make "that" a subject too)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in _RELATIVE), None)
    if subject is None or subject.i > verb.i:
        return None  # "the mayor who opposed the plan": the relative is the one who spoke
    lemma = verb_lemma(verb)
    after = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ in _OWN_CONTENT_DEPS for c in after) or lemma in QUOTING_VERBS:
        return None  # "the plan she said would fail", "the aide he quoted": content of its own
    stranded = [
        c
        for c in after
        if c.dep_ == "prep"
        and (lemma, c.lower_) in PREPOSITION_CONTENT_VERBS
        and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
    ]
    takes_object = _content_act(lemma) and lemma not in _CLAUSE_ONLY_OR_LISTENER
    if not (stranded or takes_object):
        return None
    opening = verb.left_edge.i  # the relative clause's first word
    end = max([noun.i, *(c.right_edge.i for c in noun.children if noun.i < c.i and c.right_edge.i < opening)])
    return _trimmed(list(verb.doc[noun.left_edge.i : end + 1]))


_OWN_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd"})


def _when(token: Token) -> bool:
    """A time ("Tuesday", "last week"): by its entity type, or by its word where no tagger ran."""
    return token.ent_type_ in _WHEN or token.lower_ in DATE_WORDS


def _stance_adjective(cue: Cue) -> list[Token] | None:
    """The clause of an adjective of certainty ("is confident that …", "made it clear that …"), or
    the object of an attitude ("is critical of the plan")."""
    if cue.kind != "adjective":
        return None
    adjective = cue.token
    misread = _stance_read_as_modifier(adjective)
    if misread is not None:  # "was adamant ticket prices had …": the clause after the adjective
        return list(adjective.doc[adjective.i + 1 : misread[1].right_edge.i + 1])
    # "made it clear that …": the parse may hang the clause on the verb the adjective completes
    holders = [adjective, adjective.head] if adjective.dep_ in {"oprd", "acomp", "ccomp"} else [adjective]
    for head in holders:
        for child in head.children:
            if child.dep_ not in {"ccomp", "advcl", "conj", "csubj"}:
                continue
            if child.dep_ == "csubj" and child.i < adjective.i:
                continue  # "That the pier reopens is certain": the clause is the subject, no one holds it
            marked = _child(child, {"mark"}, {"that"}) is not None
            # "is confident fares will fall": a clause of its own, with no "that", on the adjective
            # (or on the verb it completes, right after it, even as a conjunct with no "and": "was
            # adamant the pier would reopen")
            next_to = head is adjective or child.left_edge.i == adjective.right_edge.i + 1
            # ("has made clear she opposes it": the clause read as the adjective's subject)
            own = child.dep_ in {"ccomp", "csubj"} or (child.dep_ == "conj" and head is not adjective)
            # ("was sure about 40 homes had been sold": read as an adverbial clause, with no mark)
            opened = any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in child.children)
            own = own or (child.dep_ == "advcl" and not opened)  # (not "… when it posted")
            bare = next_to and own and has_subject(child) and _finite(child)
            marked = marked and child.dep_ != "conj"
            if (marked or bare) and (head is adjective or child.i > adjective.i):
                return list(child.subtree)
    if adjective.lower_ in INTENTION_ADJECTIVES:  # "is eager to settle": what the infinitive says
        comp = next((c for c in adjective.children if c.dep_ == "xcomp" and c.i > adjective.i), None)
        if comp is not None and _child(comp, {"aux"}, {"to"}) is not None:
            return _without_asides(list(comp.subtree), comp)
        return None
    if adjective.lower_ in _ATTITUDES:  # "is critical of the plan": what it is about
        feeling = adjective.lower_ not in ATTITUDE_ADJECTIVES  # ("pleased with", not "cautious with")
        prepositions = FEELING_PREPOSITIONS if feeling else ATTITUDE_PREPOSITIONS
        about = _child(adjective, {"prep"}, prepositions)
        objs = [c for c in about.children if c.dep_ in {"pobj", "pcomp"}] if about is not None else []
        if about is not None and about.i > adjective.i and objs:
            # Not a second attitude the parse hung on the object ("about the deficit and sure of …").
            other = [c for c in objs[-1].children if c.dep_ == "conj" and c.pos_ not in {"NOUN", "PROPN"}]
            end = other[0].i if other else objs[-1].right_edge.i + 1
            tokens = list(adjective.doc[objs[0].left_edge.i : end])
            return _trimmed(tokens)
    return None


def _stance_noun(cue: Cue) -> list[Token] | None:
    """What a stance or a speech act owned by someone is about: "her support for the bill", "his
    call for a ban", "the mayor's decision to resign"."""
    if cue.kind != "stance":
        return None
    noun = cue.token
    for child in _stance_children(noun):
        if child.dep_ == "prep" and _about_preposition(noun, child) and child.i > noun.i:
            if child.lower_ == "for" and noun.lemma_.lower() in ASKING_NOUNS:
                continue  # "questions for the council": whom they are put to
            if child.lower_ == "to" and noun.lemma_.lower() in ADDRESSED_NOUNS:
                continue  # "her warning to investors": whom it was given
            objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            text = noun.lower_ in TEXT_NOUNS  # ("an attack on Roe" is about her)
            if objs and (_medium(objs[0]) or (text and child.lower_ == "on" and _named(objs[0]))):
                continue  # "a statement on its website", "a post on Twitter": where, not what about
            if objs and not _when(objs[0]):  # "her statements over the past year": a time
                end = _before_time(objs[-1])  # "remarks about migrants during the rally"
                tokens = list(noun.doc[objs[0].left_edge.i : end + 1])
                return _without_asides(tokens, objs[0], adverbial=False)
        if child.dep_ in {"acl", "xcomp"} and _child(child, {"aux"}, {"to"}) is not None:
            return list(child.subtree)
    return None


def _before_time(noun: Token) -> int:
    """Where a noun phrase ends before a phrase of time the parse hung on its last word ("migrants
    during the rally", "the ruling Monday")."""
    end = noun.right_edge.i
    for child in noun.children:
        timed = (child.dep_ == "prep" and child.lower_ in TIME_PREPOSITIONS) or (
            child.dep_ == "npadvmod" and _when(child)
        )
        if timed and child.i > noun.i:
            end = min(end, child.left_edge.i - 1)
    return end


def _medium(noun: Token) -> bool:
    """A means or manner of saying ("on the radio", "on its website", "on the Today programme"), not
    a topic."""
    manner = noun.lower_ in SPEAKING_MANNER_NOUNS or noun.lemma_.lower() in SPEAKING_MANNER_NOUNS
    return manner or _broadcast(noun)


def _broadcast(noun: Token) -> bool:
    """A programme or channel a name or a medium picks out ("the Today programme", "CBC's morning
    show", "a television programme"; not "the programme of reforms")."""
    if noun.lemma_.lower() not in BROADCAST_NOUNS:
        return False
    named = {"compound", "poss", "nmod"}
    picked = (c for c in noun.children if c.dep_ in named)
    return any(c.pos_ == "PROPN" or c.ent_type_ or c.lower_ in BROADCAST_MEDIA for c in picked)


def _named(noun: Token) -> bool:
    """A name ("on Twitter", "in Ohio"), which after "on" is seldom what words are about."""
    return bool(noun.ent_type_) or noun.pos_ == "PROPN"


def _received_stance(cue: Cue) -> list[Token] | None:
    """What a stance from others is about: the subject that drew it ("The plan drew criticism from
    farmers"), or what "for" names ("she faced criticism from rivals for her remarks")."""
    if cue.kind != "received":
        return None
    noun = cue.token
    claimed = _noun_clause_of(noun)
    if claimed is not None:  # "faced criticism from rivals that the plan was rushed"
        return list(claimed.subtree)
    verb = noun.head
    reason = _child(noun, {"prep"}, {"for", "over"}) or _child(verb, {"prep"}, {"for", "over"})
    objs = [c for c in reason.children if c.dep_ in {"pobj", "pcomp"}] if reason is not None else []
    if objs and reason.i > noun.i:
        return list(noun.doc[objs[0].left_edge.i : objs[-1].right_edge.i + 1])
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" or subject.i > verb.i:
        return None  # "He drew criticism from …": a pronoun says nothing of what was criticised
    return _without_asides(list(subject.subtree), subject)


def _on_the_manner(noun: Token) -> bool:
    """A noun after "on the" that says how one speaks, with nothing of its own ("on the record")."""
    bare = all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return noun.lower_ in ON_THE_MANNER_NOUNS and bare and any(c.dep_ == "det" for c in noun.children)


def _absolute_with(prep: Token) -> bool:
    """A "with" set off by a comma whose noun does something ("…, with one telling the paper …",
    "…, with prices rising"): a phrase of its own, not the object of the verb before it."""
    doc = prep.doc
    if prep.lower_ != "with" or prep.i == 0 or doc[prep.i - 1].text != ",":
        return False
    return any(t.tag_ == "VBG" and t.i > prep.i for t in prep.subtree)


def _child(token: Token, deps: Set[str], words: Set[str]) -> Token | None:
    """The first child of ``token`` with one of the dependency labels and one of the words."""
    return next((c for c in token.children if c.dep_ in deps and c.lower_ in words), None)


def _preposition(cue: Cue) -> list[Token] | None:
    """A content given by a preposition: "called for a ban", "warned of a crisis"."""
    if cue.kind not in {"verb", "phrasal"}:
        return None
    verb = cue.token
    lemma = verb_lemma(verb)
    if lemma == "respond" and (any(c.dep_ == "neg" for c in verb.children) or _no_one_does(verb)):
        return None  # "did not respond to a request for comment", "Neither … responded": nothing was said
    if lemma in OBJECT_FIRST_VERBS and not any(c.dep_ in {"dobj", "agent"} for c in verb.children):
        return None  # "a nurse accused of theft": a passive; the one accused says nothing
    if any(c.dep_ == "dobj" and c.lemma_.lower() in BODY_PART_NOUNS for c in verb.children):
        return None  # "jabbed her finger at an activist": a gesture at someone
    preps = list(verb.children)
    idiom = _phrasal_stance(verb) if cue.kind == "phrasal" else _amount_said(verb)
    if idiom is not None:  # "took issue with …"; "said nothing about …", hung on "nothing"
        preps.append(idiom[1])
    for child in verb.children:  # "spoke at length about …": the parse may hang it on the manner
        manner = child.dep_ == "prep" and any(c.dep_ == "pobj" and _medium(c) for c in child.children)
        if manner:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            preps += [p for c in objs for p in c.children if p.dep_ == "prep" and p.lower_ != "of"]
    for child in preps:
        taken = idiom is not None and child.i == idiom[1].i
        if child.dep_ == "prep" and ((lemma, child.lower_) in PREPOSITION_CONTENT_VERBS or taken):
            objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            broadcaster = child.lower_ == "on" and lemma in INTRANSITIVE_SPEECH_VERBS
            broadcaster = broadcaster and bool(objs) and objs[0].ent_type_ == "ORG"
            manner = bool(objs) and objs[0].lemma_.lower() in SPEAKING_MANNER_NOUNS
            if objs and (manner or _broadcast(objs[0]) or broadcaster):
                continue  # "spoke on condition of anonymity", "spoke on Channel 9": how, not what about
            if _absolute_with(child):
                continue  # "disagreed, with one telling the paper …": what went with it, not what about
            if child.lower_ == "on" and objs and _on_the_manner(objs[0]):
                continue  # "would not speak on the record": how, not what about
            if objs and objs[0].lemma_.lower() in BODY_PART_NOUNS:
                continue  # "touched her on the shoulder": a gesture
            if len(objs) == 1 and objs[0].lower_ in EMPTY_OBJECTS and objs[0].i == objs[0].right_edge.i:
                return None  # "did not agree with it", "spoke about this": nothing said of what
            asked_for = lemma in REQUEST_VERBS and child.lower_ == "for"
            if objs and asked_for and objs[0].lemma_.lower() in REQUESTED_WORDS:
                return None  # "asked for anonymity", "pressed for comment": a request, not content
            if objs and not _when(objs[0]):  # "reported on Tuesday": a time, not content
                last = _preposition_tail(verb, objs[-1].right_edge.i)
                tokens = list(verb.doc[objs[0].left_edge.i : last + 1])
                return _without_asides(tokens, objs[0], adverbial=False)
        # "called for the city to act": the parse makes "for" the mark of a clause of its own
        mark = _child(child, {"mark"}, {"for"}) if child.dep_ in {"advcl", "ccomp"} else None
        if mark is not None and mark.i > verb.i and (lemma, mark.lower_) in PREPOSITION_CONTENT_VERBS:
            return [t for t in child.subtree if t.i > mark.i]
    return None


def _amount_said(verb: Token) -> tuple[Token, Token] | None:
    """How much a speech verb's subject said, and the preposition of what about: "said nothing
    about the fares", "has said little on the plan" (the amount one of ``SPOKEN_AMOUNTS``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ not in SPOKEN_AMOUNTS or speech_verb(verb) is None:
        return None
    for prep in sorted((*obj.children, *verb.children), key=lambda c: c.i):
        if prep.dep_ == "prep" and prep.i == obj.i + 1 and prep.lower_ in SPEECH_TOPIC_PREPOSITIONS:
            topic = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            return (obj, prep) if topic is not None and not _when(topic) else None
    return None


@functools.cache
def _phrasal_stance_lemmas() -> frozenset[str]:
    return frozenset(verb for verb, _, _ in PHRASAL_STANCE_VERBS)


@functools.cache
def _phrasal_stance_forms() -> dict[str, frozenset[str]]:
    """The written forms of the verbs of :data:`PHRASAL_STANCE_VERBS`, each with the words after it
    that begin an idiom ("took" → "issue", "aim", "exception")."""
    middles: dict[str, set[str]] = {}
    for lemma, middle, _ in PHRASAL_STANCE_VERBS:
        for form in inflections(lemma):
            middles.setdefault(form, set()).update({middle, middle + "s"})  # ("took swipes at")
    return {form: frozenset(m) for form, m in middles.items()}


def _phrasal_stance(verb: Token) -> tuple[Token, Token] | None:
    """The word right after ``verb`` and the preposition after it that make an idiom of stance
    (:data:`PHRASAL_STANCE_VERBS`): "pushed back on …", "took issue with …", "took a swipe at …"."""
    if verb.pos_ not in _VERBAL or verb_lemma(verb) not in _phrasal_stance_lemmas():
        return None
    lemma = verb_lemma(verb)
    for middle in verb.children:
        if not verb.i < middle.i <= verb.i + 3 or middle.dep_ not in {"prt", "advmod", "dobj"}:
            continue
        definite = (c.dep_ == "det" and c.lower_ not in INDEFINITE_ARTICLES for c in middle.children)
        if middle.dep_ == "dobj" and any(definite):
            continue  # "took the issue with them to court" (not "took a swipe at …")
        word = middle.lemma_.lower() if middle.dep_ == "dobj" else middle.lower_  # "took swipes at"
        for prep in (*verb.children, *middle.children):
            idiom = (lemma, word, prep.lower_)
            if prep.dep_ == "prep" and prep.i > middle.i and idiom in PHRASAL_STANCE_VERBS:
                return middle, prep
    return None


def _preposition_tail(verb: Token, last: int) -> int:
    """Where a preposition's content ends, with what the parse hung on the verb that goes on with it:
    what its object is taken as ("pointed to the board as the obstacle") and a question joined to it
    ("talk about the harbour and how the town can pay for it")."""
    doc = verb.doc
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i <= last or (child.dep_ in {"cc", "punct"} and child.i == last + 1):
            continue  # (the "and" itself, or a comma, hung on the verb too)
        joined = any(doc[k].lower_ in {"and", "or"} and child.left_edge.i == k + 1 for k in (last, last + 1))
        question = joined and child.dep_ == "conj" and doc[child.left_edge.i].tag_ in _QUESTION_TAGS
        # "told of sleepless nights and flooded basements": a second object the parse hung on the verb
        question = question or (joined and child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"})
        taken_as = child.dep_ == "prep" and child.lower_ == "as" and child.i == last + 1
        # "calling for the captain to step down": the infinitive of what is called for, hung on the verb
        asked_to = child.dep_ in {"advcl", "xcomp"} and child.left_edge.i == last + 1
        asked_to = asked_to and _child(child, {"aux"}, {"to"}) is not None
        if not (question or taken_as or asked_to):
            break
        last = child.right_edge.i
    rest = _list_rest(doc, last)
    return rest.right_edge.i if rest is not None else last


_LIST_MISREAD_DEPS = frozenset({"oprd", "dobj", "npadvmod", "conj", "appos"})


def _list_rest(doc: Doc, last: int) -> Token | None:
    """The rest of a list whose first item ends at ``last``, set off by a comma and closed by "and"
    or "or", which the parse hung elsewhere before it ("called for new radar, more pilots and a
    curfew", "praised the crew, the coastguard and the volunteers", the rest made the verb's or the
    subject's): the head of that rest, or none (not a gloss: "called for a review, the first …")."""
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    rest = None
    for k in range(last + 2, len(doc)):  # (to the sentence's end, without working out its span)
        if doc[k].is_sent_start:
            break
        if doc[k].head.i <= last and doc[k].left_edge.i == last + 2:
            rest = doc[k]
            break
    if rest is None or rest.pos_ not in {"NOUN", "PROPN"} or rest.dep_ not in _LIST_MISREAD_DEPS:
        return None
    closed = any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in rest.children)
    return rest if closed else None


_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT"})


def _no_one_does(verb: Token) -> bool:
    """A verb whose subject is no one: "Nobody responded", "Neither Roe nor Lee replied", "No
    official answered"."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        c.lower_ in NEGATIONS
        or any(d.dep_ in {"det", "preconj"} and d.lower_ in NEGATIONS for d in c.children)
        for c in subjects
    )


def _aside(cue: Cue) -> list[Token] | None:
    """A cue set in the middle or at the end of the clause it reports: "The plan, officials said,
    will wait"; the content is that clause without the cue's words."""
    verb = cue.token
    if cue.kind not in {"verb", "phrasal"} or not _reports_clauses(verb):
        return None
    # (a clause the parse took for a noun phrase may head it: "United sacked Holm, the club said")
    misparsed = verb.head.dep_ == "ROOT" and verb.dep_ == "parataxis" and _ends_sentence(verb)
    clause = misparsed and any(t.pos_ in _VERBAL for t in verb.head.subtree)
    if verb.head.pos_ not in _VERBAL and not clause:
        inside = _inside_nominal_sentence(verb)  # "The new fee, the mayor said, covered repairs"
        return [t for t in verb.sent if t.i not in inside] if inside else None
    if verb.dep_ != "parataxis" and not _closing_conjunct(verb):
        return None
    if _has_content(verb) or _clause_before_glossed_frame(verb) is not None:
        return None  # (a gloss after a dash, which the parse made the head: the clause rule's)
    if _opens_quotation_after(verb):
        return None  # "Asked about it, she said, “All options are open.”": the quotation's frame
    # What the parse hung on the cue before its subject is the clause's ("Raising fares this early,
    # experts say, hurt the shops"): the cue's words start at its subject.
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    first = subject.left_edge.i if subject is not None else verb.left_edge.i
    if cue.speaker is not None and cue.speaker.i > verb.i:
        first = verb.i  # "The plan, said Roe, was doomed": the cue's words start at the verb
    elif cue.speaker is not None and cue.speaker.dep_ in {"appos", "conj"} and cue.speaker.head == subject:
        # "Roe, an aide said, would …", "Castellano, Novotny suggested, had …": from the comma
        first = cue.speaker.left_edge.i - 1
    own = {t.i for t in verb.subtree if t.i >= first}
    own -= {t.i for t in _content_after_frame(verb, cue.speaker)}  # "…, the audit found, and repairs …"
    own |= {t.i for t in _manner_after_frame(verb)}  # "…, she said, her voice breaking."
    for other in _acts_after_frame(verb.head, verb, cue.speaker):  # "…, Roe said, and she left"
        own |= {t.i for t in other.subtree if t.i > verb.i} | _link_before(other)
    own |= _contrast_after_frame(verb.head, verb.right_edge.i)  # "…, Roe said, while Ng …"
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:  # "The pier is not, she insists, beyond repair"
        own -= {t.i for t in _predicate_after_frame(verb, verb.head)}
    return [t for t in verb.head.subtree if t.i not in own]


def _opens_quotation_after(verb: Token) -> bool:
    """Whether a quotation opens right after a frame and its comma or colon ("she said, “…”"), and
    runs to the sentence's end: the frame introduces it, and no clause around the frame is its."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].text in {",", ":"}:
        k += 1
    if k >= len(doc) or doc[k].tag_ != "``":
        return False
    end = verb.sent.end - 1
    while end > k and (doc[end].is_punct or doc[end].is_space) and doc[end].tag_ != "''":
        end -= 1
    return doc[end].tag_ == "''"


_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "prep", "dobj", "xcomp", "ccomp", "advcl"})
_HUNG_PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "oprd", "advmod"})


def _predicate_after_frame(verb: Token, head: Token) -> list[Token]:
    """The predicate of the clause (headed by ``head``) a frame interrupts ("The pier is not, she
    insists, beyond repair", "The pier was, Roe said, unsafe"), which the parse hung on the frame's
    verb after its closing comma, the clause's own verb left with none: those words, or none."""
    if head.pos_ not in _VERBAL or verb.i < head.i:
        return []
    if any(c.dep_ in _PREDICATE_DEPS for c in head.children):
        return []  # the clause has its predicate ("The plan, she said, was flawed")
    comma = next((c for c in verb.children if c.text == "," and c.i > verb.i), None)
    if comma is None:
        return []
    after = [c for c in verb.children if c.i > comma.i and c.dep_ in _HUNG_PREDICATE_DEPS]
    # ("The plan was, she said, “a disgrace”": a noun phrase in quotation marks, read as an adverbial
    # of the frame's verb; not a time, "she said Monday")
    after += [c for c in verb.children if c.i > comma.i and c.dep_ == "npadvmod" and not _when(c)]
    words = sorted((t for c in after for t in c.subtree), key=lambda t: t.i)
    if not words:
        return []
    # and the quotation marks around them, which the parse hung on the verb
    doc = verb.doc
    marks = [
        doc[k]
        for k in (words[0].i - 1, words[-1].i + 1)
        if 0 <= k < len(doc) and doc[k].is_quote and doc[k].head.i == verb.i
    ]
    return sorted([*words, *marks], key=lambda t: t.i)


def _contrast_after_frame(head: Token, frame_end: int) -> set[int]:
    """The words of a clause set against the content after a frame inside the sentence ("Valdia sent
    tents, its ministry said, while Ostrea pledged cash", "…, according to the Courier, although the
    interest is cool"): the writer's, with a subject of its own, when the content before the frame
    is a clause already."""
    if head.pos_ not in _VERBAL or not has_subject(head) or head.i > frame_end:
        return set()
    own: set[int] = set()
    for c in head.children:
        set_against = _child(c, {"mark"}, CONTRAST_MARKS) is not None
        if c.dep_ == "advcl" and c.left_edge.i > frame_end and has_subject(c) and set_against:
            own.update(t.i for t in c.subtree)
            comma = c.left_edge.i - 1
            if head.doc[comma].text == ",":
                own.add(comma)
    return own


def _stranded_subject(clause: Token) -> Token | None:
    """The object a cue's clause really is when the parse made it the subject of a speech verb that
    belongs to the person the sentence opens with ("because she feared reprisals said …":
    ``noun_before_stranded_verb``)."""
    if speech_verb(clause) is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and noun_before_stranded_verb(clause, subject) is not None else None


def _manner_after_frame(verb: Token) -> list[Token]:
    """Words after a frame set off by a comma that say how the source spoke, not what: a clause
    with no finite verb around a participle with a subject of its own ("…, she said, her voice
    breaking") or of speaking or a speaker's gesture ("…, he said, smiling", "…, officials said,
    citing a report"; ``MANNER_VERBS``); none that go on with the content ("…, she said, will
    wait", "…, they say, imposing new curbs", "…, he says, by clinging to old ways")."""
    last = verb.right_edge.i
    after = [t for t in verb.head.subtree if t.i > last]
    comma = verb.doc[last].text == "," or (bool(after) and after[0].text == ",")  # hung on either
    if not after or not comma or after[0].i != last + 1:
        return []
    words = [t for t in after if not t.is_punct]
    if not words or any(t.tag_ in FINITE_TAGS or t.lower_ in _CLAUSE_MARKS for t in words):
        return []
    if words[0].pos_ in {"ADP", "SCONJ", "CCONJ", "PART"}:
        return []  # "…, he says, by clinging to old ways": the content goes on
    # ("breaking" may be tagged a noun: "her voice breaking")
    participles = [
        t for t in words if t.tag_ in {"VBG", "VBN"} or (t.lower_.endswith("ing") and t.pos_ != "PROPN")
    ]
    if not participles:
        return []
    first = participles[0]
    absolute = any(c.dep_ in {"nsubj", "poss", "compound"} and c.i < first.i for c in first.children)
    lemma = verb_lemma(first)
    spoken = lemma in SPEECH_VERBS or lemma in MANNER_VERBS
    return after if absolute or spoken else []  # not "…, they say, imposing new curbs": the content's


def _acts_after_frame(head: Token, verb: Token, speaker: Token | None) -> Iterator[Token]:
    """The conjuncts of ``head`` after a frame set in its clause that are no part of what was said:
    the source's next act ("…, Roe said, and she added that …") or another cue ("…, and Pell
    agreed"). A clause with a subject of its own goes on with the content ("…, Roe said, and the
    council should close it")."""
    for conj in head.children:
        if conj.dep_ == "conj" and conj.i > verb.i and not _carries_on(conj, speaker):
            yield conj


def _carries_on(conj: Token, speaker: Token | None) -> bool:
    """A clause joined after a frame that goes on with the content: a finite verb with a subject of
    its own that is not the source again ("he" after "he said") and that reports nothing itself."""
    subject = next((c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None or not _finite(conj) or reported_cue(conj) is not None:
        return False
    # "…, he said, and he left": the writer's, of the source again ("…, he said, and she gripped his
    # hands" goes on with what he said)
    return speaker is None or subject.lower_ != speaker.lower_


def _link_before(conj: Token) -> set[int]:
    """The comma and conjunction that join a conjunct to the clause before it."""
    out: set[int] = set()
    k = conj.left_edge.i - 1
    while k >= 0 and (conj.doc[k].dep_ == "cc" or conj.doc[k].text == ","):
        out.add(k)
        k -= 1
    return out


def _content_after_frame(verb: Token, speaker: Token | None) -> list[Token]:
    """A clause joined to a source-last frame after its source that goes on with the content: "The
    pier is unsafe, says Roe, and the council should close it" (the parse joins it to "says")."""
    after = speaker.right_edge.i if speaker is not None and speaker.i > verb.i else verb.i
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < after or not _carries_on(conj, speaker):
            continue
        link = sorted(_link_before(conj))
        if not any(verb.doc[k].dep_ == "cc" for k in link):
            return []  # ("…, says Roe, the council …": no conjunction, no going on)
        return [verb.doc[k] for k in link if verb.doc[k].dep_ == "cc"] + list(conj.subtree)
    return []


def _inside_nominal_sentence(verb: Token) -> set[int]:
    """The words of a source set off by commas inside a sentence the parse made a noun phrase ("The
    new fee, the mayor said, covered repairs", with "covered" an adjective): its subject, the verb
    and the commas, when the words around them hold a verb; else nothing."""
    doc, sent = verb.doc, verb.sent
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    # (or one hung on a noun of a clause with its verb: "The pier was, Roe said, “a hazard”")
    if verb.dep_ != "parataxis" or verb.head.pos_ in _VERBAL or subject is None:
        return set()
    if sent.root.pos_ in _VERBAL and not sent.root.i < verb.i < verb.head.i:
        return set()
    first, last = subject.left_edge.i - 1, verb.right_edge.i
    last = last if doc[last].text == "," else last + 1
    comma = next((c.i for c in verb.children if c.text == "," and c.i > verb.i), None)
    if comma is not None and doc[last].text != ",":  # (a quotation mark after it, hung on the verb)
        last = comma
    if first <= sent.start or last >= sent.end - 1 or doc[first].text != "," or doc[last].text != ",":
        return set()
    if _has_content(verb):
        return set()  # the source's own content between the commas
    rest = [t for t in sent if not first <= t.i <= last]
    return set(range(first, last + 1)) if any(t.tag_ in FINITE_TAGS | {"VBN"} for t in rest) else set()


def _ends_sentence(verb: Token) -> bool:
    """A cue whose words end its sentence, set off by a comma before them ("…, the club said on
    Monday.")."""
    first = verb.left_edge
    comma = first if first.text == "," else (verb.doc[first.i - 1] if first.i > 0 else None)
    return comma is not None and comma.text == "," and verb.right_edge.i >= verb.sent.end - 2


def _parenthetical(cue: Cue) -> list[Token] | None:
    """A source set off by commas inside the sentence it reports, however the parse hung it ("The
    levy, Roe said, paid for the pier", "Every Friday, the former chief told the paper, Roe would
    chair the board"): the content is the sentence without the source's words."""
    verb = cue.token
    tagged_noun = verb.tag_ == "NNS" and verb.dep_ == "appos"  # "The plan, Roe notes, …": "notes" a noun
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or tagged_noun
    if cue.kind != "verb" or not finite or cue.speaker is None:
        return None
    says = speech_verb(verb) is not None or verb_lemma(verb) in _BELIEF_OR_KNOWLEDGE
    says = says or (tagged_noun and written_as_speech_verb(verb))
    if not says or cue.speaker.tag_ in _RELATIVE:
        return None  # "voted", "who told them …": an act, or a relative clause of the writer's
    if _opens_quotation_after(verb):
        return None  # "Asked about it, she said, “All options are open.”": the quotation's frame
    doc, sent = verb.doc, verb.sent
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    aside = inverted_aside(verb)
    if aside is not None and aside.i == cue.speaker.i:  # "The plan, said the mayor, was doomed"
        last = cue.speaker.right_edge.i  # (its closing comma may be the parse's last word of it)
        first, end = verb.i, (last if doc[last].text == "," else last + 1)
    elif subject is not None and subject.i == cue.speaker.i:
        first = subject.left_edge.i
        end = verb.i + 1  # past the source's own words: "told the paper", "said in an interview"
        for c in sorted(verb.children, key=lambda c: c.i):
            setting = c.dep_ == "prep" and c.lower_ in SETTING_PREPOSITIONS
            if c.i > verb.i and c.left_edge.i == end and (setting or _listener(c, verb)):
                end = c.right_edge.i + 1
    else:
        return None
    if first - 1 <= sent.start or end >= sent.end - 1 or doc[first - 1].text != "," or doc[end].text != ",":
        return None
    if any(_subjectless_opening(c) and c.i < first for c in verb.children):
        return None  # "Asked whether she knew, Roe replied, “…”": the writer's setting, then her words
    source = {t.i for t in cue.speaker.subtree}  # (the parse may make it the subject of the clause after)
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    inside = any(min(t.i for t in c.subtree if t.i not in source) < end for c in clauses)
    if inside or (_has_content(verb, clause=False) and first != verb.i):
        return None  # content of the cue's own, inside the commas (after them, the parse hung the rest)
    rest = doc[end + 1 : sent.end]
    if rest[0].pos_ in {"CCONJ", "SCONJ"} or rest[0].tag_ in {"VBG", "VBN", "TO"}:
        return None  # "…, Roe said, and left", "…, Roe tweeted, praising him": another act of hers
    if not any(t.tag_ in FINITE_TAGS for t in rest):
        return None  # no clause goes on around the source
    return [*doc[sent.start : first - 1], *rest]


def _subjectless_opening(token: Token) -> bool:
    """A verb opening a clause of its own with no subject ("Asked whether …", "Pressed on the
    timing"): the writer's setting of a reply, no one's words."""
    return token.pos_ == "VERB" and token.left_edge.i == token.i and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children
    )


def _has_content(verb: Token, clause: bool = True) -> bool:
    """Whether a cue has content of its own: an object other than the one told ("told reporters"
    has none), an infinitive, or (with ``clause``) a clause."""
    kinds = {"ccomp", "xcomp"} if clause else {"xcomp"}
    return any(
        (c.dep_ in kinds and not _anonymity_purpose(c)) or (c.dep_ == "dobj" and not _listener(c, verb))
        for c in verb.children
    )


def _told_account(verb: Token) -> bool:
    """Whether a listener verb's object is an account given ("Fox told a different story"), not
    who was told."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and obj.lemma_.lower() in TOLD_ACCOUNT_NOUNS


def _object_after(verb: Token) -> bool:
    """Whether a verb has a thing for its object after it ("speaks three languages", "wrote a
    memoir"), not who was told ("told reporters", "wrote the inspector") nor a name."""
    objects = (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN")
    return any(not is_person_noun(c) and not _listener(c, verb) for c in objects)


def _anonymity_purpose(comp: Token) -> bool:
    """An infinitive after how a source spoke ("said, asking not to be named, to speak freely"):
    why it spoke so, not what it said."""
    doc = comp.doc
    before = doc[max(comp.left_edge.i - 4, 0) : comp.left_edge.i]
    return comp.dep_ == "xcomp" and any(_medium(t) for t in before if t.pos_ == "NOUN")


def _closing_conjunct(verb: Token) -> bool:
    """A source-last frame the parse made a second clause or the clause's complement ("The unit
    will help, the minister told a panel", with "told" a conjunct or a ccomp of "help"): a speech
    verb with a subject of its own that closes the sentence, set off from the clause by a comma
    and no conjunction."""
    if (
        verb.dep_ not in {"conj", "ccomp"}
        or verb.i < verb.head.i
        or speech_verb(verb) is None
        or not has_subject(verb)
    ):
        return False
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    if first == 0 or doc[first - 1].text != ",":
        return False
    head = verb.head
    others = [c.i for c in head.children if c.dep_ == "conj" and head.i < c.i < verb.i]
    for cc in head.children:
        if cc.dep_ == "cc" and head.i < cc.i < verb.i and not any(cc.i < k for k in others):
            return False  # "…, and the minister told a panel": two things that happened
    # ("A held on, but B is under strain, the chief said": the "but" joins B, and both are said)
    return all(t.is_punct or t.is_space for t in doc[last + 1 : verb.sent.end])


def _listener(obj: Token, verb: Token) -> bool:
    """Whether a verb's object is who was told ("she told reporters", "told them"), not what."""
    return verb_lemma(verb) in LISTENER_VERBS and can_be_told(obj)


def _as_frame(cue: Cue) -> list[Token] | None:
    """A cue in an "as" clause, with no content of its own: "As the Courier noted, the mayor raised
    $1 million", "as reported by the Courier, …"; the content is the clause it modifies. Not an
    "as" of time ("As she spoke, the crowd cheered", "as he was leaving, …")."""
    verb = cue.token
    if cue.kind not in {"verb", "phrasal"} or verb.dep_ != "advcl" or verb.head.pos_ not in _VERBAL:
        return None
    mark = _child(verb, {"mark"}, {"as"})
    put_it = cue.text == "put it" and _put_in_words(verb)  # "As the mayor put it, …": a way of saying
    if mark is None or verb.tag_ == "VBG" or (speech_verb(verb) is None and not put_it):
        return None  # a speech verb only: "as they campaigned", "as she favoured" report nothing
    if verb_lemma(verb) in INTRANSITIVE_SPEECH_VERBS:
        return None
    doc = verb.doc
    if mark.i > 0 and doc[mark.i - 1].lower_ in {"even", "just", "such", "so"}:
        return None  # "even as she said …": a contrast, not a source
    first, last = verb.left_edge.i, verb.right_edge.i
    quoted = last + 1 < len(doc) and doc[last + 1].is_quote  # "as she said, “…”": words of its own
    if doc[last].text == "," and last > verb.i and not quoted:
        last -= 1  # (the comma that sets it off, parsed its own)
    before = doc[first - 1].text if first > 0 else ""
    after = doc[last + 1].text if last + 1 < len(doc) else ""
    set_off = before in _ASIDE_MARKS or after in _ASIDE_MARKS
    if not (first == verb.sent.start or set_off):
        return None  # set off by a comma or dashes, or opening the sentence, as a source is
    if (says_more(verb) or _preposition(cue) is not None) and not put_it:
        return None  # "as she noted a rise", "as farmers warned of hunger": words of its own
    own = {t.i for t in verb.subtree}
    own.update(k for k in (first - 1, last + 1) if 0 <= k < len(doc) and doc[k].text in DASH_WORDS)
    return [t for t in verb.head.subtree if t.i not in own]


_ASIDE_MARKS = frozenset({","}) | DASH_WORDS  # what sets an "as" frame off from its clause


def _put_in_words(verb: Token) -> bool:
    """ "put it" as a way of saying ("as she put it", "as he put it in a letter"), not a placing
    ("as she put it on the table")."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or not (noun.lemma_.lower() in TEXT_NOUNS or _medium(noun) or _when(noun)):
            return False
    return True


def _according(cue: Cue) -> list[Token] | None:
    """The clause a source phrase hangs on: "According to officials, talks have stalled"."""
    if cue.kind != "source" or cue.token.lower_ in _FRAME_PREPOSITIONS:
        return None
    if _between_frame_and_clause(cue.token):
        return None  # "Roe said, per a translator, that …": how the words came; the frame is Roe's
    verb, source = _clause_verb(cue.token), cue.speaker
    if _by_norm(cue.token):
        return None  # "will be dealt with according to the law": how, not who says so
    wording = source is not None and source.lemma_.lower() in WORDING_SOURCE_NOUNS
    if wording and speech_verb(verb) is not None and verb.left_edge.is_quote:
        return None  # "“…,” he told them, according to a translation": the quotation's wording, sourced
    tokens = _sourced_clause(cue)
    words = [t for t in tokens or () if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in EMPTY_OBJECTS:
        # "Prices rose. That is according to the bureau.": what "that" stands for, the sentence before
        # (where it was parsed; else "that" as written, which still names the source)
        return _sentence_before(words[0]) or tokens
    return tokens


def _sentence_before(token: Token) -> list[Token] | None:
    """The sentence before the one ``token`` opens, in the same paragraph; none at a paragraph's start."""
    sent = token.sent
    if token.i != sent.start or sent.start == 0:
        return None
    before = token.doc[sent.start - 1].sent
    if any("\n" in t.text or "\n" in t.whitespace_ for t in token.doc[before.start : sent.start]):
        return None
    if not any(t.is_alpha for t in before):
        return None  # (a sentence left unparsed)
    return _trimmed(list(before)) or None


def _by_norm(phrase: Token) -> bool:
    """ "according to" a norm, closing its clause with no comma before it ("dealt with according to
    the law"): in keeping with it, not a source."""
    doc = phrase.doc
    preps = [phrase, *(c for c in phrase.children if c.dep_ == "prep")]  # ("according" → "to" → noun)
    noun = next((c for p in preps for c in p.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in NORM_NOUNS:
        return False
    before = doc[phrase.i - 1].text if phrase.i > 0 else ""
    return bool(before) and before not in _ASIDE_MARKS and phrase.i > phrase.sent.start


def _between_frame_and_clause(phrase: Token) -> bool:
    """A source phrase set off right after a speech verb, before that verb's own clause ("said, per
    a translator, that the server was open")."""
    verb, doc = phrase.head, phrase.doc
    first, last = phrase.left_edge.i, phrase.right_edge.i
    if speech_verb(verb) is None or first != verb.i + 2 or doc[verb.i + 1].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.i > last for c in verb.children)


def _framed(cue: Cue) -> list[Token] | None:
    """The clause a framing phrase opens: "In a new poll, most voters back the plan", "To the
    mayor, the vote was a betrayal", "Under the new rule, fares rise"."""
    if cue.kind != "source" or cue.token.lower_ not in _FRAME_PREPOSITIONS:
        return None
    return _sourced_clause(cue)


def _sourced_clause(cue: Cue) -> list[Token] | None:
    """The clause a source phrase sources: all of its sentence when the phrase opens or closes it,
    else the clause it hangs on, without a later clause that has a subject of its own."""
    head = _clause_verb(cue.token)
    described = _participle_of_source(cue.token, head)
    if described:  # "…, according to a summary of the case read out in court": the summary was read
        head = _clause_verb(head)
    said = _sourced_subject(cue.token, head)
    if said is not None:  # "That's according to the census": what "that" stands for
        return list(said.subtree)
    if head.i == cue.token.i:
        return _clause_under_phrase(cue.token)
    own = {t.i for t in cue.token.subtree}
    if described:
        own.update(range(cue.token.i, cue.token.head.right_edge.i + 1))
    source = cue.speaker
    if source is not None and source.i > cue.token.i and source.i not in own:
        # "…, according to the F.A.A.": the source hung elsewhere; the words up to it are the phrase's
        own.update(range(cue.token.i, source.i + 1))
        own.update(t.i for t in source.subtree)
    brackets = _brackets_around(cue.token)
    if brackets is not None:  # "(the true share is one in five, according to the audit)"
        doc = cue.token.doc
        return _trimmed([t for t in doc[brackets[0] + 1 : brackets[1]] if t.i not in own])
    # "the fund, which stood at 40 million, according to the audit": the relative clause only
    relative = head.dep_ == "relcl"
    description = _source_runs_on(cue.token, head)
    if description is not None and head.sent.root.pos_ in _VERBAL:
        # "…, according to three sources who spoke to the paper but were not authorized to …",
        # the phrase hung on the source's second verb: it closes the sentence after all
        head = head.sent.root
        own.update(t.i for t in description)
    elif not relative and _at_sentence_edge(cue.token) and head.sent.root.pos_ in _VERBAL:
        # Opening or closing the sentence, the phrase sources all of it, whichever verb the parse
        # hung it on ("A rose, while B fell, according to the data"; "…, with C still open"), but
        # for a clause another source frames after it ("…, but Roe said …"; "…; Roe said …").
        root = head.sent.root
        head = head if _framed_by_other(root, head) else root
        own.update(t.i for t in _source_description(cue.token, head))
        own.difference_update(_subject_in_source(cue.token, head))
        own.update(_source_name_read_as_subject(cue.token, head))
        for conj in head.children:
            if conj.dep_ == "conj" and conj.i > cue.token.i and _framed_by_other(conj, None):
                own.update(t.i for t in conj.subtree)
                k = conj.left_edge.i - 1
                while k > cue.token.i and (head.doc[k].is_punct or head.doc[k].pos_ == "CCONJ"):
                    own.add(k)  # the ", but" before it
                    k -= 1
    else:  # "A rose, according to the data, and B fell": a clause of its own after it is not sourced
        doc = cue.token.doc
        first, last = cue.token.left_edge.i, cue.token.right_edge.i
        if first > 0 and last + 1 < len(doc) and doc[first - 1].text == doc[last + 1].text == ",":
            own.update({first - 1, last + 1})  # "The pier, in her view, is a lifeline": its commas too
        for conj in head.children:
            if conj.dep_ == "conj" and conj.i > cue.token.i and has_subject(conj):
                own.update(t.i for t in conj.subtree)
                own.update(c.i for c in head.children if c.dep_ == "cc" and cue.token.i < c.i < conj.i)
        own |= _contrast_after_frame(head, last)  # "…, according to the Courier, although …"
    return _trimmed([t for t in head.subtree if t.i not in own])


def _framed_by_other(verb: Token, clause: Token | None) -> bool:
    """A speech verb with a subject of its own, no pronoun, and a clause it reports, after ``clause``
    (or anywhere, without one): another source's frame in a sentence a source phrase opens
    ("According to police, three were hurt; the mayor said …", "…, but Roe said …")."""
    if verb.pos_ not in _VERBAL or speech_verb(verb) is None or verb is clause:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False  # ("According to the paper, Roe praised …, and she asked …": the paper's account still)
    if not any(c.dep_ == "ccomp" and c.i > subject.i for c in verb.children):
        return False  # ("…, and the actors agreed to a pay freeze": an act the source reports, no frame)
    return clause is None or subject.i > clause.right_edge.i


def _subject_in_source(phrase: Token, verb: Token) -> set[int]:
    """The words of an opening source phrase that are the subject of the clause it sources, which
    has none as parsed ("According to the Gazette, 41 of the 60 councillors — a group of loyalists
    — backed it", the count made an apposition of the Gazette): from the last apposition set off
    by a comma to the end of the phrase."""
    if phrase.i > verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return set()
    doc = phrase.doc
    source = next((c for c in phrase.subtree if c.dep_ == "pobj"), None)
    if source is None:
        return set()
    after_comma = [c for c in source.children if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","]
    # or a conjunct with no "and" deeper in the phrase ("According to data compiled by Acme Research,
    # European freight volumes have fallen", "volumes" joined to "Research")
    after_comma += [
        c for c in phrase.subtree
        if c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ","
        and not any(k.dep_ in {"cc", "preconj"} for k in c.head.children)
    ]
    after_comma = sorted((c for c in after_comma if c.i < verb.i), key=lambda c: c.i)
    if not after_comma:
        return set()
    # a count is the subject rather than a description of the source ("…, 41 of the 60
    # councillors, a clear majority, backed it"); else the last apposition
    counted = [c for c in after_comma if c.tag_ == "CD" or any(t.dep_ == "nummod" for t in c.children)]
    first = (counted or after_comma[-1:])[0]
    return set(range(first.left_edge.i, verb.i))


def _source_name_read_as_subject(phrase: Token, verb: Token) -> set[int]:
    """The source's name set off after an opening source phrase that the parse made a second subject
    of the clause ("According to its head of research, Jo Roe, owners are wary"): the name and its
    comma, which are the source's words, not the content's."""
    doc = phrase.doc
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i)
    if len(subjects) < 2 or phrase.i > verb.i:
        return set()
    first = subjects[0]
    start, end = first.left_edge.i, first.right_edge.i
    if doc[end].text != ",":  # (the parse may hang the closing comma on the name)
        end += 1
    after_phrase = start >= 1 and doc[start - 1].text == "," and start - 2 <= phrase.right_edge.i
    if not after_phrase or end >= len(doc) or doc[end].text != ",":
        return set()
    return set(range(start, end + 1))


def _sourced_subject(phrase: Token, verb: Token) -> Token | None:
    """The subject of "be" when a source phrase right after it ends the sentence ("That's according
    to the census", "This is per the city's figures"; parsed either way): the subject is sourced."""
    doc = phrase.doc
    be = doc[phrase.i - 1] if phrase.i else None
    closes = all(t.is_punct for t in doc[phrase.right_edge.i + 1 : phrase.sent.end])
    if be is None or be.lemma_ != "be" or not closes:
        return None
    clause = verb if verb.i != phrase.i else phrase  # the parse may make "according" the verb
    if clause.i not in {be.i, phrase.i}:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.right_edge.i < be.i else None


def _clause_under_phrase(phrase: Token) -> list[Token] | None:
    """The clause after an opening source phrase that the parse made the sentence's head
    ("According to a study by the institute, voters who are young lean left", with "voters" a
    second object of "according"): the rest of the sentence after the source, when it has a verb."""
    if phrase.dep_ != "ROOT":
        return None
    doc, start, end = phrase.doc, phrase.sent.start, phrase.sent.end
    source = next((c for c in phrase.children if c.dep_ == "prep" and c.i > phrase.i), None)
    if source is None:
        return None
    closing = _closing_clause_under_phrase(phrase, source)
    if closing is not None:
        return closing
    if not all(t.pos_ in {"CCONJ", "ADV", "PUNCT", "SPACE"} for t in doc[start : phrase.i]):
        return None
    if source.right_edge.i + 1 >= end or doc[source.right_edge.i + 1].text != ",":
        return None
    rest = list(doc[source.right_edge.i + 2 : end])
    return _trimmed(rest) if any(t.pos_ in _VERBAL for t in rest) else None


def _closing_clause_under_phrase(phrase: Token, source: Token) -> list[Token] | None:
    """The clause before a closing source phrase that the parse made the sentence's head ("Around a
    third of adults report napping, according to previous surveys", "report" read as a noun under
    "according"): the sentence up to the comma before the phrase, when it has a verb."""
    doc = phrase.doc
    comma = phrase.i - 1
    after = source.right_edge.i + 1
    if comma <= phrase.sent.start or doc[comma].text != ",":
        return None
    if after < len(doc) and doc[after].text not in SENTENCE_END_MARKS and not doc[after].is_space:
        return None
    before = list(doc[phrase.sent.start : comma])
    return _trimmed(before) if any(t.pos_ in _VERBAL for t in before) else None


def _source_runs_on(phrase: Token, head: Token) -> list[Token] | None:
    """The words after a closing source phrase that go on describing the source, which the parse
    took for the verb the phrase hangs on ("…, according to sources who spoke to the paper but were
    not authorized to …"): a verb with no subject of its own, after a source with a relative
    clause, to the sentence's end; or a relative clause without a pronoun."""
    doc = phrase.doc
    first, last = phrase.left_edge.i, phrase.right_edge.i
    if head.i <= last or first == 0 or doc[first - 1].text != "," or last + 1 >= len(doc):
        return None
    while doc[last].is_space and last > first:
        last -= 1
    if doc[last].pos_ == "CCONJ":
        last -= 1  # the conjunction hung on the source's clause, the verb after it elsewhere
    after = next((t for t in doc[last + 1 : head.i] if not t.is_space), head)
    if any(c.dep_ in SUBJECTS for c in head.children):
        return _relative_without_pronoun(phrase, head, after)
    # no subject: the verb goes on with the source's own relative clause ("… who spoke to the
    # paper but were not authorized …", "… of polls, where 475 delegates will be at stake")
    if not any(t.dep_ == "relcl" for t in phrase.subtree):
        return None
    return list(doc[last + 1 : head.sent.end])


def _relative_without_pronoun(phrase: Token, head: Token, after: Token) -> list[Token] | None:
    """A relative clause without a pronoun on the source ("according to an interview his brother
    gave to the paper"), parsed as a second clause of the sentence that the phrase hangs on: it
    opens right after the source with its subject, and nothing joins it to the sentence (no
    "and", no comma), nor is it a frame of its own ("…, according to police, officials said")."""
    doc = phrase.doc
    if head.dep_ != "conj" or head.head.i > phrase.i or speech_verb(head) is not None:
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i != after.i:
        return None
    if any(c.dep_ == "cc" or c.text == "," for c in head.head.children if phrase.i < c.i < head.i):
        return None
    return list(doc[after.i : head.sent.end])


def _source_description(phrase: Token, verb: Token) -> list[Token]:
    """A participle set off after an opening source phrase, describing the source, that the parse
    hung on the sentence's verb ("According to the lawsuit, filed on Tuesday by the parents, …")."""
    doc = phrase.doc
    after = phrase.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    apposed = _source_apposition(verb, after + 1)
    if apposed:  # "According to the Water Board, the agency that runs the dams, supplies have …"
        return [doc[after], *apposed]
    if doc[after + 1].tag_ != "VBN":
        return []
    participle = doc[after + 1]
    if participle.dep_ in {"advcl", "acl"} and participle.head == verb:
        end = participle.right_edge.i + 1  # its own phrase, up to the comma after it
    else:  # the parse made it the sentence's verb: up to the next comma, before the clause sourced
        end = next((t.i for t in doc[after + 2 : verb.sent.end] if t.text == ","), len(doc))
    rest = doc[end + 1 : verb.sent.end] if end < len(doc) and doc[end].text == "," else None
    if rest is None or not any(t.pos_ in _VERBAL for t in rest):
        return []
    return list(doc[after : end + 1])


def _source_apposition(verb: Token, start: int) -> list[Token]:
    """A noun phrase set off by commas at ``start``, right after an opening source phrase, that the
    parse made a first subject of the verb, which has a subject of its own after it ("According to
    the Water Board, the agency that runs the dams, supplies have fallen"): it describes the source."""
    doc = verb.doc
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == start), None)
    if first is None or first.pos_ not in {"NOUN", "PROPN"}:
        return []
    end = first.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return []
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > end for c in verb.children):
        return []
    return list(doc[start : end + 1])


def _brackets_around(phrase: Token) -> tuple[int, int] | None:
    """The token indices of the parentheses that hold a phrase inside its sentence, if any."""
    doc, sent = phrase.doc, phrase.sent
    depth, opening = 0, None
    for i in range(phrase.left_edge.i - 1, sent.start - 1, -1):
        if doc[i].text == ")":
            depth += 1
        elif doc[i].text == "(":
            if depth == 0:
                opening = i
                break
            depth -= 1
    if opening is None:
        return None
    depth = 0
    for i in range(phrase.right_edge.i + 1, sent.end):
        if doc[i].text == "(":
            depth += 1
        elif doc[i].text == ")":
            if depth == 0:
                return opening, i
            depth -= 1
    return None


def _at_sentence_edge(phrase: Token) -> bool:
    """Whether a phrase opens its sentence (after at most a conjunction or an adverb) or closes it
    (only punctuation after it)."""
    doc, sent = phrase.doc, phrase.sent
    first, last = phrase.left_edge.i, phrase.right_edge.i
    opening = all(t.pos_ in {"CCONJ", "ADV", "PUNCT", "SPACE"} for t in doc[sent.start : first])
    closing = all(t.is_punct or t.is_space for t in doc[last + 1 : sent.end])
    return opening or closing


def _participle_of_source(phrase: Token, verb: Token) -> bool:
    """The verb a source phrase hangs on is a participle describing the source, which the parse
    took for a clause of its own with the phrase in it ("…, according to a summary of the case read
    out in court"): no subject, and the phrase opens it."""
    return (
        verb.i > phrase.i
        and phrase.head.i == verb.i
        and verb.left_edge.i == phrase.i
        and verb.tag_ in {"VBN", "VBD"}
        and verb.dep_ in {"advcl", "acl", "conj"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


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
    noun = cue.token
    clause = _noun_clause_of(noun)
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        # "The senator's answer was that the family comes first": the clause the copula gives it
        clause = next((c for c in noun.head.children if c.i > noun.head.i and _marked_clause(c)), None)
    return list(clause.subtree) if clause is not None else None


def _before_record(cue: Cue) -> list[Token] | None:
    """The clause before a record set off at its end, however the parse took it ("The firm gave
    $5,000, campaign records show."; "…, records show, the boat has flown 200 hours"): the sentence
    up to the record's comma, with what follows a second comma unless it opens a clause of its own
    ("…, records show, and experts say …")."""
    closing = closing_source(cue.token) or closing_frame_read_as_noun(cue.token)
    if closing is None or cue.kind != "verb":
        return None
    comma = closing[0]
    doc = cue.token.doc
    sentence = cue.token.sent
    tokens = list(doc[sentence.start : comma])
    after = cue.token.i + 1
    while after < sentence.end and doc[after].is_quote:
        after += 1
    if after < sentence.end - 1 and doc[after].text == "," and doc[after + 1].pos_ != "CCONJ":
        tokens += list(doc[after + 1 : sentence.end])
    return tokens if any(t.pos_ in _VERBAL for t in tokens) else None


# What a clause's verb may have that leaves no gap for a relative "that" to fill as its object.
_GAPLESS_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass", "auxpass", "expl"})


def _marked_clause(token: Token) -> bool:
    """A clause opened by "that", "whether" or "if" (or by a "that" the parse took for a relative
    pronoun in a clause that leaves it no place: ``_that_read_as_pronoun``)."""
    mark = _child(token, {"mark"}, _CLAUSE_MARKS) if token.dep_ in {"acl", "ccomp", "relcl"} else None
    if mark is not None:
        # (a "relative" clause with a "that" that stands for nothing: "the point that …"; but a
        # "that" the tagger took for a conjunction in a relative clause keeps its gap: "her warning
        # that the board had ignored", "the claim that he spoke about")
        relative = mark.lower_ == "that" and token.dep_ != "ccomp" and token.head.pos_ in {"NOUN", "PROPN"}
        return not (relative and token.head.lemma_.lower() in _CONTENT_NOUNS and _gap_left(token))
    return _that_read_as_pronoun(token)


def _gap_left(clause: Token) -> bool:
    """Whether a clause after a noun for something said has a gap a relative "that" fills: a verb
    that could take such a noun for its object (``SAID_NOUN_VERBS``) with no object, complement or
    passive of its own ("the warning that she issued"), or a preposition with no object ("the claim
    that he spoke about")."""
    others = [c for c in clause.children if c.lower_ != "that"]
    passive = any(c.dep_ == "auxpass" for c in others)  # ("that the ferry had been paid for")
    if not passive and _stranded_preposition(clause):
        return True
    if verb_lemma(clause) not in SAID_NOUN_VERBS:
        return False
    # (an infinitive with an object of its own, hung as an adverbial, fills the verb: "the claim
    # that it needed to save money")
    infinitives = [c for c in others if c.dep_ == "advcl" and _child(c, {"aux"}, {"to"}) is not None]
    filled = any(g.dep_ == "dobj" for c in infinitives for g in c.children)
    return not filled and not any(c.dep_ in _GAPLESS_DEPS | {"dative"} for c in others)


def _that_read_as_pronoun(clause: Token) -> bool:
    """A content clause after a noun whose "that" the parse made a relative pronoun, though the
    clause has no place for it: a second subject beside a "that" tagged a conjunction ("their
    claims that wages had fallen"); a verb whose object, complement or passive leaves a "that"
    object nowhere to stand ("the warning that rates would hit records"); or a verb that could not
    take the noun for its object (:func:`_gap_nothing_fills`: "the warning that the pier would
    close"). A plain relative clause keeps its gap: "the claims that the union made"."""
    if clause.dep_ not in {"relcl", "acl"} or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that" or first.head.i != clause.i:
        return False
    others = [c for c in clause.children if c.i != first.i]
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in others)
    if first.dep_ == "nsubj":
        return first.tag_ == "IN" and subject
    if first.dep_ != "dobj" or not subject:
        return False
    if first.tag_ == "IN" and any(c.dep_ in _GAPLESS_DEPS for c in others):
        return True
    # ("was of the view that Roe had acted in good faith": no view is held that one acts)
    noun = clause.head
    held = noun.dep_ == "pobj" and noun.lower_ in VIEW_STATE_NOUNS.get(noun.head.lower_, ())
    if first.tag_ == "IN" and held:
        return True
    return _gap_nothing_fills(clause, others)


def _gap_nothing_fills(clause: Token, others: list[Token]) -> bool:
    """Whether a clause after a noun for something said, with "that" parsed as its object, has no
    gap for it (:func:`_gap_left`), and a tense of its own: "the warning that the pier would close"
    says what the warning said; "the warning that she issued" is a relative clause."""
    if clause.head.lemma_.lower() not in _CONTENT_NOUNS or _gap_left(clause):
        return False
    objects = any(c.dep_ in _GAPLESS_DEPS | {"dative"} for c in others)
    return not objects and any(c.dep_ in {"aux", "auxpass"} for c in others)


def _setting_or_time(prep: Token) -> bool:
    """A phrase of where, to whom or when ("to the board", "in her speech", "for weeks")."""
    return prep.lower_ in SETTING_PREPOSITIONS or any(_when(o) for o in prep.children if o.dep_ == "pobj")


def _noun_clause_of(noun: Token) -> Token | None:
    """The that-clause of a noun ("the claim that …"), if it has one: also a claim's that-clause the
    parse hung on the verb putting it forward past a time or a setting ("made the case on Monday
    that …", "made the point to the board that …")."""
    own = next((c for c in noun.children if _marked_clause(c)), None)
    if own is not None or noun.dep_ != "dobj" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return own
    verb = noun.head
    if verb.pos_ not in _VERBAL or verb_lemma(verb) not in _LIGHT_OR_CLAIM:
        return None
    clause = next((c for c in verb.children if c.i > noun.i and _marked_clause(c)), None)
    if clause is None:
        return None
    between = [t for t in verb.children if noun.i < t.i < clause.i]
    setting = all(_when(t) or (t.dep_ == "prep" and _setting_or_time(t)) for t in between)
    return clause if setting else None


REPORTED_RULES: tuple[ReportedRule, ...] = (
    ReportedRule("reported-aside", _aside, 0.8, "a cue set off inside or after the clause it reports"),
    ReportedRule(
        "reported-parenthetical", _parenthetical, 0.8, "a source set off by commas inside its sentence"
    ),
    ReportedRule(
        "reported-clause", _clause, 0.85, "a verb of saying, believing or knowing with a clause of its own"
    ),
    ReportedRule("reported-as", _as_frame, 0.75, "a cue in an as-clause: as the paper noted, …"),
    ReportedRule("according-to", _according, 0.85, "a source phrase: its clause is what the source says"),
    ReportedRule(
        "source-frame", _framed, 0.7, "a phrase framing a clause: in a poll, to the mayor, under the law"
    ),
    ReportedRule("reported-noun-clause", _noun_clause, 0.75, "a speech noun and its that-clause"),
    ReportedRule(
        "reported-infinitive", _infinitive, 0.75, "a verb of urging, promising or wanting and its infinitive"
    ),
    ReportedRule("reported-gerund", _gerund, 0.6, "a speech act or a stance and its gerund: denied taking"),
    ReportedRule("reported-object", _object, 0.6, "a speech act named with its object: denied, announced"),
    ReportedRule("reported-preposition", _preposition, 0.6, "a speech act with a preposition: called for"),
    ReportedRule("reported-passive", _passive, 0.6, "a passive speech act and its agent: was rejected by"),
    ReportedRule(
        "reported-relative", _relative_object, 0.55, "what a relative clause's act takes: plans she opposed"
    ),
    ReportedRule("reported-answer", _answer, 0.6, "a one-word answer or claim: said yes, said so"),
    ReportedRule("reported-adjective", _stance_adjective, 0.7, "an adjective of certainty and its clause"),
    ReportedRule("reported-stance", _stance_noun, 0.6, "a stance someone holds: her support for the bill"),
    ReportedRule(
        "reported-received", _received_stance, 0.6, "a stance others hold: the plan drew criticism from them"
    ),
    ReportedRule("reported-record", _before_record, 0.7, "a record set off at the end: …, records show."),
)


# Rules whose content is a clause of the cue's own (a verb's or a speech noun's complement): a
# quotation inside it is the cue speaker's, whatever cue stands next to it.
CLAUSE_RULES = frozenset({"reported-clause", "reported-noun-clause", "reported-infinitive"})
# Rules whose source frames a clause but says none of its words: a quotation inside the clause is
# not the poll's or the rule's ("Under the deal, “moderate” members chair it").
WORDLESS_RULES = frozenset({"source-frame"})


# -- finding them -------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A source-last frame closing its sentence with a verb that is more often a noun: "…, the complaint
# states.", "…, the paper reports.", "…, his lawyer's letter demands."
_CLOSING_FRAME = re.compile(
    r",\s+(?:the|a|an|its|his|her|their|this|that)\s+(?:[^\W\d_][\w'’-]*\s+){1,3}?([^\W\d_]+)s[.!?]"
)


def _closing_noun_like_verb(text: str) -> bool:
    """Whether a sentence closes on a source-last frame whose verb is a noun-like cue word in its -s
    form ("…, the complaint states."): a verb there, as no noun ends a sentence after its subject."""
    return any(m.group(1).lower() in NOUN_LIKE_CUE_WORDS for m in _CLOSING_FRAME.finditer(text))


@functools.cache
def _cue_forms() -> frozenset[str]:
    """Every written form of every word that can cue reported content."""
    lemmas = SPEECH_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS | THAT_CLAUSE_VERBS | _act_verbs()
    lemmas |= INTENTION_VERBS | WISHING_VERBS
    forms = {form for lemma in lemmas for form in inflections(lemma)}
    nouns = {form for noun in STANCE_NOUNS for form in (noun, noun + "s")}
    adjectives = STANCE_ADJECTIVES | _ATTITUDES | INTENTION_ADJECTIVES
    return frozenset(forms | IRREGULAR_VERB_FORMS | SOURCE_WORDS | adjectives | nouns)


@functools.cache
def _trigger_forms() -> frozenset[str]:
    """The words that make a paragraph worth parsing for reported speech: the cue forms, and a
    poll's nouns ("… in the latest poll" frames its clause)."""
    return _cue_forms() | POLL_NOUNS | _light_forms()


@functools.cache
def _light_forms() -> frozenset[str]:
    """The forms of verbs that report speech only through a noun for what was said ("made the
    case", "gave a speech"), and cue nothing else."""
    others = SPEECH_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS | _act_verbs() | {"put"}  # "as Roe put it"
    # (and those that put a claim forward: "raised the concern that …", "voiced support for …")
    light = {form for lemma in (LIGHT_SPEECH_VERBS | CLAIM_VERBS) - others for form in inflections(lemma)}
    other_forms = {form for lemma in others for form in inflections(lemma)}
    return frozenset(light - other_forms)


@functools.cache
def _aspectual_forms() -> frozenset[str]:
    """The forms of verbs that report speech only on their own, as a quotation's frame ("“…,” she
    continued"), and of no other cue."""
    others = SPEECH_VERBS - ASPECTUAL_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS | _act_verbs()
    other_forms = {form for lemma in others for form in inflections(lemma)}
    forms = {form for lemma in ASPECTUAL_VERBS for form in inflections(lemma)}
    return frozenset(forms - other_forms)


@functools.cache
def _phrasal_forms() -> dict[str, frozenset[str]]:
    """The written forms of the verbs of phrasal speech verbs, each with the particles that make it
    one ("shot" → "back"): on its own such a verb ("shot", "set") cues nothing."""
    particles: dict[str, set[str]] = {}
    for lemma, particle in PHRASAL_SPEECH_VERBS:
        for form in inflections(lemma):
            particles.setdefault(form, set()).add(particle)
    return {form: frozenset(p) for form, p in particles.items()}


@functools.cache
def _said_nouns() -> frozenset[str]:
    """Nouns for what is said or put forward, singular and plural: a light verb's object."""
    nouns = SPEECH_NOUNS | CLAIM_NOUNS | POINTING_NOUNS.keys()
    return frozenset(form for noun in nouns for form in (noun, noun + "s"))


@functools.cache
def _cue_words() -> frozenset[str]:
    """The words a cue can stand on: those of :func:`_cue_forms`, the nouns of a claim or a piece of
    speech put forward ("made the case that …", "gave a speech on …"), whose verb already brings the
    sentence in, and those for a stance's holder ("a critic of …")."""
    return _other_cue_words() | TOPIC_SPEECH_NOUNS  # (… "made comments about")


@functools.cache
def _other_cue_words() -> frozenset[str]:
    """The words of :func:`_cue_words` but the nouns of a piece of speech put out about a topic."""
    return _single_cue_words() | frozenset(_phrasal_stance_forms())


@functools.cache
def _single_cue_words() -> frozenset[str]:
    """The words of :func:`_other_cue_words` that cue on their own, not only in an idiom of stance."""
    claims = frozenset(form for noun in CLAIM_NOUNS for form in (noun, noun + "s"))
    held = HOLDER_NOUNS | IN_STANCE_NOUNS | ATTENTION_NOUNS | _view_state_words()
    put_out = frozenset(form for lemma in PUTTING_OUT_VERBS for form in inflections(lemma))
    return _cue_forms() | claims | _FRAME_PREPOSITIONS | frozenset(_phrasal_forms()) | held | put_out


@functools.cache
def _view_state_words() -> frozenset[str]:
    """The nouns of :data:`VIEW_STATE_NOUNS`, whatever their preposition."""
    return frozenset().union(*VIEW_STATE_NOUNS.values())


@functools.cache
def _idiom_only_forms() -> frozenset[str]:
    """The forms of the verbs of :data:`PHRASAL_STANCE_VERBS` that cue nothing else ("took", "came")."""
    return frozenset(_phrasal_stance_forms()) - _single_cue_words() - TOPIC_SPEECH_NOUNS


@functools.cache
def _topic_only_words() -> frozenset[str]:
    """The nouns of a piece of speech put out about a topic that cue nothing else."""
    return TOPIC_SPEECH_NOUNS - _other_cue_words() - STANCE_NOUNS


def _impersonal(verb: Token) -> bool:
    """An infinitive completing an adjective said of a dummy "it": "it is safe to say", "it is
    too early to predict"."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head.head if verb.head.pos_ == "ADJ" else verb.head
    if verb.head.pos_ != "ADJ" and not any(c.dep_ == "acomp" for c in head.children):
        return False
    return any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in head.children)


def _wished(written: list[str], k: int) -> bool:
    """Whether the word before word ``k`` is a modal of wishing ("would", "wouldn't", "would not", or
    "I'd" as one word)."""
    for before in (w.lower().replace(CURLED_APOSTROPHE, "'") for w in reversed(written[max(0, k - 2) : k])):
        modal = before.removesuffix("n't")
        if modal in WISHING_MODALS or modal.endswith(tuple(m for m in WISHING_MODALS if m.startswith("'"))):
            return True
        if before not in NEGATIONS:
            return False  # (past "not" only: "would not like to …")
    return False


@functools.lru_cache(maxsize=4096)  # a paragraph's sentences are asked about more than once
def may_report(text: str) -> bool:
    """Whether a paragraph has a word that can cue reported content, so that it is worth parsing.

    A word that is more often a noun ("state", "campaigns", ``NOUN_LIKE_CUE_WORDS``) counts only
    where the words around it make it a verb ("she states that …", "to point out")."""
    if _frame_opening(text) or _closing_noun_like_verb(text):
        return True
    forms = _trigger_forms()
    written = _WORD.findall(text)
    words = [w.lower() for w in written]
    phrasal = _phrasal_forms()
    idioms = _phrasal_stance_forms()
    for k, w in enumerate(words):
        if w in phrasal and k + 1 < len(words) and words[k + 1] in phrasal[w]:
            return True  # "shot back that …", "laid out"
        if w in idioms and idioms[w] & set(words[k + 1 : k + 4]):
            return True  # "took issue with", "pushed back on", "took a swipe at"
        if w in HOLDER_NOUNS and k + 1 < len(words) and words[k + 1] == "of":
            return True  # "Roe, a fierce critic of the plan"
        if w in ATTENTION_NOUNS and k + 1 < len(words) and words[k + 1] == "to":
            return True  # "drew attention to the backlog"
        if w in HELD_VIEW_NOUNS and _holding_forms() & set(words[max(0, k - 3) : k]):
            return True  # "has serious doubts about the plan"
        if w in _view_state_words() and words[k + 1 : k + 2] == ["that"]:
            return True  # "was of the view that …", "is under the impression that …"
        if w not in forms:
            continue
        clause_after = words[k + 1 : k + 2] == ["that"]  # "with a warning that …"
        if k and words[k - 1] in NOUN_MARKERS and not (_received_here(words, k) or clause_after):
            continue  # "the support", "a call": a noun, which cues only when owned ("her call …")
        prepositions = _preposition_only_forms().get(w)
        if prepositions is not None and not prepositions & set(words[k + 1 : k + 5]):
            continue  # "fought hard", "focus groups": "fight", "focus" cue only with "for", "on" …
        if w in _ATTITUDE_ONLY and not _ATTITUDE_NEXT & set(words[k + 1 : k + 3]):
            clause = w in FEELING_ADJECTIVES and words[k + 1 : k + 2] and words[k + 1] in _CLAUSE_OPENERS
            if not clause:  # ("was pleased the council agreed": a clause with no "that")
                continue  # "was angry": an attitude cues only with what it is about ("angry about …")
        if (w in INTENTION_ADJECTIVES or w in _intention_forms()) and "to" not in words[k + 1 : k + 2]:
            continue  # "a keen eye", "looked at": an intention cues only with its infinitive ("keen to …")
        if w in _wishing_forms() and not (_wished(written, k) and "to" in words[k + 1 : k + 2]):
            continue  # "looks like rain", "loved it": a wish cues only as "would like to …"
        if w in _that_clause_only_forms() and "that" not in words[k + 1 : k + 3]:
            continue  # "housing projects", "submitted a bid": these cue only with their that-clause
        if w in POLL_NOUNS and w not in _cue_forms():
            if "in" in words[max(0, k - 4) : k]:
                return True  # "… led in the latest poll"; not "the poll was conducted …"
            continue
        if w in _light_forms():
            if any(n in _said_nouns() for n in words[k + 1 : k + 5]):
                return True  # "made the case", "gave a speech"; not "made a big play"
            continue
        if w in _aspectual_forms():
            continue  # "began", "continues": a frame of a quotation (parsed for it), no content's cue
        passive = k and words[k - 1] in BE_FORMS and w.endswith(("ed", "en", "wn", "ght"))
        passive = passive and w not in _STANCE_WORDS  # "is convinced that …" is a stance, not a passive
        held = k + 1 < len(words) and words[k + 1] in _state_prepositions().get(w, ())  # "is opposed to"
        if passive and "by" not in words[k : k + 8] and not held:
            continue  # "is expected to", "was seen as": the writer's passive, no one named holds it
        stem = w[:-1] if w.endswith("s") and w[:-1] in NOUN_LIKE_CUE_WORDS else w
        if stem not in NOUN_LIKE_CUE_WORDS:
            return True
        before = words[k - 1] if k else ""
        named = k and written[k - 1][:1].isupper() and w != stem
        if named and k > 1 and words[k - 2] in DETERMINERS:
            named = False  # "the United States": a name's noun, not a name and its verb
        if before in VERB_MAKERS or named:
            return True  # "she states", "to point", "Roe backs"
        if _possessive(before) and stem in _OWNED_CUE_NOUNS:
            return True  # "his promise to …", "the mayor's call for …": an owned stance or speech
        if w == stem and len(before) > 3 and before.endswith("s") and not _possessive(before):
            return True  # "islanders call it …", "critics demand …": a plural subject and its verb
        after = words[k + 1] if k + 1 < len(words) else ""
        if after in VERB_PARTICLES:
            return True
        if w != stem and (after == "that" or (stem, after) in PREPOSITION_CONTENT_VERBS):
            return True  # "the minister calls for …", "the report states that …": an -s verb
    return False


@functools.cache
def _holding_forms() -> frozenset[str]:
    """Every form of the verbs of holding a view ("has", "held", "harbours")."""
    return frozenset(f for lemma in HOLDING_VERBS for f in inflections(lemma))


@functools.cache
def _wishing_forms() -> frozenset[str]:
    """The forms of ``WISHING_VERBS`` ("like", "love"), which cue only after a modal of wishing."""
    return frozenset(form for lemma in WISHING_VERBS for form in inflections(lemma))


def _wishing_modal(verb: Token) -> Token | None:
    """The modal of wishing a verb has ("would like", "’d love"), if any."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "aux" and c.i < verb.i and c.lower_.replace(CURLED_APOSTROPHE, "'") in WISHING_MODALS
        ),
        None,
    )


@functools.cache
def _intention_forms() -> frozenset[str]:
    """The forms of ``INTENTION_VERBS`` ("looking", "looks"), which cue only before "to"."""
    return frozenset(form for lemma in INTENTION_VERBS for form in inflections(lemma))


@functools.cache
def _that_clause_only_forms() -> frozenset[str]:
    """The forms of ``THAT_CLAUSE_VERBS`` that no other cue shares ("projects", "submitted")."""
    lemmas = SPEECH_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS | _act_verbs()
    others = {form for lemma in lemmas for form in inflections(lemma)}
    forms = {form for lemma in THAT_CLAUSE_VERBS for form in inflections(lemma)}
    return frozenset(forms - others)


@functools.cache
def _state_prepositions() -> dict[str, frozenset[str]]:
    """The participles of the verbs that take their content after a preposition, each with those
    prepositions: after "be" they name a state its subject holds ("is opposed to", "was focused on")."""
    found: dict[str, set[str]] = {}
    for verb, preposition in PREPOSITION_CONTENT_VERBS:
        for form in inflections(verb):
            if form.endswith("ed"):
                found.setdefault(form, set()).add(preposition)
    return {form: frozenset(p) for form, p in found.items()}


def _received_here(words: list[str], k: int) -> bool:
    """A stance noun after a verb of receiving, its holders named after it ("won the backing of
    the council", "has the full support of …")."""
    after = words[k + 1] if k + 1 < len(words) else ""
    received = bool(_receiving_forms() & set(words[max(k - 4, 0) : k]))
    held = (after == "from" and words[k] in STANCE_NOUNS) or (after == "of" and words[k] in HELD_BY_OF_NOUNS)
    return held and received


@functools.cache
def _receiving_forms() -> frozenset[str]:
    """The written forms of the verbs of receiving a stance (``RECEIVING_VERBS``)."""
    return frozenset(form for lemma in RECEIVING_VERBS for form in inflections(lemma))


# Adjectives of an attitude or a feeling towards something ("critical of …", "pleased that …").
_ATTITUDES = ATTITUDE_ADJECTIVES | FEELING_ADJECTIVES
_STANCE_ATTITUDE_INTENTION = STANCE_ADJECTIVES | _ATTITUDES | INTENTION_ADJECTIVES
_STANCE_WORDS = STANCE_ADJECTIVES | _ATTITUDES
# Adjectives that cue only with a preposition of what the attitude is about, or a that-clause.
_ATTITUDE_ONLY = _ATTITUDES - STANCE_ADJECTIVES
_ATTITUDE_NEXT = ATTITUDE_PREPOSITIONS | FEELING_PREPOSITIONS | {"that"}
# Words that open a clause of its own: its subject's determiner or pronoun.
_CLAUSE_OPENERS = DETERMINERS | SPEAKING_PRONOUNS | {"it", "you"}
# The noun-like cue words that cue as nouns when someone owns them ("her promise to …").
_OWNED_CUE_NOUNS = NOUN_LIKE_CUE_WORDS & (STANCE_NOUNS | SPEECH_NOUNS)


def _possessive(word: str) -> bool:
    """A possessive word: "his", "their", "its", "Roe's", "the mayor’s"."""
    return word in SPEAKING_POSSESSIVES or word == "its" or word.endswith(("'s", "’s"))


@functools.cache
def _preposition_only_forms() -> dict[str, frozenset[str]]:
    """The forms of verbs that cue only with a preposition after them ("fight for", "focus on",
    "care about"), each with those prepositions; forms of any other cue are left out."""
    others = (
        SPEECH_VERBS | BELIEF_VERBS | KNOWLEDGE_VERBS | OBJECT_CONTENT_VERBS | INFINITIVE_CONTENT_VERBS
        | AS_CONTENT_VERBS | frozenset(verb for verb, _ in OBJECT_PREPOSITION_VERBS) | THAT_CLAUSE_VERBS
    )
    other_forms = {form for lemma in others for form in inflections(lemma)} | _said_nouns()
    other_forms |= {form for noun in STANCE_NOUNS for form in (noun, noun + "s")}
    found: dict[str, set[str]] = {}
    for verb, preposition in PREPOSITION_CONTENT_VERBS:
        if verb in others:
            continue
        for form in inflections(verb):
            if form not in other_forms:
                found.setdefault(form, set()).add(preposition)
    return {form: frozenset(p) for form, p in found.items()}

# The prepositions that open a framing phrase ("In a new poll, …", "To the mayor, …").
_FRAME_PREPOSITIONS = frozenset(FRAME_SOURCE_NOUNS) | PERSPECTIVE_PREPOSITIONS
_OPENING = re.compile(
    r"(?:^|[.!?][\"”’)]?\s+)("
    + "|".join(sorted(w.capitalize() for w in _FRAME_PREPOSITIONS))
    + r")\s+([^,.;:!?]{1,80}),"
)


_VIEW_ASIDE = re.compile(r", in ([^,.;:!?]{1,40}),")


def _frame_opening(text: str) -> bool:
    """Whether a sentence of ``text`` opens with a framing phrase that may source it ("To the
    mayor, …", "By the union's count, …"; see :func:`_frame_cue`), or holds someone's words or
    view set off by commas ("The pier, in her view, is …")."""
    for m in _VIEW_ASIDE.finditer(text):
        if any(w.lower() in OWNED_VIEW_NOUNS for w in _WORD.findall(m.group(1))):
            return True
    for m in _OPENING.finditer(text):
        word = m.group(1).lower()
        if word in PERSPECTIVE_PREPOSITIONS:
            return True
        if word == "in" and any(w.lower() in OWNED_VIEW_NOUNS for w in _WORD.findall(m.group(2))):
            return True  # "In the mayor's words, …"
        if any(w.lower() in FRAME_SOURCE_NOUNS[word] for w in _WORD.findall(m.group(2))):
            return True
    return False


def reported_cue(token: Token) -> Cue | None:
    """The cue of reported content at ``token``: a speech cue, a speech noun with its author, or a
    verb of knowing or believing with a clause ("learned that …", "fear that …")."""
    if token.lower_ in _FRAME_PREPOSITIONS:
        cue = _frame_cue(token)
    elif (inverted := _inverted_name(token)) is not None:  # "…, added Roe.", however "added" was parsed
        return Cue(token, token.text.lower(), "verb", inverted)
    elif token.dep_ == "amod" and token.pos_ in _VERBAL:
        return None  # "the pledged delegates", "a called meeting": a verb as an adjective
    elif _counted_participle(token):
        return None  # "won 475 pledged delegates", parsed as "475" pledging them
    elif naming_participle(token):
        return None  # "a group called the Harbour Trust": the name it goes by, no one's words
    elif _result_participle(token):
        return None  # "…, allowing the striker to score": what the clause before led to
    elif _asked(token):
        return None  # "Asked about the fares, Roe said …": the question of someone unnamed
    elif _infinitive_goes_on(token):
        return None  # "urged them to lock up and report thefts": theirs to report, if they do
    elif _participle_of_thing(token):
        return None  # "a small miner focused on copper": what the thing is, no one's words
    elif _impersonal(token):
        return None  # "it is hard to say whether …": the writer's hedge, no one's speech
    else:
        cue = _word_cue(token)
    if cue is not None and _in_question(token):
        return None  # "Asked whether he feared …", "asked if she believed …": a question's words
    return cue


def naming_participle(token: Token) -> bool:
    """A participle of naming after a noun, with no one doing the naming ("a group called the
    Harbour Trust", "a blog named the Feed"; not "a plan called a disgrace by critics")."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.lemma_.lower() not in NAMING_VERBS:
        return False
    return token.head.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "agent" for c in token.children)


def _counted_participle(token: Token) -> bool:
    """A participle between a count and the plural noun it describes, which the parse made a verb
    with the noun its object: "won 475 pledged delegates", "led by 300 pledged delegates"."""
    doc = token.doc
    if token.tag_ not in {"VBN", "VBD"} or not 0 < token.i < len(doc) - 1:
        return False
    count, noun = doc[token.i - 1], doc[token.i + 1]
    if count.tag_ != "CD" or count.ent_type_ in {"DATE", "TIME"} or noun.tag_ != "NNS":
        return False
    if token.dep_ == "ROOT" and not any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return False  # "The two promised changes": the sentence's only verb
    return noun.head.i == token.i and noun.dep_ == "dobj" and noun.left_edge.i == noun.i


def _result_participle(token: Token) -> bool:
    """A participle of a verb of making happen (``CAUSATIVE_VERBS``) set off after its clause: the
    result of what the clause tells ("The keeper fumbled, allowing the striker to score")."""
    return verb_lemma(token) in CAUSATIVE_VERBS and participle_after_comma(token)


def _word_cue(token: Token) -> Cue | None:
    """The cue a word other than a framing preposition heads (see :func:`reported_cue`)."""
    cue = cue_at(token)
    amount = _amount_said(token) if cue is not None and cue.kind == "verb" else None
    if amount is not None:  # "said nothing about the fares": as written, not as if something was said
        cue = Cue(token, f"{cue.text} {amount[0].text} {amount[1].text}".lower(), "verb", cue.speaker)
    idiom = _phrasal_stance(token) if cue is None else None
    if idiom is not None:  # "pushed back on the plan", "took issue with the figures"
        said = token.doc[token.i : idiom[1].i + 1].text.lower()  # as written: "took a swipe at"
        return Cue(token, said, "phrasal", subject_of(token))
    # "is convinced", tagged a participle: a complement, or the root of a passive
    passive = token.tag_ == "VBN" and _participle_holder(token) is not None
    participle = token.tag_ == "VBN" and (token.dep_ == "acomp" or passive)
    adjective = token.pos_ == "ADJ" or participle
    stance = adjective and token.lower_ in _STANCE_ATTITUDE_INTENTION
    if cue is not None and (cue.speaker is not None or not stance):
        return cue  # (a participle read as a verb with no subject: "Residents are worried …", held)
    set_off = _set_off_stance_holder(token) if token.lower_ in _STANCE_WORDS else None
    if set_off is not None:  # "Angry that the vote failed, the governor left", however tagged
        return Cue(token, token.text.lower(), "adjective", set_off, cognition=True)
    if stance:
        return _adjective_cue(token)
    in_stance = _in_stance_cue(token) or _holder_cue(token) or _view_state_cue(token)  # "a critic of"
    if in_stance is not None:
        return in_stance
    if token.pos_ == "NOUN" and token.lemma_.lower() in STANCE_NOUNS:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return Cue(token, token.text.lower(), "stance", owner)
        received = _received_cue(token)
        if received is not None:
            return received
    put = _put_forward_cue(token) if token.pos_ == "NOUN" else None
    if put is not None:
        return put
    share = share_before_verb_read_as_noun(token) if token.pos_ == "NOUN" else None
    if share is not None and (verb_lemma(token) in _BELIEF_OR_KNOWLEDGE or verb_lemma(token) in SPEECH_VERBS):
        # "Less than a third think the fee is fair", "think" tagged a noun: the share's verb
        return Cue(token, token.text.lower(), "verb", share, cognition=verb_lemma(token) not in SPEECH_VERBS)
    if token.pos_ not in _VERBAL:
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        return speech_noun_cue(token) or _claim_cue(token)
    lemma = verb_lemma(token)
    knowing = lemma in _BELIEF_OR_KNOWLEDGE
    framing = token.dep_ == "parataxis" or _closing_frame(token, token.head)  # "…, the Post understands"
    if knowing and (any(c.dep_ == "ccomp" for c in token.children) or framing):
        return Cue(token, token.text.lower(), "verb", subject_of(token), cognition=True)
    displays = lemma in DISPLAY_VERBS and not any(c.dep_ == "ccomp" for c in token.children)
    if displays and displayed_by_someone(token):
        return None  # "she showed no remorse": what she displayed, not what she said
    if lemma in THAT_CLAUSE_VERBS and any(_marked_clause(c) for c in token.children):
        return Cue(token, token.text.lower(), "verb", subject_of(token))  # "counsel submitted that …"
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    connective = _child(token, {"mark", "advmod"}, {"as"}) is not None and after in {"to", "with"}
    if token.tag_ == "VBN" and connective:
        return None  # "as opposed to …", "as compared with …": "rather than", no one's stance
    if lemma in INTENTION_VERBS:  # "is looking to cut costs": with its infinitive only
        comp = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i), None)
        if comp is None or _child(comp, {"aux"}, {"to"}) is None:
            return None
        return Cue(token, token.text.lower(), "verb", subject_of(token), cognition=True)
    if lemma in WISHING_VERBS:  # "would like to see a new offer": with its modal and infinitive only
        modal = _wishing_modal(token)
        comp = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i), None)
        if modal is None or comp is None or _child(comp, {"aux"}, {"to"}) is None:
            return None
        return Cue(token, f"{modal.lower_} {token.lower_}", "verb", subject_of(token), cognition=True)
    if _put_out(token) is not None:  # "issued an open letter", "released a new ad"
        return Cue(token, token.text.lower(), "verb", subject_of(token))
    if lemma in _act_verbs() and not no_one_told(token):  # "endorsed the senator", "called for a ban"
        return Cue(token, token.text.lower(), "verb", subject_of(token) or _state_holder(token, lemma))
    if lemma in FINDING_OBJECT_VERBS:  # "the survey found most fishers in favour" (not "police found")
        subject = subject_of(token)
        if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS:
            return Cue(token, token.text.lower(), "verb", subject)
    return None


def _state_holder(verb: Token, lemma: str) -> Token | None:
    """Who is in a state of holding a stance, a participle with "be" and the preposition of what it
    is about ("she is opposed to the plan", "the mayor was focused on the budget"): its subject."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None  # "was opposed by the union": the union holds it (see ``_passive``)
    if not any(c.dep_ == "prep" and (lemma, c.lower_) in PREPOSITION_CONTENT_VERBS for c in verb.children):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "acomp":  # "she is opposed to …", the participle parsed a complement of "is"
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def _inverted_name(verb: Token) -> Token | None:
    """The last word of the name right after a speech verb that follows a comma, when the name
    ends its sentence or is set off by a comma ("…, added Jo Roe.", "The pier, insisted Roe, …"):
    an inverted source, whatever the parse made of the verb (an adjective of the name, a conjunct,
    an adverbial clause with the name its object). Not a verb whose object may be a person
    ("…, praised Roe.")."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or speech_verb(verb) is None:
        return None
    clause_after = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    if verb_lemma(verb) in PERSON_OBJECT_VERBS or clause_after:
        return None
    end = verb.i + 1
    while end < len(doc) and proper_noun(doc[end]):
        end += 1
    if end == verb.i + 1 or (end < len(doc) and doc[end].text not in _AFTER_INVERTED_NAME):
        return None
    return doc[end - 1]


_AFTER_INVERTED_NAME = frozenset({",", ".", "!", "?", ";"})


def _asked(token: Token) -> bool:
    """A participle of asking with no one named as asking: "Asked about it, …", "when asked if …",
    "Roe, asked about it, shrugged" (the tagger may read that one as a past tense with Roe its
    subject: a subject is not set off from its own verb by a comma)."""
    if verb_lemma(token) not in ASKING_VERBS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    # (tagged a past tense at a paragraph's start, it is still a participle with no subject)
    participle = token.tag_ in {"VBN", "VBD"} and token.dep_ in {"advcl", "acl"} and subject is None
    aside = (  # and the sentence's own verb after it: "…, shrugged"
        token.tag_ == "VBD"
        and token.dep_ == "ccomp"
        and token.head.i > token.i
        and subject is not None
        and subject.right_edge.i in (token.i - 2, token.i - 1)  # the comma may hang on the subject
        and token.doc[token.i - 1].text == ","
    )
    return (participle or aside or _aside_read_as_main_verb(token, subject)) and not any(
        c.dep_ == "agent" for c in token.children
    )


def _aside_read_as_main_verb(token: Token, subject: Token | None) -> bool:
    """"Roe, asked whether taxes would rise, was cautious", parsed with "asked" the main verb and Roe
    its subject: set off from it by a comma, and the sentence's own verb after the next comma, with
    no subject of its own."""
    if token.tag_ != "VBD" or token.dep_ != "ROOT" or subject is None or token.doc[token.i - 1].text != ",":
        return False
    if subject.right_edge.i not in (token.i - 2, token.i - 1):
        return False
    # (or deeper, on the question's verb: "Roe, asked whether he would resign, paused", "paused"
    # a conjunct of "resign", tagged a participle)
    for verb in token.subtree:
        bare = not any(c.dep_.startswith("aux") for c in verb.children)
        tensed = verb.tag_ in {"VBD", "VBZ", "VBP"} or (verb.tag_ == "VBN" and verb.dep_ != "ccomp" and bare)
        if verb.dep_ in {"ccomp", "conj", "advcl"} and verb.i > token.i and tensed:
            before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
            own = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
            if not own and before is not None and before.text == "," and verb.left_edge.i == verb.i:
                return True
    return False


def _in_question(token: Token) -> bool:
    """A verb inside a question: "Asked about the fares, he said …" (an unnamed asker's), "asked
    whether she believed the figures" (she said nothing of the figures). The parse may hang the
    question on the asking verb or beside it."""
    node = token
    while node.dep_ in _QUESTION_PARTS and node.head is not node:  # not out of a relative clause
        head = node.head
        if verb_lemma(head) in ASKING_VERBS and (_asked(head) or _question_clause(node)):
            return True
        node = head
    mark = _question_mark(token)
    return mark is not None and mark.i > 0 and _asked(token.doc[mark.i - 1])


_QUESTION_PARTS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def _question_mark(verb: Token) -> Token | None:
    """The "if" or "whether" opening a verb's clause."""
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS), None)


def _question_clause(verb: Token) -> bool:
    """A clause opened by "if" or "whether": "(asked) whether she believed it"."""
    return verb.dep_ in {"ccomp", "advcl"} and _question_mark(verb) is not None


_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})


def _frame_cue(prep: Token) -> Cue | None:
    """A phrase that frames its clause as what a source shows or holds: a text, a count or a rule
    ("In a new poll, …", "By the party's count, …", "Under the deal, …") or people's view ("To
    the mayor, …"), opening the sentence and set off by a comma; one poll wherever it stands
    ("… led in the latest poll"). Not when the clause's own verb reports speech
    ("In a letter, the mayor said …"): that cue gives the content."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    word, noun = prep.lower_, obj.lemma_.lower()
    perspective = word in PERSPECTIVE_PREPOSITIONS
    if perspective:  # cheap tests first: most "to" and "in" frame nothing
        people = obj.lower_ in _OBJECT_PRONOUNS or (obj.pos_ != "PRON" and speaking_noun(obj))
        if not people or noun in TEXT_NOUNS or _when(obj):
            return None  # a text holds no view: "To the letter, …" is no one's
        poll = False
    elif word == "in" and (noun in OWNED_VIEW_NOUNS or obj.lower_ in OWNED_VIEW_NOUNS):
        return _owned_view_cue(prep, obj)
    else:
        nouns = FRAME_SOURCE_NOUNS[word]
        poll = word == "in" and (
            (obj.lower_ in POLL_NOUNS and any(c.dep_ in {"det", "poss"} for c in obj.children))
            or _poll_summary(obj)
        )
        if not (poll or noun in nouns or obj.lower_ in nouns):
            return None
    if prep.dep_ not in {"prep", "agent"} or (prep.head.pos_ not in _VERBAL and not poll):
        return None  # (a poll may hang on the lead it gives: "has a ten-point lead in the polls")
    opening = _opening_phrase(prep) and _comma_after(prep)
    if not (opening or poll) or speech_verb(prep.head) is not None:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None) if noun in RECKONING_NOUNS else None
    # ("By his estimate, …", "By the agency's count, …": his, the agency's, not the estimate's)
    return Cue(prep, word, "source", owner or obj, cognition=perspective)


def _opening_phrase(prep: Token) -> bool:
    """A phrase that opens its sentence, before the verb it hangs on ("In a new poll, …")."""
    return _at_sentence_edge(prep) and prep.i < prep.head.i


def _comma_after(phrase: Token) -> bool:
    """Whether a comma follows a phrase ("In a new poll, …")."""
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].text == ","


def _owned_view_cue(prep: Token, noun: Token) -> Cue | None:
    """Someone's words or view opening the clause they frame: "In the mayor's words, the pier is a
    lifeline", "In her view, …", "In the words of one resident, …"; its owner is the source."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = _child(noun, {"prep"}, {"of"}) if owner is None else None
    if of is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        # "In the words of one resident, …", "In the view of most engineers, …"
        owner = next((c for c in of.children if c.dep_ == "pobj" and speaking_noun(c)), None)
    if owner is None or prep.dep_ != "prep" or prep.head.pos_ not in _VERBAL:
        return None
    set_off = prep.i > 0 and prep.doc[prep.i - 1].text == ","  # "The pier, in her view, is a lifeline"
    if not ((_opening_phrase(prep) or set_off) and _comma_after(prep)):
        return None  # opening the sentence or set off inside it, by commas
    if any(_speaks_here(t) for t in prep.sent):
        return None  # "In her view, she said, …": the speech verb gives the content
    return Cue(prep, f"in {noun.lower_}", "source", owner, cognition=noun.lower_ != "words")


def _speaks_here(verb: Token) -> bool:
    """A speech verb that frames its sentence, said by someone ("she said"; not "the dispute
    reflects a change", a thing's verb that may report speech elsewhere)."""
    if speech_verb(verb) is None or verb.dep_ not in {"ROOT", "parataxis"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is None or speaking_noun(subject)


def _poll_summary(noun: Token) -> bool:
    """A summary of polls ("the average of recent polls"), which sources a clause as a poll does."""
    if noun.lower_ not in POLL_SUMMARY_NOUNS:
        return False
    of = _child(noun, {"prep"}, {"of"})
    return of is not None and any(c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS for c in of.children)


def _about_preposition(noun: Token, prep: Token) -> bool:
    """A preposition that names what a stance is about: "support for", "criticism of", and "at"
    after a feeling ("dismay at the ruling")."""
    felt_at = prep.lower_ == "at" and noun.lemma_.lower() in FEELING_NOUNS
    return prep.lower_ in STANCE_PREPOSITIONS or felt_at


def _stance_about(noun: Token) -> Token | None:
    """The preposition after a stance noun that says what the stance is about ("support for …"); for
    "attention", the verb's too ("drew attention to …", "to" parsed on "drew")."""
    return next(
        (
            c
            for c in _stance_children(noun)
            if c.dep_ == "prep"
            and _about_preposition(noun, c)
            and c.i > noun.i
            and any(o.dep_ in {"pobj", "pcomp"} for o in c.children)
        ),
        None,
    )


def _put_forward_cue(noun: Token) -> Cue | None:
    """A stance a verb's subject puts forward, with what it is about: "voiced support for the
    bill", "expressed concern about the fares", "offered praise for the crew"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in _VERBAL:
        return None
    pointed = POINTING_NOUNS.get(noun.lemma_.lower())
    if pointed is not None and verb_lemma(verb) in LIGHT_SPEECH_VERBS:  # "made no mention of the fares"
        at = _child(noun, {"prep"}, {pointed})
        subject = subject_of(verb)
        if at is None or at.i < noun.i or subject is None:
            return None
        no = "no " if _child(noun, {"det"}, NEGATIONS) is not None else ""  # as written: it was not mentioned
        return Cue(noun, f"{verb.text} {no}{noun.text} {at.text}".lower(), "stance", subject)
    attention = noun.lower_ in ATTENTION_NOUNS and verb_lemma(verb) in ATTENTION_VERBS  # "drew attention to"
    topic = noun.lower_ in TOPIC_SPEECH_NOUNS and noun.lemma_.lower() not in _STANCE_OR_CLAIM_NOUNS
    if topic and verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.i == noun.i - 1:
        verb = verb.head  # "made disparaging remarks about …", the adjective read as a participle
    if topic and verb_lemma(verb) in LIGHT_SPEECH_VERBS:
        return _topic_speech_cue(noun, verb)  # "made comments about the fares"
    stance = noun.lemma_.lower() in _STANCE_OR_CLAIM_NOUNS or noun.lower_ in HELD_VIEW_NOUNS
    if not stance and not attention:
        return None
    held = verb_lemma(verb) in HOLDING_VERBS and noun.lower_ in HELD_VIEW_NOUNS  # "has doubts about it"
    light = verb_lemma(verb) in _LIGHT_OR_CLAIM or attention or held
    if not light or _noun_clause_of(noun) is not None:
        return None  # a that-clause is the claim's content (see _claim_cue)
    about = _stance_about(noun)
    if about is None and noun.lemma_.lower() in STANCE_NOUNS and _infinitive_after(noun):
        return Cue(noun, noun.text.lower(), "stance", subject_of(verb))  # "made promises to cut fares"
    if about is None or (about.lower_ == "of" and noun.lemma_.lower() not in STANCE_NOUNS):
        return None  # "made a point of visiting": an idiom for doing it, not a claim about it
    no = "no " if held and _child(noun, {"det"}, NEGATIONS) is not None else ""  # "had no complaints about"
    return Cue(noun, f"{no}{noun.text}".lower(), "stance", subject_of(verb))


def _infinitive_after(noun: Token) -> bool:
    """An infinitive right after a noun that it completes: "promises to cut the fares"."""
    return any(
        c.dep_ in {"acl", "xcomp", "relcl"} and c.i > noun.i and _child(c, {"aux"}, {"to"}) is not None
        for c in noun.children
    )


def _topic_speech_cue(noun: Token, verb: Token) -> Cue | None:
    """A piece of speech a verb's subject puts out about a topic ("made comments about the fares",
    "gave a speech on housing"; not "a post on Facebook", "a speech on Monday")."""
    about = _child(noun, {"prep"}, SPEECH_TOPIC_PREPOSITIONS)
    objs = about.children if about is not None else ()
    obj = next((c for c in objs if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None or _when(obj) or _medium(obj) or _named(obj) or obj.ent_type_ in _PLACES:
        return None
    subject = subject_of(verb)
    return Cue(noun, f"{verb.text} {noun.text} {about.text}".lower(), "stance", subject) if subject else None


def _stance_children(noun: Token) -> list[Token]:
    """A stance noun's children; for "attention" those of the verb it is the object of, and after a
    verb that puts a view forward the preposition right after the noun, wherever the parse hung it."""
    children = list(noun.children)
    if noun.lower_ in ATTENTION_NOUNS and noun.dep_ == "dobj":
        children += [c for c in noun.head.children if c.i > noun.i]
    elif noun.dep_ == "dobj" and verb_lemma(noun.head) in CLAIM_VERBS:  # "cast doubt on …", "on" on "cast"
        children += [c for c in noun.head.children if c.i == noun.right_edge.i + 1]
    return children


def _in_stance_cue(noun: Token) -> Cue | None:
    """A verb made a stance by "in" and a stance noun ("voted in favour of the levy", "spoke out in
    support of her"): its subject holds it, about what "of" or "to" names."""
    prep = noun.head
    if noun.lower_ not in IN_STANCE_NOUNS or (noun.dep_, prep.lower_, prep.i) != ("pobj", "in", noun.i - 1):
        return None
    verb = prep.head
    about = _child(noun, {"prep"}, {"of", "to"})
    if verb.pos_ not in _VERBAL or about is None:
        return None
    if verb_lemma(verb) not in IN_STANCE_VERBS and speech_verb(verb) is None:
        return None
    subject = subject_of(verb)
    text = f"{verb.text} in {noun.text} {about.text}".lower()
    return Cue(noun, text, "stance", subject) if subject is not None else None


def _holder_cue(noun: Token) -> Cue | None:
    """A noun for someone who holds a stance, said of a person ("Roe, a fierce critic of the plan",
    "Roe is a longtime supporter of the levy"): that person holds it, about what "of" names."""
    if noun.lower_ not in HOLDER_NOUNS or _child(noun, {"prep"}, {"of"}) is None:
        return None
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        holder = noun.head
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    return Cue(noun, f"{noun.text} of".lower(), "stance", holder) if holder is not None else None


def _view_state_cue(noun: Token) -> Cue | None:
    """A view someone is in, with its that-clause ("Roe was of the view that …", "is under the
    impression that …"): the subject of "be" holds the clause (``VIEW_STATE_NOUNS``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lower_ not in VIEW_STATE_NOUNS.get(prep.lower_, ()):
        return None
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in _VERBAL or verb.lemma_.lower() not in STATE_VERBS:
        return None
    if _noun_clause_of(noun) is None:
        return None
    subject = subject_of(verb)
    said = noun.doc[verb.i : noun.i + 1].text.lower() if verb.i < noun.i else noun.lower_
    return Cue(noun, said, "stance", subject, cognition=True) if subject is not None else None


def _received_cue(noun: Token) -> Cue | None:
    """A stance others hold about a verb's subject: "the plan drew criticism from farmers", "she won
    support from unions"; its holders are the object of "from"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in _VERBAL or verb_lemma(verb) not in RECEIVING_VERBS:
        return None
    source = _child(noun, {"prep"}, {"from"}) or _child(verb, {"prep"}, {"from"})
    holders = [c for c in source.children if c.dep_ == "pobj"] if source is not None else []
    if not holders and noun.lower_ in HELD_BY_OF_NOUNS:  # "won the backing of the council"
        source = _child(noun, {"prep"}, {"of"})
        objs = source.children if source is not None else ()
        holders = [c for c in objs if c.dep_ == "pobj" and can_speak(mention_for(c))]
    if not holders or source.i < noun.i:
        return None
    return Cue(noun, noun.text.lower(), "received", holders[0])


def _claim_cue(noun: Token) -> Cue | None:
    """A claim put forward by a verb's subject, with its that-clause: "made the case that …",
    "raised the concern that …"."""
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return _claim_with(noun)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in _VERBAL:
        return None
    lemma = verb_lemma(verb)
    if lemma not in _LIGHT_OR_CLAIM | HOLDING_VERBS or _noun_clause_of(noun) is None:
        return None  # (and held: "has the firm belief that …", "harbours the suspicion that …")
    return Cue(noun, noun.text.lower(), "noun", subject_of(verb))


def _claim_with(noun: Token) -> Cue | None:
    """A claim with its that-clause that the subject of an active verb puts forward with it ("stunned
    the room with a warning that …", "entered the race with the argument that …"), owned by no one
    else: not one faced or handled (``FACING_WITH_VERBS``: "grappled with claims that …")."""
    verb = noun.head.head
    clause = _noun_clause_of(noun)
    if verb.pos_ not in _VERBAL or verb_lemma(verb) in FACING_WITH_VERBS or clause is None:
        return None
    if any(c.dep_ in {"poss", "prep"} and c.i < clause.i for c in noun.children):
        return None  # "with her warning that …", "with claims from rivals that …": someone's own
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None  # "was hit with a claim that …": done to the subject
    speaker = subject_of(verb)
    return Cue(noun, noun.text.lower(), "noun", speaker) if speaker is not None else None


def _stance_read_as_modifier(adjective: Token) -> tuple[Token, Token] | None:
    """The holder and the clause of an adjective of certainty right after "be" that the parse made
    a modifier of the clause's subject ("Roe was adamant ticket prices had …", read as "adamant
    ticket prices"): the subject of "be", and the clause's verb."""
    doc = adjective.doc
    if adjective.dep_ != "amod" or adjective.i == 0 or adjective.lower_ not in STANCE_ADJECTIVES:
        return None
    be = doc[adjective.i - 1]
    noun = adjective.head
    clause = noun.head
    if noun.dep_ == "attr" and clause.i == be.i and be.lemma_ == "be":
        # ("Roe is adamant ticket prices should fall", "prices" read as what Roe is, "fall" as a
        # second predicate of "is"): the verb joined to "be" after the noun, with its modal
        clause = next((c for c in be.children if c.dep_ == "conj" and c.i > noun.i), None)
        modal = clause is not None and any(c.tag_ == "MD" for c in clause.children)
        if not modal or any(c.dep_ in SUBJECTS for c in clause.children):
            return None
        holder = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
        return (holder, clause) if holder is not None else None
    if be.lemma_ != "be" or noun.i < adjective.i or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if clause.i < noun.i or not _finite(clause) or clause.head.i != be.i:
        return None
    holder = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    return (holder, clause) if holder is not None else None


def _participle_holder(participle: Token) -> Token | None:
    """Who holds a state a participle with a passive "be" tells: its subject ("Roe is convinced"),
    also where the parse left it active or hung it on "are" ("Councillors are convinced")."""
    be = [c for c in participle.children if c.dep_ == "auxpass"]
    subjects = [c for c in (*participle.children, *(k for b in be for k in b.children)) if c.dep_ in SUBJECTS]
    return next((c for c in subjects if c.dep_ == "nsubjpass" or be), None)


def _set_off_stance_holder(word: Token) -> Token | None:
    """Who holds a stance or a feeling told by a clause set off by commas with a that-clause of its
    own: the subject of the verb after it when it opens the sentence ("Angry that the vote had
    failed, the governor left"), the noun before it when it follows one ("The governor, sure that
    the vote was rigged, left"). The tagger may make the word a name or an interjection there."""
    if not any(c.dep_ == "ccomp" and c.i > word.i for c in word.children):
        return None
    doc, head = word.doc, word.head
    if word.dep_ in {"advcl", "advmod"} and word.i < head.i and head.pos_ in _VERBAL:
        after = word.right_edge.i + 1
        if word.left_edge.i != word.sent.start or after >= len(doc) or doc[after].text != ",":
            return None
        return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > word.i), None)
    if word.dep_ in {"amod", "acl", "appos"} and head.i < word.i and head.pos_ in {"NOUN", "PROPN"}:
        return head if doc[word.i - 1].text == "," and word.left_edge.i == word.i else None
    return None


def _adjective_cue(adjective: Token) -> Cue | None:
    """An adjective of certainty whose holder is the subject of the verb it completes ("she is
    sure", "he made it clear")."""
    passive = _participle_holder(adjective)  # "Roe is convinced"
    if passive is not None:
        return Cue(adjective, adjective.text.lower(), "adjective", passive, cognition=True)
    misread = _stance_read_as_modifier(adjective)
    if misread is not None:  # "was adamant ticket prices had …", "adamant" read as the prices'
        return Cue(adjective, adjective.text.lower(), "adjective", misread[0], cognition=True)
    verb = adjective.head
    after_noun = adjective.dep_ == "amod" and verb.i < adjective.i and verb.pos_ in {"NOUN", "PROPN"}
    if after_noun and adjective.lower_ in INTENTION_ADJECTIVES:  # "firms willing to invest": the firms
        return Cue(adjective, adjective.text.lower(), "adjective", verb, cognition=True)
    if adjective.dep_ not in {"acomp", "ccomp", "oprd"} or verb.pos_ not in _VERBAL:
        return None
    # (of two, the nearer: "According to its chief, Jo Roe, owners are cautious", the parse
    # taking the source's name for a second subject)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != adjective.i]
    holder = min(subjects, key=lambda c: abs(verb.i - c.i), default=None)
    if holder is None or holder.lower_ == "it":
        return None
    return Cue(adjective, adjective.text.lower(), "adjective", holder, cognition=True)


@functools.cache
def _object_speech_verbs() -> frozenset[str]:
    """Speech verbs whose noun-phrase object is what was said ("explained the delay"): all but
    those that report only with a clause, name a listener, or take things as objects."""
    return SPEECH_VERBS - CLAUSE_ONLY_VERBS - LISTENER_VERBS - OBJECT_NOT_CONTENT_VERBS


def _content_act(lemma: str) -> bool:
    """A verb whose object (or gerund, or passive subject) is what was said or held: "denied the
    claim", "explained the delay", "supports raising the fee"."""
    return lemma in OBJECT_CONTENT_VERBS or lemma in _object_speech_verbs()


def _put_out(verb: Token) -> Token | None:
    """A text or a speech a verb puts out as its object, with nothing said of it that is its own
    content ("issued an open letter calling the plan reckless", "released a new ad"; not "issued a
    statement saying …", "released a statement that …", "issued a statement on the fares", whose
    clause or topic is the content): the object."""
    if verb.pos_ not in _VERBAL or verb_lemma(verb) not in PUTTING_OUT_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    noun = obj.lemma_.lower() if obj is not None else ""
    if noun not in SPEECH_NOUNS or noun in TOPIC_SPEECH_NOUNS or noun in FOUND_TEXT_NOUNS:
        return None
    if noun in EXAMINING_NOUNS:
        return None  # "released an audit of the parks, which found …": the audit speaks for itself
    about = _stance_about(obj) if noun in _STANCE_OR_CLAIM_NOUNS else None
    if _noun_clause_of(obj) is not None or about is not None:
        return None  # "issued a warning that …", "issued a call for calm": the clause, what it is about
    if any(c.dep_ in {"acl", "relcl"} and verb_lemma(c) == "say" for c in obj.children):
        return None  # "a statement saying …": what it says is the content
    return obj


def _offered(verb: Token, lemma: str) -> bool:
    """Words handed over as an object: "offered his assessment of the deal", "gave few details"."""
    if lemma not in OFFERING_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lower_ in OFFERED_WORDS or obj.lemma_.lower() in OFFERED_WORDS)


def _phrasal_act(cue: Cue) -> bool:
    """A phrasal verb whose object is what was said or held: "laid out her plan", "ruled out a
    rise" (``PHRASAL_OBJECT_VERBS``)."""
    words = cue.text.split()
    return cue.kind == "phrasal" and (verb_lemma(cue.token), words[-1]) in PHRASAL_OBJECT_VERBS


@functools.cache
def _act_verbs() -> frozenset[str]:
    """Verbs that report a stance or an act of speech through their object, infinitive or
    preposition, though they are not speech verbs themselves ("endorse", "decline", "vote")."""
    return (
        OBJECT_CONTENT_VERBS
        | INFINITIVE_CONTENT_VERBS
        | AS_CONTENT_VERBS
        | frozenset(verb for verb, _ in PREPOSITION_CONTENT_VERBS)
        | frozenset(verb for verb, _ in OBJECT_PREPOSITION_VERBS)
    )


def find_reported(
    doc: Doc, outside: Sequence[bool], around: Sequence[int] | None = None
) -> list[ReportedContent]:
    """The reported contents of a parsed article, in text order.

    ``outside`` says, per token, whether it lies outside every quotation: cues and speakers inside
    quotation marks are someone else's words, and content wholly inside them is a quotation.
    ``around``: look only in the sentences of these tokens (those of quotations whose speaker the
    contents may give), not in every sentence.
    """
    found: list[ReportedContent] = []
    seen: set[tuple[int, int]] = set()
    if not len(doc):
        return found
    # The words that can cue reported content, found in one pass over the token table: a Token
    # object is made only for them.
    table = doc.to_array([LOWER, SENT_START, POS, LEMMA, TAG, DEP])
    candidates = numpy.flatnonzero(_member(table[:, 0], _cue_word_ids()) & _no_plain_noun(table))
    opens = table[:, 1] == 1
    opens[0] = True
    sentence = numpy.cumsum(opens) - 1  # each token's sentence number
    if around is not None:
        wanted = numpy.isin(sentence, sentence[numpy.asarray(around, dtype=numpy.int64)])
        candidates = candidates[wanted[candidates]]
    candidates = candidates[_may_frame(table, numpy.flatnonzero(opens), sentence, candidates)]
    for i in candidates.tolist():
        if outside[i]:
            _find_at(doc[i], outside, seen, found)
    found.sort(key=lambda r: (r.start, r.end))
    return found


def _member(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Per value: whether it is one of ``ids`` (sorted), by binary search, without sorting them
    again as ``numpy.isin`` would on every call."""
    if not len(ids):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(ids, values), len(ids) - 1)
    return ids[at] == values


def _no_plain_noun(table: numpy.ndarray) -> numpy.ndarray:
    """Per token: not a noun (or name) that cues nothing. A noun cues only as a word for speech, a
    claim, a stance or a wording ("her statement", "the claim that …"), or as a verb the tagger made
    a noun ("Roe counters that …", "Police allege the …", the head of a clause); "campaign", "state",
    "United States" need no Token made."""
    noun = _member(table[:, 2], _NOUN_IDS) & ~_member(table[:, 4], _VERB_LIKE_TAG_IDS)
    # a clause's head the tagger made a singular noun ("Police allege the man …"), or a name
    # ("Outraged that …, the mayor left"): a verb or an adjective by its place
    heads = _member(table[:, 5], _HEAD_DEP_IDS)
    # the last word of a sentence, where a verb closes a source-last frame ("…, police allege.")
    last = numpy.zeros(len(table), dtype=bool)
    last[:-1] = _member(table[1:, 0], _END_MARK_IDS)
    cue_nouns = _member(table[:, 3], _noun_cue_ids()) | _member(table[:, 0], _noun_cue_ids())
    return ~noun | heads | last | cue_nouns


_NOUN_IDS = numpy.array(sorted(get_string_id(p) for p in ("NOUN", "PROPN")), dtype=numpy.uint64)
_END_MARK_IDS = numpy.array(sorted(get_string_id(p) for p in SENTENCE_END_MARKS), dtype=numpy.uint64)
_HEAD_DEP_IDS = numpy.array(
    sorted(get_string_id(d) for d in ("ROOT", "ccomp", "advcl")), dtype=numpy.uint64
)
# tags a verb may wear as a noun ("Roe counters that …", NNS), or a verb's own tags
_VERB_LIKE_TAG_IDS = numpy.array(
    sorted(get_string_id(t) for t in ("NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ")), dtype=numpy.uint64
)


@functools.cache
def _noun_cue_ids() -> numpy.ndarray:
    """The string ids of the nouns that can cue (see :func:`_no_plain_noun`), singular and plural."""
    nouns = SPEECH_NOUNS | CLAIM_NOUNS | STANCE_NOUNS | WORDING_NOUNS | IN_STANCE_NOUNS | HOLDER_NOUNS
    nouns |= ATTENTION_NOUNS | POINTING_NOUNS.keys() | HELD_VIEW_NOUNS | _view_state_words()
    words = {w for n in nouns for w in (n, n + "s")} | SOURCE_WORDS  # ("According" tagged a name)
    words |= DISPLAY_VERBS  # "…, campaign records show.", "show" tagged a noun (``closing_source``)
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def _may_frame(
    table: numpy.ndarray, firsts: numpy.ndarray, sentence: numpy.ndarray, candidates: numpy.ndarray
) -> numpy.ndarray:
    """Which candidates may cue content, read from the token table (lower form, sentence start,
    part of speech; ``firsts``: each sentence's first token): every word but a framing preposition
    ("in", "to", "by" …), which frames its clause only when it opens the sentence (after
    conjunctions, adverbs and punctuation at most) or, "in", when the sentence names a poll
    (:func:`_frame_cue`). Most "in" and "to" then need no Token made."""
    preposition = _member(table[candidates, 0], _frame_preposition_ids())
    if not preposition.any():
        return numpy.ones(len(candidates), dtype=bool)
    other = ~_member(table[:, 2], _EDGE_POS_IDS)  # a word after which nothing opens a sentence
    before = numpy.concatenate(([0], numpy.cumsum(other)))  # such words among tokens [0, i)
    opening = before[candidates] == before[firsts[sentence[candidates]]]
    polled = numpy.isin(sentence, sentence[_member(table[:, 0], _poll_word_ids())])
    in_poll = (table[candidates, 0] == _IN_ID) & polled[candidates]
    return ~preposition | opening | in_poll | _in_view(table, candidates)


def _in_view(table: numpy.ndarray, candidates: numpy.ndarray) -> numpy.ndarray:
    """Per candidate: an "in" set off by a comma before someone's words or view (", in her view,"),
    which may frame its clause wherever it stands (see :func:`_owned_view_cue`)."""
    n = len(table)
    ins = candidates[(table[candidates, 0] == _IN_ID) & (candidates > 0)]
    found = numpy.zeros(n, dtype=bool)
    if not len(ins):
        return found[candidates]
    after_comma = ins[table[ins - 1, 0] == _COMMA_ID]
    for k in (2, 3, 4):
        near = after_comma[after_comma + k < n]
        found[near[_member(table[near + k, 0], _owned_view_ids())]] = True
    return found[candidates]


_COMMA_ID = get_string_id(",")


@functools.cache
def _owned_view_ids() -> numpy.ndarray:
    """The string ids of :data:`OWNED_VIEW_NOUNS`."""
    return numpy.array(sorted(get_string_id(w) for w in OWNED_VIEW_NOUNS), dtype=numpy.uint64)


_EDGE_POS_IDS = numpy.array(
    sorted(get_string_id(p) for p in ("CCONJ", "ADV", "PUNCT", "SPACE")), dtype=numpy.uint64
)
_IN_ID = get_string_id("in")


@functools.cache
def _frame_preposition_ids() -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(w) for w in _FRAME_PREPOSITIONS), dtype=numpy.uint64)


@functools.cache
def _poll_word_ids() -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(w) for w in POLL_NOUNS | POLL_SUMMARY_NOUNS), dtype=numpy.uint64)


@functools.cache
def _cue_word_ids() -> numpy.ndarray:
    """The string ids (``Token.lower``) of :func:`_cue_words`."""
    return numpy.array(sorted(get_string_id(w) for w in _cue_words()), dtype=numpy.uint64)


def _find_at(
    token: Token,
    outside: Sequence[bool],
    seen: set[tuple[int, int]],
    found: list[ReportedContent],
) -> None:
    """Add the reported content whose cue is ``token``, if any, to ``found`` (``seen``: the spans
    found so far)."""
    if token.lower_ in _topic_only_words() and token.dep_ != "dobj":
        return  # "comments", "speech": a cue only as what a verb puts out ("made comments about …")
    if token.lower_ in _idiom_only_forms() and _phrasal_stance(token) is None:
        return  # "took", "came": a cue only in an idiom of stance ("took issue with …")
    if token.lower_ in _wishing_forms() and _wishing_modal(token) is None:
        return  # "like", "loved": a cue only as a wish ("would like to …")
    if _scene_participle(token):
        return  # "Reacting to the verdict, she said …": the scene of what she said
    if _purpose_opening(token):
        return  # "To address the leak, engineers added a pump": an aim, nothing said or held
    if _held_back(token):
        return  # "stopped short of endorsing the plan": nothing endorsed
    if _scored(token):
        return  # "conceded two tries", "claimed the title": play, not speech
    cue = reported_cue(token)
    if cue is None or (token.tag_ == "VBG" and _in_record_phrase(token)):
        return
    if _rhetorical_who(cue):
        return  # "…, who wouldn't like to see lower prices?": a question, no one's view
    valid = valid_cue(cue, outside)
    relative = cue.speaker is not None and cue.speaker.tag_ in _RELATIVE  # "voters who said"
    counted = cue.speaker is not None and cue.speaker.lower_ in _COUNTED_WORDS  # (where no tagger typed it)
    people = _respondents(cue, outside) if relative or not valid or counted else None
    share = people is not None
    record = not (valid or share) and _record_finds(cue, outside)
    if record:  # "Figures from the census show …": who compiled them, or the record as written
        author = named_author(cue.speaker)
        cue = Cue(cue.token, cue.text, cue.kind, author or cue.speaker, cue.cognition)
        record = author is None or not can_speak(mention_for(author))
    elif not (valid or share):
        return
    if not (share or record) and not _holder(cue):
        return
    # "declined to comment on …": the verb above reports it ("used to back the mayor" does not)
    nested = cue.token.dep_ == "xcomp" and reported_cue(cue.token.head) is not None
    if _asked_if_said(cue):
        return  # "Did Roe say the plan was safe?"
    asker = cue.token.head
    if nested and verb_lemma(asker) in REFUSAL_VERBS:
        return  # "declined to confirm that …": nothing confirmed; the refusal is reported
    if nested and verb_lemma(asker) in OBJECT_CONTROL_VERBS and any(
        c.dep_ in {"dobj", "dative"} and c.i < cue.token.i for c in asker.children
    ):
        return  # "asked the auditors to show that …": what was asked of them, no one's claim yet
    for rule in REPORTED_RULES:
        tokens = rule.content(cue) if rule.content is _clause or not nested else None
        if tokens is None:
            continue
        tokens = _before_saying_no_more(_past_saying_manner(_before_next_subject(tokens), cue.token))
        content = _closed(_whole_words(_trimmed(tokens)))
        if not content or not _said_outside_quotes(content, outside) or _out_of_quotation(content, outside):
            break
        parts = _parts(content)
        key = (parts[0][0], parts[-1][1])
        if key not in seen:
            seen.add(key)
            who = _share_mention(people) if people is not None else _closing_mention(cue)
            # a text cited as a source that names no speaker elsewhere ("according to a timeline"):
            # it speaks as written, like a share of people
            written = share or record or (not can_speak(who) and cited_text(cue)) or _shown_by_it(cue)
            unsaid = cue.kind in {"verb", "phrasal"} and any(c.dep_ == "neg" for c in cue.token.children)
            pending = _yet_to(cue)
            said = _negated_cue_text(cue) if unsaid else pending or cue.text
            att = Attribution("reported", who, said, rule.confidence, rule.name, as_written=written)
            denied = negated(cue) or pending is not None
            found.append(ReportedContent(key[0], key[1], parts, att, cue_class(cue.token), denied))
        break


def _before_next_subject(tokens: list[Token]) -> list[Token]:
    """The content up to the subject of a next clause that the parse joined to its last noun ("said
    the firm cares about farmers and one in four said …": not "and one in four")."""
    for token in tokens:
        if token.dep_ != "conj" or token.right_edge.i + 1 >= len(token.doc):
            continue
        verb = token.doc[token.right_edge.i + 1]
        conjunct = conjunct_read_as_subject(verb)
        if conjunct is not None and conjunct.i == token.i:
            cut = token.left_edge.i
            while cut > 0 and token.doc[cut - 1].dep_ in {"cc", "punct"}:
                cut -= 1
            return [t for t in tokens if t.i < cut or t.i > token.right_edge.i]
    return tokens


def _held_back(token: Token) -> bool:
    """A gerund whose act the words before it hold back ("refrained from criticising the mayor",
    "stopped short of endorsing the plan", ``HOLDING_BACK_WORDS``)."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.dep_ != "prep":
        return False
    prep = token.head
    # ("stopped short of saying …", "short" read as an adverb beside "of" rather than its head)
    adverbs = (c.lower_ for c in prep.head.children if c.dep_ == "advmod" and c.i < prep.i)
    words = [prep.head.lemma_.lower(), *adverbs]
    return any((word, prep.lower_) in HOLDING_BACK_WORDS for word in words)


def _scored(token: Token) -> bool:
    """A verb of claiming or conceding whose object is won or given away in play ("conceded two
    tries", "claimed a first Open title", ``SCORE_NOUNS``)."""
    if verb_lemma(token) not in SCORING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SCORE_NOUNS for c in token.children)


def _purpose_opening(token: Token) -> bool:
    """An infinitive of purpose opening its sentence ("To address the leak, engineers added a pump",
    "To defend the plan, the mayor cited a study"): what the act after it is for, not an act."""
    if token.dep_ != "advcl" or token.i > token.head.i or _child(token, {"aux"}, {"to"}) is None:
        return False
    return token.left_edge.i == token.sent.start


def _scene_participle(token: Token) -> bool:
    """A participle opening its sentence that sets the scene of the speech verb after it ("Reacting
    to the verdict, she said …", "Delivering the judgment, the judge said …")."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i > token.head.i:
        return False
    if verb_lemma(token) not in SCENE_PARTICIPLE_VERBS or speech_verb(token.head) is None:
        return False
    return token.left_edge.i == token.sent.start


def _before_saying_no_more(tokens: list[Token]) -> list[Token]:
    """Content without the ", without giving a figure" that closes it: how the source said it (a
    verb of saying or giving after "without", set off by a comma), not what was said."""
    if len(tokens) < 4:
        return tokens
    for k in range(len(tokens) - 2, 0, -1):
        word = tokens[k]
        if word.lower_ != "without" or tokens[k - 1].text != ",":
            continue
        act = tokens[k + 1]
        closes = all(t.i <= act.right_edge.i or t.is_punct for t in tokens[k + 1 :])
        if act.tag_ == "VBG" and verb_lemma(act) in _SAYING_OR_GIVING and closes:
            return tokens[: k - 1]
        break
    return tokens


_SAYING_OR_GIVING = SPEECH_VERBS | OFFERING_VERBS


def _past_saying_manner(tokens: list[Token], verb: Token) -> list[Token]:
    """Content without an adverb of how it was said that the parse gave the clause, right after the
    verb ("said privately they expected a delay": "they expected a delay")."""
    first = tokens[0] if tokens else None
    if first is None or first.pos_ != "ADV" or first.dep_ != "advmod":
        return tokens  # not "called for later school start times"
    if len(tokens) > 2 and first.i == verb.i + 1 and first.lower_ in SAYING_MANNER_ADVERBS:
        return tokens[1:]
    return tokens


def _asked_if_said(cue: Cue) -> bool:
    """A verb of saying in a yes-or-no question that asks whether it was said ("Did Roe say …?",
    its auxiliary opening the sentence): nothing is reported as said. (A condition, "if the
    minister says …", stays: annotators count it.)"""
    verb, speaker = cue.token, cue.speaker
    if cue.kind not in {"verb", "phrasal"} or speaker is None:
        return False
    # a yes-or-no question: the auxiliary opens the sentence ("Why does Roe oppose …?" presumes it)
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i < speaker.i < verb.i), None)
    if aux is None or not (aux.is_sent_start or aux.i == 0 or verb.doc[aux.i - 1].is_punct):
        return False
    sentence = verb.sent
    if aux.i != next((t.i for t in sentence if not (t.is_space or t.is_punct)), -1):
        return False
    end = sentence[-1]
    while end.i > verb.i and (end.is_space or end.is_quote):
        end = verb.doc[end.i - 1]
    return end.text == "?"


def _yet_to(cue: Cue) -> str | None:
    """The cue as written when its verb is yet to be done ("has yet to confirm", "is yet to say"):
    nothing was said so far, as with "has not confirmed"."""
    verb = cue.token
    if cue.kind not in {"verb", "phrasal"} or verb.dep_ != "xcomp" or verb.head.lemma_ not in {"have", "be"}:
        return None
    have = verb.head
    yet = _child(have, {"advmod"}, {"yet"})
    if yet is None or not have.i < yet.i < verb.i or _child(verb, {"aux"}, {"to"}) is None:
        return None
    return verb.doc[have.i : verb.i].text + " " + cue.text


def _negated_cue_text(cue: Cue) -> str:
    """A negated cue as written, with its negation and the auxiliaries before it ("never said", "did
    not say", "hasn't said"), so that no record reads as if it were said."""
    verb = cue.token
    before = [c.i for c in verb.children if c.dep_ in {"neg", "aux", "auxpass"} and c.i < verb.i]
    start = min(before, default=verb.i)
    words = verb.doc[start : verb.i + 1]
    if any(not (t.dep_ in {"neg", "aux", "auxpass", "advmod"} or t.i == verb.i) for t in words):
        return f"not {cue.text}"  # (something else between: the negation alone)
    at = cue.text.find(verb.lower_)  # (the cue may open with a word before the verb: "would like")
    return words.text + cue.text[at + len(verb.text) :] if at >= 0 else f"not {cue.text}"


def _closing_mention(cue: Cue) -> Mention:
    """The cue speaker's mention; for a record set off at the end of its clause (``closing_source``),
    the words that name it, however the parse hung them ("…, data from the county office show")."""
    mention = mention_for(cue.speaker)
    closing = closing_source(cue.token) if cue.speaker is not None else None
    if closing is None or closing[1].i != cue.speaker.i:
        return mention
    doc = cue.token.doc
    named = cue.speaker
    start = closing[0] + 1
    for k in range(start, named.i):
        if doc[k].lower_ in RECORD_PHRASE_LINKS and doc[k].lower_ != "and":
            start = k + 1
    while start < named.i and doc[start].pos_ == "DET":
        start += 1
    return Mention(doc[start : named.i + 1], named, mention.kind, mention.entity)


def _in_record_phrase(token: Token) -> bool:
    """A word inside the phrase of a record set off at the end of its clause ("…, planning documents
    show", with "planning" parsed a verb): no cue of its own."""
    doc = token.doc
    for k in range(token.i + 1, min(token.i + 11, len(doc))):
        closing = closing_source(doc[k])
        if closing is not None:
            return closing[0] < token.i
    return False


def _shown_by_it(cue: Cue) -> bool:
    """ "it showed …", "it suggests …": a thing shows it (the ruling, the figures), not a body the
    pronoun could otherwise be taken for; the pronoun stands as written."""
    speaker = cue.speaker
    neuter = speaker is not None and PERSONAL_PRONOUNS.get(speaker.lower_) == "neuter"
    return neuter and verb_lemma(cue.token) in DISPLAY_VERBS


def _record_finds(cue: Cue, outside: Sequence[bool]) -> bool:
    """A text or a record as the subject of a verb of showing or finding: "the figures show that
    …", "Data from the census suggest …" (as a speaker of quotations it would speak for no one)."""
    speaker = cue.speaker
    if cue.kind != "verb" or speaker is None or not (outside[cue.token.i] and outside[speaker.i]):
        return False
    if closing_source(cue.token) is not None:
        return True  # "…, campaign records show.", however parsed
    if verb_lemma(cue.token) not in _DISPLAY_OR_FINDING_OBJECT or speaker.dep_ != "nsubj":
        return False
    return speaker.lemma_.lower() in DOCUMENT_NOUNS or speaker.lower_ in DOCUMENT_NOUNS


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
    if cue.kind not in {"verb", "phrasal", "adjective", "stance", "received"}:
        return True
    part_of = _child(speaker, {"prep"}, {"of"}) if speaker.lower_ in QUANTIFIERS else None
    whole = next((c for c in part_of.children if c.dep_ == "pobj"), None) if part_of is not None else None
    if whole is not None:  # "most of the voters" hold a view, "most of the damage" none
        speaker = whole
    # "two-thirds backed the plan": a share of those asked, as a poll counts them
    share = cue.kind == "verb" and speaker.dep_ == "nsubj" and _is_share(speaker)
    share = share and speaker.ent_type_ not in {"MONEY", "DATE", "TIME", "QUANTITY"}  # not "$5m backs it"
    heard = speaker.lower_ in HEARING_NOUNS and verb_lemma(cue.token) == "hear"  # "The inquest heard that …"
    return speaker.lower_ in SPEAKING_PRONOUNS or speaking_noun(speaker) or share or heard


def _respondents(cue: Cue, outside: Sequence[bool]) -> Token | None:
    """The share of people that is the subject of a verb of saying or thinking ("Sixty percent said
    the plan was fair", "two in three believe"), if any: the people a poll asked speak, by their
    number."""
    speaker = _share(cue)
    if speaker is None or cue.kind != "verb" or not outside[speaker.i]:
        return None
    modal = any(c.tag_ == "MD" for c in cue.token.children)
    if speaker.lower_ in ONE_OF_WORDS and not any(speaker.children) and modal:
        return None  # "One might say it is reckless": anyone, no one counted
    if speaker.lower_ in ONE_OF_WORDS and any(c.dep_ == "appos" for c in speaker.children):
        return None  # "One of them, Dan Hollis, said": a person, named
    # ("a third", "a majority": a share with no number, where no tagger typed it)
    return speaker if _is_share(speaker) or speaker.lower_ in LONE_SHARE_WORDS else None


def _is_share(token: Token) -> bool:
    """A number of people or a share of them: "52 percent", "two in three", "hundreds" (the
    entity type, or the number itself when the tagger gave none)."""
    if any(c.tag_ == "$" for c in token.children):
        return False  # "$5 million": a sum
    if token.ent_type_ in _SHARES or token.like_num:
        return True
    return token.lower_ in SHARE_WORDS | FRACTION_WORDS and any(c.like_num for c in token.children)


def _share(cue: Cue) -> Token | None:
    """The word a share of people would stand on: the verb's subject, or what the relative pronoun
    subject stands for ("the 40 percent of islanders who said …")."""
    speaker = cue.speaker
    if speaker is None:
        return None
    conjunct = conjunct_read_as_subject(cue.token) or share_read_as_modifier(cue.token)
    conjunct = conjunct or share_before_verb_read_as_noun(cue.token)  # ("Less than a third think …")
    if conjunct is not None and conjunct.i == speaker.i:
        return speaker  # "… and one in four said …", "Fewer than half think …": as the parse left it
    if speaker.dep_ != "nsubj" or speaker.head.i != cue.token.i:
        return None
    if speaker.tag_ in _RELATIVE and cue.token.dep_ == "relcl":
        people = cue.token.head  # "the 40 percent of voters who said": the share, above "voters"
        above = people.head.head if people.dep_ == "pobj" and people.head.lower_ == "of" else None
        if above is not None and _is_share(above):
            return above
        return people
    return speaker


_COUNTED_WORDS = SHARE_WORDS | FRACTION_WORDS | LONE_SHARE_WORDS  # "62%", "two-thirds", "a majority"
_COUNT_DEPS = frozenset({"amod", "nummod", "quantmod", "advmod", "det", "meta"})  # "Less than a" of a share


def _rhetorical_who(cue: Cue) -> bool:
    """A "who" opening a question ("Who wouldn't want a raise?", "And with prices so high, who
    wouldn't want one?", which the parse may make a relative clause): no one is its source."""
    who = cue.speaker
    if who is None or who.lower_ != "who":
        return False
    set_off = cue.token.dep_ != "relcl" or (who.i > 0 and who.doc[who.i - 1].text == ",")
    doc, end = who.doc, cue.token.right_edge.i  # (the question mark its own, or right after it)
    return set_off and (doc[end].text == "?" or (end + 1 < len(doc) and doc[end + 1].text == "?"))


def _share_mention(head: Token) -> Mention:
    """A share of people as written, with all its words but a relative clause on them: "two in
    three", "60 percent of voters"."""
    doc = head.doc
    end = head.right_edge.i + 1
    relative = next((t for t in head.subtree if t.dep_ == "relcl"), None)
    if relative is not None:
        end = relative.left_edge.i
    apposed = next((c for c in head.rights if c.dep_ == "appos"), None)
    if apposed is not None and doc[apposed.left_edge.i - 1].text == ",":  # "A third of renters, 33%,"
        end = min(end, apposed.left_edge.i)
    start = head.left_edge.i
    if head.dep_ in {"amod", "nummod"} and head.head.i == end:
        # "Less than a third think …", the share's words all hung on its verb: those before it
        verb, first = head.head, head.sent.start
        while start > first and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in _COUNT_DEPS:
            start = doc[start - 1].left_edge.i
    return Mention(_trimmed_span(doc, start, end), head, "other", None)


def _trimmed_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` without punctuation at its end (but a bracket it closes: "29 percent (and
    43 percent of voters)")."""
    while end > start + 1 and _edge(doc[end - 1]) and not _closes_open_bracket(doc, start, end - 1):
        end -= 1
    return doc[start:end]


def _closes_open_bracket(doc: Doc, start: int, at: int) -> bool:
    """Whether ``doc[at]`` is a closing bracket for one opened in ``doc[start:at]``."""
    if doc[at].text != ")":
        return False
    return sum(t.text == "(" for t in doc[start:at]) > sum(t.text == ")" for t in doc[start:at])


def _trimmed(tokens: list[Token]) -> list[Token]:
    """The content without the commas, dashes and full stops around it (quotation marks stay)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and _edge(tokens[0]):
        tokens.pop(0)
    if len(tokens) > 1 and tokens[0].lower_ in FOCUS_ADVERBS and tokens[1].lower_ == "that":
        tokens.pop(0)  # "said only that …": how much was said, not what
    while len(tokens) > 1 and tokens[0].pos_ == "CCONJ" and tokens[0].is_sent_start:
        tokens.pop(0)  # "But, as Roe notes, it costs more": the writer's link to what went before
        while tokens and _edge(tokens[0]):
            tokens.pop(0)
    linked = len(tokens) > 2 and tokens[0].is_sent_start and tokens[0].lower_ in LINKING_ADVERBS
    if linked and tokens[1].text == ",":
        tokens = tokens[2:]  # "Meanwhile, stocks rose 3%, data showed": the writer's link
    gloss = _gloss_after(tokens)
    if gloss is not None:  # "staff were at breaking point, a view echoed by the union"
        tokens = tokens[:gloss]
    cited = _source_after(tokens)
    if cited is not None:  # "believe he was speeding when …, according to a complaint filed Monday"
        tokens = tokens[:cited]
    while tokens and (_edge(tokens[-1]) or tokens[-1].pos_ == "CCONJ") and not _closes_bracket(tokens):
        tokens.pop()  # "they cared about it and": the parse left the conjunction of the next clause
    return tokens


def _closes_bracket(tokens: list[Token]) -> bool:
    """Whether the last token closes a bracket the content opens ("… the Health Agency (HA)")."""
    inside = tokens[:-1]
    return tokens[-1].text == ")" and sum(t.text == "(" for t in inside) > sum(t.text == ")" for t in inside)


def _source_after(tokens: list[Token]) -> int | None:
    """Where a source set off at the content's end starts ("…, according to a complaint filed on
    Monday"): the writer's source for the whole sentence, the parse hung on its last clause."""
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k].text != "," or tokens[k + 1].lower_ != "according" or tokens[k + 2].lower_ != "to":
            continue
        phrase = {t.i for t in tokens[k + 1].subtree}
        return k if all(t.i in phrase or _edge(t) for t in tokens[k + 1 :]) else None
    return None


def _gloss_after(tokens: list[Token]) -> int | None:
    """Where the writer's gloss on a content starts, set off after it by a comma: a noun for a
    stance with a participle or a relative clause of its own ("…, a view echoed by the union",
    "…, a claim the council denies")."""
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].text != "," or tokens[k + 1].lower_ not in {"a", "an"}:
            continue
        tail = {t.i for t in tokens[k + 1 :]}
        heads = [t for t in tokens[k + 1 :] if t.head.i not in tail or t.head.i == t.i]
        if len(heads) != 1 or heads[0].lemma_.lower() not in GLOSS_NOUNS:
            continue
        if any(c.dep_ in {"acl", "relcl"} for c in heads[0].children):
            return k
    return None


_HYPHENS = frozenset({"-", "–"})


def _whole_words(tokens: list[Token]) -> list[Token]:
    """The content with the rest of a hyphenated word it cuts ("the re" of "the re-election of the
    mayor", where the parse made each piece of the word an object), or of a range of numbers ("in
    2024-25")."""
    if not tokens:
        return tokens
    doc = tokens[-1].doc
    end = tokens[-1].i
    while (
        end + 2 < len(doc)
        and not doc[end].whitespace_
        and doc[end + 1].text in _HYPHENS
        and not doc[end + 1].whitespace_
        and (doc[end + 2].is_alpha or (doc[end].like_num and doc[end + 2].like_num))
    ):
        last = doc[end + 2]  # (and what hangs on the word's last part; a number's is its own)
        end = end + 2 if last.like_num else max(end + 2, last.right_edge.i)
    return tokens if end == tokens[-1].i else [*tokens, *doc[tokens[-1].i + 1 : end + 1]]


def _closed(tokens: list[Token]) -> list[Token]:
    """The content with the closing quotation mark its last quotation needs, when the parse hung
    that mark elsewhere ("saying he had “made money in down markets.”"), or the opening mark of
    its first ("said “the pier” was safe", the mark hung on "said")."""
    if not tokens or sum(map(_is_mark, tokens)) % 2 == 0:
        return tokens
    mark = tokens[-1]
    if len(tokens) > 1 and mark.is_quote and tokens[-2].whitespace_ and not mark.whitespace_ and _opens(mark):
        # "complained about the rising costs “again and again”": the mark opens words after it
        tokens = tokens[:-1]
        while tokens and _edge(tokens[-1]):
            tokens.pop()
        return tokens
    doc = tokens[-1].doc
    first_mark = next(t for t in tokens if _is_mark(t))
    before = doc[tokens[0].i - 1] if tokens[0].i else None
    if before is not None and before.is_quote and _opens(before) and not _opens(first_mark):
        return [before, *tokens]
    at = tokens[-1].i + 1
    while at < len(doc) and doc[at].is_punct and not doc[at].is_quote and at - tokens[-1].i <= 2:
        at += 1  # the full stop or comma American style puts inside the marks
    closing = at < len(doc) and _is_mark(doc[at]) and doc[at].is_right_punct
    if closing and not (doc[at].is_left_punct and _opens(doc[at])):  # not a straight mark opening the next
        return [*tokens, *doc[tokens[-1].i + 1 : at + 1]]
    last_mark = next(t for t in reversed(tokens) if _is_mark(t))
    if _opens(last_mark):
        # "described the deal as “a union of equals in name, if not in size”": the parse ended the
        # content at a comma inside the quotation; it runs to the mark that closes it, in its sentence
        end = min(tokens[-1].sent.end, tokens[-1].i + _QUOTED_TAIL_WORDS)
        after = next((t for t in doc[tokens[-1].i + 1 : end] if _is_mark(t)), None)
        if after is not None and not _opens(after):
            return [*tokens, *doc[tokens[-1].i + 1 : after.i + 1]]
    return tokens


_QUOTED_TAIL_WORDS = 40  # how far a quotation the content opens may run on past the parse's end


def _is_mark(token: Token) -> bool:
    """A quotation mark, not the apostrophe of a plural's possessive ("their wits' end")."""
    return token.is_quote and token.tag_ != "POS"


def _opens(mark: Token) -> bool:
    """Whether a quotation mark opens a quotation: an even number of marks before it in its
    sentence (straight marks look the same both ways); not one glued to the word or stop before
    it with a space or the text's end after it ("… violence."), which closes, whatever sentence
    the parse gave it."""
    doc = mark.doc
    glued = mark.i > 0 and not doc[mark.i - 1].whitespace_ and not doc[mark.i - 1].is_space
    spaced = mark.i + 1 == len(doc) or bool(mark.whitespace_) or doc[mark.i + 1].is_space
    if glued and spaced:
        return False
    return sum(map(_is_mark, doc[mark.sent.start : mark.i])) % 2 == 0


def _edge(token: Token) -> bool:
    """Space or punctuation other than a quotation mark or a sign of the word beside it ("3%"): not
    part of a content at its edge."""
    return token.is_space or (token.is_punct and not token.is_quote and token.text not in WORD_SIGNS)


def _out_of_quotation(tokens: list[Token], outside: Sequence[bool]) -> bool:
    """Whether a content starts inside a quotation and runs on out of it across a clause of the
    writer's, a quotation's frame ("shouted, “Fares,” Roe grinned, “Not today”", the parse crossing
    the marks): no one's reported words. ("“They are painful” but necessary" runs on with the
    speaker's own words.)"""
    first = tokens[0]
    if outside[first.i] or first.is_quote:
        return False
    # (a verb of saying, or one with a tense and a subject of its own, outside the marks)
    return any(outside[t.i] and (speech_verb(t) is not None or _own_clause(t, outside)) for t in tokens)


def _own_clause(verb: Token, outside: Sequence[bool]) -> bool:
    """A verb with a tense and a subject of its own outside quotation marks ("Roe grinned")."""
    return verb.tag_ in FINITE_TAGS and any(c.dep_ in SUBJECTS and outside[c.i] for c in verb.children)


def _said_outside_quotes(tokens: list[Token], outside: Sequence[bool]) -> bool:
    """Whether the content has words of the writer's own, beyond a "that": else it is a quotation."""
    words = [t for t in tokens if outside[t.i] and t.is_alpha]
    return any(t.lower_ not in _CLAUSE_MARKS or _pointing_that(t) for t in words)


def _pointing_that(token: Token) -> bool:
    """A "that" that points back as a subject ("That's according to the census"), not one that opens
    a clause or a relative clause ("said that …", "a plan that was rejected")."""
    return token.dep_ == "nsubj" and token.tag_ == "DT"


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


# -- a headline's frame: "Speaker: what they said" ----------------------------------------------
# (not a match's score: "Harbridge Town 2-2 Castlemoor Rovers: Roe fumes over penalty")
_HEADLINE_FRAME = re.compile(
    rf"\s*({UPPER}[\w.'’&-]*(?:[ \u00a0](?!\d+[-–]\d+(?!\S))[\w.'’&-]+){{0,4}}?)\s*:[ \u00a0]+(?=\S)"
)
HEADLINE_CONFIDENCE = 0.7


_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b(?!['’])")
_LETTERED = re.compile(r"[A-Za-z][A-Za-z'’]*")
_VERB_ENDINGS = ("s", "ed", "ing")


def headlines_in_sentence_case(text: str, headlines: Iterable[tuple[int, int]]) -> str:
    """``text`` with its title-case headlines ("Mayor Defends Ferry Plan Amid Protests") written
    for the parser as a sentence is: the small words and the inflected verbs that may cue reported
    speech in lower case ("Mayor defends Ferry Plan amid Protests"), one letter for one, so no offset
    moves. Names keep their capitals; a headline in sentence case is left as it is."""
    chars: list[str] | None = None
    forms = _cue_forms()
    for start, end in headlines:
        words = _LETTERED.findall(text, start, end)
        content = [w for w in words if len(w) > 3 and w.lower() not in TITLE_CASE_SMALL_WORDS]
        capitals = sum(1 for w in content if w[0].isupper() and not w.isupper())
        if len(content) < 3 or capitals < 0.8 * len(content):
            continue
        opening = _LETTERED.search(text, start, end)
        for m in _TITLE_WORD.finditer(text, start, end):
            word = m.group().lower()
            verb = word in forms and word.endswith(_VERB_ENDINGS)
            if opening is not None and m.start() == opening.start():
                continue  # the headline's first word keeps its capital, as a sentence's does
            if word in TITLE_CASE_SMALL_WORDS or verb:
                if chars is None:
                    chars = list(text)
                chars[m.start()] = word[0]
    return text if chars is None else "".join(chars)


def headline_frame(text: str) -> bool:
    """Whether a headline opens with a short name and a colon ("Mayor: ferry will run in May")."""
    return _HEADLINE_FRAME.match(text) is not None


def _named_below(source: Span) -> bool:
    """Whether a headline's source ("Lynch:") is the last word of a person or body the article
    names below it ("Attorney General Mara Lynch said …"), though the tagger missed it up here:
    a name tagged as one, or, where no entity tagger ran, two names in a row."""
    doc = source.doc
    table = doc.to_array([LOWER, POS])  # the same word below, as a name: found without a Token each
    same = (table[:, 0] == source[-1].lower) & (table[:, 1] == _PROPN_ID)
    for i in numpy.flatnonzero(same[source.end :]).tolist():
        t = doc[source.end + i]
        if t.i == 0:
            continue
        if t.ent_type_ in {"PERSON", "ORG"} or (not t.ent_type_ and doc[t.i - 1].pos_ == "PROPN"):
            return True
    return False


_PROPN_ID = get_string_id("PROPN")


def _frames_its_own(token: Token, body: Span) -> bool:
    """Whether the words after a headline's colon are a frame of their own: a verb of saying in the
    headline's present ("…: Roe says bid is welcome"), their main verb, with one who can speak
    opening them (not "Pell: Roe would put cronies on the board, ‘I fear …’", nor "Report: Roe to
    speak at convention")."""
    main = token.head.i == token.i or not body.start <= token.head.i < body.end or token.dep_ == "parataxis"
    if token.tag_ != "VBZ" or not main:
        return False
    cue = cue_at(token)
    if cue is None or cue.speaker is None or cue.speaker.left_edge.i != body.start:
        return False
    return can_speak(mention_for(cue.speaker))


def headline_reported(
    doc: Doc, text: str, start: int, end: int, outside: Sequence[bool]
) -> ReportedContent | None:
    """The content of a headline's ``Speaker: content`` frame (in ``text[start:end]``): a source
    that can speak before the colon (a name, a body, "Poll"), not a label ("Update:", "Watch:"),
    and at least three words after it that are not all inside quotation marks."""
    m = _HEADLINE_FRAME.match(text, start, end)
    if m is None:
        return None
    source = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    body = doc.char_span(m.end(), end, alignment_mode="expand")
    if source is None or body is None or not len(source) or len(body) < 3:
        return None
    head = source.root
    if head.pos_ in _VERBAL:  # "Roe Backs Levy: …": a clause before the colon, whose subject speaks
        subjects = [c for c in head.children if c.dep_ == "nsubj" and source.start <= c.i < source.end]
        if not subjects:
            return None
        head = subjects[0]
    if any(t.lower_ in NOT_SPEAKER_LABELS for t in source) or not outside[head.i]:
        return None
    if any(t.ent_type_ in {"DATE", "TIME"} for t in source):
        return None  # "Tuesday Morning Email:": a newsletter's name
    if not (
        head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or speaking_word(head) or _named_below(source)
    ):
        return None  # every word of a headline is capitalised: a name must be tagged as one
    mention = mention_for(head)
    if not can_speak(mention):
        return None
    # "Harbour takeover:", "Budget:" (a common noun, capitalised as the headline's first word), not
    # "Pell camp:"
    common = head.is_lower or (head.i == source.start and head.tag_ == "NN" and head.ent_type_ == "")
    topic = common and (not speaking_word(head) or head.lower_ in DOCUMENT_NOUNS)
    if topic and any(_frames_its_own(t, body) for t in body):
        return None  # "Harbour takeover: Roe says bid is welcome": a topic, and a frame of its own after it
    content = _closed(_trimmed(list(body)))
    if not content or not _said_outside_quotes(content, outside):
        return None  # "Mayor: “We will rebuild”": a quotation, attributed as one
    parts = _parts(content)
    att = Attribution("reported", mention, ":", HEADLINE_CONFIDENCE, "headline-colon")
    return ReportedContent(parts[0][0], parts[-1][1], parts, att, "speech")
