"""`quotes report` in headless Chromium: what a reader of the seeds' report sees, and hostile text."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import write

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
pytestmark = pytest.mark.slow


def _chromium() -> str | None:
    """Debian's Chromium (or $QUOTES_CHROMIUM); None when there is none."""
    for path in (os.environ.get("QUOTES_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if path and os.access(path, os.X_OK):
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by Playwright; the test is skipped when either is missing."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium browser found (apt-get install chromium)")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _open(browser: Any, path: Path, width: int = 1600) -> tuple[Any, dict[str, list[str]]]:
    """A page showing the report at ``path``, with the requests, dialogs and errors it caused."""
    seen: dict[str, list[str]] = {"requests": [], "dialogs": [], "errors": []}
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-ready]")
    return page, seen


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    """The report of the seeds, and the shared statements `quotes compare seeds` finds."""
    import quotes
    from quotes.compare import compare
    from quotes.pipeline import extract_many
    from quotes.read import iter_articles

    out = tmp_path_factory.mktemp("report") / "seeds.html"
    quotes.report([str(ROOT / "seeds")], str(out))
    articles = iter_articles([str(ROOT / "seeds")], on_error=print)
    records = [q for r in extract_many(articles) for q in r.quotes]
    return out, [st for st in compare(records) if st.repeated]


def test_seeds_report_shows_speakers_statements_diffs_and_charts(browser: Any, seeds_report: Any) -> None:
    path, statements = seeds_report
    page, seen = _open(browser, path)
    names = page.locator("#speaker-table tbody .name").all_inner_texts()
    for speaker in ("Benjamin Netanyahu", "Yisrael Katz", "Faisal Mekdad", "Nadav Shoval", "Sergei Ryabkov"):
        assert speaker in names
    cards = page.locator("#statement-list .statement")
    assert cards.count() == len(statements) > 0
    for n, st in enumerate(statements):
        card = cards.nth(n)
        assert card.locator("h3").inner_text() == st.speaker
        versions = card.locator(".version")
        assert versions.count() == len(st.versions)
        shown = versions.locator(".outlet").all_inner_texts()
        assert sorted(shown) == sorted(v.outlet or f"({Path(v.article).name})" for v in st.versions)
        for v, badge in zip(st.versions, versions.locator(".badge").all_inner_texts(), strict=True):
            assert badge.lower() == v.relation
    assert page.locator("#statement-list del").count() > 0
    assert page.locator("#statement-list ins").count() > 0
    assert page.locator("#fidelity svg.chart").count() >= 3
    page.fill("#speaker-filter", "katz")
    assert page.locator("#speaker-table tbody .name").all_inner_texts() == ["Yisrael Katz"]
    page.fill("#speaker-filter", "")
    page.locator("#speaker-filter").blur()
    page.evaluate("document.getElementById('statements').scrollIntoView()")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seeds-report.png"))  # a test artefact; docs/ holds the README's copy
    mark = page.locator("#article-list mark.q").first
    mark.focus()
    assert mark.locator(".tip").is_visible()
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert all(url.startswith("file:") for url in seen["requests"])
    page.close()


def test_seeds_report_fits_a_phone_screen(browser: Any, seeds_report: Any) -> None:
    page, seen = _open(browser, seeds_report[0], width=360)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 362
    assert page.locator("#statement-list .statement").count() > 0
    assert seen["errors"] == []
    page.close()


def test_hostile_article_injects_nothing(browser: Any, tmp_path: Path) -> None:
    import quotes

    evil = (
        "Hostile <script>alert(1)</script>\n\n"
        'The mayor spoke on Monday. "We will <img src=x onerror=alert(2)> rebuild the </script><!-- bridge '
        '\x1b[31mnow\x1b[0m \u202eevil\u202c," said Mayor Jane Roe.\n\n'
        f'"{"word " * 2000}end," Roe added.\n\n'
        '<iframe src="javascript:alert(3)"></iframe> <b onmouseover=alert(4)>bold</b>\n'
    )
    write(tmp_path / "in" / "evil.txt", evil)
    write(tmp_path / "in" / "manifest.csv", 'file,outlet,published,title,url\nevil.txt,"<img src=x onerror=alert(5)>",2024-01-02,"</title><script>alert(6)</script>",\n')
    out = tmp_path / "evil.html"
    quotes.report([str(tmp_path / "in")], str(out))
    page, seen = _open(browser, out)
    page.locator("#article-list mark.q").first.hover()
    assert seen["dialogs"] == [] and seen["errors"] == []
    assert page.locator("img, iframe, b, object, embed").count() == 0
    assert page.locator("script").count() == 2
    text = page.locator("#article-list").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text
    assert "\\x1b[31m" in text and "\\u202e" in text and "\u202e" not in text
    assert page.get_by_text("<img src=x onerror=alert(5)>").count() > 0
    assert all(url.startswith("file:") for url in seen["requests"])
    page.close()
