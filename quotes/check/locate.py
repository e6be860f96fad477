"""Put findings at a line and column of the draft file, and honour inline suppressions.

For text and Markdown drafts the article text is the file's text, so an offset is a place in the
file. For HTML the text around the offset is found again among the page's visible characters
(outside tags, comments, the title, scripts and styles; entities decoded), white space aside; when
the same words occur more than once, the occurrence with the same rank as in the extracted text
is taken. A comment on the line before a quotation (or on its line) turns rules off for it::

    <!-- quotes: ignore Q002 -->
    <!-- quotes: ignore -->            (every rule)
"""

from __future__ import annotations

import bisect
import html
import re
from pathlib import Path

from quotes.records import Article

_IGNORE = re.compile(r"<!--\s*quotes:\s*ignore\b([^>]*?)-->", re.I)
_RULE_ID = re.compile(r"Q\d{3}")
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|$)|<(title|script|style|template|noscript)\b[^>]*>.*?(?:</\1\s*>|$)|<[!?/]?[A-Za-z][^>]*>"
    r"|<!\[CDATA\[.*?\]\]>",
    re.I | re.S,
)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_SNIPPETS = (48, 24, 12, 6)  # characters (white space aside) of text to find again, longest first


def _solid(text: str) -> tuple[str, list[int]]:
    """``text`` without white space, and the offset in ``text`` of each character kept."""
    kept = [(ch, i) for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(ch for ch, _ in kept), [i for _, i in kept]


def _visible(raw: str) -> tuple[str, list[int]]:
    """The characters of an HTML page a reader sees, white space aside, with their offsets in ``raw``."""
    chars: list[str] = []
    where: list[int] = []

    def keep(text: str, at: int | None, base: int) -> None:
        for i, ch in enumerate(text):
            if not ch.isspace():
                chars.append(ch)
                where.append(base + i if at is None else at)

    def segment(lo: int, hi: int) -> None:
        pos = lo
        for m in _ENTITY.finditer(raw, lo, hi):
            keep(raw[pos : m.start()], None, pos)
            keep(html.unescape(m.group()), m.start(), m.start())
            pos = m.end()
        keep(raw[pos:hi], None, pos)

    pos = 0
    for m in _HIDDEN.finditer(raw):
        segment(pos, m.start())
        pos = m.end()
    segment(pos, len(raw))
    return "".join(chars), where


def _occurrences(haystack: str, needle: str, before: int | None = None) -> list[int]:
    """Where ``needle`` starts in ``haystack`` (overlaps included), only before ``before`` if given."""
    found, at = [], haystack.find(needle)
    while at != -1 and (before is None or at < before):
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


class Locator:
    """Maps an article's offsets to lines and columns of its file, and knows its suppressions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.raw = article.text
        self._maps: tuple[str, list[int], str, list[int]] | None = None
        if article.format == "html":
            self.raw = _read_page(article.id) or article.text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.raw)]
        self.ignored: dict[int, set[str] | None] = {}
        for m in _IGNORE.finditer(self.raw):
            line = self._line(m.start())
            rules = set(_RULE_ID.findall(m.group(1)))
            self.ignored[line] = rules or None  # None: every rule

    def _line(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def locate(self, offset: int, quote: str | None = None) -> tuple[int, int]:
        """(line, column), both from 1, of an offset in the article, as a place in the draft file."""
        if self.article.format == "html":
            found = self._find_in_html(offset)
            if found is not None:
                offset = found
        offset = max(0, min(offset, len(self.raw)))
        line = self._line(offset)
        return line, offset - self.line_starts[line - 1] + 1

    def _find_in_html(self, offset: int) -> int | None:
        """The offset in the page's source of the character at ``offset`` of the extracted text."""
        if self._maps is None:
            self._maps = (*_solid(self.article.text), *_visible(self.raw))
        text, text_at, page, page_at = self._maps
        if not text or not page:
            return None
        s = bisect.bisect_left(text_at, offset)  # the first non-space character at or after offset
        for size in _SNIPPETS:
            lo = max(0, min(s, len(text) - size))
            snippet, anchor = text[lo : lo + size], s - lo
            if not snippet or anchor >= len(snippet):
                continue
            hits = _occurrences(page, snippet)
            if not hits:
                continue
            rank = len(_occurrences(text, snippet, before=lo))
            return page_at[hits[min(rank, len(hits) - 1)] + anchor]
        return None

    def suppressed(self, line: int, rule: str) -> bool:
        """True when a comment on this line or the line before turns ``rule`` off."""
        for at in (line, line - 1):
            if at in self.ignored:
                rules = self.ignored[at]
                if rules is None or rule in rules:
                    return True
        return False


def _read_page(path: str) -> str | None:
    """An HTML draft's source, decoded as the reader decodes it; None when it cannot be read."""
    from quotes.read.html_page import declared_charset

    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    for encoding in ("utf-8-sig", declared_charset(data) or "cp1252"):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")
