"""``quotes check`` configuration, like ruff's: unknown keys and wrongly typed values are errors naming
the file, which file wins, command-line options over the file, and ``--show-config``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import write
from typer.testing import Result

Cli = Callable[..., Result]
KNOWN = "(known: against, fail-level, ignore, speech-verbs)"
RULE_IDS = "rule ids (Q001, Q002, Q003, Q004, Q005, Q006)"


def one_error(result: Result) -> str:
    """The single stderr line of a usage or configuration error (exit status 2, nothing on stdout)."""
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ")
    return line


def shown(cli: Cli, *args: str | Path) -> dict[str, str]:
    """``quotes check --show-config``: each setting's ``value  (origin)``, by key."""
    result = cli(["check", "--show-config", *args])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# configuration file: ")
    return dict(line.split(" = ", 1) for line in lines[1:])


# --- unknown keys and wrongly typed values --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("pyproject.toml", '[project]\nname = "desk"\n\n[tool.quotes]\nseverty = "error"\n', "[tool.quotes]"),
        (".quotes.toml", 'severty = "error"\n', ".quotes.toml"),
    ],
)
def test_unknown_key_names_key_and_file(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str, where: str
) -> None:
    config = write(tmp_path / name, content)
    draft = write(tmp_path / "drafts" / "draft.md", "The ferry sails at noon.\n")
    monkeypatch.chdir(draft.parent)  # found from a folder below
    line = one_error(cli(["check", draft]))
    assert line == f"error: {config}: unknown setting severty in {where} {KNOWN}"


def test_unknown_key_suggests_the_close_one(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / ".quotes.toml", 'fail_levle = "warning"\n')
    monkeypatch.chdir(tmp_path)
    line = one_error(cli(["check", "--show-config"]))
    assert (
        line
        == f"error: {config}: unknown setting fail_levle in .quotes.toml; did you mean fail-level? {KNOWN}"
    )


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('ignore = "Q002"\n', f'ignore must be a list of {RULE_IDS}, not a string "Q002"'),
        ('ignore = [["Q002"]]\n', f"ignore must be a list of {RULE_IDS}; found a list in it"),
        ('fail-level = ["error"]\n', "fail-level must be one of warning, error, never, not a list"),
        ("fail-level = 2\n", "fail-level must be one of warning, error, never, not an integer 2"),
        ("against = [true]\n", "against must be a list of paths; found a boolean true in it"),
        ('speech-verbs = "harrumph"\n', 'speech-verbs must be a list of words, not a string "harrumph"'),
        ("speech-verbs = { verb = 1 }\n", "speech-verbs must be a list of words, not a table"),
        (
            'fail-level = "never"\nfail_level = "error"\n',
            "fail-level is given twice in [tool.quotes] (as fail-level and fail_level)",
        ),
        ('severity = "error"\n', f"unknown setting severity in [tool.quotes] {KNOWN}"),
    ],
)
def test_wrongly_typed_value_names_key_and_file(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, says: str
) -> None:
    config = write(tmp_path / "pyproject.toml", "[tool.quotes]\n" + content)
    monkeypatch.chdir(tmp_path)
    draft = write(tmp_path / "draft.md", "The ferry sails at noon.\n")
    assert one_error(cli(["check", draft])) == f"error: {config}: {says}"
    assert one_error(cli(["check", "--show-config"])) == f"error: {config}: {says}"


def test_tool_not_a_table_is_an_error_only_when_named(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = write(tmp_path / "pyproject.toml", 'tool = "none"\n')
    monkeypatch.chdir(tmp_path)
    assert shown(cli)["fail-level"] == '"error"  (default)'  # no [tool.quotes] here: passed over
    assert one_error(cli(["check", "--show-config", "--config", odd])) == (
        f'error: {odd}: tool must be a table, not a string "none"'
    )


# --- which file wins, and the command line over the file -------------------------------------------------


def test_closest_file_wins(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = write(tmp_path / ".quotes.toml", 'fail-level = "warning"\nspeech-verbs = ["harrumph"]\n')
    near = write(tmp_path / "desk" / "pyproject.toml", '[tool.quotes]\nignore = ["Q002"]\n')
    deep = tmp_path / "desk" / "drafts" / "monday"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert shown(cli) == {
        "against": "[]  (default)",
        "fail-level": '"error"  (default)',  # the farther file is not read at all
        "ignore": f'["Q002"]  ({near})',
        "speech-verbs": "[]  (default)",
    }
    # A pyproject.toml without [tool.quotes] is passed over.
    near.write_text('[project]\nname = "desk"\n', encoding="utf-8")
    assert shown(cli)["fail-level"] == f'"warning"  ({top})'


def test_dot_quotes_toml_wins_in_the_same_folder(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.quotes]\nfail-level = "never"\nignore = ["Q001"]\n')
    dot = write(tmp_path / ".quotes.toml", 'ignore = ["Q003"]\n')
    monkeypatch.chdir(tmp_path)
    result = cli(["check", "--show-config"])
    assert result.stdout.splitlines()[0] == f"# configuration file: {dot}"
    assert shown(cli) == {
        "against": "[]  (default)",
        "fail-level": '"error"  (default)',
        "ignore": f'["Q003"]  ({dot})',
        "speech-verbs": "[]  (default)",
    }


def test_config_option_overrides_discovery(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".quotes.toml", 'fail-level = "warning"\n')
    chosen = write(tmp_path / "elsewhere" / "pyproject.toml", '[tool.quotes]\nagainst = "notes"\n')
    relaxed = write(tmp_path / "elsewhere" / "relaxed.toml", 'fail_level = "never"\n')
    monkeypatch.chdir(tmp_path)
    settings = shown(cli, "--config", chosen)
    assert settings["against"] == f'["{tmp_path / "elsewhere" / "notes"}"]  ({chosen})'  # relative to it
    assert settings["fail-level"] == '"error"  (default)'
    assert shown(cli, "--config", relaxed)["fail-level"] == f'"never"  ({relaxed})'  # read as .quotes.toml


def test_command_line_overrides_the_file(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dot = write(
        tmp_path / ".quotes.toml", 'against = ["sources"]\nfail-level = "warning"\nignore = ["Q002"]\n'
    )
    monkeypatch.chdir(tmp_path)
    settings = shown(cli, "--against", "other", "--fail-level", "never", "--ignore", "Q005")
    assert settings == {
        "against": '["other"]  (command line)',  # replaces the file's
        "fail-level": '"never"  (command line)',
        "ignore": f'["Q002", "Q005"]  ({dot}, command line)',  # adds to the file's
        "speech-verbs": "[]  (default)",
    }


# --- --show-config -----------------------------------------------------------------------------------


def test_show_config_prints_settings_and_checks_nothing(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotes.lexicons.speech import EXTRA_SPEECH_VERBS

    dot = write(tmp_path / ".quotes.toml", 'ignore = ["Q002"]\nspeech-verbs = ["harrumph"]\n')
    monkeypatch.chdir(tmp_path)
    before = set(EXTRA_SPEECH_VERBS)
    result = cli(["check", "--show-config", "--ignore", "Q004", "missing-draft.md"])
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.splitlines() == [
        f"# configuration file: {dot}",
        "against = []  (default)",
        'fail-level = "error"  (default)',
        f'ignore = ["Q002", "Q004"]  ({dot}, command line)',
        f'speech-verbs = ["harrumph"]  ({dot})',
    ]
    assert set(EXTRA_SPEECH_VERBS) == before  # nothing was set up for a run


def test_show_config_without_a_file(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(["check", "--show-config", "--fail-level", "warning"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "# configuration file: none",
        "against = []  (default)",
        'fail-level = "warning"  (command line)',
        "ignore = []  (default)",
        "speech-verbs = []  (default)",
    ]


def test_no_drafts_without_show_config_is_a_usage_error(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert "no drafts to check" in one_error(cli(["check", "--fail-level", "warning"]))
