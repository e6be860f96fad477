"""Read quotation records written by ``quotes extract`` (JSON array, JSON lines or Parquet).

Commands that work on records (``compare``, ``check --against``, ``index``, ``report``) take them as
well as articles, so a large corpus is parsed once. A folder of Parquet part files
(``quotes extract -f parquet -o folder/``) is read part by part, in name order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quotes.errors import InputError
from quotes.records import Quote

RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".parquet"})


def is_records_file(path: str) -> bool:
    """True when ``path`` holds records from ``quotes extract``, not articles."""
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        return _is_parquet_records(path)
    if p.suffix.lower() not in {".json", ".jsonl"} or not p.is_file():
        return False
    try:
        with open(p, encoding="utf-8-sig") as handle:
            head = handle.read(4096).lstrip()
    except (OSError, UnicodeDecodeError):
        return False
    if head.startswith("["):
        return '"quote"' in head or head.startswith("[]")
    first = head.split("\n", 1)[0]
    try:
        obj = json.loads(first)
    except json.JSONDecodeError:
        return '"quote"' in first and '"text"' not in first
    return isinstance(obj, dict) and "quote" in obj and "text" not in obj


def split_records(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split command-line paths into records files (given, or found in folders) and article paths."""
    from quotes.read.sources import iter_sources

    records: list[str] = []
    articles: list[str] = []
    for path in paths:
        if is_records_file(path):
            records.append(path)
            continue
        if not Path(path).is_dir():
            articles.append(path)
            continue
        found = list(iter_sources(path, lambda err: None))
        records.extend(s.path for s in found if s.format == "records")
        if not found or any(s.format != "records" for s in found):
            articles.append(path)  # an empty folder stays, to be reported by the article reader
    return records, articles


def _is_parquet_records(path: str) -> bool:
    """True when ``path`` is a Parquet file whose columns are those of quotation records."""
    from quotes.write.parquet import is_parquet_file

    if not is_parquet_file(path):
        return False
    import pyarrow.parquet as pq

    try:
        names = set(pq.read_schema(path).names)
    except Exception:  # pyarrow raises several kinds for a damaged file: then it is no records file
        return False
    return {"article", "quote"} <= names


def _iter_parquet(path: str, on_error: Callable[[InputError], None]) -> Iterator[Quote]:
    """The records of a Parquet file, a row group at a time; a bad row is reported and skipped."""
    import pyarrow.parquet as pq

    from quotes.write.parquet import row_to_record

    try:
        table = pq.ParquetFile(path)
        batches = table.iter_batches(batch_size=10_000)
        n = 0
        for batch in batches:
            for row in batch.to_pylist():
                n += 1
                yield from _record(row_to_record(row), f"{path}:row {n}", on_error)
    except OSError as exc:
        on_error(InputError(path, f"cannot read: {exc.strerror or exc}"))
    except Exception as exc:  # pyarrow's errors for a damaged or foreign file
        problem = " ".join(str(exc).split()) or type(exc).__name__
        on_error(InputError(path, f"not a valid Parquet records file ({problem})"))


def iter_records(path: str, on_error: Callable[[InputError], None]) -> Iterator[Quote]:
    """The records of one file (JSON, JSON lines or Parquet); a bad record is reported and skipped."""
    if Path(path).suffix.lower() == ".parquet":
        yield from _iter_parquet(path, on_error)
        return
    try:
        with open(path, encoding="utf-8-sig") as handle:
            head = handle.read(1)
            while head and head.isspace():
                head = handle.read(1)
            handle.seek(0)
            if head == "[":
                try:
                    items = json.load(handle)
                except json.JSONDecodeError as exc:
                    on_error(InputError(path, f"not valid JSON ({exc.msg} at line {exc.lineno})"))
                    return
                for k, item in enumerate(items, 1):
                    yield from _record(item, f"{path}:record {k}", on_error)
                return
            for n, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    on_error(InputError(f"{path}:{n}", f"not valid JSON ({exc.msg})"))
                    continue
                yield from _record(item, f"{path}:{n}", on_error)
    except OSError as exc:
        on_error(InputError(path, f"cannot read: {exc.strerror or exc}"))
    except UnicodeDecodeError:
        on_error(InputError(path, "not valid UTF-8"))


def _record(item: object, source: str, on_error: Callable[[InputError], None]) -> Iterator[Quote]:
    if not isinstance(item, dict):
        on_error(InputError(source, "not a JSON object"))
        return
    try:
        yield Quote.from_dict(item)
    except (TypeError, ValueError) as exc:
        on_error(InputError(source, f"not a quotation record: {exc}"))
