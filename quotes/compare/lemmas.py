"""Lemmas of single words, from the lemmatizer tables of the installed spaCy pipeline.

Compare sees quotations as words without their sentences, so there is no part-of-speech tag to go by:
a word's lemmas are those spaCy's English rule lemmatizer gives it as a verb, a noun, an adjective and
an adverb, irregular forms included ("knew" → "know", "better" → "good", "children" → "child"). The
tables (WordNet's exception lists and lemma index, as the pipeline ships them) are read once, when
first needed, from the pipeline's ``lemmatizer/lookups`` folder; nothing is downloaded. Without them
a word's lemmas are the word and what the regular suffix rules make of it.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

POS = ("verb", "noun", "adj", "adv")
# spaCy's English suffix rules, used as they are when the pipeline's tables cannot be read.
_FALLBACK_RULES: dict[str, list[tuple[str, str]]] = {
    pos: [tuple(rule.split(">")) for rule in rules.split()]  # type: ignore[misc]
    for pos, rules in {
        "verb": "s> ies>y es>e es> ed>e ed> ing>e ing>",
        "noun": "s> ses>s ves>f xes>x zes>z ches>ch shes>sh men>man ies>y",
        "adj": "er> est> er>e est>e",
        "adv": "",
    }.items()
}
Tables = tuple[dict[str, frozenset[str]], dict[str, dict[str, list[str]]], dict[str, list[Any]]]


@functools.lru_cache(maxsize=1)
def _tables() -> Tables | None:
    """(index, exceptions, rules) by part of speech, from the installed pipeline; None without one."""
    folder = _lookups_folder()
    if folder is None:
        return None
    try:
        from spacy.lookups import Lookups

        lookups = Lookups().from_disk(folder)
        index = lookups.get_table("lemma_index")
        exc = lookups.get_table("lemma_exc")
        rules = lookups.get_table("lemma_rules")
    except Exception:  # a pipeline without rule tables, or unreadable ones
        return None
    return (
        {pos: frozenset(index.get(pos, ())) for pos in POS},
        {pos: dict(exc.get(pos, {})) for pos in POS},
        {pos: list(rules.get(pos, [])) for pos in POS},
    )


def _lookups_folder() -> Path | None:
    """The ``lemmatizer/lookups`` folder of the first default pipeline installed as a package."""
    from quotes.nlp.model import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        for root in (spec.submodule_search_locations or []) if spec else []:
            found = sorted(Path(root).glob("*/lemmatizer/lookups/lookups.bin"))
            if found:
                return found[0].parent
    return None


@functools.lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma the word can have (the word itself included), lower-cased."""
    word = word.lower().replace("’", "'")
    out = {word}
    if not word.isalpha():
        return frozenset(out)
    tables = _tables()
    for pos in POS:
        if tables is None:
            out.update(_rule_forms(word, _FALLBACK_RULES[pos], None))
            continue
        index, exc, rules = tables[0][pos], tables[1][pos], tables[2][pos]
        out.update(exc.get(word, ()))
        out.update(_rule_forms(word, rules, index))
    return frozenset(out)


def _rule_forms(word: str, rules: list[Any], index: frozenset[str] | None) -> list[str]:
    """spaCy's rule lemmatizer for one part of speech: the suffix rules' forms the index knows."""
    forms = []
    for old, new in rules:
        if word.endswith(old) and len(word) > len(old):
            form = word[: len(word) - len(old)] + new
            if index is None or form in index:
                forms.append(form)
    return forms


def known_word(word: str) -> bool:
    """True when the word or one of its lemmas is in the lemmatizer's dictionary (a common word)."""
    tables = _tables()
    if tables is None:
        return False
    forms = lemmas(word)
    return any(form in tables[0][pos] for pos in POS for form in forms)


def same_lemma(a: str, b: str) -> bool:
    """Two forms of one word: "knew" and "know", "supports" and "support"."""
    return a.lower() == b.lower() or bool(lemmas(a) & lemmas(b))
