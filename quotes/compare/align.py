"""A word alignment between two quotations (their words come from ``quotes.words``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from difflib import Match, SequenceMatcher

from quotes.words import ELLIPSIS, Words


@dataclass(frozen=True, slots=True)
class Alignment:
    """A version aligned to a reference: the reference's covered window and the word-level diff."""

    lo: int  # first reference word covered
    hi: int  # one past the last reference word covered
    matched: int  # words matched
    ops: tuple[tuple[str, int, int, int, int], ...]  # difflib opcodes, reference window vs version

    def similarity(self, ref_len: int, version_len: int) -> float:
        """Matched words over the words of the window and the version (Dice)."""
        total = (self.hi - self.lo) + version_len
        return round(2 * self.matched / total, 3) if total else 1.0


STRAY_BLOCK = 2  # a match of this many words or fewer, far from the others, is chance ("the")
STRAY_GAP = 3  # far: it leaves out this many more reference words than version words


def _main_run(blocks: list[Match], ver: tuple[str, ...]) -> list[Match]:
    """The matching blocks without stray ones at the edges: a word or two matched far away from the
    rest ("the" at the start of the reference for the "the" of "the 14 new pumps"), unless an
    ellipsis in the version stands for the words between."""
    lo, hi = 0, len(blocks)

    def stray(small: Match, near: Match, left: bool) -> bool:
        if small.size > STRAY_BLOCK:
            return False
        a, b = (small, near) if left else (near, small)
        ref_gap = b.a - (a.a + a.size)
        ver_gap = b.b - (a.b + a.size)
        marked = any(w in ELLIPSIS for w in ver[a.b + a.size : b.b])
        return ref_gap > ver_gap + STRAY_GAP and not marked

    while hi - lo > 1 and stray(blocks[lo], blocks[lo + 1], True):
        lo += 1
    while hi - lo > 1 and stray(blocks[hi - 1], blocks[hi - 2], False):
        hi -= 1
    return blocks[lo:hi]


def align(reference: Words, version: Words) -> Alignment:
    """Align a version to the part of the reference it quotes; ellipses are ignored for matching."""
    return _align(reference.norm, version.norm)


@functools.lru_cache(maxsize=1 << 17)
def _align(ref: tuple[str, ...], ver: tuple[str, ...]) -> Alignment:
    """:func:`align` on the normalised words, remembered: the outlets that print a statement word for
    word make the same pairs of words again and again, and comparing a statement's versions meets
    many of the pairs grouping aligned (``quotes.compare`` empties the memory when it is done)."""
    copied = _copied(ref, ver)
    if copied is not None:
        return copied
    matcher = SequenceMatcher(None, ref, ver, autojunk=False)
    found = matcher.get_matching_blocks()
    blocks = [b for b in found if b.size and not all(ref[b.a + k] in ELLIPSIS for k in range(b.size))]
    if not blocks:
        return Alignment(0, len(ref), 0, (("replace", 0, len(ref), 0, len(ver)),))
    blocks = _main_run(blocks, ver)
    # The window: from the first to the last matching word, widened to take in unmatched words
    # of the version that stand at its edges (they replace or extend the reference there).
    lo, hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    lead, tail = blocks[0].b, len(ver) - (blocks[-1].b + blocks[-1].size)
    lo = max(0, lo - lead) if lead and lo else lo
    hi = min(len(ref), hi + tail) if tail and hi < len(ref) else hi
    if all(lo <= b.a and b.a + b.size <= hi for b in found[:-1]):
        # Every block found lies in the window: matching the window alone finds the same ones (each
        # step's longest match is in it), so they serve as they are.
        inside = [(b.a - lo, b.b, b.size) for b in found[:-1]]
        ops = _opcodes(inside, hi - lo, len(ver))
    else:  # match the window alone; the matcher keeps what it knows of the version
        matcher.set_seq1(ref[lo:hi])
        ops = matcher.get_opcodes()
        inside = [(b.a, b.b, b.size) for b in matcher.get_matching_blocks()]
    matched = sum(size for _a, _b, size in inside)
    return Alignment(lo, hi, matched, tuple((tag, i1 + lo, i2 + lo, j1, j2) for tag, i1, i2, j1, j2 in ops))


def forget_alignments() -> None:
    """Empty the memory of alignments (:func:`align` keeps the latest ones)."""
    _align.cache_clear()


def _opcodes(blocks: list[tuple[int, int, int]], la: int, lb: int) -> list[tuple[str, int, int, int, int]]:
    """``SequenceMatcher.get_opcodes`` from its matching blocks (without the final empty one) of
    sequences of lengths ``la`` and ``lb``."""
    ops: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for ai, bj, size in [*blocks, (la, lb, 0)]:
        tag = "replace" if i < ai and j < bj else "delete" if i < ai else "insert" if j < bj else ""
        if tag:
            ops.append((tag, i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            ops.append(("equal", ai, i, bj, j))
    return ops


def _copied(ref: tuple[str, ...], ver: tuple[str, ...]) -> Alignment | None:
    """The alignment of a version that is a stretch of the reference word for word (the whole of it,
    or a fragment), without a matcher: the one ``SequenceMatcher`` would give, at the first place the
    stretch occurs. None for any other version."""
    n = len(ver)
    if not n or n > len(ref) or all(w in ELLIPSIS for w in ver):
        return None
    if n == len(ref):
        at = 0 if ref == ver else -1
    else:
        at, last, first = -1, len(ref) - n, ver[0]
        start = 0
        while start <= last:
            try:
                start = ref.index(first, start, last + 1)
            except ValueError:
                break
            if ref[start : start + n] == ver:
                at = start
                break
            start += 1
    if at < 0:
        return None
    return Alignment(at, at + n, n, (("equal", at, at + n, 0, n),))
