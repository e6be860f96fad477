"""Reading inputs: files, folders, decoding, errors, HTML, JSONL, stdin and streaming."""

from __future__ import annotations

import builtins
import io
import json
import os
import sys
from pathlib import Path

import pytest

from quotes.errors import InputError, UsageError
from quotes.read import iter_articles, read_text
from quotes.records import Article

ARTICLE = (
    "Harbour board approves new ferry timetable\n"
    "\n"
    "The harbour board approved a new ferry timetable on Monday after months of complaints.\n"
    "\n"
    '"Passengers asked for earlier boats and they will get them," the board chair, Mira Osk, said.\n'
)


def read(paths: list[str], **kwargs: object) -> tuple[list[Article], list[InputError], list[str]]:
    """Everything iter_articles yields and reports, collected."""
    errors: list[InputError] = []
    warnings: list[str] = []
    articles = list(
        iter_articles(paths, on_error=errors.append, on_warning=warnings.append, **kwargs)  # type: ignore[arg-type]
    )
    return articles, errors, warnings


def messages(errors: list[InputError]) -> list[str]:
    """The errors as the user sees them."""
    return [str(err) for err in errors]


def write(path: Path, content: str | bytes) -> str:
    """Write a test file (creating folders) and return its path as a string."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return str(path)


# --- decoding ---------------------------------------------------------------------------------------


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    articles, errors, _ = read([path])
    assert errors == []
    assert articles[0].text == ARTICLE
    assert not articles[0].text.startswith("\ufeff")


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.txt", ARTICLE.encode("utf-16"))
    articles, errors, _ = read([path])
    assert errors == []
    assert articles[0].text == ARTICLE


def test_crlf_kept_and_offsets_match_file(tmp_path: Path) -> None:
    content = ARTICLE.replace("\n", "\r\n")
    path = write(tmp_path / "crlf.txt", content)
    articles, errors, _ = read([path])
    assert errors == []
    text = articles[0].text
    assert text == content
    assert "\r\n" in text
    decoded = Path(path).read_bytes().decode("utf-8")
    assert text.index("Passengers") == decoded.index("Passengers")


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    content = "Caf\xe9 owners welcome the new \x93pedestrian zone\x94 in the old town centre.\n"
    path = write(tmp_path / "legacy.txt", content.encode("latin-1"))
    articles, errors, warnings = read([path])
    assert errors == []
    assert articles[0].text == "Café owners welcome the new “pedestrian zone” in the old town centre.\n"
    assert warnings == [f"{path}: not valid UTF-8; read as cp1252"]


def test_encoding_argument_used_for_non_utf8(tmp_path: Path) -> None:
    path = write(tmp_path / "legacy.txt", "Zoë said the bakery would reopen in spring.\n".encode("latin-1"))
    articles, errors, warnings = read([path], encoding="latin-1")
    assert errors == [] and warnings == []
    assert articles[0].text.startswith("Zoë said")


def test_undecodable_bytes_error(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.txt", b"Council news \x81\x8d more words here.\n")
    articles, errors, _ = read([path])
    assert articles == []
    assert messages(errors) == [
        f"{path}: not valid UTF-8 (byte 0x81 at offset 13); convert it to UTF-8 or pass --encoding"
    ]


def test_binary_file_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    articles, errors, _ = read([path])
    assert articles == []
    assert messages(errors) == [f"{path}: binary data, not text"]


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", b"")
    articles, errors, _ = read([path])
    assert articles == []
    assert messages(errors) == [f"{path}: empty file"]


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.md", b" \r\n\t\n   \n")
    articles, errors, _ = read([path])
    assert articles == []
    assert messages(errors) == [f"{path}: empty file"]


def test_unknown_encoding_is_a_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    with pytest.raises(UsageError):
        read([path], encoding="no-such-codec")


# --- files and folders ------------------------------------------------------------------------------


def test_file_over_size_limit_rejected_and_neighbour_read(tmp_path: Path) -> None:
    big = tmp_path / "corpus" / "big.txt"
    big.parent.mkdir()
    with open(big, "wb") as handle:
        handle.truncate(20_000_000)  # sparse: 20 MB without writing them
    good = write(tmp_path / "corpus" / "good.txt", ARTICLE)
    articles, errors, _ = read([str(tmp_path / "corpus")])
    assert [a.id for a in articles] == [good]
    assert messages(errors) == [
        f"{big}: file is 20.0 MB, over the 10.0 MB limit; split it or raise --max-bytes"
    ]


def test_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.txt")
    good = write(tmp_path / "here.txt", ARTICLE)
    articles, errors, _ = read([missing, good])
    assert [a.id for a in articles] == [good]
    assert messages(errors) == [f"{missing}: no such file or directory"]


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", ARTICLE)
    good = write(tmp_path / "open.txt", ARTICLE)
    real_open = builtins.open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if os.fspath(file) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", locked)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded_open)
    articles, errors, _ = read([locked, good])
    assert [a.id for a in articles] == [good]
    assert messages(errors) == [f"{locked}: cannot read: permission denied"]


def test_folder_recursion_order_and_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "news" / "b.txt", ARTICLE)
    write(tmp_path / "news" / "a.md", ARTICLE)
    write(tmp_path / "news" / "sub" / "c.htm", "<html><body><script>var a = 1;</script></body></html>")
    write(tmp_path / "news" / "sub" / "deeper" / "d.txt", ARTICLE)
    write(tmp_path / "news" / "z.txt", ARTICLE)
    write(tmp_path / "news" / ".hidden.txt", ARTICLE)
    write(tmp_path / "news" / ".git" / "e.txt", ARTICLE)
    write(tmp_path / "news" / "notes.csv", "a,b\n")
    write(tmp_path / "news" / "manifest.csv", "file,outlet\n")
    articles, errors, _ = read(["news"])
    ids = [a.id for a in articles]
    assert ids == ["news/a.md", "news/b.txt", "news/sub/deeper/d.txt", "news/z.txt"]
    assert [a.format for a in articles] == ["markdown", "text", "text", "text"]
    # the HTML file holds no article text: reported, in its place in the order
    assert messages(errors) == ["news/sub/c.htm: no article text found in the HTML"]


def test_explicit_file_with_other_extension_is_text(tmp_path: Path) -> None:
    path = write(tmp_path / "story.article", ARTICLE)
    articles, errors, _ = read([path])
    assert errors == []
    assert articles[0].format == "text"
    assert articles[0].id == path


def test_folder_with_nothing_readable(tmp_path: Path) -> None:
    folder = tmp_path / "empty-corpus"
    write(folder / "data.csv", "a,b\n1,2\n")
    write(folder / ".hidden.txt", ARTICLE)
    articles, errors, _ = read([str(folder)])
    assert articles == []
    assert messages(errors) == [f"{folder}: no articles found (.txt, .md, .html, .htm, .jsonl)"]


def test_streaming_reads_second_file_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = write(tmp_path / "corpus" / "1.txt", ARTICLE)
    second = write(tmp_path / "corpus" / "2.txt", ARTICLE)
    opened: list[str] = []
    real_open = builtins.open

    def recording_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(os.fspath(file))  # type: ignore[arg-type]
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", recording_open)
    articles = iter_articles([str(tmp_path / "corpus")], on_error=pytest.fail)
    assert opened == []  # a generator: nothing read before the first article is asked for
    assert next(articles).id == first
    assert second not in opened
    assert next(articles).id == second
    assert second in opened


# --- HTML -------------------------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Library extends opening hours - The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:url" content="https://courier.example/library-hours">
<link rel="canonical" href="https://courier.example/news/library-hours">
<meta property="article:published_time" content="2022-03-14T08:30:00+01:00">
<script>var banner = "Read our \\"best\\" stories"; window.msg = 'say "hello" now';</script>
<style>blockquote:before { content: "\\201C"; }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Library extends opening hours</h1>
<p>The town library will stay open until nine in the evening from next month, the council announced.</p>
<p>"Students told us they needed somewhere quiet to work after school," said librarian Tove Brandt.</p>
<script>document.write("an \\"injected\\" line that is not news");</script>
<p>The longer hours will be reviewed after six months, according to the council's culture office.</p>
</article>
<div id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>"About time," wrote one reader who signed as Ola from the north side.</p></div></div>
<footer>Contact us</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", HTML_PAGE)
    articles, errors, _ = read([path])
    assert errors == []
    article = articles[0]
    assert article.format == "html"
    assert "Students told us they needed somewhere quiet" in article.text
    assert "stay open until nine" in article.text
    for junk in ("best", "hello", "injected", "201C", "About time", "Home"):
        assert junk not in article.text
    assert "\n\n" in article.text  # paragraphs separated by a blank line
    assert article.title == "Library extends opening hours"
    assert article.outlet == "The Valley Courier"
    assert article.published == "2022-03-14"
    assert article.url == "https://courier.example/news/library-hours"
    assert article.nonprose == []


def test_html_without_site_name_has_no_outlet(tmp_path: Path) -> None:
    page = HTML_PAGE.replace('<meta property="og:site_name" content="The Valley Courier">', "")
    path = write(tmp_path / "page.htm", page)
    articles, errors, _ = read([path])
    assert errors == []
    assert articles[0].outlet is None


def test_html_date_and_outlet_never_guessed(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Bakery wins prize</title></head><body><article><h1>Bakery wins prize</h1>"
        "<p>A small bakery on the harbour front won the regional bread prize on Saturday.</p>"
        "<p>The judges praised its rye loaf and its cinnamon buns, which sell out by nine every morning.</p>"
        "</article><footer>&copy; 2019 Harbour Bakery News</footer></body></html>"
    )
    path = write(tmp_path / "page.html", page)
    articles, errors, _ = read([path])
    assert errors == []
    assert articles[0].published is None  # not January 1st of the copyright year
    assert articles[0].outlet is None
    assert articles[0].url is None


def test_html_outlet_from_json_ld_publisher(tmp_path: Path) -> None:
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"name": "Fjord Times"}}'
    page = HTML_PAGE.replace(
        '<meta property="og:site_name" content="The Valley Courier">',
        f'<script type="application/ld+json">{ld}</script>',
    )
    path = write(tmp_path / "page.html", page)
    articles, errors, _ = read([path])
    assert errors == []
    assert articles[0].outlet == "Fjord Times"


def test_html_without_main_text(tmp_path: Path) -> None:
    page = '<html><head><title>Nothing</title><script>var a = "b";</script></head>'
    page += "<body><nav>Home</nav></body></html>"
    path = write(tmp_path / "empty.html", page)
    articles, errors, _ = read([path])
    assert articles == []
    assert messages(errors) == [f"{path}: no article text found in the HTML"]


def test_html_manifest_values_win(tmp_path: Path) -> None:
    write(tmp_path / "page.html", HTML_PAGE)
    write(tmp_path / "manifest.csv", "file,outlet,published,title,url\npage.html,Courier Weekly,,,\n")
    articles, errors, _ = read([str(tmp_path)])
    assert errors == []
    assert articles[0].outlet == "Courier Weekly"
    assert articles[0].published == "2022-03-14"


# --- JSONL ------------------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "first", "text": ARTICLE, "outlet": "The Example Gazette", "published": "March 3, 2019"}
        ),
        "{not json",
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "no-text", "body": "words"}),
        json.dumps({"text": "An article without an id, about a new bicycle lane on the river road."}),
        json.dumps({"id": "blank", "text": "   "}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    articles, errors, _ = read([path])
    assert [a.id for a in articles] == ["first", f"{path}:6"]
    assert all(a.format == "jsonl" for a in articles)
    assert articles[0].outlet == "The Example Gazette"
    assert articles[0].published == "2019-03-03"
    assert articles[0].text == ARTICLE
    assert [err.source for err in errors] == [f"{path}:2", f"{path}:3", f"{path}:5", f"{path}:7"]
    assert errors[0].problem.startswith("not valid JSON")
    assert errors[1].problem == "not a JSON object"
    assert errors[2].problem == 'no "text" string'


def test_jsonl_line_over_limit(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "long", "text": "word " * 400}),
        json.dumps({"id": "short", "text": "The mayor opened the new market hall on Friday."}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines))
    articles, errors, _ = read([path], max_bytes=1000)
    assert [a.id for a in articles] == ["short"]
    assert [err.source for err in errors] == [f"{path}:1"]
    assert "over the 1.0 KB limit" in errors[0].problem


def test_jsonl_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "none.jsonl", "\n\n")
    articles, errors, _ = read([path])
    assert articles == []
    assert messages(errors) == [f"{path}: empty file"]


# --- stdin and strings ------------------------------------------------------------------------------


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    articles, errors, _ = read(["-"])
    assert errors == []
    assert [(a.id, a.format, a.text) for a in articles] == [("<stdin>", "text", ARTICLE)]


def test_stdin_bytes_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BufferedReader(io.BytesIO(ARTICLE.replace("\n", "\r\n").encode("utf-8")))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    articles, errors, _ = read(["-"])
    assert errors == []
    assert articles[0].text == ARTICLE.replace("\n", "\r\n")


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join(
        [json.dumps({"id": "x1", "text": ARTICLE}), "oops", json.dumps({"id": "x2", "text": "Short."})]
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(data))
    articles, errors, _ = read(["-"])
    assert [(a.id, a.format) for a in articles] == [("x1", "jsonl"), ("x2", "jsonl")]
    assert [err.source for err in errors] == ["<stdin>:2"]


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(HTML_PAGE))
    articles, errors, _ = read(["-"])
    assert errors == []
    assert articles[0].id == "<stdin>"
    assert articles[0].format == "html"
    assert "best" not in articles[0].text


def test_read_text_for_library_callers() -> None:
    article = read_text("Published: 4 May 2021\n\nThe <b>bridge</b> reopened.", "mine", outlet="Local Post")
    assert article.id == "mine" and article.format == "text"
    assert article.outlet == "Local Post"
    assert article.published == "2021-05-04"
    assert [article.text[s:e] for s, e in article.nonprose] == ["<b>", "</b>"]
    with pytest.raises(ValueError):
        read_text("text", "x", format="pdf")
    with pytest.raises(TypeError):
        read_text("text", "x", author="someone")
