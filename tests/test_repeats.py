"""Repeated paragraphs: short repeated lines are page furniture; a full paragraph is kept once, and
dropping its copy is reported (``Layout.repeats`` and a ``RepeatedParagraphWarning``).

Every page below is invented: invented towns and people.
"""

from __future__ import annotations

import warnings

import pytest

import quotes
from quotes.layout.furniture import RepeatedParagraphWarning, classify, describe_repeats
from quotes.layout.paragraphs import split_paragraphs

QUOTATIONS = "direct,partial,scare"  # the records of words in quotation marks

HEADLINE = "Harbour authority approves new breakwater for Kessock Sound"
BODY = [
    "The harbour authority of Kessock Sound approved on Monday a plan to build a new breakwater at the mouth of the bay.",
    "“The old wall will not survive another winter of storms like the last one,” said harbour master Idris Calloway.",
    "Fishermen in the town welcomed the decision, which ends years of argument over the cost of the work.",
    "“We have lost three boats to the swell since 2019, and nobody should lose a fourth,” said skipper Morwenna Trask.",
    "The work will cost about 14 million pounds and should be finished in two years.",
    "“Every penny of it will come from the port's own reserves,” the authority's treasurer, Callum Ferris, said.",
]
SAID = {
    ("The old wall will not survive another winter of storms like the last one,", "Idris Calloway"),
    ("We have lost three boats to the swell since 2019, and nobody should lose a fourth,", "Morwenna Trask"),
    ("Every penny of it will come from the port's own reserves,", "Callum Ferris"),
}


def page(lines: list[str], sep: str = "\n\n") -> str:
    return sep.join(lines) + "\n"


def said(text: str) -> list[tuple[str, str | None]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RepeatedParagraphWarning)
        return [(q.quote, q.speaker) for q in quotes.extract(text, kinds=QUOTATIONS)]


def roles(text: str) -> list[tuple[str, str]]:
    lay = classify(text, split_paragraphs(text))
    return [(text[p.start : p.end], r) for p, r in zip(lay.paragraphs, lay.roles, strict=True)]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize(
    "lines",
    [
        # A teaser box above the article shows its quotation paragraph: the article's own copy stays.
        ["Menu", "Most read", BODY[1], HEADLINE, *BODY],
        # The abstract (the first paragraphs) stands above the headline, then the full text.
        ["Menu", HEADLINE, BODY[1], "In full", *BODY],
        # An article pasted twice.
        [HEADLINE, *BODY, *BODY],
        # An abstract, then the full text under a heading.
        [HEADLINE, "Summary", *BODY[:4], "Full story", *BODY],
    ],
    ids=["teaser-box", "abstract-above", "pasted-twice", "summary"],
)
def test_every_distinct_quotation_comes_out_once(lines: list[str], sep: str) -> None:
    got = said(page(lines, sep))
    assert len(got) == len(SAID)
    assert set(got) == SAID


def test_the_dropped_copy_is_reported() -> None:
    text = page([HEADLINE, *BODY, *BODY])
    with pytest.warns(RepeatedParagraphWarning) as caught:
        lay = classify(text, split_paragraphs(text))
    assert len(caught) == 1  # one warning an article
    message = str(caught[0].message)
    assert message.startswith(
        "repeated paragraph dropped at line 15 and 5 more (a copy of line 3, which is kept): "
    )
    assert message.endswith("The harbour authority of Kessock Sound approved on …")
    assert caught[0].filename == "<article>" and caught[0].lineno == 15
    assert lay.repeats == tuple((7 + k, 1 + k) for k in range(6))
    assert [r for r in lay.roles[7:]] == ["furniture"] * 6
    with pytest.warns(RepeatedParagraphWarning):
        assert len(said_unfiltered(text)) == 3


def said_unfiltered(text: str) -> list[quotes.Quote]:
    return quotes.extract(text, kinds=QUOTATIONS)


def test_a_caller_can_report_the_drop_itself() -> None:
    text = page([HEADLINE, *BODY[:3], BODY[1]])
    with warnings.catch_warnings():
        warnings.simplefilter("error", RepeatedParagraphWarning)
        lay = classify(text, split_paragraphs(text), warn=False)
    assert lay.repeats == ((4, 2),)
    assert describe_repeats(text, lay) == (
        "repeated paragraph dropped at line 9 (a copy of line 5, which is kept): "
        "“The old wall will not survive another winter …"
    )
    assert describe_repeats(text, classify(page(BODY), split_paragraphs(page(BODY)))) is None


def test_short_repeated_lines_are_furniture_without_a_warning() -> None:
    menu = ["Home", "News", "Sport", "Share this article", "Share on Facebook and Twitter with friends"]
    teasers = [
        "Related posts",
        "Ferry timetable changes announced for the summer season...",
        "Harbour master retires after thirty years on the quay...",
    ]
    text = page([*menu, HEADLINE, *BODY[:3], *menu, *BODY[3:], *teasers, *menu, *teasers])
    with warnings.catch_warnings():
        warnings.simplefilter("error", RepeatedParagraphWarning)
        got = roles(text)
        lay = classify(text, split_paragraphs(text))
    assert lay.repeats == ()
    kept = [t for t, r in got if r != "furniture"]
    assert kept == [HEADLINE, *BODY]
