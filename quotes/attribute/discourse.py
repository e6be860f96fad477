"""Discourse rules for quotations whose own sentence has no cue.

Each rule is a small function over one ``Context`` (the article's parse, its quotations and what has
been attributed so far) and a quotation index; ``DISCOURSE_RULES`` runs them in this order, the first
that answers wins:

- ``turn-label``: a transcript turn (``LENA ORTIZ: …``, ``A: …``): the speaker its label names.
- ``headline-colon``: a headline in the form ``Speaker: ‘words’``.
- ``label-line``: a quotation alone in its paragraph with a short line naming its speaker under it
  ("— Jo Roe, 34, of Hale") or above it ("Jo Roe, 34, a nurse:"), as vox pops print them.
- ``continuation`` (same paragraph): the quotation follows another in its paragraph ("“…,” she
  said. “…”").
- ``same-words``: the same words are attributed elsewhere in the article (a standfirst or a
  headline repeating the body, a pull quote).
- ``continuation`` (next paragraph): a clause quoted alone at the start of its paragraph, right after
  a paragraph that ends with an attributed quotation.
- ``exchange``: in questions and answers between two people, a quotation alone in its paragraph
  goes back to the one who spoke before last when the last turn asked, or it asks as that one did.
- ``previous-subject``: a quotation that opens its sentence takes the subject of the sentence before,
  when that subject is someone who spoke or acted ("X discussed the incident on Tuesday. “…”").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotes.attribute.attribution import Attribution
from quotes.attribute.cues import speech_verb
from quotes.attribute.kinds import is_clause
from quotes.attribute.rules import QuoteTokens, label_name, opens_sentence
from quotes.layout.furniture import Role
from quotes.layout.paragraphs import Paragraph, is_label_line
from quotes.lexicons.furniture import ANSWER_LABELS
from quotes.lexicons.grammar import UPPER
from quotes.lexicons.people import NOT_PERSON_NAME_ENDS, NOT_SOMEONE
from quotes.marks.scan import QuoteSpan
from quotes.nlp.mentions import (
    SUBJECTS,
    Mention,
    can_be_told,
    can_speak,
    is_person_noun,
    mention_for,
    verb_read_as_noun,
)
from quotes.words import longest_run, words

_LABEL_CHARS = 120  # a label line above a quotation is at most this long
_RARE = 20  # a word in at most this many quotations of an article is rare there
_HEADLINE_SPEAKER = re.compile(rf"^\s*({UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,4}})\s*:\s")


@dataclass(slots=True)
class Context:
    """One article as the discourse rules see it; per-article facts are computed once and kept."""

    doc: Doc
    text: str
    spans: Sequence[QuoteSpan]
    quotes: Sequence[QuoteTokens]
    paragraphs: Sequence[Paragraph]
    roles: Sequence[Role]
    outside: list[bool]
    done: list[Attribution | None]
    _content: dict[int, frozenset[str]] = field(default_factory=dict)
    _by_word: dict[str, list[int]] = field(default_factory=dict)
    _memo: dict[str, Token | None] = field(default_factory=dict)

    def attribute(self, i: int, rules: Sequence[DiscourseRule]) -> Attribution | None:
        """The first answer of ``rules`` for quotation ``i``."""
        for rule in rules:
            found = rule.find(self, i)
            if found is not None:
                return found
        return None

    # -- facts about one quotation ---------------------------------------------------------------
    def quoted(self, i: int) -> str:
        """The words of quotation ``i``."""
        return self.spans[i].text(self.text)

    def clause(self, i: int) -> bool:
        """Quotation ``i`` is a clause of its own, or fills its paragraph alone."""
        q = self.quotes[i]
        return is_clause(self.quoted(i), q.tokens) or _whole_paragraph(
            q, self.paragraphs[q.paragraph], self.text
        )

    def opens_sentence(self, i: int) -> bool:
        """Nothing but punctuation stands before quotation ``i`` in its sentence."""
        return opens_sentence(self.quotes[i], self.outside)

    def interviewee(self) -> Token | None:
        """The person a transcript interviews: of those named before its first turn, the one the
        introduction is about, named most often, as a subject first (the interviewer and the
        people only mentioned come up once); the first named on a tie."""
        if "interviewee" not in self._memo:
            first = min(s.start for s in self.spans if s.label is not None)
            people = [e for e in self.doc.ents if e.end_char <= first and e.label_ == "PERSON"]
            score: dict[str, float] = {}
            for ent in people:
                key = ent.root.lower_
                score[key] = score.get(key, 0.0) + 1.0 + 0.5 * (ent.root.dep_ in SUBJECTS)
            best = max(score.values(), default=0.0)
            chosen = next((e for e in people if score[e.root.lower_] == best), None)
            self._memo["interviewee"] = chosen.root if chosen is not None else self._first_name_before(first)
        return self._memo["interviewee"]

    def _first_name_before(self, offset: int) -> Token | None:
        """The first proper name of two to four words in the nearest of the three paragraphs before
        ``offset`` that has one (a name the tagger did not see), not an institution's."""
        before = [p for p in self.paragraphs if p.start < offset]
        for para in reversed(before[-3:]):
            span = self.doc.char_span(para.start, para.end, alignment_mode="expand")
            run: list[Token] = []
            for t in [*span, None] if span is not None else []:
                if t is not None and t.pos_ == "PROPN" and t.text[:1].isupper():
                    run.append(t)
                    continue
                if 2 <= len(run) <= 4 and run[-1].lower_ not in NOT_PERSON_NAME_ENDS:
                    return run[-1]
                run = []
        return None

    def found(self, i: int, mention: Mention, confidence: float, rule: str) -> Attribution:
        """An attribution to a mention found by a discourse rule (no cue at the quotation)."""
        return Attribution("direct", mention, None, confidence, rule)

    def attributed(self, j: int) -> Attribution | None:
        """Quotation ``j``'s attribution, if it has a speaker."""
        att = self.done[j]
        return att if att is not None and att.mention is not None else None


DiscourseFind = Callable[[Context, int], Attribution | None]


@dataclass(frozen=True, slots=True)
class DiscourseRule:
    """A discourse rule: its name, the function, the confidence it gives, an example and why."""

    name: str
    find: DiscourseFind
    confidence: float
    pattern: str
    why: str


# -- the rules --------------------------------------------------------------------------------------
def _headline_colon(ctx: Context, i: int) -> Attribution | None:
    q = ctx.quotes[i]
    if ctx.roles[q.paragraph] != "title":
        return None
    mention = headline_speaker(ctx.doc, ctx.text, ctx.paragraphs[q.paragraph].start, q)
    return ctx.found(i, mention, 0.8, "headline-colon") if mention is not None else None


def _turn_label(ctx: Context, i: int) -> Attribution | None:
    """A transcript turn: the speaker its label names; ``A:`` is the person the article interviews,
    the one named last before the first turn."""
    label = ctx.spans[i].label
    if label is None:
        return None
    start, end = label
    if ctx.text[start:end].lower() in ANSWER_LABELS:
        person = ctx.interviewee()
        return ctx.found(i, mention_for(person), 0.85, "turn-label") if person is not None else None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    mention = mention_for(span[-1])
    if mention.kind in {"other", "org"} and mention.entity is None:
        # Names in capitals are tagged at random ("ZENO ASANTE": PROPN ADJ): a label is a name.
        mention = Mention(span, span[-1], "name", Span(ctx.doc, span.start, span.end, label="PERSON"))
    return ctx.found(i, mention, 0.9, "turn-label")


def _label_line(ctx: Context, i: int) -> Attribution | None:
    """A quotation alone in its paragraph, named by a short line under or above it (vox pops)."""
    q = ctx.quotes[i]
    para = ctx.paragraphs[q.paragraph]
    if q.close_mark is None or not _whole_paragraph(q, para, ctx.text):
        return None
    after = q.last_paragraph + 1
    if after < len(ctx.paragraphs) and is_label_line(ctx.text, ctx.paragraphs[after]):
        line = ctx.paragraphs[after]
        mention = _label_name(ctx, line.start, line.end, surname=True)  # "- Roe." signs it too
        if mention is not None:
            return ctx.found(i, mention, 0.85, "label-line")
    if q.paragraph > 0:
        line = ctx.paragraphs[q.paragraph - 1]
        # (a dash line above is the signature of the quotation before it, not this one's label)
        if line.end - line.start <= _LABEL_CHARS and not is_label_line(ctx.text, line):
            mention = _label_name(ctx, line.start, line.end)
            if mention is not None:
                return ctx.found(i, mention, 0.8, "label-line")
    return None


def _label_name(ctx: Context, start: int, end: int, surname: bool = False) -> Mention | None:
    """The person a label line opens with ("— Jo Roe, 34, of Hale"; "Jo Roe, a nurse:"), if the
    line is a label (no finite verb), not a sentence."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    head = label_name(tokens, surname=surname)
    return mention_for(head) if head is not None else None


def _continues_paragraph(ctx: Context, i: int) -> Attribution | None:
    q = ctx.quotes[i]
    if i == 0 or ctx.quotes[i - 1].last_paragraph != q.paragraph:
        return None
    previous = ctx.attributed(i - 1)
    if previous is not None and (ctx.clause(i) or ctx.opens_sentence(i)):
        return previous.copied("continuation", 0.8)
    return None


def _same_words(ctx: Context, i: int) -> Attribution | None:
    """An attributed quotation elsewhere in the article with most of the same words, in a run.

    Candidates come from an index of rare words built once per article, so the rule does not walk
    every other quotation.
    """
    mine = words(ctx.quoted(i)).norm
    if len(mine) < 4:
        return None
    if not ctx._by_word:
        for j in range(len(ctx.quotes)):
            for w in set(words(ctx.quoted(j)).norm):
                ctx._by_word.setdefault(w, []).append(j)
    # A quotation with most of the same words shares a rare one: look only where those stand.
    by_rarity = sorted(set(mine), key=lambda w: (len(ctx._by_word[w]), w))
    rare = [w for k, w in enumerate(by_rarity) if k < 3 or len(ctx._by_word[w]) <= _RARE]
    candidates = sorted({j for w in rare for j in ctx._by_word[w][:_RARE]} - {i})
    best: tuple[float, int] | None = None
    for j in candidates:
        if ctx.attributed(j) is None:
            continue
        other = words(ctx.quoted(j)).norm
        short, long = (mine, other) if len(mine) <= len(other) else (other, mine)
        share = _bag_containment(short, long)
        if len(short) < 4 or share < 0.8 or longest_run(short, long) < max(4, len(short) // 2):
            continue
        score = share * len(short) / max(len(long), 1)
        if best is None or score > best[0]:
            best = (score, j)
    if best is None:
        return None
    source = ctx.attributed(best[1])
    return source.copied("same-words", 0.85) if source is not None else None


def _continues_previous_paragraph(ctx: Context, i: int) -> Attribution | None:
    q = ctx.quotes[i]
    para = ctx.paragraphs[q.paragraph]
    opening = q.open_mark is not None and q.open_mark.idx <= para.start + 1 and q.paragraph > 0
    if not opening or not ctx.clause(i) or not ctx.opens_sentence(i):
        return None
    for j in range(i - 1, -1, -1):
        if ctx.quotes[j].last_paragraph < q.paragraph - 1:
            break
        previous = ctx.attributed(j)
        if ctx.quotes[j].last_paragraph == q.paragraph - 1 and previous is not None:
            return previous.copied("continuation", 0.8)
    return None


def _exchange(ctx: Context, i: int) -> Attribution | None:
    """A paragraph that is a quotation alone, in an exchange of questions and answers between two
    people in the paragraphs before (“…?” asked Roe. ¶ “No,” Ng replied. ¶ “…?” ¶ “Yes.”): the
    turn goes back to the one who spoke two paragraphs before, when the last turn asked a question,
    or this one asks as that one did."""
    q = ctx.quotes[i]
    if q.paragraph < 2 or not _whole_paragraph(q, ctx.paragraphs[q.paragraph], ctx.text):
        return None
    turns = [_alone_in(ctx, q.paragraph - k) for k in (1, 2)]
    if turns[0] is None or turns[1] is None:
        return None
    last, before = (ctx.attributed(j) for j in turns)
    if last is None or before is None or last.mention is None or before.mention is None:
        return None
    named = {"name", "role", "org"}  # (a surname the tagger took for a body's)
    if last.mention.kind not in named or before.mention.kind not in named:
        return None
    if last.mention.head.lower_ == before.mention.head.lower_:
        return None  # one speaker going on, across another's words or not
    # (a turn that is one question, answered in a few words: not a statement ending in a question)
    questions = _only_asks(ctx.quoted(turns[1])) and len(ctx.quoted(turns[0]).split()) <= _ANSWER_WORDS
    asked = _asks(ctx.quoted(turns[0])) or (_asks(ctx.quoted(i)) and questions)
    return before.copied("exchange", 0.7) if asked else None


_ANSWER_WORDS = 12  # an answer in an exchange of questions is short ("No," "Not at all.")


def _only_asks(words: str) -> bool:
    """Words that are one question and nothing else ("Have you ever run a hospital?")."""
    body = words.rstrip(" \"'”’»,")
    return body.endswith("?") and not any(mark in body[:-1] for mark in (". ", "! ", "? "))


def _alone_in(ctx: Context, paragraph: int) -> int | None:
    """The quotation that is the whole paragraph (besides its frame), if the paragraph has one."""
    found = [j for j, t in enumerate(ctx.quotes) if t.paragraph == t.last_paragraph == paragraph]
    return found[0] if len(found) == 1 else None


def _asks(words: str) -> bool:
    """Words that end with a question mark."""
    return words.rstrip(" \"'”’»,").endswith("?")


def _previous_subject(ctx: Context, i: int) -> Attribution | None:
    q = ctx.quotes[i]
    if not ctx.clause(i) or not ctx.opens_sentence(i):
        return None
    prev = previous_sentence(q.open_mark or q.tokens[0])
    if prev is None:
        return None
    subject = sentence_subject(prev, ctx.outside)
    if subject is not None and _a_thing(subject):
        # "If anything, Roe argued, the incident shows …": who spoke, not what the words are about
        speaker = speaking_subject(prev, ctx.outside)
        named = speaker is not None and speaker.pos_ == "PROPN" and speaker.ent_type_ in {"", "PERSON", "ORG"}
        if speaker is not None and (named or speaker.ent_type_ == "PERSON" or is_person_noun(speaker)):
            subject = speaker
    subject = subject or speaking_subject(prev, ctx.outside)
    if subject is None:
        return None
    mention = mention_for(subject)
    if mention.kind not in {"name", "role", "pronoun", "org"}:
        return None
    return ctx.found(i, mention, 0.65, "previous-subject")


DISCOURSE_RULES: tuple[DiscourseRule, ...] = (
    DiscourseRule(
        "turn-label", _turn_label, 0.9, "LENA ORTIZ: We did what we could.",
        "a transcript names the speaker of each turn in the label before it",
    ),
    DiscourseRule(
        "headline-colon", _headline_colon, 0.8, "Mayor Roe: ‘We will rebuild’",
        "headlines put the speaker before a colon instead of a verb",
    ),
    DiscourseRule(
        "label-line", _label_line, 0.85, "“…” ¶ — Jo Roe, 34, of Hale",
        "vox pops name each speaker on a short line of their own under or above the quotation",
    ),
    DiscourseRule(
        "continuation", _continues_paragraph, 0.8, "“…,” she said. “…”",
        "a second quotation in the paragraph goes on with the same speaker",
    ),
    DiscourseRule(
        "same-words", _same_words, 0.85, "a pull quote repeating attributed words",
        "the same words, attributed elsewhere in the article, have the same speaker",
    ),
    DiscourseRule(
        "exchange", _exchange, 0.7, "“…?” asked Roe. ¶ “No,” Ng said. ¶ “…?”",
        "in questions and answers between two people, an unmarked turn goes back to the one before last",
    ),
    DiscourseRule(
        "continuation", _continues_previous_paragraph, 0.8, "“…,” she said. ¶ “…”",
        "a paragraph that is a quoted clause goes on with the speaker of the paragraph before",
    ),
    DiscourseRule(
        "previous-subject", _previous_subject, 0.65, "Roe spoke on Tuesday. “…”",
        "a quoted clause after a sentence about someone (its subject, else the subject of its speech "
        "verb) is usually that person's words",
    ),
)  # fmt: skip


# -- helpers ----------------------------------------------------------------------------------------
def _bag_containment(short: Sequence[str], long: Sequence[str]) -> float:
    """The share of ``short``'s words found in ``long``, counted as a multiset."""
    pool: dict[str, int] = {}
    for w in long:
        pool[w] = pool.get(w, 0) + 1
    hits = 0
    for w in short:
        if pool.get(w, 0) > 0:
            pool[w] -= 1
            hits += 1
    return hits / len(short) if short else 0.0


def _whole_paragraph(q: QuoteTokens, para: Paragraph, text: str) -> bool:
    """True when the paragraph holds nothing but this quotation."""
    if q.open_mark is None:
        return False
    end = q.close_mark.idx + 1 if q.close_mark is not None else para.end
    rest = text[para.start : q.open_mark.idx] + text[end : para.end]
    return not any(c.isalnum() for c in rest)


def headline_speaker(doc: Doc, text: str, paragraph_start: int, q: QuoteTokens) -> Mention | None:
    """``Speaker: ‘words’`` in a headline: the mention before the colon."""
    if q.open_mark is None:
        return None
    before = text[paragraph_start : q.open_mark.idx]
    m = _HEADLINE_SPEAKER.match(before)
    if m is None:
        return None
    span = doc.char_span(paragraph_start + m.start(1), paragraph_start + m.end(1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    mention = mention_for(span[-1])
    return mention if can_speak(mention) else None  # "Election Day: ‘…’" names a day, not a speaker


def previous_sentence(token: Token) -> Span | None:
    """The sentence before the one holding ``token``, skipping blank ones."""
    doc = token.doc
    start = token.sent.start
    while start > 0:
        prev = doc[start - 1].sent
        if any(not t.is_space for t in prev):
            return prev
        start = prev.start
    return None


def speaking_subject(sent: Span, outside: list[bool]) -> Token | None:
    """The subject of the last speech verb of a sentence, outside quotations ("…, since Roe spoke
    only in generalities."): whose words a quotation right after it most likely are."""
    for verb in reversed(sent):
        if not outside[verb.i] or speech_verb(verb) is None:
            continue
        for child in verb.children:
            if child.dep_ == "nsubj" and outside[child.i] and _names_someone(child):
                return child
        return None
    return None


def sentence_subject(sent: Span, outside: list[bool]) -> Token | None:
    """The subject of a sentence's main verb, if it is outside quotations and names someone."""
    root = sent.root
    if not outside[root.i]:
        return None
    for child in root.children:
        if child.dep_ in SUBJECTS and outside[child.i] and _names_someone(child):
            return child
    # "Asked about the review, Roe shrugs.": the verb read as a plural noun, the name its compound
    return next((t for t in sent if outside[t.i] and verb_read_as_noun(t)), None)


def _a_thing(token: Token) -> bool:
    """A common noun that names no one: no entity, no word for a person or a group ("the incident")."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    return not is_person_noun(token) and not can_be_told(token)


def _names_someone(token: Token) -> bool:
    """A noun or pronoun that can name someone ("Roe", "the mayor", "she"; not "it" or "this")."""
    return token.pos_ in {"PROPN", "NOUN", "PRON"} and token.lower_ not in NOT_SOMEONE
