"""Group quotations into statements: same occasion, same words, and (mostly) the same speaker.

Never all pairs. Three passes, each over candidates found through an index:

1. Same speaker: quotations are blocked by speaker (a surname or organisation key, tolerant of
   spelling variants), sorted by date, and compared only with those published within the window. A
   pair counts when the shorter version's content words largely appear in the longer one, or when
   they share a run of words; a word alignment then confirms it (:func:`same_words`).
2. Same words, another speaker: outlets disagree on who said something. Quotations of different
   speakers in different articles join when the words match strongly (:func:`strong_match`: six
   words at least, 80 % of them in one compact stretch of the other) and their dates fit the window.
   The statement then says, per version, that the speaker differs. A quotation whose speaker was not
   found or not resolved to a name ("the health secretary") joins a statement this way too (also in
   the same article), but makes none of its own.
3. Short versions join the statement of the same speaker's fuller version: a fragment of two to four
   words (a content word among them) that it contains word for word (the one in the same article if
   there is one, else the only one), or a version of ten words at most that is a stretch of it but
   for one small edit (:func:`near_copy`: a misquoted fragment, "does not expect prices to rise").
   A short version that several statements would take stays apart: it never ties two together.

Clusters never span more than the window in publication dates, so the same speaker's similar words
on another occasion stay apart; paraphrases that merely share a few words fail the alignment.

Order. Quotations are visited in a fixed order (date, article, offsets, words, speaker), index
postings are read rarest first with ties broken by the word itself, and the groups come out in the
order of their first quotation: the same records give the same groups whatever their input order
and whatever ``PYTHONHASHSEED``.

Speed. Every test that aligns words first asks whether enough words could line up at all: a word
the other version lacks never matches (a set difference), nor does a word out of order (the longest
common subsequence). Big speaker blocks and the second pass list their candidate pairs in bulk
(``quotes.compare.index``), in the order the passes look at them, less those such bounds rule out;
alignments are remembered (``align``). None of this changes a group: every pair left out would have
failed, and the pairs left in are tested as before, in the same order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence
from datetime import date

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from quotes.compare.align import align
from quotes.compare.index import Features, Shingles, window_pairs
from quotes.compare.lemmas import lemmas
from quotes.compare.relations import SMALL_EDIT, edge_trims, is_negation, meaning_changes
from quotes.lexicons.grammar import AUXILIARIES, NOUN_MARKERS
from quotes.lexicons.meaning import DATE_WORDS, FUNCTION_WORDS
from quotes.lexicons.people import NOT_SPEAKER_NOUNS, PERSONAL_PRONOUNS, ROLE_NOUNS, TITLE_WORDS
from quotes.lexicons.speech import DOCUMENT_NOUNS
from quotes.records import Quote
from quotes.words import ELLIPSIS, WORD_TOKEN, Words, normalise

MIN_WORDS = 4  # shorter quotations are too generic to tie to one occasion by their words alone
MIN_RUN = 5  # a run of this many shared words ties two versions
MIN_CONTAINMENT = 0.6  # or this share of the shorter one's content words
FRAGMENT_WORDS = (2, 4)  # a fragment this short joins a fuller version of its speaker containing it
NEAR_COPY_WORDS = 10  # up to this many words, a version one small edit away is still the same words
CROSS_MIN_WORDS = 6  # different speakers: the shorter version has at least this many words
CROSS_MIN_SHARE = 0.8  # and at least this share of them matches one compact stretch of the other
_SHINGLES_PER_QUOTE = 6  # the rarest word triples of each quotation that are looked up (pass 2)
_SMALL_BLOCK = 24  # a speaker block this small is looked at pair by pair, not in bulk



@functools.lru_cache(maxsize=1 << 16)
def quote_words(text: str) -> Words:
    """``words(text)``, remembered: compare splits each quotation once, for all its steps. It splits
    as ``words`` does and normalises each distinct word once (:func:`_normalised`): the same words
    come back in quotation after quotation."""
    shown = tuple(WORD_TOKEN.findall(text))
    return Words(shown, tuple(map(_normalised, shown)))


_normalised = functools.lru_cache(maxsize=1 << 17)(normalise)  # ``normalise``, remembered


@functools.lru_cache(maxsize=1 << 14)
def speaker_key(name: str) -> str:
    """A blocking key for a speaker: the last word of the name, without accents or punctuation."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = [p for p in re.split(r"[^a-z0-9]+", text) if p and p not in {"jr", "sr", "ii", "iii"}]
    return parts[-1] if parts else ""


def same_speaker(a: str, b: str) -> bool:
    """Two canonical names for one speaker: equal, one inside the other, or spelled alike."""
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a or fuzz.token_set_ratio(a, b) >= 85


def resolved_speaker(name: str | None) -> bool:
    """A speaker resolved to someone who speaks: a proper name, not a pronoun, a bare title or role
    ("the minister", "President"), a thing ("his eyes") or a document ("the report")."""
    if not name:
        return False
    tokens = re.findall(r"[^\W_]+(?:['’.-][^\W_]+)*", name)
    if not any(t[:1].isupper() for t in tokens):
        return False
    lower = [t.lower() for t in tokens]
    generic = PERSONAL_PRONOUNS.keys() | TITLE_WORDS | ROLE_NOUNS | NOUN_MARKERS
    if all(w in generic for w in lower):
        return False
    head = lower[-1]
    return head not in NOT_SPEAKER_NOUNS and head not in DOCUMENT_NOUNS and head not in DATE_WORDS


def _day(value: str | None) -> int | None:
    """An ISO date as a day number, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def eligible(q: Quote) -> bool:
    """Quotations that make statements: attributed to a named speaker, not scare quotes."""
    return bool(q.speaker) and q.kind != "scare" and any(c.isupper() for c in q.speaker or "")


def joinable(q: Quote) -> bool:
    """Quotations that only join a statement whose words they share strongly: not scare quotes,
    with no speaker or one that is not a name ("the health secretary" left unresolved)."""
    return q.kind != "scare" and not eligible(q)


def _same_role(a: Quote, b: Quote) -> bool:
    """Two unresolved speakers that say who spoke, and the same one: a role ("health secretary"),
    not a pronoun nor nothing."""
    if not a.speaker or not b.speaker:
        return False
    if a.speaker.lower() in PERSONAL_PRONOUNS or b.speaker.lower() in PERSONAL_PRONOUNS:
        return False
    return same_speaker(a.speaker, b.speaker)


def _plain(w: Words) -> tuple[str, ...]:
    """The normalised words without ellipses."""
    return tuple(x for x in w.norm if x not in ELLIPSIS)


class _Text:
    """A quotation's words with what the passes look at, worked out once: its normalised words, the
    same without ellipses, its content words and every distinct word."""

    __slots__ = ("content", "norm", "plain", "vocab", "words")

    def __init__(self, w: Words) -> None:
        """The features of ``w``."""
        self.words = w
        self.norm = w.norm
        self.vocab = frozenset(w.norm)
        self.plain = w.norm if self.vocab.isdisjoint(ELLIPSIS) else _plain(w)
        self.content = self.vocab - FUNCTION_WORDS - ELLIPSIS  # ``w.content``


def _most_matched(short: _Text, long: _Text) -> int:
    """An upper bound on the words of ``short`` that an alignment with ``long`` can match: a word
    that ``long`` lacks never matches, so a cheap set difference rules most pairs out before any
    alignment is made."""
    return len(short.norm) - len(short.vocab - long.vocab)


def _can_match(short: _Text, long: _Text, need: float) -> bool:
    """False when no alignment of ``short`` with ``long`` can match ``need`` words: by the words
    ``long`` lacks, then by the longest common subsequence (an alignment's matched words are one)."""
    if _most_matched(short, long) < need:
        return False
    return LCSseq.similarity(short.norm, long.norm) >= need


def _shares_run(a: tuple[str, ...], b: tuple[str, ...], k: int) -> bool:
    """Whether ``a`` and ``b`` share a run of ``k`` words (``longest_run(a, b) >= k``), for k >= 1."""
    if len(a) < k or len(b) < k:
        return False
    grams = {a[s : s + k] for s in range(len(a) - k + 1)}
    return any(b[s : s + k] in grams for s in range(len(b) - k + 1))


def same_words(a: Words, b: Words) -> bool:
    """The two quotations are versions of one statement by their words (the first pass's test)."""
    return _same_words(_Text(a), _Text(b))


def _may_be_same_words(a: _Text, b: _Text) -> bool:
    """False when :func:`_same_words` is surely False, by word sets alone (no alignment)."""
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    n = len(short.norm)
    if n < MIN_WORDS:
        return short.norm == long.norm
    return _most_matched(short, long) >= max(3, 0.5 * n)


def _same_words(a: _Text, b: _Text) -> bool:
    """:func:`same_words` on precomputed features."""
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    n = len(short.norm)
    if n < MIN_WORDS:
        return short.norm == long.norm
    if short.norm == long.norm:
        return True
    if not _can_match(short, long, max(3, 0.5 * n)):
        return False  # the alignment below could not match enough words
    content = short.content
    enough = (
        len(content) >= 3 and len(content & long.content) / len(content) >= MIN_CONTAINMENT
    ) or _shares_run(short.norm, long.norm, min(MIN_RUN, n))
    if not enough:
        return False
    al = align(long.words, short.words)
    # The shorter one's words must line up in one compact stretch of the longer one.
    compact = (al.hi - al.lo) <= 2 * n + 5
    return compact and al.matched >= max(3, 0.5 * n)


def near_copy(a: Words, b: Words) -> bool:
    """The shorter version (ten words at most) is a stretch of the other but for one small edit: one
    word of five or more changed, or an edit of meaning whose other words are the same words
    (a misquoted fragment: "Maya Albrecht does not know" in "… and Maya Albrecht knows it")."""
    short, long = (a, b) if len(_plain(a)) <= len(_plain(b)) else (b, a)
    n = len(short.norm)
    if not 2 <= n <= NEAR_COPY_WORDS:
        return False
    return _near_copy(long, short)


def _near_copy_texts(a: _Text, b: _Text) -> bool:
    """:func:`near_copy` on precomputed features. Either way it goes, all of the shorter version's
    words but one edit of four at most are matched (an edit of meaning is a small edit: ``_local_ops``
    in ``relations``), two at least: fewer possible matches rule the pair out without an alignment."""
    short, long = (a, b) if len(a.plain) <= len(b.plain) else (b, a)
    n = len(short.norm)
    if not 2 <= n <= NEAR_COPY_WORDS or not _can_match(short, long, max(2, n - SMALL_EDIT)):
        return False
    return _near_copy(long.words, short.words)


@functools.lru_cache(maxsize=1 << 14)
def _near_copy(long: Words, short: Words) -> bool:
    """:func:`near_copy` once the shorter version is known, remembered: a fragment meets the same
    fuller wording again in every outlet that printed it."""
    n = len(short.norm)
    al = align(long, short)
    if n >= 5 and al.matched >= n - 1 and (al.hi - al.lo) <= n + 1:
        return True
    edits = [op for op in al.ops if op[0] != "equal"]
    if len(edits) != 1 or al.matched < 2 or (al.hi - al.lo) > n + 3:
        return False
    _tag, i1, i2, j1, j2 = edits[0]
    edge = "lead" if j1 == 0 else "tail" if j2 == n else ""
    old, new = list(long.shown[i1:i2]), list(short.shown[j1:j2])
    if not any(_explained(o, w) for o, w in edge_trims(old, new, edge)):
        return False
    return bool(meaning_changes(long, short, al))


def _explained(old: list[str], new: list[str]) -> bool:
    """One word at most on each side of an edit is new (two for a name: "Juniper Falls"): the others
    are negations, auxiliaries or forms of the other side's words ("knows it" / "does not know")."""
    def plain(w: str) -> str:
        return w.lower().replace("’", "'")

    rest_old = [w for w in old if not is_negation(plain(w)) and plain(w) not in AUXILIARIES]
    rest_new = [w for w in new if not is_negation(plain(w)) and plain(w) not in AUXILIARIES]
    # Two words are forms of one (``same_lemma``) when their lemmas meet: each side's lemmas are
    # gathered once, so that the test is not run for every pair of words.
    forms_old = frozenset().union(*map(lemmas, rest_old))
    forms_new = frozenset().union(*map(lemmas, rest_new))
    lone_old = [w for w in rest_old if lemmas(w).isdisjoint(forms_new)]
    lone_new = [w for w in rest_new if lemmas(w).isdisjoint(forms_old)]

    def few(lone: list[str]) -> bool:
        return len(lone) <= 1 or (len(lone) == 2 and all(w[:1].isupper() for w in lone))

    return few(lone_old) and few(lone_new)


def same_statement(a: Words, b: Words) -> bool:
    """Versions of one statement by their words: :func:`same_words`, a fragment with a content word
    that the other contains word for word, or a :func:`near_copy`."""
    short, long = (a, b) if len(_plain(a)) <= len(_plain(b)) else (b, a)
    contained = bool(short.content) and _contains(_plain(long), _plain(short))
    return same_words(a, b) or contained or near_copy(a, b)


def strong_match(a: Words, b: Words) -> bool:
    """The same words beyond doubt, whoever they are given to: six words or more, 80 % of them
    matching one compact stretch of the other version."""
    return _strong_match(_Text(a), _Text(b))


def _strong_match(a: _Text, b: _Text) -> bool:
    """:func:`strong_match` on precomputed features."""
    short, long = (a, b) if len(a.plain) <= len(b.plain) else (b, a)
    n = len(short.plain)
    if n < CROSS_MIN_WORDS or not _can_match(short, long, CROSS_MIN_SHARE * n):
        return False
    al = align(long.words, short.words)
    gaps = len(short.norm) - n  # each ellipsis may stand for a few words left out
    return al.matched >= CROSS_MIN_SHARE * n and (al.hi - al.lo) <= n + 4 + 10 * gaps


class _Clusters:
    """Union-find whose clusters keep their date range, so none spans more than the window."""

    def __init__(self, days: list[int | None], window: int) -> None:
        """Every quotation its own cluster, its date range its own date."""
        self.parent = list(range(len(days)))
        self.lo = list(days)
        self.hi = list(days)
        self.window = window

    def find(self, i: int) -> int:
        """The root of a quotation's cluster."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def fits(self, i: int, j: int) -> bool:
        """Whether the clusters of ``i`` and ``j`` together stay within the window."""
        ri, rj = self.find(i), self.find(j)
        los = [d for d in (self.lo[ri], self.lo[rj]) if d is not None]
        his = [d for d in (self.hi[ri], self.hi[rj]) if d is not None]
        return not los or max(his) - min(los) <= self.window

    def union(self, i: int, j: int) -> None:
        """Join two clusters, unless together they would span more than the window."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj or not self.fits(i, j):
            return
        ri, rj = min(ri, rj), max(ri, rj)  # the root is the cluster's first quotation in visit order
        los = [d for d in (self.lo[ri], self.lo[rj]) if d is not None]
        his = [d for d in (self.hi[ri], self.hi[rj]) if d is not None]
        self.parent[rj] = ri
        self.lo[ri] = min(los) if los else None
        self.hi[ri] = max(his) if his else None


def _visit_key(q: Quote) -> tuple:
    """The order quotations are visited in: date, article, offsets, words, speaker."""
    return (q.published or "", q.article, q.start, q.end, q.quote, q.speaker or "")


def group(
    records: Sequence[Quote], window: int = 3, texts: Sequence[Words] | None = None
) -> list[list[int]]:
    """Indices of ``records`` grouped into statements: every named record in exactly one, the others
    (no speaker, or a role) only in one they joined or two of them made.

    Each group lists its records in visit order (date, article, offsets); groups come in the order
    of their first record. ``texts``, when given, are the records' words (``quote_words``), in the
    order of ``records``.
    """
    order = sorted((i for i, q in enumerate(records) if eligible(q)), key=lambda i: _visit_key(records[i]))
    named = len(order)  # ranks below this are named quotations; the others only join (pass 2)
    order += sorted((i for i, q in enumerate(records) if joinable(q)), key=lambda i: _visit_key(records[i]))
    recs = [records[i] for i in order]  # from here on, a quotation is its rank in visit order
    days = [_day(q.published) for q in recs]
    feats = _features([texts[i] if texts is not None else quote_words(records[i].quote) for i in order])
    clusters = _Clusters(days, window)
    blocks: dict[str, list[int]] = defaultdict(list)
    for k, q in enumerate(recs[:named]):
        blocks[speaker_key(q.speaker or "")].append(k)
    blocks = _merge_variant_keys(blocks)
    bulk = Features([t.norm for t in feats], [t.plain for t in feats])
    for key in sorted(blocks):
        _same_speaker_pass(recs, feats, days, clusters, blocks[key], window, bulk)
    _other_speaker_pass(recs, feats, days, clusters, window, named, bulk)
    _fragment_pass(recs, feats, days, clusters, blocks, window)
    out: dict[int, list[int]] = defaultdict(list)
    for k in range(len(recs)):
        out[clusters.find(k)].append(order[k])
    # A cluster's root is its first quotation in visit order: a named one, unless no named one joined;
    # unnamed quotations make a statement only by two or more of them (pass 2).
    return [out[root] for root in sorted(out) if root < named or len(out[root]) > 1]


def _features(texts: list[Words]) -> list[_Text]:
    """Each quotation's :class:`_Text`, one for all the quotations split into the same ``Words``
    object (``quote_words`` gives one per distinct text: the outlets that print a statement word for
    word share it)."""
    made: dict[int, _Text] = {}
    return [made.get(id(w)) or made.setdefault(id(w), _Text(w)) for w in texts]


@functools.lru_cache(maxsize=1 << 14)
def _speakers_match(a: str, b: str) -> bool:
    """:func:`same_speaker`, remembered: a block compares the same few names over and over."""
    return same_speaker(a, b)


class _Window:
    """Postings (quotation ranks, ascending) cut to the quotations whose dates fit a window around a
    day, as the passes' date test would: a long posting list is searched through a copy sorted by
    date, so that a speaker's common words do not make every pair of its quotations a candidate."""

    LONG = 48  # posting lists longer than this get a copy sorted by date

    def __init__(self, days: list[int | None], window: int) -> None:
        """A window of ``window`` days over quotations dated ``days``."""
        self.days = days
        self.window = window
        self._sorted: dict[Hashable, tuple[list[int], list[int], list[int]]] = {}

    def around(self, posting: list[int], day: int | None, key: Hashable) -> list[int]:
        """The ranks of ``posting`` that are undated or within the window of ``day`` (all of them
        when ``day`` is None), ascending; ``key`` names the list for its sorted copy."""
        days, window = self.days, self.window
        if day is None:
            return posting
        if len(posting) <= self.LONG:
            return [k for k in posting if (d := days[k]) is None or abs(d - day) <= window]
        copy = self._sorted.get(key)
        if copy is None:
            dated = sorted((d, k) for k in posting if (d := days[k]) is not None)
            undated = [k for k in posting if days[k] is None]
            copy = ([d for d, _ in dated], [k for _, k in dated], undated)
            self._sorted[key] = copy
        by_day, ranks, undated = copy
        out = ranks[bisect_left(by_day, day - window) : bisect_right(by_day, day + window)] + undated
        out.sort()
        return out


def _same_speaker_pass(
    recs: list[Quote],
    texts: list[_Text],
    days: list[int | None],
    clusters: _Clusters,
    members: list[int],
    window: int,
    bulk: Features,
) -> None:
    """Join the versions of one speaker's statements (pass 1).

    Every pair of the block within the window is looked at, in date order; a look at the two word
    sets (:func:`_may_be_same_words`, in bulk for a big block: :func:`window_pairs`) rules out most
    before the speakers or an alignment are."""
    dated = sorted((k for k in members if days[k] is not None), key=lambda k: (days[k], k))  # type: ignore[arg-type,return-value]
    undated = [k for k in members if days[k] is None]
    by_day: list[int] = [days[k] for k in dated]  # type: ignore[misc]
    find = clusters.find
    if len(dated) <= _SMALL_BLOCK:
        for n, i in enumerate(dated):
            ti = texts[i]
            end = bisect_right(by_day, by_day[n] + window, n + 1)
            for j in dated[n + 1 : end]:
                if _may_be_same_words(ti, texts[j]) and find(i) != find(j):
                    _try(recs, texts, clusters, i, j)
    else:
        for i, j in window_pairs(dated, by_day, window, bulk):
            if find(i) != find(j):
                _try(recs, texts, clusters, i, j)
    # Undated quotations can only be told apart by their words: compare them with the others
    # through an index of their rarest words, not with every member of the block.
    for i, j in _word_pairs(undated, members, texts):
        _try(recs, texts, clusters, i, j)


def _word_pairs(undated: list[int], members: list[int], texts: list[_Text]) -> Iterator[tuple[int, int]]:
    """Pairs of an undated quotation and another member sharing one of its three rarest content words."""
    if not undated:
        return
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        for w in sorted(texts[i].content):
            postings[w].append(i)
    for i in undated:
        rarest = sorted(texts[i].content, key=lambda w: (len(postings[w]), w))[:3]
        seen: set[int] = set()
        for w in rarest:
            for j in postings[w]:
                if j != i and j not in seen:
                    seen.add(j)
                    yield i, j


def _try(recs: Sequence[Quote], texts: list[_Text], clusters: _Clusters, i: int, j: int) -> None:
    """Join two quotations of one speaker block when their words are the same statement's."""
    if clusters.find(i) == clusters.find(j):
        return
    if _speakers_match(recs[i].speaker or "", recs[j].speaker or "") and _same_words(texts[i], texts[j]):
        clusters.union(i, j)


def _other_speaker_pass(
    recs: list[Quote],
    texts: list[_Text],
    days: list[int | None],
    clusters: _Clusters,
    window: int,
    named: int,
    bulk: Features,
) -> None:
    """Join the same words given to different speakers in different articles (pass 2).

    A quotation without a named speaker (ranks from ``named`` on) joins one statement: a named one's,
    or, for two given to the same role in different articles ("the health secretary"), their own.
    Candidates hold one of a quotation's six rarest word triples and are dated within the window;
    each quotation looks at them triple by triple, rarest first (:class:`Shingles` lists them, less
    those that surely fail, in that order).
    """
    articles: dict[str, int] = {}
    article_ids = np.fromiter(
        (articles.setdefault(q.article, len(articles)) for q in recs), dtype=np.int64, count=len(recs)
    )
    shingles = Shingles([t.plain for t in texts], days, window)
    find = clusters.find
    for i, j in shingles.candidates(bulk, named, article_ids):
        a, b = recs[i], recs[j]
        if find(i) == find(j):
            continue
        if j >= named and find(j) < named:
            continue  # an unnamed quotation joins one statement only
        if i >= named and (a.article == b.article or find(i) < named):
            continue
        if i >= named and not _same_role(a, b):
            continue  # two unnamed ones: only the same role, in two articles
        if j < named and (a.article == b.article or _speakers_match(a.speaker or "", b.speaker or "")):
            continue  # the first pass decided, with its own test
        if _strong_match(texts[i], texts[j]):
            clusters.union(i, j)


def _fragment_pass(
    recs: list[Quote],
    texts: list[_Text],
    days: list[int | None],
    clusters: _Clusters,
    blocks: dict[str, list[int]],
    window: int,
) -> None:
    """Join each short version not yet with a fuller one to its speaker's statement (pass 3): a
    fragment of two to four words that a fuller version contains word for word (the one in the same
    article first), or a version of ten words at most one small edit away (:func:`near_copy`). Only
    when one statement qualifies: a fragment never ties two statements together. Candidates share a
    content word and are dated within the window."""
    lo, hi = FRAGMENT_WORDS
    find = clusters.find
    for key in sorted(blocks):
        members = blocks[key]
        postings: dict[str, list[int]] = defaultdict(list)  # content word -> members holding it
        for k in members:
            for w in texts[k].content:
                postings[w].append(k)
        longest: dict[int, int] = {}  # cluster root -> its longest member of the block, in words
        for k in members:
            r = find(k)
            longest[r] = max(longest.get(r, 0), len(texts[k].plain))
        cut = _Window(days, window)
        for f in members:
            tf = texts[f]
            frag = tf.plain
            if not lo <= len(frag) <= NEAR_COPY_WORDS or not tf.content:
                continue
            root = find(f)
            if longest.get(root, 0) > len(frag):
                continue  # already with a fuller version
            contained: list[int] = []
            near: list[int] = []
            # Only members sharing a content word and dated within the window can contain it or be
            # one edit from it.
            candidates = sorted({c for w in tf.content for c in cut.around(postings[w], days[f], w)})
            for c in candidates:
                tc = texts[c]
                full = tc.plain
                if len(full) < len(frag) or find(c) == root:
                    continue  # a version as long as the fragment may be one edit from it
                # Either test needs two of the fragment's words in the fuller version, one of them a
                # content word: a cheap look first, so that a big speaker block stays fast.
                vocab = tc.vocab
                if sum(1 for w in frag if w in vocab) < 2 or tf.content.isdisjoint(vocab):
                    continue
                if not _speakers_match(recs[f].speaker or "", recs[c].speaker or ""):
                    continue
                if len(frag) <= hi and _contains(full, frag):
                    contained.append(c)
                elif _near_copy_texts(tc, tf):
                    near.append(c)
            found = [c for c in contained if recs[c].article == recs[f].article] or contained or near
            roots = sorted({find(c) for c in found})
            if len(roots) == 1 and clusters.fits(f, roots[0]):
                size = max(longest.get(root, 0), longest.get(roots[0], 0))
                clusters.union(f, roots[0])
                longest[find(f)] = size


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs word for word in ``full``."""
    n = len(part)
    return any(full[s : s + n] == part for s in range(len(full) - n + 1))


def _merge_variant_keys(blocks: dict[str, list[int]]) -> dict[str, list[int]]:
    """Join blocks whose keys are spellings of one name (netanyahu / netanyahou): keys of five letters
    or more with the same initial and a ``fuzz.ratio`` of 88 or more, each joining the first such key
    in alphabetical order that has not itself joined another."""
    keys = sorted(blocks)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if len(key) >= 5:
            by_initial[key[:1]].append(key)
    alias: dict[str, str] = {}
    for group_keys in by_initial.values():
        for k, close in enumerate(_close_keys(group_keys)):
            key = group_keys[k]
            if key in alias:
                continue
            for other in close:
                if other not in alias:
                    alias[other] = key
    merged: dict[str, list[int]] = defaultdict(list)
    for key in keys:
        merged[alias.get(key, key)].extend(blocks[key])
    return {key: sorted(members) for key, members in merged.items()}


def _close_keys(keys: list[str]) -> Iterator[list[str]]:
    """For each key, the keys after it spelled alike (``fuzz.ratio`` 88 or more), in order; the
    ratios are worked out a slice of rows at a time (``process.cdist``, the same numbers)."""
    step = max(1, (1 << 21) // max(len(keys), 1))  # rows of a slice: some 16 MB of ratios at most
    for top in range(0, len(keys), step):
        scores = process.cdist(keys[top : top + step], keys, scorer=fuzz.ratio, dtype=np.float64)
        for row in range(len(scores)):
            k = top + row
            yield [keys[m] for m in np.flatnonzero(scores[row] >= 88).tolist() if m > k]
