"""``quotes report``: one self-contained HTML page of a corpus's quotations, speakers and statements.

``report(paths, output)`` reads articles (or ``quotes extract`` records, or ``quotes compare``
output), extracts and compares their quotations with the library's own functions, and writes a page
that works offline: Overview, Speakers, Statements across outlets, Outlet fidelity and Articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from quotes.errors import InputError
from quotes.records import DEFAULT_KINDS

if TYPE_CHECKING:
    from quotes.pipeline import ArticleQuotes
    from quotes.records import Article

__all__ = ["collect", "report"]


def collect(
    paths: Sequence[str],
    read_articles: Callable[[list[str]], Iterable[Article]],
    *,
    on_error: Callable[[InputError], None],
    model: str | None = None,
    workers: int = 1,
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> Iterator[ArticleQuotes]:
    """Per-article results of articles, ``quotes extract`` records and ``quotes compare`` output files
    (records of ``kinds`` only)."""
    from quotes.pipeline import results_from_paths, results_from_records
    from quotes.report.data import is_compare_output, statements_from_compare_output

    compared = [p for p in paths if is_compare_output(p)]
    others = [p for p in paths if p not in compared]
    for path in compared:
        yield from results_from_records(statements_from_compare_output(path, on_error))
    if others or not compared:
        yield from results_from_paths(
            others, read_articles, on_error=on_error, model=model, workers=workers, kinds=kinds
        )


def report(
    paths: str | Sequence[str],
    output: str | None = None,
    *,
    manifest: str | None = None,
    window: int = 3,
    show_all: bool = False,
    model: str | None = None,
    workers: int = 1,
    kinds: Iterable[str] | str = DEFAULT_KINDS,
    encoding: str | None = None,
    max_bytes: int = 10_000_000,
    title: str = "Quotations report",
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> str:
    """The HTML report of ``paths`` (written atomically to ``output`` when given); returns the page.

    An input that cannot be read goes to ``on_error`` (by default it is only listed on the page) and
    the others are still reported. ``kinds``: the records shown (by default those of quotation marks).
    """
    from quotes.read import iter_articles
    from quotes.records import check_kinds
    from quotes.report.data import build
    from quotes.report.render import render
    from quotes.write.atomic import atomic_output

    given = [paths] if isinstance(paths, str) else list(paths)
    problems: list[str] = []

    def failed(err: InputError) -> None:
        problems.append(" ".join(str(err).split()))
        if on_error is not None:
            on_error(err)

    def read(found: list[str]) -> Iterator[Article]:
        return iter_articles(
            found,
            manifest=manifest,
            encoding=encoding,
            max_bytes=max_bytes,
            on_error=failed,
            on_warning=on_warning,
        )

    results = collect(given, read, on_error=failed, model=model, workers=workers, kinds=check_kinds(kinds))
    data = build(results, window=window, show_all=show_all, problems=problems, title=title)
    page = render(data)
    if output is not None:
        with atomic_output(output) as stream:
            stream.write(page)
    return page
