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
    write(tmp_path / "in" / "manifest.csv", 'file,outlet,published,title,url\nevil.txt,"<img src=x onerror=alert(5)>",2024-01-02,"</title><script>alert(6)</script>",javascript:alert(7)\n')
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
    assert page.locator("a[href^=javascript]").count() == 0 and "source: javascript:alert(7)" in text
    assert all(url.startswith("file:") for url in seen["requests"])
    page.close()


# ---- Keyboard, wide screens and print -----------------------------------------------------------


def _focused(page: Any) -> str:
    """The focused element, as ``tag#id.class "text"`` (enough to tell the report's controls apart)."""
    return page.evaluate(
        """() => { const e = document.activeElement;
          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') +
            ' "' + (e.textContent || '').replace(/\\u00ad/g, '').trim().slice(0, 30) + '"'; }"""
    )


def _outline(page: Any) -> tuple[str, float]:
    """The focused element's outline style and width in px."""
    style, width = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }"
    )
    return style, float(width.removesuffix("px"))


@pytest.fixture(scope="module")
def long_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A report with more statements and articles than a screen page holds (no NLP: results made here),
    and the number of statements on it. Invented outlets, speakers and words."""
    from quotes.layout.paragraphs import split_paragraphs
    from quotes.pipeline import ArticleQuotes
    from quotes.records import Article, Quote
    from quotes.report.data import build
    from quotes.report.render import render

    results = []
    for a in range(12):
        outlet, text, quotes = f"Outlet {a:02d}", f"Roundup {a}\n\n", []
        for s in range(24):
            if a >= 2 and s % 12 != a:
                continue  # outlets 00 and 01 print every statement, the others one or two each
            words = f"We will build harbour{s} bridge{s} school{s} and clinic{s} before winter{s}"
            if a == 1 and s % 3 == 0:
                words = words.replace("will", "will not")
            start = len(text) + 1
            text += f'"{words}," said Minister Person{s} Example.\n\n'
            quotes.append(
                Quote(
                    article=f"a{a:02d}.txt", outlet=outlet, published="2024-03-01", quote=words, start=start,
                    end=start + len(words), speaker=f"Person{s} Example", speaker_mention=f"Minister Person{s} Example",
                    cue="said", confidence=0.9,
                )
            )
        art = Article(
            id=f"a{a:02d}.txt", text=text, outlet=outlet, published="2024-03-01", title=f"Roundup {a}",
            url=f"https://news.example/{a}",
        )
        results.append(ArticleQuotes(art, quotes, paragraphs=split_paragraphs(text)))
    data = build(results)
    out = tmp_path_factory.mktemp("report") / "long.html"
    out.write_text(render(data), encoding="utf-8")
    count = len(data.page["statements"])
    assert count > 20 and len(data.page["articles"]) > 10  # more than one screen page of each
    return out, count


def test_tab_reaches_the_speaker_filter_and_sort_buttons_and_enter_sorts(browser: Any, seeds_report: Any) -> None:
    page, seen = _open(browser, seeds_report[0])
    page.keyboard.press("Tab")
    assert _focused(page).startswith('a.skip "Skip to the report"')
    box = page.locator("a.skip").bounding_box()
    assert box is not None and box["x"] >= 0  # shown while focused
    page.keyboard.press("Enter")  # past the section links, into the report
    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        stops.append(_focused(page))
        if stops[-1].startswith("button"):
            break
    assert not any(s.startswith("a") for s in stops), stops
    assert any(s.startswith("input#speaker-filter") for s in stops), stops
    assert stops[-1] == 'button "Speaker"', stops  # the first sort button comes right after the filter
    assert stops.index(stops[-1]) == [s.startswith("input#speaker-filter") for s in stops].index(True) + 1
    style, width = _outline(page)
    assert style != "none" and width >= 2  # a visible focus ring
    header = page.locator("#speaker-table th").first
    names = page.locator("#speaker-table tbody .name")
    before = names.all_inner_texts()
    assert header.get_attribute("aria-sort") == "none"
    page.keyboard.press("Enter")
    after = names.all_inner_texts()
    assert after != before and sorted(after) == sorted(before)
    assert after == page.evaluate("(n) => n.slice().sort((a, b) => a.localeCompare(b))", after)
    assert header.get_attribute("aria-sort") == "ascending"
    assert _focused(page) == 'button "Speaker"'  # sorting keeps the focus where it was
    page.keyboard.press("Space")
    assert names.all_inner_texts() == after[::-1]
    assert header.get_attribute("aria-sort") == "descending"
    assert "Sorted by Speaker, descending" in page.locator("#speaker-sort-status").inner_text()
    assert seen["errors"] == []
    page.close()


def test_pager_buttons_work_from_the_keyboard(browser: Any, long_report: Any) -> None:
    path, count = long_report
    page, seen = _open(browser, path)
    cards = page.locator("#statement-list .statement")
    assert cards.count() == 20
    page.focus("#statement-filter")
    page.keyboard.press("Tab")  # "Previous" is disabled on the first page: Tab goes to "Next"
    assert _focused(page).startswith('button.next "Next')
    page.keyboard.press("Enter")
    assert cards.count() == count - 20
    assert page.locator('.pager[data-for="statements"] .page-of').inner_text() == "Page 2 of 2"
    assert _focused(page).startswith("div#statement-list")  # focus moves to the new page, not to <body>
    page.keyboard.press("Tab")
    assert _focused(page).startswith('button.prev "← Previous"')
    page.keyboard.press("Space")
    assert cards.count() == 20
    assert seen["errors"] == []
    page.close()


def test_focusing_a_quote_shows_its_speaker_inside_a_phone_screen(browser: Any, seeds_report: Any) -> None:
    page, seen = _open(browser, seeds_report[0], width=360)
    page.focus("#article-filter")
    for _ in range(20):  # Tab into the first article, to a quotation with a named speaker
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.q[data-speaker]:not([data-speaker=\"\"])')"):
            break
    mark = page.locator("mark.q:focus")
    assert mark.count() == 1
    speaker = mark.get_attribute("data-speaker")
    tip = page.locator("#" + mark.get_attribute("aria-describedby"))  # this quotation's, wherever focus goes
    assert tip.is_visible()
    assert tip.inner_text().startswith(speaker)
    assert "confidence" in tip.inner_text() and "cue" in tip.inner_text()
    box = tip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")
    style, width = _outline(page)
    assert style != "none" and width >= 2
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.keyboard.press("Tab")  # the next quotation shows its own tip; the first one's is gone
    assert page.locator("mark.q:focus .tip").is_visible() and not tip.is_visible()
    assert seen["errors"] == []
    page.close()


def test_wide_screen_keeps_a_readable_column_and_no_horizontal_scroll(browser: Any, seeds_report: Any) -> None:
    page, seen = _open(browser, seeds_report[0], width=1600)
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")
    sizes = page.evaluate(
        """() => {
          const em = (e) => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize);
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
          const widest = (sel) => Math.max(0, ...[...document.querySelectorAll(sel)].map(em));
          return { main: document.querySelector('main').getBoundingClientRect().width / rem,
                   prose: widest('.legend, .meta, .article .text'), quote: widest('.version blockquote') }; }"""
    )
    assert 40 <= sizes["main"] <= 75, sizes  # a content column, not the window's 100 rem
    assert 0 < sizes["prose"] <= 46, sizes  # about 70 characters a line
    assert 0 < sizes["quote"] <= 30, sizes  # versions side by side, each a narrow column
    toc, main = page.locator("nav.toc").bounding_box(), page.locator("main").bounding_box()
    assert toc["x"] + toc["width"] <= main["x"]  # the section list beside the column, not above it
    assert seen["errors"] == []
    page.close()


def test_print_hides_controls_and_shows_every_statement(browser: Any, long_report: Any) -> None:
    path, count = long_report
    page, seen = _open(browser, path)
    cards = page.locator("#statement-list .statement")
    assert cards.count() == 20 and page.locator("#statement-filter").is_visible()
    page.emulate_media(media="print")
    cards.nth(count - 1).wait_for()  # the print media's change event draws every statement
    assert cards.count() == count
    assert page.locator("#article-list .article").count() == 12
    for hidden in ("#speaker-filter", "#statement-filter", "#article-filter", ".pager button", ".skip", "nav.toc"):
        assert not page.locator(hidden).first.is_visible(), hidden
    positions = page.evaluate(
        "[...document.querySelectorAll('body *')].map(e => getComputedStyle(e).position)"
        ".filter(p => p === 'sticky' || p === 'fixed')"
    )
    assert positions == []
    assert page.locator("#speaker-table thead").is_visible()  # the column names stay, as text
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 2
    page.emulate_media(media="screen")
    cards.nth(20).wait_for(state="detached")
    assert cards.count() == 20
    assert seen["errors"] == []
    page.close()


def test_print_marks_a_filtered_list_and_keeps_meaning_without_colour(browser: Any, long_report: Any) -> None:
    page, seen = _open(browser, long_report[0])
    page.fill("#statement-filter", "altered")
    shown = page.locator("#statement-list .statement").count()
    assert 0 < shown < long_report[1]
    page.emulate_media(media="print")
    note = page.locator("#statements-print-note")
    note.wait_for(state="visible")
    assert note.inner_text() == f"Printed: only the {shown} of {long_report[1]} statements matching “altered”."
    assert not page.locator("#speakers-print-note").is_visible()  # nothing left out there
    after = page.evaluate(
        """(sel) => getComputedStyle(document.querySelector(sel), '::after').content""", "#article-list a[href]"
    )
    assert "https://news.example/" in after  # a link prints its target
    spoken = page.evaluate(
        """() => getComputedStyle(document.querySelector('#article-list mark.q'), '::after').content"""
    )
    assert "Person" in spoken  # each quotation names its speaker on paper
    badge = page.locator("#statement-list .badge.rel-altered").first
    assert badge.inner_text().lower().endswith("altered")
    colours = badge.evaluate("(b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]")
    assert colours[0] == "rgb(0, 0, 0)" and colours[1] in ("rgba(0, 0, 0, 0)", "transparent")
    assert seen["errors"] == []
    page.close()
