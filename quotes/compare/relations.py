"""How a version of a statement relates to its reference, and whether its meaning changed.

``altered`` is reserved for a change of meaning a reader would object to: a negation added or
dropped, a number changed, a name or a date replaced by another, a word replaced by its antonym.
Anything else that differs is a ``variant`` (another translation, tidied grammar, words left out
without an ellipsis). Editorial insertions in square brackets are neutral.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz

from quotes.compare.align import Alignment, align
from quotes.lexicons.grammar import AUXILIARIES
from quotes.lexicons.meaning import ANTONYMS, DATE_WORDS, NEGATIONS, NUMBER_WORDS
from quotes.words import ELLIPSIS, Words

Relation = Literal["reference", "verbatim", "fragment", "elided", "extended", "variant", "altered"]

_NUMBER_VALUES = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}


@dataclass(frozen=True, slots=True)
class Comparison:
    """A version compared with the reference: relation, similarity, diff, and why it is altered."""

    relation: Relation
    similarity: float
    diff: list[dict[str, Any]]
    reasons: tuple[str, ...] = ()
    omission: bool = False  # words of the reference left out inside the quoted stretch, unmarked


def _editorial(word: str) -> bool:
    return word.startswith("[") and word.endswith("]")


def _numbers(seq: list[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for w in seq:
        if any(c.isdigit() for c in w):
            out[w.replace(",", "").rstrip("%")] += 1
        elif w in _NUMBER_VALUES:
            out[str(_NUMBER_VALUES[w])] += 1
        elif w in NUMBER_WORDS:
            out[w] += 1
    return out


def _negations(seq: list[str]) -> int:
    return sum(1 for w in seq if w in NEGATIONS or w.endswith("n't"))


def _proper(shown: list[str], position: list[int]) -> set[str]:
    """Capitalised words that are not sentence-initial nor "I": names, places, days."""
    out = set()
    for w, k in zip(shown, position, strict=True):
        if w[:1].isupper() and w != "I" and k != 0 and not _editorial(w):
            out.add(w)
    return out


ALTERED_MIN_SIMILARITY = 0.8  # a misquote is a near copy: below this, two wordings are just different
_LOCAL = 4  # a change of meaning is a small edit amid matching words


def _local_ops(al: Alignment) -> list[tuple[str, int, int, int, int]]:
    """The small edits that stand between matching words (or at an edge next to one)."""
    ops = list(al.ops)
    out = []
    for k, op in enumerate(ops):
        tag, i1, i2, j1, j2 = op
        if tag == "equal" or i2 - i1 > _LOCAL or j2 - j1 > _LOCAL:
            continue
        before = k > 0 and ops[k - 1][0] == "equal"
        after = k + 1 < len(ops) and ops[k + 1][0] == "equal"
        if before or after:
            out.append(op)
    return out


def _bare_negation(old: list[str], new: list[str]) -> bool:
    """The edit is the negation itself, with at most an auxiliary, the verb's own form and a dropped
    word: "will raise" / "will not raise", "knows exactly" / "does not know"; not a rephrasing that
    happens to hold a "not" ("… is just not true")."""

    def rest(seq: list[str]) -> list[str]:
        return [w for w in seq if w not in NEGATIONS and not w.endswith("n't") and w not in AUXILIARIES]

    small, large = sorted((rest(old), rest(new)), key=len)
    if len(large) > 2 or (large and not small):
        return False
    return all(any(w[:4] == v[:4] for v in large) for w in small)


def meaning_changes(ref: Words, ver: Words, al: Alignment) -> tuple[str, ...]:
    """The reasons a version says something else than the reference's window, if any.

    Only small edits amid matching words count: a negation inserted or dropped, a number, a name or
    a date replaced, a word replaced by its antonym. Two differently worded versions are variants.
    """
    edits = [op for op in al.ops if op[0] != "equal"]
    if al.similarity(len(ref.norm), len(ver.norm)) < ALTERED_MIN_SIMILARITY and len(edits) > 1:
        return ()  # neither a near copy nor a single edit: another wording
    reasons: list[str] = []
    ref_all, ver_all = set(ref.norm), set(ver.norm)
    for tag, i1, i2, j1, j2 in _local_ops(al):
        old = [w for w in ref.norm[i1:i2] if not _editorial(w) and w not in ELLIPSIS]
        new = [w for w in ver.norm[j1:j2] if not _editorial(w) and w not in ELLIPSIS]
        if _negations(old) != _negations(new) and _bare_negation(old, new):
            reasons.append("negation " + ("dropped" if _negations(old) > _negations(new) else "added"))
        if _numbers(old) and _numbers(new) and _numbers(old) != _numbers(new):
            reasons.append("number changed")
        if tag != "replace":
            continue
        gone = {w for w in _proper(list(ref.shown[i1:i2]), list(range(i1, i2))) if w.lower() not in ver_all}
        came = {w for w in _proper(list(ver.shown[j1:j2]), list(range(j1, j2))) if w.lower() not in ref_all}
        if gone and came and all(fuzz.ratio(a, b) < 75 for a in gone for b in came):
            days = {w.lower() for w in gone | came} & DATE_WORDS
            reasons.append("date changed" if days else "name changed")
        old_dates = {w for w in old if w in DATE_WORDS} - set(new)
        new_dates = {w for w in new if w in DATE_WORDS} - set(old)
        if old_dates and new_dates and "date changed" not in reasons:
            reasons.append("date changed")
        if any(ANTONYMS.get(a, frozenset()) & set(new) for a in old if a not in new):
            reasons.append("antonym")
    return tuple(dict.fromkeys(reasons))


def _diff(ref: Words, ver: Words, al: Alignment) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for tag, i1, i2, j1, j2 in al.ops:
        if tag == "equal":
            out.append({"op": "equal", "text": " ".join(ver.shown[j1:j2])})
        elif tag == "delete":
            out.append({"op": "delete", "text": " ".join(ref.shown[i1:i2])})
        elif tag == "insert":
            out.append({"op": "insert", "text": " ".join(ver.shown[j1:j2])})
        else:
            out.append(
                {"op": "replace", "from": " ".join(ref.shown[i1:i2]), "to": " ".join(ver.shown[j1:j2])}
            )
    return out


def compare_versions(ref: Words, ver: Words) -> Comparison:
    """Compare a version with the reference version of its statement."""
    al = align(ref, ver)
    sim = al.similarity(len(ref.norm), len(ver.norm))
    diff = _diff(ref, ver, al)
    plain_ref = [w for w in ref.norm if not _editorial(w)]
    plain_ver = [w for w in ver.norm if not _editorial(w)]
    if plain_ref == plain_ver:
        return Comparison("verbatim", 1.0, diff)
    reasons = meaning_changes(ref, ver, al)
    if reasons:
        return Comparison("altered", sim, diff, reasons)
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


def _neutral(op: tuple[str, int, int, int, int], ref: Words, ver: Words) -> bool:
    """An op that only adds or drops an editorial [insertion]."""
    tag, i1, i2, j1, j2 = op
    touched = list(ref.norm[i1:i2]) + list(ver.norm[j1:j2])
    if tag == "insert" and touched and all(w in ELLIPSIS for w in touched):
        return True  # an ellipsis where nothing is left out
    return tag != "equal" and bool(touched) and all(_editorial(w) for w in touched)


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
