"""What the attribution step says of each quotation: the speaker's mention, the cue, the rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotes.nlp.mentions import Mention
from quotes.records import Kind

if TYPE_CHECKING:
    from quotes.attribute.reported import ReportedContent


@dataclass(slots=True)
class Attribution:
    """Who said a quotation, as the text says it at this place: the mention, the cue and the rule."""

    kind: Kind
    mention: Mention | None = None
    cue: str | None = None
    confidence: float = 0.0
    rule: str | None = None
    title: bool = False  # the name of a work or a linked headline, not speech: no record
    as_written: bool = False  # a share of people ("sixty percent"): the speaker is the mention itself

    def copied(self, rule: str, confidence: float) -> Attribution:
        """The same speaker for another quotation, found by a discourse rule (no cue there)."""
        confidence = round(min(confidence, self.confidence), 3)
        return Attribution(self.kind, self.mention, None, confidence, rule, as_written=self.as_written)


@dataclass(slots=True)
class Attributed:
    """The attribution step's result for one article: what the speaker steps need next."""

    attributions: list[Attribution]
    outside: list[bool]  # per token of the Doc: in no quotation
    reported: list[ReportedContent] = field(default_factory=list)  # reported contents, in text order
