"""How a version of a statement relates to its reference, and whether its meaning changed.

``altered`` is reserved for a change of meaning a reader would object to, found by what the words
mean rather than by a list of words alone:

- ``negation``: a negation added or dropped (``not``, ``n't``, ``never``, ``no``…), also when it
  replaces a word ("will constantly act" → "will not act", "always" → "never") or comes with the
  verb's other form ("knew" → "did not know", "supports" → "does not support": the two verbs are
  compared by their lemmas, so irregular forms count). "Not possible" for "impossible" is no change.
- ``antonym``: a word replaced by its opposite (WordNet's antonyms, compared by lemma: "raised" →
  "lowered").
- ``number``: a number or quantity changed ("40" → "14", "a third" → "half"; "12" and "twelve" are
  one number).
- ``date``: a day, month, year or time word replaced by another.
- ``name``: a name replaced by another one (not a respelling of it).

Each change is a :class:`Change`: its kind, a label ("negation added") and the words on both sides.
Anything else that differs is a ``variant`` (another translation, tidied grammar, words left out
without an ellipsis). Editorial insertions in square brackets are neutral.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz

from quotes.compare.align import Alignment, align
from quotes.compare.lemmas import known_word, lemmas, same_lemma
from quotes.lexicons.grammar import AUXILIARIES
from quotes.lexicons.meaning import (
    ANTONYMS,
    CERTAINTY_RANKS,
    CLOCK_MARKS,
    DATE_DEIXIS,
    DATE_WORDS,
    FREQUENCY_RANKS,
    FUNCTION_WORDS,
    INDEFINITE_THINGS,
    MONTHS,
    NEGATING_PREFIXES,
    NEGATING_VERBS,
    NEGATIONS,
    NUMBER_SCALES,
    NUMBER_SUFFIXES,
    NUMBER_VALUES,
    OPPOSITE_PREFIXES,
    PREFIXED_NOT_OPPOSITE,
    QUANTIFIER_RANKS,
    QUANTITY_WORDS,
    STOPPING_VERBS,
    SYMMETRIC_LINKS,
)
from quotes.lexicons.people import PEOPLE_PRONOUNS
from quotes.words import ELLIPSIS, Words

Relation = Literal["reference", "verbatim", "fragment", "elided", "extended", "variant", "altered"]
ChangeKind = Literal["negation", "antonym", "modal", "number", "date", "name", "order"]


@dataclass(frozen=True, slots=True)
class Change:
    """One change of meaning: its kind, a label, and the reference's and the version's words."""

    kind: ChangeKind
    label: str  # "negation added", "negation dropped", "antonym", "number changed", ...
    old: str
    new: str

    def describe(self) -> str:
        """The change as one phrase: ``negation added: will act -> will not act``."""
        return f"{self.label}: {self.old or '(nothing)'} -> {self.new or '(nothing)'}"


@dataclass(frozen=True, slots=True)
class Comparison:
    """A version compared with the reference: relation, similarity, diff, and why it is altered."""

    relation: Relation
    similarity: float
    diff: list[dict[str, Any]]
    reasons: tuple[str, ...] = ()  # the labels of ``changes``, each once
    omission: bool = False  # words of the reference left out inside the quoted stretch, unmarked
    changes: tuple[Change, ...] = ()

    @property
    def details(self) -> tuple[str, ...]:
        """Each change with its words (``Change.describe``), in the order of the quotation."""
        return tuple(c.describe() for c in self.changes)


def _editorial(word: str) -> bool:
    """An editorial insertion in square brackets."""
    return word.startswith("[") and word.endswith("]")


# -- what the words say ----------------------------------------------------------------------------


def is_negation(word: str) -> bool:
    """A word that negates: ``not``, ``never``, ``no``, ``nobody``…, or an ``n't`` contraction."""
    return word in NEGATIONS or word.endswith("n't")


def negation_count(seq: list[str]) -> int:
    """How many negations a stretch of words holds."""
    return sum(1 for w in seq if is_negation(w))


_NUMERAL = re.compile(r"\d+(?:\.\d+)?")
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year written in figures


def numbers_in(seq: list[str]) -> Counter[str]:
    """The numbers and quantities a stretch of words states, as comparable values.

    Runs of number words are read as one number ("two hundred and forty-five" → 245, "1.5 million"
    → 1500000); "per cent" and "%" are units and left out.
    """
    out: Counter[str] = Counter()
    value: float | None = None
    hour: float | None = None  # a figure of 12 or less right before the one being read ("10" of "10:30")
    for w in [*seq, ""]:
        if w in CLOCK_MARKS and value is not None:  # "10 pm", "10:30 p.m.": an hour of the day
            if hour is not None and value < 60:  # the hour counted alone was the clock's
                out[_fmt(hour)] -= 1
                if not out[_fmt(hour)]:
                    del out[_fmt(hour)]
                out[_hour(hour + value / 100, w)] += 1
            elif 0 < value <= 12:
                out[_hour(value, w)] += 1
            else:
                out[_fmt(value)] += 1
            value = hour = None
            continue
        if value is not None and _NUMERAL.fullmatch(w) and value <= 12 and value == int(value):
            out[_fmt(value)] += 1  # "10" before "30": perhaps an hour, its minutes next
            hour, value = value, float(w)
            continue
        hour = None
        suffixed = _SUFFIXED.fullmatch(w)
        if suffixed is not None:  # "£3m", "$2bn", "10pm": a figure with its scale or hour glued on
            if value is not None:
                out[_fmt(value)] += 1
                value = None
            figure, unit = float(suffixed.group(1)), suffixed.group(2)
            out[_hour(figure, unit) if unit in CLOCK_MARKS else _fmt(figure * NUMBER_SUFFIXES[unit])] += 1
            continue
        parts = w.split("-") if "-" in w and all(p in NUMBER_VALUES for p in w.split("-")) else [w]
        if _NUMERAL.fullmatch(w.rstrip("%")):
            if value is not None:
                out[_fmt(value)] += 1
            value = float(w.rstrip("%"))
            continue
        if all(p in NUMBER_VALUES for p in parts):
            add = sum(NUMBER_VALUES[p] for p in parts)
            if value is not None and _joins(value, add):
                value += add
            else:
                if value is not None:
                    out[_fmt(value)] += 1
                value = add
            continue
        if w in NUMBER_SCALES and value is not None:
            value *= NUMBER_SCALES[w]
            continue
        if w == "and" and value is not None:
            continue
        if value is not None:
            out[_fmt(value)] += 1
            value = None
        if w in NUMBER_SCALES:
            out["~" + str(int(NUMBER_SCALES[w]))] += 1  # "hundreds", "millions": an order of size
        elif w in QUANTITY_WORDS:
            out[QUANTITY_WORDS[w]] += 1
    return out


_UNITS = sorted(set(NUMBER_SUFFIXES) | CLOCK_MARKS, key=len, reverse=True)
_SUFFIXED = re.compile(rf"(\d+(?:\.\d+)?)({'|'.join(map(re.escape, _UNITS))})")


def _hour(value: float, mark: str) -> str:
    """An hour of the day as a comparable value: "10pm" and "10 p.m." → "h22:00"."""
    hours, minutes = int(value), round((value - int(value)) * 100)
    return f"h{hours % 12 + (12 if mark.startswith('p') else 0)}:{minutes:02d}"


def _joins(value: float, add: float) -> bool:
    """Whether a number word continues the number read so far: "twenty" "five", "two hundred" "six"."""
    if value >= 100 and value % 100 == 0:
        return add < 100
    return 20 <= value < 100 and value % 10 == 0 and add < 10


def _fmt(value: float) -> str:
    """A number as a comparable string: 12, not 12.0."""
    return str(int(value)) if value == int(value) else str(value)


def _dates(seq: list[str], shown: list[str]) -> set[str]:
    """Day, month and time words ("may" and "march" only when written as months); years are numbers."""
    out = set()
    for w, s in zip(seq, shown, strict=True):
        if w in MONTHS and w in ("may", "march") and not s[:1].isupper():
            continue
        if w in DATE_WORDS:
            out.add(w)
    return out


_SENTENCE_BREAK = re.compile(r"[.!?…:;\n\"“”‘’«»]")  # between two words: the second opens a sentence


@functools.lru_cache(maxsize=1 << 12)
def _sentence_starts(shown: tuple[str, ...], text: str | None) -> frozenset[int]:
    """Indices of the words that open a sentence: the first, and any after . ! ? … : or a new line
    (remembered: a statement's reference meets every other version)."""
    starts = {0}
    if not text:
        return frozenset(starts)
    pos = 0
    for k, w in enumerate(shown):
        at = text.find(w, pos)
        if at < 0:
            break
        if k and _SENTENCE_BREAK.search(text, pos, at):
            starts.add(k)
        pos = at + len(w)
    return frozenset(starts)


# Pronouns and quantifiers the dictionary may not know, capitalised only to open a sentence.
_NO_NAMES = PEOPLE_PRONOUNS | FUNCTION_WORDS | frozenset(QUANTIFIER_RANKS) | INDEFINITE_THINGS


def _names(seq: Words, lo: int, hi: int, starts: frozenset[int]) -> list[tuple[str, bool]]:
    """Capitalised words of ``seq[lo:hi]`` that may name someone or something (not "I", a bracket or
    a date), each with whether it surely does: inside a sentence, or a word the dictionary does not
    know ("Prices" opening a sentence may be no name; "Solberg" is one)."""
    out = []
    for k in range(lo, hi):
        w = seq.shown[k]
        low = w.lower()
        if not w[:1].isupper() or w == "I" or _editorial(w) or low in DATE_WORDS or low in _NO_NAMES:
            continue
        out.append((w, k not in starts or not known_word(w)))
    return out


def opposite(a: str, b: str) -> bool:
    """``b`` means the opposite of ``a``: antonyms as written or by their lemmas, or the same word
    with a prefix that negates it ("lawful" / "unlawful") or one of opposite sense ("overpaid" /
    "underpaid")."""
    if b in ANTONYMS.get(a, ()) or _prefixed_opposite(a, b) or _prefixed_opposite(b, a):
        return True
    la, lb = lemmas(a), lemmas(b)
    return any(y in ANTONYMS.get(x, ()) for x in sorted(la) for y in lb)


MIN_STEM = 4  # letters a prefixed word must keep to count as the same word negated ("unable", not "uno")


def _prefixed_opposite(a: str, b: str) -> bool:
    """``b`` is ``a`` with a negating prefix, or both carry prefixes of opposite sense on one stem."""
    if a in PREFIXED_NOT_OPPOSITE or b in PREFIXED_NOT_OPPOSITE:
        return False
    if len(a) >= MIN_STEM and any(b == prefix + a for prefix in NEGATING_PREFIXES):
        return True
    pairs = (*OPPOSITE_PREFIXES, *((y, x) for x, y in OPPOSITE_PREFIXES))  # either way round
    return any(
        a.startswith(x) and b.startswith(y) and len(a) - len(x) >= MIN_STEM and a[len(x) :] == b[len(y) :]
        for x, y in pairs
    )


def _certainty(word: str) -> int | None:
    """How sure a word says something is (``CERTAINTY_RANKS``; any "'ll" as "will"), or None."""
    if word.endswith(("'ll", "’ll")):
        return CERTAINTY_RANKS["will"]
    return CERTAINTY_RANKS.get(word)


def _ranks(seq: list[str], table: dict[str, int]) -> set[int]:
    """The ranks the words of an edit have in a scale ("most" 5 of the quantifiers)."""
    return {table[w] for w in seq if w in table}


def _deixes(words_: Words, keep: list[int]) -> set[str]:
    """Where the words of an edit place a time word after them ("last" of "last year", "past" of
    "the past week" both point back): a date changes with them."""
    out = set()
    for k in keep:
        w = words_.norm[k]
        if w in DATE_DEIXIS and k + 1 < len(words_.norm) and words_.norm[k + 1] in DATE_WORDS:
            out.add(DATE_DEIXIS[w])
    return out


# -- the changes of one edit -----------------------------------------------------------------------

ALTERED_MIN_SIMILARITY = 0.8  # a misquote is a near copy: below this, two wordings are just different
SMALL_EDIT = 4  # a change of meaning is a small edit amid matching words


def _local_ops(al: Alignment) -> list[tuple[str, int, int, int, int]]:
    """The small edits that stand between matching words (or at an edge next to one)."""
    ops = list(al.ops)
    out = []
    for k, op in enumerate(ops):
        tag, i1, i2, j1, j2 = op
        if tag == "equal" or i2 - i1 > SMALL_EDIT or j2 - j1 > SMALL_EDIT:
            continue
        before = k > 0 and ops[k - 1][0] == "equal"
        after = k + 1 < len(ops) and ops[k + 1][0] == "equal"
        if before or after:
            out.append(op)
    return out


def _content(seq: list[str]) -> list[str]:
    """The words of an edit other than negations and auxiliaries."""
    return [w for w in seq if not is_negation(w) and w not in AUXILIARIES]


_CONTRACTED = {"cannot": "can", "can't": "can", "won't": "will", "shan't": "shall", "ain't": "is"}


def expand_negations(seq: list[str]) -> list[str]:
    """Negative contractions written out: "cannot", "won't", "didn't" → "can not", "will not", "did not";
    "failed to" → "not"; "stopped running" → "not running"."""
    out: list[str] = []
    for k, w in enumerate(seq):
        if w == "to" and k and seq[k - 1] in NEGATING_VERBS:
            continue  # "failed to meet" → "not meet"
        if w in NEGATING_VERBS and k + 1 < len(seq) and seq[k + 1] == "to":
            out.append("not")
        elif w in STOPPING_VERBS and k + 1 < len(seq) and seq[k + 1].endswith("ing") and len(seq[k + 1]) > 4:
            out.append("not")  # "stop running" → "not running"
        elif w in _CONTRACTED:
            out += [_CONTRACTED[w], "not"]
        elif w.endswith("n't") and len(w) > 3:
            out += [w[:-3], "not"]
        else:
            out.append(w)
    return out


def _negation_flip(old: list[str], new: list[str]) -> bool:
    """The edit is a negation added or dropped: the negation itself, with at most an auxiliary, the
    verb's other form ("knew" / "did not know") and one word it replaces or drops ("constantly" /
    "not", "knows exactly" / "does not know"); not a rephrasing that happens to hold a "not"."""
    if negation_count(old) == negation_count(new):
        return False
    small, large = sorted((_content(old), _content(new)), key=len)
    if not small:
        return len(large) <= 1
    if len(large) > len(small) + 1:
        return False
    unmatched = [w for w in large if not any(same_lemma(w, v) or w[:4] == v[:4] for v in small)]
    return len(unmatched) == len(large) - len(small) and all(
        any(same_lemma(w, v) or w[:4] == v[:4] for v in large) for w in small
    )


def _phrase(words_: Words, i1: int, i2: int, context: bool) -> str:
    """The words ``[i1:i2]`` as printed, with a word of context on each side when asked."""
    lo, hi = (max(0, i1 - 1), min(len(words_.shown), i2 + 1)) if context else (i1, i2)
    return " ".join(w for w in words_.shown[lo:hi] if w not in ELLIPSIS)


def edge_trims(old: list[str], new: list[str], edge: str) -> list[tuple[list[str], list[str]]]:
    """At an edge of the alignment, the reference words that stand for the version's are a guess
    (as many as the version has): the edit as aligned, then with the outermost words left out."""
    out = [(old, new)]
    if edge == "lead":
        out += [(old[k:], new) for k in range(1, len(old))] + [(old, new[k:]) for k in range(1, len(new))]
    elif edge == "tail":
        out += [(old[:k], new) for k in range(len(old) - 1, 0, -1)]
        out += [(old, new[:k]) for k in range(len(new) - 1, 0, -1)]
    # Words left out so are guesses: never a negation, whose place is what is being compared.
    kept = negation_count(old), negation_count(new)
    return [(o, n) for o, n in out if (negation_count(o), negation_count(n)) == kept]


def op_changes(
    op: tuple[str, int, int, int, int],
    ref: Words,
    ver: Words,
    starts: tuple[set[int], set[int]],
    edge: str = "",
) -> list[Change]:
    """The changes of meaning one edit makes, in the order negation, antonym, number, date, name;
    ``edge`` ("lead", "tail") says the edit stands at that edge of the version."""
    tag, i1, i2, j1, j2 = op
    keep_old = [k for k in range(i1, i2) if not _editorial(ref.norm[k]) and ref.norm[k] not in ELLIPSIS]
    keep_new = [k for k in range(j1, j2) if not _editorial(ver.norm[k]) and ver.norm[k] not in ELLIPSIS]
    old = [ref.norm[k] for k in keep_old]
    new = [ver.norm[k] for k in keep_new]
    if not old and not new:
        return []
    out: list[Change] = []

    def change(kind: ChangeKind, label: str, context: bool = False) -> None:
        out.append(Change(kind, label, _phrase(ref, i1, i2, context), _phrase(ver, j1, j2, context)))

    full_old, full_new = expand_negations(old), expand_negations(new)
    flipped = negation_count(full_old) != negation_count(full_new)
    swapped = any(
        opposite(a, b)
        for a in _content(full_old)
        if a not in full_new
        for b in _content(full_new)
        if b not in full_old
    )
    elided = any(ver.norm[k] in ELLIPSIS for k in range(j1, j2))
    if flipped and swapped:
        pass  # "not possible" for "impossible": a negated opposite says the same
    elif elided and negation_count(full_old) > negation_count(full_new):
        # "I will not, under any circumstances, vote …" printed "I will … vote …": the cut drops the "not"
        change("negation", "negation dropped", True)
    elif any(_negation_flip(o, n) for o, n in edge_trims(full_old, full_new, edge)):
        label = "negation " + ("dropped" if negation_count(full_old) > negation_count(full_new) else "added")
        change("negation", label, True)
    elif tag == "replace" and swapped and not flipped:
        change("antonym", "antonym")
    sure_old = {_certainty(ref.norm[k]) for k in keep_old if ref.shown[k] != "May"} - {None}
    sure_new = {_certainty(ver.norm[k]) for k in keep_new if ver.shown[k] != "May"} - {None}
    if tag == "replace" and sure_old and sure_new and sure_old != sure_new and not flipped:
        change("modal", "certainty changed", True)
    for table, label in ((QUANTIFIER_RANKS, "quantity changed"), (FREQUENCY_RANKS, "frequency changed")):
        ranks_old, ranks_new = _ranks(old, table), _ranks(new, table)
        if tag == "replace" and ranks_old and ranks_new and ranks_old != ranks_new and not swapped:
            change("number", label, True)
    old_dates = _dates(old, [ref.shown[k] for k in keep_old]) - set(new)
    new_dates = _dates(new, [ver.shown[k] for k in keep_new]) - set(old)
    numbers_old, numbers_new = numbers_in(old), numbers_in(new)
    differ = set(numbers_old) ^ set(numbers_new)
    years = bool(differ) and all(YEAR.fullmatch(v) for v in differ)
    if numbers_old and numbers_new and numbers_old != numbers_new and not years:
        change("number", "number changed")
    deixes_old, deixes_new = _deixes(ref, keep_old), _deixes(ver, keep_new)
    if (
        (old_dates and new_dates)
        or (numbers_old and numbers_new and numbers_old != numbers_new and years)
        or (deixes_old and deixes_new and deixes_old != deixes_new)
    ):
        change("date", "date changed")
    if tag == "replace" and not (old_dates and new_dates):
        ref_all, ver_all = set(ref.norm), set(ver.norm)
        gone = [(w, sure) for w, sure in _names(ref, i1, i2, starts[0]) if w.lower() not in ver_all]
        came = [(w, sure) for w, sure in _names(ver, j1, j2, starts[1]) if w.lower() not in ref_all]
        respelt = any(fuzz.ratio(a, b) >= 75 for a, _ in gone for b, _ in came)
        if gone and came and not respelt and any(sure for _, sure in gone + came):
            change("name", "name changed")
    return out


def meaning_changes(
    ref: Words, ver: Words, al: Alignment, ref_text: str | None = None, ver_text: str | None = None
) -> tuple[Change, ...]:
    """The changes that make a version say something else than the reference's window, if any.

    Only small edits amid matching words count; two differently worded versions are variants. The
    texts, when given, tell where sentences start (a capitalised word there is not always a name).
    """
    swapped = swapped_order(ref, ver)
    if swapped:  # the same words, two stretches changed places: no alignment lines them up
        return tuple(swapped)
    edits = [op for op in al.ops if op[0] != "equal"]
    if al.similarity(len(ref.norm), len(ver.norm)) < ALTERED_MIN_SIMILARITY and len(edits) > 1:
        return ()  # neither a near copy nor a single edit: another wording
    starts = (_sentence_starts(ref.shown, ref_text), _sentence_starts(ver.shown, ver_text))
    out: list[Change] = []
    for op in _local_ops(al):
        edge = "lead" if op[3] == 0 else "tail" if op[4] == len(ver.norm) else ""
        out.extend(op_changes(op, ref, ver, starts, edge))
    return tuple(out)


ORDER_SWAPPED = "order swapped"


def swapped_order(ref: Words, ver: Words) -> list[Change]:
    """Two stretches that changed places around words that say who did what to whom ("Acme beat
    Orbis" / "Orbis beat Acme", "exports exceed imports" / "imports exceed exports"); not around
    "and" or "or", where the order says nothing ("jobs and growth" / "growth and jobs")."""
    old, new = ref.norm, ver.norm
    if len(old) != len(new) or old == new or sorted(old) != sorted(new):
        return []
    lo = 0
    while lo < len(old) and old[lo] == new[lo]:
        lo += 1
    hi = len(old)
    while hi > lo and old[hi - 1] == new[hi - 1]:
        hi -= 1
    a, b = old[lo:hi], new[lo:hi]
    for x in range(1, len(a)):
        for y in range(1, len(a) - x):
            first, middle, second = a[:x], a[x : len(a) - y], a[len(a) - y :]
            if tuple(b) != second + middle + first or first == second:
                continue
            linked = bool(set(middle) & SYMMETRIC_LINKS) and set(middle) <= FUNCTION_WORDS | {","}
            if not middle or linked or not _content(list(first + second)):
                return []  # "the fees are fair and the crews are happy", the other way round: the same
            return [Change("order", ORDER_SWAPPED, _phrase(ref, lo, hi, False), _phrase(ver, lo, hi, False))]
    return []


# -- the relation ----------------------------------------------------------------------------------


def _diff(ref: Words, ver: Words, al: Alignment) -> list[dict[str, Any]]:
    """The word diff of a version against the reference's window, as the output gives it."""
    return word_diff(al.ops, ref.shown, ver.shown)


def word_diff(
    ops: Iterable[tuple[str, int, int, int, int]], ref: Sequence[str], ver: Sequence[str]
) -> list[dict[str, Any]]:
    """Opcodes (as difflib gives them) over two word lists as the output's diff: ``equal`` and
    ``insert`` show the version's words, ``delete`` the reference's, ``replace`` both."""
    out: list[dict[str, Any]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            out.append({"op": "equal", "text": " ".join(ver[j1:j2])})
        elif tag == "delete":
            out.append({"op": "delete", "text": " ".join(ref[i1:i2])})
        elif tag == "insert":
            out.append({"op": "insert", "text": " ".join(ver[j1:j2])})
        else:
            out.append({"op": "replace", "from": " ".join(ref[i1:i2]), "to": " ".join(ver[j1:j2])})
    return out


def compare_versions(
    ref: Words, ver: Words, ref_text: str | None = None, ver_text: str | None = None
) -> Comparison:
    """Compare a version with the reference version of its statement (their texts, when given, help
    tell names from sentence-initial words)."""
    al = align(ref, ver)
    sim = al.similarity(len(ref.norm), len(ver.norm))
    diff = _diff(ref, ver, al)
    if ref.norm == ver.norm or _unbracketed(ref.norm) == _unbracketed(ver.norm):
        return Comparison("verbatim", 1.0, diff)
    changes = meaning_changes(ref, ver, al, ref_text, ver_text)
    if changes:
        labels = tuple(dict.fromkeys(c.label for c in changes))
        return Comparison("altered", sim, diff, labels, changes=changes)
    tags = {op[0] for op in al.ops if not _neutral(op, ref, ver)}
    whole = al.lo == 0 and al.hi == len(ref.norm)
    if tags <= {"equal"}:
        return Comparison("verbatim" if whole else "fragment", sim, diff)
    if tags <= {"equal", "delete", "replace"} and _marked_gaps(ref, ver, al):
        return Comparison("elided", sim, diff)
    if tags <= {"equal", "insert"} and _only_at_edges(al):
        return Comparison("extended", sim, diff)
    omission = tags <= {"equal", "delete"}
    return Comparison("variant", sim, diff, omission=omission)


@functools.lru_cache(maxsize=1 << 12)
def _unbracketed(norm: tuple[str, ...]) -> tuple[str, ...]:
    """The words without editorial insertions (remembered: the reference meets every version)."""
    return tuple(w for w in norm if not _editorial(w))


def _neutral(op: tuple[str, int, int, int, int], ref: Words, ver: Words) -> bool:
    """An op that only adds or drops an editorial [insertion], or writes the same words otherwise:
    British or American spelling ("programme" / "program"), a number in digits or words."""
    tag, i1, i2, j1, j2 = op
    touched = list(ref.norm[i1:i2]) + list(ver.norm[j1:j2])
    if tag == "insert" and touched and all(w in ELLIPSIS for w in touched):
        return True  # an ellipsis where nothing is left out
    if tag == "replace" and _spelt_otherwise(list(ref.norm[i1:i2]), list(ver.norm[j1:j2])):
        return True
    if tag in ("insert", "delete") and touched and all(w in ("per", "cent", "percent") for w in touched):
        return True  # "40 per cent" for "40%" (the sign is no word)
    return tag != "equal" and bool(touched) and all(_editorial(w) for w in touched)


_AMERICAN = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"our(s|ed|ing|ful|ite|ites|able|hood|hoods|er|ers|ly)?$", r"or\1"),
        (r"([^aeiou])re(s|d)?$", r"\1er\2"),
        (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"),
        (r"ence(s)?$", r"ense\1"),
        (r"ogue(s)?$", r"og\1"),
        (r"mme(s)?$", r"m\1"),
        (r"ll(ed|ing|er|ers|ous)$", r"l\1"),
    )
)
_NUMBER_TOKEN = re.compile(r"\d[\d.,]*%?$")


@functools.lru_cache(maxsize=1 << 14)
def _american(word: str) -> str:
    """A word of five letters or more in American spelling, as far as its ending tells."""
    if len(word) < 5 or not word.isalpha():
        return word
    for pattern, repl in _AMERICAN:
        word = pattern.sub(repl, word)
    return word


def _spelt_otherwise(old: list[str], new: list[str]) -> bool:
    """The same words spelt otherwise: word for word in American spelling, or the same numbers."""
    if not old or not new:
        return False
    if len(old) == len(new) and all(_american(a) == _american(b) for a, b in zip(old, new, strict=True)):
        return True
    plain = all(_numeric(w) for w in old + new)
    return plain and numbers_in(old) == numbers_in(new) and bool(numbers_in(old))


def _numeric(word: str) -> bool:
    """A word that only writes a number: digits, number words, "per cent", "and"."""
    if _NUMBER_TOKEN.match(word) or word in ("per", "cent", "percent", "and") or word in NUMBER_SCALES:
        return True
    return all(p in NUMBER_VALUES for p in word.split("-"))


def _marked_gaps(ref: Words, ver: Words, al: Alignment) -> bool:
    """Every stretch of the reference left out is marked by an ellipsis in the version."""
    gaps = 0
    for tag, _i1, _i2, j1, j2 in al.ops:
        if tag == "delete":
            gaps += 1
            before = ver.norm[j1 - 1] if j1 > 0 else ""
            after = ver.norm[j1] if j1 < len(ver.norm) else ""
            if before not in ELLIPSIS and after not in ELLIPSIS:
                return False
        elif tag == "replace":
            gaps += 1
            if any(w not in ELLIPSIS for w in ver.norm[j1:j2]):
                return False
    return gaps > 0


def _only_at_edges(al: Alignment) -> bool:
    """Whether every edit stands at an edge of the alignment."""
    inner = [op for op in al.ops[1:-1] if op[0] != "equal"]
    return not inner


def render_diff(diff: list[dict[str, Any]]) -> str:
    """A word diff as plain text: ``[-removed-]`` and ``{+added+}``, as ``git diff --word-diff`` shows it."""
    parts = []
    for op in diff:
        if op["op"] == "equal":
            parts.append(str(op["text"]))
        elif op["op"] == "delete":
            parts.append(f"[-{op['text']}-]")
        elif op["op"] == "insert":
            parts.append(f"{{+{op['text']}+}}")
        else:
            parts.append(f"[-{op['from']}-]{{+{op['to']}+}}")
    return " ".join(parts)
