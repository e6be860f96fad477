"""Recognise the date formats news pages print and turn them into ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tues tue wed thurs thur thu fri sat sun"
)
_WEEKDAY_RE = re.compile(r"(?:(?:" + "|".join(_WEEKDAYS.split()) + r")\b\.?,?\s+)?", re.I)
_ORD = r"(?:st|nd|rd|th)?"

_DATE_PATTERNS = [
    # ISO: 2018-09-26, 2018/09/26, optionally with a T-time
    re.compile(
        r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
        r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/.-]\d)"
    ),
    # numeric with year last: MM-DD-YYYY and MM/DD/YYYY (US), DD.MM.YYYY (European)
    re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])"),
    # Month D, YYYY
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})" + _ORD + r",?\s+(?P<y>\d{4})(?!\d)", re.I),
    # D Month YYYY
    re.compile(r"(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})(?!\d)", re.I),
]

_TIME = (
    r"(?:\s*(?:,|at|@|\||-|–|—|·|•)?\s*\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?"
    r"|\s*(?:,|at|@)?\s*\d{1,2}\s*[ap]\.?\s?m\.?(?:\s*[A-Z]{2,5})?)"
)
_TIME_RE = re.compile(_TIME, re.I)


def _iso(year: int, month: int, day: int) -> str | None:
    """The ISO form of a calendar date, or None when it does not exist."""
    if not 1800 <= year <= 2200:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(match: re.Match[str], index: int) -> str | None:
    """Turn a match of ``_DATE_PATTERNS[index]`` into an ISO date."""
    groups = match.groupdict()
    year = int(groups["y"])
    if index == 0:
        return _iso(year, int(groups["m"]), int(groups["d"]))
    if index == 1:
        first, second = int(groups["a"]), int(groups["b"])
        if groups["sep"] == ".":  # DD.MM.YYYY
            return _iso(year, second, first)
        # US order, unless the first figure cannot be a month
        return _iso(year, first, second) if first <= 12 else _iso(year, second, first)
    month = _MONTHS[groups["mon"].lower()]
    return _iso(year, month, int(groups["d"]))


def match_date(text: str, pos: int = 0) -> tuple[str, int] | None:
    """A date starting exactly at ``pos`` (weekday allowed first): its ISO form and where it ends."""
    start = _WEEKDAY_RE.match(text, pos).end()  # type: ignore[union-attr]  # an optional group always matches
    for index, pattern in enumerate(_DATE_PATTERNS):
        match = pattern.match(text, start)
        if match:
            iso = _from_match(match, index)
            if iso:
                return iso, match.end()
    return None


def match_time(text: str, pos: int) -> int:
    """Where an optional time of day (``05:53``, ``at 5:53 p.m. ET``) starting at ``pos`` ends."""
    match = _TIME_RE.match(text, pos)
    return match.end() if match else pos


def date_only(line: str) -> str | None:
    """The ISO date when ``line`` is nothing but a date, optionally with a time of day."""
    line = line.strip()
    found = match_date(line)
    if not found:
        return None
    iso, end = found
    end = match_time(line, end)
    return iso if not line[end:].strip(" \t.,|") else None


def to_iso(value: str) -> str | None:
    """Normalise a date written in one of the known formats (or ISO with a time) to ``YYYY-MM-DD``."""
    value = value.strip()
    found = match_date(value)
    if not found:
        return None
    iso, end = found
    rest = value[match_time(value, end) :].strip(" \t.,|")
    return iso if not rest else None
