"""Paragraph splitting: blank lines, one line a paragraph, hard-wrapped drafts, lists and headings."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.layout.paragraphs import Paragraph, split_paragraphs

WRAPPED = (
    "The harbour board met on Thursday to discuss the long delayed plan for\n"
    "a new breakwater, which engineers say is needed before the winter storms\n"
    "arrive and flood the low quay once again, as they did two years ago."
)


def texts(text: str, skip: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text, skip or ())]


# --- blank lines and single lines ---------------------------------------------------------------


def test_blank_line_separates_paragraphs() -> None:
    assert texts("The ferry was late.\n\nPassengers waited an hour.") == [
        "The ferry was late.",
        "Passengers waited an hour.",
    ]


def test_several_blank_lines_and_white_space_lines_are_one_break() -> None:
    text = "First paragraph here.\n\n\n   \n\t\nSecond paragraph here."
    assert texts(text) == ["First paragraph here.", "Second paragraph here."]


def test_each_line_of_a_web_style_block_is_a_paragraph() -> None:
    text = (
        "The ferry was late on Monday.\n"
        "Passengers waited more than an hour on the quay.\n"
        "The operator blamed a broken ramp."
    )
    assert texts(text) == text.split("\n")


def test_offsets_point_at_the_stripped_paragraph_text() -> None:
    text = "   Indented first line.   \n\n\tTabbed second line.\t\n"
    paras = split_paragraphs(text)
    assert [(p.start, p.end) for p in paras] == [(3, 23), (29, 48)]
    assert [text[p.start : p.end] for p in paras] == ["Indented first line.", "Tabbed second line."]


def test_indices_count_from_zero_in_order() -> None:
    paras = split_paragraphs("One.\n\nTwo.\nThree.\n\nFour.")
    assert [p.index for p in paras] == [0, 1, 2, 3]
    assert all(isinstance(p, Paragraph) for p in paras)


def test_empty_and_blank_text_have_no_paragraphs() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs("\n\n  \n\t\n") == []


def test_text_without_a_final_line_break() -> None:
    assert texts("Only one line") == ["Only one line"]


def test_crlf_and_lone_cr_line_breaks() -> None:
    text = "The ferry was late.\r\n\r\nPassengers waited.\r\nThe ramp broke."
    assert texts(text) == ["The ferry was late.", "Passengers waited.", "The ramp broke."]
    assert texts("First line.\rSecond line.\r\rThird line.") == ["First line.", "Second line.", "Third line."]


# --- hard-wrapped drafts ------------------------------------------------------------------------


def test_hard_wrapped_block_is_one_paragraph() -> None:
    text = WRAPPED + "\n\nThe board will vote next month."
    paras = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == [WRAPPED, "The board will vote next month."]


def test_hard_wrapped_block_with_crlf_is_one_paragraph() -> None:
    text = WRAPPED.replace("\n", "\r\n")
    paras = split_paragraphs(text)
    assert len(paras) == 1
    assert (paras[0].start, paras[0].end) == (0, len(text))


def test_hard_wrapped_at_72_columns() -> None:
    words = (
        "Residents of the valley said the new bus timetable left them stranded on "
        "Sunday evenings, and the regional council promised to review the service "
        "before the summer holidays begin, after a petition with several thousand "
        "signatures reached the transport office last week."
    ).split()
    lines, line = [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > 72:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    text = "\n".join(lines)
    assert len(lines) >= 3
    assert texts(text) == [text]


def test_short_lines_that_end_sentences_are_not_wrapped() -> None:
    text = (
        "The council approved the budget for the coming year on Monday night.\n"
        "The opposition voted against it after a debate that lasted four hours.\n"
        "A second vote on the harbour plan is expected before the end of May."
    )
    assert len(texts(text)) == 3


def test_list_items_stay_separate() -> None:
    text = "- Home\n- News\n- Sport\n- Weather"
    assert texts(text) == ["- Home", "- News", "- Sport", "- Weather"]


def test_numbered_list_items_of_wrap_width_stay_separate() -> None:
    text = (
        "1. The council will publish the full cost of the dredging plan by June\n"
        "2. An independent engineer will review the figures before any contract\n"
        "3. Residents will be consulted at two public meetings in the town hall"
    )
    assert len(texts(text)) == 3


def test_heading_stays_separate_from_the_wrapped_paragraph_under_it() -> None:
    text = "## Harbour plans\n" + WRAPPED
    assert texts(text) == ["## Harbour plans", WRAPPED]


def test_heading_between_wrapped_paragraph_lines_is_its_own_paragraph() -> None:
    text = "# The vote\n## Reaction\nShort line one.\nShort line two."
    assert texts(text) == ["# The vote", "## Reaction", "Short line one.", "Short line two."]


def test_wrapped_list_item_keeps_its_indented_continuation() -> None:
    item = (
        "- The harbour board met on Thursday to discuss the long delayed plan for\n"
        "  a new breakwater, which engineers say is needed before the storms arrive"
    )
    text = item + "\n- A second item that stands on its own line."
    assert texts(text) == [item, "- A second item that stands on its own line."]


def test_line_after_list_item_without_indent_is_not_part_of_it() -> None:
    text = "- A single item here\n" + WRAPPED
    assert texts(text) == ["- A single item here", WRAPPED]


# --- skipped spans ------------------------------------------------------------------------------


def test_lines_inside_a_skip_span_are_left_out() -> None:
    text = "Before the code.\n<pre>\nx = 1\n</pre>\nAfter the code."
    start = text.index("<pre>")
    end = text.index("</pre>") + len("</pre>")
    assert texts(text, [(start, end)]) == ["Before the code.", "After the code."]


def test_line_only_partly_inside_a_skip_span_is_kept() -> None:
    text = 'She posted <tweet id="1">a photo</tweet> of the quay.'
    start = text.index("<tweet")
    assert texts(text, [(start, start + 15)]) == [text]


# --- properties ---------------------------------------------------------------------------------

_WORDS = ["quay", "ferry", "Harbour", "said", ".", ","]
_SPACES = [" ", "  ", "\t", "\n", "\n\n", "\r\n", "\r"]
_PIECES = st.sampled_from([*_WORDS, *_SPACES, "- ", "# ", "1. "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_paragraphs_are_ordered_stripped_and_cover_every_word(pieces: list[str]) -> None:
    text = "".join(pieces)
    paras = split_paragraphs(text)
    last = 0
    for n, p in enumerate(paras):
        assert p.index == n
        assert last <= p.start < p.end <= len(text)
        segment = text[p.start : p.end]
        assert segment == segment.strip() and segment
        last = p.end
    covered = set()
    for p in paras:
        covered.update(range(p.start, p.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.ascii_letters + " .,\n\r\t", max_size=200))
def test_split_never_fails_and_paragraphs_hold_no_blank_line(text: str) -> None:
    for p in split_paragraphs(text):
        segment = text[p.start : p.end]
        assert segment.strip()
        assert "\n\n" not in segment and "\r\n\r\n" not in segment
