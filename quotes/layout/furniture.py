"""Tell the article from the page furniture around it, paragraph by paragraph.

Saved web pages carry menus, share buttons, bylines, "Related Posts" teaser lists, newsletter forms,
subscription appeals and reader comments. Quotations in them are not the article's. Each paragraph
gets a role: ``title`` (the headline), ``body`` (headline furniture excluded, the standfirst and the
article), or ``furniture``. The rules are those of boilerplate removal (jusText and its kin), on
plain text: paragraph length and shape, furniture vocabulary, headings that open a teaser or
comment zone, appeals addressed to the reader, and comment threads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from quotes.layout.paragraphs import Paragraph
from quotes.lexicons import words
from quotes.lexicons.furniture import (
    APPEAL_OPENINGS,
    APPEAL_WORDS,
    BYLINE,
    FURNITURE_PHRASES,
    MENU_WORDS,
    READER_ADDRESS,
    ZONE_HEADINGS,
)
from quotes.marks.styles import ALL_MARKS

Role = Literal["title", "body", "furniture"]

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*+-]|\d{1,3}[.)])\s+")
_DOMAIN = re.compile(r"^\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\S*\s*$", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"""^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:
        {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}\s+{_MONTH},?\s+\d{{4}}
      | \d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}
    )(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\s*\|?\s*$""",
    re.I | re.X,
)
_SENTENCE_END = re.compile(r"[.!?…\"”’»)]\s*$")
_TEASER_END = re.compile(r"[^\W_](?:\.\.\.|…)\s*$")
_NAME_LINE = re.compile(r"^\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,2}\s*$")
_NAME_STOP = words(
    """
    the of and for in on at to a an with from by new
    """
)


@dataclass(frozen=True, slots=True)
class Layout:
    """An article's paragraphs with the role of each."""

    paragraphs: tuple[Paragraph, ...]
    roles: tuple[Role, ...]

    def kept(self) -> list[Paragraph]:
        """The paragraphs of the article itself (headline and body), in order."""
        return [p for p, r in zip(self.paragraphs, self.roles, strict=True) if r != "furniture"]


@dataclass(slots=True)
class _Features:
    text: str
    words: list[str]
    quoted: bool
    bad: bool
    good: bool
    marker: bool
    appeal_start: bool
    teaser: bool
    address: float


def _features(text: str) -> _Features:
    words = _WORD.findall(text)
    n = len(words)
    lower = text.strip().lower().rstrip(":.")
    quoted = any(ch in ALL_MARKS for ch in text if ch not in "'’")
    address = sum(1 for w in words if w.lower() in READER_ADDRESS) / n if n else 0.0
    appeal = sum(1 for w in words if w.lower() in APPEAL_WORDS)
    bad = (
        n == 0
        or (_BULLET.match(text) is not None and n <= 8)
        or (n <= 4 and lower in MENU_WORDS)
        or (n <= 6 and all(w.lower() in MENU_WORDS for w in words))
        or (FURNITURE_PHRASES.search(text) is not None and n <= 25)
        or "[contact-form" in text
        or (BYLINE.match(text) is not None and n <= 16 and not _SENTENCE_END.search(text))
        or _DATE_LINE.match(text) is not None
        or _DOMAIN.match(text) is not None
        or (
            not quoted and n >= 6 and address >= 0.12 and sum(w.lower() in READER_ADDRESS for w in words) >= 2
        )
        or (not quoted and appeal >= 2 and address > 0)
    )
    marker = n <= 8 and ZONE_HEADINGS.match(text) is not None
    good = not bad and not marker and n >= 10 and (_SENTENCE_END.search(text) is not None or quoted)
    return _Features(
        text=text,
        words=words,
        quoted=quoted,
        bad=bad,
        good=good,
        marker=marker,
        appeal_start=APPEAL_OPENINGS.match(text) is not None,
        teaser=_TEASER_END.search(text) is not None,
        address=address,
    )


def _title_like(f: _Features) -> bool:
    n = len(f.words)
    return not f.bad and not f.marker and 3 <= n <= 30 and not f.text.rstrip().endswith((",", ";"))


def _norm(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _WORD.findall(text))


def _comment_thread_start(feats: Sequence[_Features]) -> int | None:
    """Where a trailing run of reader comments (a name line, then the comment) begins."""
    start = None
    i = len(feats) - 1
    names = 0
    while i >= 0:
        f = feats[i]
        name = (
            _NAME_LINE.match(f.text) is not None
            and not f.quoted
            and not any(w.lower() in _NAME_STOP for w in f.words)
        )
        if name:
            names += 1
            start = i
            i -= 1
            continue
        if len(f.words) <= 60 and not f.marker and i > 0:
            prev = feats[i - 1]
            if _NAME_LINE.match(prev.text) and not any(w.lower() in _NAME_STOP for w in prev.words):
                i -= 1
                continue
        break
    return start if names >= 2 else None


def classify(text: str, paragraphs: Sequence[Paragraph], title: str | None = None) -> Layout:
    """Give each paragraph its role: the headline, the article body, or page furniture."""
    feats = [_features(text[p.start : p.end]) for p in paragraphs]
    roles: list[Role] = ["body"] * len(paragraphs)
    seen: set[str] = set()
    mode = "article"
    seen_good = False
    good_run = 0
    for i, f in enumerate(feats):
        key = _norm(f.text)
        duplicate = len(f.words) >= 6 and key in seen
        seen.add(key)
        if f.appeal_start and not f.quoted:
            mode = "appeal"
        elif f.marker:
            mode = "tail" if seen_good else "box"
        if mode in ("tail", "box"):
            good_run = good_run + 1 if f.good and not f.teaser else 0
            if good_run >= 2 or (mode == "box" and good_run >= 1 and len(f.words) >= 25):
                mode = "article"
                if i > 0 and roles[i - 1] == "furniture" and feats[i - 1].good:
                    roles[i - 1] = "body"
            else:
                roles[i] = "furniture"
                continue
        if mode == "appeal":
            if f.good and f.address < 0.05 and not f.appeal_start:
                mode = "article"
            else:
                roles[i] = "furniture"
                continue
        if f.bad or f.marker or duplicate:
            roles[i] = "furniture"
            continue
        if f.good:
            seen_good = True
    thread = _comment_thread_start(feats)
    if thread is not None:
        for i in range(thread, len(feats)):
            roles[i] = "furniture"
    _mark_title(feats, roles, title)
    return Layout(tuple(paragraphs), tuple(roles))


def _mark_title(feats: Sequence[_Features], roles: list[Role], title: str | None) -> None:
    """Find the headline; short non-prose lines above it are page furniture."""
    at = None
    if title:
        want = _norm(title)
        for i, f in enumerate(feats):
            if roles[i] != "furniture" and want and _norm(f.text) == want:
                at = i
                break
    if at is None:
        for i, f in enumerate(feats):
            if roles[i] == "furniture":
                continue
            if f.good:
                break
            if _title_like(f):
                at = i
                break
    if at is None:
        return
    roles[at] = "title"
    for i in range(at):
        if roles[i] == "body" and not feats[i].good:
            roles[i] = "furniture"
