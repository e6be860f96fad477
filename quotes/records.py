"""The data that flows through the pipeline: articles in, quotation records out."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Kind = Literal["direct", "partial", "scare", "reported"]
KINDS: tuple[str, ...] = ("direct", "partial", "reported", "scare")
QUOTATION_KINDS: frozenset[str] = frozenset({"direct", "partial", "scare"})  # words in quotation marks
# By default the records of quotation marks: what ``score.py quotes`` and the seed gold count as quotations,
# and what the output held before reported speech. ``reported`` is asked for (``--kinds all``).
DEFAULT_KINDS: frozenset[str] = QUOTATION_KINDS
SpeakerType = Literal["person", "organisation", "document", "anonymous"]


def check_kinds(kinds: Iterable[str] | str) -> frozenset[str]:
    """The kinds of record asked for, from names or a comma-separated string ("direct,partial";
    "all" for every kind); a ValueError names a kind that does not exist."""
    names = kinds.split(",") if isinstance(kinds, str) else list(kinds)
    chosen = frozenset(k.strip().lower() for k in names if k.strip())
    if "all" in chosen:
        chosen = (chosen - {"all"}) | frozenset(KINDS)
    unknown = sorted(chosen - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r}: choose from {', '.join(KINDS)} or all")
    if not chosen:
        raise ValueError(f"no kind given: choose from {', '.join(KINDS)}")
    return chosen


@dataclass(slots=True)
class Article:
    """One news article as read: its text and what is known about where it was published.

    ``text`` is the text as read (decoded, BOM removed, line endings untouched); every offset in the
    records refers to it. For HTML it is the main text that trafilatura extracted. ``nonprose`` lists
    ``(start, end)`` spans of ``text`` that are not prose (Markdown code and front matter, link targets,
    markup tags): they are never searched for quotations.
    """

    id: str
    text: str
    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    format: str = "text"  # text | markdown | html | jsonl
    nonprose: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """One quotation (or, with ``kind`` ``reported``, one content reported in the writer's words)
    found in an article, with who said it.

    The public fields are the output record (JSON key = CSV column); see ``RECORD_FIELDS``.
    ``parts`` are the ``(start, end)`` spans of the quoted words, one a paragraph: for a quotation in
    one paragraph, ``[(start, end)]``, and ``text[start:end]`` is its words; a quotation over several
    paragraphs (each reopened with a mark) has a span in each, which leaves the marks out. The
    record (``to_dict``) carries ``parts`` only for a quotation over several paragraphs.
    """

    article: str
    outlet: str | None
    published: str | None
    quote: str
    start: int
    end: int
    kind: Kind = "direct"
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    confidence: float = 0.0
    rule: str | None = None
    cue_class: str | None = None  # speech | belief | knowledge
    speaker_type: str | None = None  # person | organisation | document | anonymous
    within: list[int] | None = None  # a partial quotation's reported clause: [start, end]
    parts: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.parts = parse_parts(self.parts or []) or [(self.start, self.end)]

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict, in the documented field order (``parts`` last)."""
        record = asdict(self)
        record["parts"] = [[s, e] for s, e in record.pop("parts")]
        return record

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Build a record from a dict such as one line of ``quotes extract --format jsonl``."""
        known = {f.name for f in fields(cls)}
        missing = {"article", "quote"} - data.keys()
        if missing:
            raise ValueError(f"record lacks {', '.join(sorted(missing))}")
        values = {k: v for k, v in data.items() if k in known}
        values.setdefault("outlet", None)
        values.setdefault("published", None)
        values.setdefault("start", 0)
        values.setdefault("end", values["start"] + len(values["quote"]))
        return cls(**values)


def parse_parts(value: Any) -> list[tuple[int, int]]:
    """``parts`` as ``(start, end)`` pairs, from pairs or from the CSV form ``"start-end;start-end"``."""
    if isinstance(value, str):
        value = [piece.split("-") for piece in value.split(";") if piece.strip()]
    try:
        parts = [(int(s), int(e)) for s, e in value]
    except (TypeError, ValueError):
        raise ValueError(f"parts must be [start, end] pairs, not {value!r}") from None
    if any(s > e for s, e in parts) or any(a[1] > b[0] for a, b in itertools.pairwise(parts)):
        raise ValueError(f"parts must be ordered spans, not {value!r}")
    return parts


def format_parts(parts: Any) -> str:
    """``parts`` in the CSV form: ``start-end;start-end``."""
    return ";".join(f"{s}-{e}" for s, e in parse_parts(parts))


# The fields every record has, in order: the JSON keys and the CSV columns (``parts`` is written
# ``start-end;start-end`` in CSV).
PARTS_FIELD = "parts"
RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Quote))


@dataclass(slots=True)
class Version:
    """One outlet's printing of a statement, compared with the statement's reference version."""

    article: str
    outlet: str | None
    published: str | None
    quote: str
    start: int
    end: int
    speaker: str | None
    relation: str
    similarity: float
    diff: list[dict[str, Any]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The version as a plain dict."""
        return asdict(self)


@dataclass(slots=True)
class Statement:
    """The same words said by the same speaker on one occasion, as printed by each outlet."""

    id: str
    speaker: str
    text: str
    first_published: str | None
    outlets: list[str]
    versions: list[Version]

    def to_dict(self) -> dict[str, Any]:
        """The statement as a plain dict (the ``quotes compare --format json`` schema)."""
        return asdict(self)

    @property
    def shared(self) -> bool:
        """True when two or more outlets print it."""
        return len(self.outlets) >= 2

    @property
    def repeated(self) -> bool:
        """True when it is quoted more than once: by two outlets, or twice in one."""
        return len(self.versions) >= 2


@dataclass(slots=True)
class OutletSummary:
    """How one outlet quotes: its quotations, shared statements, and how faithfully it prints them."""

    outlet: str
    quotations: int = 0
    statements_shared: int = 0
    reference: int = 0
    verbatim: int = 0
    fragment: int = 0
    elided: int = 0
    extended: int = 0
    reported: int = 0
    variant: int = 0
    altered: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The summary row as a plain dict."""
        return asdict(self)
