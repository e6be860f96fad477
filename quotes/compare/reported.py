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

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from quotes.compare.group import quote_words, same_speaker, speaker_key
from quotes.compare.lemmas import lemmas
from quotes.compare.relations import (
    ORDER_SWAPPED,
    SMALL_EDIT,
    YEAR,
    expand_negations,
    is_negation,
    negation_count,
    numbers_in,
    op_changes,
    opposite,
    swapped_order,
    word_diff,
)
from quotes.lexicons.grammar import AUXILIARIES
from quotes.lexicons.meaning import (
    DATE_WORDS,
    DENYING_CUES,
    FREQUENCY_RANKS,
    FUNCTION_WORDS,
    NEGATIONS,
    NUMBER_VALUES,
    QUANTIFIER_RANKS,
)
from quotes.lexicons.people import SPEAKING_PRONOUNS
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


def _words(text: str) -> Words:
    """A quotation's words as a paraphrase is matched with them: "per cent" as "percent"."""
    return quote_words(_PER_CENT.sub("percent", text))


_PER_CENT = re.compile(r"\bper\s+cent\b", re.IGNORECASE)


def _lemma_key(word: str) -> str:
    """One lemma for a word, the same for every form ("delayed", "delays" → "delay", "ferries" →
    "ferry"; "twelve" → "12"): a lemma other than the word itself when it has one."""
    if word in NUMBER_VALUES:
        return f"{NUMBER_VALUES[word]:g}"
    other = lemmas(word) - {word}
    return min(other) if other else word


def match(reference: str, paraphrase: str, denied: bool = False) -> Match | None:
    """How ``paraphrase`` reports ``reference``, or None when they do not share enough content.

    ``denied``: the paraphrase is what its speaker denied or ruled out ("denied that the pier
    would close"), so it holds one negation more than its words show."""
    ref_words, par_words = _words(reference), _words(paraphrase)
    ref, par = ref_words.norm, par_words.norm
    ref_keys = {_lemma_key(w): w for w in _content(ref)}
    par_content = _content(par)
    par_keys = [_lemma_key(w) for w in par_content]
    if not par_keys:
        return None
    # a word replaced by its opposite still stands for the reference's ("innocent" / "guilty")
    turned = {k for k, w in zip(par_keys, par_content, strict=True) if k not in ref_keys
              and any(opposite(r, w) for r in ref_keys.values())}
    shared = sorted({k for k in par_keys if k in ref_keys})
    # what a statement is about: not when ("in June", "every year since 2019") nor how many
    telling = [k for k in par_keys if _telling(k)]
    told = [k for k in telling if k in ref_keys or k in turned]
    cover = len(told) / len(telling) if telling else 0.0
    if len(set(told)) < MIN_SHARED or cover < MIN_COVER or not shared:
        return None
    lo, hi = _window(ref, {ref_keys[k] for k in shared}, _sentences(reference, ref))
    changes = _changes(ref_words, par_words, (lo, hi), denied)
    diff = _alignment(ref_words, par_words)
    return Match(round(cover, 3), tuple(shared), tuple(dict.fromkeys(changes)), diff)


_LEAD = 3  # words before the first shared one that belong to it ("will not allow", "would not call the")


def _window(
    ref: Sequence[str], shared_words: set[str], sentences: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The stretch of the reference (start, end) from just before the first to the last word the
    paraphrase shares (a negation right before the first shared word is part of it), inside the
    sentence that holds most of them when one holds two thirds at least: a paraphrase of one
    sentence of a longer statement is read against that sentence."""
    at = [i for i, w in enumerate(ref) if w in shared_words]
    if not at:
        return 0, len(ref)
    def held(r: tuple[int, int]) -> int:
        return len({ref[i] for i in at if r[0] <= i < r[1]})

    best = max(sentences, key=lambda r: (held(r), -r[0]), default=None)
    if best is not None and 3 * held(best) >= 2 * len(set(shared_words)):
        inside = [i for i in at if best[0] <= i < best[1]]
        return max(best[0], inside[0] - _LEAD), inside[-1] + 1
    return max(0, at[0] - _LEAD), at[-1] + 1


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']*\s+(?=[\"“‘']*[A-Z0-9])")


def _sentences(text: str, norm: Sequence[str]) -> list[tuple[int, int]]:
    """The word ranges of a quotation's sentences."""
    out, at = [], 0
    for part in _SENTENCE_END.split(text):
        n = len(_words(part).norm)
        if n:
            out.append((at, min(at + n, len(norm))))
            at += n
    return out if at == len(norm) else [(0, len(norm))]


def _telling(key: str) -> bool:
    """A content word that says what a statement is about: not a date or a time ("June", "year",
    "2019"), nor a quantifier ("every", "all")."""
    if key in DATE_WORDS or key in QUANTIFIER_RANKS or key in FREQUENCY_RANKS:
        return False
    return not YEAR.fullmatch(key)



def _changes(ref: Words, par: Words, window: tuple[int, int], denied: bool) -> list[str]:
    """What the paraphrase reverses in the reference's ``window``, as change labels ("negation
    added", "antonym", "certainty changed", "date changed", "order swapped" …).

    The two are aligned by lemma, with people's pronouns as one word ("we will close" meets "they
    would close"); each small edit between aligned words, and one at either end where both sides
    have words ("a success" / "a failure"), is read as a misquote's edit is
    (:func:`quotes.compare.relations.op_changes`). Negation is counted over the whole window, as a
    paraphrase moves it ("did not give" / "denied giving"), and a negated opposite cancels out
    ("unsafe" / "not safe")."""
    lo, hi = window
    a, b = [_align_key(w) for w in ref.norm], [_align_key(w) for w in par.norm]
    if swapped_order(_unhelped(ref, a, lo, hi), _unhelped(par, b, 0, len(b))):
        return [ORDER_SWAPPED]  # "the council owes the firm" / "the firm owed the council"
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    equal = [k for k, op in enumerate(ops) if op[0] == "equal"]
    out: list[str] = []
    opposites = False
    starts = (frozenset(), frozenset())
    for k, op in enumerate(ops):
        tag, i1, i2, j1, j2 = op
        inside = bool(equal) and equal[0] < k < equal[-1]
        edge = "lead" if equal and k < equal[0] else "tail" if equal and k > equal[-1] else ""
        if tag != "replace" and not inside:
            continue  # words of the reference the paraphrase leaves out, or words of its own
        if edge == "tail":  # the reference runs on past the paraphrase: as many words as it has
            i2 = min(i2, i1 + j2 - j1 + 1)
        elif edge == "lead":
            i1 = max(i1, i2 - (j2 - j1) - 1)
        op = (tag, i1, i2, j1, j2)
        if i2 - i1 > SMALL_EDIT or j2 - j1 > SMALL_EDIT:
            continue
        for change in op_changes(op, ref, par, starts, edge):
            if change.kind == "negation":
                continue  # counted over the window below
            opposites = opposites or change.kind == "antonym"
            out.append(change.label)
        old, new = expand_negations(list(ref.norm[i1:i2])), expand_negations(list(par.norm[j1:j2]))
        plain_old, plain_new = [x for x in old if not is_negation(x)], [y for y in new if not is_negation(y)]
        if negation_count(old) != negation_count(new) and any(
            opposite(x, y) for x in plain_old for y in plain_new
        ):
            opposites = True  # "unsafe" / "not safe": a negated opposite says the same
    said = negation_count(expand_negations(list(ref.norm[lo:hi])))
    put = negation_count(expand_negations(list(par.norm))) + int(denied)
    if said % 2 != put % 2 and not opposites:
        out.insert(0, "negation " + ("dropped" if said > put else "added"))
    elif said % 2 != put % 2 and "antonym" in out:
        out.remove("antonym")  # "unsafe" / "not safe"
    ref_numbers, par_numbers = numbers_in(list(ref.norm[lo:hi])), numbers_in(list(par.norm))
    if par_numbers and ref_numbers and par_numbers != ref_numbers and "number changed" not in out:
        out.append("number changed")
    return out


def _unhelped(words_: Words, keys: list[str], lo: int, hi: int) -> Words:
    """The words ``[lo:hi]`` by their alignment keys, without auxiliaries or a clause's "that" (a
    paraphrase adds "had" and "that", and moves nothing with them)."""
    kept = [k for k in range(lo, hi) if words_.norm[k] not in AUXILIARIES and words_.norm[k] != "that"]
    return Words(tuple(words_.shown[k] for k in kept), tuple(keys[k] for k in kept))


def _align_key(word: str) -> str:
    """A word as the paraphrase alignment sees it: people's pronouns as one ("we" / "they", "our" /
    "their"), every other word by its lemma."""
    if word in SPEAKING_PRONOUNS or word in _OBJECT_PRONOUNS:
        return "(someone)"
    if word in _POSSESSIVES:
        return "(someone's)"
    return _lemma_key(word)


_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
_POSSESSIVES = frozenset({"my", "our", "his", "their", "your"})


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


def _denied(record: Quote) -> bool:
    """A record of what its speaker denied or ruled out ("denied that the pier would close", "ruled
    out raising fares"): its content is the opposite of what they said."""
    cue = (record.cue or "").lower().split()
    return bool(cue) and (" ".join(cue) in DENYING_CUES or any(
        lemma in DENYING_CUES for lemma in lemmas(cue[0])
    ))


def _speakers(st: Statement) -> list[str]:
    """The names a statement is quoted under: its own and its versions' (a version may name the
    speaker otherwise, or someone else who said the same words)."""
    return list(dict.fromkeys([st.speaker, *(v.speaker for v in st.versions if v.speaker)]))


def attach(statements: Sequence[Statement], reported: Iterable[Quote], window: int) -> None:
    """Add each reported record, as a version, to the statement it reports best (if any).

    Statements are found through an index of (speaker key, content lemma), so the cost grows with
    the records, not with records times statements.
    """
    from quotes.compare import outlet_of, version_of

    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, st in enumerate(statements):
        lemmas_ = sorted({_lemma_key(w) for w in _content(_words(st.text).norm)})
        for key in sorted({speaker_key(s) for s in _speakers(st)}):
            for lemma in lemmas_:
                index[(key, lemma)].append(n)
    for r in sorted(reported, key=lambda q: (q.published or "", q.article, q.start, q.end)):
        if not r.speaker or _unsaid(r):
            continue
        key = speaker_key(r.speaker)
        hits: Counter[int] = Counter()
        own = sorted({_lemma_key(w) for w in _content(_words(r.quote).norm)})
        for lemma in own:
            hits.update(index.get((key, lemma), ()))
        # a short paraphrase may share one word and turn the other ("his client was guilty")
        need = MIN_SHARED if len(own) > MIN_SHARED else 1
        best: tuple[float, int, Match] | None = None
        for n in sorted(n for n, shared in hits.items() if shared >= need):
            st = statements[n]
            if not any(same_speaker(s, r.speaker) for s in _speakers(st)):
                continue  # (any version's speaker: the words quoted under two names are both theirs)
            gap = _days(st.first_published, r.published)
            if gap is not None and gap > window:
                continue
            found = match(st.text, r.quote, _denied(r))
            if found is not None and _holds_a_version(r, st) and not found.changes:
                continue  # the quoted words inside stand for it; a reversal around them is shown
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
