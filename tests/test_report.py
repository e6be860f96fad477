"""`quotes report`: the HTML page's data, its safety and the command's errors (no browser needed)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import write

from quotes.pipeline import ArticleQuotes
from quotes.records import Article, Quote
from quotes.report.data import build
from quotes.report.render import embed_json, render

pytestmark = pytest.mark.slow  # each test extracts and renders whole folders

# Invented: two outlets print the same statement of an invented minister, one of them altered.
TEXT_A = 'Budget talks\n\n"We will not raise the fuel tax this year," said Minister Ada Quill.\n'
TEXT_B = 'Budget talks\n\n"We will raise the fuel tax this year," said Minister Ada Quill.\n'


def _result(article_id: str, outlet: str, text: str) -> ArticleQuotes:
    """One article's result with its single quotation, as extraction gives it."""
    from quotes.layout.paragraphs import split_paragraphs

    start = text.index('"') + 1
    end = text.index(',"')
    quote = Quote(
        article=article_id, outlet=outlet, published="2024-03-01", quote=text[start:end], start=start,
        end=end, speaker="Ada Quill", speaker_mention="Minister Ada Quill", cue="said", confidence=0.9,
    )
    art = Article(id=article_id, text=text, outlet=outlet, published="2024-03-01", title="Budget talks")
    return ArticleQuotes(art, [quote], paragraphs=split_paragraphs(text))


def _payload(page: str) -> dict:
    """The JSON the page embeds for its script."""
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


def test_page_holds_every_section_and_the_statement_with_its_altered_version() -> None:
    data = build([_result("a.txt", "Daily Example", TEXT_A), _result("b.txt", "Evening Sample", TEXT_B)])
    page = render(data)
    for section in ("overview", "speakers", "statements", "fidelity", "articles"):
        assert f'<section id="{section}"' in page
    assert data.overview["shared"] == 1 and data.overview["altered"] == 1
    payload = _payload(page)
    [st] = payload["statements"]
    assert st["speaker"] == "Ada Quill"
    assert {v["relation"] for v in st["versions"]} == {"reference", "altered"}
    altered = next(v for v in st["versions"] if v["relation"] == "altered")
    assert altered["reasons"] and altered["mention"] == "Minister Ada Quill"
    assert [s["name"] for s in payload["speakers"]] == ["Ada Quill"]
    assert page.count("<svg") == 2  # a fidelity chart per outlet


def test_page_is_self_contained() -> None:
    page = render(build([_result("a.txt", "Daily Example", TEXT_A)]))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page and "url(http" not in page
    assert "Content-Security-Policy" in page and "default-src &#39;none&#39;" in page


def test_embedded_json_cannot_close_its_element() -> None:
    hostile = {"t": "</script><!-- <script>alert(1)</script> & \u202e \x1b[31m"}
    dumped = embed_json(hostile)
    assert "<" not in dumped and ">" not in dumped and "&" not in dumped
    assert "\u202e" not in dumped and "\x1b" not in dumped
    assert json.loads(dumped) == hostile


def test_hostile_article_text_is_data_only() -> None:
    evil = (
        "Hostile <script>alert(1)</script>\n\n"
        '"We will <img src=x onerror=alert(2)> rebuild </script><!-- \x1b[31mnow\u202e," said Mayor Jane Roe.\n\n'
        f'"{"word " * 2000}end," Roe added.\n'
    )
    art = Article(id="<b>evil</b>.txt", text=evil, outlet="<img src=x onerror=alert(5)>", title="</title><script>")
    from quotes.layout.paragraphs import split_paragraphs

    result = ArticleQuotes(art, [], paragraphs=split_paragraphs(evil))
    page = render(build([result], title="<script>alert(7)</script>"))
    assert page.count("<script") == 2  # the data and the page's own script
    assert "<img" not in page and "</title><script>" not in page
    assert "\x1b" not in page and "\u202e" not in page
    assert _payload(page)["articles"][0]["text"] == evil


def test_empty_corpus_gives_a_page_that_says_so() -> None:
    data = build([])
    assert data.empty
    page = render(data)
    assert 'id="empty-corpus"' in page and "nothing to report" in page
    assert 'id="speakers"' not in page


@pytest.fixture
def corpus(tmp_path: Path, news: dict[str, str]) -> Path:
    """Three invented articles in a folder."""
    for name, text in news.items():
        write(tmp_path / "corpus" / f"{name}.txt", text)
    return tmp_path / "corpus"


def test_command_reports_unreadable_inputs_like_extract_and_the_others_still(
    cli: Callable, corpus: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    out = tmp_path / "report.html"
    result = cli(["report", corpus, missing, "-o", out, "-q"])
    extracted = cli(["extract", missing, "-q"])
    assert result.exit_code == 1 == extracted.exit_code
    assert result.stderr == extracted.stderr
    payload = _payload(out.read_text(encoding="utf-8"))
    assert {s["name"] for s in payload["speakers"]} >= {"Orla Venn", "Petra Lindqvist", "Selma Oduya"}
    assert len(payload["articles"]) == 3
    assert "could not be read" in out.read_text(encoding="utf-8")


def test_command_reads_extract_and_compare_output(cli: Callable, corpus: Path, tmp_path: Path) -> None:
    records = tmp_path / "q.jsonl"
    statements = tmp_path / "st.json"
    assert cli(["extract", corpus, "-f", "jsonl", "-o", records, "-q"]).exit_code == 0
    assert cli(["compare", records, "--all", "-f", "json", "-o", statements, "-q"]).exit_code == 0
    for given in (records, statements):
        out = tmp_path / f"{given.stem}.html"
        assert cli(["report", given, "--all", "-o", out, "-q"]).exit_code == 0
        payload = _payload(out.read_text(encoding="utf-8"))
        assert {s["speaker"] for s in payload["statements"]} >= {"Orla Venn", "Selma Oduya"}


def test_command_on_an_empty_folder(cli: Callable, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "report.html"
    result = cli(["report", tmp_path / "empty", "-o", out, "-q"])
    assert result.exit_code == 1
    assert result.stderr == cli(["extract", tmp_path / "empty", "-q"]).stderr
    assert "nothing to report" in out.read_text(encoding="utf-8")


def test_library_function(corpus: Path, tmp_path: Path) -> None:
    import quotes

    out = tmp_path / "lib.html"
    page = quotes.report([str(corpus)], str(out))
    assert out.read_text(encoding="utf-8") == page
    assert len(_payload(page)["articles"]) == 3
