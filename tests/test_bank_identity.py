"""The quote bank's identity of an article (resolved path and content digest), what re-indexing parses,
schema 2's columns and the upgrade of a schema 1 bank; and article ids as the user gave the paths.

Every article below is invented: invented towns, outlets and people.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import write
from typer.testing import Result

Cli = Callable[..., Result]

TOWNS = ["Marlow Bay", "Kessock", "Dunmere", "Brackford", "Port Alder", "Hale", "Ostrava Bay", "Tarnside",
         "Kettle Cove", "Millbrook"]  # fmt: skip
PEOPLE = [("Ada", "Brennick"), ("Idris", "Calloway"), ("Morwenna", "Trask"), ("Callum", "Ferris"),
          ("Petra", "Lindqvist"), ("Selma", "Oduya"), ("Orla", "Venn"), ("Tomas", "Revel"),
          ("Ruth", "Delacroix"), ("Jonah", "Pell")]  # fmt: skip


def article(n: int, version: int = 1) -> str:
    """An invented news article of seven paragraphs and three quotations; ``version`` changes a number."""
    town = TOWNS[n % len(TOWNS)]
    first, last = PEOPLE[n % len(PEOPLE)]
    f2, l2 = PEOPLE[(n + 3) % len(PEOPLE)]
    return (
        f"{town} council backs plan number {n} for the harbour\n\n"
        f"The council of {town} voted on Tuesday evening to approve plan number {n} for the old harbour, "
        "ending a dispute that had stalled the project since last spring.\n\n"
        f"“We cannot let the harbour silt up again, not after {n + version * 10} years of waiting,” "
        f"said council leader {first} {last}.\n\n"
        "The vote was close, and several members asked for more time to study the costs of the work.\n\n"
        f"Opposition councillor {f2} {l2} said the cost had been badly underestimated. "
        f"“This plan for {town} was written on the back of an envelope,” {l2} said.\n\n"
        "Work is expected to begin in June, and the first boats should use the deeper channel by autumn.\n\n"
        f"“The fleet will be back in {town} before the winter storms,” {last} told reporters after the vote.\n"
    )


def bank_rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def counts(db: Path) -> tuple[int, int, int]:
    (row,) = bank_rows(
        db,
        "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM quotes_fts)",
    )
    return row


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles that go into the pipeline (``prepare``, the step before parsing)."""
    from quotes import pipeline

    seen: list[str] = []
    real = pipeline.prepare

    def counting(art: Any, *args: Any) -> Any:
        seen.append(art.id)
        return real(art, *args)

    monkeypatch.setattr(pipeline, "prepare", counting)
    return seen


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def summary(result: Result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.stderr.strip().splitlines()[-1]


# --- identity: the resolved path --------------------------------------------------------------------


def test_the_same_folder_spelled_differently_is_the_same_articles(
    cli: Cli, here: Path, parsed: list[str]
) -> None:
    for n in range(3):
        write(here / "bank" / f"a{n}.txt", article(n))
    lines = [json.dumps({"text": article(n), "outlet": "Bay Wire"}) for n in (7, 8)]
    write(here / "bank" / "wire.jsonl", "\n".join(lines) + "\n")  # lines without an id: FILE:LINE
    first = cli(["index", "bank", "--db", "q.db"])
    assert summary(first).startswith("q.db: 5 added, 0 replaced, 0 unchanged")
    held = counts(here / "q.db")
    assert held[0] == 5 and held[1] == held[2] >= 15
    assert len(parsed) == 5

    parsed.clear()
    for spelling in ("./bank/", str(here / "bank"), "bank/../bank"):
        again = cli(["index", spelling, "--db", "q.db"])
        assert "0 added, 0 replaced, 5 unchanged" in summary(again), spelling
        assert counts(here / "q.db") == held
    assert parsed == []  # nothing parsed again
    # The name is the path as given last; the key is where the file is.
    names = sorted(r[0] for r in bank_rows(here / "q.db", "SELECT name FROM articles"))
    assert names == ["bank/../bank/a0.txt", "bank/../bank/a1.txt", "bank/../bank/a2.txt",
                     "bank/../bank/wire.jsonl:1", "bank/../bank/wire.jsonl:2"]  # fmt: skip
    keys = {r[0] for r in bank_rows(here / "q.db", "SELECT key FROM articles")}
    assert str((here / "bank" / "a0.txt").resolve()) in keys


def test_an_unchanged_folder_is_not_parsed_again(
    cli: Cli, here: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotes import pipeline

    for n in range(10):
        write(here / "corpus" / f"story-{n:02}.txt", article(n))
    assert "10 added" in summary(cli(["index", "corpus", "--db", "q.db"]))
    assert len(parsed) == 10
    held = counts(here / "q.db")

    parsed.clear()

    def no_model(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the model was loaded to index an unchanged folder")

    monkeypatch.setattr(pipeline, "load_model", no_model)  # nor is the model even loaded
    assert "0 added, 0 replaced, 10 unchanged" in summary(cli(["index", "corpus", "--db", "q.db"]))
    assert parsed == []
    assert counts(here / "q.db") == held


def test_a_changed_file_replaces_its_records_and_only_it_is_parsed(
    cli: Cli, here: Path, parsed: list[str]
) -> None:
    for n in range(4):
        write(here / "corpus" / f"story-{n}.txt", article(n))
    cli(["index", "corpus", "--db", "q.db"])
    held = counts(here / "q.db")
    parsed.clear()
    write(here / "corpus" / "story-2.txt", article(2, version=2))
    changed = cli(["index", "corpus", "--db", "q.db"])
    assert "0 added, 1 replaced, 3 unchanged" in summary(changed)
    assert parsed == ["corpus/story-2.txt"]
    assert counts(here / "q.db") == held
    texts = [r[0] for r in bank_rows(here / "q.db", "SELECT text FROM quotes")]
    assert any("not after 22 years" in t for t in texts)
    assert not any("not after 12 years" in t for t in texts)


def test_the_same_text_under_two_paths_is_stored_for_each_but_parsed_once(
    cli: Cli, here: Path, parsed: list[str]
) -> None:
    write(here / "desk" / "story.txt", article(4))
    write(here / "desk" / "copy-of-story.txt", article(4))
    write(here / "desk" / "other.txt", article(5))
    first = cli(["index", "desk", "--db", "q.db"])
    assert "3 added" in summary(first)
    assert sorted(parsed) == ["desk/copy-of-story.txt", "desk/other.txt"]  # the first copy, by name
    per_article = bank_rows(
        here / "q.db",
        "SELECT a.name, COUNT(q.id) FROM articles a JOIN quotes q ON q.article = a.id GROUP BY a.id ORDER BY a.name",
    )
    assert per_article == [("desk/copy-of-story.txt", 3), ("desk/other.txt", 3), ("desk/story.txt", 3)]

    # A third copy in a later run takes the stored records: nothing parsed.
    parsed.clear()
    write(here / "archive" / "story.txt", article(4))
    later = cli(["index", "desk", "archive", "--db", "q.db"])
    assert "1 added, 0 replaced, 3 unchanged" in summary(later)
    assert parsed == []
    assert counts(here / "q.db")[:2] == (4, 12)


def test_a_copy_whose_first_could_not_be_attributed_is_reported(
    cli: Cli, here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotes import pipeline

    write(here / "desk" / "a.txt", article(1))
    write(here / "desk" / "b.txt", article(1))
    real = pipeline.finish

    def finish(prep: Any, doc: Any) -> Any:
        if prep.article.id == "desk/a.txt":
            raise RuntimeError("parser crashed")
        return real(prep, doc)

    monkeypatch.setattr(pipeline, "finish", finish)
    result = cli(["index", "desk", "--db", "q.db"])
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        "error: desk/a.txt: could not attribute: parser crashed",
        "error: desk/b.txt: not indexed: the same text as desk/a.txt, which could not be attributed",
    ]
    assert counts(here / "q.db")[0] == 0
    monkeypatch.setattr(pipeline, "finish", real)
    assert "2 added" in summary(cli(["index", "desk", "--db", "q.db"]))


# --- schema 2: cue, confidence and rule; the upgrade of schema 1 ----------------------------------


def test_the_bank_stores_cue_confidence_and_rule(cli: Cli, here: Path) -> None:
    write(here / "bank" / "a.txt", article(3))
    extracted = cli(["extract", "bank", "-f", "jsonl", "--kinds", "direct,partial,scare"])  # the bank's kinds
    want = sorted(
        (r["quote"], r["cue"], r["confidence"], r["rule"])
        for r in map(json.loads, extracted.stdout.splitlines())
    )
    cli(["index", "bank", "--db", "q.db"])
    got = sorted(bank_rows(here / "q.db", "SELECT text, cue, confidence, rule FROM quotes"))
    assert got == want
    assert all(cue and rule and confidence > 0 for _, cue, confidence, rule in got)


SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, outlet TEXT, published TEXT, title TEXT,
    digest TEXT NOT NULL
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id), kind TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER, end INTEGER, speaker TEXT
);
CREATE INDEX quotes_article ON quotes(article);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO meta VALUES ('schema', '1');
"""


def old_bank(db: Path, keys: list[str]) -> None:
    """A bank as schema 1 wrote it: one quotation per article, keyed by the path as given."""
    con = sqlite3.connect(db)
    con.executescript(SCHEMA_1)
    for n, key in enumerate(keys, 1):
        con.execute("INSERT INTO articles VALUES (?, ?, NULL, NULL, NULL, 'old')", (n, key))
        con.execute(
            "INSERT INTO quotes VALUES (?, ?, 'quote', 'An old quotation', 0, 16, 'Ada Brennick')", (n, n)
        )
        con.execute("INSERT INTO quotes_fts (rowid, text) VALUES (?, 'An old quotation')", (n,))
    con.commit()
    con.close()


def test_a_schema_1_bank_is_upgraded_in_place(cli: Cli, here: Path, parsed: list[str]) -> None:
    write(here / "bank" / "a.txt", article(1))
    write(here / "bank" / "b.txt", article(2))
    # Schema 1 keyed articles by the path as given: the same file twice, and an id that names no file.
    old_bank(here / "q.db", ["bank/a.txt", "./bank/a.txt", "wire-7"])
    result = cli(["index", "bank", "--db", "q.db"])
    assert result.exit_code == 0, result.stderr
    (warning,) = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warning.startswith("warning: q.db: quote bank upgraded from schema 1 to 2; 1 copies")
    assert "1 added, 1 replaced, 0 unchanged; the bank holds 3 articles" in summary(result)
    assert sorted(parsed) == ["bank/a.txt", "bank/b.txt"]  # the old article is parsed again
    rows = bank_rows(
        here / "q.db", "SELECT a.name, q.cue, q.rule FROM quotes q JOIN articles a ON a.id = q.article"
    )
    assert ("wire-7", None, None) in rows  # kept as it was
    assert all(cue and rule for name, cue, rule in rows if name != "wire-7")
    assert bank_rows(here / "q.db", "SELECT value FROM meta WHERE key = 'schema'") == [("2",)]
    again = cli(["index", "bank", "--db", "q.db"])
    assert "0 added, 0 replaced, 2 unchanged" in summary(again)
    assert "warning" not in again.stderr


def test_a_bank_of_an_unknown_schema_is_refused(cli: Cli, here: Path) -> None:
    write(here / "bank" / "a.txt", article(1))
    old_bank(here / "q.db", [])
    con = sqlite3.connect(here / "q.db")
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema'")
    con.commit()
    con.close()
    result = cli(["index", "bank", "--db", "q.db"])
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == "error: q.db: a quote bank of schema 9, not 2; build it again with quotes index"
    )


# --- article ids: the paths as the user gave them ---------------------------------------------------

OTHER = (
    "Harbour plan approved\n\n"
    "“We cannot let the harbour silt up again, not after 11 years of waiting,” council leader Idris Calloway said on Tuesday.\n"
)


def test_article_ids_are_the_paths_as_given(cli: Cli, here: Path) -> None:
    write(here / "seeds" / "x.txt", article(1))
    write(here / "seeds" / "y.txt", OTHER)
    write(
        here / "seeds" / "manifest.csv",
        "file,outlet,published\nx.txt,Daily Example,2024-05-01\ny.txt,Evening Sample,2024-05-02\n",
    )

    def ids(*args: str) -> set[str]:
        out = cli(["extract", *args, "-f", "jsonl"])
        assert out.exit_code == 0, out.stderr
        return {json.loads(line)["article"] for line in out.stdout.splitlines()}

    assert ids("seeds/x.txt") == {"seeds/x.txt"}
    assert ids("seeds") == ids("seeds/") == {"seeds/x.txt", "seeds/y.txt"}
    assert ids("./seeds") == {"./seeds/x.txt", "./seeds/y.txt"}
    csv_out = cli(["extract", "seeds/x.txt", "-f", "csv"]).stdout
    assert csv_out.splitlines()[1].startswith("seeds/x.txt,Daily Example,2024-05-01,")

    compared = cli(["compare", "seeds", "-f", "json"])
    assert compared.exit_code == 0, compared.stderr
    versions = [v for st in json.loads(compared.stdout)["statements"] for v in st["versions"]]
    assert {v["article"] for v in versions} == {"seeds/x.txt", "seeds/y.txt"}

    draft = write(
        here / "drafts" / "d.md",
        "# Plan\n\n“We cannot let the harbour silt up again, not after 12 years of waiting,” said council leader Idris Calloway.\n",
    )
    assert draft.exists()
    checked = cli(["check", "drafts/d.md", "--against", "seeds/y.txt", "-f", "json"])
    findings = json.loads(checked.stdout)["findings"]
    assert [f["path"] for f in findings] == ["drafts/d.md"]
    assert findings[0]["source"]["article"] == "seeds/y.txt"
    # Through a bank: the name the article was indexed under.
    assert cli(["index", "seeds/y.txt", "--db", "q.db"]).exit_code == 0
    through_bank = json.loads(cli(["check", "drafts/d.md", "--against", "q.db", "-f", "json"]).stdout)
    assert [f["source"]["article"] for f in through_bank["findings"]] == ["seeds/y.txt"]
