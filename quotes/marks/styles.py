"""Every quotation-mark style the scanner knows: the one place to add a new mark.

Marks come in two families. A quotation opened with a mark of one family is closed by a mark of the
same family, whatever its glyph, because pages really print mixed pairs (“…" or «…“). Double marks
are the outer quotation marks of English news; single marks serve headlines, standfirsts, British
style and quotations inside quotations. Each glyph also has a usual direction, used only when the
characters around a mark do not tell whether it opens or closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Family = Literal["double", "single"]
Direction = Literal["open", "close", "either"]


@dataclass(frozen=True, slots=True)
class MarkStyle:
    """A quotation-mark glyph: its family and the direction it usually has."""

    char: str
    family: Family
    direction: Direction
    name: str


MARK_STYLES: tuple[MarkStyle, ...] = (
    MarkStyle('"', "double", "either", "straight double quote"),
    MarkStyle("“", "double", "open", "left double quotation mark"),
    MarkStyle("”", "double", "close", "right double quotation mark"),
    MarkStyle("„", "double", "open", "double low-9 quotation mark (German, Polish…)"),
    MarkStyle("‟", "double", "open", "double high-reversed-9 quotation mark"),
    MarkStyle("«", "double", "open", "left-pointing double angle quotation mark (guillemet)"),
    MarkStyle("»", "double", "close", "right-pointing double angle quotation mark (guillemet)"),
    MarkStyle("〝", "double", "open", "reversed double prime quotation mark"),
    MarkStyle("〞", "double", "close", "double prime quotation mark"),
    MarkStyle("＂", "double", "either", "fullwidth quotation mark"),
    MarkStyle("'", "single", "either", "straight single quote / apostrophe"),
    MarkStyle("‘", "single", "open", "left single quotation mark"),
    MarkStyle("’", "single", "close", "right single quotation mark / apostrophe"),
    MarkStyle("‚", "single", "open", "single low-9 quotation mark"),
    MarkStyle("‛", "single", "open", "single high-reversed-9 quotation mark"),
    MarkStyle("‹", "single", "open", "left-pointing single angle quotation mark"),
    MarkStyle("›", "single", "close", "right-pointing single angle quotation mark"),
)

# Two-character marks that stand for one double mark: typewriter and newswire texts print `''` for
# both “ and ” (and TeX-style texts ``…''); some doubled curly singles (‘‘…’’).
DIGRAPH_STYLES: tuple[MarkStyle, ...] = (
    MarkStyle("''", "double", "either", "two straight single quotes"),
    MarkStyle("``", "double", "open", "two grave accents (TeX, Penn Treebank)"),
    MarkStyle("‘‘", "double", "open", "two left single quotation marks"),
    MarkStyle("’’", "double", "close", "two right single quotation marks"),
)

STYLE_OF: dict[str, MarkStyle] = {s.char: s for s in MARK_STYLES}
ALL_MARKS: frozenset[str] = frozenset(STYLE_OF)
DOUBLE_MARKS: frozenset[str] = frozenset(s.char for s in MARK_STYLES if s.family == "double")
SINGLE_MARKS: frozenset[str] = frozenset(s.char for s in MARK_STYLES if s.family == "single")

# Guillemets are often set off by (thin) spaces inside them: « Bonjour ».
SPACED_MARKS: frozenset[str] = frozenset("«»‹›")

# Characters that may stand right before an opening mark / right after a closing mark.
OPENING_CONTEXT: frozenset[str] = frozenset("([{<—–-/:;,") | ALL_MARKS
CLOSING_CONTEXT: frozenset[str] = frozenset(".,;:!?)]}>—–-/…") | ALL_MARKS

# Words that start with an elided letter, so a single mark before them is an apostrophe:
# 'tis, 'em, rock 'n' roll, 'cause. Years ('90s, '16) are recognised by their digits. The clitics
# ('s, 're, 've, 'll, 'd, 'm) stand alone in tokenised research corpora: the minister 's plan.
ELISIONS: frozenset[str] = frozenset(
    {
        "em",
        "tis",
        "twas",
        "til",
        "n",
        "bout",
        "nuff",
        "cept",
        "fraid",
        "scuse",
        "gainst",
        "mongst",
        "neath",
        "tween",
        "twixt",
        "nother",
        "cos",
        "coz",
        "cuz",
        "sup",
        "s",
        "re",
        "ve",
        "ll",
        "d",
        "m",
    }
)

# The typewriter marks, which neither open nor close by their shape.
STRAIGHT_DOUBLE: str = '"'
STRAIGHT_SINGLE: str = "'"

# Single marks that are also apostrophes (don't, O’Brien, the voters’ choice); with ‘ they may stand
# for the letters left out of rock ’n’ roll.
APOSTROPHES: frozenset[str] = frozenset("'’")
CURLED_APOSTROPHE: str = "’"
ELIDING_MARKS: frozenset[str] = APOSTROPHES | {"‘"}
# Single marks whose glyph can only open: an unclosed one is reported, and its words kept; an
# unclosed straight ' is too often an apostrophe for either.
CLEAR_SINGLE_OPENINGS: frozenset[str] = frozenset(
    s.char for s in MARK_STYLES if s.family == "single" and s.direction == "open"
)
# Marks for feet and inches after a figure (5'10", 6’2”, 12″): measures, not quotation marks.
FOOT_MARKS: frozenset[str] = frozenset("'’′")
INCH_MARKS: frozenset[str] = frozenset('"”″')

# The one double mark a two-character mark is read as, by the role its context gives it.
FOLDED_DIGRAPH: dict[Direction, str] = {"open": "“", "close": "”", "either": '"'}

# The glyphs quotation marks are given in the text the parser reads, by family and role: the
# English marks its model was trained on, one character each, so offsets do not move.
PARSER_MARKS: dict[tuple[Family, str], str] = {
    ("double", "open"): "“",
    ("double", "close"): "”",
    ("single", "open"): "‘",
    ("single", "close"): "’",
}
