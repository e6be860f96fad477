"""Split an article's text into paragraphs, keeping character offsets.

A blank line always ends a paragraph. Inside a block of consecutive lines, each line is its own
paragraph (the way web pages and most corpora are saved), unless the block looks hard-wrapped
(every line short and of similar length, as an editor wraps a Markdown draft at 72 or 80 columns):
then the block is one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•·▪‣◦]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"\s*#{1,6}\s")
_WRAP_MAX = 100  # a hard-wrapped line is at most this long


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph: ``text[start:end]``, without its surrounding white space."""

    start: int
    end: int
    index: int


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and m.end() == len(text):
            break
        line = m.group(0).rstrip("\r\n")
        out.append((m.start(), m.start() + len(line)))
    return out


def _is_wrapped(block: Sequence[str]) -> bool:
    """True when a block of lines is one paragraph hard-wrapped by an editor."""
    if len(block) < 2:
        return False
    lengths = [len(line.strip()) for line in block]
    longest = max(lengths)
    if longest > _WRAP_MAX or longest < 50:
        return False
    if any(_LIST_ITEM.match(line) or _HEADING.match(line) for line in block[1:]) or _HEADING.match(block[0]):
        return False
    inner = lengths[:-1]
    if any(n < 0.6 * longest for n in inner):
        return False
    if sum(len(line.split()) for line in block) < 8 * len(block):
        return False
    # Wrapped lines break mid-sentence; one-line paragraphs end with a full stop.
    open_ends = sum(1 for line in block[:-1] if not re.search(r"[.!?:\"”’…]\s*$", line))
    return open_ends >= max(1, len(inner) // 2)


def split_paragraphs(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[Paragraph]:
    """The paragraphs of ``text`` in order; lines wholly inside a ``skip`` span are left out."""
    skip = sorted(skip)
    blocks: list[list[tuple[int, int]]] = [[]]
    for start, end in _lines(text):
        segment = text[start:end]
        hidden = any(s <= start and end <= e for s, e in skip)
        if not segment.strip() or hidden:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append((start, end))
    paragraphs: list[Paragraph] = []

    def add(start: int, end: int) -> None:
        segment = text[start:end]
        lead = len(segment) - len(segment.lstrip())
        trail = len(segment) - len(segment.rstrip())
        paragraphs.append(Paragraph(start + lead, end - trail, len(paragraphs)))

    for block in blocks:
        for run in _runs(text, block):
            if _is_wrapped([text[s:e] for s, e in run]):
                add(run[0][0], run[-1][1])
            else:
                for s, e in run:
                    add(s, e)
    return paragraphs


def _runs(text: str, block: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Cut a block of lines where a heading or a list item stands: each may start a paragraph of its own.

    A heading is a paragraph by itself; a list item takes the indented lines that continue it.
    """
    runs: list[list[tuple[int, int]]] = []
    kind = ""
    for s, e in block:
        line = text[s:e]
        if _HEADING.match(line):
            runs.append([(s, e)])
            kind = "heading"
        elif _LIST_ITEM.match(line):
            runs.append([(s, e)])
            kind = "item"
        elif not runs or kind == "heading" or (kind == "item" and not line[:1].isspace()):
            runs.append([(s, e)])
            kind = "text"
        else:
            runs[-1].append((s, e))
    return runs


LABEL_DASHES = "—–-―"
_LABEL_LINE_CHARS = 120


def is_label_line(text: str, paragraph: Paragraph) -> bool:
    """A short line that opens with a dash, as under a vox-pop quotation ("— Jo Roe, 34, of Hale")."""
    segment = text[paragraph.start : paragraph.end]
    return len(segment) <= _LABEL_LINE_CHARS and segment[:1] in LABEL_DASHES and len(segment.strip()) > 3
