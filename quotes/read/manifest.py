"""Read ``manifest.csv`` files (file,outlet,published,title,url) and find the row for an article."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable

from quotes.errors import InputError
from quotes.read.dates import to_iso
from quotes.read.decode import decode
from quotes.read.files import read_bytes
from quotes.read.metadata import stated_value

MANIFEST_NAME = "manifest.csv"
MANIFEST_FIELDS = ("outlet", "published", "title", "url")
MANIFEST_MAX_BYTES = 100_000_000

Row = dict[str, str | None]


def _key(name: str) -> str:
    """A manifest ``file`` value or relative path in one comparable form."""
    return os.path.normpath(name.strip()).replace(os.sep, "/")


class Manifest:
    """The rows of one manifest, looked up by path relative to its folder or by base name."""

    def __init__(self, path: str, rows: dict[str, Row]) -> None:
        self.path = path
        self.folder = os.path.dirname(path) or "."
        self.rows = rows
        by_base: dict[str, list[Row]] = {}
        for key, row in rows.items():
            by_base.setdefault(key.rsplit("/", 1)[-1], []).append(row)
        self.by_base = {base: found[0] for base, found in by_base.items() if len(found) == 1}

    def row_for(self, path: str) -> Row | None:
        """The row for a file path (relative to the manifest's folder, else by base name)."""
        relative = _key(os.path.relpath(path, self.folder))
        return (
            self.rows.get(relative) or self.rows.get(_key(path)) or self.by_base.get(os.path.basename(path))
        )

    def row_for_id(self, article_id: str) -> Row | None:
        """The row whose ``file`` value is an article id (for JSONL lines)."""
        return self.rows.get(_key(article_id)) if article_id.strip() else None


def load_manifest(path: str, on_warning: Callable[[str], None] | None = None) -> Manifest:
    """Read a manifest file; InputError when it cannot be read or lacks a ``file`` column."""
    text = decode(read_bytes(path, MANIFEST_MAX_BYTES), path, on_warning=on_warning)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as err:
        raise InputError(path, f"not valid CSV ({err})") from None
    if "file" not in header:
        raise InputError(path, 'no "file" column; expected the columns file,outlet,published,title,url')
    rows: dict[str, Row] = {}
    try:
        for line in reader:
            values = dict(zip(header, (value.strip() for value in line), strict=False))
            name = values.get("file")
            if not name:
                continue
            row: Row = {field: stated_value(values.get(field)) for field in MANIFEST_FIELDS}
            published = row["published"]
            if published:
                row["published"] = to_iso(published)
                if row["published"] is None and on_warning:
                    on_warning(
                        f"{path}: {name}: date {published!r} not understood; inferring it from the text"
                    )
            rows[_key(name)] = row
    except csv.Error as err:
        raise InputError(path, f"not valid CSV at line {reader.line_num} ({err})") from None
    return Manifest(path, rows)


class Manifests:
    """The manifests that apply while reading: the one named by the user and any beside the files."""

    def __init__(
        self,
        explicit: str | None,
        on_error: Callable[[InputError], None],
        on_warning: Callable[[str], None] | None = None,
    ) -> None:
        self.on_error = on_error
        self.on_warning = on_warning
        self.explicit: Manifest | None = None
        self.beside: dict[str, Manifest | None] = {}
        if explicit is not None:
            try:
                self.explicit = load_manifest(explicit, on_warning)
            except InputError as err:
                on_error(err)

    def _beside(self, path: str) -> Manifest | None:
        """The manifest in the file's folder, read once and cached."""
        folder = os.path.dirname(path) or "."
        if folder not in self.beside:
            candidate = os.path.join(folder, MANIFEST_NAME) if folder != "." else MANIFEST_NAME
            manifest = None
            if os.path.isfile(candidate):
                explicit = self.explicit
                if explicit and os.path.abspath(explicit.path) == os.path.abspath(candidate):
                    manifest = explicit
                else:
                    try:
                        manifest = load_manifest(candidate, self.on_warning)
                    except InputError as err:
                        self.on_error(err)
            self.beside[folder] = manifest
        return self.beside[folder]

    def _merge(self, rows: list[Row | None]) -> Row:
        """Field by field, the first non-empty value among the rows."""
        merged: Row = dict.fromkeys(MANIFEST_FIELDS)
        for row in rows:
            if row:
                for field in MANIFEST_FIELDS:
                    merged[field] = merged[field] or row.get(field)
        return merged

    def for_file(self, path: str) -> Row:
        """What the manifests say about a file (the user's manifest first); empty fields are None."""
        beside = self._beside(path)
        return self._merge(
            [
                self.explicit.row_for(path) if self.explicit else None,
                beside.row_for(path) if beside else None,
            ]
        )

    def for_line(self, path: str, article_id: str) -> Row:
        """What the manifests say about one JSONL article, matched on its id."""
        beside = self._beside(path)
        return self._merge(
            [
                self.explicit.row_for_id(article_id) if self.explicit else None,
                beside.row_for_id(article_id) if beside else None,
            ]
        )
