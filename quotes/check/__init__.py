"""Check drafts' quotations the way a linter checks code: ``quotes check``.

``check(drafts, bank=...)`` extracts and attributes each draft's quotations and reports, per draft,
the findings of rules Q001–Q006 (see ``findings.RULES``); ``source_bank(paths)`` builds the quote
bank the drafts are checked against. It never modifies a draft.

Importing this package is light: the pipeline (and spaCy) is imported when a draft or a source must
be parsed, so ``quotes index`` on an unchanged folder, or a check against a ``.db`` bank that finds
nothing to parse, never loads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotes.check.bank import BankError, QuoteBank, fill, open_bank
from quotes.check.findings import LEVELS, RULES, Finding
from quotes.check.locate import Locator
from quotes.check.rules import mark_findings, quote_findings
from quotes.errors import InputError
from quotes.records import QUOTATION_KINDS, Article, Quote

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "RULES",
    "BankError",
    "DraftReport",
    "Finding",
    "QuoteBank",
    "check",
    "fails",
    "open_bank",
    "source_bank",
]


@dataclass(slots=True)
class DraftReport:
    """One draft's findings, and the quotations found in it."""

    article: Article
    findings: list[Finding]
    quotes: list[Quote] = field(default_factory=list)


def check(
    drafts: Iterable[Article],
    *,
    bank: QuoteBank | None = None,
    ignore: Iterable[str] = (),
    nlp: Language | None = None,
    model: str | None = None,
    on_error: Callable[[Article, Exception], None] | None = None,
    workers: int = 1,
) -> Iterator[DraftReport]:
    """The findings of each draft, in order; ``bank`` holds the sources (Q003–Q006 need it).

    ``workers`` > 1 extracts the drafts in that many processes, as ``extract_many`` does."""
    from quotes.pipeline import extract_many

    off = set(ignore)
    for result in extract_many(
        drafts, nlp=nlp, model=model, on_error=on_error, kinds=QUOTATION_KINDS, workers=workers
    ):
        loc = Locator(result.article)
        path = result.article.id
        found = list(mark_findings(path, result.issues, loc.locate))
        found += quote_findings(path, result, bank, loc.locate)
        kept = [f for f in found if f.rule not in off and not loc.suppressed(f.line, f.rule)]
        kept.sort(key=lambda f: (f.line, f.column, f.rule))
        yield DraftReport(result.article, kept, result.quotes)


def fails(findings: Iterable[Finding], fail_level: str) -> bool:
    """True when a finding is at or above the fail level."""
    threshold = LEVELS[fail_level]
    return any(LEVELS[f.severity] >= threshold for f in findings)


def source_bank(
    paths: Iterable[str],
    *,
    articles: Callable[[list[str]], Iterable[Article]],
    nlp: Language | None = None,
    model: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    workers: int = 1,
) -> QuoteBank:
    """The bank of the sources: an existing ``.db`` bank, or one built in memory from the paths.

    ``paths`` may mix articles, transcripts, ``quotes extract`` records and ``.db`` banks;
    ``articles`` reads article paths (``quotes.read.iter_articles`` with the caller's options).
    """
    from quotes.pipeline import results_from_paths

    paths = list(paths)
    banks = [p for p in paths if p.lower().endswith(".db")]
    others = [p for p in paths if p not in banks]
    if len(banks) == 1 and not others:
        return open_bank(banks[0])
    bank = QuoteBank(":memory:")
    for db in banks:
        with open_bank(db) as other:
            bank.merge_from(other.path)
    # A source that cannot be read or attributed is reported and left out; the others still count.
    report = on_error or (lambda e: None)
    fill(
        bank,
        results_from_paths(
            others, articles, on_error=report, nlp=nlp, model=model, kinds=QUOTATION_KINDS, workers=workers
        ),
    )
    return bank
