"""A word alignment between two quotations (their words come from ``quotes.words``)."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

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
