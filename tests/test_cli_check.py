"""``quotes check`` and ``quotes index`` as a user runs them: findings where they are, exit status,
report formats, configuration, suppressions, sources of every kind, and the quote bank."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import write
from typer.testing import Result

Cli = Callable[..., Result]
RULE_IDS = ["Q001", "Q002", "Q003", "Q004", "Q005", "Q006"]

# Invented sources: a council report and a hearing transcript (no quotation marks, "NAME: words").
SAID = "We will not charge islanders for the morning ferry, and the 12 new cabins will be ready in May,"
REPORT = (
    "Ferry levy scrapped in Ostrava Bay\n\n"
    "The Ostrava Bay council voted on Thursday to scrap the ferry levy.\n\n"
    f'"{SAID}" said councillor Ingrid Thorsby.\n\n'
    "The harbour pilot, Caspar Lindell, said the new pier was safe. "
    '"Boats can dock in any weather, summer or winter," Lindell said.\n'
)
TRANSCRIPT = (
    "Public hearing, afternoon session\n\n"
    "THORSBY: Good afternoon and thank you for coming to the council chamber today.\n\n"
    "THORSBY: The old lighthouse will remain open to visitors for as long as this council sits.\n"
)

FAITHFUL = f'"{SAID}" said councillor Ingrid Thorsby.'
FLIPPED = FAITHFUL.replace("will not charge", "will charge")  # Q004
TRIMMED = FAITHFUL.replace("and the 12 new cabins", "and the cabins")  # Q005: no ellipsis
ELIDED = FAITHFUL.replace(", and the 12 new cabins", " … the 12 new cabins")
INVENTED = '"The levy paid for the new lifeboat station in Kettle Cove," said councillor Ingrid Thorsby.'
MISATTRIBUTED = '"Boats can dock in any weather, summer or winter," Ingrid Thorsby said.'
RIGHTLY = '"Boats can dock in any weather, summer or winter," pilot Caspar Lindell said.'
UNATTRIBUTED = (
    "The quay was empty on Sunday.\n\n“The boats will never come back to this bay, not in our lifetime.”"
)
UNCLOSED = '"We will not charge islanders for the morning ferry, said Ingrid Thorsby.\n\nThe council agreed.'
HEARING = '"The old lighthouse will not remain open to visitors for as long as this council sits," Ingrid Thorsby said.'

DRAFT_MD = (
    "---\n"
    'title: "Islanders celebrate"\n'
    "---\n"
    "\n"
    "# Islanders celebrate\n"
    "\n"
    "The council scrapped the levy on Thursday.\n"
    "\n"
    f"{FLIPPED}\n"  # line 9
)

DRAFT_HTML = """<!doctype html>
<html><head><title>Ferry levy</title>
<meta name="description" content="We will charge islanders for the morning ferry, says a councillor">
</head>
<body>
<article>
<h1>Islanders celebrate the end of the levy</h1>
<p>The council scrapped the levy on Thursday after a long campaign by islanders.</p>
<p>The councillor spoke after the vote.
  <em>&ldquo;We will charge islanders for the morning ferry, and the 12 new cabins will be ready in May,&rdquo;</em> said councillor Ingrid Thorsby.</p>
<p>The quay was quiet on Sunday morning.</p>
<!-- quotes: ignore Q002 -->
<p>“The boats will never come back to this bay, not in our lifetime.”</p>
<p>The quay was quiet on Sunday evening.</p>
<p>“The gulls will never come back to this bay, not in our lifetime.”</p>
</article>
</body></html>
"""


# --- helpers ----------------------------------------------------------------------------------------


def draft(folder: Path, *paragraphs: str, name: str = "draft.md") -> Path:
    return write(folder / name, "\n\n".join(paragraphs) + "\n")


def report(result: Result) -> dict[str, Any]:
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def found(result: Result) -> list[tuple[str, int, int, str]]:
    """(file name, line, column, rule) of each finding of a JSON report."""
    return [(Path(f["path"]).name, f["line"], f["column"], f["rule"]) for f in report(result)["findings"]]


def rules(result: Result) -> list[str]:
    return [f[3] for f in found(result)]


def at(path: Path, line: int, column: int) -> str:
    """The file's text from a line and column (both from 1; a byte-order mark is not a column)."""
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    return "".join(lines[line - 1 :])[column - 1 :]


def errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    write(folder / "council.txt", REPORT)
    write(folder / "hearing.txt", TRANSCRIPT)
    return folder


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    return tmp_path / "drafts"


@pytest.fixture(autouse=True)
def _speech_verbs_restored() -> Iterator[None]:
    """``speech-verbs`` in a configuration adds verbs for the whole process: take them away again."""
    from quotes.lexicons.speech import EXTRA_SPEECH_VERBS

    saved = set(EXTRA_SPEECH_VERBS)
    yield
    EXTRA_SPEECH_VERBS.clear()
    EXTRA_SPEECH_VERBS.update(saved)


# --- every rule, firing and not ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "bad", "good"),
    [
        ("Q001", UNCLOSED, FAITHFUL),
        ("Q002", UNATTRIBUTED, "The quay was empty on Sunday.\n\n" + RIGHTLY),
        ("Q003", INVENTED, FAITHFUL),
        ("Q004", FLIPPED, FAITHFUL),
        ("Q005", TRIMMED, ELIDED),
        ("Q006", MISATTRIBUTED, RIGHTLY),
        ("Q004", HEARING, HEARING.replace("will not remain", "will remain")),  # against the transcript
    ],
)
def test_each_rule_fires_and_not(
    cli: Cli, sources: Path, drafts: Path, rule: str, bad: str, good: str
) -> None:
    wrong = draft(drafts, "The council met on Thursday.", bad, name="wrong.md")
    right = draft(drafts, "The council met on Thursday.", good, name="right.md")
    result = cli(["check", wrong, right, "--against", sources, "-f", "json"])
    assert rules(result) == [rule]
    (finding,) = report(result)["findings"]
    assert finding["path"] == str(wrong)
    assert finding["severity"] == ("warning" if rule in ("Q002", "Q003", "Q005") else "error")


def test_without_sources_only_q001_and_q002(cli: Cli, drafts: Path) -> None:
    path = draft(drafts, UNCLOSED, UNATTRIBUTED, FLIPPED, MISATTRIBUTED)
    assert sorted(set(rules(cli(["check", path, "-f", "json"])))) == ["Q001", "Q002"]


# --- where a finding is -----------------------------------------------------------------------------


def test_text_report_points_at_the_quotation_in_markdown(cli: Cli, sources: Path, drafts: Path) -> None:
    path = write(drafts / "story.md", DRAFT_MD)
    result = cli(["check", path, "--against", sources])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:9:2: Q004 error: “We will charge islanders")
    assert "negation" in lines[0] and str(sources / "council.txt") in lines[0]
    assert lines[1].startswith("    ") and "[-not-]" in lines[1]  # the word diff, indented under it
    assert lines[-1] == "Found 1 error(s) and 0 warning(s) in 1 file(s)."
    assert at(path, 9, 2).startswith("We will charge islanders")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_line_and_column_with_any_line_ending(
    cli: Cli, sources: Path, drafts: Path, newline: str, bom: bytes
) -> None:
    text = "\n\n".join(["Ferry news", "  " + FLIPPED, "The vote was close.", UNCLOSED, MISATTRIBUTED]) + "\n"
    path = write(drafts / "draft.txt", bom + text.replace("\n", newline).encode("utf-8"))
    result = cli(["check", path, "--against", sources, "-f", "json"])
    assert found(result) == [
        ("draft.txt", 3, 4, "Q004"),
        ("draft.txt", 7, 1, "Q001"),
        ("draft.txt", 11, 2, "Q006"),
    ]
    assert at(path, 3, 4).startswith("We will charge")
    assert at(path, 7, 1).startswith('"We will not')
    assert at(path, 11, 2).startswith("Boats can dock")


def test_html_draft_findings_point_into_the_page(cli: Cli, sources: Path, drafts: Path) -> None:
    page = write(drafts / "page.html", DRAFT_HTML)
    result = cli(["check", page, "--against", sources, "-f", "json"])
    by_rule = {f["rule"]: f for f in report(result)["findings"]}
    assert sorted(by_rule) == ["Q002", "Q004"]  # the Q002 on line 13 is suppressed by the comment above it
    q004 = by_rule["Q004"]
    assert (q004["line"], q004["column"]) == (10, 14)  # the paragraph, not the <meta> description
    assert at(page, 10, 14).startswith("We will charge islanders")
    q002 = by_rule["Q002"]
    assert (q002["line"], q002["column"]) == (15, 5) and at(page, 15, 5).startswith("The gulls")


def test_html_without_a_closing_head_tag(cli: Cli, sources: Path, drafts: Path) -> None:
    # </head> is optional; the title repeats the quotation's words but is not the article's text.
    page = write(
        drafts / "bare.html",
        DRAFT_HTML.replace(
            "<title>Ferry levy</title>", "<title>We will charge islanders for the morning ferry</title>"
        )
        .replace("</head>\n", "")
        .replace("<!doctype html>\n", ""),
    )
    findings = report(cli(["check", page, "--against", sources, "-f", "json"]))["findings"]
    q004 = next(f for f in findings if f["rule"] == "Q004")
    assert (q004["line"], q004["column"]) == (8, 14)
    assert at(page, 8, 14).startswith("We will charge islanders for the morning ferry, and")


def test_html_unclosed_mark_is_located_at_the_mark(cli: Cli, drafts: Path) -> None:
    page = write(
        drafts / "storm.html",
        "<html><body><article>\n<h1>Storm closes the Ostrava Bay ferry</h1>\n"
        "<p>The morning ferry was cancelled on Friday as winds rose across the bay and the pier.</p>\n"
        "<p>Harbour pilot Caspar Lindell said the crossing was too rough.\n"
        "&ldquo;Yes, the wind is far too strong for the small boats, Lindell said at the pier.</p>\n"
        "<p>Islanders waited at the terminal for most of the afternoon and then went home.</p>\n"
        "</article></body></html>\n",
    )
    result = cli(["check", page, "-f", "json"])
    assert found(result) == [("storm.html", 5, 1, "Q001")]
    assert at(page, 5, 1).startswith("&ldquo;Yes")


# --- report formats ---------------------------------------------------------------------------------


def test_json_report(cli: Cli, sources: Path, drafts: Path) -> None:
    path = draft(drafts, FLIPPED, UNATTRIBUTED)
    doc = report(cli(["check", path, "--against", sources, "-f", "json"]))
    assert doc["version"] == 1
    assert doc["tool"]["name"] == "quotes" and doc["tool"]["version"]
    assert doc["summary"] == {"files": 1, "errors": 1, "warnings": 1}
    q004, q002 = doc["findings"]
    assert (q004["rule"], q004["severity"], q002["rule"], q002["severity"]) == (
        "Q004",
        "error",
        "Q002",
        "warning",
    )
    for f in doc["findings"]:
        assert {"path", "line", "column", "rule", "severity", "message", "quote", "start", "end"} <= set(f)
        assert path.read_text(encoding="utf-8")[f["start"] : f["end"]] == f["quote"]
    assert q004["source"]["article"] == str(sources / "council.txt")
    assert q004["source"]["speaker"] == "Ingrid Thorsby" and q004["source"]["quote"] == SAID
    assert {"op": "delete", "text": "not"} in q004["diff"]


def test_sarif_report(cli: Cli, sources: Path, drafts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(drafts.parent)
    draft(drafts, FLIPPED, UNATTRIBUTED, name="ferry story.md")
    result = cli(["check", "drafts", "--against", "sources", "-f", "sarif"])
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert log["version"] == "2.1.0" and "sarif" in log["$schema"]
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "quotes"
    assert [r["id"] for r in driver["rules"]] == RULE_IDS
    assert all(r["shortDescription"]["text"] and r["name"] for r in driver["rules"])
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("Q004", "error"), ("Q002", "warning")]
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["message"]["text"]
        (loc,) = r["locations"]
        physical = loc["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "drafts/ferry%20story.md"  # a URI: relative, encoded
        region = physical["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    assert results[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 2}


def test_output_file(cli: Cli, sources: Path, drafts: Path, tmp_path: Path) -> None:
    path = draft(drafts, FLIPPED)
    out = tmp_path / "report.sarif"
    result = cli(["check", path, "--against", sources, "-f", "sarif", "-o", out])
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"][0]["ruleId"] == "Q004"


# --- exit status ------------------------------------------------------------------------------------


def test_exit_0_when_clean(cli: Cli, sources: Path, drafts: Path) -> None:
    path = draft(drafts, "The council met on Thursday.", FAITHFUL, ELIDED, RIGHTLY)
    result = cli(["check", path, "--against", sources])
    assert result.exit_code == 0, result.stdout
    assert result.stdout == "All quotations checked: no problems in 1 file(s).\n"


def test_fail_level(cli: Cli, sources: Path, drafts: Path) -> None:
    warned = draft(drafts, INVENTED, name="warned.md")  # Q003, a warning
    failed = draft(drafts, FLIPPED, name="failed.md")  # Q004, an error
    assert cli(["check", warned, "-a", sources]).exit_code == 0
    assert cli(["check", warned, "-a", sources, "--fail-level", "warning"]).exit_code == 1
    assert cli(["check", failed, "-a", sources, "--fail-level", "error"]).exit_code == 1
    never = cli(["check", failed, "-a", sources, "--fail-level", "never"])
    assert never.exit_code == 0 and "Q004" in never.stdout  # still reported


def test_ignore_option(cli: Cli, sources: Path, drafts: Path) -> None:
    path = draft(drafts, FLIPPED, UNATTRIBUTED)
    result = cli(["check", path, "-a", sources, "--ignore", "Q004", "--ignore", "Q002", "-f", "json"])
    assert result.exit_code == 0 and rules(result) == []


def test_unreadable_draft_exit_1(cli: Cli, drafts: Path) -> None:
    good = draft(drafts, FAITHFUL)
    missing = drafts / "missing.md"
    result = cli(["check", missing, good])
    assert result.exit_code == 1
    assert errors(result) == [f"error: {missing}: no such file or directory"]
    assert "no problems in 1 file(s)" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option"],
        ["--format", "xml"],
        ["--fail-level", "fatal"],
        ["--ignore", "Q999"],
        ["--config", "missing.toml"],
        ["--against", "missing-sources"],
        ["--against", "missing.db"],
    ],
)
def test_usage_errors_exit_2(
    cli: Cli, drafts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    path = draft(drafts, FLIPPED)
    result = cli(["check", path, *args])
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.strip()
    if not args[0].startswith(("--no-such", "--format", "--fail-level")):  # ours, not the option parser's
        (line,) = result.stderr.splitlines()
        assert line.startswith("error: ") and args[1] in line


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        (".quotes.toml", "against = [sources\n", "not valid TOML"),
        (".quotes.toml", 'fail-level = "fatal"\n', "fail-level"),
        (".quotes.toml", 'ignore = ["Q042"]\n', "ignore"),
        (".quotes.toml", 'aginst = ["sources"]\n', "unknown setting aginst"),
        (".quotes.toml", "speech-verbs = 3\n", "speech-verbs"),
        ("pyproject.toml", "[tool.quotes]\nagainst = 7\n", "against"),
    ],
)
def test_invalid_configuration_exit_2(
    cli: Cli,
    tmp_path: Path,
    drafts: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: str,
    says: str,
) -> None:
    config = write(tmp_path / name, content)
    path = draft(drafts, FAITHFUL)
    monkeypatch.chdir(drafts)  # found from a folder below
    result = cli(["check", path])
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {config}") and says in line


# --- configuration ----------------------------------------------------------------------------------


def test_dot_quotes_toml_found_upwards(
    cli: Cli, tmp_path: Path, sources: Path, drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".quotes.toml", 'against = ["sources"]\nfail-level = "warning"\nignore = ["Q002"]\n')
    path = draft(drafts, INVENTED, UNATTRIBUTED)
    deep = drafts / "deeper" / "still"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = cli(["check", path, "-f", "json"])
    assert rules(result) == ["Q003"]  # against the configured sources (relative to the file); Q002 off
    assert result.exit_code == 1  # a warning fails at fail-level warning
    # Options override the file.
    assert cli(["check", path, "--fail-level", "error"]).exit_code == 0
    other = write(tmp_path / "other" / "notes.txt", "Council notes\n\nNothing was said.\n")
    assert rules(cli(["check", path, "--against", other, "-f", "json"])) == ["Q003"]
    assert rules(cli(["check", path, "--against", sources, "--ignore", "Q003", "-f", "json"])) == []


def test_pyproject_tool_quotes(
    cli: Cli, tmp_path: Path, sources: Path, drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path / "pyproject.toml", '[project]\nname = "newsroom"\n\n[tool.quotes]\nagainst = ["sources"]\n'
    )
    path = draft(drafts, FLIPPED)
    monkeypatch.chdir(drafts)
    assert rules(cli(["check", path, "-f", "json"])) == ["Q004"]
    # --config names the file to use instead of the one found.
    quiet = write(tmp_path / "elsewhere" / "relaxed.toml", 'fail-level = "never"\n')
    result = cli(["check", path, "--config", quiet, "-f", "json"])
    assert result.exit_code == 0 and rules(result) == []  # no sources there


def test_speech_verbs(cli: Cli, tmp_path: Path, drafts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = draft(
        drafts,
        "The vote was close.",
        'Ingrid Thorsby harrumphed "The ferry levy was a tax on every family that lives on the islands."',
    )
    monkeypatch.chdir(tmp_path)
    assert rules(cli(["check", path, "-f", "json"])) == ["Q002"]
    write(tmp_path / ".quotes.toml", 'speech-verbs = ["harrumph"]\n')
    assert rules(cli(["check", path, "-f", "json"])) == []


# --- suppressions, and what is not prose ------------------------------------------------------------


def test_inline_suppression_in_markdown(cli: Cli, drafts: Path) -> None:
    quiet = draft(drafts, "<!-- quotes: ignore Q002 -->\n" + UNATTRIBUTED.split("\n\n")[1], name="quiet.md")
    other = draft(drafts, "<!-- quotes: ignore Q004 -->\n" + UNATTRIBUTED.split("\n\n")[1], name="other.md")
    every = draft(drafts, "<!-- quotes: ignore -->\n" + UNATTRIBUTED.split("\n\n")[1], name="every.md")
    far = draft(drafts, "<!-- quotes: ignore Q002 -->", "Some prose.", UNATTRIBUTED, name="far.md")
    result = cli(["check", quiet, other, every, far, "-f", "json"])
    assert [(name, rule) for name, _, _, rule in found(result)] == [("other.md", "Q002"), ("far.md", "Q002")]


def test_markdown_code_front_matter_and_links_are_not_prose(cli: Cli, drafts: Path) -> None:
    path = write(
        drafts / "notes.md",
        '---\ntitle: "Ferry "levy\nsummary: “a draft\n---\n\n'
        "# Notes\n\n"
        '```\nprint("an unclosed mark\n```\n\n'
        '    indented "code block\n\n'
        'See [the report](https://example.org/"ferry) and `"inline`.\n\n'
        f"{FAITHFUL}\n",
    )
    result = cli(["check", path, "-f", "json"])
    assert result.exit_code == 0 and rules(result) == []


def test_never_modifies_a_draft(cli: Cli, sources: Path, drafts: Path, tmp_path: Path) -> None:
    md = write(drafts / "story.md", DRAFT_MD + "\n" + UNCLOSED + "\n")
    page = write(drafts / "page.html", DRAFT_HTML)
    old = 1_600_000_000
    for path in (md, page):
        os.utime(path, (old, old))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (md, page)}
    for fmt in ("text", "json", "sarif"):
        result = cli(["check", drafts, "--against", sources, "-f", fmt, "-o", tmp_path / f"out.{fmt}"])
        assert result.exit_code == 1
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (md, page)} == before
    assert sorted(p.name for p in drafts.iterdir()) == ["page.html", "story.md"]  # nothing beside them


# --- sources of every kind --------------------------------------------------------------------------


@pytest.fixture
def two_drafts(drafts: Path) -> list[Path]:
    return [
        draft(drafts, FLIPPED, TRIMMED, MISATTRIBUTED, INVENTED, name="ferry.md"),
        draft(drafts, HEARING, name="hearing.md"),
    ]


@pytest.mark.slow  # three sources of each kind, end to end
def test_sources_as_files_records_or_a_bank_give_the_same_findings(
    cli: Cli, sources: Path, two_drafts: list[Path], tmp_path: Path
) -> None:
    def check(*against: Path) -> list[dict[str, Any]]:
        args = [a for s in against for a in ("--against", s)]
        return report(cli(["check", *two_drafts, *args, "-f", "json"]))["findings"]

    from_files = check(sources)
    assert [f["rule"] for f in from_files] == ["Q004", "Q005", "Q006", "Q003", "Q004"]
    assert check(sources / "council.txt", sources / "hearing.txt") == from_files

    db = tmp_path / "bank.db"
    indexed = cli(["index", sources, "--db", db])
    assert indexed.exit_code == 0, indexed.stderr
    assert check(db) == from_files

    # A bank of the report alone, plus the transcript as a file.
    part = tmp_path / "part.db"
    assert cli(["index", sources / "council.txt", "--db", part]).exit_code == 0
    assert check(part, sources / "hearing.txt") == from_files

    # Records from quotes extract hold quotations, not transcripts: the same findings for the report.
    for fmt in ("jsonl", "json"):
        records = tmp_path / f"sources.{fmt}"
        assert cli(["extract", sources, "-f", fmt, "-o", records]).exit_code == 0
        with_records = check(records, sources / "hearing.txt")
        assert with_records == from_files
        assert check(records)[:4] == from_files[:4]
        indexed_records = tmp_path / f"records-{fmt}.db"
        assert cli(["index", records, "--db", indexed_records]).exit_code == 0
        assert check(indexed_records)[:4] == from_files[:4]


def test_sources_in_html_and_jsonl(cli: Cli, drafts: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write(
        folder / "page.html",
        f"<html><body><article><h1>Ferry levy scrapped</h1><p>The council voted on Thursday.</p>"
        f"<p>&ldquo;{SAID}&rdquo; said councillor Ingrid Thorsby.</p></article></body></html>\n",
    )
    write(
        folder / "wire.jsonl",
        json.dumps({"id": "wire-1", "text": TRANSCRIPT, "outlet": "Bay Wire"}) + "\n",
    )
    path = draft(drafts, FLIPPED, HEARING)
    result = cli(["check", path, "--against", folder, "-f", "json"])
    findings = report(result)["findings"]
    assert [f["rule"] for f in findings] == ["Q004", "Q004"]
    assert [f["source"]["article"] for f in findings] == [str(folder / "page.html"), "wire-1"]
    assert findings[1]["source"]["outlet"] == "Bay Wire"


def test_a_source_that_cannot_be_read_or_attributed(
    cli: Cli, sources: Path, drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotes import pipeline

    cursed = write(
        sources / "cursed.txt", "Notes\n\n" + '"Nothing to see here at all today," said Ada Quill.\n'
    )
    empty = write(sources / "empty.txt", " \n")
    real_finish = pipeline.finish

    def finish(prep: Any, doc: Any) -> Any:
        if prep.article.id == str(cursed):
            raise IndexError("list index out of range")
        return real_finish(prep, doc)

    monkeypatch.setattr(pipeline, "finish", finish)
    path = draft(drafts, FLIPPED)
    result = cli(["check", path, "--against", sources, "-f", "json"])
    assert result.exit_code == 1
    assert sorted(errors(result)) == [
        f"error: {cursed}: could not attribute: list index out of range",
        f"error: {empty}: empty file",
    ]
    assert rules(result) == ["Q004"]  # still checked against the other sources


# --- quotes index -----------------------------------------------------------------------------------


def bank_counts(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "quotes", "quotes_fts")
        )
    finally:
        con.close()


def test_index_is_idempotent_and_replaces_changed_articles(
    cli: Cli, sources: Path, drafts: Path, tmp_path: Path
) -> None:
    db = tmp_path / "quotes.db"
    first = cli(["index", sources, "--db", db])
    assert first.exit_code == 0
    assert first.stderr.strip().startswith(
        f"{db}: 2 added, 0 replaced, 0 unchanged; the bank holds 2 articles and 4 quotations; 0 skipped in "
    )
    counts = bank_counts(db)
    assert counts == (2, 4, 4)  # two quotations, and the transcript's two turns

    again = cli(["index", sources, "--db", db])
    assert "0 added, 0 replaced, 2 unchanged" in again.stderr
    assert bank_counts(db) == counts

    path = draft(drafts, FLIPPED.replace("12 new cabins", "20 new cabins"))
    assert "changes the meaning" in cli(["check", path, "-a", db]).stdout
    write(
        sources / "council.txt", REPORT.replace("will not charge", "will charge").replace("12 new", "20 new")
    )
    changed = cli(["index", sources, "--db", db])
    assert "0 added, 1 replaced, 1 unchanged" in changed.stderr
    assert bank_counts(db) == counts
    result = cli(["check", path, "-a", db])
    assert result.exit_code == 0, result.stdout  # now the draft quotes the source as it stands

    assert cli(["index", sources, "--db", db, "--quiet"]).stderr == ""


def test_index_records(cli: Cli, sources: Path, tmp_path: Path) -> None:
    records = tmp_path / "sources.jsonl"
    assert cli(["extract", sources, "-f", "jsonl", "-o", records]).exit_code == 0
    db = tmp_path / "records.db"
    assert "2 added" in cli(["index", records, "--db", db]).stderr  # the transcript's turns are records too
    assert "2 unchanged" in cli(["index", records, "--db", db]).stderr
    assert bank_counts(db) == (2, 4, 4)


def test_interrupted_index_leaves_a_usable_bank(
    cli: Cli, sources: Path, drafts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotes import pipeline

    write(
        sources / "lighthouse.txt",
        "Lighthouse stays open\n\n" + '"The lamp will shine every night," said keeper Ada Quill.\n',
    )
    names = sorted(p.name for p in sources.iterdir())
    real_extract_many = pipeline.extract_many

    def interrupted(articles: Any, **kwargs: Any) -> Iterator[Any]:
        for n, result in enumerate(real_extract_many(articles, **kwargs)):
            if n == 1:
                raise KeyboardInterrupt  # the user presses Ctrl-C while the 2nd article is extracted
            yield result

    db = tmp_path / "quotes.db"
    monkeypatch.setattr(pipeline, "extract_many", interrupted)
    cut = cli(["index", sources, "--db", db])
    assert cut.exit_code != 0
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("SELECT key FROM articles")] == [str(sources / names[0])]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    n_articles, n_quotes, n_fts = bank_counts(db)
    assert n_articles == 1 and n_quotes == n_fts > 0
    path = draft(drafts, FLIPPED)
    assert cli(["check", path, "-a", db, "-f", "json"]).exit_code in (0, 1)  # usable as it stands

    # An attribution error on the 2nd article: reported, the others still indexed.
    monkeypatch.setattr(pipeline, "extract_many", real_extract_many)
    real_finish = pipeline.finish
    second = str(sources / names[1])

    def finish(prep: Any, doc: Any) -> Any:
        if prep.article.id == second:
            raise RuntimeError("parser crashed")
        return real_finish(prep, doc)

    monkeypatch.setattr(pipeline, "finish", finish)
    failed = cli(["index", sources, "--db", db])
    assert failed.exit_code == 1
    assert errors(failed) == [f"error: {second}: could not attribute: parser crashed"]
    assert "1 added, 0 replaced, 1 unchanged" in failed.stderr
    monkeypatch.setattr(pipeline, "finish", real_finish)
    done = cli(["index", sources, "--db", db])
    assert done.exit_code == 0 and "1 added, 0 replaced, 2 unchanged" in done.stderr
    assert rules(cli(["check", path, "-a", db, "-f", "json"])) == ["Q004"]


@pytest.mark.parametrize("kind", ["folder", "text", "other-sqlite", "no-parent"])
def test_index_db_that_is_not_a_bank(cli: Cli, sources: Path, tmp_path: Path, kind: str) -> None:
    db = tmp_path / "bank.db"
    if kind == "folder":
        db.mkdir()
    elif kind == "text":
        write(db, "These are my notes on the ferry levy, not a database.\n" * 20)
    elif kind == "other-sqlite":
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        con.commit()
        con.close()
    else:
        db = tmp_path / "no" / "such" / "folder" / "bank.db"
    before = db.read_bytes() if db.is_file() else None
    result = cli(["index", sources, "--db", db])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {db}: ") and "internal error" not in line
    if before is not None:
        assert db.read_bytes() == before  # left as it was
    if kind in ("text", "other-sqlite"):
        checked = cli(["check", sources / "council.txt", "--against", db])
        assert checked.exit_code == 2 and checked.stderr.startswith(f"error: {db}: not a quote bank")
