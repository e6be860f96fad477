"""Put findings at a line and column of the draft file, and honour inline suppressions.

For text and Markdown drafts the article text is the file's text, so an offset is a place in the
file. For HTML the quotation is found again in the page's source. A comment on the line before a
quotation (or on its line) turns rules off for it::

    <!-- quotes: ignore Q002 -->
    <!-- quotes: ignore -->            (every rule)
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from quotes.records import Article

_IGNORE = re.compile(r"<!--\s*quotes:\s*ignore\b([^>]*?)-->", re.I)
_RULE_ID = re.compile(r"Q\d{3}")
_BETWEEN = r"(?:\s|<[^>]*>|&[#\w]+;)+"


class Locator:
    """Maps an article's offsets to lines and columns of its file, and knows its suppressions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.raw = article.text
        if article.format == "html":
            try:
                self.raw = Path(article.id).read_text(encoding="utf-8", errors="replace")
            except OSError:
                self.raw = article.text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.raw)]
        self.ignored: dict[int, set[str] | None] = {}
        for m in _IGNORE.finditer(self.raw):
            line = self._line(m.start())
            rules = set(_RULE_ID.findall(m.group(1)))
            self.ignored[line] = rules or None  # None: every rule

    def _line(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def locate(self, offset: int, quote: str | None) -> tuple[int, int]:
        """(line, column), both from 1, of an offset in the article (or of the quotation's words)."""
        if self.article.format == "html" and quote:
            found = self._find_in_html(quote)
            if found is not None:
                offset = found
        offset = max(0, min(offset, len(self.raw)))
        line = self._line(offset)
        return line, offset - self.line_starts[line - 1] + 1

    def _find_in_html(self, quote: str) -> int | None:
        first_words = re.findall(r"[^\W_]+", quote)[:5]
        if not first_words:
            return None
        pattern = _BETWEEN.join(re.escape(w) for w in first_words)
        m = re.search(pattern, self.raw)
        return m.start() if m else None

    def suppressed(self, line: int, rule: str) -> bool:
        """True when a comment on this line or the line before turns ``rule`` off."""
        for at in (line, line - 1):
            if at in self.ignored:
                rules = self.ignored[at]
                if rules is None or rule in rules:
                    return True
        return False
