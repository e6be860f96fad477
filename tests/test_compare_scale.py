"""Grouping at archive scale gives the groups of testing every pair one by one.

``quotes.compare`` finds candidate pairs in bulk (``quotes.compare.index``), rules pairs out by word
sets before aligning them, aligns without a second matcher and remembers alignments. Each shortcut
is checked here against the plain computation it stands for, on generated records
(``bench/records_gen.py``) and on random word sequences.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
import pytest

import quotes.compare  # noqa: F401  (``quotes.compare.group`` is also the name of a function there)
from quotes.compare import compare
from quotes.compare.align import _main_run, align
from quotes.records import RECORD_FIELDS, Quote
from quotes.words import ELLIPSIS, Words, containment, longest_run, words

pytestmark = pytest.mark.slow  # generates and groups thousands of records

group_module = sys.modules["quotes.compare.group"]
index = sys.modules["quotes.compare.index"]
ROOT = Path(__file__).resolve().parent.parent


def _records_gen():
    spec = importlib.util.spec_from_file_location("records_gen", ROOT / "bench" / "records_gen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["records_gen"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated() -> list[Quote]:
    gen = _records_gen()
    lines = []

    class Sink:
        def write(self, text: str) -> None:
            lines.append(text)

    gen.write_jsonl(gen.generate(2000, 5), Sink(), 5)  # type: ignore[arg-type]
    return [Quote.from_dict(json.loads(line)) for line in "".join(lines).splitlines()]


# -- the plain computations, as grouping did them before the shortcuts -------------------------------


def _plain_align(reference: Words, version: Words) -> tuple:
    """The alignment with two SequenceMatchers, as ``align`` was first written."""
    ref, ver = reference.norm, version.norm
    matcher = SequenceMatcher(None, ref, ver, autojunk=False)
    blocks = [
        b
        for b in matcher.get_matching_blocks()
        if b.size and not all(ref[b.a + k] in ELLIPSIS for k in range(b.size))
    ]
    if not blocks:
        return (0, len(ref), 0, (("replace", 0, len(ref), 0, len(ver)),))
    blocks = _main_run(blocks, ver)
    lo, hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    lead, tail = blocks[0].b, len(ver) - (blocks[-1].b + blocks[-1].size)
    lo = max(0, lo - lead) if lead and lo else lo
    hi = min(len(ref), hi + tail) if tail and hi < len(ref) else hi
    window = SequenceMatcher(None, ref[lo:hi], ver, autojunk=False)
    ops = tuple((tag, i1 + lo, i2 + lo, j1, j2) for tag, i1, i2, j1, j2 in window.get_opcodes())
    return (lo, hi, sum(b.size for b in window.get_matching_blocks()), ops)


def _plain_same_words(a: Words, b: Words) -> bool:
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    if len(short.norm) < 4:
        return short.norm == long.norm
    if short.norm == long.norm:
        return True
    enough = (
        len(short.content) >= 3 and containment(short.content, long.content) >= 0.6
    ) or longest_run(short.norm, long.norm) >= min(5, len(short.norm))
    if not enough:
        return False
    lo, hi, matched, _ops = _plain_align(long, short)
    return (hi - lo) <= 2 * len(short.norm) + 5 and matched >= max(3, 0.5 * len(short.norm))


def _plain_strong_match(a: Words, b: Words) -> bool:
    plain = group_module._plain
    short, long = (a, b) if len(plain(a)) <= len(plain(b)) else (b, a)
    n = len(plain(short))
    if n < 6:
        return False
    lo, hi, matched, _ops = _plain_align(long, short)
    gaps = sum(1 for w in short.norm if w in ELLIPSIS)
    return matched >= 0.8 * n and (hi - lo) <= n + 4 + 10 * gaps


def _random_words(rng: random.Random) -> tuple[str, ...]:
    pool = ["the", "plan", "will", "not", "fund", "bus", "routes", "…", "...", "in", "a", "[sic]", "we"]
    return tuple(rng.choice(pool) for _ in range(rng.randint(0, 16)))


# -- the shortcuts ------------------------------------------------------------------------------------


def test_bulk_thresholds_are_grouping_s() -> None:
    assert index.MIN_WORDS == group_module.MIN_WORDS
    assert index.CROSS_MIN_WORDS == group_module.CROSS_MIN_WORDS
    assert index.CROSS_MIN_SHARE == group_module.CROSS_MIN_SHARE
    assert index.SHINGLES_PER_QUOTE == group_module._SHINGLES_PER_QUOTE


def test_quote_words_splits_and_normalises_as_words() -> None:
    texts = [
        "We’ll raise 1,500 fees … by 12.5% [sic] — “now”!",
        "Don't stop... the U.S. plan, co-operative’s 40,000",
        "",
        "ÉLAN élan Straße",
    ]
    for text in texts:
        assert group_module.quote_words(text) == words(text)


def test_align_is_the_plain_alignment() -> None:
    rng = random.Random(3)
    for _ in range(4000):
        ref = _random_words(rng)
        if ref and rng.random() < 0.4:
            start = rng.randrange(len(ref))
            ver = ref[start : start + rng.randint(0, 8)] + _random_words(rng)[: rng.randint(0, 2)]
        else:
            ver = _random_words(rng)
        got = align(Words(ref, ref), Words(ver, ver))
        assert (got.lo, got.hi, got.matched, got.ops) == _plain_align(Words(ref, ref), Words(ver, ver))


def test_word_tests_are_the_plain_ones(generated: list[Quote]) -> None:
    rng = random.Random(4)
    texts = [group_module.quote_words(q.quote) for q in generated]
    by_speaker = defaultdict(list)
    for q, t in zip(generated, texts, strict=True):
        by_speaker[q.speaker].append(t)
    pairs = [(rng.choice(texts), rng.choice(texts)) for _ in range(400)]
    for same in by_speaker.values():  # versions of one statement are often the same speaker's
        pairs += [(rng.choice(same), rng.choice(same)) for _ in range(min(10, len(same)))]
    for a, b in pairs:
        ta, tb = group_module._Text(a), group_module._Text(b)
        assert group_module._same_words(ta, tb) == _plain_same_words(a, b)
        assert group_module._strong_match(ta, tb) == _plain_strong_match(a, b)
        assert group_module._near_copy_texts(ta, tb) == group_module.near_copy(a, b)
        if group_module._same_words(ta, tb):
            assert group_module._may_be_same_words(ta, tb)


def test_word_masks_bound_the_words_lacked(generated: list[Quote]) -> None:
    texts = [group_module._Text(group_module.quote_words(q.quote)) for q in generated[:600]]
    bulk = index.Features([t.norm for t in texts], [t.plain for t in texts])
    rng = np.random.default_rng(1)
    a = rng.integers(0, len(texts), 3000)
    b = rng.integers(0, len(texts), 3000)
    lacked = bulk.lacked(a, b)
    may_same = bulk.may_be_same_words(a, b)
    may_strong = bulk.may_match_strongly(a, b)
    for k, (x, y) in enumerate(zip(a.tolist(), b.tolist(), strict=True)):
        assert lacked[k] <= len(texts[x].vocab - texts[y].vocab)
        assert may_same[k] or not group_module._same_words(texts[x], texts[y])
        assert may_strong[k] or not group_module._strong_match(texts[x], texts[y])


def test_window_pairs_are_the_pairs_in_the_window() -> None:
    rng = random.Random(6)
    texts = [group_module._Text(Words(w, w)) for w in (_random_words(rng) for _ in range(300))]
    bulk = index.Features([t.norm for t in texts], [t.plain for t in texts])
    days = sorted(rng.randint(0, 30) for _ in texts)
    ranks = list(range(len(texts)))
    expected = [
        (i, j)
        for i in ranks
        for j in ranks[i + 1 :]
        if days[j] - days[i] <= 3 and group_module._may_be_same_words(texts[i], texts[j])
    ]
    assert list(index.window_pairs(ranks, days, 3, bulk)) == expected


def _plain_cross_pairs(plains, days, window, named, articles, bulk):
    """The second pass's candidates as its first loop found them (less those surely passed over)."""
    shingles = [sorted(set(zip(p, p[1:], p[2:], strict=False))) if len(p) >= 6 else [] for p in plains]
    postings = defaultdict(list)
    for k, own in enumerate(shingles):
        for sh in own:
            postings[sh].append(k)
    out = []
    for i, own in enumerate(shingles):
        seen: set[int] = set()
        for sh in sorted(own, key=lambda sh: (len(postings[sh]), sh))[:6]:
            for j in postings[sh]:
                if j <= i or j in seen:
                    continue
                seen.add(j)
                if days[i] is not None and days[j] is not None and abs(days[i] - days[j]) > window:
                    continue
                if articles[i] == articles[j] and (j < named or i >= named):
                    continue
                if bulk.may_match_strongly(np.array([i]), np.array([j]))[0]:
                    out.append((i, j))
    return out


@pytest.mark.parametrize("wide", [False, True])
def test_shingle_candidates_are_the_plain_ones(generated: list[Quote], wide: bool, monkeypatch) -> None:
    if wide:  # word ids too many to pack: triples numbered one by one
        monkeypatch.setattr(index, "_WIDE", 1)
    recs = generated[:1500]
    texts = [group_module._Text(group_module.quote_words(q.quote)) for q in recs]
    plains = [t.plain for t in texts]
    days = [group_module._day(q.published) for q in recs]
    days[::97] = [None] * len(days[::97])  # some undated
    articles = np.array([hash(q.article) % 50 for q in recs])
    bulk = index.Features([t.norm for t in texts], plains)
    named = 1200
    shingles = index.Shingles(plains, days, 3)
    got = list(shingles.candidates(bulk, named, articles))
    assert got == _plain_cross_pairs(plains, days, 3, named, articles.tolist(), bulk)


def test_generated_records_are_records() -> None:
    gen = _records_gen()
    first, second = [], []
    for out in (first, second):

        class Sink:
            def write(self, text: str, out=out) -> None:
                out.append(text)

        assert gen.write_jsonl(gen.generate(400, 9), Sink(), 9) == 400  # type: ignore[arg-type]
    assert first == second  # the same seed, the same records
    for line in "".join(first).splitlines():
        record = json.loads(line)
        assert set(record) <= set(RECORD_FIELDS)
        Quote.from_dict(record)


def test_compare_of_generated_records_ignores_their_order(generated: list[Quote]) -> None:
    shuffled = list(generated)
    random.Random(2).shuffle(shuffled)
    first = [st.to_dict() for st in compare(generated)]
    assert first == [st.to_dict() for st in compare(shuffled)]
    assert any(len(st["versions"]) >= 5 for st in first)  # the bulk paths had big blocks to do


def _plain_merge(blocks: dict[str, list[int]]) -> dict[str, list[int]]:
    """Blocks of spellings of one name joined as grouping first did it, pair by pair."""
    from rapidfuzz import fuzz

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
    for key in keys:
        merged[alias.get(key, key)].extend(blocks[key])
    return {key: sorted(members) for key, members in merged.items()}


def test_spellings_of_a_name_join_as_pair_by_pair() -> None:
    rng = random.Random(8)
    stems = ["netanyahu", "lindqvist", "okafor", "marchetti", "solberg", "ng", "li", "kowalczyk"]
    blocks: dict[str, list[int]] = {}
    for n in range(1500):
        key = rng.choice(stems)
        for _ in range(rng.randint(0, 2)):  # respell a letter or two
            at = rng.randrange(len(key))
            key = key[:at] + rng.choice("aeiouyklmn") + key[at + 1 :]
        blocks.setdefault(key, []).append(n)
    assert group_module._merge_variant_keys(blocks) == _plain_merge(blocks)
