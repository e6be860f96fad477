"""Find quotations: pair quotation marks, paragraph by paragraph.

The scanner works on characters, before any parsing. Double marks are paired first; single marks
are then paired only outside double-quoted text (inside it they are quotations within the
quotation, part of the outer one). A single-quoted quotation that holds a double-quoted one is the
outer quotation (headline style: ‘He said “no”’).

Whether a mark opens or closes is decided by what stands around it (a mark after a space and
before a letter opens; after a letter and before a space or punctuation, it closes); the glyph
decides only when the context cannot. So mixed and mis-curled pairs still pair. Two-character marks
('' for both “ and ” in typewriter and newswire text, ``…'' in TeX-style text) are read as one double
mark; the offsets of the quoted words leave both characters out.

A paragraph that ends inside a quotation continues into the next paragraph when that one opens with
a mark of the same family (the journalistic convention for quotations of several paragraphs), or,
for a line broken in mid-sentence, when the next line closes the quotation. Otherwise the opening
mark is unbalanced: the quotation is kept up to the end of its paragraph, reported as an issue, and
the damage goes no further.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from quotes.layout.paragraphs import Paragraph
from quotes.lexicons.grammar import CONNECTIVES
from quotes.marks.styles import (
    CLOSING_CONTEXT,
    DIGRAPH_STYLES,
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
_DIGRAPH = re.compile("|".join(re.escape(s.char) for s in DIGRAPH_STYLES))
_DIGRAPH_STYLE = {s.char: s for s in DIGRAPH_STYLES}
_FILLER = "\u2060"  # stands for the second character of a two-character mark: no space, no letter, no mark
_ROCK_N_ROLL = re.compile(r"['’‘]n['’]")


@dataclass(slots=True)
class QuoteSpan:
    """A quotation found in the text: the words between its marks, in one part per paragraph."""

    parts: list[tuple[int, int]]
    family: Family | Literal["turn"]  # "turn": a transcript turn, set off by a speaker's label
    open_at: int
    close_at: int | None
    paragraph: int
    balanced: bool = True
    last_paragraph: int = -1
    label: tuple[int, int] | None = None  # a turn's speaker label ("LENA ORTIZ" in "LENA ORTIZ: …")

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
    # Feet: 5'10", 6' tall. A curly mark after a figure before a space may close (‘Round 2’): it is
    # left to pair, and dropped as an apostrophe if nothing is open.
    return bool(
        prev is not None
        and prev.isdigit()
        and (text[i] == "'" or nxt is None or nxt.isdigit() or nxt in '"”″')
    )


_FEET_INCHES = re.compile(r"\d['’′]\d{1,2}$")


def _is_inch_mark(text: str, i: int, lo: int, is_open: bool) -> bool:
    """A double mark for inches: after feet (5’10”, 6'2"), or a straight one after a number (12")
    where no quotation is open (in one, it more likely closes it: “The score was 5-10" he said)."""
    if i - 1 < lo or not text[i - 1].isdigit() or text[i] not in '"”″':
        return False
    if _FEET_INCHES.search(text, max(lo, i - 5), i) is not None:
        return True
    return text[i] == '"' and not is_open


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
    """A closing-looking single mark after a plural -s, before a lower-case word: the voters’ choice.

    Or after a figure, before a lower-case word: the 6’ wall (feet).
    """
    prev = _char(text, i - 1, lo, hi)
    follow = re.match(r"\s+([a-z]+)", text[i + 1 : hi])
    if prev is not None and prev.isdigit():
        return follow is not None  # a measure in feet: the 6’ wall
    return prev in {"s", "S"} and follow is not None and follow.group(1) not in CONNECTIVES


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
        if family == "double" and _is_inch_mark(text, i, lo, is_open):
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
    # A quotation carried over from the previous paragraph stands open until a mark of this one says
    # otherwise: a closing mark ends it (a line broken mid-sentence), an opening mark at the start of
    # the paragraph continues it, and any other opening mark that pairs starts a new quotation.
    pending: _Mark | None = _Mark(lo, "", "open") if carried else None
    for k, m in enumerate(marks):
        if m.role == "open":
            has_close = any(n.role == "close" for n in marks[k + 1 :])
            continues = pending is not None and not pending.char and not text[lo : m.at].strip()
            if pending is not None and not pending.char and (continues or has_close):
                pending = None
            if (has_close or continues) and pending is None:
                pending = m
                kept.append(m)
            elif pending is None and (STYLE_OF[m.char].direction == "open" or not text[lo : m.at].strip()):
                # A clear opening mark never closed, or any mark opening the paragraph: keep it to
                # report it, or to carry the quotation into the next paragraph.
                kept.append(m)
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
    while start < end and (text[start].isspace() or text[start] == _FILLER):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == _FILLER):
        end -= 1
    return start, end


def _fold_digraphs(text: str, nonprose: Sequence[tuple[int, int]]) -> tuple[str, dict[int, tuple[int, str]]]:
    """The text, same length, with each two-character mark ('' ``) written as one double mark and a filler.

    The mark takes the outer character and the filler the inner one (next to the quoted words), so
    that the context rules read the characters around the pair. Returns the folded text and, for
    each folded mark, the offset and characters of the original pair. Pairs that touch a ``nonprose``
    span are left as they are (never read).
    """
    if "''" not in text and "``" not in text and "‘‘" not in text and "’’" not in text:
        return text, {}
    chars = list(text)
    original: dict[int, tuple[int, str]] = {}
    for m in _DIGRAPH.finditer(text):
        i, style = m.start(), _DIGRAPH_STYLE[m.group()]
        prev = text[i - 1] if i > 0 else None
        nxt = text[i + 2] if i + 2 < len(text) else None
        p_space, n_space = prev is None or prev.isspace(), nxt is None or nxt.isspace()
        if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
            continue  # inside a word: a doubled apostrophe (don''t)
        if any(s < i + 2 and i < e for s, e in nonprose):
            continue
        can_open = not n_space and (p_space or prev in OPENING_CONTEXT)
        can_close = not p_space and (n_space or nxt in CLOSING_CONTEXT)
        if prev in _WEAK_OPENING and not n_space and nxt not in CLOSING_CONTEXT:
            can_open = can_close = False  # ,''Yes: the context cannot tell
        if style.direction == "open" or (style.direction == "either" and can_open and not can_close):
            at, glyph = i, "“"
        elif style.direction == "close" or (can_close and not can_open):
            at, glyph = i + 1, "”"
        else:
            at, glyph = i, '"'
        chars[i] = chars[i + 1] = _FILLER
        chars[at] = glyph
        original[at] = (i, m.group())
    return "".join(chars), original


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
            if family == "single" and STYLE_OF[text[op.open_at]].direction != "open":
                return  # an unpaired straight single mark is too often an apostrophe to keep its words
        if parts and any(ch.isalnum() for s, e in parts for ch in text[s:e]):
            # The paragraphs the quoted words lie in (a mark alone on its line holds no words).
            held = [
                j
                for j in range(op.paragraph, last_par + 1)
                if any(paragraphs[j].start <= s < paragraphs[j].end for s, _ in (parts[0], parts[-1]))
            ]
            first_par, last_par = held[0], held[-1]
            quotes.append(
                QuoteSpan(parts, family, op.open_at, close_at, first_par, close_at is not None, last_par)
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
    text, digraphs = _fold_digraphs(text, nonprose)
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
        inside = any(
            s.open_at < d.open_at and d.end <= (s.close_at if s.close_at is not None else s.end)
            for s in singles
        )
        if not inside:
            kept_doubles.append(d)
    # An unclosed single quotation runs to the end of its paragraph; where a double quotation leaves it
    # on the way, its extent is a guess, and the double quotation is the better record.
    singles = [
        s for s in singles if s.balanced or not any(d.start < s.end and d.end > s.start for d in kept_doubles)
    ]
    out = sorted(kept_doubles + singles, key=lambda q: q.start)
    issues = [
        replace(i, offset=digraphs[i.offset][0], mark=digraphs[i.offset][1]) if i.offset in digraphs else i
        for i in issues
    ]
    return out, sorted(issues + single_issues, key=lambda i: i.offset)
