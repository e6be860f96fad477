"""Record writers, one per output format; every command writes its records through these.

``json`` is one JSON array (streamed, never held whole in memory), ``jsonl`` one record a line,
``csv`` one row a record with a header, ``table`` a rich table for the terminal. ``parquet`` (quotation
records only) is binary and written by :mod:`quotes.write.parquet`, to a file or a folder of parts.

Data formats keep article text exactly (JSON writes C1 codes and bidi controls as ``\\uXXXX``);
the table shows control codes and bidi controls as visible escapes (see :mod:`quotes.write.escape`).
A lone surrogate (a file name with undecodable bytes) is written as its escape, ``\\udcff``, in
every format.

The table wraps long cells (a quotation is shown whole): as wide as the terminal, or ``width``
columns (80 in a file or a pipe, unless ``COLUMNS`` says otherwise).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotes.records import PARTS_FIELD, format_parts
from quotes.write.escape import json_safe, visible_line, without_surrogates

FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")


class RecordWriter:
    """Writes records one at a time; ``close`` finishes the document."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        """Write one record."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (closing brackets, the table itself)."""


class JsonWriter(RecordWriter):
    """A JSON array, written as records arrive."""

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(json_safe(json.dumps(record, ensure_ascii=False)))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")


class JsonlWriter(RecordWriter):
    """One JSON object a line, flushed as it goes so a pipe sees records as articles finish."""

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json_safe(json.dumps(record, ensure_ascii=False)) + "\n")
        self.stream.flush()
        self.count += 1


class CsvWriter(RecordWriter):
    """CSV with a header row; lists and dicts in a cell are written as JSON, a quotation's ``parts``
    as ``start-end;start-end`` (when ``parts`` is one of the columns)."""

    def __init__(self, stream: TextIO, fields: Sequence[str]) -> None:
        super().__init__(stream)
        self.writer = csv.DictWriter(stream, fieldnames=list(fields), extrasaction="ignore")
        self.writer.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        record = without_surrogates(record)  # the CSV file is UTF-8: no lone surrogate can go in
        row = {
            k: format_parts(v)
            if k == PARTS_FIELD and isinstance(v, list)
            else json.dumps(v, ensure_ascii=False)
            if isinstance(v, list | dict)
            else v
            for k, v in record.items()
        }
        self.writer.writerow(row)
        self.count += 1


class TableWriter(RecordWriter):
    """A rich table of chosen columns, printed when closed."""

    def __init__(
        self,
        stream: TextIO,
        columns: Sequence[tuple[str, Callable[[dict[str, Any]], str]]],
        title: str | None = None,
        width: int | None = None,
    ) -> None:
        super().__init__(stream)
        self.columns = columns
        self.width = width
        self.table = Table(title=title, show_lines=False, expand=True)
        for name, _ in columns:
            self.table.add_column(name, overflow="fold")

    def write(self, record: dict[str, Any]) -> None:
        # Plain Text cells: brackets in a quotation ("[the minister] said") are words, not rich markup;
        # control codes and bidi controls are shown escaped, line breaks and tabs as spaces.
        self.table.add_row(*(Text(visible_line(str(get(record)))) for _, get in self.columns))
        self.count += 1

    def close(self) -> None:
        console = Console(file=self.stream, soft_wrap=False, width=self.width)
        if self.count:
            console.print(self.table)
        else:
            console.print("no records")


def make_writer(
    fmt: str,
    stream: TextIO,
    fields: Sequence[str],
    columns: Sequence[tuple[str, Callable[[dict[str, Any]], str]]] = (),
    title: str | None = None,
    width: int | None = None,
) -> RecordWriter:
    """The writer for an output format; ``width`` is the table's (other formats have none)."""
    if fmt == "json":
        return JsonWriter(stream)
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, fields)
    if fmt == "table":
        cols = columns or [(f, lambda r, f=f: "" if r.get(f) is None else str(r.get(f))) for f in fields]
        return TableWriter(stream, cols, title, width)
    if fmt == "parquet":
        raise ValueError("parquet is binary, not text: write it with quotes.write.parquet.ParquetOutput")
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
