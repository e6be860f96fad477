"""Small helpers the CLI tests share."""

from __future__ import annotations

import re
from pathlib import Path

# The line every long command ends with on stderr (unless --quiet).
SUMMARY = re.compile(r"\d+ articles?, \d+ quotations?, (?:\d+ reported, )?\d+ skipped in \d+\.\d s")


def write(path: Path, content: str | bytes) -> Path:
    """Write a test file as UTF-8 (or bytes as given), creating its folders; return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def without_summary(stderr: str) -> str:
    """stderr without the run's summary line, its last line (``2 articles, 3 quotations, 0 skipped in 1.2 s``)."""
    lines = stderr.splitlines(keepends=True)
    if lines and SUMMARY.fullmatch(lines[-1].rstrip("\n")):
        lines.pop()
    return "".join(lines)
