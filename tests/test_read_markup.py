"""Non-prose spans: Markdown code, front matter, link targets and HTML; markup tags in plain text."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.errors import InputError
from quotes.read import iter_articles, markup_spans
from quotes.read.markdown import markdown_spans

MARKDOWN = """---
title: "Frontmatterword headline"
tags: [yamlword]
---

# Ferry strike ends after three days

The union said the `inlinecodeword` flag was lifted and
[the full linktextword statement](https://example.org/targetword_(x) "titleword") is online.
See also [the archive labelword][refword] and <https://example.org/autolinkword>
plus <!-- commentword "note" --> more proseword.

```python
print("fencedcodeword")
```

    indentedcodeword = "x"

~~~
tildecodeword
~~~

- a list item listword
    continued listcontinuationword

[refword]: https://example.org/definitionword "Definition title"

Some <span class="spanattrword">inline tagged htmltextword</span> words. ![imagealtword](imagetargetword.png)
"""

PROSE_WORDS = [
    "Ferry",
    "union",
    "linktextword",
    "labelword",
    "proseword",
    "listword",
    "listcontinuationword",
    "htmltextword",
    "imagealtword",
]
CODE_WORDS = [
    "Frontmatterword",
    "yamlword",
    "inlinecodeword",
    "targetword",
    "titleword",
    "autolinkword",
    "commentword",
    "fencedcodeword",
    "indentedcodeword",
    "tildecodeword",
    "definitionword",
    "spanattrword",
    "imagetargetword",
]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one span."""
    return any(s <= start and end <= e for s, e in spans)


def touches(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any span."""
    return any(s < end and start < e for s, e in spans)


def test_markdown_prose_words_outside_every_span() -> None:
    spans = markdown_spans(MARKDOWN)
    for word in PROSE_WORDS:
        start = MARKDOWN.index(word)
        assert not touches(spans, start, start + len(word)), word


def test_markdown_code_words_inside_a_span() -> None:
    spans = markdown_spans(MARKDOWN)
    for word in CODE_WORDS:
        start = MARKDOWN.index(word)
        assert inside(spans, start, start + len(word)), word


def test_markdown_front_matter_span_starts_at_zero() -> None:
    spans = markdown_spans(MARKDOWN)
    end = MARKDOWN.index("\n---\n") + len("\n---")
    assert spans[0] == (0, end)


def test_toml_front_matter() -> None:
    text = '+++\ntitle = "tomlword"\n+++\n\nBody prose here.\n'
    spans = markdown_spans(text)
    assert inside(spans, text.index("tomlword"), text.index("tomlword") + 8)
    assert not touches(spans, text.index("Body"), text.index("Body") + 4)


def test_fenced_block_includes_fences() -> None:
    text = 'Before.\n\n```\nsay("x")\n```\n\nAfter.\n'
    spans = markdown_spans(text)
    assert [text[s:e] for s, e in spans] == ['```\nsay("x")\n```']


def test_unclosed_fence_runs_to_end() -> None:
    text = 'Before.\n\n~~~\nsay("x")\nmore\n'
    spans = markdown_spans(text)
    assert spans == [(text.index("~~~"), len(text.rstrip("\n")))]


def test_link_text_is_prose_but_target_is_not() -> None:
    text = 'He said [the "plan" works](http://example.org/p "Plan") today.'
    spans = markdown_spans(text)
    assert [text[s:e] for s, e in spans] == ['(http://example.org/p "Plan")']


def test_spans_are_sorted_and_disjoint() -> None:
    spans = markdown_spans(MARKDOWN)
    assert spans == sorted(spans)
    assert all(a_end < b_start for (_, a_end), (b_start, _) in pairwise(spans))


def test_markdown_file_gets_nonprose(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_bytes(MARKDOWN.replace("\n", "\r\n").encode("utf-8"))
    errors: list[InputError] = []
    (article,) = iter_articles([str(path)], on_error=errors.append)
    assert errors == []
    assert article.format == "markdown"
    assert article.text == MARKDOWN.replace("\n", "\r\n")
    start = article.text.index("fencedcodeword")
    assert inside(article.nonprose, start, start + 1)
    start = article.text.index("proseword")
    assert not touches(article.nonprose, start, start + 1)


# --- markup in plain text ---------------------------------------------------------------------------


def test_markup_tags_in_plain_text() -> None:
    text = 'Posted today:\n<tweet id="123" author="@x">We won the "big" vote</tweet>\nMore prose.'
    spans = markup_spans(text)
    assert [text[s:e] for s, e in spans] == ['<tweet id="123" author="@x">', "</tweet>"]
    start = text.index("We won")
    assert not touches(spans, start, text.index("</tweet>"))


def test_markup_comments_and_shortcodes() -> None:
    text = 'A <!-- "hidden" --> line.\n[caption id=”42″ align=”left”]Photo words[/caption]\n<br/> done'
    found = [text[s:e] for s, e in markup_spans(text)]
    assert found == ['<!-- "hidden" -->', "[caption id=”42″ align=”left”]", "[/caption]", "<br/>"]


def test_comparisons_and_brackets_are_prose() -> None:
    text = "Inflation was < 2% and growth > 1%, he said [citing the bank] <with caveats>."
    assert markup_spans(text) == []


def test_plain_text_file_gets_markup_nonprose(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text('Lead.\n<tweet id="9">Words "here"</tweet>\n', encoding="utf-8")
    (article,) = iter_articles([str(path)], on_error=lambda err: None)
    assert [article.text[s:e] for s, e in article.nonprose] == ['<tweet id="9">', "</tweet>"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>/=\"'[]`()!-#~*\n: ")), max_size=120))
def test_spans_always_within_text(text: str) -> None:
    for spans in (markup_spans(text), markdown_spans(text)):
        assert all(0 <= s < e <= len(text) for s, e in spans)
        assert spans == sorted(spans)
