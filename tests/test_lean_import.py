"""The command line imports spaCy without spaCy's own command line, and loses nothing by it."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # each test starts a Python process


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_spacy_imports_without_its_command_line_modules() -> None:
    run = _run(
        "import sys\n"
        "from quotes.nlp.lean import defer_spacy_cli\n"
        "defer_spacy_cli()\n"
        "import spacy\n"
        "print(sorted(m for m in ('weasel', 'httpx', 'requests') if m in sys.modules))\n"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_spacy_command_line_still_works_when_asked_for() -> None:
    run = _run(
        "from quotes.nlp.lean import defer_spacy_cli\n"
        "defer_spacy_cli()\n"
        "import spacy\n"
        "from spacy.cli import setup_cli\n"
        "from spacy.cli.download import download\n"
        "print(callable(setup_cli), callable(download), isinstance(spacy.info(), dict))\n"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "True True True"


def test_the_quotes_script_runs_without_them(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"We will rebuild the pier," Mayor Ines Carvalho said.\n', encoding="utf-8")
    run = _run(
        "import atexit, sys\n"
        "atexit.register(lambda: print('weasel' in sys.modules, 'spacy' in sys.modules, file=sys.stderr))\n"
        f"sys.argv = ['quotes', 'extract', {str(article)!r}, '--format', 'json', '--quiet']\n"
        "from quotes.cli import main\n"
        "main()\n"
    )
    assert "Ines Carvalho" in run.stdout, run.stderr
    assert run.stderr.strip().splitlines()[-1] == "False True"
