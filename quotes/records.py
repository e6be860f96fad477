"""The data that flows through the pipeline: articles in, quotation records out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Kind = Literal["direct", "partial", "scare"]


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
    """One quotation found in an article, with who said it.

    The public fields are the output record (JSON key = CSV column); see ``RECORD_FIELDS``.
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

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict, in the documented field order."""
        return asdict(self)

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
    variant: int = 0
    altered: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The summary row as a plain dict."""
        return asdict(self)
