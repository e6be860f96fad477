"""Group quotations into statements: same speaker, same occasion, same words.

Never all pairs: quotations are blocked by speaker (a surname or organisation key, tolerant of
spelling variants), sorted by date, and compared only with those published within the window.
A pair counts when the shorter version's content words largely appear in the longer one, or when
they share a run of words; a word alignment then confirms it. Clusters never span more than the
window in publication dates, so the same speaker's similar words on another occasion stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date

from rapidfuzz import fuzz

from quotes.compare.align import align
from quotes.records import Quote
from quotes.words import Words, containment, longest_run, words

MIN_WORDS = 4  # shorter quotations are too generic to tie to one occasion
MIN_RUN = 5  # a run of this many shared words ties two versions
MIN_CONTAINMENT = 0.6  # or this share of the shorter one's content words


def speaker_key(name: str) -> str:
    """A blocking key for a speaker: the last word of the name, without accents or punctuation."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = [p for p in re.split(r"[^a-z0-9]+", text) if p and p not in {"jr", "sr", "ii", "iii"}]
    return parts[-1] if parts else ""


def same_speaker(a: str, b: str) -> bool:
    """Two canonical names for one speaker: equal, one inside the other, or spelled alike."""
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a or fuzz.token_set_ratio(a, b) >= 85


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def eligible(q: Quote) -> bool:
    """Quotations that can be grouped: attributed to a named speaker, not scare quotes."""
    return bool(q.speaker) and q.kind != "scare" and any(c.isupper() for c in q.speaker or "")


def _match(a: Words, b: Words) -> bool:
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    if len(short.norm) < MIN_WORDS:
        return short.norm == long.norm
    if short.norm == long.norm:
        return True
    enough = (
        len(short.content) >= 3 and containment(short.content, long.content) >= MIN_CONTAINMENT
    ) or longest_run(short.norm, long.norm) >= min(MIN_RUN, len(short.norm))
    if not enough:
        return False
    al = align(long, short)
    # The shorter one's words must line up in one compact stretch of the longer one.
    compact = (al.hi - al.lo) <= 2 * len(short.norm) + 5
    return compact and al.matched >= max(3, 0.5 * len(short.norm))


class _Clusters:
    """Union-find whose clusters keep their date range, so none spans more than the window."""

    def __init__(self, days: list[int | None], window: int) -> None:
        self.parent = list(range(len(days)))
        self.lo = list(days)
        self.hi = list(days)
        self.window = window

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        los = [d for d in (self.lo[ri], self.lo[rj]) if d is not None]
        his = [d for d in (self.hi[ri], self.hi[rj]) if d is not None]
        if los and max(his) - min(los) > self.window:
            return
        self.parent[rj] = ri
        self.lo[ri] = min(los) if los else None
        self.hi[ri] = max(his) if his else None


def group(records: Sequence[Quote], window: int = 3) -> list[list[int]]:
    """Indices of ``records`` grouped into statements (every eligible record in exactly one)."""
    idx = [i for i, q in enumerate(records) if eligible(q)]
    days = [_day(q.published) for q in records]
    texts = {i: words(records[i].quote) for i in idx}
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        blocks[speaker_key(records[i].speaker or "")].append(i)
    blocks = _merge_variant_keys(blocks)
    clusters = _Clusters(days, window)
    for members in blocks.values():
        dated = sorted((i for i in members if days[i] is not None), key=lambda i: days[i])  # type: ignore[arg-type,return-value]
        undated = [i for i in members if days[i] is None]
        for k, i in enumerate(dated):
            for m in range(k + 1, len(dated)):
                j = dated[m]
                if days[j] - days[i] > window:  # type: ignore[operator]
                    break
                _try(records, texts, clusters, i, j)
        # Undated quotations can only be told apart by their words: compare them with the others
        # through an index of their rarest words, not with every member of the block.
        for i, j in _word_pairs(undated, members, texts):
            _try(records, texts, clusters, i, j)
    out: dict[int, list[int]] = defaultdict(list)
    for i in idx:
        out[clusters.find(i)].append(i)
    return list(out.values())


def _word_pairs(undated: list[int], members: list[int], texts: dict[int, Words]) -> Iterator[tuple[int, int]]:
    """Pairs of an undated quotation and another member sharing one of its three rarest content words."""
    if not undated:
        return
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        for w in texts[i].content:
            postings[w].append(i)
    for i in undated:
        rarest = sorted(texts[i].content, key=lambda w: len(postings[w]))[:3]
        seen: set[int] = set()
        for w in rarest:
            for j in postings[w]:
                if j != i and j not in seen:
                    seen.add(j)
                    yield i, j


def _try(records: Sequence[Quote], texts: dict[int, Words], clusters: _Clusters, i: int, j: int) -> None:
    if clusters.find(i) == clusters.find(j):
        return
    if same_speaker(records[i].speaker or "", records[j].speaker or "") and _match(texts[i], texts[j]):
        clusters.union(i, j)


def _merge_variant_keys(blocks: dict[str, list[int]]) -> dict[str, list[int]]:
    """Join blocks whose keys are spellings of one name (netanyahu / netanyahou)."""
    keys = sorted(blocks)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_initial[key[:1]].append(key)
    alias: dict[str, str] = {}
    for group_keys in by_initial.values():
        for k, key in enumerate(group_keys):
            if key in alias or len(key) < 5:
                continue
            for other in group_keys[k + 1 :]:
                if other not in alias and len(other) >= 5 and fuzz.ratio(key, other) >= 88:
                    alias[other] = key
    merged: dict[str, list[int]] = defaultdict(list)
    for key, members in blocks.items():
        merged[alias.get(key, key)].extend(members)
    return merged
