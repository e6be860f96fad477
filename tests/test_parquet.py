"""``--format parquet``: one row per record, typed columns, atomic files and folders of part files,
and every command that reads records reads Parquet as it reads JSON lines. Articles are invented."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner, Result

from quotes.errors import UsageError
from quotes.read.records import is_records_file, iter_records
from quotes.records import RECORD_FIELDS
from quotes.write.parquet import ParquetOutput, parquet_output, record_table, write_parquet

Cli = Callable[..., Result]

# Invented: two outlets reporting one council meeting, and a quotation over two paragraphs.
ARTICLES = {
    "gazette.txt": (
        "Council backs new ferry\n\n"
        "The Kestrel Bay council voted on Tuesday to buy a second ferry.\n\n"
        '"We will not leave the islanders waiting in the rain again," said council leader Mira Haldane.\n\n'
        "Opposition member Joss Pellow said the price was too high.\n"
    ),
    "courier.txt": (
        "Second ferry approved\n\n"
        "Kestrel Bay will get a second ferry, the council decided on Tuesday.\n\n"
        '"We will not leave the islanders waiting again," council leader Mira Haldane said.\n\n'
        '"The first boat arrives in spring.\n\n'
        '"The second one follows in the autumn," Haldane added.\n'
    ),
    "plain.txt": "Market moves indoors\n\nThe Saturday market will move into the old station hall.\n",
}
MANIFEST = (
    "file,outlet,published\ngazette.txt,Kestrel Gazette,2025-03-04\ncourier.txt,Bay Courier,2025-03-05\n"
)

# The columns as README.md documents them.
DOCUMENTED_TYPES = {
    "article": "string not null",
    "outlet": "string",
    "published": "string",
    "quote": "string not null",
    "start": "int64 not null",
    "end": "int64 not null",
    "kind": "string not null",
    "speaker": "string",
    "speaker_mention": "string",
    "speaker_start": "int64",
    "speaker_end": "int64",
    "cue": "string",
    "confidence": "double not null",
    "rule": "string",
    "cue_class": "string",
    "speaker_type": "string",
    "within": "list<element: int64>",
    "parts": "list<element: struct<start: int64 not null, end: int64 not null> not null> not null",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> dict[str, Path]:
    """The corpus's records as JSON lines, as one Parquet file and as a folder of part files."""
    from quotes.cli import app

    runner = CliRunner()
    tmp = tmp_path_factory.mktemp("records")
    out = {"jsonl": tmp / "q.jsonl", "parquet": tmp / "q.parquet", "parts": tmp / "parts"}
    for args in (
        ["-o", out["jsonl"]],
        ["-o", out["parquet"]],  # the suffix decides
        ["-f", "parquet", "--batch-size", "1", "-o", f"{out['parts']}/"],
    ):
        assert runner.invoke(app, ["extract", str(corpus), "-q", *map(str, args)]).exit_code == 0
    return out


def jsonl_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def rows_as_records(table: pa.Table) -> list[dict[str, Any]]:
    """Parquet rows in the JSON record form: ``parts`` as [start, end] pairs."""
    return [{**row, "parts": [[p["start"], p["end"]] for p in row["parts"]]} for row in table.to_pylist()]


def test_one_row_per_record_with_the_documented_types(extracted: dict[str, Path]) -> None:
    expected = jsonl_records(extracted["jsonl"])
    table = pq.read_table(extracted["parquet"])
    assert table.num_rows == len(expected) >= 3
    assert table.column_names == list(RECORD_FIELDS)
    assert {
        f.name: str(f.type) + ("" if f.nullable else " not null") for f in table.schema
    } == DOCUMENTED_TYPES
    assert rows_as_records(table) == expected
    assert any(len(r["parts"]) == 2 for r in expected)  # a quotation over two paragraphs: two spans


def test_a_folder_gets_one_part_file_per_batch_in_input_order(extracted: dict[str, Path]) -> None:
    names = sorted(p.name for p in extracted["parts"].iterdir())
    assert names == ["part-00000.parquet", "part-00001.parquet"]  # the article without quotations: no part
    table = pa.concat_tables(pq.read_table(extracted["parts"] / name) for name in names)
    assert rows_as_records(table) == jsonl_records(extracted["jsonl"])


def test_the_same_records_give_the_same_bytes(tmp_path: Path, corpus: Path, cli: Cli) -> None:
    again = tmp_path / "again.parquet"
    first = tmp_path / "first.parquet"
    for out in (first, again):
        assert cli(["extract", corpus, "-q", "-f", "parquet", "-o", out]).exit_code == 0
    assert again.read_bytes() == first.read_bytes()


def test_a_folder_replaces_its_old_parts_and_keeps_other_files(
    tmp_path: Path, corpus: Path, cli: Cli
) -> None:
    folder = tmp_path / "parts"
    folder.mkdir()
    (folder / "part-00007.parquet").write_bytes(b"stale")
    (folder / "README").write_text("mine\n", encoding="utf-8")
    assert cli(["extract", corpus, "-q", "-f", "parquet", "-o", folder]).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["README", "part-00000.parquet"]
    assert (folder / "README").read_text(encoding="utf-8") == "mine\n"


def test_a_failed_run_leaves_the_old_output(tmp_path: Path) -> None:
    target = tmp_path / "old.parquet"
    target.write_bytes(b"old")
    folder = tmp_path / "parts"
    folder.mkdir()
    (folder / "part-00000.parquet").write_bytes(b"old part")
    record = {"article": "a", "outlet": None, "published": None, "quote": "hi", "start": 0, "end": 2}
    for path in (str(target), f"{folder}/", f"{tmp_path}/new/"):
        with pytest.raises(RuntimeError), parquet_output(path, part_articles=1) as out:
            out.add([record])
            out.add([record])
            raise RuntimeError("interrupted")
    assert target.read_bytes() == b"old"
    # No temporary file left, and no folder made for the failed run.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.parquet", "parts"]
    assert [p.name for p in folder.iterdir()] == ["part-00000.parquet"]
    assert (folder / "part-00000.parquet").read_bytes() == b"old part"


def test_the_library_writes_records_and_reads_them_back(tmp_path: Path) -> None:
    import quotes

    found = quotes.extract(ARTICLES["courier.txt"], id="courier", outlet="Bay Courier")
    path = tmp_path / "lib.parquet"
    assert write_parquet(found, str(path)) == len(found)
    assert pq.read_table(path).equals(record_table(found))
    assert rows_as_records(pq.read_table(path)) == [q.to_dict() for q in found]
    assert list(iter_records(str(path), lambda err: pytest.fail(str(err)))) == found
    assert write_parquet(found, str(tmp_path / "parts"), part_records=2) == len(found)
    assert len(list((tmp_path / "parts").glob("part-*.parquet"))) == -(-len(found) // 2)


def test_parquet_is_never_written_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    with pytest.raises(UsageError, match="refusing to write it to a terminal"):
        ParquetOutput(None)


def test_compare_reads_parquet_as_it_reads_json_lines(extracted: dict[str, Path], cli: Cli) -> None:
    outputs = [
        cli(["compare", extracted[k], "-q", "-f", "json", "--all"]).stdout
        for k in ("jsonl", "parquet", "parts")
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])["statements"]


def test_index_reads_parquet_as_it_reads_json_lines(
    extracted: dict[str, Path], tmp_path: Path, cli: Cli
) -> None:
    dumps = []
    for key in ("jsonl", "parquet", "parts"):
        db = tmp_path / f"{key}.db"
        assert cli(["index", extracted[key], "--db", db, "-q"]).exit_code == 0
        with sqlite3.connect(db) as con:
            dumps.append(
                con.execute(
                    "SELECT a.key, a.outlet, a.published, q.kind, q.text, q.start, q.end, q.speaker, q.cue, "
                    "q.confidence, q.rule FROM quotes q JOIN articles a ON a.id = q.article ORDER BY q.id"
                ).fetchall()
            )
    assert dumps[0] == dumps[1] == dumps[2] and dumps[0]


def test_report_and_check_read_parquet(
    extracted: dict[str, Path], corpus: Path, tmp_path: Path, cli: Cli
) -> None:
    pages = [cli(["report", extracted[k], "-q", "--title", "Ferry"]).stdout for k in ("jsonl", "parquet")]
    # (the page stamps the minute it was made: two runs may fall either side of one)
    pages = [re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "…", page) for page in pages]
    assert pages[0] == pages[1] and "Mira Haldane" in pages[0]
    draft = tmp_path / "draft.md"
    draft.write_text(
        'Mira Haldane said: "We will leave the islanders waiting in the rain again."\n', encoding="utf-8"
    )
    checked = cli(["check", draft, "--against", extracted["parquet"], "-f", "json"])
    assert "Q004" in checked.stdout  # the negation dropped: the same finding as against the JSON lines
    assert checked.stdout == cli(["check", draft, "--against", extracted["jsonl"], "-f", "json"]).stdout


def test_records_files_are_told_apart_by_content(extracted: dict[str, Path], tmp_path: Path) -> None:
    assert is_records_file(str(extracted["parquet"]))
    fake = tmp_path / "fake.parquet"
    fake.write_bytes(b"PAR1 but nothing else")
    assert not is_records_file(str(fake))
    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"text": ["an article"]}), other)
    assert not is_records_file(str(other))


def test_a_damaged_parquet_file_is_one_line_naming_it(
    tmp_path: Path, extracted: dict[str, Path], cli: Cli
) -> None:
    broken = tmp_path / "broken.parquet"
    data = extracted["parquet"].read_bytes()
    broken.write_bytes(
        data[:8] + b"\0" * (len(data) - 16) + data[-8:]
    )  # header and footer kept, pages zeroed
    result = cli(["compare", broken, extracted["jsonl"], "-q", "-f", "json"])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"error: {broken}")


def test_commands_that_cannot_write_parquet_say_so(corpus: Path, tmp_path: Path, cli: Cli) -> None:
    result = cli(["compare", corpus, "-f", "parquet", "-o", tmp_path / "st.parquet"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: --format parquet writes quotation records: use it with quotes extract"
    ]
    assert not (tmp_path / "st.parquet").exists()
    draft = tmp_path / "draft.md"
    draft.write_text('"We will not wait," said Mira Haldane.\n', encoding="utf-8")
    checked = cli(["check", draft, "-o", tmp_path / "findings.parquet"])
    assert checked.exit_code == 2
    assert checked.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'findings.parquet'}: check writes text, json or sarif, not Parquet (that is for extract)"
    ]
    assert cli(["check", draft, "-f", "parquet"]).exit_code == 2  # not one of its formats: a usage error
