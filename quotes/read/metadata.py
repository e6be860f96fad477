"""Infer an article's metadata from what its text itself states; never guess an outlet from the story."""

from __future__ import annotations

import re

from quotes.read.dates import date_only, match_date, to_iso
from quotes.read.markdown import front_matter_span

FIELDS = ("outlet", "published", "title", "url")
HEAD_LINES = 40  # labelled dates, headlines and masthead domains: looked for in this many content lines
MAX_LINE = 400  # longer lines are body text
FOOTER_LINES = 10  # non-blank lines at the end where a bare "© Name" counts as the publisher
DATE_AFTER_HEADLINE = 5  # an unlabelled date line counts within this many non-blank lines of the headline

_LIST_MARKER = re.compile(r"\s*(?:[-*+•·▪►]|\d{1,3}[.)])\s")
_HEADING_MARKS = re.compile(r"^(?:#{1,6}\s+|>\s*)+")
_MD_EMPHASIS = re.compile(r"(?<!\w)[*_`]([^*_`\n]+)[*_`](?!\w)")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_SEPARATOR = r"(?:^|[|•·,;–—]\s*|\s-\s*)"
_PUBLISHED_LABEL = re.compile(
    _SEPARATOR + r"(?:first\s+)?(?:published|posted|publication\s+date|pub(?:lished|\.)?\s+date|date|dated)"
    r"(?:\s+(?:on|at))?\s*[:\-–]?\s*",
    re.I,
)
_UPDATED_LABEL = re.compile(
    _SEPARATOR + r"(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*[:\-–]?\s*", re.I
)
_BYLINE = re.compile(
    r"(?:by\s|photo\s*(?:credit)?\s*[:(]|credit\s*:|share\s+(?:on|this|via)\b|(?:first\s+)?published\b"
    r"|posted\b|(?:last\s+)?(?:updated|modified)\b)",
    re.I,
)

_COPYRIGHT = re.compile(
    r"(?:copyright\s*)?(?P<mark>©|\(c\)|copyright)\s*(?:©\s*)?"
    r"(?P<year>(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*,?\s*)?)(?:by\s+)?(?P<name>.*)",
    re.I,
)
_RESERVED_TO = re.compile(r"all\s+rights\s+reserved(?:\s+(?:to|by)\s+|\s*[:–—]\s*)(?P<name>.+)", re.I)
_RESERVED_TAIL = re.compile(r"[\s,;|–-]*all\s+rights\s+reserved\.?\s*$", re.I)
_KEEP_DOT = ("Inc.", "Ltd.", "Co.", "Corp.", "Ltda.", "S.A.", "L.P.", "Pty.", "Bros.")
_WIRE = re.compile(
    r"\b(?:reuters|associated\s+press|ap|afp|agence\s+france[\s-]presse|dpa|deutsche\s+presse-agentur|upi|"
    r"united\s+press\s+international|xinhua|tass|itar-tass|interfax|ansa|efe|kyodo|yonhap|pti|"
    r"press\s+trust\s+of\s+india|ani|ians|aap|australian\s+associated\s+press|pa\s+media|press\s+association|"
    r"canadian\s+press|anadolu|bernama|news\s+agencies|wire\s+services?|"
    r"getty|shutterstock|images?|photos?|pictures?)\b",
    re.I,
)
_TLD_NAMES = (
    "com org net news info biz edu gov int mil media online site press tv radio today live world blog global"
)
_COMMON_TLDS = frozenset(_TLD_NAMES.split())  # and every two-letter country domain
_DOMAIN = re.compile(
    r"(?:https?://)?(?:www\d?\.)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?P<tld>[a-z]{2,24}))/?",
    re.I,
)
_FRONT_KEY = re.compile(r"\s*(?P<key>[A-Za-z][\w-]*)\s*[:=]\s*(?P<value>.*?)\s*$")
_FRONT_FIELDS = {
    "title": "title", "headline": "title",
    "date": "published", "published": "published", "publishdate": "published", "pubdate": "published",
    "published_at": "published", "date_published": "published", "datepublished": "published",
    "outlet": "outlet", "publisher": "outlet", "site_name": "outlet", "sitename": "outlet",
    "publication": "outlet",
    "url": "url", "canonical": "url", "canonical_url": "url", "canonicalurl": "url", "permalink": "url",
}  # fmt: skip


def clean_line(line: str) -> str:
    """A line without Markdown heading/quote marks, emphasis, links and surrounding blanks."""
    line = line.strip()
    if len(line) > MAX_LINE:  # body text: never a headline, date or rights line, so not worth cleaning
        return line
    line = _HEADING_MARKS.sub("", line)
    line = _MD_LINK.sub(r"\1", line.replace("**", "").replace("__", ""))
    line = _MD_EMPHASIS.sub(r"\1", line).strip("*_ \t")
    return re.sub(r"\s+#+$", "", line).strip()


def domain_of(line: str) -> str | None:
    """The site domain when the line is nothing but a domain or a bare site URL (``www.`` removed)."""
    match = _DOMAIN.fullmatch(line.strip())
    if not match:
        return None
    tld = match["tld"].lower()
    if tld not in _COMMON_TLDS and len(tld) != 2:
        return None
    return match["host"].lower()


def _copyright_holder(line: str, in_footer: bool = False) -> str | None:
    """The publisher named by a copyright or rights line, or None when it names none (or a wire service).

    A bare ``© Name`` with neither a year nor "all rights reserved" is often a photo credit, so it only
    counts in the footer (``in_footer``).
    """
    if len(line) > 150:
        return None
    match = _RESERVED_TO.fullmatch(line)
    if match:
        name = match["name"]
    else:
        match = _COPYRIGHT.fullmatch(line)
        if not match:
            return None
        if not (match["year"] or _RESERVED_TAIL.search(line) or (in_footer and match["mark"] != "copyright")):
            return None
        name = _RESERVED_TAIL.sub("", match["name"])
    name = re.sub(r"[\s,]+\d{4}$", "", name.strip()).strip(" \t,;:|–-")
    if name.endswith(".") and not name.endswith(_KEEP_DOT):
        name = name.rstrip(".").rstrip()
    if not name or len(name) > 80 or len(name.split()) > 8 or "/" in name or _WIRE.search(name):
        return None
    if not (name[0].isupper() or name[0].isdigit() or domain_of(name)):
        return None
    return name


def _is_headline(raw: str, line: str) -> bool:
    """Whether a line could be the article's headline rather than navigation, a byline or a date."""
    if _LIST_MARKER.match(raw) or not 10 <= len(line) <= 200 or len(line.split()) < 3:
        return False
    if date_only(line) or domain_of(line) or _BYLINE.match(line) or _copyright_holder(line):
        return False
    return not line.endswith(":")


def _is_paragraph(line: str) -> bool:
    """Whether a line reads as body text (so any headline would have come before it)."""
    words = len(line.split())
    return words > 35 or (words > 12 and line.endswith((".", "?", "!", "”", '"')))


def head(lines: list[str]) -> list[int]:
    """Indexes of the first content lines: not blank and not list items (menus are lists)."""
    found = []
    for index, raw in enumerate(lines):
        if raw.strip() and not _LIST_MARKER.match(raw):
            found.append(index)
            if len(found) >= HEAD_LINES:
                break
    return found


def find_headline(lines: list[str]) -> int | None:
    """Index of the first headline-like line among the first content lines, or None."""
    for index in head(lines):
        raw = lines[index]
        line = clean_line(raw)
        if _is_headline(raw, line) and not _is_paragraph(line):
            return index
        if _is_paragraph(line):
            return None
    return None


def _labelled_date(lines: list[str], label: re.Pattern[str]) -> str | None:
    """The first date printed right after ``label`` in the first content lines."""
    for index in head(lines):
        line = clean_line(lines[index])
        for match in label.finditer(line):
            found = match_date(line, match.end())
            if found:
                return found[0]
    return None


def infer_published(lines: list[str], headline: int | None) -> str | None:
    """The publication date the text states: labelled, else a date line just under the headline."""
    labelled = _labelled_date(lines, _PUBLISHED_LABEL)
    if labelled:
        return labelled
    if headline is not None:
        seen = 0
        for raw in lines[headline + 1 :]:
            line = clean_line(raw)
            if not line:
                continue
            iso = date_only(line)
            if iso:
                return iso
            seen += 1
            if seen >= DATE_AFTER_HEADLINE:
                break
    return _labelled_date(lines, _UPDATED_LABEL)


def infer_outlet(lines: list[str]) -> str | None:
    """The publisher the text names in a copyright line, else a masthead domain near the top."""
    from_end = 0
    for raw in reversed(lines):
        if not raw.strip():
            continue
        from_end += 1
        holder = _copyright_holder(clean_line(raw), in_footer=from_end <= FOOTER_LINES)
        if holder:
            return holder
    for index in head(lines):
        domain = domain_of(clean_line(lines[index]))
        if domain:
            return domain
    return None


def front_matter_fields(text: str) -> dict[str, str | None]:
    """Metadata a Markdown front matter block states (title, date, publisher, url)."""
    span = front_matter_span(text)
    found: dict[str, str | None] = {}
    if not span:
        return found
    for line in text[: span[1]].splitlines()[1:-1]:
        match = _FRONT_KEY.fullmatch(line)
        if not match:
            continue
        field = _FRONT_FIELDS.get(match["key"].lower())
        value = match["value"].strip().strip("'\"").strip()
        if field and value and field not in found:
            found[field] = to_iso(value) if field == "published" else value
    return {k: v for k, v in found.items() if v}


def infer_metadata(text: str, format: str = "text") -> dict[str, str | None]:
    """Outlet, published date and title as stated by a plain-text or Markdown article; None where silent."""
    stated: dict[str, str | None] = {}
    body = text
    if format == "markdown":
        stated = front_matter_fields(text)
        span = front_matter_span(text)
        if span:
            body = text[span[1] :]
    lines = body.splitlines()
    headline = find_headline(lines)
    inferred = {
        "outlet": infer_outlet(lines),
        "published": infer_published(lines, headline),
        "title": clean_line(lines[headline]) if headline is not None else None,
        "url": None,
    }
    return {field: stated.get(field) or inferred[field] for field in FIELDS}
