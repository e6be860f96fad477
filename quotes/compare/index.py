"""Candidate pairs for grouping, found in bulk before any pair is tested on its own.

Grouping (``quotes.compare.group``) tests pairs of quotations with word alignments, which are slow,
and a pass looks at many pairs: every pair of a speaker's quotations within the window, every pair
sharing a rare word triple. Most of them fail a test that needs no alignment: the shorter version
must have enough of its words in the longer one. This module lists the pairs a pass would look at,
in the order it would look at them, and drops in bulk (with numpy) those that surely fail, by word
masks: each quotation's distinct words set bits of a 256-bit mask, so the bits of one mask missing
from another count at least the words the other lacks. Only the pairs left are tested one by one,
and the groups are those of testing every pair.

Ranks are quotations in visit order (``group``); a day is a day number or None for an undated one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain

import numpy as np

BITS = 256  # bits of a word mask
_LANES = BITS // 64
_CHUNK = 1 << 21  # pairs looked at in one go: memory stays flat however big a block
# The thresholds of ``group`` (a test checks they agree): shorter versions are the same words only
# when equal; another speaker's version matches 80 % of the shorter one's words, six at least, and is
# looked up by the six rarest word triples.
MIN_WORDS = 4
CROSS_MIN_WORDS = 6
CROSS_MIN_SHARE = 0.8
SHINGLES_PER_QUOTE = 6
_WIDE = 1 << 21  # word ids below this pack three to an int64


def _order(columns: list[np.ndarray], sizes: list[int]) -> np.ndarray:
    """The indices that sort distinct rows by ``columns``, the first the most significant; each
    column's values are below its size (one sort of a mixed-radix number when it fits in 62 bits)."""
    total = 1
    for size in sizes:
        total *= max(size, 1)
    if total >= 1 << 62:
        return np.lexsort(columns[::-1])
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for column, size in zip(columns, sizes, strict=True):
        key = key * max(size, 1) + column
    return np.argsort(key)


def _numbered(values: np.ndarray) -> tuple[int, np.ndarray]:
    """How many distinct values, and each value's rank among them (``np.unique``'s inverse, by a
    plain sort, which is much faster for big integers)."""
    order = np.argsort(values)
    ordered = values[order]
    new = np.r_[True, ordered[1:] != ordered[:-1]]
    rank = np.empty(len(values), dtype=np.int64)
    rank[order] = np.cumsum(new) - 1
    return int(new.sum()), rank


def _popcount(x: np.ndarray) -> np.ndarray:
    """Set bits of each unsigned 64-bit number."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(x).astype(np.int64)
    table = np.array([bin(b).count("1") for b in range(256)], dtype=np.int64)
    return table[x.view(np.uint8)].reshape(*x.shape, 8).sum(axis=-1)


class Features:
    """What the bulk tests know of each quotation: its words with ellipses (``norm``) and without
    (``plain``), how many, a number for each distinct wording, and a mask of its distinct words."""

    def __init__(self, norms: Sequence[tuple[str, ...]], plains: Sequence[tuple[str, ...]]) -> None:
        """Features of quotations given by their normalised words, with and without ellipses."""
        self.n_norm = np.fromiter((len(x) for x in norms), dtype=np.int64, count=len(norms))
        self.n_plain = np.fromiter((len(x) for x in plains), dtype=np.int64, count=len(plains))
        wordings: dict[tuple[str, ...], int] = {}
        self.wording = np.fromiter(
            (wordings.setdefault(x, len(wordings)) for x in norms), dtype=np.int64, count=len(norms)
        )
        # A word's bit: its alphabetical rank (no hash seed) modulo the bits of a mask.
        ids = {w: n for n, w in enumerate(sorted({w for x in wordings for w in x}))}
        flat = np.array(list(map(ids.__getitem__, chain.from_iterable(norms))), dtype=np.int64) % BITS
        row = np.repeat(np.arange(len(norms)), self.n_norm)
        self.masks = np.zeros((len(norms), _LANES), dtype=np.uint64)
        bits = np.left_shift(np.uint64(1), (flat % 64).astype(np.uint64))
        np.bitwise_or.at(self.masks, (row, flat // 64), bits)

    def lacked(self, short: np.ndarray, long: np.ndarray) -> np.ndarray:
        """For each pair, a lower bound on the distinct words of ``short`` that ``long`` lacks (words
        that share a bit count once)."""
        return _popcount(self.masks[short] & ~self.masks[long]).sum(axis=1)

    def may_be_same_words(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """False where ``group.same_words`` is surely False: a short version (under four words) that is
        not the other's words, or one of which too few words can line up with the other's."""
        a_short = self.n_norm[a] <= self.n_norm[b]
        short = np.where(a_short, a, b)
        long = np.where(a_short, b, a)
        n = self.n_norm[short]
        equal = self.wording[short] == self.wording[long]
        most = n - self.lacked(short, long)
        return np.where(n < MIN_WORDS, equal, most >= np.maximum(3, 0.5 * n))

    def may_match_strongly(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """False where ``group.strong_match`` is surely False: fewer than 80 % of the shorter one's
        words can line up with the other's (or it has fewer than six words)."""
        a_short = self.n_plain[a] <= self.n_plain[b]
        short = np.where(a_short, a, b)
        long = np.where(a_short, b, a)
        n = self.n_plain[short]
        most = self.n_norm[short] - self.lacked(short, long)
        return (n >= CROSS_MIN_WORDS) & (most >= CROSS_MIN_SHARE * n)


def window_pairs(
    ranks: Sequence[int], days: Sequence[int], window: int, features: Features
) -> Iterator[tuple[int, int]]:
    """Pairs ``(ranks[n], ranks[m])``, n < m, dated within ``window`` days of each other, that may be
    the same words (:meth:`Features.may_be_same_words`), in the order n then m. ``ranks`` are sorted by
    their ``days``."""
    count = len(ranks)
    if count < 2:
        return
    r = np.asarray(ranks, dtype=np.int64)
    d = np.asarray(days, dtype=np.int64)
    ends = np.searchsorted(d, d + window, side="right")
    sizes = ends - np.arange(1, count + 1)
    start = 0
    while start < count:
        # as many firsts as keep the pairs of one go under the chunk size
        cum = np.cumsum(sizes[start:])
        stop = start + max(1, int(np.searchsorted(cum, _CHUNK, side="right")))
        n = np.repeat(np.arange(start, stop), sizes[start:stop])
        if len(n):
            offsets = np.cumsum(sizes[start:stop]) - sizes[start:stop]
            m = n + 1 + (np.arange(len(n)) - np.repeat(offsets, sizes[start:stop]))
            a, b = r[n], r[m]
            keep = features.may_be_same_words(a, b)
            yield from zip(a[keep].tolist(), b[keep].tolist(), strict=True)
        start = stop


class Shingles:
    """The word triples of the quotations of six words or more: each quotation's rarest ones and the
    quotations that hold each, sorted by date, for the second pass of ``group``."""

    def __init__(
        self, plains: Sequence[tuple[str, ...]], days: Sequence[int | None], window: int
    ) -> None:
        """Index the triples of the quotations ``plains`` (normalised words without ellipses)."""
        self.window = window
        indexed = [k for k, p in enumerate(plains) if len(p) >= CROSS_MIN_WORDS]
        holder, triple = self._triples(plains, indexed)
        if not len(triple):
            self.rarest = np.zeros((0, 3), dtype=np.int64)
            return
        n_kinds, which = _numbered(triple)  # ``which`` sorts as the triples do
        n_ranks = len(plains)
        pairs = np.sort(holder * n_kinds + which)
        pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]]  # each triple once per quotation
        holder, which = pairs // n_kinds, pairs % n_kinds
        counts = np.bincount(which, minlength=n_kinds)
        # Each quotation's triples, rarest first, ties by the words.
        order = _order([holder, counts[which], which], [n_ranks, int(counts.max()) + 1, n_kinds])
        holder, which = holder[order], which[order]
        starts = np.flatnonzero(np.r_[True, holder[1:] != holder[:-1]])
        place = np.arange(len(holder)) - np.repeat(starts, np.diff(np.r_[starts, len(holder)]))
        top = (place < SHINGLES_PER_QUOTE) & (counts[which] > 1)
        self.rarest = np.stack([holder[top], place[top], which[top]], axis=1)  # (rank, place, triple)
        # Postings: the holders of each triple, by day (undated first), then by rank.
        day_of = np.array([-1 if d is None else d for d in days], dtype=np.int64)
        known = day_of[day_of >= 0]
        low = int(known.min()) if len(known) else 0
        span = (int(known.max()) - low if len(known) else 0) + 2 * window + 4
        self.span = span
        self.day_key = np.where(day_of >= 0, day_of - low + window + 2, 0)  # undated: 0
        key = which * span + self.day_key[holder]
        by_key = _order([key, holder], [n_kinds * span, n_ranks])
        self.key = key[by_key]
        self.holder = holder[by_key]

    @staticmethod
    def _triples(plains: Sequence[tuple[str, ...]], indexed: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Every (quotation, triple), a triple as one number that sorts as its words do."""
        words = sorted({w for k in indexed for w in plains[k]})
        ids = {w: n for n, w in enumerate(words)}
        size = max(len(ids), 1)
        lengths = np.fromiter((len(plains[k]) for k in indexed), dtype=np.int64, count=len(indexed))
        count = lengths - 2  # triples of each quotation, with repeats
        holder = np.repeat(np.asarray(indexed, dtype=np.int64), count)
        if size < _WIDE:  # three word ids to a number
            flat = np.array(
                list(map(ids.__getitem__, chain.from_iterable(plains[k] for k in indexed))), dtype=np.int64
            )
            starts = np.cumsum(lengths) - lengths
            step = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
            pos = np.repeat(starts, count) + step
            triple = (flat[pos] * size + flat[pos + 1]) * size + flat[pos + 2]
        else:  # too many words to pack: number the triples in their own order
            every = [t for k in indexed for t in zip(plains[k], plains[k][1:], plains[k][2:], strict=False)]
            number = {t: n for n, t in enumerate(sorted(set(every)))}
            triple = np.fromiter((number[t] for t in every), dtype=np.int64, count=len(every))
        return holder, triple

    def candidates(self, features: Features, named: int, articles: np.ndarray) -> Iterator[tuple[int, int]]:
        """Pairs ``(i, j)`` the second pass looks at, in its order (``i``, then ``i``'s triples rarest
        first, then ``j``), less those it surely passes over: ``j`` comes after ``i``, holds one of
        ``i``'s rarest triples and is dated within the window; it is not in ``i``'s article when both
        are named or ``i`` is not; and the two may match strongly (:meth:`Features.may_match_strongly`)."""
        rows = self.rarest
        if not len(rows):
            return
        i, triple = rows[:, 0], rows[:, 2]
        base = triple * self.span
        dk = self.day_key[i]
        # The searches go in the order of the keys (much faster), then back to the rows' order.
        by_key = np.argsort(base + dk)
        back = np.empty_like(by_key)
        back[by_key] = np.arange(len(by_key))

        def search(keys: np.ndarray, side: str) -> np.ndarray:
            return np.searchsorted(self.key, keys[by_key], side=side)[back]  # type: ignore[call-overload]

        seg_lo = search(base, "left")
        seg_hi = search(base + self.span, "left")
        undated_hi = search(base + 1, "left")
        near_lo = np.maximum(search(base + dk - self.window, "left"), undated_hi)
        near_hi = search(base + dk + self.window, "right")
        # An undated quotation looks at every holder; a dated one at the undated ones and those near.
        dated = dk > 0
        spans = (
            (seg_lo, np.where(dated, undated_hi, seg_hi) - seg_lo),
            (near_lo, np.where(dated, np.maximum(near_hi - near_lo, 0), 0)),
        )
        # Cut the rows into runs of whole quotations whose candidates fit in one go.
        total = np.cumsum(spans[0][1] + spans[1][1])
        ends = np.flatnonzero(np.r_[i[1:] != i[:-1], True]) + 1  # one past each quotation's rows
        reached = total[ends - 1]  # candidates up to the end of each quotation
        begin = 0
        while begin < len(rows):
            done = int(total[begin - 1]) if begin else 0
            first = int(np.searchsorted(ends, begin, side="right"))
            last = max(first, int(np.searchsorted(reached, done + _CHUNK, side="right")) - 1)
            stop = int(ends[last])
            part = slice(begin, stop)
            where = [(lo[part], size[part]) for lo, size in spans]
            yield from self._pairs(rows[part], where, features, named, articles)
            begin = stop

    def _pairs(
        self,
        rows: np.ndarray,
        spans: list[tuple[np.ndarray, np.ndarray]],
        features: Features,
        named: int,
        articles: np.ndarray,
    ) -> Iterator[tuple[int, int]]:
        """:meth:`candidates` for some rows of ``rarest`` (whole quotations), given where each row's
        holders lie in the postings."""
        i, place = rows[:, 0], rows[:, 1]
        qi_all, qp_all, j_all = [], [], []
        for lo, size in spans:
            count = int(size.sum())
            if not count:
                continue
            q = np.repeat(np.arange(len(i)), size)
            offsets = np.cumsum(size) - size
            pos = lo[q] + (np.arange(count) - offsets[q])
            qi_all.append(i[q])
            qp_all.append(place[q])
            j_all.append(self.holder[pos])
        if not j_all:
            return
        qi, qp, j = np.concatenate(qi_all), np.concatenate(qp_all), np.concatenate(j_all)
        later = j > qi
        qi, qp, j = qi[later], qp[later], j[later]
        if not len(j):
            return
        # Each j once for its i: under the first of i's triples that holds it.
        order = np.lexsort((qp, j, qi))
        qi, qp, j = qi[order], qp[order], j[order]
        first = np.r_[True, (qi[1:] != qi[:-1]) | (j[1:] != j[:-1])]
        qi, qp, j = qi[first], qp[first], j[first]
        same_article = articles[qi] == articles[j]
        keep = ~(same_article & ((j < named) | (qi >= named))) & features.may_match_strongly(qi, j)
        qi, qp, j = qi[keep], qp[keep], j[keep]
        order = np.lexsort((j, qp, qi))
        yield from zip(qi[order].tolist(), j[order].tolist(), strict=True)
