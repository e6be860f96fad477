"""The quote bank: source quotations and transcript passages in SQLite, found again with FTS5.

A bank is a file (``quotes index … --db quotes.db``) or built in memory from ``--against`` paths.
Each article is stored once, keyed by its id, with a digest of its text: indexing it again with the
same text does nothing, with a new text replaces it. Each article goes in within one transaction,
so an interrupted run leaves the bank consistent.

An article with quotations contributes its quotations. A source with none (a transcript, a press
release, a speech as delivered) contributes its paragraphs as passages: its words are the words
said; a paragraph opening "NAME:" gives the speaker.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotes.errors import UsageError
from quotes.marks.turns import turn_label
from quotes.pipeline import ArticleQuotes
from quotes.words import words

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, outlet TEXT, published TEXT, title TEXT,
    digest TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id), kind TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER, end INTEGER, speaker TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
"""
_INSERT_QUOTE = "INSERT INTO quotes (article, kind, text, start, end, speaker) VALUES (?, ?, ?, ?, ?, ?)"


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


class QuoteBank:
    """An SQLite quote bank."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
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
        """Create the tables of a new bank; refuse a database that is something else."""
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
        if row[0] != SCHEMA_VERSION:
            raise BankError(
                f"{self.path}: a quote bank of schema {row[0]}, not {SCHEMA_VERSION}; build it again "
                "with quotes index"
            )

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> QuoteBank:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
    def add(self, result: ArticleQuotes) -> str:
        """Store one article's quotations; returns ``added``, ``replaced`` or ``unchanged``."""
        art = result.article
        digest = hashlib.sha256(art.text.encode("utf-8")).hexdigest()
        row = self.db.execute("SELECT id, digest FROM articles WHERE key = ?", (art.id,)).fetchone()
        if row is not None and row[1] == digest:
            return "unchanged"
        with self.db:  # one transaction per article
            if row is not None:
                ids = [r[0] for r in self.db.execute("SELECT id FROM quotes WHERE article = ?", (row[0],))]
                self.db.executemany("DELETE FROM quotes_fts WHERE rowid = ?", [(i,) for i in ids])
                self.db.execute("DELETE FROM quotes WHERE article = ?", (row[0],))
                self.db.execute(
                    "UPDATE articles SET outlet = ?, published = ?, title = ?, digest = ? WHERE id = ?",
                    (art.outlet, art.published, art.title, digest, row[0]),
                )
                article_id = row[0]
            else:
                cur = self.db.execute(
                    "INSERT INTO articles (key, outlet, published, title, digest) VALUES (?, ?, ?, ?, ?)",
                    (art.id, art.outlet, art.published, art.title, digest),
                )
                article_id = cur.lastrowid
            for kind, text, start, end, speaker in self._entries(result):
                cur = self.db.execute(_INSERT_QUOTE, (article_id, kind, text, start, end, speaker))
                self.db.execute("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, text))
        return "added" if row is None else "replaced"

    @staticmethod
    def _entries(result: ArticleQuotes) -> Iterator[tuple[str, str, int, int, str | None]]:
        quoted = [q for q in result.quotes if q.kind != "scare"]
        if quoted:
            for q in quoted:
                yield "quote", q.quote, q.start, q.end, q.speaker
            return
        text = result.article.text
        for p in result.paragraphs:
            label = turn_label(text, p.start, p.end)
            speaker = label.text if label else None
            start = label.body if label else p.start
            yield "passage", text[start : p.end], start, p.end, speaker

    def merge_from(self, path: str) -> None:
        """Copy the articles of another bank file into this one (those not here already)."""
        other = sqlite3.connect(path)
        try:
            for key, outlet, published, title, digest, old_id in other.execute(
                "SELECT key, outlet, published, title, digest, id FROM articles"
            ):
                if self.db.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone():
                    continue
                with self.db:
                    cur = self.db.execute(
                        "INSERT INTO articles (key, outlet, published, title, digest) VALUES (?, ?, ?, ?, ?)",
                        (key, outlet, published, title, digest),
                    )
                    for kind, text, start, end, speaker in other.execute(
                        "SELECT kind, text, start, end, speaker FROM quotes WHERE article = ?", (old_id,)
                    ):
                        q = self.db.execute(_INSERT_QUOTE, (cur.lastrowid, kind, text, start, end, speaker))
                        self.db.execute(
                            "INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)", (q.lastrowid, text)
                        )
        except sqlite3.DatabaseError as exc:
            raise BankError(f"{path}: not a quote bank ({exc})") from None
        finally:
            other.close()

    # -- reading -----------------------------------------------------------------------------
    def count(self) -> tuple[int, int]:
        """How many articles and quotations the bank holds."""
        a = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        q = self.db.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
        return a, q

    def candidates(self, quote: str, limit: int = 25) -> list[SourceQuote]:
        """Source quotations that share words with ``quote``, best first (BM25)."""
        w = words(quote)
        terms = sorted(w.content, key=len, reverse=True)[:24] or list(dict.fromkeys(w.norm))[:12]
        terms = [t for t in terms if t.isalnum() or "'" in t or "-" in t]
        if not terms:
            return []
        if len(w.content) <= 3 and 1 <= len(w.norm) <= 6:
            match = '"' + " ".join(t.replace('"', "") for t in w.norm if t.isalnum()) + '"'
        else:
            match = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
        rows = self.db.execute(
            """SELECT q.id, q.kind, q.text, q.speaker, a.key, a.outlet, a.published, q.start, q.end
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


def fill(bank: QuoteBank, results: Iterable[ArticleQuotes]) -> dict[str, int]:
    """Add articles to a bank; counts of added, replaced and unchanged articles."""
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    for result in results:
        counts[bank.add(result)] += 1
    return counts
