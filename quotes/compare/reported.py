"""Reported versions of a statement: an outlet's paraphrase of what another quotes word for word.

A reported record ("Roe said the plan would be delayed") joins the statement it reports when the
speaker is the same, the dates fit, and its content words (by lemma, so "delayed" meets "delay")
align with the statement's reference. Its relation is then ``reported``, with the words it shares
and its word alignment with the reference (a ``diff`` whose ``equal`` runs match by lemma);
a paraphrase that reverses the statement (a negation added or dropped, an antonym, another number)
is ``altered``, like a misquote. A paraphrase that matches no statement stays out of the
statements: reported speech alone is not a statement quoted by several outlets.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from quotes.compare.group import quote_words, same_speaker, speaker_key
from quotes.compare.lemmas import lemmas
from quotes.compare.relations import is_negation, numbers_in, opposite, word_diff
from quotes.lexicons.meaning import FUNCTION_WORDS, NEGATIONS
from quotes.records import Quote, Statement
from quotes.words import ELLIPSIS, Words

MIN_SHARED = 2  # content lemmas a paraphrase shares with the statement, at least
MIN_COVER = 0.5  # and the share of the paraphrase's content lemmas they make up


@dataclass(frozen=True, slots=True)
class Match:
    """How a paraphrase fits a statement: the share of its content that the statement holds, what
    it reverses (empty for a faithful paraphrase), and its word alignment with the reference."""

    cover: float
    shared: tuple[str, ...]
    changes: tuple[str, ...]
    diff: tuple[dict[str, Any], ...] = ()


def _content(norm: Sequence[str]) -> list[str]:
    return [w for w in norm if w not in FUNCTION_WORDS and w not in ELLIPSIS and not is_negation(w)]


def _lemma_key(word: str) -> str:
    """One lemma for a word, the same for every form ("delayed", "delays" → "delay", "ferries" →
    "ferry"): a lemma other than the word itself when it has one."""
    other = lemmas(word) - {word}
    return min(other) if other else word


def match(reference: str, paraphrase: str) -> Match | None:
    """How ``paraphrase`` reports ``reference``, or None when they do not share enough content."""
    ref_words, par_words = quote_words(reference), quote_words(paraphrase)
    ref, par = ref_words.norm, par_words.norm
    ref_keys = {_lemma_key(w): w for w in _content(ref)}
    par_content = _content(par)
    par_keys = [_lemma_key(w) for w in par_content]
    if not par_keys:
        return None
    shared = sorted({k for k in par_keys if k in ref_keys})
    cover = sum(1 for k in par_keys if k in ref_keys) / len(par_keys)
    if len(shared) < MIN_SHARED or cover < MIN_COVER:
        return None
    changes: list[str] = []
    lo, hi = _window(ref, {ref_keys[k] for k in shared})
    window = ref[lo:hi]
    if sum(map(is_negation, window)) % 2 != sum(map(is_negation, par)) % 2:
        changes.append("negation")
    unmatched_ref = [w for w in _content(window) if _lemma_key(w) not in set(par_keys)]
    unmatched_par = [w for w, k in zip(par_content, par_keys, strict=True) if k not in ref_keys]
    if any(opposite(a, b) for a in unmatched_ref for b in unmatched_par):
        changes.append("antonym")
    ref_numbers, par_numbers = numbers_in(list(window)), numbers_in(list(par))
    if par_numbers and ref_numbers and par_numbers != ref_numbers:
        changes.append("number")
    diff = _alignment(ref_words, par_words)
    return Match(round(cover, 3), tuple(shared), tuple(changes), diff)


_LEAD = 2  # words before the first shared one that still belong to it ("will not allow")


def _window(ref: Sequence[str], shared_words: set[str]) -> tuple[int, int]:
    """The stretch of the reference (start, end) from just before the first to the last word the
    paraphrase shares (a negation right before the first shared word is part of it)."""
    at = [i for i, w in enumerate(ref) if w in shared_words]
    return (max(0, at[0] - _LEAD), at[-1] + 1) if at else (0, len(ref))


def _alignment(ref: Words, par: Words) -> tuple[dict[str, Any], ...]:
    """The paraphrase's words aligned with the reference, in the form of a version's diff: ``equal``
    runs are words of one lemma, shown as the paraphrase has them ("fares would stay" against "the
    fares will stay" keeps "fares" and "stay"); the reference's words before and after the stretch
    the paraphrase reports are left out."""
    a, b = [_lemma_key(w) for w in ref.norm], [_lemma_key(w) for w in par.norm]
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    if len(ops) > 1:  # at the edges, what the reference has and the paraphrase lacks is outside it
        for at in (0, -1):
            tag, _, _, j1, j2 = ops[at]
            if tag in ("delete", "replace"):
                ops[at] = ("insert", 0, 0, j1, j2)
    return tuple(op for op in word_diff(ops, ref.shown, par.shown) if op.get("text") != "")


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


def _holds_a_version(r: Quote, st: Statement) -> bool:
    """The reported clause holds one of the statement's versions ("said the plan was “a disaster”"):
    the quoted words already stand for it there."""
    return any(v.article == r.article and r.start <= v.start and v.end <= r.end for v in st.versions)


def _unsaid(record: Quote) -> bool:
    """A record of what someone did not say ("never said the plan was safe", its cue negated):
    it reports no statement of theirs."""
    return any(w in NEGATIONS for w in (record.cue or "").lower().split())


def attach(statements: Sequence[Statement], reported: Iterable[Quote], window: int) -> None:
    """Add each reported record, as a version, to the statement it reports best (if any).

    Statements are found through an index of (speaker key, content lemma), so the cost grows with
    the records, not with records times statements.
    """
    from quotes.compare import outlet_of, version_of

    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, st in enumerate(statements):
        key = speaker_key(st.speaker)
        for lemma in sorted({_lemma_key(w) for w in _content(quote_words(st.text).norm)}):
            index[(key, lemma)].append(n)
    for r in sorted(reported, key=lambda q: (q.published or "", q.article, q.start, q.end)):
        if not r.speaker or _unsaid(r):
            continue
        key = speaker_key(r.speaker)
        hits: Counter[int] = Counter()
        for lemma in sorted({_lemma_key(w) for w in _content(quote_words(r.quote).norm)}):
            hits.update(index.get((key, lemma), ()))
        best: tuple[float, int, Match] | None = None
        for n in sorted(n for n, shared in hits.items() if shared >= MIN_SHARED):
            st = statements[n]
            if not same_speaker(st.speaker, r.speaker):
                continue
            gap = _days(st.first_published, r.published)
            if (gap is not None and gap > window) or _holds_a_version(r, st):
                continue
            found = match(st.text, r.quote)
            if found is not None and (best is None or found.cover > best[0]):
                best = (found.cover, n, found)
        if best is None:
            continue
        _, n, found = best
        st = statements[n]
        relation = "altered" if found.changes else "reported"
        reasons = [f"{change} in a paraphrase" for change in found.changes]
        reasons.append("reported speech: " + ", ".join(found.shared))
        st.versions.append(version_of(r, relation, found.cover, list(found.diff), reasons))
        outlet = outlet_of(r)
        if outlet not in st.outlets:
            st.outlets.append(outlet)
            st.outlets.sort()
