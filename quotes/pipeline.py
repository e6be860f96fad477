"""From articles to quotation records: layout → quotation marks → parse → attribution → records.

``extract`` handles one text; ``extract_many`` streams any number of articles through spaCy's
``nlp.pipe`` in batches (or through several worker processes), yielding each article's records as
soon as it is done, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotes.attribute.attribute import attribute_quotes
from quotes.attribute.attribution import Attribution
from quotes.attribute.reported import ReportedContent, headline_frame, headlines_in_sentence_case, may_report
from quotes.errors import InputError
from quotes.layout.furniture import (
    Layout,
    RepeatedParagraphWarning,
    Role,
    classify,
    describe_repeats,
    headline_flags,
)
from quotes.layout.paragraphs import Paragraph, is_label_line, split_paragraphs
from quotes.layout.sentences import sentences
from quotes.lexicons.grammar import UPPER
from quotes.lexicons.people import NATIONALITY_NOUNS
from quotes.marks.scan import MarkIssue, QuoteSpan, find_quotations, nicknames, parser_text
from quotes.marks.turns import find_turns, turn_label
from quotes.nlp.doc import join_docs, make_docs
from quotes.nlp.entities import ENTITY_RECOGNISER, deferred, recognise, trim_entities
from quotes.nlp.mentions import Mention
from quotes.nlp.model import load_model
from quotes.nlp.repairs import repair_parse
from quotes.read.metadata import clock_time_length, colon_dateline_length, dateline_length
from quotes.records import DEFAULT_KINDS, Article, Quote, check_kinds
from quotes.speakers.resolve import Speaker, as_written, speaker_resolver

ErrorHandler = Callable[[Article, Exception], None]


@dataclass(slots=True)
class ArticleQuotes:
    """One article's results: its quotation records and its unpaired quotation marks."""

    article: Article
    quotes: list[Quote]
    issues: list[MarkIssue] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the user should know: paragraphs dropped as copies


@dataclass(slots=True)
class _Prepared:
    article: Article
    layout: Layout
    kept: list[Paragraph]
    spans: list[QuoteSpan]
    issues: list[MarkIssue]
    notes: list[str]
    kinds: frozenset[str] = DEFAULT_KINDS
    memo: dict[str, Any] = field(default_factory=dict)  # the parse plan's pieces, worked out once
    nicknames: list[tuple[int, int]] = field(default_factory=list)  # 'Jo "Bud" Roe': hidden from the parser

    @property
    def reported(self) -> bool:
        """Whether reported speech is wanted: then every paragraph that may hold some is parsed."""
        return "reported" in self.kinds


def prepare(article: Article, kinds: Iterable[str] | str = DEFAULT_KINDS) -> _Prepared:
    """Everything before parsing: paragraphs, page furniture, quotation marks, transcript turns.

    ``kinds`` are the record kinds wanted (``quotes.records.KINDS``, or "all").
    """
    paragraphs = split_paragraphs(article.text)
    layout = classify(article.text, paragraphs, article.title, warn=False)
    repeats = describe_repeats(article.text, layout)
    kept_roles = [(p, r) for p, r in zip(layout.paragraphs, layout.roles, strict=True) if r != "furniture"]
    kept = [Paragraph(p.start, p.end, n) for n, (p, _) in enumerate(kept_roles)]
    spans, issues = find_quotations(article.text, kept, article.nonprose)
    named = nicknames(article.text, spans)  # no one's words: a part of a name
    spans = [s for s in spans if s not in named]
    turns = find_turns(article.text, kept, spans)
    if turns:
        spans = sorted(spans + turns, key=lambda s: s.start)
    notes = [repeats] if repeats else []
    hidden = [(s.open_at, s.close_at + 1) for s in named if s.close_at is not None]
    return _Prepared(article, layout, kept, spans, issues, notes, check_kinds(kinds), nicknames=hidden)


CONTEXT_PARAGRAPHS = 2  # paragraphs parsed before each paragraph with a quotation (pronouns look back)


def parse_plan(prep: _Prepared) -> list[Paragraph]:
    """The paragraphs the rules need parsed: those with quotations and the ones just before them.

    The rest of the article is never parsed: speaker names there are found by ``quotes.speakers.names``.
    A short dash line after a quotation ("— Jo Roe, 34, of Millbrook") is parsed too: it names the
    speaker of a vox pop. When reported speech is wanted, so is every paragraph with a word that may
    report it ("said", "believes", "according to"), with the one before it when it has a pronoun; of
    those, only the sentences with such a word are parsed (``_unreported``).
    """
    content, context = _reported_paragraphs(prep)
    wanted = _quotation_paragraphs(prep) | content | context
    return [p for p in prep.kept if p.index in wanted]


def _reported_paragraphs(prep: _Prepared) -> tuple[set[int], set[int]]:
    """The paragraphs that may hold reported speech, and those before them that a pronoun there
    may need ("She said …": the paragraph before names her)."""
    if "reported" not in prep.memo:
        prep.memo["reported"] = _find_reported_paragraphs(prep)
    return prep.memo["reported"]


def _find_reported_paragraphs(prep: _Prepared) -> tuple[set[int], set[int]]:
    content: set[int] = set()
    context: set[int] = set()
    if not prep.reported:
        return content, context
    text = prep.article.text
    headline = _headlines(prep)
    for p in prep.kept:  # the headline too: "Minister says rail plan will be delayed" reports speech
        words = text[p.start : p.end]
        if may_report(words) or (headline[p.index] and headline_frame(words)):
            content.add(p.index)
            if p.index and any(
                _pronoun_first(text[s:e]) and may_report(text[s:e])
                for s, e in sentences(text, p.start, p.end)
            ):
                context.add(p.index - 1)
    return content, context


# A pronoun, or a phrase that refers back as one: "the Kenyan", "the 43-year-old".
_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Hh]im|[Tt]hem"
    r"|[Tt]he \d{1,3}-year-old"
    rf"|[Tt]he (?:{'|'.join(sorted(w.capitalize() for w in NATIONALITY_NOUNS))}))\b"
)
_CAPITALISED = re.compile(rf"\b{UPPER}")
_FIRST_WORD = re.compile(r"\W*\w+")


def _pronoun_first(sentence: str) -> bool:
    """Whether a pronoun comes before any name in a sentence ("He said …", "The mayor said he …"):
    then its person is named before the sentence. After a name ("Roe said he …") it is that name's.
    The first word is skipped: capitalised anyway, it may be a name or not."""
    first = _PRONOUN.search(sentence)
    if first is None:
        return False
    opening = _FIRST_WORD.match(sentence)
    after_first = opening.end() if opening else 0
    if first.start() < after_first:
        return True  # "He said …", "Their plan, she said, …"
    name = _CAPITALISED.search(sentence, after_first)
    return name is None or first.start() < name.start()


def _unreported(prep: _Prepared) -> list[tuple[int, int]]:
    """The sentences left unparsed in paragraphs parsed for reported speech alone: those with no
    word that can report speech (a light split at full stops is enough: every rule works within
    one sentence), unless a pronoun in the next one may need the name it gives."""
    text = prep.article.text
    out: list[tuple[int, int]] = []
    for p in _reported_only(prep):
        spans = list(sentences(text, p.start, p.end))
        wanted = [may_report(text[s:e]) for s, e in spans]
        for k in range(len(spans) - 1):
            s, e = spans[k + 1]
            if wanted[k + 1] and _pronoun_first(text[s:e]):
                wanted[k] = True  # "Roe grew up here. She said …": the sentence that names her
        out.extend(span for span, keep in zip(spans, wanted, strict=True) if not keep)
    return out


CONTEXT_SENTENCES = 2  # of a paragraph parsed only for the name a pronoun after it needs


def _far_context(prep: _Prepared) -> list[tuple[int, int]]:
    """The sentences left unparsed in a paragraph parsed only for the name a pronoun in the next
    one needs ("Roe grew up here. … She said …"): all but its last few, nearest the pronoun."""
    content, context = _reported_paragraphs(prep)
    only = context - content - _quotation_paragraphs(prep)
    text = prep.article.text
    out: list[tuple[int, int]] = []
    for p in prep.kept:
        if p.index in only:
            out.extend(list(sentences(text, p.start, p.end))[:-CONTEXT_SENTENCES])
    return out


def _reported_only(prep: _Prepared) -> list[Paragraph]:
    """The paragraphs parsed for their reported speech alone: no quotation needs them, nor a
    pronoun after them, and they are no headline. Their names need no entity recogniser."""
    content, context = _reported_paragraphs(prep)
    alone = content - context - _quotation_paragraphs(prep)
    text = prep.article.text
    headline = _headlines(prep)
    return [
        p
        for p in prep.kept
        if p.index in alone and not (headline[p.index] and headline_frame(text[p.start : p.end]))
    ]


def _quotation_paragraphs(prep: _Prepared) -> set[int]:
    """The indices of the paragraphs quotations need parsed (see ``parse_plan``)."""
    if "quotations" not in prep.memo:
        prep.memo["quotations"] = _find_quotation_paragraphs(prep)
    return prep.memo["quotations"]


def _find_quotation_paragraphs(prep: _Prepared) -> set[int]:
    wanted: set[int] = set()
    text = prep.article.text
    for span in prep.spans:
        last = max(span.last_paragraph, span.paragraph)
        for n in range(span.paragraph - CONTEXT_PARAGRAPHS, last + 1):
            if n >= 0:
                wanted.add(n)
        # A short line after the quotation that names its speaker: "— Jo Roe, 34, of Millbrook".
        if last + 1 < len(prep.kept) and is_label_line(text, prep.kept[last + 1]):
            wanted.add(last + 1)
    return wanted


def finish(prep: _Prepared, doc: Doc | None) -> ArticleQuotes:
    """Attribute the quotations of a prepared article, given its parse."""
    art = prep.article
    if doc is None or not (prep.spans or (prep.reported and len(doc))):
        return ArticleQuotes(art, [], prep.issues, prep.kept, prep.notes)
    kept_roles = _kept_roles(prep)
    trim_entities(doc)
    repair_parse(doc)
    attributed = attribute_quotes(doc, art.text, prep.spans, prep.kept, kept_roles, prep.reported)
    headline = _headlines(prep)
    above = [p for p, h in zip(prep.kept, headline, strict=True) if h]
    resolve = speaker_resolver(doc, art.text, prep.kept, attributed, above)
    speakers = [_speaker_of(a, resolve) for a in attributed.attributions]
    reported = attributed.reported if prep.reported else []
    records = []
    for span, att, who in zip(prep.spans, attributed.attributions, speakers, strict=True):
        if att.title or headline[span.paragraph]:
            continue  # a work's title, or words in the headline: the body carries the quotation
        said = who is not None and att.mention is not None and att.kind != "scare"
        mention = att.mention if said else None
        records.append(
            Quote(
                article=art.id,
                outlet=art.outlet,
                published=art.published,
                quote=span.text(art.text),
                start=span.start,
                end=span.end,
                kind=att.kind if said or att.kind == "direct" else "scare",  # a fragment no one said
                speaker=who.name if said and who is not None else None,
                speaker_mention=_as_written(art.text, mention) if mention is not None else None,
                speaker_start=mention.span.start_char if mention is not None else None,
                speaker_end=mention.span.end_char if mention is not None else None,
                cue=att.cue if said else None,
                confidence=round(att.confidence * who.trust, 3) if said and who is not None else 0.0,
                rule=att.rule if said else None,
                speaker_type=who.type if said and who is not None else None,
                parts=list(span.parts),
            )
        )
    records.extend(_reported_records(art, reported, resolve))
    _link_partials(records)
    records = [r for r in records if r.kind in prep.kinds]
    records.sort(key=lambda r: (r.start, r.end))
    return ArticleQuotes(art, records, prep.issues, prep.kept, prep.notes)


def _kept_roles(prep: _Prepared) -> list[Role]:
    return [r for r in prep.layout.roles if r != "furniture"]


def _headlines(prep: _Prepared) -> list[bool]:
    """Per kept paragraph: the headline above an article's body. Quotations there are the body's
    words again, or a title's."""
    return headline_flags(_kept_roles(prep))


def _speaker_of(att: Attribution, resolve: Callable[[Mention], Speaker | None]) -> Speaker | None:
    """The speaker an attribution's mention names: resolved, or as written for a share of people
    ("About four in ten said …"), which names no one else."""
    if att.mention is None:
        return None
    if att.as_written:  # a share of people ("about four in ten") or a text ("a council timeline")
        return as_written(att.mention)
    return resolve(att.mention)


def _reported_records(
    art: Article, reported: Iterable[ReportedContent], resolve: Callable[[Mention], Speaker | None]
) -> Iterator[Quote]:
    """One record of kind ``reported`` for each reported content whose speaker resolves."""
    for content in reported:
        att = content.attribution
        mention = att.mention
        if mention is None:
            continue
        who = _speaker_of(att, resolve)
        if who is None:
            continue
        yield Quote(
            article=art.id,
            outlet=art.outlet,
            published=art.published,
            quote=" ".join(" ".join(art.text[s:e].split()) for s, e in content.parts),
            start=content.start,
            end=content.end,
            kind="reported",
            speaker=who.name,
            speaker_mention=_as_written(art.text, mention),
            speaker_start=mention.span.start_char,
            speaker_end=mention.span.end_char,
            cue=att.cue,
            confidence=round(att.confidence * who.trust, 3),
            rule=att.rule,
            cue_class=content.cue_class,
            speaker_type=who.type,
            parts=list(content.parts),
        )


def _as_written(text: str, mention: Mention) -> str:
    """A speaker's mention as the article writes it, with what the parser was not shown ('Gov. Jo
    "Bud" Roe', whose nickname the parser read as blank)."""
    return text[mention.span.start_char : mention.span.end_char]


def _link_partials(records: list[Quote]) -> None:
    """Point each partial quotation at the reported clause that holds it ("said the plan was “a
    disaster” for farmers"): ``within`` is that clause's ``[start, end]``, the narrowest one; the
    same speaker's clause gives the partial its cue too (the words are part of what it reports)."""
    clauses = sorted(
        ((r.end - r.start, r.start, r.end, r) for r in records if r.kind == "reported"), key=lambda c: c[:3]
    )
    for r in records:
        if r.kind != "partial":
            continue
        holder = next((c for _, s, e, c in clauses if s <= r.start and r.end <= e), None)
        if holder is not None:
            r.within = [holder.start, holder.end]
            if holder.speaker == r.speaker and holder.cue:
                # "dismissed the plan as “too little”, arguing …": the words are what she dismissed it as
                r.cue = holder.cue


def _guarded(
    articles: Iterable[Article], on_error: ErrorHandler | None, kinds: frozenset[str] = DEFAULT_KINDS
) -> Iterator[_Prepared]:
    """``prepare`` each article; one that fails goes to ``on_error`` (or raises when there is none)."""
    for article in articles:
        try:
            prep = prepare(article, kinds)
        except Exception as exc:  # one bad article must not lose the others
            if on_error is None:
                raise
            on_error(article, exc)
            continue
        yield prep


def _docs_for(nlp: Language, prep: _Prepared) -> list[Doc]:
    """The Docs to parse for a prepared article: pieces of the paragraphs the rules need, or none."""
    plan = parse_plan(prep)
    if not plan:  # nothing to attribute, nothing to parse
        return [nlp.make_doc("")]
    text = prep.article.text
    if len(text) > nlp.max_length:
        raise ValueError(
            f"text too long to parse ({len(text):,} characters; the limit is {nlp.max_length:,})"
        )
    hidden = [*prep.article.nonprose, *_unreported(prep), *_far_context(prep), *_datelines(prep)]
    hidden += _clock_times(prep)
    hidden += prep.nicknames
    plain = [(p.start, p.end) for p in _reported_only(prep)]
    headlines = [(p.start, p.end) for p, flag in zip(prep.kept, _headlines(prep), strict=True) if flag]
    read = headlines_in_sentence_case(parser_text(text, prep.spans), headlines)
    return make_docs(nlp, read, plan, hidden, plain=plain)


def _datelines(prep: _Prepared) -> list[tuple[int, int]]:
    """The wire dateline opening the story ("HALLORBY — Jo Roe said …"), left out of the parse:
    the parser takes the place for the sentence's subject."""
    text = prep.article.text
    opening = prep.kept[:2]  # the story's first paragraph, after its headline if the text has one
    headline = _headlines(prep)
    transcript = _labelled_paragraphs(prep) > 1
    found = []
    for p in opening:
        line = text[p.start : p.end]
        colon = 0 if headline[p.index] or transcript else colon_dateline_length(line)
        n = dateline_length(line) or colon
        if n:
            found.append((p.start, p.start + n))
    return found


def _clock_times(prep: _Prepared) -> list[tuple[int, int]]:
    """The time stamps opening a live blog's paragraphs ("10:18 People familiar with …"), left out
    of the parse: the parser takes the time for the subject, or cuts the subject short."""
    text = prep.article.text
    found = []
    for p in prep.kept:
        n = clock_time_length(text[p.start : min(p.end, p.start + 40)])
        if n:
            found.append((p.start, p.start + n))
    return found


def _labelled_paragraphs(prep: _Prepared) -> int:
    """How many paragraphs open with a speaker's label ("ORTIZ: …", "Q: …", ``turn_label``): more
    than one is a transcript's turns, whose first is no dateline."""
    text = prep.article.text
    return sum(1 for p in prep.kept if turn_label(text, p.start, p.end) is not None)


def _docs(
    nlp: Language, preps: Iterable[_Prepared], batch_size: int, on_error: ErrorHandler | None = None
) -> Iterator[tuple[Doc | None, _Prepared]]:
    """Parse the prepared articles that have quotations, in batches; pass the others through.

    ``nlp.pipe`` pulls its input one batch at a time, so at most ``batch_size`` pieces are read
    ahead of the one being yielded. A long article is parsed in pieces that are joined again.
    """

    def inputs() -> Iterator[tuple[Doc, tuple[_Prepared, int]]]:
        for prep in preps:
            try:
                pieces = _docs_for(nlp, prep)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(prep.article, exc)
                continue
            for k, doc in enumerate(pieces):
                yield doc, (prep, len(pieces) - k - 1)

    parsed: list[Doc] = []
    later = [ENTITY_RECOGNISER] if deferred(nlp) else []  # entities last, and only where the rules use them
    for batch in _batches(inputs(), batch_size):
        done = list(nlp.pipe(batch, as_tuples=True, batch_size=len(batch), disable=later))
        if later:
            recognise(nlp, [doc for doc, _ in done])
        for doc, (prep, left) in done:
            parsed.append(doc)
            if left == 0:
                yield join_docs(parsed), prep
                parsed = []


BATCH_CHARS = 100_000  # at most this much text parsed at once: the parser's memory is bounded by it


def _text_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining the text again, token by token."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def _batches(items: Iterable[tuple[Doc, Any]], size: int) -> Iterator[list[tuple[Doc, Any]]]:
    """Groups of at most ``size`` Docs and about ``BATCH_CHARS`` characters of text, in order."""
    batch: list[tuple[Doc, Any]] = []
    chars = 0
    for item in items:
        n = _text_length(item[0])
        if batch and (len(batch) >= size or chars + n > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch


def extract_many(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 32,
    workers: int = 1,
    on_error: ErrorHandler | None = None,
    kinds: Iterable[str] = DEFAULT_KINDS,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[ArticleQuotes]:
    """Stream articles through the pipeline and yield each article's quotations as it is done.

    Lazy: articles are taken from ``articles`` one batch at a time, and nothing is kept once an
    article's result is yielded. ``on_error(article, exception)`` is called for an article that
    fails (and the run goes on); without it the exception propagates.

    ``kinds`` are the kinds of record wanted (``quotes.records.KINDS``; by default those of quotation
    marks: direct, partial, scare). ``workers`` > 1 runs whole articles in that many processes (each
    loads the model once); the order of the input is kept. ``engine="dask"`` runs them on a Dask
    cluster instead: the one at ``scheduler`` (``tcp://HOST:PORT``), or a local one of ``workers``
    processes (:mod:`quotes.scale.dask`).
    """
    kinds = check_kinds(kinds)
    if workers > 1 or engine != "local" or scheduler is not None:
        for result in _extract_parallel(
            articles, model=model, batch_size=batch_size, workers=workers, on_error=on_error,
            engine=engine, scheduler=scheduler, kinds=kinds,
        ):  # fmt: skip
            yield result  # the workers extract the run's kinds (``run_chunk``)
        return
    nlp = nlp or load_model(model)
    for doc, prep in _docs(nlp, _guarded(articles, on_error, kinds), batch_size, on_error):
        try:
            result = finish(prep, doc)
        except Exception as exc:  # one bad article must not lose the others
            if on_error is None:
                raise
            on_error(prep.article, exc)
            continue
        yield result


def results_from_records(records: Iterable[Quote]) -> Iterator[ArticleQuotes]:
    """Records of ``quotes extract`` grouped into one result per article, as extraction gives them."""
    by_article: dict[str, list[Quote]] = {}
    for q in records:
        by_article.setdefault(q.article, []).append(q)
    for key, quotes in by_article.items():
        first = quotes[0]
        text = "\n".join(r.quote for r in quotes)
        yield ArticleQuotes(
            Article(id=key, text=text, outlet=first.outlet, published=first.published), quotes
        )


def results_from_paths(
    paths: Iterable[str],
    read_articles: Callable[[list[str]], Iterable[Article]],
    *,
    on_error: Callable[[InputError], None],
    nlp: Language | None = None,
    model: str | None = None,
    workers: int = 1,
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> Iterator[ArticleQuotes]:
    """Per-article results of paths that mix articles and ``quotes extract`` records.

    Records (given, or found in folders) are read back, so a corpus is parsed once; the other paths
    are read with ``read_articles`` and extracted. A file or article that fails goes to ``on_error``.
    Only records of ``kinds`` are kept.
    """
    kinds = check_kinds(kinds)
    from quotes.read.records import iter_records, split_records

    record_files, article_paths = split_records(paths)
    for path in record_files:
        yield from results_from_records(q for q in iter_records(path, on_error) if q.kind in kinds)
    if not article_paths:
        return

    def failed(article: Article, exc: Exception) -> None:
        problem = " ".join(str(exc).split()) or type(exc).__name__
        on_error(InputError(article.id, f"could not attribute: {problem}"))

    yield from extract_many(
        read_articles(article_paths), nlp=nlp, model=model, workers=workers, on_error=failed, kinds=kinds
    )


def article_from_text(text: str, metadata: dict[str, Any]) -> Article:
    """The Article for a string, prepared as a file of that format would be (``format``: text,
    markdown or html); ``metadata`` (id, outlet, published, title, url) wins over what the text says."""
    from quotes.errors import InputError
    from quotes.read.article import build_article

    metadata = dict(metadata)
    fmt = metadata.pop("format", "text")
    if fmt not in {"text", "markdown", "html"}:
        raise ValueError(f"format must be text, markdown or html, not {fmt!r}")
    article_id = metadata.pop("id", "<text>")
    stated = {name: metadata.pop(name, None) for name in ("outlet", "published", "title", "url")}
    if metadata:
        raise TypeError(f"unknown metadata: {', '.join(sorted(metadata))}")
    try:
        return build_article(article_id, text, fmt, stated)
    except InputError:  # an HTML page with no article text
        return Article(id=article_id, text="", format=fmt, **stated)


def extract(
    text: str,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    kinds: Iterable[str] = DEFAULT_KINDS,
    **metadata: Any,
) -> list[Quote]:
    """The quotations in one text, attributed. ``metadata``: id, outlet, published, title, url, format.

    ``kinds``: the kinds of record wanted (direct, partial, reported, scare; by default those of
    quotation marks: direct, partial, scare). The metadata is copied into every record as given.
    ``format`` (text, markdown or html) says how to read the text, as for a file of that kind:
    markup and Markdown code are not searched, and for HTML the offsets refer to the page's main text.
    """
    article = article_from_text(text, dict(metadata))
    results = list(extract_many([article], nlp=nlp, model=model, kinds=kinds))
    for note in results[0].notes if results else ():
        warnings.warn(note, RepeatedParagraphWarning, stacklevel=2)  # a paragraph dropped as a copy
    return results[0].quotes if results else []


# -- several processes ---------------------------------------------------------------------------
# Each worker loads the model once (a forked one inherits it) and runs whole chunks of articles, cut
# by quotes.scale.guided_chunks: about the same length of text each, small at the start and the end,
# so every worker is busy at any corpus size; results come back in input order. At most two chunks
# per worker are in flight, so a large corpus is never read ahead whole. A Dask cluster runs the same
# chunks (quotes.scale.dask).
_worker_nlp: Language | None = None
_worker_error: Exception | None = None


@dataclass(slots=True)
class WorkerFailure:
    """An article that failed in a worker: sent back as text, since not every exception pickles."""

    article: Article
    message: str


class WorkerError(Exception):
    """An article's failure in a worker process, with the original exception's message."""


def delivered(
    items: Iterable[ArticleQuotes | WorkerFailure], on_error: ErrorHandler | None
) -> Iterator[ArticleQuotes]:
    """A worker's results, in order; a failure goes to ``on_error`` as a ``WorkerError``, as a local
    run reports it (raised when there is no handler)."""
    for item in items:
        if isinstance(item, WorkerFailure):
            if on_error is None:
                raise WorkerError(f"{item.article.id}: {item.message}")
            on_error(item.article, WorkerError(item.message))
        else:
            yield item


def _init_worker(model: str | None, blas_threads: int = 0) -> None:
    global _worker_nlp, _worker_error
    if blas_threads:
        from quotes.scale import limit_blas_threads

        limit_blas_threads(blas_threads)  # workers times BLAS threads: no more than the cores
    try:
        _worker_nlp = load_model(model)
    except Exception as exc:  # reported by _work, not logged by the pool as a traceback
        _worker_error = exc


def _work(chunk: list[Article], kinds: frozenset[str]) -> list[ArticleQuotes | WorkerFailure]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_nlp is not None
    return run_chunk(chunk, _worker_nlp, kinds)


def run_chunk(
    chunk: list[Article], nlp: Language, kinds: Iterable[str] = DEFAULT_KINDS
) -> list[ArticleQuotes | WorkerFailure]:
    """A worker's job: a chunk's results in order, an article that fails as a picklable ``WorkerFailure``.
    ``kinds`` are those of the run: what is parsed depends on them, so the records are a local run's."""
    out: list[ArticleQuotes | WorkerFailure] = []

    def failed(article: Article, exc: Exception) -> None:
        out.append(WorkerFailure(article, str(exc) or type(exc).__name__))

    for result in extract_many(chunk, nlp=nlp, on_error=failed, kinds=kinds):
        out.append(result)
    return out


def _extract_parallel(
    articles: Iterable[Article],
    *,
    model: str | None,
    batch_size: int,
    workers: int,
    on_error: ErrorHandler | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> Iterator[ArticleQuotes]:
    import gc
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from quotes.errors import QuotesError
    from quotes.scale import article_weight, dask_engine, guided_chunks

    if engine != "local" or scheduler is not None:
        dask = dask_engine(engine)
        yield from dask.extract_dask(
            articles,
            scheduler=scheduler,
            workers=workers,
            model=model,
            batch_size=batch_size,
            on_error=on_error,
            kinds=kinds,
        )
        return
    load_model(model)  # a bad --model fails here, once; forked workers inherit the loaded model
    ctx = multiprocessing.get_context(
        "spawn" if multiprocessing.get_start_method(allow_none=True) == "spawn" else "fork"
    )
    gc.freeze()  # the model's objects stay shared with forked workers: no collection copies their pages

    def collect(future: Future[list[ArticleQuotes | WorkerFailure]]) -> Iterator[ArticleQuotes]:
        try:
            items = future.result()
        except BrokenProcessPool:
            raise QuotesError("a worker process died; try again with --workers 1") from None
        yield from delivered(items, on_error)

    pending: deque[Future[list[ArticleQuotes | WorkerFailure]]] = deque()
    blas = max(1, (os.cpu_count() or 1) // workers)  # each worker's share of the cores for its BLAS
    init = (model, blas)
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=init) as pool:
        try:
            # Chunks of about the same length of text, small at the start and at the end.
            for chunk in guided_chunks(articles, batch_size, workers, weight=article_weight):
                pending.append(pool.submit(_work, chunk, kinds))
                if len(pending) >= 2 * workers:
                    yield from collect(pending.popleft())
            while pending:
                yield from collect(pending.popleft())
        finally:
            for future in pending:
                future.cancel()
            gc.unfreeze()
