"""``quotes check --warm`` and ``quotes server``: the run moves to a process that keeps the model
loaded, and nothing a user sees changes: the same output, byte for byte, and the same exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import without_summary, write

from quotes import server

pytestmark = pytest.mark.skipif(not server.supported(), reason="no Unix sockets with descriptor passing")

QUOTES = str(Path(sys.executable).with_name("quotes"))
SOURCE = (
    "Harbour plan approved\n\n"
    '"We will not raise the mooring fees this year, whatever the budget says," said harbour master '
    "Oona Brandt on Tuesday.\n"
)
FAITHFUL = (
    "Fees stay put\n\n"
    '"We will not raise the mooring fees this year, whatever the budget says," said Oona Brandt.\n'
)
FLIPPED = FAITHFUL.replace("will not raise", "will raise")


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An environment whose runtime folder is private to the test; any server is stopped after."""
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    environ = {**os.environ, "XDG_RUNTIME_DIR": str(run), "QUOTES_SERVER_IDLE": "120"}
    yield environ
    subprocess.run([QUOTES, "server", "stop"], env=environ, capture_output=True, timeout=30)


def quotes(env: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([QUOTES, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def status(env: dict[str, str]) -> dict[str, object] | None:
    done = subprocess.run(
        [sys.executable, "-c", "import json, quotes.server as s; print(json.dumps(s.server_status()))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return json.loads(done.stdout)


@pytest.mark.slow
def test_a_warm_check_gives_the_cold_output_and_status_and_runs_in_the_server(
    tmp_path: Path, env: dict[str, str]
) -> None:
    write(tmp_path / "source.txt", SOURCE)
    write(tmp_path / "good.md", FAITHFUL)
    write(tmp_path / "bad.md", FLIPPED)
    started = quotes(env, "server", "start")
    assert started.returncode == 0, started.stderr
    assert "warm server ready" in started.stdout
    assert status(env)["runs"] == 0  # type: ignore[index]
    for draft, code in (("bad.md", 1), ("good.md", 0)):
        for fmt in ("json", "text", "sarif"):
            args = ("check", draft, "--against", "source.txt", "--format", fmt)
            cold = quotes(env, *args, cwd=tmp_path)  # relative paths: the server runs in our folder
            warm = quotes(env, *args, "--warm", cwd=tmp_path)
            assert cold.returncode == warm.returncode == code, (cold.stderr, warm.stderr)
            assert warm.stdout == cold.stdout
            assert without_summary(warm.stderr) == without_summary(cold.stderr)
    findings = json.loads(
        quotes(env, "check", "bad.md", "-a", "source.txt", "-f", "json", "--warm", cwd=tmp_path).stdout
    )
    assert [f["rule"] for f in findings["findings"]] == ["Q004"]
    assert status(env)["runs"] == 7  # type: ignore[index]  # every --warm run was served
    # An output file is written by the server's child, in the caller's folder, atomically.
    done = quotes(env, "check", "bad.md", "-a", "source.txt", "-o", "out.sarif", "--warm", cwd=tmp_path)
    assert done.returncode == 1
    assert json.loads((tmp_path / "out.sarif").read_text())["runs"][0]["results"][0]["ruleId"] == "Q004"


@pytest.mark.slow
def test_without_a_server_a_warm_check_runs_cold_and_starts_one_for_next_time(
    tmp_path: Path, env: dict[str, str]
) -> None:
    write(tmp_path / "source.txt", SOURCE)
    write(tmp_path / "bad.md", FLIPPED)
    # A socket file nobody listens on (a server that was killed) is no obstacle.
    folder = Path(env["XDG_RUNTIME_DIR"]) / "quotes"
    folder.mkdir(mode=0o700)
    fingerprint = subprocess.run(
        [sys.executable, "-c", "import quotes.server as s; print(s.fingerprint())"],
        env=env, capture_output=True, text=True, timeout=30,
    ).stdout.strip()  # fmt: skip
    write(folder / f"check-{fingerprint}.sock", "")
    done = quotes(env, "check", "bad.md", "-a", "source.txt", "--warm", cwd=tmp_path)
    assert done.returncode == 1
    assert "Q004" in done.stdout
    found = None
    for _ in range(100):
        found = status(env)
        if found:
            break
        subprocess.run(["sleep", "0.3"], check=True)
    assert found is not None, "the --warm run started no server"
    stopped = quotes(env, "server", "stop")
    assert stopped.stdout.startswith("stopped 1")
    assert status(env) is None
    assert quotes(env, "server", "status").returncode == 1


def test_the_warm_flag_is_read_only_from_check_options() -> None:
    from quotes.cli import _warm_request

    assert _warm_request(["check", "draft.md", "--warm"])
    assert not _warm_request(["check", "--", "--warm"])  # a draft named --warm
    assert not _warm_request(["extract", "x.txt", "--warm"])
    assert not _warm_request([])


def test_no_server_is_used_from_a_folder_others_can_enter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = tmp_path / "run"
    run.mkdir()
    (run / "quotes").mkdir(mode=0o755)
    os.chmod(run / "quotes", 0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    assert server.runtime_dir() is None
    assert server.run_remote(["check", "x.md", "--warm"]) is None  # the caller runs it itself


@pytest.mark.slow
def test_two_servers_started_at_once_leave_one_serving(tmp_path: Path, env: dict[str, str]) -> None:
    folder = Path(env["XDG_RUNTIME_DIR"]) / "quotes"
    folder.mkdir(mode=0o700)
    path = folder / "check-test.sock"
    command = [sys.executable, "-m", "quotes.server", str(path)]
    both = [
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in "ab"
    ]
    try:
        first_done = None
        for _ in range(300):
            done = [p for p in both if p.poll() is not None]
            if done:
                first_done = done[0]
                break
            subprocess.run(["sleep", "0.1"], check=True)
        assert first_done is not None and first_done.returncode == 0  # it saw the other and left
        running = next(p for p in both if p is not first_done)
        assert running.poll() is None
    finally:
        for p in both:
            if p.poll() is None:
                p.terminate()
                p.wait(timeout=30)


@pytest.mark.slow
def test_stopping_a_warm_check_stops_its_run_in_the_server(tmp_path: Path, env: dict[str, str]) -> None:
    paragraph = '"The tide tables are wrong again this month," said harbour master Oona Brandt. '
    write(tmp_path / "long.md", "Tides\n\n" + "\n\n".join(paragraph * 3 for _ in range(12000)))
    assert quotes(env, "server", "start").returncode == 0
    run = subprocess.Popen(
        [QUOTES, "check", "long.md", "--warm"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for _ in range(100):  # once the server has taken the run (a long one: about ten seconds)
        if status(env)["runs"] == 1:  # type: ignore[index]
            break
        subprocess.run(["sleep", "0.2"], check=True)
    subprocess.run(["sleep", "1"], check=True)
    run.terminate()  # SIGTERM to the caller goes on to the run in the server
    _, err = run.communicate(timeout=60)
    assert run.returncode == 128 + 15
    assert err.decode().strip().splitlines()[-1] == "interrupted"
    assert status(env)["runs"] == 1  # type: ignore[index]  # the server itself goes on
