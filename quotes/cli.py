"""The ``quotes`` command: a thin skin over the library, one command per job.

Exit status: 0 all went well; 1 some input could not be read (the rest was still processed), or
``check`` found problems at or above its fail level; 2 a usage or configuration error; 130 and 143
when interrupted by SIGINT (Ctrl-C) or SIGTERM.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
import typer.core

from quotes import __version__
from quotes.errors import InputError, QuotesError, UsageError
from quotes.records import DEFAULT_KINDS, KINDS, RECORD_FIELDS, Article, Quote, Statement, Version

if TYPE_CHECKING:  # rich is imported when a command runs: --version and --help start faster
    import click
    from rich.console import Console

# One BLAS thread a process (read when numpy loads): the parser's matrix products are small, and
# --workers is how quotes uses more cores. Set OPENBLAS_NUM_THREADS to choose otherwise.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


class _Command(typer.core.TyperCommand):
    """A command whose help names each argument by its metavar (``PATH...``), never by a Python type."""

    @staticmethod
    def _argument_name(param: click.Parameter) -> str:
        """``PATH...`` for a variadic argument, ``PATH`` for one value."""
        name = param.metavar or (param.name or "").upper()
        return f"{name}..." if param.nargs != 1 else name

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        """``[OPTIONS] PATH...``: optional arguments in brackets, as click writes them."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = self._argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The Arguments and Options sections, arguments by metavar alone."""
        args: list[tuple[str, str]] = []
        opts: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((self._argument_name(param), record[1]))
            else:
                opts.append(record)
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Find quotations in news articles, say who said them, and compare how outlets quote them.",
)

T = TypeVar("T")


class Format(StrEnum):
    """Output formats shared by every command that writes records."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"  # quotes extract only: columnar records


class Engine(StrEnum):
    """Where ``quotes extract`` runs: a pool of local processes, or a Dask cluster."""

    local = "local"
    dask = "dask"


_SPACE = re.compile(r"\s+")


def one_line(message: object) -> str:
    """A message as one line of plain text: white space (line breaks too) collapsed."""
    text = str(message)
    if not text and isinstance(message, BaseException):
        text = type(message).__name__
    return _SPACE.sub(" ", text).strip()


def _stderr() -> Console:
    """A console on stderr that never wraps a line (one problem, one line)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _print_problem(console: Console, label: str, message: object) -> None:
    """``label: message`` on one line; the message is printed as is, never read as rich markup."""
    from rich.markup import escape

    console.print(f"{label}: {escape(one_line(message))}", markup=True, highlight=False)


def _plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def _record_counts(result: Any) -> tuple[int, int]:
    """The quotations and the reported contents among a result's records (``result.quotes``)."""
    records = getattr(result, "quotes", ())
    reported = sum(1 for r in records if getattr(r, "kind", None) == "reported")
    return len(records) - reported, reported


class Reporter:
    """Prints one line per problem on stderr, counts the run's work, and ends it with a summary line."""

    def __init__(self, quiet: bool = False) -> None:
        self.console = _stderr()
        self.failed = 0
        self.quiet = quiet
        self.started = time.perf_counter()
        self.articles = 0
        self.quotations = 0
        self.reported = 0

    def error(self, err: InputError | str) -> None:
        """Report one input that could not be processed."""
        self.failed += 1
        _print_problem(self.console, "[bold red]error[/]", err)

    def warning(self, message: str) -> None:
        """Report something the user should know that did not stop the run."""
        if not self.quiet:
            _print_problem(self.console, "[yellow]warning[/]", message)

    def count(self, result: Any) -> None:
        """Count one article done, and its quotations (``result.quotes``, when it has them); say
        what the user should know of it (``result.notes``: paragraphs dropped as copies)."""
        self.articles += 1
        quotations, reported = _record_counts(result)
        self.quotations += quotations
        self.reported += reported
        for note in getattr(result, "notes", ()):
            self.warning(f"{result.article.id}: {note}")

    def seconds(self) -> str:
        """The time since the run began: ``3.4 s``."""
        return f"{time.perf_counter() - self.started:.1f} s"

    def summary(self, line: str | None = None) -> None:
        """The run's one summary line on stderr (none with ``--quiet``).

        By default ``12 articles, 85 quotations, 40 reported, 1 skipped in 3.4 s``: the articles
        done, their quotations and reported contents (when any), the inputs left out with an error,
        and the time the run took.
        """
        if self.quiet:
            return
        if line is None:
            reported = f"{self.reported} reported, " if self.reported else ""
            line = (
                f"{_plural(self.articles, 'article')}, {_plural(self.quotations, 'quotation')}, "
                f"{reported}{self.failed} skipped in {self.seconds()}"
            )
        self.console.print(line, markup=False, highlight=False)


_FORMAT_OF_SUFFIX = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}


def _default_format(fmt: Format | None, output: str | None = None) -> str:
    """The format asked for; else the output file's suffix; else a table on a terminal, jsonl otherwise."""
    if fmt is not None:
        return fmt.value
    if output is not None and output != "-":
        return _FORMAT_OF_SUFFIX.get(Path(output).suffix.lower(), "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


def _is_terminal() -> bool:
    """Whether stderr is a terminal: the only place a progress bar is drawn."""
    return sys.stderr.isatty()


def _count_lines(path: str) -> int:
    """The lines of a file, counted without decoding it (JSONL: about one article a line)."""
    count = 0
    last = b"\n"
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 0
    return count + (last != b"\n")


def _totals(paths: Sequence[str], *, records: bool) -> tuple[int, int | None]:
    """The files ``paths`` stand for and the articles they hold, for a progress bar.

    The articles are None when they cannot be known before reading: stdin, or (``records``: a command
    that reads ``quotes extract`` output) a records file, whose lines are quotations, not articles.
    """
    from quotes.read.records import is_records_file
    from quotes.read.sources import iter_sources

    files, articles, known = 0, 0, True
    for given in paths:
        if given == "-":
            files, known = files + 1, False
            continue
        for source in iter_sources(given, lambda err: None):
            if source.format == "records" or (records and is_records_file(source.path)):
                if records:
                    files, known = files + 1, False
                continue
            files += 1
            articles += _count_lines(source.path) if source.format == "jsonl" else 1
    return files, articles if known else None


Track = Callable[[Iterable[T]], Iterator[T]]


@contextmanager
def _progress(
    reporter: Reporter,
    label: str,
    paths: Sequence[str] = (),
    *,
    records: bool = False,
    count: bool = True,
    bar: bool = True,
) -> Iterator[Track[Any]]:
    """A wrapper for a stream of articles (or their results) that counts them and shows the progress.

    With ``count``, each item is counted in the reporter's summary (an article, and its ``quotes``).
    On a terminal (never when piped, nor with ``--quiet``) a bar shows the articles done against the
    total that ``paths`` hold, the number of files and of quotations, and the time elapsed; ``bar``
    False leaves it out.
    """
    if reporter.quiet or not bar or not _is_terminal():

        def counted(items: Iterable[T]) -> Iterator[T]:
            for item in items:
                if count:
                    reporter.count(item)
                yield item

        yield counted
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    files, total = _totals(paths, records=records)
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    )

    def counts(done: int, quotations: int) -> str:
        """``3/10 articles · 25 quotations``."""
        shown = f"{done}/{total} articles" if total is not None else _plural(done, "article")
        return f"{shown} · {_plural(quotations, 'quotation')}" if count else shown

    description = f"{label} {_plural(files, 'file')}" if paths else label
    with Progress(*columns, console=reporter.console, transient=True) as progress:
        task = progress.add_task(description, total=total, counts=counts(0, 0))
        done = quotations = 0

        def track(items: Iterable[T]) -> Iterator[T]:
            nonlocal done, quotations
            for item in items:
                if count:
                    reporter.count(item)
                done += 1
                quotations += _record_counts(item)[0]
                if total is not None and done > total:  # blank or bad JSONL lines: the total was a guess
                    progress.update(task, total=done)
                progress.update(task, advance=1, counts=counts(done, quotations))
                yield item

        yield track


def _fail(message: object, code: int = 2) -> typer.Exit:
    _print_problem(_stderr(), "[bold red]error[/]", message)
    return typer.Exit(code)


def _check_output(output: str | None, *, folder: bool = False) -> None:
    """Refuse a folder as ``--output`` at once, before the run (a usage error), unless ``folder``
    (Parquet: a part file a batch)."""
    if not folder and output is not None and output != "-" and os.path.isdir(output):
        raise UsageError(f"{output}: cannot write: Is a directory")


@contextmanager
def _guard(output: str | None) -> Iterator[None]:
    """Turn what goes wrong in a command into one line on stderr and an exit status.

    2 for a usage or configuration error; 1 for anything else (input, output, a bug). An output
    file is left as it was.
    """
    try:
        yield
    except typer.Exit:
        raise
    except UsageError as exc:
        raise _fail(exc) from None
    except QuotesError as exc:
        raise _fail(exc, 1) from None
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(0) from None
    except OSError as exc:
        target = output or "stdout"
        if exc.filename and str(exc.filename) != str(output) and ".tmp" not in str(exc.filename):
            raise _fail(f"{exc.filename}: {exc.strerror or exc}", 1) from None
        raise _fail(f"{target}: cannot write: {exc.strerror or exc}", 1) from None
    except Exception as exc:  # a bug: still one line
        raise _fail(f"internal error: {type(exc).__name__}: {one_line(exc)}", 1) from None


def _mark_issues(issues: list[Any]) -> str:
    """The unpaired quotation marks of an article, in words, for a warning."""
    what = {"unclosed": "unclosed", "stray-close": "stray closing"}
    shown = [f"{what.get(i.problem, i.problem)} {i.mark} at offset {i.offset}" for i in issues[:3]]
    more = f" and {len(issues) - 3} more" if len(issues) > 3 else ""
    plural = "s" if len(issues) > 1 else ""
    return f"unpaired quotation mark{plural} ({'; '.join(shown)}{more}); nearby quotations may be cut short"


def _articles(
    paths: list[str], manifest: str | None, encoding: str | None, max_bytes: int, reporter: Reporter
) -> Iterator[Article]:
    from quotes.read import iter_articles

    return iter_articles(
        paths,
        manifest=manifest,
        encoding=encoding,
        max_bytes=max_bytes,
        on_error=reporter.error,
        on_warning=reporter.warning,
    )


EXTRACT_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("article", lambda r: Path(str(r["article"])).name),
    ("speaker", lambda r: r.get("speaker") or "—"),
    ("kind", lambda r: r["kind"]),
    ("cue", lambda r: r.get("cue") or ""),
    ("quote", lambda r: "" if r.get("quote") is None else str(r["quote"])),  # whole: the table wraps it
]

PathsArg = Annotated[
    list[str],
    typer.Argument(metavar="PATH", help="Files, folders (searched recursively) or - for stdin."),
]
ManifestOpt = Annotated[
    str | None,
    typer.Option("--manifest", metavar="FILE", help="CSV of file,outlet,published,title,url."),
]
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", metavar="NAME", help="An installed spaCy pipeline (default: en_core_web_sm)."),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", metavar="ENCODING", help="Read files in this encoding, not UTF-8."),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option("--max-bytes", min=1, metavar="N", help="Skip articles larger than this many bytes."),
]
OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to this file (replaced atomically; a pipe or device is written to) instead of stdout.",
    ),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar, no warnings, no summary line.")
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", min=1, metavar="N", help="Processes to use.")]


def _kinds(value: str) -> str:
    from quotes.records import check_kinds

    try:
        return ",".join(sorted(check_kinds(value)))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


KindsOpt = Annotated[
    str,
    typer.Option(
        "--kinds",
        "-k",
        metavar="KINDS",
        callback=_kinds,
        help="Records to keep, comma-separated: direct, partial, reported, scare, or all "
        "(default: the quotation marks' records, direct,partial,scare).",
    ),
]
DEFAULT_KINDS_TEXT = ",".join(k for k in KINDS if k in DEFAULT_KINDS)
WidthOpt = Annotated[
    int | None,
    typer.Option(
        "--width",
        min=20,
        metavar="N",
        help="Width of the table in columns (default: the terminal's; 80 in a file or a pipe).",
    ),
]


@contextmanager
def _record_output(
    chosen: str, output: str | None, width: int | None, batch_size: int
) -> Iterator[Callable[[list[dict[str, Any]]], None]]:
    """Where ``extract`` writes, an article's records at a time: the format's writer on an atomic
    stream (finished after the block, once the progress bar is gone), or Parquet."""
    if chosen == "parquet":
        from quotes.write.parquet import parquet_output

        with parquet_output(output, part_articles=batch_size) as out:
            yield out.add
        return
    from quotes.write.atomic import atomic_output
    from quotes.write.formats import make_writer

    with atomic_output(output, newline="" if chosen == "csv" else None) as stream:
        writer = make_writer(chosen, stream, RECORD_FIELDS, EXTRACT_COLUMNS, width=width)

        def write(records: list[dict[str, Any]]) -> None:
            for record in records:
                writer.write(record)

        yield write
        writer.close()  # the table is printed once the bar is gone


@app.command(cls=_Command)
def extract(
    paths: PathsArg,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table (default on a terminal), json, jsonl (default when piped), csv or parquet "
            "(-o FOLDER/ writes a part file a batch).",
        ),
    ] = None,
    output: OutputOpt = None,
    manifest: ManifestOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            metavar="ENGINE",
            help="local (processes on this machine; the default) or dask (a Dask cluster).",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="A running Dask scheduler (tcp://HOST:PORT) to send the work to; implies --engine dask. "
            "Without it, --engine dask starts a local cluster of --workers processes.",
        ),
    ] = None,
    kinds: KindsOpt = DEFAULT_KINDS_TEXT,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, metavar="N", help="Articles per spaCy batch.")
    ] = 32,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
    width: WidthOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Find every quotation and reported statement in news articles and say who said it; one
    record each."""
    from quotes.pipeline import extract_many

    reporter = Reporter(quiet)
    chosen = _default_format(fmt, output)
    with _guard(output):
        _check_output(output, folder=chosen == "parquet")
        if engine == Engine.dask or scheduler is not None:  # Dask missing, or no scheduler there: say so now
            from quotes.scale import dask_engine

            dask = dask_engine(Engine.dask)
            if scheduler is not None:
                dask.probe(scheduler)
        articles = _articles(paths, manifest, encoding, max_bytes, reporter)
        # Records streamed onto the terminal the bar is drawn on would tear it: no bar then.
        streamed_here = chosen != "table" and output in (None, "-") and sys.stdout.isatty()
        with (
            _record_output(chosen, output, width, batch_size) as write,
            _progress(reporter, "extracting", paths, bar=not streamed_here) as track,
        ):
            results = extract_many(
                articles,
                model=model,
                workers=workers,
                batch_size=batch_size,
                kinds=kinds.split(","),
                on_error=lambda art, exc: reporter.error(f"{art.id}: could not attribute: {one_line(exc)}"),
                engine=engine.value,
                scheduler=scheduler,
            )
            for result in track(results):
                if result.issues:
                    reporter.warning(f"{result.article.id}: {_mark_issues(result.issues)}")
                write([quote.to_dict() for quote in result.quotes])
    reporter.summary()
    if reporter.failed:
        raise typer.Exit(1)


def _records(
    paths: list[str],
    reporter: Reporter,
    *,
    manifest: str | None,
    encoding: str | None,
    max_bytes: int,
    model: str | None,
    workers: int,
    track: Callable[[Iterable[Any]], Iterator[Any]],
    kinds: str = DEFAULT_KINDS_TEXT,
) -> list[Quote]:
    """Records of ``kinds`` from record files (``quotes extract`` output) and articles (extracted now)."""
    from quotes.pipeline import results_from_paths

    results = results_from_paths(
        paths,
        lambda found: _articles(found, manifest, encoding, max_bytes, reporter),
        on_error=reporter.error,
        model=model,
        workers=workers,
        kinds=kinds.split(","),
    )
    return [quote for result in track(results) for quote in result.quotes]


def _version_row(st: Statement, v: Version) -> dict[str, Any]:
    row = {"statement": st.id, "statement_speaker": st.speaker, **v.to_dict()}
    row["reasons"] = "; ".join(v.reasons)
    return row


VERSION_FIELDS = (
    "statement",
    "statement_speaker",
    "article",
    "outlet",
    "published",
    "quote",
    "start",
    "end",
    "speaker",
    "relation",
    "similarity",
    "reasons",
    "diff",
)


def shown_statements(statements: Sequence[Statement], show_all: bool) -> list[Statement]:
    """The statements ``quotes compare`` writes, in every format: those quoted more than once (by two
    outlets, or twice in one), or all (``--all``)."""
    return [st for st in statements if show_all or st.repeated]


@app.command(cls=_Command)
def compare(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH", help="Articles (as for extract) or records from quotes extract (.json, .jsonl)."
        ),
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table (default on a terminal), json, jsonl (a statement a line) or csv (a row a version).",
        ),
    ] = None,
    output: OutputOpt = None,
    window: Annotated[
        int,
        typer.Option(
            "--window", min=0, metavar="DAYS", help="Days between the dates of one statement's versions."
        ),
    ] = 3,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Also statements quoted only once (in every format; default: left out)."
        ),
    ] = False,
    manifest: ManifestOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    kinds: KindsOpt = DEFAULT_KINDS_TEXT,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
    width: WidthOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """How different outlets quote the same statement: verbatim, trimmed, re-translated or altered."""
    from quotes.compare import compare as group_statements
    from quotes.compare import summarize
    from quotes.write.atomic import atomic_output
    from quotes.write.escape import json_safe
    from quotes.write.formats import make_writer
    from quotes.write.statements import print_comparison

    reporter = Reporter(quiet)
    chosen = _default_format(fmt, output)
    with _guard(output):
        if chosen == "parquet":
            raise UsageError("--format parquet writes quotation records: use it with quotes extract")
        _check_output(output)
        with _progress(reporter, "extracting", paths, records=True) as track:
            records = _records(
                paths,
                reporter,
                manifest=manifest,
                encoding=encoding,
                max_bytes=max_bytes,
                model=model,
                workers=workers,
                track=track,
                kinds=kinds,
            )
        statements = group_statements(records, window=window)
        summary = summarize(statements, records)  # every outlet's quotations, whatever is shown
        shown = shown_statements(statements, show_all)
        with atomic_output(output, newline="" if chosen == "csv" else None) as stream:
            if chosen == "table":
                print_comparison(stream, statements, summary, show_all=show_all, width=width)
            elif chosen == "json":
                doc = {
                    "statements": [st.to_dict() for st in shown],
                    "outlets": [r.to_dict() for r in summary],
                }
                stream.write(json_safe(json.dumps(doc, ensure_ascii=False, indent=1)) + "\n")
            elif chosen == "jsonl":
                writer = make_writer("jsonl", stream, ())
                for st in shown:
                    writer.write(st.to_dict())
            else:
                writer = make_writer("csv", stream, VERSION_FIELDS)
                for st in shown:
                    for v in st.versions:
                        writer.write(_version_row(st, v))
    reporter.summary()
    if reporter.failed:
        raise typer.Exit(1)


@app.command(cls=_Command)
def report(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Articles (as for extract), or records from quotes extract or compare (.json, .jsonl).",
        ),
    ],
    output: OutputOpt = None,
    window: Annotated[
        int,
        typer.Option(
            "--window", min=0, metavar="DAYS", help="Days between the dates of one statement's versions."
        ),
    ] = 3,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list statements quoted only once.")
    ] = False,
    title: Annotated[
        str, typer.Option("--title", metavar="TEXT", help="The page's title.")
    ] = "Quotations report",
    manifest: ManifestOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    kinds: KindsOpt = DEFAULT_KINDS_TEXT,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
    quiet: QuietOpt = False,
) -> None:
    """One self-contained HTML page: speakers, statements across outlets, outlet fidelity, articles."""
    from quotes.report import collect
    from quotes.report.data import build
    from quotes.report.render import render
    from quotes.write.atomic import atomic_output

    reporter = Reporter(quiet)
    problems: list[str] = []
    print_error = reporter.error

    def failed(err: InputError | str) -> None:
        problems.append(one_line(err))
        print_error(err)

    reporter.error = failed  # type: ignore[method-assign]  # the page lists what stderr says
    with _guard(output):
        _check_output(output)
        with _progress(reporter, "extracting", paths, records=True) as track:
            results = collect(
                paths,
                lambda found: _articles(found, manifest, encoding, max_bytes, reporter),
                on_error=reporter.error,
                model=model,
                workers=workers,
                kinds=kinds.split(","),
            )
            data = build(track(results), window=window, show_all=show_all, problems=problems, title=title)
        page = render(data)
        with atomic_output(output) as stream:
            stream.write(page)
    reporter.summary()
    if reporter.failed:
        raise typer.Exit(1)


class ReportFormat(StrEnum):
    """Report formats of ``quotes check``."""

    text = "text"
    json = "json"
    sarif = "sarif"


_REPORT_FORMAT_OF_SUFFIX = {".json": "json", ".sarif": "sarif"}


def _report_format(fmt: ReportFormat | None, output: str | None) -> str:
    """The report format asked for; else the output file's suffix (``.json``, ``.sarif``); else text."""
    if fmt is not None:
        return fmt.value
    if output is not None and output != "-":
        return _REPORT_FORMAT_OF_SUFFIX.get(Path(output).suffix.lower(), "text")
    return "text"


class FailLevel(StrEnum):
    """The least severe finding that makes ``quotes check`` exit with status 1."""

    error = "error"
    warning = "warning"
    never = "never"


@app.command(cls=_Command)
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="PATH", help="Drafts: Markdown, text or HTML files, or folders."),
    ] = None,
    against: Annotated[
        list[str] | None,
        typer.Option(
            "--against",
            "-a",
            metavar="PATH",
            help="Sources: transcripts, articles, quotes extract records, or a .db bank. Repeatable.",
        ),
    ] = None,
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text (path:line:col: rule; the default), json or sarif; "
            "with -o FILE.json or FILE.sarif, the suffix decides.",
        ),
    ] = None,
    fail_level: Annotated[
        FailLevel | None,
        typer.Option("--fail-level", metavar="LEVEL", help="error (default), warning or never."),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="RULE", help="A rule to turn off, e.g. Q002. Repeatable."),
    ] = None,
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help="A .quotes.toml or pyproject.toml to read settings from, instead of the closest.",
        ),
    ] = None,
    show_config: Annotated[
        bool,
        typer.Option(
            "--show-config", help="Print the settings in effect and where each came from; check nothing."
        ),
    ] = False,
    output: OutputOpt = None,
    manifest: ManifestOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
    quiet: QuietOpt = False,
    warm: Annotated[
        bool,
        typer.Option(
            "--warm",
            help="Run in a background server that keeps the model loaded (started on first use; "
            "quotes server stop ends it). Same output, much faster from the second run.",
        ),
    ] = False,
) -> None:
    """Report quotation problems in drafts, like a linter: Q001 to Q006; never modifies a draft.

    Exit status: 0 when nothing at or above the fail level is found, 1 when something is (or a draft
    cannot be read), 2 for a usage or configuration error. Settings come from --config FILE, else the
    closest .quotes.toml or pyproject.toml [tool.quotes] upwards; command-line options override them.
    """
    from quotes.check import RULES, fails, source_bank
    from quotes.check import check as check_drafts
    from quotes.check.config import describe, find_config, load_config, with_options
    from quotes.check.report import write as write_report
    from quotes.lexicons.speech import add_speech_verbs
    from quotes.write.atomic import atomic_output
    from quotes.write.escape import escape_surrogates

    if warm:
        from quotes.server import start_server

        start_server()  # this run goes on here; the next one finds the model loaded
    reporter = Reporter(quiet)
    chosen = _report_format(fmt, output)
    with _guard(output):
        if fmt is None and output is not None and Path(output).suffix.lower() == ".parquet":
            raise UsageError(f"{output}: check writes text, json or sarif, not Parquet (that is for extract)")
        _check_output(output)
        if config and not Path(config).is_file():
            raise UsageError(f"{config}: no such configuration file")
        file = load_config(Path(config) if config else find_config(Path.cwd()))
        unknown = [r for r in ignore or [] if r not in RULES]
        if unknown:
            raise UsageError(f"unknown rule {', '.join(unknown)}; the rules are {', '.join(RULES)}")
        cfg = with_options(
            file, against=against, fail_level=fail_level.value if fail_level else None, ignore=ignore
        )
        if show_config:
            typer.echo(f"# configuration file: {cfg.origin or 'none'}")
            for line in describe(cfg):
                typer.echo(line)
            raise typer.Exit(0)
        if not paths:
            raise UsageError("no drafts to check: give one or more PATHs (or --show-config)")
        add_speech_verbs(cfg.speech_verbs)
        sources = cfg.against
        level = cfg.fail_level
        off = cfg.ignore

        def read(ps: list[str]) -> Iterator[Article]:
            return _articles(ps, manifest, encoding, max_bytes, reporter)

        bank = None
        if sources:
            missing = [s_ for s_ in sources if s_ != "-" and not Path(s_).exists()]
            if missing:
                raise UsageError(
                    f"{missing[0]}: no such source; --against takes files, folders or a .db bank"
                )
            read_sources = [s_ for s_ in sources if not s_.lower().endswith(".db")]
            with _progress(reporter, "reading sources", read_sources, records=True, count=False) as track:
                bank = source_bank(
                    sources,
                    articles=lambda ps: track(read(ps)),
                    model=model,
                    workers=workers,
                    on_error=reporter.error,
                )
        findings = []
        files = 0
        with _progress(reporter, "checking", paths) as track:
            for report in track(
                check_drafts(
                    read(paths),
                    bank=bank,
                    ignore=off,
                    model=model,
                    workers=workers,
                    on_error=lambda art, exc: reporter.error(f"{art.id}: could not check: {one_line(exc)}"),
                )
            ):
                files += 1
                findings.extend(report.findings)
        # A draft's name that is not valid UTF-8 (undecodable bytes): written as an escape, never a crash.
        findings = [dataclasses.replace(f, path=escape_surrogates(f.path)) for f in findings]
        with atomic_output(output) as stream:
            write_report(stream, chosen, findings, files)
    reporter.summary()
    if fails(findings, level) or reporter.failed:
        raise typer.Exit(1)


@app.command(cls=_Command)
def index(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH", help="Articles, transcripts or quotes extract records to put in the bank."
        ),
    ],
    db: Annotated[
        str,
        typer.Option("--db", metavar="FILE", help="The quote bank (an SQLite file; created if missing)."),
    ] = "quotes.db",
    manifest: ManifestOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
    quiet: QuietOpt = False,
) -> None:
    """Build or update a quote bank for quotes check --against BANK.db; re-indexing is idempotent."""
    from quotes.check.bank import QuoteBank, index_paths

    reporter = Reporter(quiet)
    with _guard(db):
        if Path(db).exists() and not Path(db).is_file():
            raise UsageError(f"{db}: is a folder, not a quote bank file")
        # The bar follows the articles as they are read: those the bank holds unchanged are never parsed.
        with (
            QuoteBank(db) as bank,
            _progress(reporter, "indexing", paths, records=True, count=False) as track,
        ):
            for note in bank.notes:
                reporter.warning(note)
            counts = index_paths(
                bank,
                paths,
                lambda found: track(_articles(found, manifest, encoding, max_bytes, reporter)),
                on_error=reporter.error,
                model=model,
                workers=workers,
            )
            n_articles, n_quotes = bank.count()
    reporter.summary(
        f"{db}: {counts['added']} added, {counts['replaced']} replaced, "
        f"{counts['unchanged']} unchanged; the bank holds {_plural(n_articles, 'article')} "
        f"and {_plural(n_quotes, 'quotation')}; {reporter.failed} skipped in {reporter.seconds()}"
    )
    if reporter.failed:
        raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotes {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Find quotations in news articles, say who said them, and compare how outlets quote them."""


def _silence_stdout() -> None:
    """After a closed pipe (``quotes … | head``), send what is left to /dev/null, quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: unwinds the run (temporary files are removed) up to ``main``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_main_pid = os.getpid()


def _on_stop_signal(signum: int, _frame: object) -> None:
    """Raise :class:`Interrupted` in the main process; a second signal acts as if unhandled."""
    if os.getpid() != _main_pid:  # a forked worker: Ctrl-C is for the main process, which ends the pool
        if signum == signal.SIGTERM:  # how the pool ends a worker: die as asked
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        return
    for other in _STOP_SIGNALS:
        signal.signal(other, signal.SIG_DFL)
    raise Interrupted(signum)


def _handle_stop_signals() -> None:
    """Turn SIGINT and SIGTERM into :class:`Interrupted`, unless they are ignored (``nohup``, ``&``)."""
    global _main_pid
    _main_pid = os.getpid()
    for signum in _STOP_SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, _on_stop_signal)


def _interrupted(signum: int) -> None:
    """One line on stderr and the shell's status for a run ended by a signal: 128 + its number."""
    _stderr().print("interrupted", markup=False, highlight=False)
    sys.exit(128 + signum)


server_app = typer.Typer(
    help="The warm server behind quotes check --warm: a process that keeps the model loaded.",
    no_args_is_help=True,
)
app.add_typer(server_app, name="server")


@server_app.command("start")
def server_start() -> None:
    """Start the server (if none runs) and wait until it answers."""
    from quotes.server import start_server

    path = start_server(wait=True)
    if path is None:
        _stderr().print("quotes: no warm server on this platform or runtime folder", markup=False)
        raise typer.Exit(1)
    typer.echo(f"warm server ready: {path}")


@server_app.command("stop")
def server_stop() -> None:
    """Stop every warm server of yours (this install's and any left by another version)."""
    from quotes.server import stop_server

    stopped = stop_server()
    typer.echo(f"stopped {stopped} warm server(s)" if stopped else "no warm server was running")


@server_app.command("status")
def server_status() -> None:
    """Say whether a server runs, with its pid and socket; exit 1 when none does."""
    from quotes.server import server_status as status

    found = status()
    if found is None:
        typer.echo("no warm server running")
        raise typer.Exit(1)
    typer.echo(f"warm server running: pid {found['pid']}, socket {found['socket']}")


def warm_up() -> None:
    """Load what ``quotes check`` needs (spaCy, the default model, the check modules) in a warm
    server, before it takes requests."""
    import quotes.check
    import quotes.check.bank
    import quotes.check.report  # noqa: F401
    from quotes.nlp.model import load_model

    load_model(None)("A warm-up, said the server.")


def run_in_server(argv: list[str]) -> int:
    """Run ``quotes ARGV`` in a warm server's child process; its exit status."""
    sys.argv = ["quotes", *argv]
    try:
        main()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


def _warm_request(argv: list[str]) -> bool:
    """``quotes check … --warm``: a run for the warm server (options end at a bare ``--``)."""
    options = argv[: argv.index("--")] if "--" in argv else argv
    return bool(argv) and argv[0] == "check" and "--warm" in options


def main() -> None:
    """Entry point of the ``quotes`` script."""
    if _warm_request(sys.argv[1:]):
        from quotes.server import run_remote

        code = run_remote(sys.argv[1:])
        if code is not None:
            sys.exit(code)
    from quotes.nlp.lean import defer_spacy_cli

    defer_spacy_cli()  # this process never runs spaCy's own commands: leave their imports out
    _handle_stop_signals()
    try:
        app()
    except Interrupted as exc:
        _interrupted(exc.signum)
    except KeyboardInterrupt:
        _interrupted(signal.SIGINT)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
