"""Find titled names in text that is not parsed: "Prime Minister Jane Roe", "Acme CEO John Doe".

Only the paragraphs around quotations are parsed. People are often introduced earlier, with their
full name and title, in a paragraph without quotations; this scan finds them there, cheaply, so that
"Roe" and "the prime minister" still find "Jane Roe" later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quotes.lexicons.people import TITLE_WORDS

# Capitalised words, joined by single spaces, with the particles of names.
_PARTICLES = r"(?:de|van|von|der|den|al|el|bin|ibn|da|di|du|del|la|le|dos|das)"
_CAP = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"
_SEQUENCE = re.compile(rf"{_CAP}(?:[ \u00a0](?:{_CAP}|{_PARTICLES}(?=[ \u00a0][A-Z])))+")
_PARTICLE_WORDS = frozenset(_PARTICLES.strip("(?:)").split("|"))
_NOT_NAME = frozenset({"the", "a", "an", "and", "of", "in", "on", "for", "to", "but", "or"})


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
        if not 2 <= len(name) <= 4 or any(w.lower() in _NOT_NAME for w in name):
            continue
        if not all(w[:1].isupper() or w in _PARTICLE_WORDS for w in name):
            continue
        title = tuple(w.lower().rstrip(".") for w in words[first : last + 1])
        yield TitledName(name, title, start + m.start() + len(" ".join(words[: last + 1])) + 1)
