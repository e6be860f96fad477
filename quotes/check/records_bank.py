"""Records from ``quotes extract`` as per-article results, to put in a quote bank."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quotes.pipeline import ArticleQuotes
from quotes.records import Article, Quote


def results_from_records(records: Iterable[Quote]) -> Iterator[ArticleQuotes]:
    """Records grouped into one result per article (records come article by article)."""
    by_article: dict[str, list[Quote]] = {}
    for q in records:
        by_article.setdefault(q.article, []).append(q)
    for key, quotes in by_article.items():
        first = quotes[0]
        text = "\n".join(r.quote for r in quotes)
        yield ArticleQuotes(
            Article(id=key, text=text, outlet=first.outlet, published=first.published), quotes
        )
