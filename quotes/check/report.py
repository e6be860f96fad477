"""Report findings like the linters editors know: text lines, versioned JSON, or SARIF 2.1.0.

Text lines and SARIF messages show control codes and bidi controls from drafts as visible escapes;
the JSON report keeps the exact text (C1 codes and bidi controls written as ``\\uXXXX``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from quotes import __version__
from quotes.check.findings import RULES, Finding
from quotes.write.escape import json_safe, visible_line

JSON_SCHEMA_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def counts(findings: Sequence[Finding]) -> dict[str, int]:
    """How many errors and warnings."""
    return {
        "errors": sum(1 for f in findings if f.severity == "error"),
        "warnings": sum(1 for f in findings if f.severity == "warning"),
    }


def write_text(stream: TextIO, findings: Sequence[Finding], files: int) -> None:
    """``path:line:col: Q004 error: message`` lines, details indented under them, then a summary."""
    for f in findings:
        stream.write(visible_line(f.text()) + "\n")
        if f.detail:
            stream.write(f"    {visible_line(f.detail)}\n")
    c = counts(findings)
    if findings:
        stream.write(f"Found {c['errors']} error(s) and {c['warnings']} warning(s) in {files} file(s).\n")
    else:
        stream.write(f"All quotations checked: no problems in {files} file(s).\n")


def as_json(findings: Sequence[Finding], files: int) -> dict[str, Any]:
    """The JSON report (schema version 1): ``{version, tool, summary, findings}``."""
    return {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": "quotes", "version": __version__},
        "summary": {"files": files, **counts(findings)},
        "findings": [f.to_dict() for f in findings],
    }


def artifact_uri(path: str) -> str:
    """A draft's path as a SARIF URI: relative paths stay relative (percent-encoded), others ``file:``."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix(), safe="/")


def message(f: Finding) -> str:
    """A finding's SARIF message: the message, then the detail on a line of its own, escaped for display."""
    return visible_line(f.message) + (f"\n{visible_line(f.detail)}" if f.detail else "")


def as_sarif(findings: Sequence[Finding]) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run, for code-scanning dashboards."""
    rule_ids = list(RULES)
    rules = [
        {
            "id": r.id,
            "name": r.name,
            "shortDescription": {"text": r.description},
            "defaultConfiguration": {"level": r.severity},
        }
        for r in RULES.values()
    ]
    results = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": rule_ids.index(f.rule),
            "level": f.severity,
            "message": {"text": message(f)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(f.path)},
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
        }
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "quotes", "version": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",  # columns count characters, as in the text report
                "results": results,
            }
        ],
    }


def write(stream: TextIO, fmt: str, findings: Sequence[Finding], files: int) -> None:
    """Write the report in ``text``, ``json`` or ``sarif``."""
    if fmt == "text":
        write_text(stream, findings, files)
    elif fmt == "json":
        stream.write(json_safe(json.dumps(as_json(findings, files), ensure_ascii=False, indent=2)) + "\n")
    elif fmt == "sarif":
        stream.write(json_safe(json.dumps(as_sarif(findings), ensure_ascii=False, indent=2)) + "\n")
    else:
        raise ValueError(f"unknown report format {fmt!r}")
