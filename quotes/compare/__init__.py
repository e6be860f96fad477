"""Compare how outlets quote the same statement.

``compare(records)`` groups quotation records into statements (``group``), picks each statement's
reference version (the fullest), and tells how every version relates to it (``relations``):
verbatim, fragment, elided, extended, variant or altered, with a word-level diff. A version's
``reasons`` say what differs beyond the words: each change of meaning of an altered version, with
its words (``negation added: will act -> will not act``), and ``speaker differs: NAME`` when an outlet
gives the statement's words to someone else. ``summarize`` then counts, per outlet, how faithfully
it quotes.

The output is the same for the same records, in any order and under any ``PYTHONHASHSEED``: ties
are broken by date, article, offsets and words, never by the order of a set or of the input.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from quotes.compare.align import forget_alignments
from quotes.compare.group import group, quote_words, resolved_speaker, same_speaker
from quotes.compare.relations import compare_versions
from quotes.compare.reported import attach
from quotes.records import OutletSummary, Quote, Statement, Version
from quotes.words import ELLIPSIS, Words

__all__ = ["compare", "outlet_of", "summarize"]


def outlet_of(q: Quote | Version) -> str:
    """The outlet that printed a version; an article without a known outlet stands for itself."""
    return q.outlet or f"({Path(str(q.article)).name})"


def _slug(text: str) -> str:
    """A statement id's readable part: the name in lower case, words joined by dashes."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "unknown"


def _speaker(members: Sequence[Quote]) -> str:
    """The name most versions give (a name before a role or nothing, then the longest, then the first
    in alphabetical order)."""
    names = Counter(q.speaker or "" for q in members)
    return min(names, key=lambda n: (not eligible_name(n), -names[n], -len(n), n))


def eligible_name(name: str) -> bool:
    """A speaker's name as statements take it: with a capital letter (not "", not "the minister")."""
    return any(c.isupper() for c in name)


def _reference(members: Sequence[Quote], texts: Sequence[Words] | None = None) -> Quote:
    """The fullest version: most words (an ellipsis is none), untrimmed, the earliest, the first article.
    ``texts``, when given, are the members' words (``quote_words``), in the same order."""
    texts = texts if texts is not None else [quote_words(q.quote) for q in members]

    def words_key(n: int) -> tuple:
        norm = texts[n].norm
        gaps = 0 if ELLIPSIS.isdisjoint(norm) else sum(w in ELLIPSIS for w in norm)
        return (len(norm) - gaps, -gaps, _neg_date(members[n].published))

    # The key's words and date first; the article and offset only among the versions that tie.
    keys = [words_key(n) for n in range(len(members))]
    best = max(keys)
    tied = [n for n, k in enumerate(keys) if k == best]
    if len(tied) == 1:
        return members[tied[0]]
    return members[max(tied, key=lambda n: (_neg(members[n].article), -members[n].start))]


@functools.lru_cache(maxsize=1 << 12)
def _neg_date(value: str | None) -> tuple[int, ...]:
    """A date as a key that sorts the earliest last (for ``max``); an unknown date sorts first."""
    if not value:
        return (-(10**9),)
    return tuple(-int(p) for p in re.findall(r"\d+", value))


def _neg(text: str) -> tuple[int, ...]:
    """A text as a key that sorts it last in alphabetical order (for ``max``)."""
    return tuple(-ord(c) for c in text)


def _member_key(q: Quote) -> tuple:
    """The order of a statement's versions: date, article, offsets, words, speaker."""
    return (q.published or "", q.article, q.start, q.end, q.quote, q.speaker or "")


def compare(records: Iterable[Quote], window: int = 3) -> list[Statement]:
    """Group quotation records into statements and compare every version with the reference.

    Every attributed, non-scare quotation ends up in exactly one statement; statements printed by
    several outlets come first. ``window`` is the largest gap, in days, between the publication
    dates of one statement's versions. A reported record (a paraphrase) joins the statement it
    reports, if any (``quotes.compare.reported``); it makes no statement of its own.
    """
    everything = list(records)
    records = [q for q in everything if q.kind != "reported"]
    statements: list[Statement] = []
    texts = [quote_words(q.quote) for q in records]  # split once, for grouping and comparing
    # group() visits records in a fixed order; members are sorted the same way here.
    for members_idx in group(records, window, texts):
        ranked = sorted(members_idx, key=lambda i: _member_key(records[i]))
        members = [records[i] for i in ranked]
        ref = _reference(members, [texts[i] for i in ranked])
        ref_words = quote_words(ref.quote)
        speaker = _speaker(members)
        versions = []
        for i, q in zip(ranked, members, strict=True):
            others = _speaker_differs(q, speaker)
            if q is ref:
                versions.append(version_of(q, "reference", 1.0, [], others))
                continue
            cmp_ = compare_versions(ref_words, texts[i], ref.quote, q.quote)
            reasons = [*cmp_.details, *others]
            versions.append(version_of(q, cmp_.relation, cmp_.similarity, cmp_.diff, reasons))
        dates = sorted(q.published for q in members if q.published)
        first = dates[0] if dates else None
        digest = hashlib.sha1(f"{speaker}|{first}|{ref.quote}".encode()).hexdigest()[:6]
        outlets = sorted({outlet_of(q) for q in members})
        statements.append(
            Statement(
                id=f"{_slug(speaker)}-{first or 'undated'}-{digest}",
                speaker=speaker,
                text=ref.quote,
                first_published=first,
                outlets=outlets,
                versions=versions,
            )
        )
    reported = [q for q in everything if q.kind == "reported"]
    if reported:  # (its index of the statements is only worth building for some)
        attach(statements, reported, window)
    statements.sort(key=lambda s: (-len(s.outlets), s.first_published or "9999", s.id))
    forget_alignments()  # what grouping and comparing shared: not needed for writing the statements
    return statements


_same_speaker = functools.lru_cache(maxsize=1 << 14)(same_speaker)  # a statement's few names, again
_resolved = functools.lru_cache(maxsize=1 << 14)(resolved_speaker)


def _speaker_differs(q: Quote, speaker: str) -> list[str]:
    """``speaker differs: NAME`` when the version gives the words to another resolved speaker."""
    if not q.speaker or _same_speaker(q.speaker, speaker):
        return []
    if _resolved(q.speaker) and _resolved(speaker):
        return [f"speaker differs: {q.speaker}"]
    return []


def version_of(q: Quote, relation: str, similarity: float, diff: list, reasons: list[str]) -> Version:
    """A version of a statement, as the output gives it."""
    return Version(
        article=q.article,
        outlet=q.outlet,
        published=q.published,
        quote=q.quote,
        start=q.start,
        end=q.end,
        speaker=q.speaker,
        relation=relation,
        similarity=similarity,
        diff=diff,
        reasons=reasons,
    )


def summarize(statements: Sequence[Statement], records: Iterable[Quote] = ()) -> list[OutletSummary]:
    """Per outlet: its quotations, the statements it shares with other outlets, and their relations."""
    rows: dict[str, OutletSummary] = {}
    counts: dict[str, int] = defaultdict(int)
    for q in records:
        if q.kind not in {"scare", "reported"}:
            counts[outlet_of(q)] += 1
    for st in statements:
        for v in st.versions:
            counts.setdefault(outlet_of(v), 0)
    for outlet, n in counts.items():
        rows[outlet] = OutletSummary(outlet, quotations=n)
    for st in statements:
        if not st.shared:
            continue
        for outlet in st.outlets:
            rows[outlet].statements_shared += 1
        for v in st.versions:
            row = rows[outlet_of(v)]
            if hasattr(row, v.relation):
                setattr(row, v.relation, getattr(row, v.relation) + 1)
    return sorted(rows.values(), key=lambda r: (-r.statements_shared, -r.quotations, r.outlet))
