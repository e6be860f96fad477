"""Read a Markdown document's structure with markdown-it-py: its blocks, and the spans that are not prose.

markdown-it-py (CommonMark, with GFM tables and raw HTML) finds the blocks: front matter (a rule
added here), headings, paragraphs, lists, block quotes, tables, code blocks and fences, HTML blocks
and reference definitions. Inline code, link and image targets and autolinks are found by its
inline parser, whose rules are wrapped here to note where each construct starts and ends.

The article text is never rewritten: every span is an offset into the file's text as read, so that
``text[start:end]`` of a quotation is the quoted words. Not prose: front matter, code blocks and
fences (with their fences), inline code (with its backticks), link and image targets ``(url "title")``
and reference labels ``[ref]`` (each starting right after the ``]`` of the link text, which stays
prose), autolinks, reference definitions, HTML tags, comments and shortcodes (the words between
tags stay prose), and ``<script>``, ``<style>``, ``<pre>`` and ``<textarea>`` blocks whole.

A reference link whose label has no definition (a draft whose definitions are missing or still to
come) is read as a link all the same. Link texts never run past their paragraph; their spans, from
``[`` to ``]``, are ``MarkdownDocument.links`` (shortcut reference links ``[text]`` included, which
have no target after the ``]`` to find them by).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt, rules_block, rules_inline
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from quotes.read.markup import Span, markup_spans, merge_spans

MASK = "\x00"
_CODE_HTML = re.compile(r"\s*<(?:script|style|pre|textarea)(?=[\s>/]|$)", re.I)
_FRONT_CLOSERS = {"---": ("---", "..."), "+++": ("+++",)}
_SPANS = "quotes_spans"  # keys of markdown-it's env while one inline token is parsed
_SOURCE = "quotes_source"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a Markdown document: where it is and, for prose blocks, its text without markup."""

    kind: str  # front_matter, heading, paragraph, table, code, html, hr, reference
    start: int
    end: int
    text: str = ""  # headings, paragraphs, tables (cells joined by " | "): link text kept, markup dropped
    level: int = 0  # heading level
    in_list: bool = False


@dataclass(slots=True)
class MarkdownDocument:
    """A parsed Markdown document: its blocks in reading order and its non-prose spans."""

    blocks: list[Block] = field(default_factory=list)
    nonprose: list[Span] = field(default_factory=list)
    links: list[Span] = field(default_factory=list)  # link and image texts, from [ to ], shortcut links too


class _References(dict[str, dict[str, str]]):
    """Reference definitions, in which a label without one still names a link: in a draft whose
    definition is missing or not yet written, ``[text][label]`` is a link all the same (its label is
    not prose, its text is link text)."""

    def get(self, key: str, default: object = None) -> dict[str, str]:  # type: ignore[override]
        """The definition of a label, or an empty one."""
        return super().get(key) or {"href": "", "title": ""}


# --- markdown-it rules ---------------------------------------------------------------------------


def _front_matter(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Block rule: YAML (``---``) or TOML (``+++``) front matter at the very top, fences included."""
    if start_line != 0 or state.bMarks[0] != 0 or state.blkIndent != 0:
        return False
    first = state.src[state.bMarks[0] : state.eMarks[0]].rstrip()
    closers = _FRONT_CLOSERS.get(first)
    if not closers:
        return False
    for line in range(1, end_line):
        if state.src[state.bMarks[line] : state.eMarks[line]].rstrip() in closers:
            if not silent:
                token = state.push("front_matter", "", 0)
                token.map = [0, line + 1]
                token.markup = first
            state.line = line + 1
            return True
    return False


def _references(rule: Callable[[StateBlock, int, int, bool], bool]) -> Callable[..., bool]:
    """The reference-definition rule, leaving a token with its lines (markdown-it leaves none)."""

    def reference(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        """markdown-it's rule, then a ``reference`` token over the lines it took."""
        if not rule(state, start_line, end_line, silent):
            return False
        if not silent:
            state.push("reference", "", 0).map = [start_line, state.line]
        return True

    return reference


def _recording(kind: str, rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    """An inline rule that also notes the non-prose part of what it parsed, in source offsets."""

    def recorded(state: StateInline, silent: bool) -> bool:
        """markdown-it's rule, then a note of what it found: (kind, start, end) in the content."""
        start, tokens = state.pos, len(state.tokens)
        if not rule(state, silent):
            return False
        spans = state.env.get(_SPANS)
        if silent or spans is None or state.src is not state.env.get(_SOURCE):
            return True  # a look-ahead, or image alt text (parsed apart, and prose)
        end = state.pos
        if kind == "code":
            if any(token.type == "code_inline" for token in state.tokens[tokens:]):
                spans.append(("code", start, end))
        elif kind == "autolink":
            spans.append(("code", start, end))
        else:  # link or image: its text [..] is prose, what follows the ] is not
            label_at = start if kind == "link" else start + 1
            pos, maximum = state.pos, state.posMax
            label_end = state.md.helpers.parseLinkLabel(state, label_at, kind == "link")
            state.pos, state.posMax = pos, maximum
            if label_end >= 0:
                spans.append(("link", label_at, label_end + 1))
            if 0 <= label_end < end - 1:
                spans.append(("code", label_end + 1, end))
        return True

    return recorded


@functools.cache
def _parser() -> MarkdownIt:
    """The CommonMark parser with tables, raw HTML, front matter and position notes."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.block.ruler.before("table", "front_matter", _front_matter)
    md.block.ruler.at("reference", _references(rules_block.reference))
    md.inline.ruler.at("backticks", _recording("code", rules_inline.backtick))
    md.inline.ruler.at("link", _recording("link", rules_inline.link))
    md.inline.ruler.at("image", _recording("image", rules_inline.image))
    md.inline.ruler.at("autolink", _recording("autolink", rules_inline.autolink))
    return md


# --- from markdown-it's content back to the text ---------------------------------------------------


def _line_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, the end before the line break (markdown-it's line numbers)."""
    bounds, pos = [], 0
    for line in text.split("\n"):
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    return bounds


def _same(content: str, source: str) -> bool:
    """Whether a character of markdown-it's content stands for this source character."""
    return content == source or (content == " " and source == "\t")


def _align_line(content: str, text: str, start: int, end: int, offsets: list[int]) -> None:
    """Offsets of a content line that is its source line with a prefix (and trailing blanks) cut:
    matched from the right, so block-quote marks, list markers and heading marks are passed over."""
    if text.endswith(content, start, end):  # the usual case: nothing cut at the end
        offsets.extend(range(end - len(content), end))
        return
    found = [start] * len(content)
    j = end - 1
    for i in range(len(content) - 1, -1, -1):
        while j >= start and not _same(content[i], text[j]):
            j -= 1
        if j < start:
            break
        found[i] = j
        j -= 1
    offsets.extend(found)


def _align_cell(content: str, text: str, start: int, end: int, offsets: list[int]) -> int:
    """Offsets of a table cell's content, matched from the left after the cell's ``|``; where it ends."""
    j = start
    while j < end and text[j] in " \t":
        j += 1
    if j < end and text[j] == "|":
        j += 1
    last = j
    for char in content:
        while j < end and text[j] != char:
            j += 1
        offsets.append(min(j, end - 1) if end > start else start)
        if j < end:
            last = j = j + 1
    return last


def _offsets(token: Token, kind: str, text: str, lines: list[tuple[int, int]], cursor: int) -> list[int]:
    """For each character of an inline token's content, its offset in the text."""
    content, first = token.content, (token.map or [0, 0])[0]
    offsets: list[int] = []
    if kind in ("th", "td"):
        _align_cell(content, text, cursor, lines[first][1], offsets)
        return offsets
    for n, part in enumerate(content.split("\n")):
        start, end = lines[min(first + n, len(lines) - 1)]
        if n:
            offsets.append(start - 1)  # the line break
        _align_line(part, text, start, end, offsets)
    return offsets


# --- the document ---------------------------------------------------------------------------------


def _plain(children: list[Token]) -> str:
    """The words of an inline token: text and code kept, link targets, emphasis marks and tags dropped."""
    out = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(_plain(child.children or []))
    return "".join(out)


def _block_end(text: str, lines: list[tuple[int, int]], last_line: int) -> int:
    """The end of a block whose last line is ``last_line``, trailing blanks left out."""
    end = lines[min(last_line, len(lines) - 1)][1]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


_CODE_BLOCKS = {
    "front_matter": "front_matter", "fence": "code", "code_block": "code", "reference": "reference"
}  # fmt: skip


def parse_markdown(text: str) -> MarkdownDocument:
    """The blocks and non-prose spans of ``text`` read as Markdown; offsets are into ``text`` itself."""
    md = _parser()
    # markdown-it reads \r\n as \n; these replacements keep every offset where it is.
    source = text.replace("\r\n", " \n").replace("\r", "\n").replace("\x00", "\ufffd")
    env: dict[str, object] = {"references": _References()}
    tokens: list[Token] = []
    md.block.parse(source, md, env, tokens)
    lines = _line_bounds(source)
    blocks: list[Block] = []
    spans: list[Span] = []
    links: list[Span] = []
    opened: list[Token] = []
    lists, row, cursor = 0, [], 0

    def bounds(where: list[int]) -> tuple[int, int]:
        """Where the block on lines ``where`` starts and ends in the text."""
        return lines[where[0]][0], _block_end(source, lines, where[1] - 1)

    for token in tokens:
        kind, where = token.type, token.map
        if token.nesting == -1:
            opened.pop()
            lists -= kind in ("bullet_list_close", "ordered_list_close")
        if kind == "tr_close" and blocks and blocks[-1].kind == "table":
            table, cells = blocks[-1], " | ".join(row)
            blocks[-1] = Block("table", table.start, table.end, f"{table.text}\n{cells}".lstrip("\n"))
        if token.nesting == 1:
            opened.append(token)
            lists += kind in ("bullet_list_open", "ordered_list_open")
        if where is None:
            continue
        if kind == "table_open":
            blocks.append(Block("table", *bounds(where), in_list=lists > 0))
        elif kind == "tr_open":
            row, cursor = [], lines[where[0]][0]
        elif kind == "hr":
            blocks.append(Block("hr", *bounds(where), in_list=lists > 0))
        elif kind in _CODE_BLOCKS:
            start, end = bounds(where)
            blocks.append(Block(_CODE_BLOCKS[kind], start, end, in_list=lists > 0))
            spans.append((start, end))
        elif kind == "html_block":
            start, end = bounds(where)
            blocks.append(Block("html", start, end, in_list=lists > 0))
            if _CODE_HTML.match(token.content):
                spans.append((start, end))
        elif kind == "inline":
            parent = opened[-1] if opened else None
            within = parent.type[: -len("_open")] if parent else "paragraph"
            found: list[tuple[str, int, int]] = []
            env[_SPANS], env[_SOURCE] = found, token.content
            children: list[Token] = []
            md.inline.parse(token.content, md, env, children)
            del env[_SPANS], env[_SOURCE]
            is_cell = within in ("th", "td")
            offsets = _offsets(token, within, source, lines, cursor) if found or is_cell else []
            for what, s, e in found:
                if 0 <= s < e <= len(offsets):
                    (links if what == "link" else spans).append((offsets[s], offsets[e - 1] + 1))
            words = _plain(children)
            if is_cell:
                row.append(words)
                end = lines[where[0]][1]
                cursor = offsets[-1] + 1 if offsets else _align_cell("", source, cursor, end, [])
            elif within in ("heading", "paragraph"):
                level = int(parent.tag[1:]) if parent and within == "heading" else 0
                blocks.append(Block(within, *bounds(where), words, level, lists > 0))
    spans = [(s, e) for s, e in spans if e > s]
    # HTML tags, comments and shortcodes, wherever they are not already code.
    spans += markup_spans(_mask(source, spans))
    return MarkdownDocument(blocks, merge_spans(spans), sorted(set(links)))


def _mask(text: str, spans: list[Span]) -> str:
    """``text`` with every span blanked out (line breaks kept), so later patterns cannot match inside."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = MASK
    return "".join(chars)


def markdown_spans(text: str) -> list[Span]:
    """``(start, end)`` spans of ``text`` that are not prose when it is read as Markdown."""
    return parse_markdown(text).nonprose
