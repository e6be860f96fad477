"""Quotation marks, issue 14 item 2: quotations nested to any depth, no cascade of unbalanced marks,
Markdown link texts, European marks in English copy, typewriter marks of research corpora, and the
``parts`` of quotations over several paragraphs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import write
from typer.testing import Result

from quotes.check import check
from quotes.layout.paragraphs import split_paragraphs
from quotes.marks.scan import MarkIssue, QuoteSpan, find_quotations, parser_text
from quotes.pipeline import extract, extract_many
from quotes.read import read_text
from quotes.read.markdown import markdown_spans
from quotes.records import RECORD_FIELDS, Article, Quote, format_parts, parse_parts
from quotes.write.formats import make_writer

Cli = Callable[..., Result]

NESTED = "“He told me ‘she said “no” to us’ yesterday,” Dana Reyes said."


def scan(text: str, nonprose: list[tuple[int, int]] | None = None) -> tuple[list[QuoteSpan], list[MarkIssue]]:
    return find_quotations(text, split_paragraphs(text), nonprose or ())


def quoted(text: str, nonprose: list[tuple[int, int]] | None = None) -> list[str]:
    return [q.text(text) for q in scan(text, nonprose)[0]]


def q001(text: str, fmt: str = "markdown") -> list[str]:
    """The Q001 messages ``quotes check`` gives for a draft."""
    (report,) = list(check([read_text(text, f"draft.{'md' if fmt == 'markdown' else 'txt'}", format=fmt)]))
    return [f.message for f in report.findings if f.rule == "Q001"]


# --- nesting ------------------------------------------------------------------------------------


def test_a_quotation_inside_a_quotation_inside_a_quotation_is_one_quotation() -> None:
    spans, issues = scan(NESTED)
    assert issues == []
    assert [q.text(NESTED) for q in spans] == ["He told me ‘she said “no” to us’ yesterday,"]
    (q,) = spans
    assert q.balanced and q.family == "double"
    assert NESTED[q.start : q.end] == "He told me ‘she said “no” to us’ yesterday,"


def test_the_nested_quotation_is_attributed_to_its_speaker() -> None:
    (q,) = extract(NESTED)
    assert q.quote == "He told me ‘she said “no” to us’ yesterday,"
    assert (q.kind, q.speaker) == ("direct", "Dana Reyes")
    assert NESTED[q.start : q.end] == q.quote


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_check_finds_nothing_unbalanced_in_a_nested_quotation(fmt: str) -> None:
    draft = f"Ferry vote delayed\n\nThe council met on Tuesday.\n\n{NESTED}\n"
    assert q001(draft, fmt) == []


def _alternation(depth: int, pairs: tuple[tuple[str, str], tuple[str, str]]) -> tuple[str, str]:
    """A quotation ``depth`` levels deep, the marks alternating between the two pairs, and its words."""
    opens = [pairs[k % 2][0] for k in range(depth)]
    closes = [pairs[k % 2][1] for k in range(depth)]
    words = " ".join(f"{o}level {k + 1} said" for k, o in enumerate(opens))
    words += " stop" + "".join(f" back{c}" for c in reversed(closes))
    return f"{words}, the mayor said.", words[len(opens[0]) : -len(closes[0])]


@pytest.mark.parametrize("depth", [2, 3, 4, 7, 12, 50])
@pytest.mark.parametrize(
    "pairs",
    [
        (("“", "”"), ("‘", "’")),
        (("‘", "’"), ("“", "”")),
        (('"', '"'), ("'", "'")),
        (("„", "“"), ("‚", "‘")),
        (("«", "»"), ("‹", "›")),
        (("»", "«"), ("›", "‹")),
    ],
)
def test_deep_alternation_is_one_balanced_quotation(
    depth: int, pairs: tuple[tuple[str, str], tuple[str, str]]
) -> None:
    text, words = _alternation(depth, pairs)
    spans, issues = scan(text)
    assert issues == []
    assert [q.text(text) for q in spans] == [words]
    assert spans[0].balanced


def _fifty_levels(drop: int, which: str) -> str:
    """Fifty levels of “ ‘ “ ‘ …, one closing (or opening) mark left out: level ``drop`` (1 the outermost)."""
    opens = ["“" if k % 2 == 0 else "‘" for k in range(50)]
    closes = ["”" if k % 2 == 0 else "’" for k in range(50)]
    head = " ".join(
        ("" if which == "open" and k + 1 == drop else o) + f"level {k + 1}" for k, o in enumerate(opens)
    )
    tail = " ".join(
        f"back {k + 1}" + ("" if which == "close" and k + 1 == drop else closes[k])
        for k in reversed(range(50))
    )
    return f"{head} {tail} the mayor said."


@pytest.mark.parametrize("which", ["close", "open"])
@pytest.mark.parametrize("drop", [1, 2, 3, 24, 25, 26, 49, 50])
def test_one_missing_mark_in_fifty_levels_is_one_problem(drop: int, which: str) -> None:
    text = _fifty_levels(drop, which)
    spans, issues = scan(text)
    assert len(issues) <= 1
    assert len(spans) <= 2


def test_fifty_levels_with_one_missing_close_give_one_q001() -> None:
    messages = q001(_fifty_levels(25, "close") + "\n")
    assert len(messages) == 1


def test_a_nest_left_open_at_its_paragraph_end_is_one_q001() -> None:
    text = "He said “one ‘two “three ‘four “five and stopped.\n\nThe council agreed.\n"
    _, issues = scan(text)
    assert len(issues) == 5 and len({i.run for i in issues}) == 1
    (message,) = q001(text)
    assert "4 more unpaired marks in the same quotation" in message


def test_unbalanced_marks_of_different_sentences_stay_separate_findings() -> None:
    text = "The council agreed.” Then it adjourned.\n\nLater, “the mayor left.\n"
    assert len(q001(text)) == 2


def test_a_quotation_with_a_stray_inner_mark_keeps_its_extent() -> None:
    text = "“The ‘fix is in,” he said. The ‘plan’ failed."
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == ["The ‘fix is in,", "plan"]
    assert [(i.mark, i.problem) for i in issues] == [("‘", "unclosed")]


def test_straight_doubles_nested_directly_pair_when_the_marks_allow_it() -> None:
    text = '"He said "no" to us," she said.'
    assert quoted(text) == ['He said "no" to us,']
    assert scan(text)[1] == []


def test_an_unclosed_mark_before_other_quotations_still_ends_where_they_begin() -> None:
    text = "He said “the mill will reopen. The council welcomed “the news” on Monday and “more” later."
    assert quoted(text) == ["the mill will reopen. The council welcomed", "the news", "more"]


def test_nested_quotation_over_two_paragraphs() -> None:
    text = "“She said ‘we will win.\n\n“‘And we will build,’ she said,” the mayor said."
    spans, issues = scan(text)
    assert issues == []
    assert [q.text(text) for q in spans] == ["She said ‘we will win. ‘And we will build,’ she said,"]


# --- Markdown link texts ------------------------------------------------------------------------


def _markdown(text: str) -> tuple[list[str], list[MarkIssue]]:
    spans, issues = find_quotations(text, split_paragraphs(text), markdown_spans(text))
    return [q.text(text) for q in spans], issues


@pytest.mark.parametrize(
    "link",
    [
        "[“the report](https://example.org/report)",
        "[‘the report](https://example.org/report)",
        '[the “report](https://example.org/report "Report")',
        "[“the report][1]",
    ],
)
def test_an_unclosed_mark_in_a_link_text_stays_in_it(link: str) -> None:
    text = f"See {link} for details.\n\n“We will win,” the minister said.\n\n[1]: https://example.org/r\n"
    words, issues = _markdown(text)
    assert words[-1] == "We will win,"
    assert all("minister" not in w and "details" not in w for w in words[:-1])
    assert [i.problem for i in issues] == ["unclosed"]


def test_a_link_text_never_carries_a_quotation_into_the_next_paragraph() -> None:
    text = "Read [“Our plan](https://example.org/plan)\n\n“Our plan is ready,” the mayor said.\n"
    words, _ = _markdown(text)
    assert words == ["Our plan", "Our plan is ready,"]


def test_a_quotation_may_open_in_a_link_text_and_close_after_it() -> None:
    text = "[“We will win](https://example.org/win),” the minister said.\n"
    words, issues = _markdown(text)
    assert words == ["We will win](https://example.org/win),"]
    assert issues == []


def test_check_gives_one_finding_for_a_link_text_mark_and_attributes_the_next_quotation() -> None:
    draft = "The council met.\n\nSee [“the report](https://example.org/r) for details.\n\n“We will win,” the minister said.\n"
    (report,) = list(check([read_text(draft, "draft.md", format="markdown")]))
    assert [(f.rule, f.line) for f in report.findings] == [("Q001", 3)]


# --- European marks in English copy ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("«", "»"),
        ("»", "«"),
        ("„", "“"),
        ("„", "”"),
        ("‚", "‘"),
        ("‚", "’"),
        ("›", "‹"),
        ("‹", "›"),
        ("« ", " »"),
    ],
)
@pytest.mark.parametrize(
    "frame", ["{o}We will win,{c} the minister said.", "{o}We will win,{c} said the minister."]
)
def test_european_marks_in_english_copy_are_direct_quotations(opening: str, closing: str, frame: str) -> None:
    text = frame.format(o=opening, c=closing)
    (q,) = extract(text)
    assert (q.quote, q.kind, q.speaker_mention) == ("We will win,", "direct", "the minister")
    assert text[q.start : q.end] == q.quote


@pytest.mark.parametrize(("opening", "closing"), [("«", "»"), ("‹", "›"), ("›", "‹"), ("« ", " »")])
def test_european_marks_before_an_inverted_frame_with_a_name(opening: str, closing: str) -> None:
    (q,) = extract(f"{opening}We will win,{closing} said Dana Reyes.")
    assert (q.kind, q.speaker) == ("direct", "Dana Reyes")


@pytest.mark.parametrize(
    "text",
    [
        "« We will win », the minister said.",
        "› We will win, ‹ the minister said.",
        "‹ We will win, › the minister said.",
        "(« We will win ») the minister said.",
    ],
)
def test_spaced_guillemets_pair_whatever_their_direction(text: str) -> None:
    spans, issues = scan(text)
    assert [q.text(text).rstrip(",") for q in spans] == ["We will win"]
    assert issues == []


def test_spaced_guillemets_nest_in_french_style() -> None:
    text = "Il a dit : « Le panneau disait « pêche interdite » hier » enfin."
    assert quoted(text) == ["Le panneau disait « pêche interdite » hier"]


def test_spaced_guillemets_over_several_paragraphs() -> None:
    text = "«\u00a0We will win.\n\n«\u00a0We have the votes,\u00a0» the minister said."
    assert quoted(text) == ["We will win. We have the votes,"]


def test_the_parser_reads_european_marks_as_english_ones() -> None:
    text = '«We will win,» said Dana Reyes. ‚Yes,‘ he said. ‘‘Hi,’’ she said. "Ok," they said.'
    spans, _ = scan(text)
    assert parser_text(text, spans) == (
        '“We will win,” said Dana Reyes. ‘Yes,’ he said. ‘‘Hi,’’ she said. "Ok," they said.'
    )
    assert len(parser_text(text, spans)) == len(text)


# --- typewriter marks of research corpora -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("`` We will win , '' the minister said .", "We will win ,"),
        ("``We will win,'' the minister said.", "We will win,"),
        ("''We will win,'' the minister said.", "We will win,"),
    ],
)
def test_typewriter_pairs_are_one_direct_quotation(text: str, words: str) -> None:
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == [words]
    assert issues == []
    (q,) = extract(text)
    assert (q.quote, q.kind, q.speaker_mention) == (words, "direct", "the minister")
    assert text[q.start : q.end] == words


def test_tokenised_quotation_inside_a_sentence() -> None:
    text = "The minister said `` we will win '' on Monday ."
    assert quoted(text) == ["we will win"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "``We don't want the players' union to decide for the '90s kids,'' the minister said.",
            "We don't want the players' union to decide for the '90s kids,",
        ),
        (
            "`` We do n't want the players ' union to decide , '' the minister said .",
            "We do n't want the players ' union to decide ,",
        ),
        (
            "`` The minister 's plan is good , '' she said .",
            "The minister 's plan is good ,",
        ),
    ],
)
def test_apostrophes_in_typewriter_text_are_not_marks(text: str, words: str) -> None:
    spans, issues = scan(text)
    assert [q.text(text) for q in spans] == [words]
    assert issues == []


@pytest.mark.parametrize(
    "text",
    [
        "The players' union said they don't like the '90s.",
        "The players ' union said they do n't like the '90s .",
        "The minister 's plan and the players ' union 's answer .",
    ],
)
def test_plain_apostrophes_are_never_marks(text: str) -> None:
    assert scan(text) == ([], [])


# --- parts of quotations over several paragraphs ------------------------------------------------

SEVERAL = (
    "Harbour deal signed\n\n"
    "The mayor spoke for an hour. “The harbour has been closed for ten years.\n\n"
    "“Now we have a buyer.\n\n"
    "“And the town has a future,” she said.\n"
)


def test_a_quotation_over_several_paragraphs_has_a_part_in_each() -> None:
    records = extract(SEVERAL)
    (q,) = [r for r in records if "buyer" in r.quote]
    assert [SEVERAL[s:e] for s, e in q.parts] == [
        "The harbour has been closed for ten years.",
        "Now we have a buyer.",
        "And the town has a future,",
    ]
    assert (q.start, q.end) == (q.parts[0][0], q.parts[-1][1])
    assert q.to_dict()["parts"] == [list(p) for p in q.parts]
    assert tuple(q.to_dict())[: len(RECORD_FIELDS)] == RECORD_FIELDS


def test_a_quotation_in_one_paragraph_is_its_offsets() -> None:
    (q,) = extract(NESTED)
    assert q.parts == [(q.start, q.end)]
    assert q.to_dict()["parts"] == [[q.start, q.end]]
    assert tuple(q.to_dict()) == RECORD_FIELDS


def test_parts_round_trip_through_records() -> None:
    (q,) = [r for r in extract(SEVERAL) if "buyer" in r.quote]
    again = Quote.from_dict(json.loads(json.dumps(q.to_dict())))
    assert again == q
    assert Quote.from_dict({"article": "a", "quote": "We win", "start": 5, "end": 11}).parts == [(5, 11)]
    with pytest.raises(ValueError, match="parts"):
        Quote.from_dict({"article": "a", "quote": "x", "parts": [[9, 4]]})


def test_parts_in_csv_form() -> None:
    assert format_parts([(10, 52), (55, 75)]) == "10-52;55-75"
    assert parse_parts("10-52;55-75") == [(10, 52), (55, 75)]
    stream = io.StringIO(newline="")
    writer = make_writer("csv", stream, (*RECORD_FIELDS, "parts"))
    (q,) = [r for r in extract(SEVERAL) if "buyer" in r.quote]
    writer.write(q.to_dict())
    writer.close()
    row = next(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert parse_parts(row["parts"]) == q.parts


def test_json_output_carries_parts(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "harbour.txt", SEVERAL)
    result = cli(["extract", path, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    (rec,) = [r for r in json.loads(result.stdout) if "buyer" in r["quote"]]
    assert [SEVERAL[s:e] for s, e in rec["parts"]][1] == "Now we have a buyer."


def test_records_of_many_articles_keep_their_parts() -> None:
    articles = [Article(id="one", text=SEVERAL), Article(id="two", text=NESTED)]
    results = list(extract_many(articles))
    parts = [[len(q.parts) for q in r.quotes] for r in results]
    assert parts[0][-1] == 3 and parts[1] == [1]
