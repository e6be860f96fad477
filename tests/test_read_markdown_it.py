"""Markdown read with markdown-it-py (issue 14 item 8): blocks, non-prose spans, offsets into the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.errors import InputError
from quotes.layout.paragraphs import split_paragraphs
from quotes.marks.scan import find_quotations
from quotes.pipeline import extract
from quotes.read import iter_articles
from quotes.read.markdown import markdown_spans, parse_markdown
from quotes.read.metadata import infer_metadata

DOCUMENT = """---
title: Harbour dues
---

# Harbour dues *frozen* again

Harbourmaster Tilde Varga spoke to [the port board](https://port.example/board "Board").

> “We will not raise the dues this year,” she said.
> Fishers welcomed it.

- First point
- Second point with `inline code`

| Berth | Fee |
|---|---|
| North | [low](https://port.example/fees) |

```text
printf("fenced
```

    indented "code

<script>
var banner = "not news";
</script>

Old title
=========

[ref]: https://port.example/ref
"""


def spans_text(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The text of each span."""
    return [text[start:end] for start, end in spans]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one span."""
    return any(s <= start and end <= e for s, e in spans)


def touches(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any span."""
    return any(s < end and start < e for s, e in spans)


# --- block structure --------------------------------------------------------------------------------


def test_blocks_in_reading_order() -> None:
    blocks = parse_markdown(DOCUMENT).blocks
    assert [b.kind for b in blocks] == [
        "front_matter", "heading", "paragraph", "paragraph", "paragraph", "paragraph", "table",
        "code", "code", "html", "heading", "reference",
    ]  # fmt: skip
    heading, setext = blocks[1], blocks[10]
    assert (heading.level, heading.text) == (1, "Harbour dues frozen again")
    assert (setext.level, setext.text) == (1, "Old title")
    assert blocks[2].text == "Harbourmaster Tilde Varga spoke to the port board."  # link text kept as text
    assert blocks[3].text == "“We will not raise the dues this year,” she said.\nFishers welcomed it."
    assert [b.in_list for b in blocks[4:6]] == [True, True]
    assert blocks[5].text == "Second point with inline code"
    assert blocks[6].text == "Berth | Fee\nNorth | low"


def test_block_offsets_point_into_the_file() -> None:
    for block in parse_markdown(DOCUMENT).blocks:
        assert 0 <= block.start < block.end <= len(DOCUMENT)
        assert DOCUMENT[block.start : block.end] == DOCUMENT[block.start : block.end].rstrip()
        assert block.start == 0 or DOCUMENT[block.start - 1] == "\n"  # whole lines
    fence = next(b for b in parse_markdown(DOCUMENT).blocks if b.kind == "code")
    assert DOCUMENT[fence.start : fence.end] == '```text\nprintf("fenced\n```'


def test_non_prose_spans_of_the_document() -> None:
    assert spans_text(DOCUMENT, markdown_spans(DOCUMENT)) == [
        "---\ntitle: Harbour dues\n---",
        '(https://port.example/board "Board")',
        "`inline code`",
        "(https://port.example/fees)",
        '```text\nprintf("fenced\n```',
        '    indented "code',
        '<script>\nvar banner = "not news";\n</script>',
        "[ref]: https://port.example/ref",
    ]


# --- what the hand-written parser got wrong -----------------------------------------------------------


def test_fence_inside_a_block_quote_is_code() -> None:
    text = 'A note.\n\n> ~~~\n> print("codeword\n> ~~~\n\nAfter.\n'
    spans = markdown_spans(text)
    start = text.index("codeword")
    assert inside(spans, start, start + len("codeword"))
    assert spans_text(text, spans) == ['> ~~~\n> print("codeword\n> ~~~']


def test_fence_inside_a_list_item_is_code() -> None:
    text = '- Step one:\n\n  ~~~\n  say("codeword\n  ~~~\n\n- Step two “proseword”.\n'
    spans = markdown_spans(text)
    assert inside(spans, text.index("codeword"), text.index("codeword") + 8)
    assert not touches(spans, text.index("proseword"), text.index("proseword") + 9)


def test_image_inside_a_link_has_both_targets_hidden() -> None:
    text = "See [![photo “altword](img/targetword.png)](https://example.org/linkword) here.\n"
    assert spans_text(text, markdown_spans(text)) == [
        "(img/targetword.png)",
        "(https://example.org/linkword)",
    ]


def test_script_and_style_blocks_are_not_prose() -> None:
    text = 'Intro.\n\n<script>\nvar note = "codeword;\n</script>\n\n<style>\np:before { content: "x"; }\n</style>\n'
    spans = markdown_spans(text)
    for word in ("codeword", "content"):
        assert inside(spans, text.index(word), text.index(word) + len(word))


def test_html_block_words_stay_prose() -> None:
    text = '<div class="pull">\n“We will rebuild the pier,” she said.\n</div>\n'
    assert spans_text(text, markdown_spans(text)) == ['<div class="pull">', "</div>"]


def test_code_span_in_a_table_cell_with_an_escaped_pipe() -> None:
    text = '| Who | Said |\n|---|---|\n| Ada | `say "a \\| b` and [more](https://x.example/t) |\n'
    assert spans_text(text, markdown_spans(text)) == ['`say "a \\| b`', "(https://x.example/t)"]


def test_windows_line_ends_keep_offsets() -> None:
    text = '> Quote `code "x` and [text](https://x.example/a)\r\n> more ![alt](pic.png)\r\n\r\n```\r\nz\r\n```\r\n'
    assert spans_text(text, markdown_spans(text)) == [
        '`code "x`',
        "(https://x.example/a)",
        "(pic.png)",
        "```\r\nz\r\n```",
    ]


def test_title_from_a_heading_read_as_markdown() -> None:
    text = "# Fish &amp; chips shop \\*finally\\* reopens in [Tarnby](https://t.example)\n\nBody text here.\n"
    assert infer_metadata(text, "markdown")["title"] == "Fish & chips shop *finally* reopens in Tarnby"


def test_a_date_in_a_code_block_is_not_the_publication_date() -> None:
    text = "# Ferry fares frozen\n\n```\nPublished: 1 May 2020\n```\n\nThe ferry board froze fares.\n"
    assert infer_metadata(text, "markdown")["published"] is None


# --- link texts and quotation marks -------------------------------------------------------------------


def quoted(text: str) -> list[str]:
    """The quotations the scanner finds in Markdown text with these non-prose spans."""
    spans, _ = find_quotations(text, split_paragraphs(text), markdown_spans(text))
    return [q.text(text) for q in spans]


@pytest.mark.parametrize(
    "link",
    [
        "[“the report](https://example.org/report)",
        "[“the report][r]",
        "[“the report][nowhere]",  # a draft whose definition is missing
        "[“the report][]",
        "[“the report\nof May](https://example.org/report)",
        "![“the chart](chart.png)",
    ],
)
def test_an_unclosed_mark_in_a_link_text_never_reaches_the_next_paragraph(link: str) -> None:
    text = f"See {link} for details.\n\n“We will win,” the minister said.\n\n[r]: https://example.org/r\n"
    found = quoted(text)
    assert found[-1] == "We will win,"
    assert all("minister" not in words and "details" not in words for words in found)


def test_link_texts_are_listed_with_shortcut_links() -> None:
    text = (
        "See [“the report] and [the map](https://m.example) and [the list][r].\n\n[“the report]: https://x\n"
    )
    links = parse_markdown(text).links
    assert spans_text(text, links) == ["[“the report]", "[the map]", "[the list]"]


# --- offsets: article_text[start:end] is the quoted words --------------------------------------------

ARTICLE = """---
title: Pier vote
---

# Council backs “pier rescue” plan

Councillor Rhea Voss spoke after [the “vote”](https://council.example/vote "The vote").

> “We will rebuild the pier before the summer,” Voss said.

1. Vote first.
2. “The money is there,” treasurer Omar Linde said on the council floor after the long debate.

```
log("not a quotation")
```

| Speaker | Words |
|---|---|
| Linde | `"code"` |

“It is a good day for the town,” Voss said.
"""


def test_every_quotation_is_the_text_at_its_offsets(tmp_path: Path) -> None:
    path = tmp_path / "pier.md"
    path.write_bytes(ARTICLE.encode("utf-8"))
    errors: list[InputError] = []
    (article,) = iter_articles([str(path)], on_error=errors.append)
    assert errors == []
    records = extract(article.text, format="markdown")
    assert records, "no quotations found"
    for record in records:
        assert article.text[record.start : record.end] == record.quote
    quotes = {record.quote for record in records}
    assert "We will rebuild the pier before the summer," in quotes
    assert "The money is there," in quotes
    assert "It is a good day for the town," in quotes
    assert not any("not a quotation" in q or "code" in q or "The vote" in q for q in quotes)


PIECES = [
    "word ", "“a ", "” ", "`c` ", "\n", "\n\n", "    ", "> ", "- ", "1. ", "# ", "\t", "\r\n",
    "[t](http://x.example/z) ", "[t][r] ", "[r]: http://u\n", "<b>", "*", "![a](i.png) ",
    "<https://a.example> ", "| x | `y` |\n|---|---|\n| [l](m) | z |\n", "```\n", "~~~\n",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_spans_are_within_the_text_and_each_construct_is_whole(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = parse_markdown(text)
    assert document.nonprose == sorted(document.nonprose)
    for start, end in document.nonprose:
        assert 0 <= start < end <= len(text)
        if text[start] == "`" and "\n" not in text[start:end]:
            assert text[end - 1] == "`"  # an inline code span, backticks and all
        if text[start] == "(":
            assert text[end - 1] == ")"  # a link target
    for start, end in document.links:
        assert text[start] == "[" and text[end - 1] == "]"
