"""quotes: find every quotation in news text, say who said it, compare how outlets quote it.

The flow, one package a step: ``read`` articles → ``layout`` (paragraphs, page furniture) →
``marks`` (quotation marks) → ``nlp`` (parse) → ``attribute`` (cues and speakers) → ``speakers``
(who a mention is) → records (``pipeline``) → ``compare`` / ``check`` → ``write``.

Library use::

    import quotes
    for q in quotes.extract('"We will rebuild," the mayor said.'):
        print(q.speaker, q.quote)
    statements = quotes.compare(records)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from quotes.check import check
    from quotes.compare import compare, summarize
    from quotes.pipeline import ArticleQuotes, extract, extract_many
    from quotes.records import Article, Quote, Statement, Version

__all__ = [
    "Article",
    "ArticleQuotes",
    "Quote",
    "Statement",
    "Version",
    "__version__",
    "check",
    "compare",
    "extract",
    "extract_many",
    "summarize",
]

_LAZY = {
    "extract": ("quotes.pipeline", "extract"),
    "extract_many": ("quotes.pipeline", "extract_many"),
    "ArticleQuotes": ("quotes.pipeline", "ArticleQuotes"),
    "Article": ("quotes.records", "Article"),
    "Quote": ("quotes.records", "Quote"),
    "Statement": ("quotes.records", "Statement"),
    "Version": ("quotes.records", "Version"),
    "compare": ("quotes.compare", "compare"),
    "summarize": ("quotes.compare", "summarize"),
    "check": ("quotes.check", "check"),
}


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so ``import quotes`` stays fast."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
