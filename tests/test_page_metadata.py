"""Dates and outlets the page states when no manifest gives them (issue 11 item 3), and the one date
function (issue 14 item 8): mastheads, bylines, wire datelines, copyright footers and HTML meta tags,
for .txt, .md and .html inputs. All outlets, towns and people are invented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from quotes.errors import InputError
from quotes.read import iter_articles, read_text
from quotes.read.dates import match_date, to_iso
from quotes.read.metadata import dateline, infer_metadata, masthead
from quotes.records import Article

HEADLINE = "Bridge tolls to rise next spring"
BODY = (
    "The county board voted on Thursday to raise the tolls on the old river bridge by a quarter from "
    "next spring.\n\n"
    "“We have no other way to pay for the repairs,” board chair Ines Marlow said after the vote.\n"
)


def read(folder: Path, name: str, content: str, manifest: str | None = None) -> Article:
    """Write one article (and a manifest beside it, if given) and read it back."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content.encode("utf-8"))
    if manifest is not None:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    errors: list[InputError] = []
    (article,) = iter_articles([str(folder / name)], on_error=errors.append)
    assert errors == []
    return article


def stated(text: str, fmt: str = "text") -> tuple[str | None, str | None]:
    """(outlet, published) that the text states."""
    found = infer_metadata(text, fmt)
    return found["outlet"], found["published"]


def last(month: int, day: int, today: date) -> str:
    """The ISO date of the latest ``month``/``day`` on or before ``today`` (the rule for a missing year)."""
    found = date(today.year, month, day)
    return (found if found <= today else date(today.year - 1, month, day)).isoformat()


# --- mastheads and bylines --------------------------------------------------------------------------


def test_masthead_line_above_the_headline() -> None:
    text = f"The Lakeside Gazette · Politics · 14 June 2025\n\n{HEADLINE}\n\n{BODY}"
    assert stated(text) == ("The Lakeside Gazette", "2025-06-14")
    assert infer_metadata(text)["title"] == HEADLINE


def test_masthead_line_under_the_headline() -> None:
    text = f"{HEADLINE}\nThe Lakeside Gazette | Local News | June 14, 2025 09:30\n\n{BODY}"
    assert stated(text) == ("The Lakeside Gazette", "2025-06-14")


def test_byline_names_the_outlet_and_the_date() -> None:
    text = f"{HEADLINE}\nBy Mara Quill | Kestrel Bay Courier | 3 March 2024\n\n{BODY}"
    assert stated(text) == ("Kestrel Bay Courier", "2024-03-03")


def test_byline_with_the_outlet_after_a_comma() -> None:
    text = f"{HEADLINE}\nBy Mara Quill, Kestrel Bay Courier · March 3, 2024 at 9:15 am · 4 min read\n\n{BODY}"
    assert stated(text) == ("Kestrel Bay Courier", "2024-03-03")


def test_byline_without_an_outlet_gives_the_date() -> None:
    assert stated(f"{HEADLINE}\nBy Mara Quill — 3 March 2024\n\n{BODY}") == (None, "2024-03-03")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Lakeside Gazette · Politics · 14 June 2025", ("The Lakeside Gazette", "2025-06-14")),
        ("Politics · 14 June 2025", (None, "2025-06-14")),
        ("lakesidegazette.example.com | 14 June 2025", ("lakesidegazette.example.com", "2025-06-14")),
        ("Home | World | Sport | 4 December 2025", None),  # a menu bar with today's date
        ("Mara Quill · 14 June 2025", None),  # a name that is no outlet: nothing said about the date either
        ("Tolls rise - what the board decided on 14 June 2025", None),  # prose
        ("“Open on 14 June 2025” · The Lakeside Gazette", None),  # a quotation
    ],
)
def test_masthead_lines(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert masthead(line) == expected


# --- wire datelines ---------------------------------------------------------------------------------


def test_wire_dateline_gives_the_outlet_and_a_date_in_the_copyright_year() -> None:
    text = f"{HEADLINE}\n\nMILLBROOK, June 14 (Northern Wire) - {BODY}\n© 2024 Valley Sentinel\n"
    assert stated(text) == ("Valley Sentinel", "2024-06-14")  # the copyright holder publishes it


def test_wire_dateline_without_any_year_takes_the_latest_such_day() -> None:
    text = f"{HEADLINE}\n\nMILLBROOK, June 14 (Northern Wire) - {BODY}"
    outlet, published = stated(text)
    assert outlet == "Northern Wire"
    assert published == last(6, 14, date.today())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MILLBROOK, June 14 (Northern Wire) - The board voted.", ("Northern Wire", "2024-06-14")),
        (
            "ASHFORD FALLS, Ore., March 3, 2023 (Northern Wire) — The board voted.",
            ("Northern Wire", "2023-03-03"),
        ),
        ("ASHFORD FALLS, Ore. (Northern Wire) — The board voted.", ("Northern Wire", None)),
        ("MILLBROOK, Dec. 30 – The board voted.", (None, "2024-12-30")),
        ("SÃO VELHO, June 14 (Northern Wire) - The board voted.", ("Northern Wire", "2024-06-14")),  # any capital
        ("MILLBROOK/ASHFORD, June 14 (Northern Wire) - The board voted.", ("Northern Wire", "2024-06-14")),
        ("MILLBROOK (File photo) - The board voted.", None),
        ("UPDATE - The board voted.", None),
        ("The board voted in MILLBROOK, June 14 (Northern Wire) - late.", None),
    ],
)
def test_datelines(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert dateline(line, date(2024, 12, 31)) == expected


# --- copyright footers ------------------------------------------------------------------------------


def test_copyright_footer_names_the_outlet() -> None:
    assert stated(f"{HEADLINE}\n\n{BODY}\nShare this\n© 2024 Valley Sentinel\n")[0] == "Valley Sentinel"


@pytest.mark.parametrize(
    "footer", ["© photo: Jo Roe", "© Photo: Jo Roe/Valley Sentinel", "© 2024 Getty Images"]
)
def test_photo_credits_are_no_outlet(footer: str) -> None:
    assert stated(f"{HEADLINE}\n\n{BODY}\n{footer}\n")[0] is None


def test_a_dated_photo_credit_in_the_body_is_no_outlet() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n© 2023 Jo Roe\n\n" + "\n\n".join(
        f"Paragraph {n} of the story." for n in range(12)
    )
    assert stated(text)[0] is None


# --- negative cases: the body is not metadata -------------------------------------------------------


@pytest.mark.parametrize(
    "quotation",
    [
        "“The letter, published on 14 June 2025, was never sent,” she said.",
        "“Posted: 14 June 2025 · The Lakeside Gazette,” read the sign.",
        '"The notice, dated 14 June 2025, came too late," Marlow said.',
    ],
)
def test_a_date_inside_a_quotation_is_not_the_publication_date(quotation: str) -> None:
    assert stated(f"{HEADLINE}\n\n{quotation}\n\n{BODY}") == (None, None)


def test_a_date_in_a_body_paragraph_is_not_the_publication_date() -> None:
    text = (
        f"{HEADLINE}\n\nThe plan, dated 3 March 2019 and published by the board, set out the tolls for the "
        "next ten years and the repairs they would pay for.\n\n" + BODY
    )
    assert stated(text) == (None, None)


def test_an_outlet_named_in_the_story_is_not_the_outlet() -> None:
    text = f"{HEADLINE}\n\nThe Lakeside Gazette reported on 14 June 2025 that tolls would rise.\n\n{BODY}"
    assert stated(text) == (None, None)


# --- Markdown ---------------------------------------------------------------------------------------


def test_markdown_masthead_and_dateline(tmp_path: Path) -> None:
    text = (
        f"*The Lakeside Gazette · Politics · 14 June 2025*\n\n# {HEADLINE}\n\n"
        f"**MILLBROOK**, June 14 (Northern Wire) — {BODY}"
    )
    article = read(tmp_path, "story.md", text)
    assert (article.outlet, article.published, article.title) == (
        "The Lakeside Gazette",
        "2025-06-14",
        HEADLINE,
    )


def test_markdown_dateline_and_copyright(tmp_path: Path) -> None:
    text = f"# {HEADLINE}\n\n**MILLBROOK**, June 14 (Northern Wire) — {BODY}\n*© 2024 Valley Sentinel*\n"
    article = read(tmp_path, "story.md", text)
    assert (article.outlet, article.published) == ("Valley Sentinel", "2024-06-14")


# --- HTML ---------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>{title}</title>{head}</head>
<body><article><h1>{title}</h1>
<p>{first}</p>
<p>The county board voted on Thursday to raise the tolls on the old river bridge by a quarter.</p>
<p>“We have no other way to pay for the repairs,” board chair Ines Marlow said after the vote.</p>
</article><footer>Contact the newsroom</footer></body></html>
"""


def page(head: str = "", first: str = "Drivers will pay more from next spring.") -> str:
    """An invented news page with ``head`` in its <head> and ``first`` as its first paragraph."""
    return PAGE.format(title=HEADLINE, head=head, first=first)


def test_html_json_ld_date_and_publisher(tmp_path: Path) -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "datePublished": "2019-01-01"},
            {
                "@type": "NewsArticle",
                "datePublished": "2025-06-14T07:45:00+02:00",
                "publisher": {"@type": "Organization", "name": "Valley Sentinel"},
            },
        ],
    }
    article = read(
        tmp_path, "page.html", page(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    )
    assert (article.outlet, article.published) == ("Valley Sentinel", "2025-06-14")


def test_html_meta_tags(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="The Lakeside Gazette">'
        '<meta property="article:published_time" content="2025-06-14T23:30:00-04:00">'
    )
    article = read(tmp_path, "page.html", page(head))
    assert (article.outlet, article.published) == ("The Lakeside Gazette", "2025-06-14")


def test_html_time_element_marked_as_published(tmp_path: Path) -> None:
    first = 'By Mara Quill, <time itemprop="datePublished" datetime="2024-03-03">3 March</time>'
    article = read(tmp_path, "page.html", page(first=first))
    assert article.published == "2024-03-03"


def test_html_dateline_in_the_main_text(tmp_path: Path) -> None:
    first = (
        "MILLBROOK, June 14, 2025 (Northern Wire) - Drivers will pay more from next spring, the board said."
    )
    article = read(tmp_path, "page.html", page(first=first))
    assert (article.outlet, article.published) == ("Northern Wire", "2025-06-14")


def test_html_placeholder_values_stay_null(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="None"><meta property="article:published_time" content="null">'
    )
    article = read(tmp_path, "page.html", page(head))
    assert (article.outlet, article.published) == (None, None)


# --- a manifest wins; nothing is ever the string "None" ---------------------------------------------


def test_manifest_wins_over_what_the_page_states(tmp_path: Path) -> None:
    text = f"The Lakeside Gazette · Politics · 14 June 2025\n\n{HEADLINE}\n\n{BODY}"
    manifest = "file,outlet,published\nstory.txt,Harbour Evening Post,2025-06-15\n"
    article = read(tmp_path, "story.txt", text, manifest)
    assert (article.outlet, article.published) == ("Harbour Evening Post", "2025-06-15")


def test_manifest_placeholders_are_missing_values(tmp_path: Path) -> None:
    text = f"The Lakeside Gazette · Politics · 14 June 2025\n\n{HEADLINE}\n\n{BODY}"
    manifest = "file,outlet,published,title\nstory.txt,None,,null\n"
    article = read(tmp_path, "story.txt", text, manifest)
    assert (article.outlet, article.published, article.title) == (
        "The Lakeside Gazette",
        "2025-06-14",
        HEADLINE,
    )


def test_jsonl_placeholders_are_null(tmp_path: Path) -> None:
    line = {"id": "a1", "text": f"{HEADLINE}\n\n{BODY}", "outlet": "None", "published": None, "title": "None"}
    article = read(tmp_path, "corpus.jsonl", json.dumps(line) + "\n")
    assert (article.outlet, article.published, article.title) == (None, None, HEADLINE)


def test_library_metadata_placeholders_are_null() -> None:
    article = read_text(f"{HEADLINE}\n\n{BODY}", "mine", outlet="None")
    assert article.outlet is None


# --- the one date function ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("14 June 2025", "2025-06-14"),
        ("Saturday, June 14th, 2025 at 9:02 p.m. EDT", "2025-06-14"),
        ("2025-06-14T23:30:00-04:00", "2025-06-14"),
        ("06/14/2025", "2025-06-14"),
        ("14/06/2025", "2025-06-14"),
        ("14.06.2025", "2025-06-14"),
        ("04.06.2025", "2025-06-04"),  # dots: day first
        ("04/06/2025", "2025-04-06"),  # slashes: month first
        ("June 2025", None),  # no day
        ("14 June", None),  # no year, and no reference to take it from
        ("14/06/25", None),  # a two-digit year
        ("31 June 2025", None),
        ("next Tuesday", None),
        ("None", None),
        ("", None),
    ],
)
def test_to_iso(written: str, iso: str | None) -> None:
    assert to_iso(written) == iso


def test_a_missing_year_comes_from_the_reference_date() -> None:
    assert to_iso("June 14", year_from=date(2024, 12, 31)) == "2024-06-14"
    assert to_iso("Dec. 30", year_from=date(2025, 1, 2)) == "2024-12-30"  # not a date in the future
    assert to_iso("Feb 29", year_from=date(2025, 3, 1)) == "2024-02-29"
    assert to_iso("12/30", year_from=date(2025, 1, 2)) is None  # numbers alone are too ambiguous


def test_to_iso_is_the_same_every_day(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as real

    class Frozen(real.datetime):
        @classmethod
        def now(cls, tz: real.tzinfo | None = None) -> Frozen:  # type: ignore[override]
            return cls(1999, 1, 1)

        @classmethod
        def today(cls) -> Frozen:  # type: ignore[override]
            return cls(1999, 1, 1)

    written = ["14 June 2025", "2025-06-14T07:45:00Z", "June 14", "June 2025", "14"]
    before = [to_iso(value) for value in written]
    monkeypatch.setattr(real, "datetime", Frozen)
    assert [to_iso(value) for value in written] == before == ["2025-06-14", "2025-06-14", None, None, None]


def test_match_date_finds_where_a_date_ends() -> None:
    line = "Published on 14 June 2025, 09:30 | Updated 15 June 2025"
    found = match_date(line, len("Published on "))
    assert found is not None
    assert found[0] == "2025-06-14"
    assert line[found[1] :].startswith(" |")
