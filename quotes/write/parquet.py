"""Quotation records as Parquet: one row per record, one column per field, typed.

``write_parquet(records, path)`` writes a list of records; the CLI streams them through
:class:`ParquetOutput`: into one file (row groups of ``ROW_GROUP`` records), or, with a folder as the
output, into one part file per batch of articles (``part-00000.parquet``, ``part-00001.parquet``, …,
in input order), which Spark, DuckDB, pandas and pyarrow read as one dataset.

Writes are atomic, as for the other formats: a file is written under a temporary name and renamed
over the old one at the end; a folder's parts are written into a hidden folder inside it and moved
in at the end, replacing the old ``part-*.parquet`` (other files there are left alone). A pipe or a
device is written to in place, never replaced; a terminal is refused (Parquet is binary).

The same records give byte-identical files: the schema is fixed (:data:`SCHEMA`) and nothing in the
file depends on the time or the machine.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from quotes.errors import UsageError
from quotes.records import RECORD_FIELDS, Quote
from quotes.write.atomic import mode_for, written_in_place
from quotes.write.escape import without_surrogates

SPAN = pa.struct([pa.field("start", pa.int64(), nullable=False), pa.field("end", pa.int64(), nullable=False)])

# Field → (Arrow type, may be null); in the order of RECORD_FIELDS (the JSON keys, the CSV columns).
COLUMNS: dict[str, tuple[pa.DataType, bool]] = {
    "article": (pa.string(), False),
    "outlet": (pa.string(), True),
    "published": (pa.string(), True),  # ISO date, YYYY-MM-DD, as in JSON
    "quote": (pa.string(), False),
    "start": (pa.int64(), False),
    "end": (pa.int64(), False),
    "kind": (pa.string(), False),
    "speaker": (pa.string(), True),
    "speaker_mention": (pa.string(), True),
    "speaker_start": (pa.int64(), True),
    "speaker_end": (pa.int64(), True),
    "cue": (pa.string(), True),
    "confidence": (pa.float64(), False),
    "rule": (pa.string(), True),
    "cue_class": (pa.string(), True),
    "speaker_type": (pa.string(), True),
    "within": (
        pa.list_(pa.field("element", pa.int64())),
        True,
    ),  # [start, end] of a partial quotation's reported clause
    "parts": (pa.list_(pa.field("element", SPAN, nullable=False)), False),  # [{start, end}, …]
}
SCHEMA = pa.schema(
    [pa.field(name, *COLUMNS.get(name, (pa.string(), True))) for name in RECORD_FIELDS],
    metadata={b"quotes.format": b"quotation records, one row per record"},
)
ROW_GROUP = 10_000  # records per row group in a single file: memory stays bounded while writing
PART_NAME = "part-{:05d}.parquet"


def _row(record: dict[str, Any] | Quote) -> dict[str, Any]:
    """A record as a row of :data:`SCHEMA`: ``parts`` as ``{start, end}`` structs, surrogates escaped.

    A dict goes through :meth:`Quote.from_dict` first, so a field it leaves out takes its default."""
    quote = record if isinstance(record, Quote) else Quote.from_dict(record)
    data = without_surrogates(quote.to_dict())  # Parquet strings are UTF-8: no lone surrogate can go in
    data["parts"] = [{"start": s, "end": e} for s, e in data["parts"]]
    return {name: data.get(name) for name in SCHEMA.names}


def record_table(records: Iterable[dict[str, Any] | Quote]) -> pa.Table:
    """The records as an Arrow table of :data:`SCHEMA`, one row each."""
    return pa.Table.from_pylist([_row(r) for r in records], schema=SCHEMA)


def row_to_record(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row back as a record dict, as ``Quote.to_dict`` gives it (``parts`` as pairs)."""
    record = dict(row)
    record["parts"] = [[p["start"], p["end"]] for p in row.get("parts") or []]
    return record


COMPRESSION = "zstd"


def _writer(where: str | IO[bytes]) -> pq.ParquetWriter:
    """A Parquet writer of :data:`SCHEMA`, compressed with :data:`COMPRESSION`."""
    return pq.ParquetWriter(where, SCHEMA, compression=COMPRESSION)


def is_folder_target(path: str | None) -> bool:
    """Whether ``path`` asks for a folder of part files: an existing folder, or a name ending in ``/``."""
    return path not in (None, "-") and (os.path.isdir(path) or path.endswith(("/", os.sep)))


def check_target(path: str | None) -> None:
    """Refuse, before the run, an output Parquet cannot go to: a terminal (binary data)."""
    if path in (None, "-") and sys.stdout.isatty():
        raise UsageError(
            "Parquet is binary: refusing to write it to a terminal; give -o FILE.parquet (or a folder), "
            "or redirect stdout"
        )


class ParquetOutput:
    """Records streamed into Parquet, article by article: a file, a folder of parts, or stdout.

    ``add(records)`` takes one article's records (dicts). In a folder, each ``part_articles``
    articles make one part file. ``close()`` finishes and publishes the output; ``abort()`` leaves
    the old output as it was.
    """

    def __init__(self, path: str | None, *, part_articles: int = 32) -> None:
        check_target(path)
        self.path = path
        self.part_articles = max(1, part_articles)
        self.folder = is_folder_target(path)
        self.count = 0  # records written
        self._rows: list[dict[str, Any]] = []
        self._articles = 0
        self._parts = 0
        self._tmp: str | None = None
        self._handle: IO[bytes] | None = None
        self._writer: pq.ParquetWriter | None = None
        self._created = False  # the folder was made for this run: an aborted run removes it again
        if self.folder:
            assert path is not None
            self._created = not os.path.isdir(path)
            os.makedirs(path, exist_ok=True)
            self._tmp = tempfile.mkdtemp(prefix=".quotes-parts-", suffix=".tmp", dir=path)

    def add(self, records: Iterable[dict[str, Any] | Quote]) -> None:
        """Add one article's records (an article without any still counts towards a part)."""
        self._rows.extend(_row(r) for r in records)
        self._articles += 1
        if self.folder and self._articles >= self.part_articles:
            self._flush_part()
        elif not self.folder and len(self._rows) >= ROW_GROUP:
            self._flush_group()

    def _flush_part(self) -> None:
        """Write the batch's records as the next part file (an empty batch writes none)."""
        if self._rows:
            assert self._tmp is not None
            pq.write_table(
                pa.Table.from_pylist(self._rows, schema=SCHEMA),
                os.path.join(self._tmp, PART_NAME.format(self._parts)),
                compression=COMPRESSION,
            )
            self.count += len(self._rows)
            self._parts += 1
        self._rows, self._articles = [], 0

    def _open(self) -> pq.ParquetWriter:
        """The single-file writer, opened on first use: a temporary file beside the target, a pipe
        or device as it is, or stdout."""
        if self._writer is not None:
            return self._writer
        path = self.path
        if path in (None, "-"):
            sys.stdout.flush()
            self._handle = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
        elif written_in_place(path):
            self._handle = open(path, "wb")  # noqa: SIM115 - closed in close() or abort()
        else:
            target = Path(os.path.realpath(path))
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.chmod(self._tmp, mode_for(target))
            self._handle = os.fdopen(fd, "wb")
        self._writer = _writer(self._handle)
        return self._writer

    def _flush_group(self) -> None:
        """Write the records held as one row group of the single file."""
        self._open().write_table(pa.Table.from_pylist(self._rows, schema=SCHEMA))
        self.count += len(self._rows)
        self._rows = []

    def close(self) -> None:
        """Finish the output and put it in place of the old one."""
        if self.folder:
            self._flush_part()
            self._publish_parts()
            return
        if self._rows or self._writer is None:  # no record at all: still a valid file, with the schema
            self._flush_group()
        assert self._writer is not None and self._handle is not None
        self._writer.close()
        self._handle.flush()
        if self._tmp is not None:
            os.fsync(self._handle.fileno())
        self._handle.close()
        if self._tmp is not None:
            assert self.path is not None
            os.replace(self._tmp, os.path.realpath(self.path))
            self._tmp = None

    def _publish_parts(self) -> None:
        """Replace the folder's old part files with the new ones."""
        assert self._tmp is not None and self.path is not None
        if self._parts == 0:  # no record at all: one empty part, so the folder still reads as records
            pq.write_table(
                SCHEMA.empty_table(), os.path.join(self._tmp, PART_NAME.format(0)), compression=COMPRESSION
            )
            self._parts = 1
        for old in Path(self.path).glob("part-*.parquet"):
            old.unlink()
        for n in range(self._parts):
            name = PART_NAME.format(n)
            os.replace(os.path.join(self._tmp, name), os.path.join(self.path, name))
        os.rmdir(self._tmp)
        self._tmp = None

    def abort(self) -> None:
        """Drop what was written; the old output stays as it was."""
        with contextlib.suppress(Exception):
            if self._writer is not None:
                self._writer.close()
        with contextlib.suppress(OSError):
            if self._handle is not None:
                self._handle.close()
        if self._tmp is not None:
            if self.folder:
                shutil.rmtree(self._tmp, ignore_errors=True)
                if self._created and self.path is not None:
                    with contextlib.suppress(OSError):
                        os.rmdir(self.path)  # only if nothing else was put there meanwhile
            else:
                with contextlib.suppress(OSError):
                    os.unlink(self._tmp)
            self._tmp = None


@contextlib.contextmanager
def parquet_output(path: str | None, *, part_articles: int = 32) -> Iterator[ParquetOutput]:
    """A :class:`ParquetOutput` published when the block succeeds and dropped when it fails."""
    out = ParquetOutput(path, part_articles=part_articles)
    try:
        yield out
    except BaseException:
        out.abort()
        raise
    out.close()


def write_parquet(
    records: Iterable[dict[str, Any] | Quote], path: str, *, part_records: int | None = None
) -> int:
    """Write records (``Quote`` objects or their dicts) to a Parquet file, atomically; with
    ``part_records``, into the folder ``path`` as part files of that many records. Returns the count."""
    folder = part_records is not None
    with parquet_output(os.path.join(path, "") if folder else path, part_articles=part_records or 1) as out:
        for record in records:
            out.add([record])  # one record a unit: a part holds part_records of them
    return out.count


def is_parquet_file(path: str) -> bool:
    """Whether ``path`` is a regular file that starts as a Parquet file does."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            return handle.read(4) == b"PAR1"
    except OSError:
        return False
