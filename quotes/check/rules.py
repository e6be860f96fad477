"""Apply the check rules to one draft's quotations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.check.bank import QuoteBank, SourceQuote
from quotes.check.findings import Finding
from quotes.compare.group import MIN_WORDS, same_speaker
from quotes.compare.relations import Comparison, compare_versions, render_diff
from quotes.marks.scan import MarkIssue
from quotes.records import Quote
from quotes.words import words

if TYPE_CHECKING:  # the pipeline (and spaCy) is imported only when a draft is parsed
    from quotes.pipeline import ArticleQuotes

Locate = Callable[[int, str | None], tuple[int, int]]
_GOOD = frozenset({"verbatim", "fragment", "elided", "extended"})


@dataclass(frozen=True, slots=True)
class Match:
    """The source words a draft quotation matches best, and how it compares with them."""

    source: SourceQuote
    comparison: Comparison
    coverage: float  # share of the draft quotation's words found in the source


def short(text: str, width: int = 60) -> str:
    """A quotation shortened for a one-line message, in curly marks."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= width else text[: width - 1] + '…'}”"


def best_match(bank: QuoteBank, quote: Quote) -> Match | None:
    """The source quotation that the draft quotation's words match best, if any matches."""
    mine = words(quote.quote)
    if not mine.norm:
        return None
    best: Match | None = None
    for src in bank.candidates(quote.quote):
        theirs = words(src.text)
        cmp_ = compare_versions(theirs, mine)
        matched = sum(1 for op in cmp_.diff if op["op"] == "equal" for _ in op["text"].split())
        coverage = matched / len(mine.shown) if mine.shown else 0.0
        if not _matches(mine.norm, theirs.norm, coverage):
            continue
        rank = (coverage, cmp_.relation in _GOOD, _speaker_agrees(quote, src))
        if best is None or rank > (
            best.coverage,
            best.comparison.relation in _GOOD,
            _speaker_agrees(quote, best.source),
        ):
            best = Match(src, cmp_, coverage)
    return best


def _matches(mine: tuple[str, ...], theirs: tuple[str, ...], coverage: float) -> bool:
    """The draft's words are the source's words: most of them, or all of a short quotation."""
    if len(mine) < MIN_WORDS:
        joined = " ".join(mine)
        return f" {joined} " in f" {' '.join(theirs)} "
    return coverage >= 0.5


def _speaker_agrees(quote: Quote, src: SourceQuote) -> bool:
    return not quote.speaker or not src.speaker or same_speaker(quote.speaker, src.speaker)


def mark_findings(path: str, issues: list[MarkIssue], locate: Locate) -> Iterator[Finding]:
    """Q001 for the quotation marks that do not pair: one a nest of quotations, at its first problem.

    Marks left unpaired inside one nest (quotations within quotations) are one problem to fix, not a
    cascade of findings: the finding counts the others.
    """
    runs: dict[tuple[str, int], list[MarkIssue]] = {}
    for issue in sorted(issues, key=lambda i: i.offset):
        key = ("run", issue.run) if issue.run is not None else ("mark", issue.offset)
        runs.setdefault(key, []).append(issue)
    for group in sorted(runs.values(), key=lambda g: g[0].offset):
        issue = group[0]
        line, col = locate(issue.offset, None)
        if issue.problem == "unclosed":
            message = f"opening quotation mark {issue.mark} is never closed in its paragraph"
        else:
            message = f"closing quotation mark {issue.mark} has no opening mark"
        if len(group) > 1:
            more = len(group) - 1
            message += f" ({more} more unpaired mark{'s' if more > 1 else ''} in the same quotation)"
        yield Finding(path, line, col, "Q001", message, start=issue.offset, end=issue.offset + 1)


def quote_findings(
    path: str, result: ArticleQuotes, bank: QuoteBank | None, locate: Locate
) -> Iterator[Finding]:
    """Q002 to Q006 for the draft's quotations (not for an unbalanced one: Q001 says it all)."""
    text = result.article.text
    unclosed = [i.offset for i in result.issues if i.problem == "unclosed"]
    for q in result.quotes:
        if q.kind == "scare" or any(o < q.start and not text[o + 1 : q.start].strip() for o in unclosed):
            continue
        line, col = locate(q.start, q.quote)

        def finding(
            rule: str, message: str, q: Quote = q, line: int = line, col: int = col, **extra: object
        ) -> Finding:
            return Finding(path, line, col, rule, message, quote=q.quote, start=q.start, end=q.end, **extra)  # type: ignore[arg-type]

        if q.kind == "direct" and not q.speaker:
            yield finding("Q002", f"{short(q.quote)} has no attributable speaker")
        if bank is None or not q.speaker:
            continue
        match = best_match(bank, q)
        if match is None:
            yield finding("Q003", f"{short(q.quote)} ({q.speaker}) appears in no source")
            continue
        src, cmp_ = match.source, match.comparison
        where = f"{src.article}" + (
            f" ({src.outlet}, {src.published})" if src.outlet or src.published else ""
        )
        if src.speaker and not same_speaker(q.speaker, src.speaker) and match.coverage >= 0.8:
            yield finding(
                "Q006",
                f"{short(q.quote)} is attributed to {q.speaker}, but the source gives these words to "
                f"{src.speaker}: {where}",
                source=src.describe(),
            )
            continue
        if cmp_.relation == "altered":
            yield finding(
                "Q004",
                f"{short(q.quote)} changes the meaning of the source ({', '.join(cmp_.reasons)}): {where}",
                detail=render_diff(cmp_.diff),
                source=src.describe(),
                diff=cmp_.diff,
            )
        elif cmp_.relation == "variant":
            what = "leaves words out without an ellipsis" if cmp_.omission else "changes words of the source"
            yield finding(
                "Q005",
                f"{short(q.quote)} {what}: {where}",
                detail=render_diff(cmp_.diff),
                source=src.describe(),
                diff=cmp_.diff,
            )
