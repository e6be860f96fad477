"""Text in, text out: control codes, escape sequences and bidi controls from articles never reach a
terminal raw; tables, the text report and SARIF messages show them escaped; data formats keep them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import write
from typer.testing import Result

from quotes.write.escape import json_safe, visible, visible_line
from quotes.write.formats import make_writer

Cli = Callable[..., Result]

ESC = "\x1b"
CSI = "\x9b"  # C1 control sequence introducer
RLO = "\u202e"  # right-to-left override
OSC_LINK = f"{ESC}]8;;https://lure.example/{chr(7)}the tide office{ESC}]8;;{chr(7)}"

# Invented: a harbour town, its warden and a meeting.
QUOTE = (
    f"{RLO}Close{CSI}2J the {OSC_LINK} [bold]before[/bold] {ESC}[5mdusk[/bold]{ESC}[0m, and mind the ramp,"
)
SPEAKER = f"dock warden Amos {ESC}[33mKettleby{ESC}[0m"
LOOSE = f"Nobody{CSI}2J told {RLO}the{ESC}[2K [red]crews[/red] about the new mooring fees."
ARTICLE = (
    "Slipway shut after storm\n\n"
    "The slipway at Lowmere harbour was closed on Sunday after a storm cracked its ramp.\n\n"
    f'"{QUOTE}" said {SPEAKER}.\n\n'
    f'Then the harbour gate stayed shut for a week: "{LOOSE}"\n'
)
RAW = [ESC, CSI, RLO, chr(7), *map(chr, range(0x80, 0xA0)), *"\u061c\u200e\u200f\u2066\u2067\u2068\u2069"]


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The hostile article on disk, and a console wide enough that no escape is folded in two."""
    monkeypatch.setenv("COLUMNS", "400")
    return write(tmp_path / "slipway.txt", ARTICLE)


def assert_shown_escaped(out: str) -> None:
    """No raw control or bidi character in ``out``; their escapes are there instead."""
    assert not [c for c in RAW if c in out], out
    for escaped in (r"\x1b[33mKettleby", r"\x9b2J", r"\u202eClose", r"\x1b]8;;https://lure.example/\x07"):
        assert escaped in out, out


def records(cli: Cli, path: Path) -> list[dict[str, Any]]:
    recs = json.loads(cli(["extract", path, "-f", "json"]).stdout)
    return [r for r in recs if r["quote"] == QUOTE]


# --- the function -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (f"{ESC}[31mred{ESC}[0m", r"\x1b[31mred\x1b[0m"),
        (f"{ESC}]0;title{chr(7)}", r"\x1b]0;title\x07"),
        (f"a{CSI}b\x85c", r"a\x9bb\x85c"),
        (
            f"{RLO}abc\u202a\u202c\u2066x\u2069\u200e\u200f\u061c",
            r"\u202eabc\u202a\u202c\u2066x\u2069\u200e\u200f\u061c",
        ),
        ("tab\there\nline\r\x00\x7f", r"tab\there\nline\r\x00\x7f"),
        ("\u2028\u2029\udcff", r"\u2028\u2029\udcff"),
        ("plain “curly” café — [bold]x[/bold] C:\\path", "plain “curly” café — [bold]x[/bold] C:\\path"),
    ],
)
def test_visible(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_visible_line_turns_breaks_and_tabs_into_one_space() -> None:
    assert visible_line("one\n  two\t\tthree\r\nfour") == "one two three four"
    assert visible_line(f"x\n{ESC}[1m") == r"x \x1b[1m"


def test_json_safe_is_lossless() -> None:
    data = {"q": f"{ESC}[1m{CSI}{RLO}\u2066é“”\u2028\x85"}
    dumped = json_safe(json.dumps(data, ensure_ascii=False))
    assert json.loads(dumped) == data
    assert not [c for c in RAW if c in dumped]
    assert "é“”" in dumped  # other text stays as it is


def test_table_writer_flattens_breaks_and_escapes() -> None:
    stream = io.StringIO()
    writer = make_writer("table", stream, ["quote", "speaker"])
    writer.write({"quote": f"Keep\nthe\tnets {ESC}[1mdry", "speaker": f"[b]Nel{RLO} Arden"})
    writer.close()
    text = stream.getvalue()
    assert "Keep the nets \\x1b[1mdry" in text and "[b]Nel\\u202e Arden" in text
    assert ESC not in text and RLO not in text and "\t" not in text


# --- the commands -----------------------------------------------------------------------------------


def test_extract_table(cli: Cli, article: Path) -> None:
    result = cli(["extract", article, "-f", "table"])
    assert result.exit_code == 0
    assert_shown_escaped(result.stdout)
    assert "[bold]before[/bold]" in result.stdout  # rich markup in a quotation is text


def test_extract_json_and_csv_keep_the_exact_text(cli: Cli, article: Path) -> None:
    (rec,) = records(cli, article)
    assert rec["quote"] == QUOTE
    assert f"Amos {ESC}[33mKettleby{ESC}[0m" in rec["speaker"] and rec["speaker"] in ARTICLE
    assert ARTICLE[rec["start"] : rec["end"]] == QUOTE
    assert not [c for c in (CSI, RLO) if c in cli(["extract", article, "-f", "jsonl"]).stdout]
    rows = list(csv.DictReader(io.StringIO(cli(["extract", article, "-f", "csv"]).stdout, newline="")))
    assert QUOTE in [row["quote"] for row in rows]


def test_compare_table(cli: Cli, article: Path) -> None:
    result = cli(["compare", article, "--all", "-f", "table"])
    assert result.exit_code == 0
    assert_shown_escaped(result.stdout)
    assert "[bold]before[/bold]" in result.stdout


def test_check_text(cli: Cli, article: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "sources" / "notes.txt", 'Notes\n\n"The ramp held," said Amos Kettleby.\n')
    result = cli(["check", article, "--against", source, "--fail-level", "never"])
    assert result.exit_code == 0
    out = result.stdout
    assert not [c for c in RAW if c in out], out
    assert r"\x1b[33mKettleby" in out  # the speaker, in Q003
    assert r"Nobody\x9b2J told \u202ethe\x1b[2K [red]crews[/red]" in out  # Q002
    assert all(line.startswith(str(article)) for line in out.splitlines()[:-1])  # one line a finding


def test_check_sarif_and_json(cli: Cli, article: Path) -> None:
    sarif = cli(["check", article, "-f", "sarif", "--fail-level", "never"]).stdout
    assert not [c for c in RAW if c in sarif]
    (text,) = [r["message"]["text"] for r in json.loads(sarif)["runs"][0]["results"]]
    assert r"Nobody\x9b2J told \u202ethe\x1b[2K [red]crews[/red]" in text
    report = json.loads(cli(["check", article, "-f", "json", "--fail-level", "never"]).stdout)
    assert [f["quote"] for f in report["findings"]] == [LOOSE]  # the JSON report keeps the exact text
