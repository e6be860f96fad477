"""``quotes compare`` as a user runs it: articles or records in, statements out, in every format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import without_summary, write
from typer.testing import Result

Cli = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent

# One invented statement by an invented county engineer, as five outlets printed it, and his similar
# words three weeks later (another occasion: another statement).
SAID = "We will not close the east footpath during the works, and the bridge will carry buses again by April,"
ARTICLES: dict[str, tuple[str, str, str]] = {
    # file: (outlet, published, text)
    "pellford-herald.txt": (
        "Pellford Herald",
        "2024-03-04",
        "Pellford bridge to reopen in spring\n\n"
        "The old river bridge in Pellford will reopen to traffic in the spring, the county said on Monday.\n\n"
        f'"{SAID}" said county engineer Halvard Mossgrove.\n\n'
        "Shopkeepers on Quay Street welcomed the news.\n",
    ),
    "northern-wire.txt": (
        "Northern Wire",
        "2024-03-04",
        f'Pellford bridge update\n\n"{SAID}" Halvard Mossgrove, the county engineer, said on Monday.\n',
    ),
    "valley-gazette.txt": (
        "Valley Gazette",
        "2024-03-04",
        "Bridge works: footpath stays open\n\n"
        "Pedestrians in Pellford will keep their route across the river while repairs continue.\n\n"
        '"We will not close the east footpath during the works … the bridge will carry buses again by April," '
        "county engineer Halvard Mossgrove said.\n",
    ),
    "morning-courier.txt": (
        "Morning Courier",
        "2024-03-05",
        "County to close bridge footpath\n\n"
        "Walkers in Pellford face a detour as bridge repairs begin.\n\n"
        '"We will close the east footpath during the works, and the bridge will carry buses again by April," '
        "county engineer Halvard Mossgrove said on Monday.\n",
    ),
    "riverside-post.txt": (
        "Riverside Post",
        "2024-03-06",
        "Buses back on Pellford bridge by April\n\n"
        "Repairs to the Pellford river bridge are on schedule.\n\n"
        '"We shall not shut the eastern footpath during the works, and the bridge will take buses by April," '
        "county engineer Halvard Mossgrove told a briefing.\n",
    ),
    "pellford-herald-later.txt": (
        "Pellford Herald",
        "2024-03-24",
        "Pellford bridge works slip\n\n"
        "Repairs to the Pellford river bridge are running late, the county admitted.\n\n"
        '"We will not close the east footpath during the works, and the bridge will carry lorries again by June," '
        "county engineer Halvard Mossgrove said.\n",
    ),
}
SAME = ("pellford-herald.txt", "northern-wire.txt")  # the same words: one is the reference, one verbatim
EXPECTED = {  # file: relation to the reference
    "valley-gazette.txt": "elided",
    "morning-courier.txt": "altered",
    "riverside-post.txt": "variant",
}
VERSION_KEYS = {"article", "outlet", "published", "quote", "start", "end", "relation", "similarity", "diff"}
STATEMENT_KEYS = {"id", "speaker", "text", "first_published", "outlets", "versions"}


# --- helpers ----------------------------------------------------------------------------------------


def errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


@pytest.fixture
def bridge(tmp_path: Path) -> Path:
    """A folder of the six articles with their manifest."""
    folder = tmp_path / "bridge"
    rows = ["file,outlet,published,title,url"]
    for name, (outlet, published, text) in ARTICLES.items():
        write(folder / name, text)
        rows.append(f"{name},{outlet},{published},,")
    write(folder / "manifest.csv", "\n".join(rows) + "\n")
    return folder


def compare_json(cli: Cli, *args: object) -> dict[str, Any]:
    result = cli(["compare", *args, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert without_summary(result.stderr) == ""
    return json.loads(result.stdout)


def by_file(statement: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(v["article"]).name: v for v in statement["versions"]}


def shape(doc: dict[str, Any]) -> list[tuple[str, str, list[tuple[str, str, str, int, int]]]]:
    """What a comparison says, without the paths it was given."""
    return [
        (
            st["id"],
            st["text"],
            [
                (Path(v["article"]).name, v["relation"], v["quote"], v["start"], v["end"])
                for v in st["versions"]
            ],
        )
        for st in doc["statements"]
    ]


# --- one statement, five outlets --------------------------------------------------------------------


def test_json_groups_the_statement_and_names_every_relation(cli: Cli, bridge: Path) -> None:
    doc = compare_json(cli, bridge, "--all")  # with the statement only one outlet prints
    assert set(doc) == {"statements", "outlets"}
    assert len(doc["statements"]) == 2
    shared, later = doc["statements"]  # statements printed by several outlets come first

    assert set(shared) >= STATEMENT_KEYS
    assert shared["speaker"] == "Halvard Mossgrove"
    assert shared["first_published"] == "2024-03-04"
    assert shared["outlets"] == sorted(o for name, (o, _, _) in ARTICLES.items() if "later" not in name)
    versions = by_file(shared)
    relations = {name: v["relation"] for name, v in versions.items()}
    assert {relations.pop(name) for name in SAME} == {"reference", "verbatim"}
    assert relations == EXPECTED
    assert shared["text"].rstrip(",") == SAID.rstrip(",")
    for name, v in versions.items():
        assert set(v) >= VERSION_KEYS
        outlet, published, text = ARTICLES[name]
        assert (v["outlet"], v["published"]) == (outlet, published)
        assert text[v["start"] : v["end"]] == v["quote"]  # offsets point into the article
        assert isinstance(v["diff"], list) and 0 < v["similarity"] <= 1

    # The flipped negation is named; a re-wording with the same meaning is a variant, not altered.
    assert "negation" in " ".join(versions["morning-courier.txt"]["reasons"])
    assert versions["riverside-post.txt"]["reasons"] == []
    assert versions["northern-wire.txt"]["similarity"] == versions["pellford-herald.txt"]["similarity"] == 1.0
    deleted = [op for op in versions["morning-courier.txt"]["diff"] if op["op"] == "delete"]
    assert [op["text"] for op in deleted] == ["not"]

    # Similar words three weeks later are another occasion.
    assert [Path(v["article"]).name for v in later["versions"]] == ["pellford-herald-later.txt"]
    assert later["first_published"] == "2024-03-24"
    assert later["outlets"] == ["Pellford Herald"]
    assert later["id"] != shared["id"]


def test_outlet_summary(cli: Cli, bridge: Path) -> None:
    rows = {r["outlet"]: r for r in compare_json(cli, bridge)["outlets"]}
    assert set(rows) == {
        "Pellford Herald",
        "Northern Wire",
        "Valley Gazette",
        "Morning Courier",
        "Riverside Post",
    }
    herald, wire = rows["Pellford Herald"], rows["Northern Wire"]
    assert (herald["quotations"], herald["statements_shared"]) == (2, 1)
    assert (wire["quotations"], wire["statements_shared"]) == (1, 1)
    assert herald["reference"] + wire["reference"] == 1 and herald["verbatim"] + wire["verbatim"] == 1
    assert rows["Morning Courier"]["altered"] == 1
    assert rows["Riverside Post"]["variant"] == 1 and rows["Riverside Post"]["altered"] == 0
    assert rows["Valley Gazette"]["elided"] == 1
    assert sum(r["statements_shared"] for r in rows.values()) == 5


def test_a_trimmed_version_is_never_the_reference(cli: Cli, bridge: Path) -> None:
    (bridge / "valley-gazette.txt").rename(bridge / "a-gazette.txt")  # sorts first: wins the tie
    manifest = bridge / "manifest.csv"
    manifest.write_text(manifest.read_text().replace("valley-gazette.txt", "a-gazette.txt"))
    relations = {
        name: v["relation"] for name, v in by_file(compare_json(cli, bridge)["statements"][0]).items()
    }
    assert relations["a-gazette.txt"] == "elided"
    assert {relations[name] for name in SAME} == {"reference", "verbatim"}


def test_window_decides_what_is_one_occasion(cli: Cli, bridge: Path) -> None:
    narrow = compare_json(cli, bridge, "--window", "3", "--all")
    assert len(narrow["statements"]) == 2
    wide = compare_json(cli, bridge, "--window", "25")
    (only,) = wide["statements"]
    assert by_file(only)["pellford-herald-later.txt"]["relation"] == "altered"  # lorries by June


def test_records_give_the_same_statements_as_the_articles(cli: Cli, bridge: Path, tmp_path: Path) -> None:
    for fmt in ("jsonl", "json"):
        records = tmp_path / f"records.{fmt}"
        extracted = cli(["extract", bridge, "-f", fmt, "-o", records])
        assert extracted.exit_code == 0, extracted.stderr
        assert compare_json(cli, records) == compare_json(cli, bridge)


def test_records_and_articles_mixed(cli: Cli, bridge: Path, tmp_path: Path) -> None:
    part = tmp_path / "part"
    for name in ("pellford-herald.txt", "morning-courier.txt"):
        write(part / name, ARTICLES[name][2])
    write(part / "manifest.csv", "file,outlet,published\n" + "".join(
        f"{n},{ARTICLES[n][0]},{ARTICLES[n][1]}\n" for n in ("pellford-herald.txt", "morning-courier.txt")
    ))  # fmt: skip
    records = tmp_path / "part.jsonl"
    assert cli(["extract", part, "-f", "jsonl", "-o", records]).exit_code == 0
    rest = [bridge / n for n in ARTICLES if n not in ("pellford-herald.txt", "morning-courier.txt")]
    mixed = compare_json(cli, records, *rest)
    assert [(i, t, sorted(vs)) for i, t, vs in shape(mixed)] == [
        (i, t, sorted(vs)) for i, t, vs in shape(compare_json(cli, bridge))
    ]


def test_records_inside_a_folder_are_read_as_records(cli: Cli, bridge: Path, tmp_path: Path) -> None:
    # A newsroom keeps the extracted records of its archive beside new articles, in one folder.
    folder = tmp_path / "corpus"
    old = ("pellford-herald.txt", "morning-courier.txt")
    for name in old:
        write(tmp_path / "old" / name, ARTICLES[name][2])
    write(tmp_path / "old" / "manifest.csv", "file,outlet,published\n" + "".join(
        f"{n},{ARTICLES[n][0]},{ARTICLES[n][1]}\n" for n in old
    ))  # fmt: skip
    for fmt in ("jsonl", "json"):
        records = folder / "archive" / f"records.{fmt}"
        records.parent.mkdir(parents=True, exist_ok=True)
        assert cli(["extract", tmp_path / "old", "-f", fmt, "-o", records]).exit_code == 0
        for name in ARTICLES:
            if name not in old:
                write(folder / "new" / name, ARTICLES[name][2])
        write(folder / "new" / "manifest.csv", (bridge / "manifest.csv").read_text())
        result = cli(["compare", folder, "-f", "json"])
        assert result.exit_code == 0, result.stderr
        assert errors(result) == []
        assert [(i, t, sorted(vs)) for i, t, vs in shape(json.loads(result.stdout))] == [
            (i, t, sorted(vs)) for i, t, vs in shape(compare_json(cli, bridge))
        ]
        records.unlink()


# --- other formats ----------------------------------------------------------------------------------


def test_jsonl_is_one_statement_a_line_and_the_default_when_piped(cli: Cli, bridge: Path) -> None:
    result = cli(["compare", bridge])  # the runner's stdout is not a terminal
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == compare_json(cli, bridge)["statements"]


def test_csv_is_one_row_a_version(cli: Cli, bridge: Path, tmp_path: Path) -> None:
    out = tmp_path / "versions.csv"  # the format follows the suffix
    result = cli(["compare", bridge, "-o", out, "--all"])
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    doc = compare_json(cli, bridge, "--all")
    assert len(rows) == sum(len(st["versions"]) for st in doc["statements"]) == 6
    assert VERSION_KEYS | {"statement"} <= set(rows[0])
    ids = {st["id"]: by_file(st) for st in doc["statements"]}
    for row in rows:
        version = ids[row["statement"]][Path(row["article"]).name]
        assert row["relation"] == version["relation"]
        assert row["quote"] == version["quote"]
        assert int(row["start"]) == version["start"]
        assert json.loads(row["diff"]) == version["diff"]


def test_table_shows_shared_statements_and_the_summary(cli: Cli, bridge: Path) -> None:
    result = cli(["compare", bridge, "-f", "table"])
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b" not in out  # not a terminal: no colour, differences in words
    assert "Halvard Mossgrove" in out
    for outlet in ("Pellford Herald", "Valley Gazette", "Morning Courier", "Riverside Post", "Northern Wire"):
        assert outlet in out
    for relation in ("reference", "verbatim", "elided", "altered", "variant"):
        assert relation in out
    assert "[-not-]" in out  # the flipped negation, shown as a word diff
    assert "lorries" not in out  # the one-outlet statement is left out…
    assert "1 statement quoted only once" in out
    assert "Outlets" in out
    shown = cli(["compare", bridge, "-f", "table", "--all"]).stdout
    assert "lorries" in shown  # …unless asked for
    assert "quoted only once" not in shown


def test_no_shared_statement(cli: Cli, tmp_path: Path) -> None:
    name = "pellford-herald-later.txt"
    lone = write(tmp_path / name, ARTICLES[name][2])
    table = cli(["compare", lone, "-f", "table"])
    assert table.exit_code == 0
    assert "No statement is quoted more than once." in table.stdout
    assert compare_json(cli, lone)["statements"] == []  # only with --all, as in the table
    doc = compare_json(cli, lone, "--all")
    assert len(doc["statements"]) == 1 and doc["statements"][0]["outlets"] == [f"({name})"]


# --- bad input --------------------------------------------------------------------------------------


def test_bad_inputs_one_line_each_and_the_rest_still_compared(cli: Cli, bridge: Path, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    assert cli(["extract", bridge, "-f", "jsonl", "-o", records]).exit_code == 0
    lines = records.read_text(encoding="utf-8").splitlines()
    broken = write(
        tmp_path / "broken.jsonl", "\n".join([lines[0], '{"article": "x", "quote": ', *lines[1:]]) + "\n"
    )
    missing = tmp_path / "missing.txt"
    result = cli(["compare", broken, missing, "-f", "json"])
    assert result.exit_code == 1
    assert errors(result) == [
        f"error: {broken}:2: not valid JSON (Expecting value)",
        f"error: {missing}: no such file or directory",
    ]
    assert len(without_summary(result.stderr).splitlines()) == 2
    assert shape(json.loads(result.stdout)) == shape(compare_json(cli, records))


def test_a_record_that_is_not_a_quotation(cli: Cli, bridge: Path, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    assert cli(["extract", bridge, "-f", "jsonl", "-o", records]).exit_code == 0
    lines = records.read_text(encoding="utf-8").splitlines()
    odd = write(tmp_path / "odd.jsonl", "\n".join([*lines, '{"article": "x.txt", "kind": "direct"}']) + "\n")
    result = cli(["compare", odd, "-f", "jsonl", "--all"])
    assert result.exit_code == 1
    (line,) = without_summary(result.stderr).splitlines()
    assert line.startswith(f"error: {odd}:{len(lines) + 1}: not a quotation record")
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize("args", [["--window", "-1"], ["--format", "xml"], ["--no-such-option"]])
def test_usage_errors_exit_2(cli: Cli, bridge: Path, args: list[str]) -> None:
    result = cli(["compare", bridge, *args])
    assert result.exit_code == 2 and result.stdout == ""


# --- the repository's seed articles -----------------------------------------------------------------


@pytest.mark.slow  # the whole seed set, end to end
def test_seeds_smoke(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = cli(["compare", "seeds", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    # One seed page prints a paragraph twice: the copy is dropped, and said so, naming the file.
    notes = without_summary(result.stderr).splitlines()
    assert all(n.startswith("warning: seeds/") and "repeated paragraph dropped" in n for n in notes), notes
    doc = json.loads(result.stdout)
    statements = doc["statements"]
    assert statements and statements[0]["outlets"] and len(statements[0]["outlets"]) >= 2
    relations = {"reference", "verbatim", "fragment", "elided", "extended", "variant", "altered", "reported"}
    seen = set()
    for st in statements:
        assert set(st) >= STATEMENT_KEYS
        assert sum(v["relation"] == "reference" for v in st["versions"]) == 1
        for v in st["versions"]:
            assert v["relation"] in relations
            seen.add((v["article"], v["start"]))
    assert len(seen) == sum(len(st["versions"]) for st in statements)  # each quotation in one statement
    shared = sum(1 for st in statements if len(st["outlets"]) >= 2)
    assert {r["outlet"] for r in doc["outlets"]} >= {o for st in statements for o in st["outlets"]}
    assert sum(r["statements_shared"] for r in doc["outlets"]) == sum(
        len(st["outlets"]) for st in statements[:shared]
    )
