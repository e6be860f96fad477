"""The quote bank: source quotations and transcript passages in SQLite, found again with FTS5.

A bank is a file (``quotes index … --db quotes.db``) or built in memory from ``--against`` paths.

Identity. An article is stored under its key: the resolved path of its file (``bank/a.txt``,
``./bank/a.txt`` and a symlink to it are one article; a JSONL line without an ``id`` is its file's
resolved path and line number), or its id when it names no file (a JSONL ``id``, ``<stdin>``). The
path as the user gave it is kept as its name, the ``article`` of what the bank gives back. With it
goes a digest of what extraction reads: format, title, text and non-prose spans (and the quotes
version and ``--model``, so an upgrade parses again).

Indexing (:func:`index_paths`). An article whose key and digest are in the bank already is skipped
before it is read by the parser. A changed article replaces its old records. The same text under
two paths is stored once per path (each path is an article of its own) but parsed once: the second
copy takes the first one's records, whether the first was stored in an earlier run or is parsed in
this one. Each article goes in within one transaction, so an interrupted run leaves the bank
consistent.

An article with quotations contributes its quotations, each with its speaker, cue, confidence and
rule. A source with none (a transcript, a press release, a speech as delivered) contributes its
paragraphs as passages: its words are the words said; a paragraph opening "NAME:" gives the speaker.

Schema 2 added the article's name and the quotations' cue, confidence and rule. A bank of schema 1
is upgraded in place when opened (the keys of files that exist from the current folder are
resolved; the old articles are parsed again the next time they are indexed, which fills in the new
columns); one of any other schema is refused, with the advice to build it again.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from quotes import __version__
from quotes.errors import InputError, UsageError
from quotes.marks.turns import turn_label
from quotes.read.decode import replace_surrogates
from quotes.records import QUOTATION_KINDS, Article
from quotes.words import words

if TYPE_CHECKING:  # the pipeline (and spaCy) is imported only when something must be parsed
    from quotes.pipeline import ArticleQuotes

SCHEMA_VERSION = "2"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, outlet TEXT, published TEXT, title TEXT,
    digest TEXT NOT NULL, name TEXT
);
CREATE INDEX IF NOT EXISTS articles_digest ON articles(digest);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id), kind TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER, end INTEGER, speaker TEXT, cue TEXT, confidence REAL, rule TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
"""
# Schema 1 lacked articles.name and quotes.cue, confidence and rule; added columns go last, as here.
_UPGRADE_FROM_1 = (
    "ALTER TABLE articles ADD COLUMN name TEXT",
    "UPDATE articles SET name = key",
    "ALTER TABLE quotes ADD COLUMN cue TEXT",
    "ALTER TABLE quotes ADD COLUMN confidence REAL",
    "ALTER TABLE quotes ADD COLUMN rule TEXT",
    "CREATE INDEX IF NOT EXISTS articles_digest ON articles(digest)",
)
_QUOTE_COLUMNS = "kind, text, start, end, speaker, cue, confidence, rule"
_INSERT_QUOTE = f"INSERT INTO quotes (article, {_QUOTE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
_ARTICLE_COLUMNS = "key, name, outlet, published, title, digest"
_INSERT_ARTICLE = f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"

Entry = tuple[str, str, int | None, int | None, str | None, str | None, float | None, str | None]
Counts = dict[str, int]


@dataclass(frozen=True, slots=True)
class SourceQuote:
    """A quotation (or transcript passage) of a source, as the bank gives it back."""

    id: int
    kind: str  # "quote" | "passage"
    text: str
    speaker: str | None
    article: str
    outlet: str | None
    published: str | None
    start: int | None
    end: int | None

    def describe(self) -> dict[str, object]:
        """Where the words come from, for reports."""
        return {
            "article": self.article,
            "outlet": self.outlet,
            "published": self.published,
            "speaker": self.speaker,
            "quote": self.text,
            "start": self.start,
            "end": self.end,
        }


class BankError(UsageError):
    """A quote bank that cannot be opened or is not a bank (a usage error: exit status 2)."""


class StoredArticle(NamedTuple):
    """An article's row in the bank: what tells whether it must be stored again."""

    id: int
    name: str | None
    outlet: str | None
    published: str | None
    digest: str


_LINE_OF_FILE = re.compile(r"^(.+):(\d+)$")


def _db_text(text: str | None) -> str | None:
    """Text SQLite can store: a lone surrogate (an undecodable file name) becomes U+FFFD."""
    return None if text is None else replace_surrogates(text)[0]


def _file(path: str) -> str | None:
    """The resolved path of an existing file, else None."""
    try:
        return os.path.realpath(path) if os.path.isfile(path) else None
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None


def article_key(article_id: str) -> str:
    """The identity of an article in a bank: its file's resolved path, ``FILE:LINE`` for a JSONL line
    with no id, or else the id itself."""
    if not article_id.startswith("<"):
        resolved = _file(article_id)
        if resolved is not None:
            return _db_text(resolved) or resolved
        m = _LINE_OF_FILE.match(article_id)
        resolved = _file(m.group(1)) if m else None
        if m and resolved is not None:
            return f"{_db_text(resolved)}:{m.group(2)}"
    return _db_text(article_id) or article_id


def article_digest(article: Article, model: str | None = None) -> str:
    """A digest of all that extraction reads of an article: equal digests give equal records."""
    h = hashlib.sha256(f"quotes {__version__}\0{model or ''}\0".encode())
    for part in (article.format, article.title or "", repr(article.nonprose), article.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class QuoteBank:
    """An SQLite quote bank."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self.notes: list[str] = []  # what opening the bank did that the user should know (an upgrade)
        try:
            self.db = sqlite3.connect(path)
        except sqlite3.Error as exc:
            raise BankError(f"{path}: cannot open the quote bank ({exc})") from None
        try:
            self._prepare()
        except sqlite3.Error as exc:
            self.db.close()
            raise BankError(f"{path}: not a quote bank ({exc})") from None
        except BankError:
            self.db.close()
            raise

    def _prepare(self) -> None:
        """Create the tables of a new bank; upgrade an old one; refuse a database that is something else."""
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            self.db.executescript(_SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            self.db.commit()
            return
        row = None
        if "meta" in tables:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or not {"articles", "quotes", "quotes_fts"} <= tables:
            raise BankError(f"{self.path}: not a quote bank (an SQLite database with other tables)")
        if row[0] == "1":
            self._upgrade_from_1()
        elif row[0] != SCHEMA_VERSION:
            raise BankError(
                f"{self.path}: a quote bank of schema {row[0]}, not {SCHEMA_VERSION}; build it again "
                "with quotes index"
            )

    def _upgrade_from_1(self) -> None:
        """Add schema 2's columns and resolve the keys of files, in one transaction."""
        try:
            self.db.execute("BEGIN")
            for sql in _UPGRADE_FROM_1:
                self.db.execute(sql)
            merged = 0
            for article_id, key in self.db.execute("SELECT id, key FROM articles ORDER BY id").fetchall():
                new = article_key(key)
                if new == key:
                    continue
                if self.db.execute("SELECT 1 FROM articles WHERE key = ?", (new,)).fetchone():
                    self._delete_article(article_id)  # the same file, indexed under another spelling
                    merged += 1
                else:
                    self.db.execute("UPDATE articles SET key = ? WHERE id = ?", (new, article_id))
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))
            self.db.commit()
        except sqlite3.Error as exc:
            self.db.rollback()
            raise BankError(
                f"{self.path}: a quote bank of schema 1 that cannot be upgraded to {SCHEMA_VERSION} ({exc}); "
                "build it again with quotes index"
            ) from None
        copies = f"; {merged} copies of an article under another spelling removed" if merged else ""
        self.notes.append(
            f"{self.path}: quote bank upgraded from schema 1 to {SCHEMA_VERSION}{copies}; its articles "
            "are parsed again when next indexed, to store each quotation's cue, confidence and rule"
        )

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> QuoteBank:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
    def add(self, result: ArticleQuotes, *, model: str | None = None) -> str:
        """Store one article's quotations; returns ``added``, ``replaced`` or ``unchanged``."""
        art = result.article
        key, digest = article_key(art.id), article_digest(art, model)
        row = self.row(key)
        if row is not None and row.digest == digest:
            return self.touch(row, art)
        with self.db:  # one transaction per article
            article_id = self._put_article(row, key, art, digest)
            for entry in self._entries(result):
                self._insert_quote(article_id, entry)
        return "added" if row is None else "replaced"

    def row(self, key: str) -> StoredArticle | None:
        """The stored article with this key, if any."""
        found = self.db.execute(
            "SELECT id, name, outlet, published, digest FROM articles WHERE key = ?", (key,)
        ).fetchone()
        return StoredArticle(*found) if found else None

    def touch(self, row: StoredArticle, art: Article) -> str:
        """An article whose text is stored already: note its name and metadata; ``unchanged`` or
        ``replaced`` (a new outlet or date, from a manifest)."""
        name = _db_text(art.id)
        if (row.outlet, row.published, row.name) == (art.outlet, art.published, name):
            return "unchanged"
        with self.db:
            self.db.execute(
                "UPDATE articles SET name = ?, outlet = ?, published = ? WHERE id = ?",
                (name, art.outlet, art.published, row.id),
            )
        return "unchanged" if (row.outlet, row.published) == (art.outlet, art.published) else "replaced"

    def twin(self, digest: str, key: str) -> int | None:
        """A stored article with this digest under another key: the same text, already parsed."""
        found = self.db.execute(
            "SELECT id FROM articles WHERE digest = ? AND key != ? LIMIT 1", (digest, key)
        ).fetchone()
        return found[0] if found else None

    def copy(self, source: int, art: Article, key: str, digest: str) -> str:
        """Store ``art`` with the records of the stored article ``source`` (the same text): no parse."""
        row = self.row(key)
        if row is not None and row.digest == digest:
            return self.touch(row, art)
        entries = self.db.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE article = ? ORDER BY id", (source,)
        ).fetchall()
        with self.db:
            article_id = self._put_article(row, key, art, digest)
            for entry in entries:
                self._insert_quote(article_id, entry)
        return "added" if row is None else "replaced"

    def _put_article(self, row: StoredArticle | None, key: str, art: Article, digest: str) -> int:
        """Insert the article, or empty and update the stored one; its id. Inside a transaction."""
        values = (_db_text(art.id), art.outlet, art.published, art.title, digest)
        if row is None:
            cur = self.db.execute(_INSERT_ARTICLE, (key, *values))
            assert cur.lastrowid is not None
            return cur.lastrowid
        self._delete_quotes(row.id)
        self.db.execute(
            "UPDATE articles SET name = ?, outlet = ?, published = ?, title = ?, digest = ? WHERE id = ?",
            (*values, row.id),
        )
        return row.id

    def _insert_quote(self, article_id: int, entry: Entry) -> None:
        cur = self.db.execute(_INSERT_QUOTE, (article_id, *entry))
        self.db.execute("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, entry[1]))

    def _delete_quotes(self, article_id: int) -> None:
        ids = [r[0] for r in self.db.execute("SELECT id FROM quotes WHERE article = ?", (article_id,))]
        self.db.executemany("DELETE FROM quotes_fts WHERE rowid = ?", [(i,) for i in ids])
        self.db.execute("DELETE FROM quotes WHERE article = ?", (article_id,))

    def _delete_article(self, article_id: int) -> None:
        self._delete_quotes(article_id)
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    @staticmethod
    def _entries(result: ArticleQuotes) -> Iterator[Entry]:
        quoted = [q for q in result.quotes if q.kind != "scare"]
        if quoted:
            for q in quoted:
                yield "quote", _db_text(q.quote) or "", q.start, q.end, q.speaker, q.cue, q.confidence, q.rule
            return
        text = result.article.text
        for p in result.paragraphs:
            label = turn_label(text, p.start, p.end)
            speaker = label.text if label else None
            start = label.body if label else p.start
            yield "passage", text[start : p.end], start, p.end, speaker, None, None, None

    def merge_from(self, path: str) -> None:
        """Copy the articles of another bank file into this one (those not here already)."""
        with open_bank(path) as other:
            try:
                for old_id, key, *values in other.db.execute(f"SELECT id, {_ARTICLE_COLUMNS} FROM articles"):
                    if self.db.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone():
                        continue
                    entries = other.db.execute(
                        f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE article = ? ORDER BY id", (old_id,)
                    ).fetchall()
                    with self.db:
                        cur = self.db.execute(_INSERT_ARTICLE, (key, *values))
                        assert cur.lastrowid is not None
                        for entry in entries:
                            self._insert_quote(cur.lastrowid, entry)
            except sqlite3.DatabaseError as exc:
                raise BankError(f"{path}: not a quote bank ({exc})") from None

    # -- reading -----------------------------------------------------------------------------
    def count(self) -> tuple[int, int]:
        """How many articles and quotations the bank holds."""
        a = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        q = self.db.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
        return a, q

    def candidates(self, quote: str, limit: int = 25) -> list[SourceQuote]:
        """Source quotations that share words with ``quote``, best first (BM25)."""
        w = words(quote)
        terms = sorted(w.content, key=lambda t: (-len(t), t))[:24] or list(dict.fromkeys(w.norm))[:12]
        terms = [t for t in terms if t.isalnum() or "'" in t or "-" in t]
        if not terms:
            return []
        if len(w.content) <= 3 and 1 <= len(w.norm) <= 6:
            match = '"' + " ".join(t.replace('"', "") for t in w.norm if t.isalnum()) + '"'
        else:
            match = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
        rows = self.db.execute(
            """SELECT q.id, q.kind, q.text, q.speaker, COALESCE(a.name, a.key), a.outlet, a.published,
                      q.start, q.end
               FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article
               WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts) LIMIT ?""",
            (match, limit),
        ).fetchall()
        return [SourceQuote(*r) for r in rows]


def open_bank(path: str, *, create: bool = False) -> QuoteBank:
    """Open a bank file; refuse a missing one unless ``create``."""
    if not create and not Path(path).is_file():
        raise BankError(f"{path}: no such quote bank; build it with: quotes index PATH... --db {path}")
    return QuoteBank(path)


def fill(bank: QuoteBank, results: Iterable[ArticleQuotes]) -> Counts:
    """Add articles to a bank; counts of added, replaced and unchanged articles."""
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    for result in results:
        counts[bank.add(result)] += 1
    return counts


class Indexer:
    """One indexing run: skips what the bank holds before it is parsed, and parses a text once."""

    def __init__(self, bank: QuoteBank, model: str | None = None) -> None:
        self.bank = bank
        self.model = model
        self.counts: Counts = {"added": 0, "replaced": 0, "unchanged": 0}
        # digest → (id of the article sent to the parser, the others with that text, waiting for it)
        self._parsing: dict[str, tuple[str, list[Article]]] = {}

    def to_parse(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles that must be parsed; the others are counted (and copied) here."""
        for art in articles:
            key, digest = article_key(art.id), article_digest(art, self.model)
            row = self.bank.row(key)
            if row is not None and row.digest == digest:
                self.counts[self.bank.touch(row, art)] += 1
            elif digest in self._parsing:  # the same text is on its way through the parser
                self._parsing[digest][1].append(art)
            elif (source := self.bank.twin(digest, key)) is not None:
                self.counts[self.bank.copy(source, art, key, digest)] += 1
            else:
                self._parsing[digest] = (art.id, [])
                yield art

    def store(self, result: ArticleQuotes) -> None:
        """Store one result, then the articles with the same text that waited for it."""
        self.counts[self.bank.add(result, model=self.model)] += 1
        digest = article_digest(result.article, self.model)
        _, waiting = self._parsing.pop(digest, ("", []))
        source = self.bank.row(article_key(result.article.id)) if waiting else None
        for art in waiting:
            assert source is not None
            self.counts[self.bank.copy(source.id, art, article_key(art.id), digest)] += 1

    def unresolved(self) -> Iterator[InputError]:
        """Articles left out because their text's first copy could not be attributed."""
        for parsed, waiting in self._parsing.values():
            for art in waiting:
                yield InputError(
                    art.id, f"not indexed: the same text as {parsed}, which could not be attributed"
                )


def index_paths(
    bank: QuoteBank,
    paths: Iterable[str],
    read_articles: Callable[[list[str]], Iterable[Article]],
    *,
    on_error: Callable[[InputError], None],
    model: str | None = None,
    workers: int = 1,
    track: Callable[[Iterable[ArticleQuotes]], Iterable[ArticleQuotes]] | None = None,
) -> Counts:
    """Index articles, transcripts and ``quotes extract`` records; counts of added, replaced, unchanged.

    Articles are read with ``read_articles``; those the bank holds unchanged are never parsed (nor is
    the model loaded when none is left), and a text found under several paths is parsed once. A file
    or article that fails goes to ``on_error``; the others are still indexed.
    """
    from quotes.read.records import split_records

    indexer = Indexer(bank, model)
    record_files, article_paths = split_records(paths)
    results: Iterable[ArticleQuotes] = _from_records(record_files, on_error)
    if article_paths:
        results = chain(
            results, _extracted(indexer.to_parse(read_articles(article_paths)), on_error, model, workers)
        )
    for result in track(results) if track else results:
        indexer.store(result)
    for err in indexer.unresolved():
        on_error(err)
    return indexer.counts


def _from_records(record_files: list[str], on_error: Callable[[InputError], None]) -> Iterator[ArticleQuotes]:
    """The per-article results of record files (``quotes extract`` output): nothing to parse."""
    if not record_files:
        return
    from quotes.pipeline import results_from_records
    from quotes.read.records import iter_records

    for path in record_files:
        yield from results_from_records(q for q in iter_records(path, on_error) if q.kind in QUOTATION_KINDS)


def _extracted(
    articles: Iterator[Article], on_error: Callable[[InputError], None], model: str | None, workers: int
) -> Iterator[ArticleQuotes]:
    """Extract the articles, if there are any: with none, neither spaCy nor the model is loaded."""
    first = next(articles, None)
    if first is None:
        return
    from quotes import pipeline

    def failed(article: Article, exc: Exception) -> None:
        problem = " ".join(str(exc).split()) or type(exc).__name__
        on_error(InputError(article.id, f"could not attribute: {problem}"))

    yield from pipeline.extract_many(
        chain([first], articles), model=model, workers=workers, on_error=failed, kinds=QUOTATION_KINDS
    )
