"""From articles to quotation records: layout → quotation marks → parse → attribution → records.

``extract`` handles one text; ``extract_many`` streams any number of articles through spaCy's
``nlp.pipe`` in batches (or through several worker processes), yielding each article's records as
soon as it is done, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotes.attribute.attribute import attribute_quotes
from quotes.layout.furniture import Layout, classify
from quotes.layout.paragraphs import Paragraph, split_paragraphs
from quotes.marks.scan import MarkIssue, QuoteSpan, find_quotations
from quotes.nlp.doc import make_doc
from quotes.nlp.model import load_model
from quotes.records import Article, Quote


@dataclass(slots=True)
class ArticleQuotes:
    """One article's results: its quotation records and its unpaired quotation marks."""

    article: Article
    quotes: list[Quote]
    issues: list[MarkIssue] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass(slots=True)
class _Prepared:
    article: Article
    layout: Layout
    kept: list[Paragraph]
    spans: list[QuoteSpan]
    issues: list[MarkIssue]


def prepare(article: Article) -> _Prepared:
    """Everything before parsing: paragraphs, page furniture, quotation marks."""
    paragraphs = split_paragraphs(article.text)
    layout = classify(article.text, paragraphs, article.title)
    kept_roles = [(p, r) for p, r in zip(layout.paragraphs, layout.roles, strict=True) if r != "furniture"]
    kept = [Paragraph(p.start, p.end, n) for n, (p, _) in enumerate(kept_roles)]
    spans, issues = find_quotations(article.text, kept, article.nonprose)
    return _Prepared(article, layout, kept, spans, issues)


CONTEXT_PARAGRAPHS = 1  # paragraphs parsed before each paragraph with a quotation


def parse_plan(prep: _Prepared) -> list[Paragraph]:
    """The paragraphs the rules need parsed: those with quotations and the ones just before them.

    The rest of the article is never parsed: speaker names there are found by ``quotes.speakers.names``.
    """
    wanted: set[int] = set()
    for span in prep.spans:
        for n in range(span.paragraph - CONTEXT_PARAGRAPHS, max(span.last_paragraph, span.paragraph) + 1):
            if n >= 0:
                wanted.add(n)
    return [p for p in prep.kept if p.index in wanted]


def finish(prep: _Prepared, doc: Doc | None) -> ArticleQuotes:
    """Attribute the quotations of a prepared article, given its parse."""
    art = prep.article
    if not prep.spans or doc is None:
        return ArticleQuotes(art, [], prep.issues, prep.kept)
    kept_roles = [r for r in prep.layout.roles if r != "furniture"]
    attributions = attribute_quotes(doc, art.text, prep.spans, prep.kept, kept_roles)
    records = []
    for span, att in zip(prep.spans, attributions, strict=True):
        records.append(
            Quote(
                article=art.id,
                outlet=art.outlet,
                published=art.published,
                quote=span.text(art.text),
                start=span.start,
                end=span.end,
                kind=att.kind,
                speaker=att.speaker if att.kind != "scare" else None,
                speaker_mention=att.mention if att.kind != "scare" else None,
                speaker_start=att.mention_start if att.kind != "scare" else None,
                speaker_end=att.mention_end if att.kind != "scare" else None,
                cue=att.cue if att.kind != "scare" else None,
                confidence=att.confidence if att.speaker else 0.0,
                rule=att.rule if att.kind != "scare" else None,
            )
        )
    return ArticleQuotes(art, records, prep.issues, prep.kept)


def _docs(
    nlp: Language, preps: Iterable[_Prepared], batch_size: int
) -> Iterator[tuple[Doc | None, _Prepared]]:
    """Parse the prepared articles that have quotations, in batches; pass the others through."""

    def inputs() -> Iterator[tuple[Doc, _Prepared]]:
        for prep in preps:
            keep = parse_plan(prep) if prep.spans else []
            yield make_doc(nlp, prep.article.text, keep, prep.article.nonprose), prep

    yield from nlp.pipe(inputs(), as_tuples=True, batch_size=batch_size)


def extract_many(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 32,
    workers: int = 1,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> Iterator[ArticleQuotes]:
    """Stream articles through the pipeline and yield each article's quotations as it is done.

    ``workers`` > 1 runs whole articles in that many processes (each loads the model once); the
    order of the input is kept.
    """
    if workers > 1:
        yield from _extract_parallel(articles, model=model, batch_size=batch_size, workers=workers)
        return
    nlp = nlp or load_model(model)
    for doc, prep in _docs(nlp, (prepare(a) for a in articles), batch_size):
        try:
            yield finish(prep, doc)
        except Exception as exc:  # one bad article must not lose the others
            if on_error is None:
                raise
            on_error(prep.article, exc)


def extract(
    text: str, *, nlp: Language | None = None, model: str | None = None, **metadata: Any
) -> list[Quote]:
    """The quotations in one text, attributed. ``metadata``: id, outlet, published, title, url, format."""
    article = Article(
        id=metadata.pop("id", "<text>"),
        text=text,
        outlet=metadata.pop("outlet", None),
        published=metadata.pop("published", None),
        title=metadata.pop("title", None),
        url=metadata.pop("url", None),
        format=metadata.pop("format", "text"),
    )
    if metadata:
        raise TypeError(f"unknown metadata: {', '.join(sorted(metadata))}")
    (result,) = extract_many([article], nlp=nlp, model=model)
    return result.quotes


# -- several processes ---------------------------------------------------------------------------
_worker_nlp: Language | None = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    _worker_nlp = load_model(model)


def _work(chunk: list[Article]) -> list[ArticleQuotes]:
    assert _worker_nlp is not None
    return list(extract_many(chunk, nlp=_worker_nlp))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in articles:
        chunk.append(a)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_parallel(
    articles: Iterable[Article], *, model: str | None, batch_size: int, workers: int
) -> Iterator[ArticleQuotes]:
    ctx = multiprocessing.get_context(
        "spawn" if multiprocessing.get_start_method(allow_none=True) == "spawn" else "fork"
    )
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        for results in pool.imap(_work, _chunks(articles, batch_size)):
            yield from results
