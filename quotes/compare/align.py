"""A word alignment between two quotations (their words come from ``quotes.words``)."""

from __future__ import annotations

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
    ref = reference.norm
    ver = version.norm
    matcher = SequenceMatcher(None, ref, ver, autojunk=False)
    blocks = [
        b
        for b in matcher.get_matching_blocks()
        if b.size and not all(ref[b.a + k] in ELLIPSIS for k in range(b.size))
    ]
    if not blocks:
        return Alignment(0, len(ref), 0, (("replace", 0, len(ref), 0, len(ver)),))
    blocks = _main_run(blocks, ver)
    # The window: from the first to the last matching word, widened to take in unmatched words
    # of the version that stand at its edges (they replace or extend the reference there).
    lo, hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    lead, tail = blocks[0].b, len(ver) - (blocks[-1].b + blocks[-1].size)
    lo = max(0, lo - lead) if lead and lo else lo
    hi = min(len(ref), hi + tail) if tail and hi < len(ref) else hi
    window = SequenceMatcher(None, ref[lo:hi], ver, autojunk=False)
    ops = tuple((tag, i1 + lo, i2 + lo, j1, j2) for tag, i1, i2, j1, j2 in window.get_opcodes())
    matched = sum(b.size for b in window.get_matching_blocks())
    return Alignment(lo, hi, matched, ops)
