"""Find quotations: pair quotation marks, paragraph by paragraph.

The scanner works on characters, before any parsing. Marks of both families (double and single)
are paired together on one stack of open quotations, so quotations nest to any depth: ‘…’ inside
“…”, “…” inside that, and so on (“He told me ‘she said “no” to us’ yesterday”). Only the outermost
quotation is a record; the quotations inside it are part of its words. A closing mark that does
not match the innermost open quotation either closes an outer one (the quotations in between were
left open: each is reported) or is a stray, whichever leaves fewer marks unpaired; so one missing
mark in a deep nest is one problem, not a cascade.

Whether a mark opens or closes is decided by what stands around it (a mark after a space and
before a letter opens; after a letter and before a space or punctuation, it closes); the glyph
decides only when the context cannot. So mixed and mis-curled pairs still pair. A single mark may
also be an apostrophe: one is a quotation mark only where it pairs within its quotation level (the
text between the enclosing double marks), or where its glyph can only open. Two-character marks
('' for both “ and ” in typewriter and newswire text, ``…'' in TeX-style and tokenised research
corpora) are read as one double mark; the offsets of the quoted words leave both characters out.

A paragraph that ends inside a quotation continues into the next paragraph when that one opens with
a mark of the same family (the journalistic convention for quotations of several paragraphs), or,
for a line broken in mid-sentence, when the next line closes the quotation. Otherwise the opening
mark is unbalanced: the quotation is kept up to the end of its paragraph, reported as an issue, and
the damage goes no further. A mark opened inside the text of a Markdown link (``[“text](url)``)
never runs on past its paragraph; left open, its quotation ends with the link text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from quotes.layout.paragraphs import Paragraph
from quotes.lexicons.first_names import given_name
from quotes.lexicons.grammar import CONNECTIVES, SENTENCE_END_MARKS, UPPER
from quotes.lexicons.people import TITLE_WORDS
from quotes.marks.styles import (
    ALL_MARKS,
    APOSTROPHES,
    CLEAR_SINGLE_OPENINGS,
    CLOSING_CONTEXT,
    DIGRAPH_STYLES,
    DOUBLE_MARKS,
    ELIDING_MARKS,
    ELISIONS,
    FOLDED_DIGRAPH,
    FOOT_MARKS,
    INCH_MARKS,
    OPENING_CONTEXT,
    PARSER_MARKS,
    SINGLE_MARKS,
    SPACED_MARKS,
    STRAIGHT_DOUBLE,
    STRAIGHT_SINGLE,
    STYLE_OF,
    Family,
)

Problem = Literal["unclosed", "stray-close"]
Role = Literal["open", "close"]
_WEAK_OPENING = frozenset(",:;")
_SENTENCE_END = re.compile(r"[.!?…:;,—–-]\s*$")
# White space to collapse: a run of it, or a line break or tab (a single no-break space is kept).
_WS = re.compile(r"\s*[\t\n\r\f\v]\s*|\s{2,}")
_DIGRAPH = re.compile("|".join(re.escape(s.char) for s in DIGRAPH_STYLES))
_DIGRAPH_STYLE = {s.char: s for s in DIGRAPH_STYLES}
_FILLER = "\u2060"  # stands for the second character of a two-character mark: no space, no letter, no mark


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


_ROCK_N_ROLL = re.compile(_char_class(ELIDING_MARKS) + "n" + _char_class(APOSTROPHES))
_FEET_INCHES = re.compile(r"\d" + _char_class(FOOT_MARKS) + r"\d{1,2}$")
# Characters that may only stand before an opening mark (never after a closing one): ( [ { <.
_ONLY_OPENING = OPENING_CONTEXT - CLOSING_CONTEXT
_LINK_TARGET = frozenset("([")  # what follows the ] of a Markdown link text: (url) or [label]


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
        """The quoted words, white space collapsed, paragraphs joined by a space.

        For a quotation in one paragraph whose words hold no run of white space (nor a line break or
        tab), this is ``source[start:end]`` exactly.
        """
        return " ".join(_WS.sub(" ", source[s:e]).strip() for s, e in self.parts).strip()


@dataclass(frozen=True, slots=True)
class MarkIssue:
    """A quotation mark that does not pair: an opening never closed, or a stray closing mark.

    ``run`` is the offset of the outermost opening mark of the nest of quotations the problem lies
    in (the same for every problem of one nest), or None for a stray mark outside any quotation.
    """

    offset: int
    mark: str
    problem: Problem
    paragraph: int
    run: int | None = field(default=None, compare=False)


@dataclass(slots=True)
class _Mark:
    at: int
    char: str
    role: Role
    family: Family = "double"


@dataclass(slots=True)
class _Open:
    """A quotation opened and not yet closed: one level of the stack."""

    open_at: int
    part_start: int
    paragraph: int
    family: Family
    parts: list[tuple[int, int]] = field(default_factory=list)
    confine: int | None = None  # the ] of the Markdown link text it opened in
    rank: int = 0  # a carried double quotation's rank among those carried, 1 the outermost
    children: list[QuoteSpan] = field(default_factory=list)  # the quotations closed inside it


def _char(text: str, i: int, lo: int, hi: int) -> str | None:
    return text[i] if lo <= i < hi else None


def _neighbour(text: str, i: int, lo: int, hi: int, step: int) -> str | None:
    """The character beside ``text[i]`` (``step`` -1 before, 1 after), past a two-character mark's filler."""
    j = i + step
    while lo <= j < hi and text[j] == _FILLER:
        j += step
    return text[j] if lo <= j < hi else None


def _role(text: str, i: int, lo: int, hi: int, opened: Sequence[str], seen: bool = False) -> Role:
    """Whether a mark opens or closes, from the characters around it, then its glyph, then the state.

    ``opened`` lists the glyphs of the quotations of the mark's family open before it, outermost first
    ("" for one carried over from the previous paragraph); ``seen``: a mark of the family opened
    before it in the paragraph (or a quotation was carried over).
    """
    is_open = bool(opened)
    char = text[i]
    style = STYLE_OF[char]
    if style.direction != "either" and _FILLER in (_char(text, i - 1, lo, hi), _char(text, i + 1, lo, hi)):
        return style.direction  # a two-character mark whose role its folding decided (``We)
    prev, nxt = _neighbour(text, i, lo, hi, -1), _neighbour(text, i, lo, hi, 1)
    p_space = prev is None or prev.isspace()
    n_space = nxt is None or nxt.isspace()
    if char in SPACED_MARKS:
        # Guillemets set off by spaces: « Oui », › Oui ‹. The space inside says nothing; the edges of
        # the paragraph, the punctuation on the other side, or the quotations open, do: a mark of
        # the glyph that opened the quotation opens one inside it (« a « b » c »), another closes it.
        if p_space and n_space:
            if prev is None or nxt is None:
                return "open" if prev is None else "close"
            if style.direction == "close":
                return "close" if is_open or seen else "open"
            return "close" if is_open and opened[-1] != char else "open"
        if p_space and nxt in CLOSING_CONTEXT and nxt not in ALL_MARKS:
            return "close"  # « Oui »,
        if n_space and prev in _ONLY_OPENING:
            return "open"  # (« Oui
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
    """A single mark that is an apostrophe: don’t, O’Brien, ’90s, rock ’n’ roll, ’em, the minister 's."""
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
            return after not in APOSTROPHES
    # Feet: 5'10", 6' tall. A curly mark after a figure before a space may close (‘Round 2’): it is
    # left to pair, and dropped as an apostrophe if nothing is open.
    return bool(
        prev is not None
        and prev.isdigit()
        and (text[i] == STRAIGHT_SINGLE or nxt is None or nxt.isdigit() or nxt in INCH_MARKS)
    )


def _is_inch_mark(text: str, i: int, lo: int, is_open: bool) -> bool:
    """A double mark for inches: after feet (5’10”, 6'2"), or a straight one after a number (12")
    where no quotation is open (in one, it more likely closes it: “The score was 5-10" he said)."""
    if i - 1 < lo or not text[i - 1].isdigit() or text[i] not in INCH_MARKS:
        return False
    if _FEET_INCHES.search(text, max(lo, i - 5), i) is not None:
        return True
    return text[i] == STRAIGHT_DOUBLE and not is_open


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
    """Decide the role of each mark of one family in a paragraph (apostrophes and inch marks dropped)."""
    lo, hi = para.start, para.end
    marks: list[_Mark] = []
    opened: list[str] = [""] if carried else []
    for i, ch in _candidates(text, para, family, hidden):
        if family == "single" and _is_apostrophe(text, i, lo, hi):
            continue
        if family == "double" and _is_inch_mark(text, i, lo, bool(opened)):
            continue
        role = _role(text, i, lo, hi, opened, seen=carried or any(m.role == "open" for m in marks))
        marks.append(_Mark(i, ch, role, family))
        if role == "open":
            opened.append(ch)
        elif opened:
            opened.pop()
    return marks


def _single_filter(
    text: str, marks: list[_Mark], lo: int, hi: int, carried: bool, continued: bool = False
) -> list[_Mark]:
    """Keep the single marks of one quotation level that pair; the rest are apostrophes (residents’ homes).

    ``continued``: the next paragraph opens with a single mark, so a quotation opening this one may
    run on into it, and a possessive-looking mark in it with no closing mark after it is an
    apostrophe (‘The players’ union agreed. ¶ ‘…).
    """
    kept: list[_Mark] = []
    # A quotation carried over from the previous paragraph stands open until a mark of this one says
    # otherwise: a closing mark ends it (a line broken mid-sentence), an opening mark at the start of
    # the paragraph continues it, and any other opening mark that pairs starts a new quotation.
    pending: _Mark | None = _Mark(lo, "", "open", "single") if carried else None
    for k, m in enumerate(marks):
        if m.role == "open":
            has_close = any(n.role == "close" for n in marks[k + 1 :])
            continues = pending is not None and not pending.char and not text[lo : m.at].strip()
            if pending is not None and not pending.char and (continues or has_close):
                pending = None
            if (has_close or continues) and pending is None:
                pending = m
                kept.append(m)
            elif pending is None and continued and _after_sentence_end(text, lo, m.at):
                # "‘…,’ Roe said. ‘The players’ union agreed. ¶ ‘…": a quotation opened after a
                # sentence and never closed in a paragraph the next continues runs on into it
                pending = m
                kept.append(m)
            elif pending is None and (m.char in CLEAR_SINGLE_OPENINGS or not text[lo : m.at].strip()):
                # A clear opening mark never closed, or any mark opening its level: keep it to report
                # it, or to carry the quotation into the next paragraph.
                kept.append(m)
            continue
        if pending is None:
            continue  # a closing-looking mark with nothing open: an apostrophe
        later = [n for n in marks[k + 1 :] if n.role == "close"]
        nxt_open = next((n.at for n in marks[k + 1 :] if n.role == "open"), hi)
        opened_sentence = not text[lo : pending.at].strip() or _after_sentence_end(text, lo, pending.at)
        runs_on = not later and continued and opened_sentence
        if (runs_on or (later and later[0].at < nxt_open)) and _possessive(text, m.at, lo, hi):
            continue
        kept.append(m)
        pending = None
    return kept


def _after_sentence_end(text: str, lo: int, at: int) -> bool:
    """Whether the mark at ``at`` follows the end of a sentence of its paragraph (". ‘", "? ‘",
    ": ‘"), with white space between."""
    before = text[lo:at]
    stripped = before.rstrip()
    return len(stripped) < len(before) and stripped[-1:] in SENTENCE_END_MARKS | {":"}


def _balance_after(marks: Sequence[_Mark]) -> list[dict[str, int]]:
    """For each mark, how many more closing than opening marks follow it: in all (key "all") and by family."""
    out: list[dict[str, int]] = [{} for _ in marks]
    total = {"all": 0, "double": 0, "single": 0}
    for k in range(len(marks) - 1, -1, -1):
        out[k] = dict(total)
        step = 1 if marks[k].role == "close" else -1
        total["all"] += step
        total[marks[k].family] += step
    return out


Close = Callable[[list[_Open], int | None, int], None]


def _walk(
    marks: Sequence[_Mark],
    stack: list[_Open],
    first: int,
    push: Callable[[_Mark], _Open],
    close: Close,
    stray: Callable[[_Mark, list[_Open]], None],
) -> None:
    """Pair ``marks[first:]`` of one paragraph onto the stack of open quotations.

    An opening mark is pushed; inside a quotation of its own family it nests only when enough of its
    closing marks follow for both, and otherwise the open one was left unclosed (``close`` with no
    mark). A closing mark closes the innermost open quotation of its family; those inside that one
    were left unclosed, unless more closing marks follow than quotations are open: then it closes
    none (``stray``).
    """
    balance = _balance_after(marks)
    for i in range(first, len(marks)):
        m = marks[i]
        if m.role == "open":
            if stack and stack[-1].family == m.family:
                same = sum(1 for o in stack if o.family == m.family)
                if balance[i][m.family] < same + 1:
                    close(stack, None, m.at)
            stack.append(push(m))
            continue
        levels = [j for j, o in enumerate(stack) if o.family == m.family]
        if not levels or (levels[-1] < len(stack) - 1 and balance[i]["all"] + 1 > len(stack)):
            stray(m, stack)
            continue
        while len(stack) - 1 > levels[-1]:
            close(stack, None, m.at)
        close(stack, m.at, m.at)


def _double_regions(
    marks: Sequence[_Mark], carried: Sequence[Family], lo: int, hi: int
) -> list[tuple[int, int, int]]:
    """The quotation levels the double marks of a paragraph make, as all its marks nest.

    Each level is ``(start, end, rank)``: the span inside its marks, and for a double quotation
    carried over from the previous paragraph (the families of the carried quotations are
    ``carried``, outermost first; their spans start at ``lo``) its rank among the carried double
    ones, 1 the outermost, else 0. Single marks take part as they are (some are apostrophes yet):
    they say which double marks nest (“a ‘b “c…) and which close.
    """
    regions: list[tuple[int, int, int]] = []
    stack: list[_Open] = []
    for family in carried:
        rank = 1 + sum(1 for o in stack if o.family == "double") if family == "double" else 0
        stack.append(_Open(lo - 1, lo, 0, family, rank=rank))

    def close(stack: list[_Open], close_at: int | None, end_at: int) -> None:
        level = stack.pop()
        if level.family == "double":
            regions.append((level.part_start, end_at, level.rank))

    _walk(marks, stack, 0, lambda m: _Open(m.at, m.at + 1, 0, m.family), close, lambda m, s: None)
    while stack:
        close(stack, None, hi)
    return regions


def _filter_singles(
    text: str,
    para: Paragraph,
    singles: list[_Mark],
    regions: list[tuple[int, int, int]],
    carried_rank: int | None,
    continued: bool,
) -> list[_Mark]:
    """The single marks that are quotation marks, decided level by level (each double quotation is one).

    ``carried_rank`` says where a single quotation carried over from the previous paragraph stands:
    0 outside any double quotation, ``n`` inside the ``n``-th carried double quotation, None if none is.
    ``continued``: the next paragraph opens with a single mark.
    """
    levels: dict[tuple[int, int, int], list[_Mark]] = {}
    top = (para.start, para.end, 0)
    for m in singles:
        inside = [r for r in regions if r[0] <= m.at < r[1]]
        level = max(inside, key=lambda r: (r[0], -r[1])) if inside else top
        levels.setdefault(level, []).append(m)
    kept: list[_Mark] = []
    for (lo, hi, rank), marks in levels.items():
        is_top = (lo, hi, rank) == top
        carried = carried_rank is not None and (carried_rank == 0 if is_top else rank == carried_rank)
        kept += _single_filter(text, marks, lo, hi, carried, continued and is_top)
    return sorted(kept, key=lambda m: m.at)


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
    if not any(style.char in text for style in DIGRAPH_STYLES):
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
            at, glyph = i, FOLDED_DIGRAPH["open"]
        elif style.direction == "close" or (can_close and not can_open):
            at, glyph = i + 1, FOLDED_DIGRAPH["close"]
        else:
            at, glyph = i, FOLDED_DIGRAPH["either"]
        chars[i] = chars[i + 1] = _FILLER
        chars[at] = glyph
        original[at] = (i, m.group())
    return "".join(chars), original


def _link_texts(text: str, para: Paragraph, nonprose: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The Markdown link texts of a paragraph, ``(start, end)`` from [ to ]: a ] followed by a
    nonprose link target ``(url)`` or label ``[ref]``, back to its [."""
    links = []
    for s, _ in nonprose:
        if not (para.start < s <= para.end and s < len(text) and text[s - 1] == "]"):
            continue
        if text[s] not in _LINK_TARGET:
            continue
        depth, j = 0, s - 2
        while j >= para.start:
            if text[j] == "]":
                depth += 1
            elif text[j] == "[":
                if depth == 0:
                    links.append((j, s - 1))
                    break
                depth -= 1
            j -= 1
    return links


class _Pairing:
    """Pairs the marks of both families over an article's paragraphs, on one stack of open quotations."""

    def __init__(self, text: str, paragraphs: Sequence[Paragraph]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.quotes: list[QuoteSpan] = []
        self.issues: list[MarkIssue] = []

    def _paragraph_of(self, offset: int, first: int) -> int:
        for j in range(first, len(self.paragraphs)):
            if self.paragraphs[j].start <= offset < self.paragraphs[j].end:
                return j
        return first

    def _span(self, op: _Open, close_at: int | None) -> QuoteSpan | None:
        """The quotation a level makes, or None when it holds no words (“...”)."""
        text = self.text
        parts = [p for p in (_strip(text, s, e) for s, e in op.parts) if p[1] > p[0]]
        if not parts or not any(ch.isalnum() for s, e in parts for ch in text[s:e]):
            return None
        # The paragraphs the quoted words lie in (a mark alone on its line holds no words).
        first = self._paragraph_of(parts[0][0], op.paragraph)
        last = self._paragraph_of(parts[-1][0], first)
        return QuoteSpan(parts, op.family, op.open_at, close_at, first, close_at is not None, last)

    def close(self, stack: list[_Open], close_at: int | None, end_at: int) -> None:
        """Close the innermost open quotation at ``end_at``: by its closing mark, or left unclosed."""
        op = stack.pop()
        root = stack[0].open_at if stack else op.open_at
        op.parts.append((op.part_start, end_at))
        if close_at is None and (op.family == "double" or self.text[op.open_at] in CLEAR_SINGLE_OPENINGS):
            self.issues.append(MarkIssue(op.open_at, self.text[op.open_at], "unclosed", op.paragraph, root))
        span = self._span(op, close_at)
        if stack:
            if span is not None:
                stack[-1].children.append(span)
        elif close_at is None and op.family == "single" and op.children:
            # An unclosed single quotation runs to the end of its paragraph; where quotations lie
            # inside it, its extent is a guess, and they are the better records.
            self.quotes += op.children
        elif span is not None and (
            close_at is not None or op.family == "double" or self.text[op.open_at] in CLEAR_SINGLE_OPENINGS
        ):  # (an unpaired straight single mark is too often an apostrophe to keep its words)
            self.quotes.append(span)

    def resume(self, carry: list[_Open], n: int, marks: list[_Mark]) -> tuple[list[_Open], int]:
        """The quotations still open at the start of paragraph ``n`` and the first mark left to pair.

        A carried quotation continues when the paragraph opens with a mark of its family (and the
        quotations inside it when their marks follow), or when its family's first mark here closes
        a line broken in mid-sentence; otherwise it was left unclosed.
        """
        if not carry:
            return [], 0
        text, para = self.text, self.paragraphs[n]
        prev_end = self.paragraphs[n - 1].end
        bottom = carry[0]
        first = marks[0] if marks else None
        first_same = next((m for m in marks if m.family == bottom.family), None)
        prev_part = text[bottom.part_start : prev_end]
        broken_line = text[para.start].islower() or not _SENTENCE_END.search(prev_part)
        for op in carry:
            op.parts.append((op.part_start, prev_end))
        if (
            first is not None
            and first.role == "open"
            and first.family == bottom.family
            and not text[para.start : first.at].strip()
        ):
            bottom.part_start = first.at + 1
            k = 1
            for inner in carry[1:]:
                m = marks[k] if k < len(marks) else None
                if m is None or m.role != "open" or m.family != inner.family:
                    break
                if text[marks[k - 1].at + 1 : m.at].strip():
                    break
                inner.part_start = m.at + 1
                k += 1
            while len(carry) > k:
                carry[-1].parts.pop()  # its part was added above; close() adds it again
                self.close(carry, None, prev_end)
            return carry, k
        if first_same is not None and first_same.role == "close" and broken_line:
            for op in carry:
                op.part_start = para.start
            return carry, 0
        for op in carry:
            op.parts.pop()
        while carry:
            self.close(carry, None, prev_end)
        return [], 0

    def paragraph(
        self, n: int, stack: list[_Open], marks: list[_Mark], k: int, links: Sequence[tuple[int, int]]
    ) -> None:
        """Pair the marks of paragraph ``n`` from the ``k``-th on, onto the open quotations ``stack``."""

        def push(m: _Mark) -> _Open:
            confine = next((e for s, e in links if s < m.at < e), None)
            return _Open(m.at, m.at + 1, n, m.family, confine=confine)

        def stray(m: _Mark, stack: list[_Open]) -> None:
            if m.family == "double":  # (a single one is an apostrophe)
                run = stack[0].open_at if stack else None
                self.issues.append(MarkIssue(m.at, m.char, "stray-close", n, run))

        _walk(marks, stack, k, push, self.close, stray)
        # A quotation opened in a link text ends with it when it is still open at the paragraph's end.
        low = next((j for j, o in enumerate(stack) if o.confine is not None), None)
        if low is not None:
            while len(stack) > low:
                confine = stack[-1].confine
                self.close(stack, None, confine if confine is not None else self.paragraphs[n].end)


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
    pairing = _Pairing(text, paragraphs)
    stack: list[_Open] = []
    for n, para in enumerate(paragraphs):
        hidden = [(s, e) for s, e in nonprose if s < para.end and e > para.start]
        carried_doubles = [k for k, o in enumerate(stack) if o.family == "double"]
        carried_singles = [k for k, o in enumerate(stack) if o.family == "single"]
        doubles = _roles(text, para, "double", hidden, carried=bool(carried_doubles))
        singles = _roles(text, para, "single", hidden, carried=bool(carried_singles))
        raw = sorted(doubles + singles, key=lambda m: m.at)
        regions = _double_regions(raw, [o.family for o in stack], para.start, para.end)
        rank = sum(1 for k in carried_doubles if k < carried_singles[-1]) if carried_singles else None
        following = paragraphs[n + 1].start if n + 1 < len(paragraphs) else None
        continued = following is not None and text[following] in SINGLE_MARKS
        singles = _filter_singles(text, para, singles, regions, rank, continued)
        marks = sorted(doubles + singles, key=lambda m: m.at)
        stack, k = pairing.resume(stack, n, marks)
        pairing.paragraph(n, stack, marks, k, _link_texts(text, para, hidden))
    while stack:
        pairing.close(stack, None, paragraphs[-1].end)

    def original(offset: int | None) -> int | None:
        return digraphs[offset][0] if offset is not None and offset in digraphs else offset

    issues = [
        replace(i, offset=digraphs[i.offset][0], mark=digraphs[i.offset][1], run=original(i.run))
        if i.offset in digraphs
        else replace(i, run=original(i.run))
        for i in pairing.issues
    ]
    return sorted(pairing.quotes, key=lambda q: q.start), sorted(issues, key=lambda i: i.offset)


# A nickname between a person's given name and surname: 'Ernesto "Boyet" Lacson'.
_NICKNAME = re.compile(rf"{UPPER}[\w'’.-]*(?: {UPPER}[\w'’.-]*)?")
_NAME_WORD_BEFORE = re.compile(rf"(?:(\S+) )?({UPPER}[\w'’-]*) $")
_NAME_WORD_AFTER = re.compile(rf" {UPPER}[\w'’-]*(?![\w'’-])")


def nicknames(text: str, spans: Iterable[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations that are a nickname written inside a person's name ('Gov. Ernesto "Boyet"
    Lacson', 'Robert "Bobby" Kane'): one or two capitalised words in marks, after a given name (or
    a name word after a title) and before a capitalised word. No one's words, and no part of the
    name a parser should read."""
    found = []
    for span in spans:
        if span.family not in ("double", "single") or span.close_at is None or len(span.parts) != 1:
            continue
        if not _NICKNAME.fullmatch(text[span.start : span.end]):
            continue
        before = _NAME_WORD_BEFORE.search(text, max(0, span.open_at - 40), span.open_at)
        if before is None or not _NAME_WORD_AFTER.match(text, span.close_at + 1):
            continue
        titled = before.group(1) is not None and before.group(1).lower() in TITLE_WORDS
        if given_name(before.group(2)) or titled:
            found.append(span)
    return found


def parser_text(text: str, spans: Iterable[QuoteSpan]) -> str:
    """``text`` with the marks of the quotations in ``spans`` written as the parser knows them best.

    The English model reads “We will win,” said Jo Roe well and «We will win,» said Jo Roe badly
    (‹We is even one token). Guillemets, low-9 marks and marks curled the wrong way become the
    English “ ” ‘ ’ of their family and role, one character for one, so no offset moves. Straight
    marks and two-character marks stay as they are; the parser knows them.
    """
    chars: list[str] | None = None
    for span in spans:
        if span.family not in ("double", "single"):
            continue
        family: Family = "double" if span.family == "double" else "single"
        for at, role in ((span.open_at, "open"), (span.close_at, "close")):
            if at is None or not 0 <= at < len(text) or text[at] not in ALL_MARKS:
                continue
            glyph = PARSER_MARKS[(family, role)]
            if text[at] in (glyph, STRAIGHT_DOUBLE, STRAIGHT_SINGLE) or _in_digraph(text, at):
                continue
            if chars is None:
                chars = list(text)
            chars[at] = glyph
    return text if chars is None else "".join(chars)


def _in_digraph(text: str, at: int) -> bool:
    return any(text.startswith(s.char, at) or text.startswith(s.char, at - 1) for s in DIGRAPH_STYLES)
