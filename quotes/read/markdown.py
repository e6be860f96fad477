"""Find the parts of a Markdown document that are not prose: front matter, code, link targets, HTML."""

from __future__ import annotations

import re

from quotes.read.markup import Span, markup_spans, merge_spans

_FENCE_OPEN = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)")
_INDENTED = re.compile(r"(?: {4,}|\t| {0,3}\t)\S")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•·]|\d{1,9}[.)])(?:\s|$)")
_BACKTICKS = re.compile(r"`+")
_REFERENCE_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_LINK_TEXT = re.compile(r"!?\[(?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\[\]\n]*\])*\]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
MASK = "\x00"


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, end excluding the line break."""
    lines, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body)))
        pos += len(line)
    return lines


def _mask(text: str, spans: list[Span]) -> str:
    """``text`` with every span blanked out (line breaks kept), so later patterns cannot match inside."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = MASK
    return "".join(chars)


def front_matter_span(text: str) -> Span | None:
    """The YAML (``---``) or TOML (``+++``) front matter block at the very top, fences included."""
    lines = _lines(text)
    if not lines:
        return None
    first = text[lines[0][0] : lines[0][1]].rstrip()
    if first not in ("---", "+++"):
        return None
    closers = ("---", "...") if first == "---" else ("+++",)
    for start, end in lines[1:]:
        if text[start:end].rstrip() in closers:
            return (0, end)
    return None


def _block_spans(text: str, first_line: int) -> list[Span]:
    """Fenced and indented code blocks, whole, found line by line."""
    spans: list[Span] = []
    lines = _lines(text)
    i = first_line
    previous_blank, in_list = True, False
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        fence = _FENCE_OPEN.fullmatch(line)
        if fence and not (fence["fence"][0] == "`" and "`" in fence["info"]):
            char, size = fence["fence"][0], len(fence["fence"])
            closer = re.compile(r" {0,3}" + re.escape(char) + "{" + str(size) + r",}[ \t]*")
            j = i + 1
            while j < len(lines) and not closer.fullmatch(text[lines[j][0] : lines[j][1]]):
                j += 1
            last = min(j, len(lines) - 1)
            spans.append((start, lines[last][1]))
            i, previous_blank, in_list = last + 1, False, False
            continue
        if not line.strip():
            previous_blank = True
            i += 1
            continue
        if _INDENTED.match(line) and previous_blank and not in_list and not _LIST_ITEM.match(line):
            j, last = i, i
            while j < len(lines):
                body = text[lines[j][0] : lines[j][1]]
                if _INDENTED.match(body):
                    last = j
                elif body.strip():
                    break
                j += 1
            spans.append((start, lines[last][1]))
            i, previous_blank = last + 1, False
            continue
        if _LIST_ITEM.match(line):
            in_list = True
        elif not line[:1].isspace():
            in_list = False
        previous_blank = False
        i += 1
    return spans


def _code_spans(text: str) -> list[Span]:
    """Inline code: a run of backticks up to the next run of the same length within the paragraph."""
    spans: list[Span] = []
    runs = list(_BACKTICKS.finditer(text))
    i = 0
    while i < len(runs):
        opening = runs[i]
        for j in range(i + 1, len(runs)):
            if _BLANK_LINE.search(text, opening.end(), runs[j].start()):
                break
            if len(runs[j].group()) == len(opening.group()):
                spans.append((opening.start(), runs[j].end()))
                i = j
                break
        i += 1
    return spans


def _link_target_end(text: str, pos: int) -> int | None:
    """Where an inline link target ``(url "title")`` starting at ``pos`` (the parenthesis) ends."""
    i, n = pos + 1, len(text)
    while i < n and text[i] in " \t":
        i += 1
    if i < n and text[i] == "<":
        close = text.find(">", i)
        if close < 0 or "\n" in text[i:close]:
            return None
        i = close + 1
    else:
        depth = 0
        while i < n and not text[i].isspace():
            if text[i] == "(":
                depth += 1
            elif text[i] == ")":
                if depth == 0:
                    break
                depth -= 1
            i += 1
    while i < n and text[i] in " \t\n":
        i += 1
    if i < n and text[i] in "\"'(":
        closing = ")" if text[i] == "(" else text[i]
        close = text.find(closing, i + 1)
        if close < 0:
            return None
        i = close + 1
        while i < n and text[i] in " \t\n":
            i += 1
    return i + 1 if i < n and text[i] == ")" else None


def _link_spans(text: str) -> list[Span]:
    """Targets of inline links and images ``(…)`` and labels of reference links ``[…]``."""
    spans: list[Span] = []
    for match in _LINK_TEXT.finditer(text):
        after = match.end()
        if text.startswith("(", after):
            end = _link_target_end(text, after)
            if end is not None:
                spans.append((after, end))
        elif text.startswith("[", after):
            close = text.find("]", after)
            if close > 0 and "\n" not in text[after:close]:
                spans.append((after, close + 1))
    return spans


def markdown_spans(text: str) -> list[Span]:
    """``(start, end)`` spans of ``text`` that are not prose when it is read as Markdown."""
    spans: list[Span] = []
    front = front_matter_span(text)
    first_line = 0
    if front:
        spans.append(front)
        first_line = text.count("\n", 0, front[1]) + 1
    spans += _block_spans(text, first_line)
    masked = _mask(text, spans)
    code = _code_spans(masked)
    spans += code
    masked = _mask(masked, code)
    found = [m.span() for m in _REFERENCE_DEF.finditer(masked)]
    found += [m.span() for m in _AUTOLINK.finditer(masked)]
    masked = _mask(masked, found)
    found += _link_spans(masked)
    found += markup_spans(masked)
    spans += found
    return merge_spans(spans)
