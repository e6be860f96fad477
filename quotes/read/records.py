"""Read quotation records written by ``quotes extract`` (JSON array or JSON lines).

Commands that work on records (``compare``, ``check --against``, ``index``) take them as well as
articles, so a large corpus is parsed once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quotes.errors import InputError
from quotes.records import Quote


def is_records_file(path: str) -> bool:
    """True when ``path`` holds records from ``quotes extract``, not articles."""
    p = Path(path)
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


def iter_records(path: str, on_error: Callable[[InputError], None]) -> Iterator[Quote]:
    """The records of one file; a bad record is reported and skipped."""
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
