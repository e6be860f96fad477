"""Output writers: every format with zero, one and several records; atomic output files."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from quotes.records import RECORD_FIELDS, Quote
from quotes.write.atomic import atomic_output
from quotes.write.formats import FORMATS, CsvWriter, JsonlWriter, JsonWriter, TableWriter, make_writer


def record(n: int, **changes: Any) -> dict[str, Any]:
    """A record as ``quotes extract`` writes it (invented article and speaker)."""
    base = Quote(
        article=f"gazette/{n}.txt",
        outlet="Wexcombe Gazette",
        published="2024-06-0" + str(n % 9 + 1),
        quote=f"We will build {n} new homes,",
        start=10 * n,
        end=10 * n + 28,
        kind="direct",
        speaker="Hanna Vries",
        speaker_mention="the mayor",
        speaker_start=10 * n + 31,
        speaker_end=10 * n + 40,
        cue="said",
        confidence=0.9,
        rule="frame-after",
    ).to_dict()
    base.update(changes)
    return base


TRICKY = record(
    7,
    quote="Costs, she said, are \"fine\"\nfor now; 'really' — €4,000, and ünïcödé\r\nend",
    speaker=None,
    speaker_mention=None,
    speaker_start=None,
    speaker_end=None,
    cue=None,
    rule=None,
    kind="scare",
    confidence=0.0,
)
BATCHES = {0: [], 1: [record(1)], 3: [record(1), TRICKY, record(3)]}


def render(fmt: str, records: list[dict[str, Any]]) -> str:
    """What a writer of ``fmt`` produces for ``records``."""
    stream = io.StringIO(newline="")
    writer = make_writer(fmt, stream, RECORD_FIELDS)
    for rec in records:
        writer.write(rec)
    writer.close()
    assert writer.count == len(records)
    return stream.getvalue()


def test_make_writer_knows_every_format() -> None:
    stream = io.StringIO()
    kinds = {fmt: type(make_writer(fmt, stream, RECORD_FIELDS)) for fmt in FORMATS}
    assert kinds == {"table": TableWriter, "json": JsonWriter, "jsonl": JsonlWriter, "csv": CsvWriter}
    with pytest.raises(ValueError, match="unknown format"):
        make_writer("xml", stream, RECORD_FIELDS)


@pytest.mark.parametrize("n", sorted(BATCHES))
def test_json(n: int) -> None:
    text = render("json", BATCHES[n])
    assert json.loads(text) == BATCHES[n]
    assert text.endswith("\n")


@pytest.mark.parametrize("n", sorted(BATCHES))
def test_jsonl(n: int) -> None:
    text = render("jsonl", BATCHES[n])
    lines = text.splitlines()
    assert len(lines) == n  # a newline inside a quotation stays escaped
    assert [json.loads(line) for line in lines] == BATCHES[n]
    assert text == "" or text.endswith("\n")


@pytest.mark.parametrize("n", sorted(BATCHES))
def test_csv_round_trip(n: int) -> None:
    text = render("csv", BATCHES[n])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == RECORD_FIELDS
    assert len(rows) == n + 1
    for row, rec in zip(rows[1:], BATCHES[n], strict=True):
        assert row == [cell(rec, f) for f in RECORD_FIELDS]
    if n == 3:
        assert rows[2][RECORD_FIELDS.index("quote")] == TRICKY["quote"]


def test_csv_column_order_follows_the_fields_not_the_record() -> None:
    shuffled = dict(reversed(list(record(2).items())))
    rows = list(csv.reader(io.StringIO(render("csv", [shuffled]), newline="")))
    assert rows[1] == [cell(record(2), f) for f in RECORD_FIELDS]


def cell(rec: dict, field: str) -> str:
    """What the CSV writer puts in a column: empty for null, ``start-end;…`` for parts."""
    if field == "parts":
        return ";".join(f"{s}-{e}" for s, e in rec[field])
    return "" if rec[field] is None else str(rec[field])


@pytest.mark.parametrize("n", sorted(BATCHES))
def test_table(n: int) -> None:
    from quotes.cli import EXTRACT_COLUMNS

    stream = io.StringIO()
    writer = make_writer("table", stream, RECORD_FIELDS, EXTRACT_COLUMNS)
    for rec in BATCHES[n]:
        writer.write(rec)
    writer.close()
    text = stream.getvalue()
    if n == 0:
        assert text.strip() == "no records"
        return
    assert [name in text for name in ("article", "speaker", "kind", "cue", "quote")] == [True] * 5
    assert text.count("Hanna Vries") == n - (n == 3)  # the scare quote has no speaker
    assert "\x1b" not in text  # not a terminal: no colour codes
    assert "homes," in text


def test_table_cells_are_not_markup() -> None:
    stream = io.StringIO()
    writer = make_writer("table", stream, ["quote", "speaker"])
    writer.write({"quote": "[The minister] will [sic] go [/b] now", "speaker": "[bold]Ida Marsh"})
    writer.close()
    text = stream.getvalue()
    assert "[The minister]" in text and "[sic]" in text and "[/b]" in text and "[bold]Ida Marsh" in text


def test_jsonl_flushes_each_record() -> None:
    class Counting(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            super().flush()

    stream = Counting()
    writer = JsonlWriter(stream)
    writer.write(record(1))
    assert stream.flushes == 1 and stream.getvalue().count("\n") == 1
    writer.write(record(2))
    assert stream.flushes == 2


# --- atomic output ----------------------------------------------------------------------------------


def test_atomic_output_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_output(str(target), newline="") as handle:
        handle.write("a,b\r\n")
        assert not target.exists()  # nothing visible until the block ends
    assert target.read_bytes() == b"a,b\r\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_atomic_output_leaves_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(str(target)) as handle:
        handle.write("new, half written")
        raise RuntimeError("stop")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.json"]


def test_atomic_output_cleans_up_on_interrupt(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with pytest.raises(KeyboardInterrupt), atomic_output(str(target)) as handle:
        handle.write("partial")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_atomic_output_keeps_permissions_of_the_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "shared.jsonl"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    with atomic_output(str(target)) as handle:
        handle.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_atomic_output_new_file_gets_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        with atomic_output(str(tmp_path / "new.json")) as handle:
            handle.write("[]")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644


def test_atomic_output_follows_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with atomic_output(str(link)) as handle:
        handle.write("new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert sorted(os.listdir(tmp_path)) == ["link.json", "real.json"]


def test_atomic_output_to_a_folder_or_missing_folder_fails_at_once(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError), atomic_output(str(tmp_path)):
        pytest.fail("the block must not run")
    with pytest.raises(FileNotFoundError), atomic_output(str(tmp_path / "no" / "out.json")):
        pytest.fail("the block must not run")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("path", [None, "-"])
def test_atomic_output_stdout(path: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.StringIO()
    monkeypatch.setattr(sys, "stdout", fake)
    with atomic_output(path) as handle:
        assert handle is fake
        handle.write("x")
    assert fake.getvalue() == "x"
