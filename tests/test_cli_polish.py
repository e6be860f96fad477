"""The command line's finish: progress and one summary line on stderr, whole quotations in tables
(``--width``), options that mean the same in every format, help without Python type names, one
version, and names or escapes that no writer chokes on."""

from __future__ import annotations

import csv
import importlib.metadata
import io
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import write
from rich.cells import cell_len
from rich.console import Console
from typer.testing import Result

import quotes
from quotes import cli as cli_module

Cli = Callable[..., Result]

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
SUMMARY = re.compile(r"^(\d+) articles?, (\d+) quotations?, (?:\d+ reported, )?(\d+) skipped in \d+\.\d s$")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")

LONG_QUOTE = (
    "We will rebuild the harbour wall stone by stone before the winter storms arrive, and every family "
    "that lost a boat this week will get help from the council to buy another one,"
)
LONG = f'Harbour wall to be rebuilt\n\n"{LONG_QUOTE}" said harbour master Idris Calloway.\n'

# Two outlets quote one statement; a third statement is printed by one outlet only.
SHARED = (
    '"The new bridge will open to traffic on the first of June," said county engineer Halvard Mossgrove.\n'
)
OUTLETS = {
    "herald.txt": ("Pellford Herald", f"Bridge opens in June\n\n{SHARED}"),
    "gazette.txt": ("Valley Gazette", f"June date for the bridge\n\n{SHARED}"),
    "post.txt": (
        "Riverside Post",
        "Ferry fares frozen\n\n"
        '"Nobody will pay more for the crossing this year," said ferry operator Selma Oduya.\n',
    ),
}
LONE_WORDS = "Nobody will pay more for the crossing this year"


def summary(result: Result) -> tuple[int, int, int]:
    """Articles, quotations and skipped inputs of the summary line, the last line on stderr."""
    last = result.stderr.splitlines()[-1]
    match = SUMMARY.match(last)
    assert match, result.stderr
    articles, quotations, skipped = map(int, match.groups())
    return articles, quotations, skipped


@pytest.fixture
def corpus(tmp_path: Path, news: dict[str, str]) -> Path:
    """Two articles with three quotations between them."""
    write(tmp_path / "in" / "tram.txt", news["tram"])
    write(tmp_path / "in" / "water.md", news["water"])
    return tmp_path / "in"


@pytest.fixture
def outlets(tmp_path: Path) -> Path:
    folder = tmp_path / "outlets"
    rows = ["file,outlet,published,title,url"]
    for name, (outlet, text) in OUTLETS.items():
        write(folder / name, text)
        rows.append(f"{name},{outlet},2024-05-0{len(rows)},,")
    write(folder / "manifest.csv", "\n".join(rows) + "\n")
    return folder


# --- 1. one summary line on stderr; a progress bar with totals on a terminal -----------------------


def test_extract_ends_with_one_summary_line(cli: Cli, corpus: Path, tmp_path: Path) -> None:
    result = cli(["extract", corpus, tmp_path / "missing.txt", "-f", "jsonl"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[:-1] == [f"error: {tmp_path / 'missing.txt'}: no such file or directory"]
    assert summary(result) == (2, 3, 1)
    assert len(result.stdout.splitlines()) == 3


def test_extract_gives_the_records_of_quotation_marks_unless_asked_for_all(cli: Cli, tmp_path: Path) -> None:
    text = 'Pier news\n\n"The pier is safe," said Ilse Marren. Marren said the "pier people" would be pleased.\n'
    path = write(tmp_path / "pier.txt", text)
    default = cli(["extract", path, "-f", "jsonl"])
    every = cli(["extract", path, "-f", "jsonl", "--kinds", "all"])
    assert [json.loads(line)["kind"] for line in default.stdout.splitlines()] == ["direct", "partial"]
    assert sorted(json.loads(line)["kind"] for line in every.stdout.splitlines()) == ["direct", "partial", "reported"]
    bad = cli(["extract", path, "--kinds", "quotes"])
    assert bad.exit_code == 2
    assert "unknown kind 'quotes': choose from direct, partial, reported, scare or all" in bad.stderr


def test_the_summary_counts_reported_contents_apart_from_quotations(cli: Cli, tmp_path: Path) -> None:
    text = 'Pier reopens\n\n"The pier is safe," said Ilse Marren. Marren said the cafe would open in May.\n'
    result = cli(["extract", write(tmp_path / "pier.txt", text), "-f", "jsonl", "--kinds", "all"])
    assert result.exit_code == 0
    kinds = sorted(json.loads(line)["kind"] for line in result.stdout.splitlines())
    assert kinds == ["direct", "reported"]
    assert re.fullmatch(
        r"1 article, 1 quotation, 1 reported, 0 skipped in \d+\.\d s", result.stderr.splitlines()[-1]
    )


def test_every_long_command_ends_with_one_summary_line(cli: Cli, corpus: Path, tmp_path: Path) -> None:
    compared = cli(["compare", corpus, "-f", "json"])
    assert compared.exit_code == 0 and compared.stderr.count("\n") == 1
    assert summary(compared) == (2, 3, 0)
    checked = cli(["check", corpus])
    assert checked.exit_code == 0 and checked.stderr.count("\n") == 1
    assert summary(checked) == (2, 3, 0)
    db = tmp_path / "q.db"
    indexed = cli(["index", corpus, "--db", db])
    assert indexed.exit_code == 0
    (line,) = indexed.stderr.splitlines()
    assert re.fullmatch(
        rf"{re.escape(str(db))}: 2 added, 0 replaced, 0 unchanged; the bank holds 2 articles and "
        r"3 quotations; 0 skipped in \d+\.\d s",
        line,
    ), line


@pytest.mark.parametrize("command", ["extract", "compare", "check", "index"])
def test_quiet_means_no_summary_line(cli: Cli, corpus: Path, tmp_path: Path, command: str) -> None:
    extra = ["--db", tmp_path / "q.db"] if command == "index" else ["-o", tmp_path / "out.txt"]
    result = cli([command, corpus, *extra, "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("command", "label"),
    [("extract", "extracting"), ("compare", "extracting"), ("check", "checking"), ("index", "indexing")],
)
def test_progress_bar_with_totals_on_a_terminal(
    cli: Cli, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, label: str
) -> None:
    # A JSONL file of two articles: three files, four articles, five quotations in all.
    lines = [
        json.dumps({"id": "wire-1", "text": OUTLETS["post.txt"][1]}),
        json.dumps({"id": "wire-2", "text": LONG}),
    ]
    write(corpus / "wire.jsonl", "\n".join(lines) + "\n")
    terminal = io.StringIO()
    monkeypatch.setattr(cli_module, "_is_terminal", lambda: True)
    monkeypatch.setattr(
        cli_module, "_stderr", lambda: Console(file=terminal, force_terminal=True, width=120, highlight=False)
    )
    extra = ["--db", tmp_path / "q.db"] if command == "index" else ["-o", tmp_path / "out.txt"]
    result = cli([command, corpus, *extra])
    assert result.exit_code == 0, terminal.getvalue()
    shown = ANSI.sub("", terminal.getvalue())
    assert f"{label} 3 files" in shown
    done = "4/4 articles" if command == "index" else "4/4 articles · 5 quotations"
    assert done in shown
    assert shown.rstrip().splitlines()[-1].endswith(" s")  # the summary line after the bar


def test_no_progress_bar_when_not_a_terminal(cli: Cli, corpus: Path) -> None:
    result = cli(["extract", corpus])
    assert "\x1b" not in result.stderr and "━" not in result.stderr and "\r" not in result.stderr


# --- 2. whole quotations in the table; --width ------------------------------------------------------


def test_table_shows_the_whole_quotation_and_width_sets_its_width(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "harbour.txt", LONG)
    wide = cli(["extract", path, "-f", "table", "--width", "260"])
    assert wide.exit_code == 0
    assert LONG_QUOTE in wide.stdout  # on one line, not cut short
    assert max(cell_len(line) for line in wide.stdout.splitlines()) == 260
    narrow = cli(["extract", path, "-f", "table", "--width", "70"])
    assert narrow.exit_code == 0
    assert "…" not in narrow.stdout
    assert max(cell_len(line) for line in narrow.stdout.splitlines()) == 70
    words = " ".join(
        line.split("│")[-2].strip() for line in narrow.stdout.splitlines() if line.count("│") > 2
    )
    assert LONG_QUOTE in " ".join(words.split())  # wrapped, every word kept, in order


def test_compare_table_width(cli: Cli, outlets: Path) -> None:
    for width in (60, 200):
        result = cli(["compare", outlets, "-f", "table", "--width", str(width)])
        assert result.exit_code == 0
        assert max(cell_len(line) for line in result.stdout.splitlines()) == width
    assert cli(["compare", outlets, "-f", "table", "--width", "5"]).exit_code == 2


# --- 3. an option means the same in every format ----------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_compare_all_is_the_same_in_every_format(cli: Cli, outlets: Path, fmt: str) -> None:
    def quotations(*args: str) -> str:
        result = cli(["compare", outlets, "-f", fmt, "--width", "200", *args])
        assert result.exit_code == 0
        if fmt == "json":
            return " ".join(st["text"] for st in json.loads(result.stdout)["statements"])
        if fmt == "jsonl":
            return " ".join(json.loads(line)["text"] for line in result.stdout.splitlines())
        if fmt == "csv":
            return " ".join(row["quote"] for row in csv.DictReader(io.StringIO(result.stdout)))
        return result.stdout

    shared = quotations()
    assert "first of June" in shared and LONE_WORDS not in shared
    everything = quotations("--all")
    assert "first of June" in everything and LONE_WORDS in everything


def test_compare_json_keeps_every_outlet_in_the_summary(cli: Cli, outlets: Path) -> None:
    doc = json.loads(cli(["compare", outlets, "-f", "json"]).stdout)
    assert len(doc["statements"]) == 1
    assert {row["outlet"] for row in doc["outlets"]} == {outlet for outlet, _ in OUTLETS.values()}


@pytest.mark.parametrize(("suffix", "kind"), [(".sarif", "sarif"), (".json", "json"), (".txt", "text")])
def test_check_output_suffix_decides_the_format(
    cli: Cli, corpus: Path, tmp_path: Path, suffix: str, kind: str
) -> None:
    out = tmp_path / f"report{suffix}"
    assert cli(["check", corpus, "-o", out]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    if kind == "text":
        assert text.startswith("All quotations checked")
    else:
        assert json.loads(text)["version"] == ("2.1.0" if kind == "sarif" else 1)


# --- 4. help without Python type names --------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["extract"], ["compare"], ["check"], ["index"]])
def test_help_shows_metavars_not_python_types(cli: Cli, command: list[str]) -> None:
    result = cli([*command, "--help"])
    assert result.exit_code == 0
    text = result.stdout
    assert not re.search(r"<[^>\n]*>", text), text
    assert not re.search(r"\b(?:list|str|int|float|bool|dict)\b|\[str\]", text, re.IGNORECASE), text
    assert not re.search(r"\b(?:TEXT|INTEGER|BOOLEAN|FLOAT|RANGE)\b", text), text
    if command:
        usage = text.splitlines()[0]
        assert re.fullmatch(rf"Usage: \S+ {command[0]} \[OPTIONS\] (PATH\.\.\.|\[PATH\.\.\.\])", usage), usage
    if command in (["extract"], ["compare"]):
        for shown in ("--format FORMAT", "--output FILE", "--workers N", "--max-bytes N", "--width N"):
            assert shown in text


# --- 5. one version ---------------------------------------------------------------------------------


def test_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "quotes.__version__"}
    assert importlib.metadata.version("quotes") == quotes.__version__


def test_version_option(cli: Cli) -> None:
    result = cli(["--version"])
    assert result.exit_code == 0 and result.stdout == f"quotes {quotes.__version__}\n"


def _run_python(code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE")}
    proc = subprocess.run(
        [str(PYTHON if PYTHON.exists() else sys.executable), "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


_IN_PROCESS = """
import sys
from quotes.cli import main
sys.argv = ["quotes", *{args!r}]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
print("spacy" in sys.modules, "quotes.pipeline" in sys.modules)
"""


def test_version_does_not_import_spacy() -> None:
    out = _run_python(_IN_PROCESS.format(args=["--version"]))
    assert out.splitlines() == [f"quotes {quotes.__version__}", "False False"]


def test_readme_pre_commit_example_uses_the_version_tag() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("### As a pre-commit hook", 1)[1].split("```yaml", 1)[1].split("```", 1)[0]
    assert f"rev: v{quotes.__version__}" in block
    assert re.search(r"^\s+files: \S", block, re.MULTILINE)
    assert re.search(r"^\s+exclude: \S", block, re.MULTILINE)
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^\s+- id: quotes-check$", block, re.MULTILINE) and "- id: quotes-check" in hooks


# --- 6. surrogates and undecodable names; no spaCy for an unchanged bank ----------------------------


def test_jsonl_surrogate_escape_is_replaced_with_a_warning(cli: Cli, tmp_path: Path) -> None:
    text = OUTLETS["post.txt"][1].replace("more", "more \ud800")
    source = write(
        tmp_path / "wire.jsonl", json.dumps({"id": "a1", "text": text, "outlet": "Bay \udc80"}) + "\n"
    )
    result = cli(["extract", source, "-f", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        f"warning: {source}:1: 2 lone surrogates (undecodable characters) replaced with U+FFFD"
    )
    (record,) = map(json.loads, result.stdout.splitlines())
    assert "more \ufffd" in record["quote"] and record["outlet"] == "Bay \ufffd"


@pytest.fixture
def odd_name(tmp_path: Path) -> tuple[Path, str]:
    """A folder holding a draft whose file name is not UTF-8, and that name as every output writes it."""
    folder = tmp_path / "desk"
    folder.mkdir()
    draft = (
        "# Storm damage\n\nThe harbour wall collapsed on Sunday night.\n\n"
        '"We will rebuild it before the winter storms arrive, whatever it costs."\n\n'
        f"{SHARED}"
    )
    try:
        with open(os.fsencode(folder) + b"/caf\xff.md", "w", encoding="utf-8") as handle:
            handle.write(draft)
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return folder, f"{folder}/caf\\udcff.md"


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "table"])
def test_an_undecodable_file_name_is_written_as_an_escape_in_every_format(
    cli: Cli, odd_name: tuple[Path, str], tmp_path: Path, fmt: str
) -> None:
    folder, shown = odd_name
    out = tmp_path / f"out.{fmt}"
    result = cli(["extract", folder, "-f", fmt, "-o", out, "--width", "200"])
    assert result.exit_code == 0, result.stderr
    written = out.read_text(encoding="utf-8")
    if fmt == "csv":
        articles = {row["article"] for row in csv.DictReader(io.StringIO(written))}
    elif fmt == "json":
        articles = {r["article"] for r in json.loads(written)}
    elif fmt == "jsonl":
        articles = {json.loads(line)["article"] for line in written.splitlines()}
    else:
        assert Path(shown).name in written
        return
    assert articles == {shown}


def test_an_undecodable_file_name_in_compare_and_check(
    cli: Cli, odd_name: tuple[Path, str], tmp_path: Path
) -> None:
    folder, shown = odd_name
    out = tmp_path / "versions.csv"
    assert cli(["compare", folder, "--all", "-o", out]).exit_code == 0
    assert {row["article"] for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))} == {shown}
    for fmt in ("text", "json", "sarif"):
        report = tmp_path / f"report.{fmt}"
        result = cli(["check", folder, "-f", fmt, "-o", report])
        assert result.exit_code == 0, result.stderr
        written = report.read_text(encoding="utf-8")
        if fmt == "text":
            assert written.startswith(f"{shown}:5:")
        elif fmt == "json":
            assert {f["path"] for f in json.loads(written)["findings"]} == {shown}
        else:
            (run,) = json.loads(written)["runs"]
            assert run["results"] and all(
                "%5Cudcff" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for r in run["results"]
            )


@pytest.mark.slow  # a fresh interpreter, to see what it imports
def test_index_of_an_unchanged_folder_does_not_import_spacy(cli: Cli, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    assert cli(["index", corpus, "--db", db]).exit_code == 0
    out = _run_python(_IN_PROCESS.format(args=["index", str(corpus), "--db", str(db), "--quiet"]))
    assert out.splitlines() == ["False False"]
    out = _run_python("import sys, quotes.check, quotes.check.rules; print('spacy' in sys.modules)")
    assert out.splitlines() == ["False"]
