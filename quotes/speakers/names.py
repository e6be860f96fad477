"""Find titled names in text that is not parsed: "Prime Minister Jane Roe", "Acme CEO John Doe".

Only the paragraphs around quotations are parsed. People are often introduced earlier, with their
full name and title, in a paragraph without quotations; this scan finds them there, cheaply, so that
"Roe" and "the prime minister" still find "Jane Roe" later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quotes.lexicons.grammar import NAME_PARTICLES, NOT_NAME_WORDS
from quotes.lexicons.people import NOT_PERSON_NOUNS, PERSON_SUFFIXES, ROLE_NOUNS, TITLE_WORDS

# Capitalised words, joined by single spaces, with the particles of names.
_PARTICLES = "(?:" + "|".join(sorted(NAME_PARTICLES)) + ")"
_CAP = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"
_SEQUENCE = re.compile(rf"{_CAP}(?:[ \u00a0](?:{_CAP}|{_PARTICLES}(?=[ \u00a0][A-Z])))+")


@dataclass(frozen=True, slots=True)
class TitledName:
    """A name found with its title: the name's words, the title's words, where it starts."""

    name: tuple[str, ...]
    title: tuple[str, ...]
    start: int


def _is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS or word.lower().rstrip(".") in TITLE_WORDS


def titled_names(text: str, start: int = 0, end: int | None = None) -> Iterator[TitledName]:
    """Every "Title Words First Last" in ``text[start:end]``."""
    segment = text[start:end]
    for m in _SEQUENCE.finditer(segment):
        words = m.group(0).replace("\u00a0", " ").split(" ")
        words = [w.rstrip(",;:") for w in words]
        titles = [k for k, w in enumerate(words) if _is_title(w)]
        if not titles:
            continue
        last = titles[-1]
        first = last
        while first > 0 and _is_title(words[first - 1]):
            first -= 1
        name = tuple(w.removesuffix("'s").removesuffix("’s") for w in words[last + 1 :])
        if not 2 <= len(name) <= 4 or any(w.lower() in NOT_NAME_WORDS for w in name):
            continue
        if not all(w[:1].isupper() or w in NAME_PARTICLES for w in name):
            continue
        title = tuple(w.lower().rstrip(".") for w in words[first : last + 1])
        yield TitledName(name, title, start + m.start() + len(" ".join(words[: last + 1])) + 1)


_NAME = rf"{_CAP}(?:[ \u00a0](?:{_CAP}|{_PARTICLES}(?=[ \u00a0][A-Z]))){{1,3}}"
_APPOSITION = re.compile(
    rf"(?P<name>{_NAME}), (?:(?P<age>\d{{1,3}})(?=,)"
    rf"|(?:a|an|the|its|their) (?P<role>[a-z][\w-]*(?: [a-z][\w-]*){{0,4}}?)"
    rf"(?= (?:for|of|at|in|with|from|who|to)\b|,))"
)


def _person_word(word: str) -> bool:
    word = word.lower()
    if word in ROLE_NOUNS or word.rstrip("s") in ROLE_NOUNS:
        return True
    return (
        len(word) > 4
        and word.endswith(PERSON_SUFFIXES)
        and not any(word.endswith(n) for n in NOT_PERSON_NOUNS)
    )


def appositive_names(text: str, start: int = 0, end: int | None = None) -> Iterator[TitledName]:
    """Every "Jane Roe, 47," and "Jane Roe, a spokeswoman for the port," in ``text[start:end]``."""
    for m in _APPOSITION.finditer(text, start, len(text) if end is None else end):
        words = tuple(m.group("name").replace("\u00a0", " ").split(" "))
        if _is_title(words[0]):
            continue  # "Governor Jane Roe" is found by titled_names
        if m.group("age"):
            yield TitledName(words, (f"{m.group('age')}-year-old",), m.start())
        elif m.group("role") and _person_word(m.group("role").split()[-1]):
            yield TitledName(words, tuple(m.group("role").split()), m.start())
