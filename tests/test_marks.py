"""Quotation marks: the style table and the scanner that pairs marks into quotations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.layout.paragraphs import Paragraph, split_paragraphs
from quotes.marks.scan import MarkIssue, QuoteSpan, find_quotations
from quotes.marks.styles import (
    ALL_MARKS,
    DIGRAPH_STYLES,
    DOUBLE_MARKS,
    MARK_STYLES,
    SINGLE_MARKS,
    STYLE_OF,
)


def scan(text: str, nonprose: list[tuple[int, int]] | None = None) -> tuple[list[QuoteSpan], list[MarkIssue]]:
    return find_quotations(text, split_paragraphs(text), nonprose or ())


def quoted(text: str, nonprose: list[tuple[int, int]] | None = None) -> list[str]:
    """The quoted words of each quotation found in ``text``."""
    spans, _ = scan(text, nonprose)
    return [q.text(text) for q in spans]


def only(text: str) -> QuoteSpan:
    spans, issues = scan(text)
    assert len(spans) == 1, [q.text(text) for q in spans]
    assert issues == []
    return spans[0]


# --- the style table ----------------------------------------------------------------------------


def test_style_table_has_one_entry_a_glyph() -> None:
    chars = [s.char for s in MARK_STYLES]
    assert len(chars) == len(set(chars))
    assert set(STYLE_OF) == set(chars) == ALL_MARKS


def test_families_partition_the_marks() -> None:
    assert DOUBLE_MARKS | SINGLE_MARKS == ALL_MARKS
    assert not DOUBLE_MARKS & SINGLE_MARKS
    assert all(s.family in ("double", "single") for s in MARK_STYLES)
    assert all(s.direction in ("open", "close", "either") for s in MARK_STYLES)


@pytest.mark.parametrize(
    ("char", "family", "direction"),
    [
        ("“", "double", "open"),
        ("”", "double", "close"),
        ('"', "double", "either"),
        ("„", "double", "open"),
        ("«", "double", "open"),
        ("»", "double", "close"),
        ("‘", "single", "open"),
        ("’", "single", "close"),
        ("'", "single", "either"),
        ("‹", "single", "open"),
        ("›", "single", "close"),
    ],
)
def test_the_marks_pages_print_are_in_the_table(char: str, family: str, direction: str) -> None:
    style = STYLE_OF[char]
    assert (style.family, style.direction) == (family, direction)
    assert style.name


def test_two_character_marks_stand_for_double_marks() -> None:
    assert {s.char for s in DIGRAPH_STYLES} >= {"''", "``"}
    assert all(len(s.char) == 2 and s.family == "double" for s in DIGRAPH_STYLES)


# --- styles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We will reopen the mill,” the owner said.",
        '"We will reopen the mill," the owner said.',
        "‘We will reopen the mill,’ the owner said.",
        "'We will reopen the mill,' the owner said.",
        '“We will reopen the mill," the owner said.',
        '"We will reopen the mill,” the owner said.',
        "„We will reopen the mill,“ the owner said.",
        "„We will reopen the mill,” the owner said.",
        "« We will reopen the mill, » the owner said.",
        "«We will reopen the mill,» the owner said.",
        "»We will reopen the mill,« the owner said.",
        "‹ We will reopen the mill, › the owner said.",
        "”We will reopen the mill,” the owner said.",
        "''We will reopen the mill,'' the owner said.",
        "``We will reopen the mill,'' the owner said.",
    ],
)
def test_every_style_and_mixed_pair_gives_the_same_quotation(text: str) -> None:
    q = only(text)
    assert q.text(text) == "We will reopen the mill,"
    assert q.balanced


def test_german_low_high_pair_inside_a_sentence() -> None:
    text = "Die Ministerin sagte: „Wir bauen die Brücke neu“, und ging."
    assert quoted(text) == ["Wir bauen die Brücke neu"]


def test_french_guillemets_with_spaces_inside() -> None:
    text = "Le maire a déclaré : « Nous reconstruirons le pont » mardi."
    q = only(text)
    assert q.text(text) == "Nous reconstruirons le pont"
    assert text[q.start] == "N" and text[q.end - 1] == "t"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", " "])
def test_french_guillemets_with_no_break_spaces(space: str) -> None:
    text = f"Il a dit :{space}«{space}Jamais{space}»{space}hier."
    assert quoted(text) == ["Jamais"]


def test_danish_pointing_inwards() -> None:
    text = "Borgmesteren sagde: »Vi bygger broen igen« i går."
    assert quoted(text) == ["Vi bygger broen igen"]


def test_two_quotations_in_one_sentence() -> None:
    text = 'She answered "yes" to the first question and "no" to the second.'
    assert quoted(text) == ["yes", "no"]


def test_quotation_before_and_after_the_speaker() -> None:
    text = "“The mill will reopen,” the owner said. “But not this year.”"
    assert quoted(text) == ["The mill will reopen,", "But not this year."]


def test_close_mark_against_the_next_word_and_open_mark_after_a_comma() -> None:
    text = "“Not now,”she said, and then added,“Maybe in spring.”"
    assert quoted(text) == ["Not now,", "Maybe in spring."]


def test_curly_marks_curled_the_wrong_way() -> None:
    text = "The owner said ”we will reopen” on Friday."
    assert quoted(text) == ["we will reopen"]


# --- apostrophes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The owners don’t expect the mill to reopen.",
        "The owners don't expect the mill to reopen.",
        "The residents’ association met on Friday.",
        "The residents' association met on Friday.",
        "The town grew quickly in the ’90s and again in the '00s.",
        "He played rock ’n’ roll at the harbour festival.",
        "He played rock 'n' roll at the harbour festival.",
        "Tell ’em the ferry is late.",
        "The skipper, Aidan O’Rourke, was on deck.",
        "The goalkeeper is 5'10\" and the striker is 6'2\".",
        "The goalkeeper is 5’10” and the striker is 6’2”.",
        "The teachers’ union and the nurses’ union met the mayor.",
        "’Tis the season for ferry delays.",
        "The Okafors’ boat and the Brannigans’ boat were moored together.",
    ],
)
def test_an_apostrophe_is_never_a_quotation_mark(text: str) -> None:
    assert scan(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“We don’t expect the mill to reopen,” she said.", "We don’t expect the mill to reopen,"),
        ("‘The residents’ homes are safe,’ she said.", "The residents’ homes are safe,"),
        ("“The ’90s were the good years,” he said.", "The ’90s were the good years,"),
        ("‘Rock ’n’ roll kept the pier alive,’ he said.", "Rock ’n’ roll kept the pier alive,"),
        ("'Tell ’em we're coming,' the coach said.", "Tell ’em we're coming,"),
        ("“O’Rourke is 5'10\" and fast,” the coach said.", "O’Rourke is 5'10\" and fast,"),
        ("“He is 6’2” and fast,” the coach said.", "He is 6’2” and fast,"),
    ],
)
def test_apostrophes_inside_a_quotation_do_not_cut_it(text: str, words: str) -> None:
    assert only(text).text(text) == words


def test_plural_possessive_before_a_single_quoted_term() -> None:
    text = "The voters’ ‘clear message’ was ignored by the board."
    assert quoted(text) == ["clear message"]


def test_single_quoted_term_after_a_figure() -> None:
    text = "Fans queued all night for ‘Harbour Nights 2’ at the old cinema."
    assert quoted(text) == ["Harbour Nights 2"]


def test_a_doubled_apostrophe_inside_a_word_is_no_mark() -> None:
    assert scan("The owners don''t expect it.") == ([], [])


# --- quotations inside quotations ---------------------------------------------------------------


def test_single_inside_double_is_part_of_the_outer_quotation() -> None:
    text = "“She told me ‘get off the pier’ and walked away,” the fisherman said."
    q = only(text)
    assert q.family == "double"
    assert q.text(text) == "She told me ‘get off the pier’ and walked away,"


def test_single_inside_straight_double() -> None:
    text = "\"The sign said 'no fishing' in three languages,\" he said."
    assert quoted(text) == ["The sign said 'no fishing' in three languages,"]


def test_double_inside_single_headline_is_part_of_the_outer_quotation() -> None:
    text = "‘He said “no” to us’"
    q = only(text)
    assert q.family == "single"
    assert q.text(text) == "He said “no” to us"


def test_double_inside_single_in_british_style_prose() -> None:
    text = "‘The board called it “a fair offer”, but it was not,’ the union leader said."
    assert quoted(text) == ["The board called it “a fair offer”, but it was not,"]


def test_nested_guillemets() -> None:
    text = "Il a dit : « Le panneau disait ‹ pêche interdite › hier » enfin."
    assert quoted(text) == ["Le panneau disait ‹ pêche interdite › hier"]


# --- headlines and standfirsts ------------------------------------------------------------------


def test_headline_with_a_colon_and_single_marks() -> None:
    text = "Mayor: ‘We will rebuild’\n\nThe flood destroyed forty homes."
    q = only(text)
    assert q.text(text) == "We will rebuild"
    assert q.paragraph == 0


def test_standfirst_with_single_marks_and_a_speaker() -> None:
    text = (
        "Floods leave town under water\n"
        "‘We have lost everything,’ says shop owner as river bursts its banks\n"
        "The river rose two metres overnight."
    )
    assert quoted(text) == ["We have lost everything,"]


def test_headline_with_straight_single_marks() -> None:
    text = "Minister says 'no deal' on harbour sale"
    assert quoted(text) == ["no deal"]


# --- quotations over several paragraphs ---------------------------------------------------------


def test_quotation_continued_in_the_next_paragraph_is_one_record() -> None:
    text = "“The mill has been closed for ten years.\n\n“Now we have a buyer and a plan,” the owner said."
    q = only(text)
    assert q.text(text) == "The mill has been closed for ten years. Now we have a buyer and a plan,"
    assert len(q.parts) == 2
    assert (q.paragraph, q.last_paragraph) == (0, 1)
    assert q.balanced


def test_three_paragraph_quotation() -> None:
    text = (
        "The owner spoke for an hour. “The mill has been closed for ten years.\n\n"
        "“Now we have a buyer.\n\n"
        "“And the town has a future,” she said.\n\n"
        "The council welcomed the news."
    )
    q = only(text)
    assert q.text(text) == (
        "The mill has been closed for ten years. Now we have a buyer. And the town has a future,"
    )
    assert (q.paragraph, q.last_paragraph) == (0, 2)
    assert [text[s:e] for s, e in q.parts] == [
        "The mill has been closed for ten years.",
        "Now we have a buyer.",
        "And the town has a future,",
    ]


def test_quotation_continued_over_web_style_lines() -> None:
    text = "“The mill has been closed for ten years.\n“Now we have a buyer,” she said.\nThe town cheered."
    assert quoted(text) == ["The mill has been closed for ten years. Now we have a buyer,"]


def test_single_mark_quotation_over_two_paragraphs() -> None:
    text = "‘The mill has been closed for ten years.\n\n‘Now we have a buyer,’ she said."
    q = only(text)
    assert q.family == "single"
    assert q.text(text) == "The mill has been closed for ten years. Now we have a buyer,"


def test_straight_single_quotation_over_three_paragraphs() -> None:
    text = "'The mill is closed.\n\n'We have a buyer.\n\n'The town has a future,' she said."
    assert quoted(text) == ["The mill is closed. We have a buyer. The town has a future,"]


@pytest.mark.parametrize(("opening", "closing"), [("'", "'"), ("‘", "’")])
def test_single_mark_quotation_opened_after_a_sentence_runs_on_into_the_next_paragraph(opening, closing) -> None:
    # opened mid-paragraph, never closed there, continued by the next paragraph's opening mark; an
    # apostrophe inside it ("the growers' union") does not close it
    text = (
        f"{opening}The mill is closed,{closing} she said. {opening}The growers{closing} union has a plan.\n\n"
        f"{opening}We have a buyer.{closing}\n\nThe town cheered."
    )
    assert quoted(text) == ["The mill is closed,", f"The growers{closing} union has a plan. We have a buyer."]


def test_typewriter_double_marks_over_two_paragraphs() -> None:
    text = "''The mill is closed.\n\n''We have a buyer,'' she said."
    assert quoted(text) == ["The mill is closed. We have a buyer,"]


def test_quotations_after_a_continued_quotation_are_found() -> None:
    text = (
        "“The mill is closed.\n\n"
        "“We have a buyer,” she said.\n\n"
        "Her partner added: “It took years.”\n\n"
        "‘Good news,’ said a neighbour."
    )
    assert quoted(text) == ["The mill is closed. We have a buyer,", "It took years.", "Good news,"]


def test_continued_quotation_in_crlf_text() -> None:
    text = "“The mill is closed.\r\n\r\n“We have a buyer,” she said.\r\n"
    q = only(text)
    assert q.text(text) == "The mill is closed. We have a buyer,"
    assert [text[s:e] for s, e in q.parts] == ["The mill is closed.", "We have a buyer,"]


def test_line_broken_in_mid_sentence_continues_the_quotation() -> None:
    text = "“Our campaign has energised supporters\nin caucuses across the state,” she said."
    q = only(text)
    assert q.text(text) == "Our campaign has energised supporters in caucuses across the state,"
    assert q.balanced and (q.paragraph, q.last_paragraph) == (0, 1)


def test_single_mark_line_broken_in_mid_sentence() -> None:
    text = "‘We will rebuild the\n\nharbour wall,’ she said. ‘Soon.’"
    assert quoted(text) == ["We will rebuild the harbour wall,", "Soon."]


# --- unbalanced marks ---------------------------------------------------------------------------


def test_unclosed_opening_ends_at_its_paragraph_end() -> None:
    text = (
        "“The mill will reopen in spring, the owner said.\n\n"
        "The council met on Monday. “We support it,” said a councillor.\n\n"
        "A vote is due in May, and “nobody objects” so far."
    )
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == [
        "The mill will reopen in spring, the owner said.",
        "We support it,",
        "nobody objects",
    ]
    assert [q.balanced for q in spans] == [False, True, True]
    assert spans[0].close_at is None
    assert spans[0].end == text.index("\n")
    assert issues == [MarkIssue(0, "“", "unclosed", 0)]


def test_unclosed_mark_before_a_paragraph_that_starts_with_text() -> None:
    text = "He said “the mill will reopen\n\nThe council welcomed “the news” on Monday."
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["the mill will reopen", "the news"]
    assert [i.problem for i in issues] == ["unclosed"]
    assert spans[1].paragraph == 1


def test_unclosed_straight_mark_inside_a_paragraph() -> None:
    text = 'She said "yes" and "no" and then "maybe.\n\nLater she said "fine" and left.'
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["yes", "no", "maybe.", "fine"]
    assert [q.balanced for q in spans] == [True, True, False, True]
    assert issues == [MarkIssue(text.index('"maybe'), '"', "unclosed", 0)]


def test_unclosed_mark_at_the_end_of_the_article() -> None:
    text = "The vote is due in May.\n\nThe owner said “we are ready"
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["we are ready"]
    assert not spans[0].balanced
    assert issues[0].problem == "unclosed" and issues[0].paragraph == 1


def test_unclosed_single_opening_mark_in_a_headline() -> None:
    text = "Mayor: ‘We will rebuild\n\nThe flood destroyed “forty homes” on Monday."
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["We will rebuild", "forty homes"]
    assert [q.balanced for q in spans] == [False, True]
    assert issues == [MarkIssue(7, "‘", "unclosed", 0)]


def test_unclosed_single_mark_does_not_take_the_next_paragraphs_quotation() -> None:
    text = "‘We will rebuild\n\nThe mayor spoke to crowds. ‘Not now’ she said."
    spans, _ = scan(text)
    assert [q.text(text) for q in spans] == ["We will rebuild", "Not now"]


def test_stray_closing_mark_is_reported_and_harms_nothing() -> None:
    text = (
        "The deal is done,” the owner said.\n\n"
        "“We are relieved,” said a worker.\n\n"
        "The union called it “a good day”."
    )
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["We are relieved,", "a good day"]
    assert issues == [MarkIssue(text.index("”"), "”", "stray-close", 0)]


def test_stray_closing_mark_inside_a_paragraph() -> None:
    text = "The owner said “we are ready” and then” nothing more. “Fine,” said the clerk."
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["we are ready", "Fine,"]
    assert [i.problem for i in issues] == ["stray-close"]


def test_many_unbalanced_marks_never_swallow_the_article() -> None:
    paragraphs = [
        "“One",
        "two” three",
        "“Four, said the first.",
        "The second said “five” here.",
        "Six” and “seven",
        "The last one said “eight”.",
    ]
    text = "\n\n".join(paragraphs)
    spans, issues = scan(text)
    assert [(q.text(text), q.paragraph, q.balanced) for q in spans] == [
        ("One two", 0, True),  # a line broken in mid-sentence
        ("Four, said the first.", 2, False),
        ("five", 3, True),
        ("seven", 4, False),
        ("eight", 5, True),
    ]
    assert [(i.problem, i.paragraph) for i in issues] == [
        ("unclosed", 2),
        ("stray-close", 4),
        ("unclosed", 4),
    ]


# --- offsets ------------------------------------------------------------------------------------


def test_offsets_exclude_marks_and_surrounding_white_space() -> None:
    text = "He said “  we are ready  ” and left."
    q = only(text)
    assert text[q.start : q.end] == "we are ready"
    assert q.open_at == text.index("“") and q.close_at == text.index("”")


def test_offsets_of_a_guillemet_quotation_exclude_the_inner_spaces() -> None:
    text = "Il a dit « tout va bien » hier."
    q = only(text)
    assert text[q.start : q.end] == "tout va bien"


def test_offsets_in_crlf_text() -> None:
    text = "The ferry was late.\r\n\r\nThe captain said “the ramp broke” at noon.\r\n"
    q = only(text)
    assert text[q.start : q.end] == "the ramp broke"
    assert q.start == text.index("the ramp")


def test_offsets_after_non_ascii_text() -> None:
    text = "Zoë Ånström — the café owner — said « déjà vu » twice."
    q = only(text)
    assert (q.start, q.end) == (text.index("déjà"), text.index("vu") + 2)


def test_typewriter_marks_are_excluded_from_the_offsets() -> None:
    text = "He said, ''the ramp broke,'' and left."
    spans, issues = scan(text)
    assert [text[q.start : q.end] for q in spans] == ["the ramp broke,"]
    assert issues == []


def test_unclosed_typewriter_mark_is_reported_with_both_characters() -> None:
    text = "He said ''the ramp broke and left."
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["the ramp broke and left."]
    assert issues == [MarkIssue(8, "''", "unclosed", 0)]


def test_text_collapses_white_space_inside_a_paragraph() -> None:
    text = "“The ramp\tbroke   again,” he said."
    assert only(text).text(text) == "The ramp broke again,"


def test_quotation_with_nothing_but_punctuation_is_no_record() -> None:
    spans, _ = scan("He shrugged: “...” and left.")
    assert spans == []


# --- paragraphs and nonprose --------------------------------------------------------------------


def test_only_the_given_paragraphs_are_searched() -> None:
    text = "Menu “Home”\n\nThe captain said “the ramp broke”.\n\nFooter “About us”"
    paras = split_paragraphs(text)
    spans, _ = find_quotations(text, [Paragraph(paras[1].start, paras[1].end, 0)])
    assert [q.text(text) for q in spans] == ["the ramp broke"]
    assert spans[0].paragraph == 0


def test_marks_inside_nonprose_spans_are_never_searched() -> None:
    text = 'The captain posted <tweet id="1" lang="en">“Ramp broken”</tweet> and said “sorry”.'
    start = text.index("<tweet")
    end = text.index("</tweet>") + len("</tweet>")
    assert quoted(text, [(start, end)]) == ["sorry"]


def test_markup_attributes_inside_a_quotation_are_skipped() -> None:
    text = 'He said “the <a href="/ramp">ramp</a> broke” today.'
    tags = [
        (text.index("<a"), text.index(">", text.index("<a")) + 1),
        (text.index("</a>"), text.index("</a>") + 4),
    ]
    spans, issues = scan(text, tags)
    assert [q.text(text) for q in spans] == ['the <a href="/ramp">ramp</a> broke']
    assert issues == []


def test_nonprose_spans_in_every_paragraph() -> None:
    text = '<img alt="a “quay”">\n\nShe said “hello”.\n\n<embed title="“x">'
    first = (0, text.index("\n"))
    last = (text.rindex("<embed"), len(text))
    spans, issues = scan(text, [first, last])
    assert [q.text(text) for q in spans] == ["hello"]
    assert issues == []


# --- properties ---------------------------------------------------------------------------------

_MARKS = ["“", "”", '"', "‘", "’", "'", "«", "»", "„", "‹", "›", "‚", "''", "``"]
_TOKENS = st.one_of(
    st.sampled_from(["the", "mill", "Owner", "said", "we", "90", "s", "n", "em", "yes.", "no,", "go!"]),
    st.sampled_from([" ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t"]),
    st.sampled_from(_MARKS),
)


def _check(text: str, nonprose: list[tuple[int, int]]) -> None:
    paras = split_paragraphs(text)
    spans, issues = find_quotations(text, paras, nonprose)
    previous_end = -1
    for q in spans:
        assert q.start < q.end
        assert q.start >= previous_end, "quotations overlap"
        previous_end = q.end
        held = []
        for s, e in q.parts:
            assert s < e
            inside = [p.index for p in paras if p.start <= s and e <= p.end]
            assert inside, "a part lies outside every paragraph"
            held.append(inside[0])
        assert held == sorted(set(held)), "parts go backwards or repeat a paragraph"
        assert (q.paragraph, q.last_paragraph) == (held[0], held[-1])
        assert all(n in range(len(paras)) for n in range(q.paragraph, q.last_paragraph + 1))
        marks = [q.open_at] + ([q.close_at] if q.close_at is not None else [])
        assert not any(ns <= m < ne for m in marks for ns, ne in nonprose), "a mark in nonprose was read"
        q.text(text)
    for i in issues:
        assert i.problem in ("unclosed", "stray-close")
        assert not any(ns <= i.offset < ne for ns, ne in nonprose)
        assert text[i.offset : i.offset + len(i.mark)] == i.mark


@pytest.mark.slow  # hundreds of generated inputs
@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=50))
def test_random_marks_never_break_the_scanner(tokens: list[str]) -> None:
    _check("".join(tokens), [])


@pytest.mark.slow  # hundreds of generated inputs
@settings(max_examples=200, deadline=None)
@given(
    st.lists(_TOKENS, max_size=40), st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), max_size=3)
)
def test_random_marks_with_nonprose_spans(tokens: list[str], holes: list[tuple[int, int]]) -> None:
    text = "".join(tokens)
    spans = sorted({(s, min(s + n, len(text))) for s, n in holes if s < len(text)})
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    _check(text, merged)


@pytest.mark.slow  # hundreds of generated inputs
@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["“", "‘", "'", '"', "«", ""]), st.text("abc ,.", min_size=1, max_size=12)),
        min_size=1,
        max_size=6,
    )
)
def test_random_paragraph_chains(chunks: list[tuple[str, str]]) -> None:
    text = "\n\n".join(mark + body for mark, body in chunks) + "”"
    _check(text, [])
