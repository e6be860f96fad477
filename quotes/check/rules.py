"""Apply the check rules to one draft's quotations: one function per rule, run in a fixed order.

Order. ``Q001`` (marks that do not pair) runs over the whole draft first; then, for each quotation
in the order of the text, the rules of ``QUOTE_RULES`` in this order: ``Q002`` (no speaker), ``Q003``
(in no source), ``Q004`` (meaning altered), ``Q005`` (words changed or left out), ``Q006`` (another
speaker). A quotation whose opening mark is never closed is left to Q001, and scare quotes to none.

Independence. Each rule decides from the quotation and the sources alone, never from what another
rule found, so one finding never hides another: a misattributed quotation whose meaning is also
changed gets both Q006 and Q004. The sources a quotation is compared with are found once
(:func:`source_matches`) and ranked in a fixed order (the same statement first, then the share of
the draft's words found, a faithful relation, an agreeing speaker, and last the source's article and
offset), which every rule reads:

- Q003 fires when no source holds the quotation's words (most of them; all of a quotation shorter
  than four words, in order, an ellipsis or a word or two trimmed between them allowed) and none is
  the same statement (a misquoted fragment is Q004's, not Q003's).
- Q004 and Q005 read the best source quotation that is the same statement by its words (the tests
  ``quotes compare`` groups with, ``same_statement``): Q004 when it is ``altered``, Q005 when it is a
  ``variant``. A source that merely shares words with the draft is another statement and gives neither.
- Q006 fires when the quotation's words match a source quotation strongly (six words or more, 80 %
  of them: ``strong_match``, the test ``quotes compare`` joins other speakers' versions with) and no
  such source gives them to the draft's speaker, only when both speakers are resolved names of
  someone who speaks (not "he", "the minister", nor "the report").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.check.bank import QuoteBank, SourceQuote
from quotes.check.findings import Finding
from quotes.compare.group import MIN_WORDS, resolved_speaker, same_speaker, same_statement, strong_match
from quotes.compare.relations import Comparison, compare_versions, render_diff
from quotes.marks.scan import MarkIssue
from quotes.records import Quote
from quotes.words import ELLIPSIS, Words, words

if TYPE_CHECKING:  # the pipeline (and spaCy) is imported only when a draft is parsed
    from quotes.pipeline import ArticleQuotes

Locate = Callable[[int, str | None], tuple[int, int]]
_GOOD = frozenset({"verbatim", "fragment", "elided", "extended"})
Q006_MIN_COVERAGE = 0.8  # the share of the draft's words a source must hold to say who said them


@dataclass(frozen=True, slots=True)
class Match:
    """A source quotation whose words the draft quotation shares, and how the two compare."""

    source: SourceQuote
    comparison: Comparison
    coverage: float  # share of the draft quotation's words (ellipses aside) found in the source
    same: bool  # the same statement by its words, as ``quotes compare`` would group them
    strong: bool  # the same words beyond doubt, whoever said them (six words or more, 80 % of them)


def short(text: str, width: int = 60) -> str:
    """A quotation shortened for a one-line message, in curly marks."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= width else text[: width - 1] + '…'}”"


def source_matches(bank: QuoteBank, quote: Quote) -> list[Match]:
    """The source quotations whose words the draft quotation's words appear in, best first.

    Ranked by: the same statement, the share of the draft's words found, a faithful relation, a
    speaker who agrees; ties by the source's article, offset and id, so the order never varies.
    """
    mine = words(quote.quote)
    plain = [w for w in mine.norm if w not in ELLIPSIS]
    if not plain:
        return []
    found: list[Match] = []
    for src in _candidates(bank, quote.quote, plain):
        theirs = words(src.text)
        cmp_ = compare_versions(theirs, mine, src.text, quote.quote)
        matched = sum(
            1 for op in cmp_.diff if op["op"] == "equal" for w in op["text"].split() if w not in ELLIPSIS
        )
        coverage = min(1.0, matched / len(plain))
        same = same_statement(theirs, mine)
        if same or _matches(mine, theirs, coverage):
            found.append(Match(src, cmp_, coverage, same, same and strong_match(theirs, mine)))
    found.sort(key=lambda m: _rank(quote, m))
    return found


def _candidates(bank: QuoteBank, text: str, plain: list[str]) -> list[SourceQuote]:
    """The bank's candidates for the quotation; for a short one (which the bank searches as a phrase)
    also those of each stretch between its ellipses and of each of its words, so an elided, trimmed
    or misquoted short quotation finds its source.
    A long quotation is looked up by its 24 longest words, ties in alphabetical order."""
    content = sorted((t for t in words(text).content if _searchable(t)), key=_longest_first)
    if len(content) > _BANK_TERMS:
        # The bank looks up a long quotation's longest words: these, chosen here in a fixed order.
        text = " ".join(content[:_BANK_TERMS])
    found = {src.id: src for src in bank.candidates(text)}
    if len(plain) <= _PHRASE_WORDS:  # the bank looks a short quotation up as a phrase
        pieces = [p.strip() for p in text.replace("...", "…").split("…") if p.strip()]
        for query in dict.fromkeys([*pieces, *plain]):
            for src in bank.candidates(query):
                found.setdefault(src.id, src)
    return list(found.values())


_BANK_TERMS = 24  # the words of a quotation the bank's full-text search looks up
_PHRASE_WORDS = 6  # up to this many words, the bank searches the quotation as one phrase


def _longest_first(term: str) -> tuple[int, str]:
    """A search term's key: the longest first, ties in alphabetical order."""
    return (-len(term), term)


def _searchable(term: str) -> bool:
    """A term the bank's full-text search looks up."""
    return term.isalnum() or "'" in term or "-" in term


def _rank(quote: Quote, m: Match) -> tuple:
    """A source match's key, best first (see ``source_matches``)."""
    s = m.source
    return (
        not m.same,
        -m.coverage,
        m.comparison.relation not in _GOOD,
        not _speaker_agrees(quote, s),
        s.article,
        s.start if s.start is not None else -1,
        s.id,
    )


def best_match(bank: QuoteBank, quote: Quote) -> Match | None:
    """The source quotation that the draft quotation's words match best, if any matches."""
    matches = source_matches(bank, quote)
    return matches[0] if matches else None


def _matches(mine: Words, theirs: Words, coverage: float) -> bool:
    """The draft's words are the source's words: most of them, or all of a short quotation."""
    plain = [w for w in mine.norm if w not in ELLIPSIS]
    if len(plain) < MIN_WORDS:
        return _short_found(mine.norm, theirs.norm)
    return coverage >= 0.5


def _short_found(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """A short quotation's words are in the source: each stretch between ellipses word for word and
    in order, or (trimmed without a mark) all its words in order within a word or two of each other."""
    source = [w for w in theirs if w not in ELLIPSIS]
    pieces: list[list[str]] = [[]]
    for w in mine:
        if w in ELLIPSIS:
            pieces.append([])
        else:
            pieces[-1].append(w)
    pieces = [p for p in pieces if p]
    at = 0
    for piece in pieces:
        n = len(piece)
        hit = next((s for s in range(at, len(source) - n + 1) if source[s : s + n] == piece), None)
        if hit is None:
            break
        at = hit + len(piece)
    else:
        return bool(pieces)
    plain = [w for p in pieces for w in p]
    for s, w in enumerate(source):
        if w != plain[0]:
            continue
        pos, ok = s, True
        for want in plain[1:]:
            nxt = next((k for k in range(pos + 1, min(len(source), pos + 4)) if source[k] == want), None)
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


def _speaker_agrees(quote: Quote, src: SourceQuote) -> bool:
    """Whether the draft's speaker and the source's may be one (either unknown counts)."""
    return not quote.speaker or not src.speaker or same_speaker(quote.speaker, src.speaker)


def _where(src: SourceQuote) -> str:
    """Where a source quotation was printed: its article, then its outlet and date when known."""
    known = ", ".join(str(v) for v in (src.outlet, src.published) if v)
    return f"{src.article} ({known})" if known else str(src.article)


@dataclass
class Subject:
    """One quotation of a draft being checked, where it stands, and what the sources hold for it."""

    path: str
    quote: Quote
    line: int
    column: int
    bank: QuoteBank | None
    _matches: list[Match] | None = None

    @property
    def matches(self) -> list[Match]:
        """The source quotations sharing its words, best first (none without sources or a speaker)."""
        if self._matches is None:
            checked = self.bank is not None and bool(self.quote.speaker)
            self._matches = source_matches(self.bank, self.quote) if checked else []  # type: ignore[arg-type]
        return self._matches

    @property
    def statement(self) -> Match | None:
        """The best source quotation that is the same statement, if any."""
        return next((m for m in self.matches if m.same), None)

    def finding(self, rule: str, message: str, **extra: object) -> Finding:
        """A finding of ``rule`` on this quotation."""
        q = self.quote
        return Finding(
            self.path, self.line, self.column, rule, message, quote=q.quote, start=q.start, end=q.end, **extra  # type: ignore[arg-type]
        )


def q002_unattributed(s: Subject) -> Finding | None:
    """Q002: a direct quotation with no attributable speaker."""
    q = s.quote
    if q.kind == "direct" and not q.speaker:
        return s.finding("Q002", f"{short(q.quote)} has no attributable speaker")
    return None


def q003_not_in_sources(s: Subject) -> Finding | None:
    """Q003: with sources, an attributed quotation whose words no source holds."""
    if s.bank is None or not s.quote.speaker or s.matches:
        return None
    return s.finding("Q003", f"{short(s.quote.quote)} ({s.quote.speaker}) appears in no source")


def q004_altered(s: Subject) -> Finding | None:
    """Q004: the same statement as a source quotation, its meaning changed (``altered``)."""
    m = s.statement
    if m is None or m.comparison.relation != "altered":
        return None
    cmp_ = m.comparison
    what = "; ".join(cmp_.details) or ", ".join(cmp_.reasons)
    return s.finding(
        "Q004",
        f"{short(s.quote.quote)} changes the meaning of the source ({what}): {_where(m.source)}",
        detail=render_diff(cmp_.diff),
        source=m.source.describe(),
        diff=cmp_.diff,
        changes=[
            {"kind": c.kind, "label": c.label, "from": c.old, "to": c.new} for c in cmp_.changes
        ],
    )


def q005_words_changed(s: Subject) -> Finding | None:
    """Q005: the same statement as a source quotation with words changed or left out unmarked."""
    m = s.statement
    if m is None or m.comparison.relation != "variant":
        return None
    what = "leaves words out without an ellipsis" if m.comparison.omission else "changes words of the source"
    return s.finding(
        "Q005",
        f"{short(s.quote.quote)} {what}: {_where(m.source)}",
        detail=render_diff(m.comparison.diff),
        source=m.source.describe(),
        diff=m.comparison.diff,
    )


def q006_misattributed(s: Subject) -> Finding | None:
    """Q006: the words are a source's, given there to another speaker, and no source agrees."""
    speaker = s.quote.speaker
    if not resolved_speaker(speaker):
        return None
    strong = [m for m in s.matches if m.strong and m.coverage >= Q006_MIN_COVERAGE]
    if any(m.source.speaker and same_speaker(speaker or "", m.source.speaker) for m in strong):
        return None
    other = next((m for m in strong if resolved_speaker(m.source.speaker)), None)
    if other is None:
        return None
    return s.finding(
        "Q006",
        f"{short(s.quote.quote)} is attributed to {speaker}, but the source gives these words to "
        f"{other.source.speaker}: {_where(other.source)}",
        source=other.source.describe(),
    )


# The rules on each quotation, in the order they run (see the module's docstring).
QUOTE_RULES: tuple[tuple[str, Callable[[Subject], Finding | None]], ...] = (
    ("Q002", q002_unattributed),
    ("Q003", q003_not_in_sources),
    ("Q004", q004_altered),
    ("Q005", q005_words_changed),
    ("Q006", q006_misattributed),
)


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
        subject = Subject(path, q, line, col, bank)
        for _rule, check in QUOTE_RULES:
            found = check(subject)
            if found is not None:
                yield found
