"""``quotes extract`` as a user runs it: inputs, formats, output files, bad input, exit status."""

from __future__ import annotations

import builtins
import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import without_summary, write
from typer.testing import Result

from quotes.records import RECORD_FIELDS

Cli = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
QUOTES_BIN = ROOT / ".venv" / "bin" / "quotes"

DOCUMENTED_FIELDS = (
    "article", "outlet", "published", "quote", "start", "end", "kind", "speaker", "speaker_mention",
    "speaker_start", "speaker_end", "cue", "confidence", "rule", "cue_class", "speaker_type", "within",
    "parts",
)  # fmt: skip
MARKS = "\"'“”‘’„«»"

NO_QUOTES = "Library hours extended\n\nThe town library in Wexcombe will open until nine on weekdays.\n"

UNBALANCED = (
    "Bridge closure angers commuters\n"
    "\n"
    "The Ferrant Bridge will close for repairs next week, the roads agency announced.\n"
    "\n"
    '"This will add an hour to my journey," said commuter Ilse Brandt.\n'
    "\n"
    "The agency's engineer, Tomas Quell, said the work could not wait. "
    '"The cables are older than we thought.\n'
    "\n"
    "Quell said the agency had warned drivers in March.\n"
    "\n"
    '"We will reopen as soon as it is safe," Quell added.\n'
)

HTML_PAGE = """<!doctype html>
<html><head><title>Museum reopens after flood</title>
<script>var promo = "Subscribe now for unlimited reading";</script>
</head><body>
<article>
<h1>Museum reopens after flood</h1>
<p>The Elmstead maritime museum reopened on Saturday, eight months after the river flooded its galleries.</p>
<script>window.banner = "Click here to win a prize"; console.log('"tracking pixel loaded"');</script>
<p>"We saved almost every ship model, and the volunteers worked through the night," said curator
Anneliese Morrow.</p>
<p>Visitors queued before the doors opened. "It feels like the town has its heart back," said teacher
Bram Okafor.</p>
</article>
</body></html>
"""


# --- helpers ----------------------------------------------------------------------------------------


def jsonl(result: Result) -> list[dict[str, Any]]:
    """The records of a run's JSONL output."""
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def stderr_lines(result: Result, kind: str = "error") -> list[str]:
    """The lines of stderr that report an error (or a warning)."""
    return [line for line in result.stderr.splitlines() if line.startswith(f"{kind}:")]


def _plain(text: str) -> str:
    """Words only: quotation marks dropped and white space collapsed (paragraph joins differ)."""
    return " ".join(text.translate({ord(m): " " for m in MARKS}).split())


def check_record(record: dict[str, Any], text: str) -> None:
    """A record has exactly the documented keys and its offsets point at its words in ``text``."""
    assert tuple(record) == DOCUMENTED_FIELDS
    assert 0 <= record["start"] < record["end"] <= len(text)
    pieces = " ".join(text[s:e] for s, e in record["parts"])
    assert _plain(pieces) == _plain(record["quote"])
    assert record["parts"][0][0] == record["start"] and record["parts"][-1][1] == record["end"]
    assert record["kind"] in ("direct", "partial", "reported", "scare")
    assert (record["cue_class"] is not None) == (record["kind"] == "reported")
    assert 0.0 <= record["confidence"] <= 1.0
    if record["speaker_mention"] is not None:
        assert text[record["speaker_start"] : record["speaker_end"]] == record["speaker_mention"]


def corpus(tmp_path: Path, news: dict[str, str]) -> dict[str, Path]:
    """A folder with a text file and a Markdown file in a subfolder, and a file beside it."""
    return {
        "tram": write(tmp_path / "in" / "tram.txt", news["tram"]),
        "water": write(tmp_path / "in" / "farm" / "water.md", news["water"]),
        "ferry": write(tmp_path / "ferry.txt", news["ferry"]),
    }


def assert_one_error(result: Result, path: Path | str, problem: str) -> None:
    """Exit status 1 and exactly one error line, naming the file and the problem."""
    errors = stderr_lines(result)
    assert len(errors) == 1, result.stderr
    assert str(path) in errors[0] and problem in errors[0], errors[0]
    assert result.exit_code == 1


# --- inputs -----------------------------------------------------------------------------------------


def test_record_fields_are_the_documented_ones() -> None:
    assert RECORD_FIELDS == DOCUMENTED_FIELDS


def test_files_folders_and_stdin(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    files = corpus(tmp_path, news)
    result = cli(["extract", tmp_path / "in", files["ferry"], "-"], input=news["ferry"])
    assert result.exit_code == 0, result.stderr
    assert without_summary(result.stderr) == ""
    recs = jsonl(result)
    order = [str(files["water"]), str(files["tram"]), str(files["ferry"]), "<stdin>"]  # sorted by name
    assert list(dict.fromkeys(r["article"] for r in recs)) == order
    texts = {str(files[k]): news[k] for k in files} | {"<stdin>": news["ferry"]}
    for rec in recs:
        check_record(rec, texts[rec["article"]])
    quoted = {r["quote"] for r in recs}
    assert "We need another month to study the costs," in quoted
    assert "Every delay makes the project dearer," in quoted
    assert "The rules were written without asking a single grower," in quoted
    speakers = {r["quote"]: r["speaker"] for r in recs}
    assert speakers["We need another month to study the costs,"] == "Orla Venn"
    assert speakers["The rules were written without asking a single grower,"] == "Petra Lindqvist"


def test_offsets_refer_to_the_file_as_read(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    # CRLF line endings and a BOM: offsets are in the decoded text, line endings untouched.
    text = news["tram"].replace("\n", "\r\n")
    path = write(tmp_path / "crlf.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    recs = jsonl(cli(["extract", path]))
    assert len(recs) == 2
    for rec in recs:
        check_record(rec, text)


# --- formats ----------------------------------------------------------------------------------------


def test_default_format_when_piped_is_jsonl(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    path = write(tmp_path / "tram.txt", news["tram"])
    result = cli(["extract", path])
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_default_format_on_a_terminal_is_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes import cli as cli_module

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    assert cli_module._default_format(None) == "table"
    assert cli_module._default_format(None, "-") == "table"
    # Writing to a file: the file's suffix decides, and a terminal table is never the default.
    assert cli_module._default_format(None, "out.json") == "json"
    assert cli_module._default_format(None, "out.CSV") == "csv"
    assert cli_module._default_format(None, "out.txt") == "jsonl"
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert cli_module._default_format(None) == "jsonl"


def test_format_json_is_one_array(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    files = corpus(tmp_path, news)
    as_json = json.loads(cli(["extract", tmp_path / "in", "-f", "json"]).stdout)
    as_jsonl = jsonl(cli(["extract", tmp_path / "in", "-f", "jsonl"]))
    assert isinstance(as_json, list) and len(as_json) == 3
    assert as_json == as_jsonl
    for rec in as_json:
        check_record(rec, news["tram"] if rec["article"] == str(files["tram"]) else news["water"])


def test_format_json_with_no_records(tmp_path: Path, cli: Cli) -> None:
    path = write(tmp_path / "plain.txt", NO_QUOTES)
    result = cli(["extract", path, "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_format_csv_header_and_rows(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    path = write(tmp_path / "tram.txt", news["tram"])
    result = cli(["extract", path, "-f", "csv"])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == RECORD_FIELDS
    expected = jsonl(cli(["extract", path]))
    assert len(rows) == 1 + len(expected) == 3
    for row, rec in zip(rows[1:], expected, strict=True):
        rec["parts"] = ";".join(f"{s}-{e}" for s, e in rec["parts"])  # CSV's form of the spans
        assert row == ["" if v is None else str(v) for v in rec.values()]


def test_format_table(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    path = write(tmp_path / "tram.txt", news["tram"])
    result = cli(["extract", path, "-f", "table"])
    assert result.exit_code == 0
    assert "speaker" in result.stdout and "Orla Venn" in result.stdout
    assert "─" in result.stdout or "━" in result.stdout  # a drawn table, not JSON
    assert not result.stdout.lstrip().startswith(("{", "["))
    empty = cli(["extract", write(tmp_path / "plain.txt", NO_QUOTES), "-f", "table"])
    assert empty.stdout.strip() == "no records"


# --- output files -----------------------------------------------------------------------------------


def test_output_file(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    path = write(tmp_path / "tram.txt", news["tram"])
    out = tmp_path / "out" / "quotes.json"
    out.parent.mkdir()
    result = cli(["extract", path, "-f", "json", "--output", out])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 2
    assert os.listdir(out.parent) == ["quotes.json"]  # no temporary file left
    assert (out.stat().st_mode & 0o777) == 0o666 & ~_umask()
    # No --format: the suffix decides.
    csv_out = tmp_path / "out" / "quotes.csv"
    cli(["extract", path, "-o", csv_out])
    assert csv_out.read_text(encoding="utf-8").splitlines()[0] == ",".join(RECORD_FIELDS)


def test_output_written_into_the_corpus_is_not_read_back(
    tmp_path: Path, cli: Cli, news: dict[str, str]
) -> None:
    # `quotes extract news -o news/quotes.jsonl`, run twice: the records are not articles.
    write(tmp_path / "news" / "tram.txt", news["tram"])
    out = tmp_path / "news" / "quotes.jsonl"
    first = cli(["extract", tmp_path / "news", "-o", out])
    again = cli(["extract", tmp_path / "news", "-o", out])
    assert first.exit_code == again.exit_code == 0, again.stderr
    assert without_summary(again.stderr) == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (RuntimeError("disk gremlin"), "disk gremlin"),
        (OSError(28, "No space left on device"), "cannot write: No space left on device"),
    ],
)
def test_output_untouched_when_run_fails_midway(
    tmp_path: Path,
    cli: Cli,
    news: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
    message: str,
) -> None:
    from quotes.write import formats

    files = corpus(tmp_path, news)
    out = write(tmp_path / "result" / "quotes.jsonl", '{"old": true}\n')
    real_write = formats.JsonlWriter.write

    def failing_write(self: formats.JsonlWriter, record: dict[str, Any]) -> None:
        if self.count >= 1:  # the first record goes through, the second fails
            raise failure
        real_write(self, record)

    monkeypatch.setattr(formats.JsonlWriter, "write", failing_write)
    result = cli(["extract", tmp_path / "in", files["ferry"], "-f", "jsonl", "-o", out])
    assert result.exit_code == 1
    errors = stderr_lines(result)
    assert len(errors) == 1 and message in errors[0]
    assert out.read_text(encoding="utf-8") == '{"old": true}\n'
    assert os.listdir(out.parent) == ["quotes.jsonl"]


def test_output_keeps_good_records_when_an_input_fails(
    tmp_path: Path, cli: Cli, news: dict[str, str]
) -> None:
    good = write(tmp_path / "tram.txt", news["tram"])
    out = write(tmp_path / "quotes.json", "[]")
    result = cli(["extract", tmp_path / "missing.txt", good, "-o", out])
    assert_one_error(result, tmp_path / "missing.txt", "no such file")
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 2


def test_output_to_a_folder_fails_before_the_run(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    good = write(tmp_path / "tram.txt", news["tram"])
    result = cli(["extract", good, "-o", tmp_path])
    assert result.exit_code == 2  # a usage error, found before any work
    assert stderr_lines(result) == [f"error: {tmp_path}: cannot write: Is a directory"]
    assert sorted(os.listdir(tmp_path)) == ["tram.txt"]


# --- bad input: one line on stderr, the other files still processed -----------------------------------


@pytest.fixture
def good(tmp_path: Path, news: dict[str, str]) -> Path:
    """A readable article to go with every bad one."""
    return write(tmp_path / "good" / "tram.txt", news["tram"])


def assert_good_kept(result: Result, good: Path) -> None:
    """The good file's two quotations are in the output."""
    assert [r["article"] for r in jsonl(result)] == [str(good), str(good)]


def test_missing_file(tmp_path: Path, cli: Cli, good: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = cli(["extract", missing, good])
    assert_one_error(result, missing, "no such file or directory")
    assert_good_kept(result, good)


def test_unreadable_file(
    tmp_path: Path, cli: Cli, good: Path, news: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = write(tmp_path / "locked.txt", news["ferry"])
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    result = cli(["extract", locked, good])
    assert_one_error(result, locked, "permission denied")
    assert_good_kept(result, good)


def test_binary_file(tmp_path: Path, cli: Cli, good: Path) -> None:
    blob = write(tmp_path / "photo.txt", bytes(range(256)) * 40)
    result = cli(["extract", blob, good])
    assert_one_error(result, blob, "binary")
    assert_good_kept(result, good)


def test_undecodable_bytes(tmp_path: Path, cli: Cli, good: Path) -> None:
    # Not UTF-8, and 0x81/0x8d/0x90 are not cp1252 either.
    bad = write(tmp_path / "mangled.txt", b'Caf\xe9 owner said "\x81\x8d\x90" twice.\n')
    result = cli(["extract", bad, good])
    assert_one_error(result, bad, "UTF-8")
    assert_good_kept(result, good)


def test_empty_file(tmp_path: Path, cli: Cli, good: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    result = cli(["extract", empty, good])
    assert_one_error(result, empty, "empty")
    assert_good_kept(result, good)


def test_file_over_the_size_limit(tmp_path: Path, cli: Cli, good: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # 20 MB, over the default 10 MB limit
        handle.write(b"Nothing was said at the meeting. " * 610_000)
    result = cli(["extract", big, good])
    assert_one_error(result, big, "limit")
    assert "--max-bytes" in stderr_lines(result)[0]
    assert_good_kept(result, good)


def test_max_bytes_changes_the_limit(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    small = write(tmp_path / "ferry.txt", news["ferry"])
    large = write(tmp_path / "tram.txt", news["tram"] + "\n" + news["water"])
    size = large.stat().st_size
    refused = cli(["extract", large, small, "--max-bytes", size - 1])
    assert_one_error(refused, large, f"over the {size - 1} bytes limit")
    assert [r["article"] for r in jsonl(refused)] == [str(small)]
    accepted = cli(["extract", large, small, "--max-bytes", size])
    assert accepted.exit_code == 0 and len(jsonl(accepted)) == 4


def test_html_script_is_not_quoted(tmp_path: Path, cli: Cli, good: Path) -> None:
    page = write(tmp_path / "museum.html", HTML_PAGE)
    result = cli(["extract", page, good])
    assert result.exit_code == 0 and without_summary(result.stderr) == ""
    recs = [r for r in jsonl(result) if r["article"] == str(page)]
    quoted = " ".join(r["quote"] for r in recs)
    assert len(recs) == 2
    assert "ship model" in quoted and "heart back" in quoted
    for script_words in ("Subscribe", "prize", "tracking", "promo", "banner"):
        assert script_words not in result.stdout


def test_unbalanced_quotation_marks(tmp_path: Path, cli: Cli, good: Path) -> None:
    broken = write(tmp_path / "bridge.txt", UNBALANCED)
    result = cli(["extract", broken, good, "--kinds", "direct,partial,scare"])
    assert result.exit_code == 0  # a warning, not a failure
    assert stderr_lines(result) == []
    warnings = stderr_lines(result, "warning")
    assert len(warnings) == 1 and str(broken) in warnings[0] and "unpaired" in warnings[0]
    recs = jsonl(result)
    quoted = [r["quote"] for r in recs if r["article"] == str(broken)]
    assert "This will add an hour to my journey," in quoted
    assert "We will reopen as soon as it is safe," in quoted
    # The unclosed quotation stops at the end of its paragraph.
    assert not any("warned drivers" in q for q in quoted)
    for rec in recs:
        if rec["article"] == str(broken):
            check_record(rec, UNBALANCED)
    assert [r["article"] for r in recs].count(str(good)) == 2


def test_jsonl_with_one_bad_line(tmp_path: Path, cli: Cli, good: Path) -> None:
    lines = [
        {
            "id": "coast-1",
            "text": '"We are ready for the storm," said harbour master Wendel Cray.',
            "outlet": "Coast Courier",
        },
        None,
        {
            "id": "coast-3",
            "text": '"Schools will stay open," said education chief Rana Obi.',
            "published": "2024-03-02",
        },
    ]
    raw = "\n".join('{"id": "coast-2", "text": unquoted}' if x is None else json.dumps(x) for x in lines)
    feed = write(tmp_path / "feed.jsonl", raw + "\n")
    result = cli(["extract", feed, good])
    assert_one_error(result, f"{feed}:2", "not valid JSON")
    recs = jsonl(result)
    assert [r["article"] for r in recs] == ["coast-1", "coast-3", str(good), str(good)]
    assert recs[0]["outlet"] == "Coast Courier" and recs[1]["published"] == "2024-03-02"
    for rec, line in zip(recs[:2], (lines[0], lines[2]), strict=True):
        check_record(rec, line["text"])  # type: ignore[index]


def test_article_that_breaks_attribution(
    tmp_path: Path, cli: Cli, good: Path, news: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotes import pipeline

    cursed = write(tmp_path / "cursed.txt", news["ferry"])
    real_finish = pipeline.finish

    def finish(prep: Any, doc: Any) -> Any:
        if prep.article.id == str(cursed):
            raise IndexError("list index out of range\nwith a second line")
        return real_finish(prep, doc)

    monkeypatch.setattr(pipeline, "finish", finish)
    result = cli(["extract", cursed, good])
    assert_one_error(result, cursed, "could not attribute: list index out of range with a second line")
    assert_good_kept(result, good)


def test_several_bad_inputs_one_line_each(tmp_path: Path, cli: Cli, good: Path) -> None:
    missing = tmp_path / "gone [draft].txt"  # brackets are not rich markup: the name is shown as is
    empty = write(tmp_path / "empty.md", b"  \n")
    result = cli(["extract", missing, empty, good])
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"error: {missing}: no such file or directory",
        f"error: {empty}: empty file",
    ]
    assert_good_kept(result, good)


# --- usage errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option"],
        ["--format", "xml"],
        ["--workers", "0"],
        ["--max-bytes", "0"],
        ["--model", "xx_no_such_pipeline"],
        ["--model", "xx_no_such_pipeline", "--workers", "2"],
        ["--encoding", "no-such-codec"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, cli: Cli, good: Path, args: list[str]) -> None:
    out = write(tmp_path / "kept.json", "[]")
    result = cli(["extract", good, "-o", out, *args])
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert out.read_text() == "[]"
    assert result.stderr.strip()


def test_missing_model_error_is_one_line(cli: Cli, good: Path) -> None:
    result = cli(["extract", good, "--model", "xx_no_such_pipeline"])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "xx_no_such_pipeline" in lines[0]


# --- workers, progress, quiet -----------------------------------------------------------------------


def test_two_workers_give_the_same_records(tmp_path: Path, cli: Cli, news: dict[str, str]) -> None:
    corpus(tmp_path, news)
    one = cli(["extract", tmp_path, "--workers", "1"])
    two = cli(["extract", tmp_path, "--workers", "2", "--batch-size", "1"])
    assert one.exit_code == two.exit_code == 0
    assert len(jsonl(one)) == 4
    assert jsonl(two) == jsonl(one)


def test_no_progress_bar_or_colour_when_not_a_terminal(tmp_path: Path, cli: Cli, good: Path) -> None:
    broken = write(tmp_path / "bridge.txt", UNBALANCED)
    result = cli(["extract", broken, tmp_path / "missing.txt", good])
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    lines = without_summary(result.stderr).splitlines()
    assert len(lines) == 2
    assert all(line.startswith(("error: ", "warning: ")) for line in lines)


def test_quiet_suppresses_warnings_not_errors(tmp_path: Path, cli: Cli, good: Path) -> None:
    broken = write(tmp_path / "bridge.txt", UNBALANCED)
    latin = write(tmp_path / "latin.txt", '"The café stays open," said owner Noé Brandel.\n'.encode("cp1252"))
    loud = cli(["extract", broken, latin, tmp_path / "missing.txt", good])
    assert len(stderr_lines(loud, "warning")) == 2
    quiet = cli(["extract", broken, latin, tmp_path / "missing.txt", good, "--quiet"])
    assert stderr_lines(quiet, "warning") == []
    assert len(stderr_lines(quiet)) == 1 and quiet.exit_code == 1
    assert jsonl(quiet) == jsonl(loud)


# --- the repository's seed articles -----------------------------------------------------------------


@pytest.mark.slow  # the whole seed set, end to end
def test_seeds_smoke(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = cli(["extract", "seeds", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    recs = json.loads(result.stdout)
    assert len(recs) >= 40
    texts: dict[str, str] = {}
    for rec in recs:
        if rec["article"] not in texts:
            with open(ROOT / rec["article"], encoding="utf-8-sig", newline="") as handle:
                texts[rec["article"]] = handle.read()
        check_record(rec, texts[rec["article"]])


# --- the real entry point ---------------------------------------------------------------------------


def _run(*args: object, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CLICOLOR_FORCE")}
    return subprocess.run(
        [str(QUOTES_BIN), *map(str, args)], capture_output=True, text=True, input=stdin, timeout=120, env=env
    )


@pytest.mark.skipif(not QUOTES_BIN.exists(), reason="no .venv/bin/quotes")
@pytest.mark.slow
def test_entry_point_bad_inputs_exit_1(tmp_path: Path, news: dict[str, str]) -> None:
    good = write(tmp_path / "tram.txt", news["tram"])
    blob = write(tmp_path / "blob.txt", b"\x00\x01\x02" * 100)
    proc = _run("extract", tmp_path / "missing.txt", blob, good, "-", stdin=news["ferry"])
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert without_summary(proc.stderr).splitlines() == [
        f"error: {tmp_path / 'missing.txt'}: no such file or directory",
        f"error: {blob}: binary data, not text",
    ]
    recs = [json.loads(line) for line in proc.stdout.splitlines()]  # piped: JSONL by default
    assert [r["article"] for r in recs] == [str(good), str(good), "<stdin>"]


@pytest.mark.skipif(not QUOTES_BIN.exists(), reason="no .venv/bin/quotes")
@pytest.mark.slow
def test_entry_point_usage_error_exit_2_and_success_exit_0(tmp_path: Path, news: dict[str, str]) -> None:
    good = write(tmp_path / "tram.txt", news["tram"])
    usage = _run("extract", good, "--workers", "0")
    assert usage.returncode == 2 and usage.stdout == "" and "Traceback" not in usage.stderr
    ok = _run("extract", good, "-f", "csv")
    assert ok.returncode == 0 and without_summary(ok.stderr) == ""
    assert next(csv.reader(io.StringIO(ok.stdout))) == list(RECORD_FIELDS)
