"""``--output`` that is not a regular file (a pipe, a device, a folder), and runs ended by a signal."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import write
from typer.testing import Result

Cli = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
QUOTES_BIN = ROOT / ".venv" / "bin" / "quotes"

# Invented: a harbour town, its mayor and a fisherman.
ARTICLE = (
    "Harbour wall to be raised\n"
    "\n"
    "The Saltmere town council will raise the harbour wall by a metre before the winter storms.\n"
    "\n"
    '"We cannot let the sea into the market square again," said mayor Hester Quarrie.\n'
    "\n"
    'Fisherman Aldo Brennock welcomed the plan. "It is late, but it is right," Brennock said.\n'
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """One invented article with two quotations."""
    return write(tmp_path / "in" / "harbour.txt", ARTICLE)


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _quoted(records: list[dict[str, object]]) -> list[bool]:
    """For each record, whether it is one of the article's two quotations."""
    return [any(w in str(r["quote"]) for w in ("into the market square", "late, but")) for r in records]


def _no_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any rename over a file fail the run (so a regression cannot replace /dev/null)."""

    def refuse(src: object, dst: object) -> None:
        raise AssertionError(f"{dst} would have been replaced")

    monkeypatch.setattr(os, "replace", refuse)


# --- outputs that are streamed, not replaced -----------------------------------------------------------


def test_a_named_pipe_is_written_into_and_stays_a_pipe(tmp_path: Path, cli: Cli, article: Path) -> None:
    fifo = tmp_path / "records.pipe"
    os.mkfifo(fifo)
    keeper = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # lets both ends open at once; no test can hang
    received: list[str] = []

    def read() -> None:
        with open(fifo, encoding="utf-8") as pipe:
            received.append(pipe.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        result = cli(["extract", article, "-f", "jsonl", "-o", fifo, "--kinds", "direct,partial"])
    finally:
        os.close(keeper)  # the reader sees the end once the command has closed its end too
    reader.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert _quoted(_records("".join(received))) == [True, True]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "records.pipe"]


def test_dev_null_is_written_into_and_stays_a_device(
    cli: Cli, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_replace(monkeypatch)
    result = cli(["extract", article, "-f", "jsonl", "-o", "/dev/null"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not [p for p in os.listdir("/dev") if p.endswith(".tmp")]


@pytest.mark.slow  # a subprocess with the real /dev/stdout
def test_dev_stdout_appends_to_what_stdout_already_holds(tmp_path: Path, article: Path) -> None:
    out = write(tmp_path / "log.jsonl", '{"header": true}\n')
    with open(out, "a", encoding="utf-8") as stdout:  # as the shell does for: quotes … >> log.jsonl
        done = subprocess.run(
            [QUOTES_BIN, "extract", article, "-f", "jsonl", "-o", "/dev/stdout", "--kinds", "direct,partial"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    records = _records(out.read_text(encoding="utf-8"))
    assert records[0] == {"header": True}
    assert _quoted(records[1:]) == [True, True]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "log.jsonl"]


# --- a folder as output: a usage error, before the run -------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "compare", "check"])
def test_a_folder_as_output_is_a_usage_error(tmp_path: Path, cli: Cli, article: Path, command: str) -> None:
    folder = tmp_path / "results"
    folder.mkdir()
    result = cli([command, article, "-o", folder])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(folder) in lines[0], result.stderr
    assert list(folder.iterdir()) == []


# --- SIGINT and SIGTERM: the old output stays, no temporary file, one line, 128 + signal -----------------


def _default_sigint() -> None:
    """In the child: take SIGINT as usual even if this test run ignores it (a background job)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_leaves_the_old_output_and_no_temporary_file(
    tmp_path: Path, signum: signal.Signals, status: int
) -> None:
    for n in range(200):
        write(tmp_path / "in" / f"harbour{n:03}.txt", ARTICLE.replace("a metre", f"{n + 1} centimetres"))
    out = write(tmp_path / "quotes.jsonl", '{"previous": "run"}\n')
    proc = subprocess.Popen(
        [QUOTES_BIN, "extract", tmp_path / "in", "-f", "jsonl", "-o", out],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_sigint,
    )
    try:
        start = time.monotonic()
        while not list(tmp_path.glob(".*.tmp")) and time.monotonic() - start < 30:
            time.sleep(0.05)  # the run has started writing its temporary file
        time.sleep(0.5)
        assert proc.poll() is None, "the run ended before the signal; give it more articles"
        proc.send_signal(signum)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == status, stderr
    assert stderr.splitlines() == ["interrupted"]
    assert stdout == ""
    assert out.read_text(encoding="utf-8") == '{"previous": "run"}\n'
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "quotes.jsonl"]
