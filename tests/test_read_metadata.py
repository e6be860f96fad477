"""Article metadata: manifests, and what plain text states about outlet, date and headline."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotes
from quotes.errors import InputError
from quotes.read import iter_articles
from quotes.read.dates import to_iso
from quotes.read.metadata import infer_metadata
from quotes.records import Article

BODY = (
    "The regional water authority said on Tuesday that reservoir levels had recovered after the wet spring.\n"
    "\n"
    '"We are in a far better position than last year," the authority\'s director, Lene Dahl, said.\n'
)


def read(paths: list[str], **kwargs: object) -> tuple[list[Article], list[InputError], list[str]]:
    """Everything iter_articles yields and reports, collected."""
    errors: list[InputError] = []
    warnings: list[str] = []
    articles = list(
        iter_articles(paths, on_error=errors.append, on_warning=warnings.append, **kwargs)  # type: ignore[arg-type]
    )
    return articles, errors, warnings


def write(path: Path, content: str) -> str:
    """Write a UTF-8 test file (creating folders) and return its path as a string."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8"))
    return str(path)


# --- manifests --------------------------------------------------------------------------------------


def test_manifest_beside_files(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "one.txt", "Reservoirs refill after wet spring\n\n" + BODY)
    write(
        tmp_path / "corpus" / "manifest.csv",
        "file,outlet,published,title,url,notes\n"
        'one.txt,The Lakeside Herald,03/04/2021,"Reservoirs, refilled",https://herald.example/r,ignored\n',
    )
    articles, errors, _ = read([str(tmp_path / "corpus")])
    assert errors == []
    (article,) = articles
    assert article.outlet == "The Lakeside Herald"
    assert article.published == "2021-03-04"  # US order, normalised to ISO
    assert article.title == "Reservoirs, refilled"
    assert article.url == "https://herald.example/r"


def test_manifest_argument_matches_relative_path_and_base_name(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "a" / "one.txt", BODY)
    write(tmp_path / "corpus" / "b" / "two.txt", BODY)
    manifest = write(
        tmp_path / "meta" / "list.csv",
        "file,outlet,published\n"
        "../corpus/a/one.txt,North Star Daily,2020-01-02\n"
        "two.txt,South Post,5 June 2020\n",
    )
    articles, errors, _ = read([str(tmp_path / "corpus")], manifest=manifest)
    assert errors == []
    assert [(a.outlet, a.published) for a in articles] == [
        ("North Star Daily", "2020-01-02"),
        ("South Post", "2020-06-05"),
    ]


def test_manifest_empty_outlet_falls_back_to_text(tmp_path: Path) -> None:
    write(
        tmp_path / "one.txt",
        "Reservoirs refill after wet spring\n\n" + BODY + "\n© 2021 The Lakeside Herald\n",
    )
    write(tmp_path / "manifest.csv", "file,outlet,published,title,url\none.txt,,2021-05-06,,\n")
    articles, errors, _ = read([str(tmp_path)])
    assert errors == []
    assert articles[0].outlet == "The Lakeside Herald"
    assert articles[0].published == "2021-05-06"
    assert articles[0].title == "Reservoirs refill after wet spring"


def test_missing_manifest_argument_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", BODY)
    missing = str(tmp_path / "nope.csv")
    articles, errors, _ = read([path], manifest=missing)
    assert len(articles) == 1
    assert [str(err) for err in errors] == [f"{missing}: no such file or directory"]


def test_manifest_without_file_column(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", BODY)
    write(tmp_path / "manifest.csv", "name,outlet\none.txt,Somebody\n")
    articles, errors, _ = read([path])
    assert len(articles) == 1 and articles[0].outlet is None
    assert [err.source for err in errors] == [str(tmp_path / "manifest.csv")]


def test_manifest_bad_date_warns_and_infers(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", "Reservoirs refill after wet spring\nPublished: 7 July 2021\n\n" + BODY)
    write(tmp_path / "manifest.csv", "file,published\none.txt,sometime\n")
    articles, _, warnings = read([str(tmp_path)])
    assert articles[0].published == "2021-07-07"
    assert len(warnings) == 1 and "sometime" in warnings[0]


# --- published date ---------------------------------------------------------------------------------


def test_published_labelled() -> None:
    text = "Menu\nReservoirs refill after wet spring\nBy Ann Berg | Published on 10-14-2021 08:45\n\n" + BODY
    assert infer_metadata(text)["published"] == "2021-10-14"


def test_published_labelled_month_name() -> None:
    text = "Reservoirs refill after wet spring\nPublished: March 3, 2019\nUpdated: March 5, 2019\n\n" + BODY
    assert infer_metadata(text)["published"] == "2019-03-03"


def test_published_updated_only_as_last_resort() -> None:
    text = "Reservoirs refill after wet spring\nLast updated: Tue, 4 Feb 2020 10:15 GMT\n\n" + BODY
    assert infer_metadata(text)["published"] == "2020-02-04"


def test_published_unlabelled_line_after_headline() -> None:
    text = "Reservoirs refill after wet spring\n\nA good year for the lakes\n\n14.06.2021 09:30\n\n" + BODY
    assert infer_metadata(text)["published"] == "2021-06-14"


def test_masthead_date_above_headline_ignored() -> None:
    text = "Thursday Dec 4, 2025\nNEWSLETTER\nReservoirs refill after wet spring\n\n" + BODY
    found = infer_metadata(text)
    assert found["published"] is None
    assert found["title"] == "Reservoirs refill after wet spring"


def test_date_in_prose_not_used() -> None:
    text = "Reservoirs refill after wet spring\n\nThe report was published on March 3, 2019 by the agency.\n"
    assert infer_metadata(text)["published"] is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2019-03-04", "2019-03-04"),
        ("2019-03-04T10:00:00Z", "2019-03-04"),
        ("03-04-2019", "2019-03-04"),
        ("03/04/2019", "2019-03-04"),
        ("04.03.2019", "2019-03-04"),
        ("March 4, 2019", "2019-03-04"),
        ("Mar. 4, 2019", "2019-03-04"),
        ("4 March 2019", "2019-03-04"),
        ("Monday, 4 Mar 2019", "2019-03-04"),
        ("Sept 4th, 2019 5:30 pm", "2019-09-04"),
        ("31/12/2019", "2019-12-31"),
        ("yesterday", None),
        ("2019-02-30", None),
    ],
)
def test_date_formats(written: str, iso: str | None) -> None:
    assert to_iso(written) == iso


# --- outlet and title -------------------------------------------------------------------------------


def test_outlet_from_copyright_line() -> None:
    text = (
        "Reservoirs refill after wet spring\n\n"
        + BODY
        + "\nShare this\n© 2018 The Daily Example. All rights reserved.\n"
    )
    assert infer_metadata(text)["outlet"] == "The Daily Example"


def test_outlet_from_rights_reserved_line() -> None:
    text = "Reservoirs refill after wet spring\n\n" + BODY + "\nAll rights reserved to Example Times\n"
    assert infer_metadata(text)["outlet"] == "Example Times"


def test_outlet_from_copyright_word() -> None:
    text = "Reservoirs refill after wet spring\n\n" + BODY + "\nCopyright 2019 Example Media\n"
    assert infer_metadata(text)["outlet"] == "Example Media"


def test_outlet_from_masthead_domain() -> None:
    text = (
        "Saturday May 1, 2021\nwww.example-news.com\n  • Home\n  • World\n"
        "Reservoirs refill after wet spring\n\n" + BODY
    )
    found = infer_metadata(text)
    assert found["outlet"] == "example-news.com"
    assert found["title"] == "Reservoirs refill after wet spring"


def test_no_outlet_from_wire_credit() -> None:
    text = (
        "Reservoirs refill after wet spring\n\n"
        "Levels rose by a third, the authority said, according to Reuters.\n\n"
        "(Reporting by Associated Press; editing by AFP staff)\n"
        "© 2021 Thomson Reuters\n"
    )
    assert infer_metadata(text)["outlet"] is None


def test_no_outlet_invented_from_story() -> None:
    text = "Reservoirs refill after wet spring\n\nThe Lakeside Herald reported that levels rose.\n"
    assert infer_metadata(text)["outlet"] is None


def test_title_skips_menus_and_dates() -> None:
    text = "Home\n  • News\n  • Sport\nwww.example-news.com\n12 May 2021\nHome News\n"
    text += "Reservoirs refill after wet spring\n"
    assert infer_metadata(text)["title"] == "Reservoirs refill after wet spring"


def test_no_title_when_text_starts_with_body() -> None:
    assert infer_metadata(BODY)["title"] is None


def test_markdown_front_matter_metadata() -> None:
    text = (
        '---\ntitle: "Lakes are full again"\ndate: 2021-04-09\npublisher: Lakeside Herald\n---\n'
        "\n# Heading\n\n" + BODY
    )
    found = infer_metadata(text, "markdown")
    assert found == {
        "outlet": "Lakeside Herald",
        "published": "2021-04-09",
        "title": "Lakes are full again",
        "url": None,
    }


def test_markdown_heading_is_title(tmp_path: Path) -> None:
    path = write(
        tmp_path / "story.md",
        "# Reservoirs refill after *wet* spring\n\n*Published: 2 April 2021*\n\n" + BODY,
    )
    articles, errors, _ = read([path])
    assert errors == []
    assert articles[0].title == "Reservoirs refill after wet spring"
    assert articles[0].published == "2021-04-02"


def test_a_quotation_framed_in_the_past_is_no_headline() -> None:
    """A short section label, then the story's first paragraph: no headline, and the quotations count."""
    text = (
        "Transfer news\n\n“We will not sell him,” Brandt said. “He is our best player.\n\n"
        "“Nobody leaves this summer.”\n\nThe club has rejected two bids."
    )
    assert infer_metadata(text, "text")["title"] is None
    assert [q.kind for q in quotes.extract(text)] == ["direct", "direct"]
