"""The rules of ``quotes check``: stable ids, severities, and the findings they produce.

``RULES`` lists them in the order they run (``quotes.check.rules``): Q001 on the draft, then Q002 to
Q006 on each quotation, each independent of the others' findings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
LEVELS: dict[str, int] = {"warning": 1, "error": 2, "never": 99}


@dataclass(frozen=True, slots=True)
class Rule:
    """A check rule: its id, severity, and a short description for help texts and SARIF."""

    id: str
    severity: Severity
    name: str
    description: str


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "Q001",
            "error",
            "unbalanced-quotation-marks",
            "An opening quotation mark never closed in its paragraph (and not continued by the next), "
            "or a closing mark with no opening one.",
        ),
        Rule("Q002", "warning", "unattributed-quotation", "A direct quotation with no attributable speaker."),
        Rule(
            "Q003",
            "warning",
            "quotation-not-in-sources",
            "With sources given, a quotation whose words appear in no source.",
        ),
        Rule(
            "Q004",
            "error",
            "altered-meaning",
            "The quotation matches a source statement but its meaning differs: a negation added or "
            "dropped, a number, name or date changed, or a word replaced by its opposite.",
        ),
        Rule(
            "Q005",
            "warning",
            "words-changed-or-left-out",
            "Words of the source quotation left out without an ellipsis, or words changed.",
        ),
        Rule(
            "Q006",
            "error",
            "misattributed-quotation",
            "The words match a source quotation by a different speaker (both speakers resolved names).",
        ),
    )
}


@dataclass(slots=True)
class Finding:
    """One problem with one quotation of a draft, located by line and column (both from 1)."""

    path: str
    line: int
    column: int
    rule: str
    message: str
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    detail: str | None = None
    source: dict[str, Any] | None = None
    diff: list[dict[str, Any]] = field(default_factory=list)
    # Q004: each change of meaning, {"kind", "label", "from", "to"}; kind is negation, antonym, number,
    # date or name.
    changes: list[dict[str, str]] = field(default_factory=list)

    @property
    def severity(self) -> Severity:
        """The rule's severity."""
        return RULES[self.rule].severity

    def to_dict(self) -> dict[str, Any]:
        """The finding as a dict (``quotes check --format json``)."""
        out = asdict(self)
        out["severity"] = self.severity
        return out

    def text(self) -> str:
        """The finding as one line, the way linters print: ``path:line:col: Q004 error: message``."""
        return f"{self.path}:{self.line}:{self.column}: {self.rule} {self.severity}: {self.message}"
