"""Tell the article from the page furniture around it, paragraph by paragraph.

Saved web pages carry menus, share buttons, bylines, "Related Posts" teaser lists, newsletter forms,
subscription appeals and reader comments. Quotations in them are not the article's. Each paragraph
gets a role: ``title`` (the headline), ``body`` (headline furniture excluded, the standfirst and the
article), or ``furniture``. The rules are those of boilerplate removal (jusText and its kin), on
plain text: paragraph length and shape, furniture vocabulary, headings that open a teaser or
comment zone, appeals addressed to the reader, and comment threads.

Repeated paragraphs: a short line seen before (a menu, a share button, a teaser title) is furniture.
A full paragraph is dropped only as a copy of one the article keeps (a page with an abstract and
the full text, an article pasted twice): the first copy stays, and each drop is reported in
``Layout.repeats`` and by a :class:`RepeatedParagraphWarning`. A full paragraph whose earlier copies
were all furniture (a "Most read" box that teases this very article) is judged on its own.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from quotes.layout.paragraphs import LABEL_DASHES, Paragraph
from quotes.lexicons.furniture import (
    APPEAL_OPENINGS,
    APPEAL_WORDS,
    BYLINE,
    COMMENT_COUNT,
    FURNITURE_PHRASES,
    MENU_WORDS,
    PAGE_WORDS,
    PERSONAL_VOICE,
    READER_ADDRESS,
    ZONE_HEADINGS,
)
from quotes.lexicons.grammar import NAME_STOP_WORDS, UPPER
from quotes.marks.styles import ALL_MARKS, DOUBLE_MARKS, SINGLE_MARKS
from quotes.marks.turns import turn_label

Role = Literal["title", "body", "furniture"]


def headline_flags(roles: Sequence[Role]) -> list[bool]:
    """Per paragraph of an article's kept ones (their ``roles``, furniture left out): the headline
    above its body (two body paragraphs at least), not a one-line text's only line."""
    return [r == "title" and roles[i + 1 :].count("body") >= 2 for i, r in enumerate(roles)]


_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SHORT_WORD = 3  # words of up to three letters may stay lower case in a title ("of", "the", "and")
_TITLE_CASE_WORDS = 4  # longer words a title-case headline has at least
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*+-]|\d{1,3}[.)])\s+")
_DOMAIN = re.compile(r"^\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\S*\s*$", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"""^\s*(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+on)?\s*:?\s*)?
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:
        {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}\s+{_MONTH},?\s+\d{{4}}
      | \d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}
    )(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\s*\|?\s*$""",
    re.I | re.X,
)
_SENTENCE_END = re.compile(r"(?:[.!?…\"”’»)]|'')\s*$")
_TEASER_END = re.compile(r"[^\W_](?:\.\.\.|…)\s*$")
_NAME_LINE = re.compile(rf"^\s*{UPPER}[\w'’-]+(?:\s+{UPPER}[\w'’.-]*){{1,2}}\s*$")
_COMMENTER = re.compile(
    rf"^\s*{UPPER}[\w'’-]+(?:\s+{UPPER}[\w'’.-]*){{0,2}}\s+(?:says|said|wrote|writes)\s*:\s*$"
)
# Quotations set off by marks; reader address inside them is a speaker's, not the page's.
_D = re.escape("".join(sorted(DOUBLE_MARKS)))
_S = re.escape("".join(sorted(SINGLE_MARKS)))
_QUOTED = re.compile(rf"[{_D}][^{_D}]*[{_D}]|(?<!\w)[{_S}][^{_S}]*[{_S}](?!\w)")  # words in quotation marks
_DOUBLE_OR_OPENING_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS - {"'", "’"}))) + "]")


@dataclass(frozen=True, slots=True)
class Layout:
    """An article's paragraphs with the role of each."""

    paragraphs: tuple[Paragraph, ...]
    roles: tuple[Role, ...]
    repeats: tuple[tuple[int, int], ...] = ()  # (dropped, kept): a full paragraph dropped as a copy

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
    voice: bool
    appeal: int


def _keep_signatures(feats: Sequence[_Features], roles: list[Role]) -> None:
    """A short dash line under a paragraph that ends with a closing quotation mark signs the
    quotation ("“…” ¶ - Marren."): a label of the article, though it looks like a list's bullet."""
    for i in range(1, len(feats)):
        f, above = feats[i], feats[i - 1]
        signs = f.text.lstrip()[:1] in LABEL_DASHES and 1 <= len(f.words) <= 6 and f.words[0][:1].isupper()
        under_quotation = roles[i - 1] != "furniture" and above.text.rstrip()[-1:] in ALL_MARKS
        if roles[i] == "furniture" and signs and under_quotation:
            roles[i] = "body"


def _features(text: str) -> _Features:
    words = _WORD.findall(text)
    n = len(words)
    lower = text.strip().lower().rstrip(":.")
    quoted = _DOUBLE_OR_OPENING_MARK.search(text) is not None or "''" in text or "``" in text
    unquoted = _QUOTED.sub(" ", text) if quoted else text
    own = [w.lower().replace("’", "'") for w in _WORD.findall(unquoted)]
    address = sum(1 for w in own if w in READER_ADDRESS) / n if n else 0.0
    voice = any(w in PERSONAL_VOICE for w in own) or any(ch in "?!" for ch in unquoted)
    appeal = sum(1 for w in words if w.lower() in APPEAL_WORDS)
    bad = (
        n == 0
        or (_BULLET.match(text) is not None and n <= 8)
        or (n <= 4 and lower in MENU_WORDS)
        or (n <= 6 and all(w.lower() in MENU_WORDS for w in words))
        or (n <= 25 and FURNITURE_PHRASES.search(text) is not None)
        or "[contact-form" in text
        or (BYLINE.match(text) is not None and n <= 16 and not _SENTENCE_END.search(text))
        or _DATE_LINE.match(text) is not None
        or _DOMAIN.match(text) is not None
        or (
            # Addressed to the reader about the page itself ("we ask you, our readers"; "this video is
            # not available in your location"): "we" and "you" alone are an opinion writer's voice.
            not quoted
            and turn_label(text) is None  # "LENA ORTIZ: We have a plan …": a speaker's turn
            and n >= 6
            and address >= 0.12
            and sum(w.lower() in READER_ADDRESS for w in words) >= 2
            and any(w.lower() in PAGE_WORDS or w.lower() in APPEAL_WORDS for w in words)
        )
        or (not quoted and appeal >= 2 and address > 0)
    )
    marker = (n <= 8 and ZONE_HEADINGS.match(text) is not None) or (
        n <= 30 and COMMENT_COUNT.match(text) is not None and not _SENTENCE_END.search(text.rstrip("”\"’'"))
    )
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
        voice=voice,
        appeal=appeal,
    )


def _title_like(f: _Features) -> bool:
    n = len(f.words)
    return not f.bad and not f.marker and 3 <= n <= 30 and not f.text.rstrip().endswith((",", ";"))


def _title_case(f: _Features) -> bool:
    """Every longer word capitalised, as in "Ferry Chief Says ‘We Will Sail Again’ After Storm.":
    a headline's style, which running prose never has."""
    long = [w for w in f.words if len(w) > _SHORT_WORD]
    return _title_like(f) and len(long) >= _TITLE_CASE_WORDS and all(w[:1].isupper() for w in long)


def _restore_headline(feats: Sequence[_Features], roles: list[Role], start: int) -> None:
    """The article begins at ``start`` after a box of furniture: its headline may stand just above,
    with only bylines, dates and buttons between."""
    j = start - 1
    while j >= 0 and (feats[j].bad or feats[j].marker):
        j -= 1
    if j >= 0 and _headline_like(feats[j]) and not feats[j].teaser:
        roles[j] = "body"


def _short_sentence(f: _Features) -> bool:
    """A short paragraph of running prose: "Nobody was hurt." (not a label, a name or a teaser)."""
    return (
        not f.bad
        and not f.marker
        and not f.teaser
        and 3 <= len(f.words) < 10
        and _SENTENCE_END.search(f.text) is not None
        and any(w[0].islower() for w in f.words)
    )


def _headline_like(f: _Features) -> bool:
    """A headline: title-like, neither addressed to the reader nor asking for money."""
    return _title_like(f) and f.address == 0 and f.appeal == 0 and not f.quoted


def _prose(f: _Features) -> bool:
    """A paragraph of the article: full prose not addressed to the reader (quotations aside)."""
    return f.good and f.address < 0.05 and not f.appeal_start


def _norm(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _WORD.findall(text))


class RepeatedParagraphWarning(UserWarning):
    """A full paragraph appeared twice in an article: the later copy was dropped, the first kept."""


REPEAT_MIN_WORDS = 6  # a repeated line shorter than this is not treated as a copy at all


def _full(f: _Features) -> bool:
    """A paragraph of full prose (a sentence of ten words or more, or a quotation), not a teaser."""
    return f.good and not f.teaser


def _drop_copies(feats: Sequence[_Features], keys: Sequence[str], roles: list[Role]) -> list[tuple[int, int]]:
    """Drop each full paragraph that repeats one the article keeps; (dropped, kept) index pairs."""
    kept: dict[str, int] = {}
    dropped: list[tuple[int, int]] = []
    for i, f in enumerate(feats):
        if roles[i] == "furniture" or len(f.words) < REPEAT_MIN_WORDS:
            continue
        first = kept.get(keys[i])
        if first is None:
            kept[keys[i]] = i
            continue
        roles[i] = "furniture"
        if _full(f):
            dropped.append((i, first))
    return dropped


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def describe_repeats(text: str, layout: Layout) -> str | None:
    """The drops of repeated full paragraphs, in one line for a warning; None when there were none."""
    if not layout.repeats:
        return None
    first, kept = layout.repeats[0]
    p, k = layout.paragraphs[first], layout.paragraphs[kept]
    words = text[p.start : p.end].split()
    opening = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    more = f" and {len(layout.repeats) - 1} more" if len(layout.repeats) > 1 else ""
    return (
        f"repeated paragraph dropped at line {_line_of(text, p.start)}{more} "
        f"(a copy of line {_line_of(text, k.start)}, which is kept): {opening}"
    )


def _warn_repeats(text: str, layout: Layout) -> None:
    """One :class:`RepeatedParagraphWarning` for an article's dropped copies, if any."""
    message = describe_repeats(text, layout)
    if message is not None:  # no source line to show: the warning stays one line on stderr
        line = _line_of(text, layout.paragraphs[layout.repeats[0][0]].start)
        warnings.warn_explicit(message, RepeatedParagraphWarning, "<article>", line)


def _commenter(f: _Features) -> str | None:
    """``"name"`` for a line that is only a name, ``"says"`` for "Jane Roe says:", else None."""
    if f.quoted or any(w.lower() in NAME_STOP_WORDS for w in f.words):
        return None
    if _COMMENTER.match(f.text):
        return "says"
    return "name" if _NAME_LINE.match(f.text) else None


def _comment_thread_start(feats: Sequence[_Features]) -> int | None:
    """Where a trailing run of reader comments (a name line, then the comment) begins.

    Time stamps and buttons ("Reply") between them are part of the thread.
    """
    start = None
    i = len(feats) - 1
    names: list[str] = []
    comments: list[_Features] = []

    def name_above(k: int) -> bool:
        while k >= 0 and feats[k].bad:
            k -= 1
        return k >= 0 and _commenter(feats[k]) is not None

    while i >= 0:
        f = feats[i]
        kind = _commenter(f)
        if kind is not None:
            names.append(kind)
            start = i
        elif f.bad and start is not None:
            pass
        elif len(f.words) <= 60 and not f.marker and name_above(i - 1):
            comments.append(f)
        elif not f.bad:
            break
        i -= 1
    # Readers write in their own voice (I, you, a question) or in scraps; an article's cross-headed
    # sections ("What Happens Next", then a paragraph) have the same shape but are full third-person prose.
    readers = "says" in names or any(c.voice or not _SENTENCE_END.search(c.text) for c in comments)
    return start if len(names) >= 2 and readers else None


def classify(
    text: str, paragraphs: Sequence[Paragraph], title: str | None = None, *, warn: bool = True
) -> Layout:
    """Give each paragraph its role: the headline, the article body, or page furniture.

    A full paragraph dropped as a copy is listed in ``repeats`` and, with ``warn``, reported by a
    :class:`RepeatedParagraphWarning` (a caller that reports it itself passes ``warn=False`` and uses
    :func:`describe_repeats`).
    """
    feats = [_features(text[p.start : p.end]) for p in paragraphs]
    roles: list[Role] = ["body"] * len(paragraphs)
    seen: set[str] = set()
    mode = "article"
    seen_good = False
    good_run = run_start = 0
    keys = [_norm(f.text) for f in feats]
    for i, f in enumerate(feats):
        key = keys[i]
        # A short line seen before is furniture (menus, share buttons, teaser titles); a full paragraph
        # is a copy only of one the article keeps, which is known once every role is settled.
        duplicate = len(f.words) >= REPEAT_MIN_WORDS and key in seen and not _full(f)
        seen.add(key)
        if f.appeal_start and not f.quoted:
            mode = "appeal"
        elif f.marker:
            mode = "tail" if seen_good else "box"
        if mode in ("tail", "box"):
            # Full paragraphs in a row mean the article goes on; a short sentence between them
            # ("Nobody was hurt.") does not break the run, a teaser or a label does.
            if f.good and not f.teaser:
                if good_run == 0:
                    run_start = i
                good_run += 1
            elif not (good_run and _short_sentence(f)):
                good_run = 0
            if good_run >= 2 or (mode == "box" and good_run >= 1 and len(f.words) >= 25):
                for j in range(run_start, i):
                    if roles[j] == "furniture" and not feats[j].bad:
                        roles[j] = "body"
                if mode == "box":
                    _restore_headline(feats, roles, run_start)
                mode = "article"
            else:
                roles[i] = "furniture"
                continue
        if mode == "appeal":
            if _prose(f) or (_headline_like(f) and i + 1 < len(feats) and _prose(feats[i + 1])):
                mode = "article"
            else:
                roles[i] = "furniture"
                continue
        if f.bad or f.marker or duplicate:
            roles[i] = "furniture"
            continue
        if f.good:
            seen_good = True
    _keep_signatures(feats, roles)
    thread = _comment_thread_start(feats)
    if thread is not None:
        for i in range(thread, len(feats)):
            roles[i] = "furniture"
    repeats = _drop_copies(feats, keys, roles)
    _mark_title(feats, roles, title)
    layout = Layout(tuple(paragraphs), tuple(roles), tuple(repeats))
    if warn:
        _warn_repeats(text, layout)
    return layout


def _mark_title(feats: Sequence[_Features], roles: list[Role], title: str | None) -> None:
    """Find the headline; short non-prose lines above it are page furniture."""
    at = None
    if title:
        want = _norm(title)
        matches = [i for i, f in enumerate(feats) if want and _norm(f.text) == want]
        # The headline itself, even where a block above it (an appeal, a teaser box) swallowed it.
        kept = [i for i in matches if roles[i] != "furniture"]
        loose = [i for i in matches if not feats[i].bad and not feats[i].marker]
        at = (kept or loose or [None])[0]
    if at is None:
        for i, f in enumerate(feats):
            if roles[i] == "furniture":
                continue
            if f.good and not _title_case(f):  # a headline in title case may end with a full stop
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
