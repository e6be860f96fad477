"""Attribute every quotation of an article: sentence rules, then discourse, then speaker names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.attribute.discourse import (
    containment,
    headline_speaker,
    opens_sentence,
    previous_sentence,
    sentence_subject,
    words,
)
from quotes.attribute.kinds import is_clause, kind_of
from quotes.attribute.mentions import Mention, mention_for
from quotes.attribute.rules import Found, QuoteTokens, SentenceRules, locate
from quotes.compare.align import longest_run
from quotes.layout.furniture import Role
from quotes.layout.paragraphs import Paragraph
from quotes.marks.scan import QuoteSpan
from quotes.records import Kind
from quotes.speakers.names import appositive_names, titled_names
from quotes.speakers.registry import Entity, Registry
from quotes.speakers.salience import Salience

# How much a speaker found through a mention of each kind is trusted.
_MENTION_TRUST = {"name": 1.0, "org": 1.0, "role": 0.95, "pronoun": 0.9, "other": 0.85}
_UNRESOLVED_TRUST = {"role": 0.85, "pronoun": 0.6, "name": 0.9, "org": 0.9, "other": 0.8}


@dataclass(slots=True)
class Attribution:
    """Who said a quotation, as decided for one quotation."""

    kind: Kind
    speaker: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    confidence: float = 0.0
    rule: str | None = None
    entity: Entity | None = None


def _canonical(mention: Mention, entity: Entity | None) -> str:
    if entity is not None and entity.name:
        return entity.name
    span = mention.span
    words_ = [t for t in span if t.lower_ not in {"the", "a", "an"}]
    return "".join(t.text_with_ws for t in words_).strip() or mention.text


def attribute_quotes(
    doc: Doc,
    text: str,
    spans: Sequence[QuoteSpan],
    paragraphs: Sequence[Paragraph],
    roles: Sequence[Role],
) -> list[Attribution]:
    """One Attribution per quotation span, in the same order.

    ``paragraphs``/``roles`` are the article's kept paragraphs (the ones the spans' paragraph indices
    point into) and their layout roles; ``doc`` is the parse of the article text.
    """
    qts = [
        locate(
            doc,
            i,
            s.parts,
            s.open_at,
            s.close_at,
            s.paragraph,
            s.last_paragraph if s.last_paragraph >= 0 else s.paragraph,
        )
        for i, s in enumerate(spans)
    ]
    rules = SentenceRules(doc, qts)
    found: list[Found | None] = [rules.attribute(q) if q.tokens else None for q in qts]
    outside = [o == -1 for o in rules.owner]
    registry = Registry.from_doc(doc)
    for para in paragraphs:
        for found_name in titled_names(text, para.start, para.end):
            registry.add_titled(found_name)
        for found_name in appositive_names(text, para.start, para.end):
            registry.add_titled(found_name)
    speakers = [f.speaker.i for f in found if f is not None and f.speaker is not None]
    salience = Salience(doc, registry, outside, speakers)

    # First what each quotation's own sentence says, then discourse for the rest, in text order.
    out: list[Attribution | None] = [
        _from_mention(mention_for(f.speaker), salience, f.cue.text if f.cue else None, f.confidence, f.rule)
        if f is not None and f.speaker is not None
        else None
        for f in found
    ]
    quote_words = [words(s.text(text)) for s in spans]
    for i, q in enumerate(qts):
        if out[i] is None:
            out[i] = _discourse(
                i, q, spans, qts, out, doc, text, paragraphs, roles, outside, salience, quote_words
            )
    result: list[Attribution] = []
    for span, q, att in zip(spans, qts, out, strict=True):
        quoted = span.text(text)
        if att is None:
            result.append(Attribution(kind=kind_of(quoted, q.tokens, attributed=False)))
        else:
            att.kind = kind_of(quoted, q.tokens, attributed=True)
            result.append(att)
    return result


def _from_mention(
    mention: Mention, salience: Salience, cue: str | None, base: float, rule: str
) -> Attribution:
    named = mention_for(mention.refers) if mention.refers is not None else mention
    entity = salience.entity_for(named)
    trust = (_MENTION_TRUST if entity is not None else _UNRESOLVED_TRUST)[named.kind]
    return Attribution(
        kind="direct",
        speaker=_canonical(named, entity),
        mention=mention.text,
        mention_start=mention.span.start_char,
        mention_end=mention.span.end_char,
        cue=cue,
        confidence=round(base * trust, 3),
        rule=rule,
        entity=entity,
    )


def _copy(source: Attribution, rule: str, confidence: float) -> Attribution:
    return Attribution(
        kind=source.kind,
        speaker=source.speaker,
        mention=source.mention,
        mention_start=source.mention_start,
        mention_end=source.mention_end,
        cue=None,  # no cue at this quotation: the rule says where the speaker comes from
        confidence=round(min(confidence, source.confidence), 3),
        rule=rule,
        entity=source.entity,
    )


def _discourse(
    i: int,
    q: QuoteTokens,
    spans: Sequence[QuoteSpan],
    qts: Sequence[QuoteTokens],
    done: list[Attribution | None],
    doc: Doc,
    text: str,
    paragraphs: Sequence[Paragraph],
    roles: Sequence[Role],
    outside: list[bool],
    salience: Salience,
    quote_words: list[list[str]],
) -> Attribution | None:
    """Attribute a quotation with no cue in its sentence from what surrounds it."""
    if not q.tokens:
        return None
    para = paragraphs[q.paragraph]
    role = roles[q.paragraph]
    quoted = spans[i].text(text)
    if role == "title":
        mention = headline_speaker(doc, text, para.start, q)
        if mention is not None:
            return _from_mention(mention, salience, None, 0.8, "headline-colon")

    clause = is_clause(quoted, q.tokens) or _whole_paragraph(q, para, text)
    # A quotation after another in the same paragraph.
    for j in range(i - 1, -1, -1):
        if qts[j].last_paragraph != q.paragraph:
            break
        previous = done[j]
        if previous is not None and previous.speaker is not None and (clause or opens_sentence(q, outside)):
            return _copy(previous, "continuation", 0.8)
        break

    # The same words attributed elsewhere in the article (a headline, a standfirst, a pull quote).
    same = _same_words(i, quote_words, done)
    if same is not None:
        return _copy(same, "same-words", 0.85)

    if not clause or not opens_sentence(q, outside):
        return None
    first = q.open_mark or q.tokens[0]
    prev = previous_sentence(first)
    # A paragraph that opens with a quotation, after a paragraph ending with an attributed quotation.
    if q.open_mark is not None and q.open_mark.idx <= para.start + 1 and q.paragraph > 0:
        for j in range(i - 1, -1, -1):
            if qts[j].last_paragraph < q.paragraph - 1:
                break
            previous = done[j]
            if (
                qts[j].last_paragraph == q.paragraph - 1
                and previous is not None
                and previous.speaker is not None
            ):
                return _copy(previous, "continuation", 0.8)
    # The subject of the sentence before.
    if prev is not None:
        subject = sentence_subject(prev, outside)
        if subject is not None:
            mention = mention_for(subject)
            if mention.kind in {"name", "role", "pronoun", "org"}:
                return _from_mention(mention, salience, None, 0.65, "previous-subject")
    return None


def _same_words(i: int, quote_words: list[list[str]], done: list[Attribution | None]) -> Attribution | None:
    """An attributed quotation elsewhere in the article with the same words as quotation ``i``.

    The same words: most of the shorter one's words, in a run of at least half of them.
    """
    mine = quote_words[i]
    if len(mine) < 4:
        return None
    best: tuple[float, int] | None = None
    for j, other in enumerate(quote_words):
        source = done[j]
        if j == i or source is None or source.speaker is None:
            continue
        short, long = (mine, other) if len(mine) <= len(other) else (other, mine)
        if len(short) < 4 or containment(short, long) < 0.8:
            continue
        if longest_run(tuple(short), tuple(long)) < max(4, len(short) // 2):
            continue
        score = containment(short, long) * len(short) / max(len(long), 1)
        if best is None or score > best[0]:
            best = (score, j)
    return done[best[1]] if best is not None else None


def _whole_paragraph(q: QuoteTokens, para: Paragraph, text: str) -> bool:
    """True when the paragraph holds nothing but this quotation."""
    if q.open_mark is None:
        return False
    end = q.close_mark.idx + 1 if q.close_mark is not None else para.end
    rest = text[para.start : q.open_mark.idx] + text[end : para.end]
    return not any(c.isalnum() for c in rest)


__all__ = ["Attribution", "Token", "attribute_quotes"]
