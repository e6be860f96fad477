"""Given names that nearly always belong to one sex, from the US Census Bureau's 1990 name files.

The lists are public-domain census data shipped by the ``names`` package (MIT); nothing here is
written by hand. A name counts for one sex when its share among that sex is at least
``_DOMINANCE`` times its share among the other ("Maria", "John"), so names borne by both ("Jordan",
"Kim", "Jean") say nothing. It is a hint for pronouns, weaker than a title or a pronoun the
article uses: "Andrea" is a woman's name in the census and a man's in Italy.

The census knows a few thousand names. For the sex of a name it does not know ("Declan", "Niamh",
"Priya", "Kofi"), the US Social Security baby-name counts are asked (``given_names.py``, generated
by ``scripts/ssa_given_names.py``); whether a word is a given name at all stays the census's word,
since those counts hold many words that are names of places and things too.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Literal

from quotes.lexicons.grammar import capitalised

_DOMINANCE = 10.0
_FILES = {"male": "dist.male.first", "female": "dist.female.first"}


@functools.cache
def _shares() -> dict[str, dict[str, float]]:
    """Each census given name's share (percent) of each sex, upper-cased as the files give it."""
    shares: dict[str, dict[str, float]] = {}
    for sex, filename in _FILES.items():
        text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
        for line in text.splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares.setdefault(fields[0], {})[sex] = float(fields[1])
    return shares


@functools.cache
def _surnames() -> frozenset[str]:
    """The census's surnames, upper-cased as the file gives them."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    return frozenset(line.split(maxsplit=1)[0] for line in text.splitlines() if line.strip())


def census_surname(word: str) -> bool:
    """A surname the census knows ("Fleming", "Manning"): a word in -ing that may be no participle."""
    return word.upper() in _surnames()


def given_name(word: str) -> bool:
    """A given name the census knows, of either sex ("Peter", "Hunter", "Jordan"), or two of them
    joined by a hyphen, as French names are ("Marc-Antoine", "Anne-Marie")."""
    upper = word.upper()
    if upper in _shares():
        return True
    parts = _compound_parts(word)
    return bool(parts) and all(p.upper() in _shares() for p in parts)


def _compound_parts(word: str) -> list[str]:
    """The two capitalised halves of a hyphened word ("Jean-Pierre"), or none."""
    parts = word.split("-")
    if len(parts) != 2 or not capitalised(word) or not all(p.isalpha() for p in parts):
        return []
    return parts


@functools.cache
def _one_sex_names() -> dict[str, Literal["male", "female"]]:
    """The Social Security counts' given names of one sex, lower-cased."""
    from quotes.lexicons.given_names import FEMALE_NAMES, MALE_NAMES

    out: dict[str, Literal["male", "female"]] = dict.fromkeys(MALE_NAMES.split(), "male")
    out.update(dict.fromkeys(FEMALE_NAMES.split(), "female"))
    return out


def one_sex_given_name(word: str) -> bool:
    """A given name the Social Security counts give almost only to one sex ("Felicity", "Declan"),
    known or not to the census. Many are words of other kinds too ("Major", "Deacon"): ask it only
    where a name is expected, next to a name the entity tagger found."""
    return word.lower() in _one_sex_names() or given_name(word)


def given_name_sex(word: str) -> Literal["male", "female"] | None:
    """``male`` or ``female`` when a given name is borne almost only by one sex; otherwise None."""
    share = _shares().get(word.upper())
    parts = _compound_parts(word) if not share else []
    if parts and given_name(word):  # "Anne-Marie": the sex both halves agree on, if they do
        sexes = {given_name_sex(p) for p in parts} - {None}
        return sexes.pop() if len(sexes) == 1 else None
    if not share:
        return _one_sex_names().get(word.lower())
    male, female = share.get("male", 0.0), share.get("female", 0.0)
    if male >= _DOMINANCE * female:
        return "male"
    if female >= _DOMINANCE * male:
        return "female"
    return None
