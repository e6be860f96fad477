"""The ``quotes-check`` pre-commit hook, end to end: a newsroom repository whose commit is blocked
while a draft misquotes its source, and goes through once the quotation is fixed.

pre-commit installs the hook from the committed state of this checkout (``rev`` = its HEAD) into a
fresh environment (spaCy and the English pipeline from PyPI), so the first run takes a minute or two.
Without git, or without access to PyPI, the test is skipped with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = ROOT / ".venv" / "bin" / "pre-commit"
INSTALL_TIMEOUT = 1500  # seconds: the first commit builds the hook's environment

SAID = "The night bus to Corran Point will run every half hour from the first of June,"
SOURCE = (
    "Night buses return to Corran Point\n\n"
    "The Lenwick transport board agreed on Wednesday to restore the night service.\n\n"
    f'"{SAID}" said board chair Odile Marchbank.\n\n'
    "The service was cut two winters ago.\n"
)
MISQUOTED = (
    "# Night buses are back\n\n"
    "Late workers in Corran Point will have a way home again.\n\n"
    '"The night bus to Corran Point will not run every half hour from the first of June," '
    "said board chair Odile Marchbank.\n"
)
FIXED = MISQUOTED.replace("will not run", "will run")

# Signs that pre-commit could not build the hook's environment for want of a network.
_OFFLINE = re.compile(
    r"Failed to establish a new connection|Temporary failure in name resolution|Name or service not known"
    r"|Network is unreachable|No matching distribution found|Could not find a version that satisfies"
    r"|ConnectTimeout|ReadTimeout|Connection refused|ProxyError|SSLError",
)


def run(
    args: list[str], cwd: Path, env: dict[str, str], timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    """``git commit`` as a writer runs it; skip the test if the hook's environment cannot be built offline."""
    try:
        proc = run(["git", "commit", "-m", message], repo, env, timeout=INSTALL_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.skip(f"pre-commit took more than {INSTALL_TIMEOUT} s to install the hook (slow network?)")
    output = proc.stdout + proc.stderr
    if proc.returncode != 0 and "Q004" not in output:
        offline = _OFFLINE.search(output)
        if offline:
            line = next(ln for ln in output.splitlines() if offline.group() in ln)
            pytest.skip(f"pre-commit could not install the hook without network access: {line.strip()}")
    return proc


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is not installed in .venv")
@pytest.mark.slow
def test_commit_blocked_while_a_draft_misquotes_then_allowed(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    empty = tmp_path / "gitconfig"
    empty.write_text("")
    env |= {
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_CONFIG_GLOBAL": str(empty),  # no hooksPath, signing or templates from the user's settings
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Desk Editor",
        "GIT_AUTHOR_EMAIL": "desk@newsroom.invalid",
        "GIT_COMMITTER_NAME": "Desk Editor",
        "GIT_COMMITTER_EMAIL": "desk@newsroom.invalid",
        # The hook runs `quotes check --warm`: its server lives in the test's folder, and is stopped.
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "QUOTES_SERVER_IDLE": "60",
    }
    (tmp_path / "run").mkdir(mode=0o700)
    try:
        _commits(tmp_path, env)
    finally:
        run([str(ROOT / ".venv" / "bin" / "quotes"), "server", "stop"], tmp_path, env)


def _commits(tmp_path: Path, env: dict[str, str]) -> None:
    head = run(["git", "rev-parse", "HEAD"], ROOT, env)
    if head.returncode != 0:
        pytest.skip(f"{ROOT} is not a git checkout with a commit: {head.stderr.strip()}")
    rev = head.stdout.strip()

    repo = tmp_path / "newsroom"
    (repo / "drafts").mkdir(parents=True)
    (repo / "sources").mkdir()
    (repo / "sources" / "transport-board.txt").write_text(SOURCE, encoding="utf-8")
    draft = repo / "drafts" / "story.md"
    draft.write_text(MISQUOTED, encoding="utf-8")
    (repo / ".quotes.toml").write_text('against = ["sources"]\n', encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {ROOT}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: quotes-check\n"
        "        files: ^drafts/\n",
        encoding="utf-8",
    )
    assert run(["git", "init", "-q"], repo, env).returncode == 0
    installed = run([str(PRE_COMMIT), "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (repo / ".git" / "hooks" / "pre-commit").is_file()

    assert run(["git", "add", "-A"], repo, env).returncode == 0
    blocked = commit(repo, env, "Night buses story")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "quotes check" in output and "Failed" in output
    assert re.search(r"drafts/story\.md:5:2: Q004 error: .*negation", output), output
    assert run(["git", "rev-parse", "--verify", "-q", "HEAD"], repo, env).returncode != 0  # nothing committed
    assert draft.read_text(encoding="utf-8") == MISQUOTED  # the hook never edits a draft

    draft.write_text(FIXED, encoding="utf-8")
    assert run(["git", "add", "drafts/story.md"], repo, env).returncode == 0
    passed = commit(repo, env, "Night buses story, quotation checked")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert re.search(r"quotes check\.+Passed", output), output
    log = run(["git", "log", "--format=%s"], repo, env)
    assert log.stdout.splitlines() == ["Night buses story, quotation checked"]
