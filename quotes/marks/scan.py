"""Find quotations: pair quotation marks, paragraph by paragraph.

The scanner works on characters, before any parsing. Double marks are paired first; single marks
are then paired only outside double-quoted text (inside it they are quotations within the
quotation, part of the outer one). A single-quoted quotation that holds a double-quoted one is the
outer quotation (headline style: ‘He said “no”’).

Whether a mark opens or closes is decided by what stands around it (a mark after a space and
before a letter opens; after a letter and before a space or punctuation, it closes); the glyph
decides only when the context cannot. So mixed and mis-curled pairs still pair.

A paragraph that ends inside a quotation continues into the next paragraph when that one opens with
a mark of the same family (the journalistic convention for quotations of several paragraphs), or,
for a line broken in mid-sentence, when the next line closes the quotation. Otherwise the opening
mark is unbalanced: the quotation is kept up to the end of its paragraph, reported as an issue, and
the damage goes no further.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from quotes.layout.paragraphs import Paragraph
from quotes.lexicons import words
from quotes.marks.styles import (
    CLOSING_CONTEXT,
    DOUBLE_MARKS,
    ELISIONS,
    OPENING_CONTEXT,
    SINGLE_MARKS,
    SPACED_MARKS,
    STYLE_OF,
    Family,
)

Problem = Literal["unclosed", "stray-close"]
_WEAK_OPENING = frozenset(",:;")
_SENTENCE_END = re.compile(r"[.!?…:;,—–-]\s*$")
_WS = re.compile(r"\s+")
_ROCK_N_ROLL = re.compile(r"['’‘]n['’]")
# Words that follow a closing quotation mark but never a plural possessive (‘yes’ to, ‘no’ and).
_FUNCTION_WORDS = words(
    """
    a an the to and or nor but so yet is are was were be been for in on at of as with from by
    that which who when while if than then into onto about after before since because until
    """
)


@dataclass(slots=True)
class QuoteSpan:
    """A quotation found in the text: the words between its marks, in one part per paragraph."""

    parts: list[tuple[int, int]]
    family: Family
    open_at: int
    close_at: int | None
    paragraph: int
    balanced: bool = True
    last_paragraph: int = -1

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset just after the last quoted character."""
        return self.parts[-1][1]

    def text(self, source: str) -> str:
        """The quoted words, white space collapsed, paragraphs joined by a space."""
        return " ".join(_WS.sub(" ", source[s:e]).strip() for s, e in self.parts).strip()


@dataclass(frozen=True, slots=True)
class MarkIssue:
    """A quotation mark that does not pair: an opening never closed, or a stray closing mark."""

    offset: int
    mark: str
    problem: Problem
    paragraph: int


@dataclass(slots=True)
class _Mark:
    at: int
    char: str
    role: str  # "open" | "close"


@dataclass(slots=True)
class _Open:
    open_at: int
    part_start: int
    paragraph: int
    parts: list[tuple[int, int]] = field(default_factory=list)


def _char(text: str, i: int, lo: int, hi: int) -> str | None:
    return text[i] if lo <= i < hi else None


def _role(char: str, prev: str | None, nxt: str | None, is_open: bool) -> str:
    """Whether a mark opens or closes, from the characters around it, then its glyph, then the state."""
    style = STYLE_OF[char]
    p_space = prev is None or prev.isspace()
    n_space = nxt is None or nxt.isspace()
    if char in SPACED_MARKS and p_space and n_space:
        return "close" if style.direction == "close" else "open"
    can_open = not n_space and (p_space or prev in OPENING_CONTEXT)
    can_close = not p_space and (n_space or nxt in CLOSING_CONTEXT)
    if prev in _WEAK_OPENING and not n_space and nxt not in CLOSING_CONTEXT:
        can_open = can_close = False  # `said,"We` or `"Yes,"he`: the context cannot tell
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if style.direction != "either":
        return style.direction
    return "close" if is_open else "open"


def _word_after(text: str, i: int, hi: int) -> str:
    j = i
    while j < hi and text[j].isalpha():
        j += 1
    return text[i:j].lower()


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """A single mark that is an apostrophe: don’t, O’Brien, ’90s, rock ’n’ roll, ’em."""
    prev, nxt = _char(text, i - 1, lo, hi), _char(text, i + 1, lo, hi)
    if _ROCK_N_ROLL.match(text, i, hi) or _ROCK_N_ROLL.match(text, i - 2, hi):
        return True
    if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
        return True
    if (prev is None or not prev.isalnum()) and nxt is not None and nxt.isdigit():
        return bool(re.match(r"\d\d(?:s\b|\b)", text[i + 1 : hi]))
    if (prev is None or prev.isspace()) and nxt is not None and nxt.isalpha():
        word = _word_after(text, i + 1, hi)
        after = _char(text, i + 1 + len(word), lo, hi)
        if word in ELISIONS and (after is None or not after.isalpha()):
            return after not in {"’", "'"}
    return bool(prev is not None and prev.isdigit())  # feet: 5'10


def _is_inch_mark(text: str, i: int, lo: int) -> bool:
    """A straight double quote right after a number: 12" or 5'10"."""
    return text[i] == '"' and i - 1 >= lo and text[i - 1].isdigit()


def _candidates(
    text: str, para: Paragraph, family: Family, hidden: Sequence[tuple[int, int]]
) -> list[tuple[int, str]]:
    marks = DOUBLE_MARKS if family == "double" else SINGLE_MARKS
    out = []
    for i in range(para.start, para.end):
        ch = text[i]
        if ch in marks and not any(s <= i < e for s, e in hidden):
            out.append((i, ch))
    return out


def _possessive(text: str, i: int, lo: int, hi: int) -> bool:
    """A closing-looking single mark after a plural -s, before a lower-case word: the voters’ choice."""
    prev = _char(text, i - 1, lo, hi)
    follow = re.match(r"\s+([a-z]+)", text[i + 1 : hi])
    return prev in {"s", "S"} and follow is not None and follow.group(1) not in _FUNCTION_WORDS


def _roles(
    text: str, para: Paragraph, family: Family, hidden: Sequence[tuple[int, int]], carried: bool
) -> list[_Mark]:
    """Decide the role of each mark of one family in a paragraph (apostrophes dropped)."""
    lo, hi = para.start, para.end
    found = _candidates(text, para, family, hidden)
    marks: list[_Mark] = []
    is_open = carried
    for i, ch in found:
        if family == "single" and _is_apostrophe(text, i, lo, hi):
            continue
        if family == "double" and _is_inch_mark(text, i, lo) and not is_open:
            continue
        role = _role(ch, _char(text, i - 1, lo, hi), _char(text, i + 1, lo, hi), is_open)
        marks.append(_Mark(i, ch, role))
        is_open = role == "open" or (is_open and role != "close")
    if family == "single":
        marks = _single_filter(text, marks, lo, hi, carried)
    return marks


def _single_filter(text: str, marks: list[_Mark], lo: int, hi: int, carried: bool) -> list[_Mark]:
    """Keep single marks that pair; the rest are apostrophes (residents’ homes, ’tis)."""
    kept: list[_Mark] = []
    pending: _Mark | None = _Mark(lo, "", "open") if carried else None
    for k, m in enumerate(marks):
        if m.role == "open":
            has_close = any(n.role == "close" for n in marks[k + 1 :])
            if has_close and pending is None:
                pending = m
                kept.append(m)
            elif pending is None and m.char == "‘":
                kept.append(m)  # a clear opening mark never closed: keep it to report it
            continue
        if pending is None:
            continue  # a closing-looking mark with nothing open: an apostrophe
        later = [n for n in marks[k + 1 :] if n.role == "close"]
        nxt_open = next((n.at for n in marks[k + 1 :] if n.role == "open"), hi)
        if later and later[0].at < nxt_open and _possessive(text, m.at, lo, hi):
            continue
        kept.append(m)
        pending = None
    return kept


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair_family(
    text: str,
    paragraphs: Sequence[Paragraph],
    family: Family,
    hidden_for: dict[int, list[tuple[int, int]]],
) -> tuple[list[QuoteSpan], list[MarkIssue]]:
    """Pair the marks of one family across the article's paragraphs."""
    quotes: list[QuoteSpan] = []
    issues: list[MarkIssue] = []
    carry: _Open | None = None

    def emit(op: _Open, close_at: int | None, last_par: int) -> None:
        parts = [p for p in (_strip(text, s, e) for s, e in op.parts) if p[1] > p[0]]
        if close_at is None:
            issues.append(MarkIssue(op.open_at, text[op.open_at], "unclosed", op.paragraph))
            if family == "single":
                return  # an unpaired single mark is too often an apostrophe to keep its words
        if parts and any(ch.isalnum() for s, e in parts for ch in text[s:e]):
            quotes.append(
                QuoteSpan(parts, family, op.open_at, close_at, op.paragraph, close_at is not None, last_par)
            )

    for n, para in enumerate(paragraphs):
        hidden = hidden_for.get(para.index, [])
        marks = _roles(text, para, family, hidden, carried=carry is not None)
        current: _Open | None = None
        k = 0
        if carry is not None:
            first = marks[0] if marks else None
            lead = text[para.start : first.at].strip() if first else None
            closes_first = bool(marks) and marks[0].role == "close"
            prev_part = text[carry.part_start : paragraphs[n - 1].end] if n else ""
            broken_line = text[para.start].islower() or not _SENTENCE_END.search(prev_part)
            if first is not None and lead == "" and first.role == "open":
                carry.parts.append((carry.part_start, paragraphs[n - 1].end))
                current, carry = carry, None
                current.part_start = first.at + 1
                k = 1
            elif closes_first and broken_line:
                carry.parts.append((carry.part_start, paragraphs[n - 1].end))
                current, carry = carry, None
                current.part_start = para.start
            else:
                carry.parts.append((carry.part_start, paragraphs[n - 1].end))
                emit(carry, None, n - 1)
                carry = None
        for m in marks[k:]:
            if m.role == "open":
                if current is not None:
                    current.parts.append((current.part_start, m.at))
                    emit(current, None, n)
                current = _Open(m.at, m.at + 1, n)
            elif current is not None:
                current.parts.append((current.part_start, m.at))
                emit(current, m.at, n)
                current = None
            elif family == "double":
                issues.append(MarkIssue(m.at, m.char, "stray-close", n))
        if current is not None:
            carry = current
    if carry is not None:
        carry.parts.append((carry.part_start, paragraphs[-1].end))
        emit(carry, None, len(paragraphs) - 1)
    return quotes, issues


def find_quotations(
    text: str, paragraphs: Sequence[Paragraph], nonprose: Iterable[tuple[int, int]] = ()
) -> tuple[list[QuoteSpan], list[MarkIssue]]:
    """The outer quotations of the given paragraphs, in text order, and the marks that do not pair.

    ``paragraphs`` are the prose paragraphs to search, in reading order; ``nonprose`` spans (code,
    markup) are skipped.
    """
    paragraphs = list(paragraphs)
    nonprose = sorted(nonprose)
    hidden = {p.index: [(s, e) for s, e in nonprose if s < p.end and e > p.start] for p in paragraphs}
    doubles, issues = _pair_family(text, paragraphs, "double", hidden)
    double_ranges = [part for q in doubles for part in q.parts]
    hidden_single = {
        i: spans + [r for r in double_ranges if r[0] < p.end and r[1] > p.start]
        for i, (p, spans) in enumerate((p, hidden[p.index]) for p in paragraphs)
    }
    hidden_single = {paragraphs[i].index: v for i, v in hidden_single.items()}
    singles, single_issues = _pair_family(text, paragraphs, "single", hidden_single)
    # Singles are only kept when they open on a clear mark; an open straight ' with nothing after is noise.
    single_issues = [i for i in single_issues if i.mark in "‘‚‛‹"]

    kept_doubles = []
    for d in doubles:
        inside = any(s.open_at < d.open_at and (s.close_at or s.end) > d.end for s in singles)
        if not inside:
            kept_doubles.append(d)
    out = sorted(kept_doubles + singles, key=lambda q: q.start)
    return out, sorted(issues + single_issues, key=lambda i: i.offset)
