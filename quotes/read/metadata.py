"""Infer an article's metadata from what its text itself states; never guess an outlet from the story.

What counts, for plain text, Markdown and the main text of an HTML page:

- the publication date: a labelled date near the top (``Published: 3 March 2019``), else the date of a
  masthead or byline line (``The Lakeside Gazette · Politics · 14 June 2025``), else a line that is
  nothing but a date just under the headline, else the date of a wire dateline (``MILLBROOK, June 14
  (Northern Wire) -``), else a labelled ``Updated`` date;
- the outlet: the holder named by a copyright line (``© 2024 Valley Sentinel``), else the outlet of a
  masthead or byline line, else the credit of a wire dateline, else a masthead domain at the top.

Lines that read as body text, and dates inside quotation marks, are never metadata. A dateline
date has no year: it takes the year of the page's copyright line, or the current one (see
``quotes.read.dates``). What is not stated stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from quotes.lexicons.furniture import MENU_WORDS
from quotes.lexicons.grammar import LOWER_CHARS, UPPER, UPPER_CHARS
from quotes.read.dates import match_date, to_iso
from quotes.read.markdown import MarkdownDocument, parse_markdown
from quotes.read.markup import markup_spans

FIELDS = ("outlet", "published", "title", "url")
# Values that stand for nothing: a missing outlet or date stays None, never the word.
EMPTY_VALUES = frozenset({"", "none", "null", "nil", "nan", "n/a", "undefined", "-", "--"})
HEAD_LINES = 40  # labelled dates, headlines, mastheads, datelines: looked for in this many content lines
MAX_LINE = 400  # longer lines are body text
FOOTER_LINES = 10  # non-blank lines at the end where a bare "© Name" counts as the publisher
DATE_AFTER_HEADLINE = 5  # an unlabelled date line counts within this many non-blank lines of the headline
MASTHEAD_MAX = 200  # a masthead or byline line is at most this long

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
_CREDIT_WORDS = re.compile(
    r"\b(?:photos?|photograph(?:er|s)?|images?|pictures?|picture\s+desk|illustrations?|graphics?|video|"
    r"file|getty|shutterstock|alamy|courtesy|handout|pool)\b",
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

# Double quotation marks: a date after an unclosed one is quoted words, not the page's date.
_OPENING_MARKS, _CLOSING_MARKS = "“„«‹", "”»›"

# Masthead and byline lines: parts separated by middle dots, bullets, bars or spaced dashes.
_PARTS = re.compile(r"\s*[·•|‖]\s*|\s+(?:-|–|—|--)\s+")
_BY = re.compile(r"(?:(?:words|written|reporting|story|text)\s+)?by\s+", re.I)
_PART_LABEL = re.compile(
    r"(?P<label>(?:first\s+)?published|posted|(?:last\s+)?(?:updated|modified))(?:\s+(?:on|at))?\s*:?\s*",
    re.I,
)
_FILLER = re.compile(
    r"\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?m\.?"
    r"|\d+\s*(?:min(?:ute)?s?|hours?)(?:\s+read)?|\d+\s+comments?|updated",
    re.I,
)
_SECTION_WORDS = MENU_WORDS | frozenset(
    """
    local national international region regional metro city county state nation country science health
    technology tech environment climate economy money markets finance education weather arts comment
    analysis features feature obituaries editorial letters media food books music film tv travel property
    crime courts justice religion society family style fashion motoring cars breaking us uk europe africa
    asia americas middle east australia investigations investigation explainer elections election
    council schools transport housing farming agriculture community
    """.split()
)
# Nouns that name a publication or its publisher: a masthead part with one is an outlet, not a person.
_PUBLICATION_NOUNS = frozenset(
    """
    gazette times herald post journal tribune chronicle observer courier express mail press record star
    telegraph guardian independent standard bulletin ledger review register dispatch examiner enquirer
    inquirer globe mirror sun argus advocate monitor reporter weekly daily news newswire wire sentinel
    mercury beacon banner clarion echo eagle gleaner leader messenger pilot pioneer republican democrat
    statesman tidings voice agency radio television broadcasting network magazine newspaper newsroom
    citizen nation packet intelligencer free-press post-gazette media group publishing publications
    communications company corporation inc ltd llc plc holdings channel
    """.split()
)
_NAME_CONNECTORS = frozenset("of the and for on upon in at de du la le el del der von van &".split())

# A wire dateline opening the story: PLACE[, Region][, Month Day[, Year]] [(Credit)] -; or a place
# in title case before an agency's initials: "New York (WIRE) – …". (Not "PLACE:", which is also
# how a transcript names a speaker: "ORTIZ: We will appeal.")
_MIDDLE = r"(?P<middle>(?:\s*,\s*[^,()\n\-–—:]{1,30}){0,3}?)"
_CAPS_WORD = rf"{UPPER}[{UPPER_CHARS}'’.\-]*[{UPPER_CHARS}.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD})*"
_DATELINE = re.compile(  # places a story was filed from may be joined by slashes: "OSLO/BERGEN, …"
    rf"(?P<place>{_CAPS_PLACE}(?:/{_CAPS_PLACE})*)"
    + _MIDDLE
    + r"\s*(?:\((?P<credit>[^()\n]{2,60})\))?"
    r"\s*(?:--|[-–—])\s*(?=\S)"
)
_TITLED_DATELINE = re.compile(
    rf"(?P<place>{UPPER}[{LOWER_CHARS}'’.\-]+(?:\s+{UPPER}[{LOWER_CHARS}'’.\-]+){{0,2}})"
    + _MIDDLE
    + r"\s*\((?P<credit>[A-Z]{2,6})\)"
    r"\s*(?:--|[-–—])\s*(?=\S)"
)


def _dateline_match(line: str, titled: bool = False) -> re.Match[str] | None:
    """The wire dateline opening ``line``: in capitals, or (``titled``) in title case before an
    agency's initials, which a name and its initials may look like ("Jo Roe (MP) – …")."""
    match = _DATELINE.match(line) or (_TITLED_DATELINE.match(line) if titled else None)
    if not match or sum(ch.isalpha() for ch in match["place"]) < 3:
        return None
    return match


def stated_value(value: object) -> str | None:
    """A metadata value as text, or None when it is missing or a placeholder ("None", "null", "n/a")."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return None if text.lower() in EMPTY_VALUES else text


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


def _quoted(line: str, pos: int) -> bool:
    """Whether ``pos`` in ``line`` is inside double quotation marks (a quotation, not the page speaking)."""
    before = line[:pos]
    curly = sum(before.count(mark) for mark in _OPENING_MARKS) > sum(before.count(m) for m in _CLOSING_MARKS)
    return curly or before.count('"') % 2 == 1


def _has_quotation(line: str) -> bool:
    """Whether a line holds double quotation marks of any style."""
    return any(mark in line for mark in _OPENING_MARKS + _CLOSING_MARKS + '"')


def _name_words(part: str) -> list[str] | None:
    """The words of a part that reads as a proper name (capitalised words and connectors), else None."""
    words = part.split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in part) or _has_quotation(part):
        return None
    if not words[0][:1].isupper():
        return None
    for word in words:
        bare = word.strip(".,'’&-")
        if bare and not (bare[:1].isupper() or bare.lower() in _NAME_CONNECTORS):
            return None
    return words


def is_outlet_name(part: str, first: bool = False) -> bool:
    """Whether a masthead part names a publication.

    It does when it is a domain, a name with a publication noun (Gazette, Times, Wire, …), or, as the
    line's first part (``first``), a name that starts with "The".
    """
    if domain_of(part):
        return True
    words = _name_words(part)
    if not words:
        return False
    nouns = {piece.lower() for word in words for piece in re.split(r"[-’']", word.strip(".,"))}
    if nouns & _PUBLICATION_NOUNS or any(word.strip(".,").lower() in _PUBLICATION_NOUNS for word in words):
        return True
    return first and words[0] == "The" and len(words) >= 2


def _is_section(part: str) -> bool:
    """Whether a masthead part is a section name (Politics, Local News, World & Europe)."""
    words = [word.lower().strip(".,:") for word in re.split(r"[\s/&]+", part) if word.strip(".,:")]
    return bool(words) and len(words) <= 4 and all(w in _SECTION_WORDS or w == "and" for w in words)


@dataclass(slots=True)
class _Parts:
    """What the parts of a masthead-like line are: dates, outlets, bylines, sections, other names."""

    count: int = 0
    published: str | None = None
    outlets: list[str] = field(default_factory=list)
    bylines: int = 0
    sections: int = 0
    names: int = 0


def _read_parts(line: str) -> _Parts | None:
    """The parts of a line between separators (``·``, ``•``, ``|``, spaced dashes), or None when the
    line is prose (a part that is none of: a date, a time, a byline, a section, a name)."""
    if len(line) > MASTHEAD_MAX or _is_paragraph(line) or _has_quotation(line):
        return None
    parts = [part.strip() for part in _PARTS.split(line) if part and part.strip()]
    if len(parts) < 2:
        return None
    found = _Parts(count=len(parts))
    for index, part in enumerate(parts):
        labelled = _PART_LABEL.match(part)
        if labelled:
            iso = to_iso(part[labelled.end() :])
            if iso and not re.match(r"(?:last\s+)?(?:updated|modified)", labelled["label"], re.I):
                found.published = found.published or iso
            continue
        iso = to_iso(part)
        if iso:
            found.published = found.published or iso
        elif _FILLER.fullmatch(part):
            continue
        elif _BY.match(part):
            found.bylines += 1
            named = part.rsplit(",", 1)[1].strip() if "," in part else ""
            if named and is_outlet_name(named):
                found.outlets.append(named)
        elif _is_section(part):
            found.sections += 1
        elif is_outlet_name(part, first=index == 0):
            found.outlets.append(part)
        elif _name_words(part):
            found.names += 1
        else:
            return None
    return found


def masthead(line: str) -> tuple[str | None, str | None] | None:
    """``(outlet, published)`` stated by a masthead or byline line, or None when the line is not one.

    The line is parts between separators (``·``, ``•``, ``|``, spaced dashes): one a date, the others
    an outlet, a section, a byline, a time or a reading time. The date counts only beside an outlet,
    a byline or a lone section name (a menu with today's date is no masthead); an outlet is a part
    :func:`is_outlet_name` accepts.
    """
    parts = _read_parts(line)
    if parts is None or parts.published is None:
        return None
    if not (parts.outlets or parts.bylines or (parts.sections == 1 and parts.count == 2)):
        return None
    return (parts.outlets[0] if parts.outlets else None), parts.published


def _is_menu(line: str) -> bool:
    """Whether a line is nothing but section names and dates (a menu bar): never a headline."""
    parts = _read_parts(line)
    return parts is not None and not (parts.outlets or parts.bylines or parts.names)


def dateline_length(line: str) -> int:
    """How many characters of ``line`` a wire dateline opening it takes ("HALLORBY — ", "Port
    Hallorby (NWS) – "), or 0."""
    match = _dateline_match(line, titled=True)
    return match.end() if match else 0


_COLON_DATELINE = re.compile(
    rf"[{UPPER_CHARS}][{UPPER_CHARS}'’.\-]{{2,}}(?:\s+[{UPPER_CHARS}][{UPPER_CHARS}'’.\-]+)*:\s+(?={UPPER})"
)


def colon_dateline_length(line: str) -> int:
    """How many characters of a story's first paragraph a place in capitals and a colon take, as
    South Asian papers open a story ("PESHAWAR: The squash body …"), or 0. (Not in a headline,
    where "POLL: …" gives the source.)"""
    match = _COLON_DATELINE.match(line)
    return match.end() if match else 0


_CLOCK_TIME = re.compile(
    rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[{UPPER_CHARS}]{{2,4}}\b)?\s*(?:[–—-]\s*)?"
    rf"(?=[{UPPER_CHARS}\"“‘'])"
)


def clock_time_length(line: str) -> int:
    """How many characters a live blog's time stamp opening a paragraph takes ("10:18 ",
    "20:12 – ", "9.05pm BST - "), or 0: the parser takes it for the sentence's subject."""
    match = _CLOCK_TIME.match(line)
    return match.end() if match else 0


def dateline(line: str, year_from: date | None = None) -> tuple[str | None, str | None] | None:
    """``(credit, date)`` of the wire dateline opening ``line``, or None when it opens with none.

    ``MILLBROOK, June 14 (Northern Wire) - …`` gives ``("Northern Wire", "2025-06-14")`` with a
    ``year_from`` in 2025: the date may lack a year (see :func:`quotes.read.dates.to_iso`).
    """
    match = _dateline_match(line)
    if not match:
        return None
    credit = (match["credit"] or "").strip() or None
    if credit and (not _name_words(credit) or _CREDIT_WORDS.search(credit)):
        credit = None
    parts = [part.strip() for part in match["middle"].split(",") if part.strip()]
    published = None
    for first in range(len(parts)):
        published = to_iso(", ".join(parts[first:]), year_from=year_from)
        if published:
            break
    if credit is None and published is None:
        return None
    return credit, published


def _copyright_holder(line: str, in_footer: bool = False) -> str | None:
    """The publisher named by a copyright or rights line, or None when it names none (or a wire service).

    A bare ``© Name`` with neither a year nor "all rights reserved" is often a photo credit, so it only
    counts in the footer (``in_footer``); outside the footer, the holder must read as a publication.
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
    if not name or len(name) > 80 or len(name.split()) > 8 or "/" in name or ":" in name:
        return None
    if _WIRE.search(name) or _CREDIT_WORDS.search(name):
        return None
    if not (name[0].isupper() or name[0].isdigit() or domain_of(name)):
        return None
    if not in_footer and not (is_outlet_name(name, first=True) or name.endswith(_KEEP_DOT)):
        return None
    return name


@dataclass(slots=True)
class Page:
    """An article's lines as read for its metadata, each as written and cleaned of markup.

    ``head`` holds the indexes of the first content lines: not blank, not list items (menus are lists).
    """

    raw: list[str]
    clean: list[str]
    head: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.head:
            for index, raw in enumerate(self.raw):
                if raw.strip() and not _LIST_MARKER.match(raw):
                    self.head.append(index)
                    if len(self.head) >= HEAD_LINES:
                        break

    @classmethod
    def of_text(cls, text: str) -> Page:
        """The page of a plain-text article (Markdown-like marks in its lines cleaned away)."""
        raw = text.splitlines()
        return cls(raw, [clean_line(line) for line in raw])


def _copyright_year(page: Page) -> int | None:
    """The latest year of the copyright lines among the last lines (the page's own year)."""
    seen = 0
    for line in reversed(page.clean):
        if not line:
            continue
        seen += 1
        if seen > FOOTER_LINES:
            break
        match = _COPYRIGHT.fullmatch(line)
        if match and match["year"]:
            years = [int(y) for y in re.findall(r"\d{4}", match["year"])]
            if years:
                return max(years)
    return None


def _is_headline(raw: str, line: str) -> bool:
    """Whether a line could be the article's headline rather than navigation, a byline or a date."""
    if _LIST_MARKER.match(raw) or not 10 <= len(line) <= 200 or len(line.split()) < 3:
        return False
    if to_iso(line) or domain_of(line) or _BYLINE.match(line) or _copyright_holder(line):
        return False
    if masthead(line) or _is_menu(line):
        return False
    return not line.endswith(":")


def _is_paragraph(line: str) -> bool:
    """Whether a line reads as body text (so any headline would have come before it): long, or a
    quotation framed in the past tense ("“We will not sell him,” Smith said."), which headlines,
    in the present, never print."""
    words = len(line.split())
    if _FRAMED_QUOTATION.search(line):
        return True
    return words > 35 or (words > 12 and line.endswith((".", "?", "!", "”", '"')))


# A closing mark, then a frame in the past tense: "…,” Smith said", "…," the minister told reporters.
_FRAMED_QUOTATION = re.compile(r"[,?!][”\"’'] (?:[\w.’'-]+ ){1,4}(?:said|told|added|asked|wrote|explained)\b")


def find_headline(page: Page) -> int | None:
    """Index of the first headline-like line among the first content lines, or None."""
    for index in page.head:
        line = page.clean[index]
        if _is_headline(page.raw[index], line) and not _is_paragraph(line):
            return index
        if _is_paragraph(line):
            return None
    return None


def _labelled_date(page: Page, label: re.Pattern[str]) -> str | None:
    """The first date printed right after ``label`` in the first content lines, outside quotations."""
    for index in page.head:
        line = page.clean[index]
        if _is_paragraph(line):
            continue
        for match in label.finditer(line):
            if _quoted(line, match.start()):
                continue
            found = match_date(line, match.end())
            if found:
                return found[0]
    return None


def _date_under_headline(page: Page, headline: int | None) -> str | None:
    """A line that is nothing but a date, within a few lines under the headline."""
    if headline is None:
        return None
    seen = 0
    for line in page.clean[headline + 1 :]:
        if not line:
            continue
        iso = to_iso(line)
        if iso:
            return iso
        seen += 1
        if seen >= DATE_AFTER_HEADLINE:
            break
    return None


def _mastheads(page: Page) -> list[tuple[str | None, str | None]]:
    """What the masthead and byline lines among the first content lines state, in order."""
    found = []
    for index in page.head:
        stated = masthead(page.clean[index])
        if stated:
            found.append(stated)
    return found


def _datelines(page: Page, year_from: date | None) -> list[tuple[str | None, str | None]]:
    """What the wire datelines opening the first content lines state, in order."""
    found = []
    for index in page.head:
        stated = dateline(page.clean[index], year_from)
        if stated:
            found.append(stated)
    return found


def infer_published(page: Page, headline: int | None) -> str | None:
    """The publication date the text states (see the module docstring for the order), or None."""
    labelled = _labelled_date(page, _PUBLISHED_LABEL)
    if labelled:
        return labelled
    for _, published in _mastheads(page):
        if published:
            return published
    under = _date_under_headline(page, headline)
    if under:
        return under
    year = _copyright_year(page)
    year_from = date(year, 12, 31) if year else date.today()
    for _, published in _datelines(page, year_from):
        if published:
            return published
    return _labelled_date(page, _UPDATED_LABEL)


def infer_outlet(page: Page) -> str | None:
    """The publisher the text names (see the module docstring for the order), or None."""
    from_end = 0
    for line in reversed(page.clean):
        if not line:
            continue
        from_end += 1
        holder = _copyright_holder(line, in_footer=from_end <= FOOTER_LINES)
        if holder:
            return holder
    for outlet, _ in _mastheads(page):
        if outlet:
            return outlet
    for credit, _ in _datelines(page, None):
        if credit:
            return credit
    for index in page.head:
        domain = domain_of(page.clean[index])
        if domain:
            return domain
    return None


def front_matter_fields(text: str, document: MarkdownDocument | None = None) -> dict[str, str | None]:
    """Metadata a Markdown front matter block states (title, date, publisher, url)."""
    document = document or parse_markdown(text)
    found: dict[str, str | None] = {}
    block = document.blocks[0] if document.blocks else None
    if block is None or block.kind != "front_matter":
        return found
    for line in text[block.start : block.end].splitlines()[1:-1]:
        match = _FRONT_KEY.fullmatch(line)
        if not match:
            continue
        field = _FRONT_FIELDS.get(match["key"].lower())
        value = match["value"].strip().strip("'\"").strip()
        if field and value and field not in found:
            found[field] = to_iso(value) if field == "published" else value
    return {k: v for k, v in found.items() if v}


def markdown_page(text: str, document: MarkdownDocument) -> Page:
    """The page of a Markdown document as a reader sees it.

    Markup is gone, code and front matter are left out, a blank line comes between blocks, and list
    items are still marked as such in the raw lines.
    """
    raw: list[str] = []
    clean: list[str] = []
    for block in document.blocks:
        if block.kind in ("heading", "paragraph", "table"):
            words = block.text.split("\n")
        elif block.kind == "html":
            source = text[block.start : block.end]
            pieces, at = [], 0
            for start, end in markup_spans(source):
                pieces.append(source[at:start])
                at = end
            words = [line for line in ("".join(pieces) + source[at:]).split("\n") if line.strip()]
        else:
            continue
        clean += [" ".join(line.split()) for line in words] + [""]
        raw += [("- " if block.in_list and n == 0 else "") + line for n, line in enumerate(words)] + [""]
    return Page(raw, clean)


def infer_metadata(
    text: str, format: str = "text", document: MarkdownDocument | None = None
) -> dict[str, str | None]:
    """Outlet, published date and title as stated by a plain-text or Markdown article; None where silent.

    ``document`` is the Markdown parse of ``text`` when the caller already has it.
    """
    stated: dict[str, str | None] = {}
    if format == "markdown":
        document = document or parse_markdown(text)
        stated = front_matter_fields(text, document)
        page = markdown_page(text, document)
    else:
        page = Page.of_text(text)
    headline = find_headline(page)
    inferred = {
        "outlet": infer_outlet(page),
        "published": infer_published(page, headline),
        "title": page.clean[headline] if headline is not None else None,
        "url": None,
    }
    return {field: stated.get(field) or inferred[field] for field in FIELDS}
