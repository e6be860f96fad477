"""Attribute every quotation of an article: sentence rules first, then discourse rules.

The result of this step is, per quotation, the mention that names its speaker where it is said (a
name, "the minister", "she"), the cue, the rule and its confidence. Turning that mention into the
speaker's full name is the next step's work (``quotes.speakers.resolve``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotes.attribute.attribution import Attributed, Attribution
from quotes.attribute.cues import speech_verb
from quotes.attribute.discourse import DISCOURSE_RULES, Context
from quotes.attribute.kinds import is_title, kind_of
from quotes.attribute.reported import (
    CLAUSE_RULES,
    WORDLESS_RULES,
    ReportedContent,
    find_reported,
    headline_reported,
    naming_participle,
)
from quotes.attribute.rules import SentenceRules, locate
from quotes.layout.furniture import Role, headline_flags
from quotes.layout.paragraphs import Paragraph
from quotes.layout.sentences import sentences
from quotes.lexicons.first_names import given_name
from quotes.lexicons.furniture import ZONE_HEADINGS
from quotes.lexicons.grammar import NAME_STOP_WORDS, UPPER
from quotes.lexicons.speech import (
    ALIAS_NOUNS,
    ALIAS_PREPOSITIONS,
    ALIAS_VERBS,
    APPEARING_PREPOSITIONS,
    NAMED_THING_NOUNS,
    NAMING_VERBS,
    SAID_IN_NOUNS,
    TELLING_FORMS,
    WORK_NOUNS,
)
from quotes.marks.scan import QuoteSpan
from quotes.nlp.mentions import body_noun, mention_for

_WORD = re.compile(r"[^\W\d_]+")
_LABEL = re.compile(rf"\s*{UPPER}\w*(?: \w+){{0,2}}:\s")


def attribute_quotes(
    doc: Doc,
    text: str,
    spans: Sequence[QuoteSpan],
    paragraphs: Sequence[Paragraph],
    roles: Sequence[Role],
    reported: bool = True,
) -> Attributed:
    """One Attribution per quotation span, in the same order.

    ``paragraphs``/``roles`` are the article's kept paragraphs (the ones the spans' paragraph indices
    point into) and their layout roles; ``doc`` is the parse of the article text. ``reported``:
    find every reported content (else only those holding a quotation, which give it its speaker).
    """
    qts = [
        locate(
            doc,
            i,
            s.parts,
            s.open_at if s.label is None else None,
            s.close_at,
            s.paragraph,
            s.last_paragraph if s.last_paragraph >= 0 else s.paragraph,
        )
        for i, s in enumerate(spans)
    ]
    rules = SentenceRules(doc, qts)
    outside = rules.flags
    done: list[Attribution | None] = []
    held: set[int] = set()  # quotations whose cue is a verb of belief ("expected “…”"), not of saying
    for k, (span, q) in enumerate(zip(spans, qts, strict=True)):
        found = rules.attribute(q) if q.tokens and span.label is None else None
        if found is None or found.speaker is None:
            done.append(None)
        else:
            cue = found.cue.text if found.cue else None
            done.append(Attribution("direct", mention_for(found.speaker), cue, found.confidence, found.rule))
            if found.cue is not None and found.cue.cognition:
                held.add(k)

    # A quotation inside reported content is the words of that content's source: "Roe blasted the
    # firm for its “outrageous practices”", "made the point that it was “a third term”".
    if reported:
        contents = find_reported(doc, outside)
    else:  # only the contents that can give a quotation its speaker: those of the sentences of
        # quotations with none yet, or with one found only by where it stands
        needy = [
            t.i
            for span, q, att in zip(spans, qts, done, strict=True)
            if q.tokens and span.label is None and (att is None or att.rule in _POSITIONAL)
            for t in q.tokens
        ]
        contents = find_reported(doc, outside, around=needy) if needy else []
    if reported:
        for para, headline in zip(paragraphs, headline_flags(roles), strict=True):
            found = headline_reported(doc, text, para.start, para.end, outside) if headline else None
            if found is not None:
                contents.append(found)
        contents.sort(key=lambda r: (r.start, r.end))
    for i, (span, q) in enumerate(zip(spans, qts, strict=True)):
        if done[i] is None and q.tokens and span.label is None:
            done[i] = _within_reported(span, contents)
        elif done[i] is not None and (done[i].rule in _POSITIONAL or i in held):
            # The verb whose clause holds the quotation owns it, not a cue that only stands next to
            # it: 'said she would "rebuild every pier," the hall cheered' is hers, and 'said it was
            # "a disaster," referring to …' is said, not referred.
            # A belief's holder does not say the words ('They want to “…,” Roe said' is Roe's,
            # and so is 'Roe said the firm expected “a hard year”').
            spoken = [r for r in contents if r.cue_class == "speech"]
            owner = _within_reported(span, spoken, CLAUSE_RULES)
            if owner is not None and owner.mention is not None:
                done[i] = owner

    # Then discourse, in text order, so that a continued quotation can follow one attributed so.
    ctx = Context(doc, text, spans, qts, paragraphs, roles, outside, done)
    for i, q in enumerate(qts):
        if done[i] is None and q.tokens:
            done[i] = ctx.attribute(i, DISCOURSE_RULES)

    by_paragraph: dict[int, list[QuoteSpan]] = {}
    for s in spans:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    result: list[Attribution] = []
    for k, (span, q, att) in enumerate(zip(spans, qts, done, strict=True)):
        quoted = span.text(text)
        line = _line_of(text, paragraphs[q.paragraph], span.start)
        headline_style = is_title(quoted) and _headline_line(text, line, by_paragraph[q.paragraph])
        named = _names_a_noun(q.tokens) or _names_a_work(q.tokens) or _a_nickname(q.tokens)
        named = named or _names_a_programme(q.tokens) or _name_it_goes_by(q.tokens) or _an_alias(q.tokens)
        if att is None or (headline_style and _link_label(text, line)) or named:
            # no speaker, or a title in a list of links ("Related: “A Promise Is a Promise”: The
            # Mayor Who …"): a work's title, whatever the words around it seem to say
            kind = kind_of(quoted, q.tokens, attributed=False)
            result.append(Attribution(kind=kind, title=headline_style))
        else:
            att.kind = kind_of(quoted, q.tokens, attributed=True)
            split = k and result[k - 1].kind == "direct" and _second_half(text, spans[k - 1], span)
            if att.kind == "partial" and split:
                att.kind = "direct"  # "“We are sorry,” Roe said, “but we will appeal.”"
            elif att.kind == "partial" and _own_sentence(text, paragraphs[q.paragraph], span, quoted):
                att.kind = "direct"  # "“Forty years in that house,” he said.": said as a sentence
            elif att.kind == "partial" and att.rule == "frame-before" and _closing_sentence(
                text, paragraphs[q.paragraph], span, quoted
            ):
                att.kind = "direct"  # "Roe wrote, “Last calls. Every one matters.”": said as sentences
            result.append(att)
    return Attributed(result, outside, contents)


_UTTERANCE_ENDS = frozenset(",.!?…—–-")  # how a quoted sentence ends, inside its marks or right after
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:…][\"'”’)\]]*)\s*$")


def _own_sentence(text: str, paragraph: Paragraph, span: QuoteSpan, quoted: str) -> bool:
    """A quotation that opens a sentence with a capital, its frame outside it ("“Forty years in that
    house,” he said.", "“What a mess,” said his wife.", "“Sleepy,” she said."): a sentence said,
    with a verb or not; not words woven into the writer's sentence ("called it “a mess”"). A single
    word counts only with the mark that ends it inside the quotation marks."""
    words = quoted.split()
    if not words or not words[0][:1].isupper() or span.open_at is None:
        return False
    after = text[span.close_at + 1 : span.close_at + 2] if span.close_at is not None else ""
    ended = quoted.rstrip()[-1:] in _UTTERANCE_ENDS
    if not (ended or (after in _UTTERANCE_ENDS and len(words) > 1)):
        return False  # "“Broad City” star Jo Roe …": a name in the writer's sentence
    return _SENTENCE_BEFORE.search(text[paragraph.start : span.open_at]) is not None


_SENTENCE_ENDS = frozenset(".!?…")
_FRAME_COMMA = re.compile(r",\s*$")


def _closing_sentence(text: str, paragraph: Paragraph, span: QuoteSpan, quoted: str) -> bool:
    """A quotation after its frame and a comma that opens with a capital and ends its sentence
    inside the marks ("Roe said, “Never again.”", "she wrote, “Last calls. Every one matters.”"):
    sentences said, with a verb or not; not words woven into the writer's sentence ("called it,
    in his words, “a mess”", no capital, no stop of its own)."""
    words = quoted.split()
    if not words or not words[0][:1].isupper() or span.open_at is None or span.close_at is None:
        return False
    if quoted.rstrip()[-1:] not in _SENTENCE_ENDS:
        return False
    after = text[span.close_at + 1 : span.close_at + 2]
    if after and not after.isspace() and span.close_at + 1 < paragraph.end:
        return False  # ("said, “No.”-style answers"): the writer's sentence goes on
    return _FRAME_COMMA.search(text[paragraph.start : span.open_at]) is not None


def _names_a_noun(tokens: Sequence[Token]) -> bool:
    """Title-case words in quotation marks between an article (or a possessive) and the noun they
    name ("the “Save Our Piers” group", "its “Buy Local” scheme"): a name, not words said."""
    words = [t for t in tokens if t.is_alpha]
    if not words or not all(t.text[0].isupper() or t.lower_ in NAME_STOP_WORDS for t in words):
        return False
    doc = tokens[0].doc
    after, before = tokens[-1].i + 1, tokens[0].i - 1
    while after < len(doc) and (doc[after].is_quote or doc[after].is_space):
        after += 1
    while before >= 0 and (doc[before].is_quote or doc[before].is_space):
        before -= 1
    if after >= len(doc) or before < 0 or doc[after].lower_ not in NAMED_THING_NOUNS:
        return False
    return doc[before].pos_ == "DET" or doc[before].tag_ in {"PRP$", "POS"}


def _a_nickname(tokens: Sequence[Token]) -> bool:
    """One to three capitalised words in quotation marks between a given name and a surname
    (Rodrigo “Digoy” Salonga, Jo "The Hammer" Roe): a nickname, no one's words."""
    words = [t for t in tokens if not t.is_quote and not t.is_space]
    if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[0].isupper() for t in words):
        return False
    doc = tokens[0].doc
    after, before = tokens[-1].i + 1, tokens[0].i - 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    if after >= len(doc) or before < 0:
        return False
    first, last = doc[before], doc[after]
    return given_name(first.text) and first.text[0].isupper() and last.text[0].isupper() and last.is_alpha


def _an_alias(tokens: Sequence[Token]) -> bool:
    """One word in quotation marks that someone goes by: after a noun for one ("the username
    “kettle_logic”") or after "as", "by" or "under" hung on a verb of going by a name ("posts as
    “kettle_logic”", "known as “Digoy”", "goes by “Red”"): a name, no one's words."""
    words = [t for t in tokens if not t.is_quote and not t.is_space and not t.is_punct]
    before = _word_before(tokens)
    if len(words) != 1 or before < 1:
        return False
    word = tokens[0].doc[before]
    gone_by = word.lower_ in ALIAS_PREPOSITIONS and word.head.lemma_.lower() in ALIAS_VERBS
    return word.lower_ in ALIAS_NOUNS or gone_by


def _title_cased(tokens: Sequence[Token], most: int | None = None) -> bool:
    """Quoted words written as a name is ("Harbour Mornings", "Salt Road"), at most ``most`` of them."""
    words = [t for t in tokens if t.is_alpha]
    if not words or (most is not None and len(words) > most):
        return False
    return all(t.text[0].isupper() or t.lower_ in NAME_STOP_WORDS for t in words)


def _word_before(tokens: Sequence[Token], skipped: frozenset[str] = frozenset()) -> int:
    """The index of the word before a quotation, past its marks and spaces (and ``skipped`` words),
    or -1."""
    doc = tokens[0].doc
    before = tokens[0].i - 1
    while before >= 0 and (doc[before].is_quote or doc[before].is_space or doc[before].lower_ in skipped):
        before -= 1
    return before


def _names_a_work(tokens: Sequence[Token]) -> bool:
    """Title-case words in quotation marks right after a noun for a work with its article or owner
    ("starred in the comedy “Cold Harbour,”", "her album “Salt Road”"): the work's title."""
    if not _title_cased(tokens):
        return False
    doc = tokens[0].doc
    before = _word_before(tokens)
    if before < 1 or doc[before].lower_ not in WORK_NOUNS:
        return False
    own = {t.i for t in tokens}
    noun = doc[before]
    named = noun.dep_ == "dobj" and noun.head.lemma_.lower() in NAMING_VERBS
    if named or any(t.dep_ in {"oprd", "attr"} and t.head.i not in own for t in tokens):
        return False  # "called the show “A Disaster From the Start”": what it is called, said
    owner = doc[before - 1]
    return owner.pos_ in {"DET", "ADJ"} or owner.tag_ in {"PRP$", "POS"}


def _name_it_goes_by(tokens: Sequence[Token]) -> bool:
    """Title-case words in quotation marks right after a participle of naming that no one does, after
    a noun for a body ("a group called the “Harbour Watch Foundation”"): the name it goes by."""
    if not _title_cased(tokens):
        return False
    doc = tokens[0].doc
    before = _word_before(tokens, frozenset({"the"}))
    # (a body's name: a work's or a label's stays with the content it stands in, as PARC reads it)
    return before >= 0 and naming_participle(doc[before]) and body_noun(doc[before].head)


def _names_a_programme(tokens: Sequence[Token]) -> bool:
    """Title-case words in quotation marks where someone spoke or was heard ("said on Channel 9’s
    “Harbour Mornings”", "told “Good Evening Wexmoor”", "in an interview with “The Week Ahead”"):
    a programme's name, no one's words."""
    if not _title_cased(tokens, most=6):
        return False
    doc = tokens[0].doc
    before = _word_before(tokens)
    if before < 1:
        return False
    word = doc[before]
    if word.lower_ in TELLING_FORMS:
        return True  # "told “Harbour Mornings”"
    if word.tag_ == "POS":  # "on Channel 9’s “Harbour Mornings”", "on the network’s “…”": before its owner
        first = doc[before - 1].left_edge.i
        word = doc[first - 1] if first > 0 else word
    if word.lower_ not in APPEARING_PREPOSITIONS or word.i < 1:
        return False
    prior = doc[word.i - 1]  # "said on …", "speaking to …", "an interview with …"
    return speech_verb(prior) is not None or prior.lemma_.lower() in SAID_IN_NOUNS


def _second_half(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """The quotation goes on a sentence the one before broke off at a comma for its frame ("“We
    are sorry,” Roe said, “but we will appeal.”"): the rest of the same direct quotation."""
    if first.paragraph != second.paragraph or first.close_at is None:
        return False
    between = text[first.close_at + 1 : second.open_at]
    if len(between) > 120 or not between.rstrip().endswith(","):
        return False
    if len(list(sentences(text, first.close_at + 1, second.open_at))) > 1:
        return False  # a sentence ends between them (not "Mr." or "Dr." before the name)
    return first.text(text).rstrip().endswith(",")


WITHIN_REPORTED = 0.9  # a quotation inside reported content: the content's confidence, a little less


# Sentence rules that find a cue by where it stands next to the quotation, not by the parse.
_POSITIONAL = frozenset({"frame-after", "frame-before", "colon-frame", "sentence-cue"})


def _within_reported(
    span: QuoteSpan, reported: Sequence[ReportedContent], rules: frozenset[str] | None = None
) -> Attribution | None:
    """The attribution of the narrowest reported content that holds the quotation, if any (of one
    of ``rules``, when given)."""
    # A share of people ("Seventy percent said …") speaks for a reported content, as written, but
    # is no quotation's speaker: a number names no one (see quotes.speakers).
    holders = [
        r
        for r in reported
        if r.start <= span.start
        and span.end <= r.end
        and not r.attribution.as_written
        and not r.negated
        and r.attribution.rule not in WORDLESS_RULES
        and (rules is None or r.attribution.rule in rules)
    ]
    if not holders:
        return None
    best = min(holders, key=lambda r: (r.end - r.start, r.start))
    att = best.attribution
    confidence = round(att.confidence * WITHIN_REPORTED, 3)
    return Attribution("direct", att.mention, att.cue, confidence, "within-reported")


def _link_label(text: str, line: Paragraph) -> bool:
    """The line opens with the label of a list of links: "Related:", "Read more:", "More coverage:"."""
    label = _LABEL.match(text, line.start, line.end)
    return label is not None and ZONE_HEADINGS.match(label.group(0).strip().rstrip(":")) is not None


def _line_of(text: str, para: Paragraph, at: int) -> Paragraph:
    """The line of ``para`` that holds offset ``at``: a list of links may be one paragraph."""
    start = max(para.start, text.rfind("\n", para.start, at) + 1)
    end = text.find("\n", at, para.end)
    return Paragraph(start, para.end if end < 0 else end, para.index)


def _headline_line(text: str, para: Paragraph, spans: Sequence[QuoteSpan]) -> bool:
    """A paragraph that reads like a headline or a link line: outside its quotations (``spans``,
    those that open in it), only a short label ("Related:") or words in title case."""
    outside = text[para.start : para.end]
    for s in spans:
        if para.start <= s.start < para.end:
            lo, hi = max(s.start, para.start) - para.start, min(s.end, para.end) - para.start
            outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
    label = _LABEL.match(outside)  # "Related:", "More coverage:", "Read more:"
    words = [w for w in _WORD.findall(outside[label.end() if label else 0 :]) if len(w) > 3]
    return len(words) <= 2 or all(w[:1].isupper() for w in words)


__all__ = ["Attributed", "Attribution", "attribute_quotes"]
