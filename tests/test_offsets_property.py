"""Offsets of quotations, checked on generated articles whose quotations are known.

Each article is built from sentence templates with a seeded random generator (the same articles on
every run): narration with apostrophes, direct and partial quotations, quotations nested to several
levels, quotations over several paragraphs (each paragraph reopened with a mark, the previous one
left open), in every mark style the scanner knows, and tokenised research-corpus text. The builder
records where the quoted words of each quotation are; the scanner and the records must agree.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from quotes.layout.paragraphs import split_paragraphs
from quotes.marks.scan import find_quotations
from quotes.marks.styles import ALL_MARKS, DIGRAPH_STYLES
from quotes.pipeline import extract_many
from quotes.records import QUOTATION_KINDS, Article, Quote

SEED = 14
ARTICLES = 200

# House styles: the (opening, closing) double and single pairs one quotation is printed in, its
# quotations inside quotations alternating between the two. The spaced guillemets have a space or a
# no-break space inside.
CONVENTIONS = [
    (("“", "”"), ("‘", "’")),  # English
    (('"', '"'), ("'", "'")),  # typewriter
    (("„", "“"), ("‚", "‘")),  # German
    (("„", "”"), ("‚", "’")),  # Polish, Dutch
    (("»", "«"), ("›", "‹")),  # German books, Danish
    (("«", "»"), ("‹", "›")),  # Swiss, English copy of European sources
    (("« ", " »"), ("‹ ", " ›")),  # French
    (("«\u00a0", "\u00a0»"), ("‹\u00a0", "\u00a0›")),  # French, no-break spaces
    (("``", "''"), ("‘", "’")),  # TeX
    (("''", "''"), ("'", "'")),  # newswire typewriter
]
FAMILIES = ("double", "single")
OTHER = {"double": "single", "single": "double"}
Convention = tuple[tuple[str, str], tuple[str, str]]

SPEAKERS = ["Dana Reyes", "the minister", "Tomas Lindqvist", "a spokeswoman", "the harbour master"]
CLAUSES = [
    "We will win",
    "The bridge will reopen in spring",
    "Nobody asked the fishermen",
    "We don't expect any delays",
    "The players' union agreed to the deal",
    "It was the best season since the '90s",
    "Mr O’Neill signed the letter on Friday",
    "Our budget is not a wish list",
    "The ferry can't carry more than forty cars",
]
WORDS = ["the plan", "a fair offer", "no", "never again", "the old mill", "a blank cheque", "enough"]
NARRATION = [
    "The council met on Tuesday.",
    "Fans don't like the new stadium.",
    "The players' union has not commented.",
    "Prices have not been this high since the '90s.",
    "Ticket sales rose by a third in March.",
    "Rock 'n' roll night at the pier was cancelled.",
]
SEPARATORS = ["\n\n", "\n\n", "\r\n\r\n", "\n\n\n"]


@dataclass
class Built:
    """An article under construction: its text and the quotations it holds, part by part."""

    text: str = ""
    quotes: list[list[tuple[int, int]]] = field(default_factory=list)

    def add(self, piece: str) -> None:
        self.text += piece

    def quoted(self, words: str) -> tuple[int, int]:
        """Append quoted words and return their span."""
        start = len(self.text)
        self.text += words
        return start, len(self.text)


def _style(convention: Convention, family: str) -> tuple[str, str]:
    return convention[FAMILIES.index(family)]


def _nested(rng: random.Random, convention: Convention, family: str, depth: int) -> str:
    """Words holding quotations inside quotations, ``depth`` levels, alternating the families."""
    if depth == 0:
        return rng.choice(WORDS)
    o, c = _style(convention, family)
    inner = _nested(rng, convention, OTHER[family], depth - 1)
    said = rng.choice(["she said", "he told me", "they wrote"])
    return f"{said} {o}{inner}{c} {rng.choice(['twice', 'to us', 'in May'])}"


def _direct(b: Built, rng: random.Random) -> None:
    convention = rng.choice(CONVENTIONS)
    family = rng.choice(["double", "double", "single"])
    o, c = _style(convention, family)
    words = rng.choice(CLAUSES) + ","
    if rng.random() < 0.4:
        words = f"{rng.choice(CLAUSES)}, and {_nested(rng, convention, OTHER[family], rng.randint(1, 4))},"
    b.add(o)
    b.quotes.append([b.quoted(words)])
    b.add(f"{c} {rng.choice(SPEAKERS)} said.")


def _framed(b: Built, rng: random.Random) -> None:
    o, c = _style(rng.choice(CONVENTIONS), rng.choice(FAMILIES))
    b.add(f"{rng.choice(SPEAKERS).capitalize()} said: {o}")
    b.quotes.append([b.quoted(rng.choice(CLAUSES) + ".")])
    b.add(c)


def _partial(b: Built, rng: random.Random) -> None:
    o, c = _style(rng.choice(CONVENTIONS), rng.choice(FAMILIES))
    b.add(f"{rng.choice(SPEAKERS).capitalize()} called it {o}")
    b.quotes.append([b.quoted(rng.choice(WORDS))])
    b.add(f"{c} on Monday.")


def _several_paragraphs(b: Built, rng: random.Random, sep: str) -> None:
    o, c = _style(rng.choice(CONVENTIONS), rng.choice(["double", "double", "single"]))
    parts = []
    clauses = rng.sample(CLAUSES, rng.randint(2, 4))
    for k, clause in enumerate(clauses):
        b.add(o)
        if k < len(clauses) - 1:
            parts.append(b.quoted(clause + "."))
            b.add(sep)
        else:
            parts.append(b.quoted(clause + ","))
            b.add(f"{c} {rng.choice(SPEAKERS)} said.")
    b.quotes.append(parts)


def _tokenised(b: Built, rng: random.Random) -> None:
    """A sentence of a tokenised research corpus: `` We will win , '' the minister said ."""
    clause = rng.choice(["We will win", "Nobody asked the fishermen", "We do n't expect any delays"])
    b.add("`` ")
    b.quotes.append([b.quoted(f"{clause} ,")])
    b.add(f" '' {rng.choice(SPEAKERS)} said .")


def build(rng: random.Random) -> Built:
    """One article: a headline, then narration and quotations, one a paragraph."""
    b = Built()
    b.add(rng.choice(["Harbour deal signed", "Council delays vote", "Ferry service to resume"]))
    paragraphs = 0
    while paragraphs < rng.randint(3, 8):
        text, quotes = b.text, list(b.quotes)
        sep = rng.choice(SEPARATORS)
        b.add(sep)
        kind = rng.choice(["narration", "direct", "direct", "framed", "partial", "paragraphs", "tokenised"])
        if kind == "narration":
            b.add(" ".join(rng.sample(NARRATION, 2)))
        elif kind == "direct":
            _direct(b, rng)
        elif kind == "framed":
            _framed(b, rng)
        elif kind == "partial":
            _partial(b, rng)
        elif kind == "paragraphs":
            _several_paragraphs(b, rng, sep)
        else:
            _tokenised(b, rng)
        lines = ["".join(ch for ch in line if ch.isalnum()) for line in b.text.splitlines() if line.strip()]
        if len(lines) != len(set(lines)):  # a repeated paragraph is page furniture: draw again
            b.text, b.quotes = text, quotes
            continue
        paragraphs += 1
    b.add("\n")
    return b


ARTICLE_SET = [build(random.Random(SEED * 1000 + n)) for n in range(ARTICLES)]
_OPENING_GLYPHS = ALL_MARKS | {s.char[0] for s in DIGRAPH_STYLES}


def _assert_offsets(text: str, quote: str, start: int, end: int, parts: list[tuple[int, int]]) -> None:
    """The offset properties every quotation has."""
    assert parts, "no parts"
    assert (start, end) == (parts[0][0], parts[-1][1])
    paragraphs = split_paragraphs(text)
    held = []
    for s, e in parts:
        assert s < e
        assert text[s:e] == text[s:e].strip(), "a part starts or ends with white space"
        assert text[s] not in _OPENING_GLYPHS, "a part starts with a quotation mark"
        inside = [p.index for p in paragraphs if p.start <= s and e <= p.end]
        assert len(inside) == 1, "a part is not inside one paragraph"
        held.append(inside[0])
    assert held == sorted(set(held)), "parts go backwards or share a paragraph"
    assert " ".join(text[s:e] for s, e in parts) == quote
    if len(parts) == 1:
        assert text[start:end] == quote


@pytest.mark.parametrize("n", range(ARTICLES))
def test_scanner_finds_each_quotation_at_its_offsets(n: int) -> None:
    built = ARTICLE_SET[n]
    text = built.text
    spans, issues = find_quotations(text, split_paragraphs(text))
    assert issues == []
    assert [q.parts for q in spans] == built.quotes, [q.text(text) for q in spans]
    for q in spans:
        _assert_offsets(text, q.text(text), q.start, q.end, q.parts)


def test_the_generated_articles_cover_every_case() -> None:
    several = [q for b in ARTICLE_SET for q in b.quotes if len(q) > 1]
    assert len(several) > 50
    assert sum(b.text.count("``") for b in ARTICLE_SET) > 50
    for style in [pair for convention in CONVENTIONS for pair in convention]:
        assert any(style[0] in b.text for b in ARTICLE_SET), style


RECORDED = ARTICLE_SET[::2]  # parsing is slow: the records of every other article


@pytest.fixture(scope="module")
def records() -> list[tuple[str, list[Quote]]]:
    """The quotation records of the generated articles (reported speech left out: its spans are
    not quotations), extracted in one run."""
    articles = [Article(id=str(n), text=b.text) for n, b in enumerate(RECORDED)]
    return [(r.article.text, r.quotes) for r in extract_many(articles, kinds=QUOTATION_KINDS)]


@pytest.mark.slow  # parses a hundred generated articles
def test_records_carry_exact_offsets_and_parts(records: list[tuple[str, list[Quote]]]) -> None:
    found = 0
    for (text, quotes), built in zip(records, RECORDED, strict=True):
        expected = {tuple(p) for p in built.quotes}
        for q in quotes:
            _assert_offsets(text, q.quote, q.start, q.end, q.parts)
            assert tuple(q.parts) in expected, q.quote
            found += 1
            record = q.to_dict()
            if len(q.parts) > 1:
                assert record["parts"] == [list(p) for p in q.parts]
            assert Quote.from_dict(record).parts == q.parts
    assert found >= 0.95 * sum(len(b.quotes) for b in RECORDED)
