"""Dates as news pages print them, read with python-dateutil into ISO ``YYYY-MM-DD``.

``to_iso`` is the one date parser: every date the reader takes (manifest, JSONL fields, HTML meta tags,
what the text states) goes through it. ``match_date`` only finds where a date is written in a line
and hands it to ``to_iso``.

The result never depends on the day it runs: the fields a date leaves out are never filled in from
today. A date without a day or a month is no date. A date without a year (``June 14``, as wire
datelines print it) is a date only when the caller gives ``year_from``, a reference date; it then
falls in the reference's year, or the year before when that would put it after the reference (a
dateline "December 30" on a page of January 2 is last year's). The metadata reader takes the
reference from the page itself (31 December of the year in its copyright line) and falls back on
today's date only when the page states no year at all.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime

from dateutil import parser as _dateutil

MIN_YEAR, MAX_YEAR = 1800, 2200
MAX_LENGTH = 80  # longer strings are prose, not a date

# Two fixed defaults, both leap years: a field dateutil fills from them differs between the two
# readings, so it was not written.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 2, 2))
_STRIP = " \t.,;|"
_DAY_FIRST = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d.]\d)")  # 14.06.2021: European order
_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{8}")

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
_ZONES = "utc gmt z et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest eet eest ist aest aedt jst"


def _words(names: str) -> str:
    """An alternation of the words, longest first so that ``sept`` wins over ``sep``."""
    return "|".join(sorted(names.split(), key=len, reverse=True))


_MONTH_NAME = re.compile(r"\b(?:" + _words(_MONTHS) + r")\b", re.I)
# The pieces a written date is made of; match_date takes a run of them, then the longest prefix of
# the run that to_iso reads.
_TOKEN = re.compile(
    r"[ \t]*(?:"
    r"(?P<iso>\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\w-])"
    r"|(?P<time>\d{1,2}(?::\d{2}){1,2})(?!\d)"
    r"|(?P<number>\d{1,4}(?:st|nd|rd|th)?)(?!\w)"
    r"|(?P<name>(?:" + _words(_MONTHS + " " + _WEEKDAYS) + r")\.?)(?!\w)"
    r"|(?P<word>(?:of|at|[ap]\.?m\.?|" + _words(_ZONES) + r"))(?!\w)"
    r"|(?P<sep>[,/.-])"
    r")",
    re.I,
)
_MAX_TOKENS = 16


def _read(value: str, default: datetime, dayfirst: bool) -> datetime | None:
    """dateutil's reading of ``value`` with the missing fields taken from ``default``; None if none."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown time zone names: the date is all we keep
            return _dateutil.parse(value, default=default, dayfirst=dayfirst, ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return None


def _in_year(year: int, month: int, day: int) -> date | None:
    """The calendar date, or None when it does not exist (29 February of a common year)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def to_iso(value: str, *, year_from: date | None = None) -> str | None:
    """The ISO date written in ``value`` (a weekday and a time of day may come with it), or None.

    Day and month must be written; so must a four-digit year, unless ``year_from`` is given (see
    the module docstring for the rule). Numeric dates are read month first (``03/04/2019`` is
    4 March) unless the first number cannot be a month or the figures are separated by dots.
    """
    value = value.strip().strip(_STRIP)
    if not value or len(value) > MAX_LENGTH or not any(ch.isdigit() for ch in value):
        return None
    dayfirst = bool(_DAY_FIRST.search(value))
    first, second = (_read(value, default, dayfirst) for default in _DEFAULTS)
    if first is None or second is None or first.day != second.day or first.month != second.month:
        return None
    if first.year == second.year:
        if not _FULL_YEAR.search(value) or not MIN_YEAR <= first.year <= MAX_YEAR:
            return None  # a two-digit year is too ambiguous to read
        return first.date().isoformat()
    if year_from is None or not _MONTH_NAME.search(value):
        return None
    found = _in_year(year_from.year, first.month, first.day)
    if found is None or found > year_from:
        found = _in_year(year_from.year - 1, first.month, first.day)
    return found.isoformat() if found else None


def match_date(text: str, pos: int = 0, *, year_from: date | None = None) -> tuple[str, int] | None:
    """The date written at ``pos`` in ``text`` (after blanks): its ISO form and where it ends."""
    ends: list[int] = []
    at = pos
    while len(ends) < _MAX_TOKENS:
        token = _TOKEN.match(text, at)
        if not token or token.end() == at:
            break
        at = token.end()
        if token["sep"] is None:
            ends.append(at)
    for end in reversed(ends):
        iso = to_iso(text[pos:end], year_from=year_from)
        if iso:
            return iso, end
    return None
