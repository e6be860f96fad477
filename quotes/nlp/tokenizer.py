"""spaCy's tokenizer with quotes' infixes, its special cases loaded once instead of three times.

quotes splits a double quotation mark glued to a word (``“…,”Roe said``, ``Roe said,“Look``) into a
token of its own, as it is when spaced: the default tokenizer keeps ``so,”Roe`` as one word. Setting
``tokenizer.infix_finditer`` on a loaded pipeline does that, but spaCy then loads the tokenizer's ~2,000
special cases again, a third time after the tokenizer's creation and its loading from disk (a tenth of a
second or more of every command's start).

``quotes.Tokenizer.v1`` (in the pipeline's ``[nlp.tokenizer]`` when ``quotes.nlp.model`` loads it) makes
the same tokenizer once: created without special cases, given quotes' infixes as it loads its state
from disk, and only then given the special cases. The result is the tokenizer spaCy's would be with
``infix_finditer`` set afterwards; a pipeline with a tokenizer of its own gets ``glued_marks`` set the
plain way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import srsly
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from quotes.lexicons.grammar import AMOUNT_ABBREVIATIONS, DASH_WORDS, UNIT_STOPS
from quotes.lexicons.people import TITLE_ABBREVIATIONS
from quotes.marks.styles import DOUBLE_MARKS

TOKENIZER = "quotes.Tokenizer.v1"


def glued_infixes() -> list[str]:
    """Infix patterns that split a double quotation mark from the word it is glued to."""
    marks = re.escape("".join(sorted(DOUBLE_MARKS)))
    dashes = re.escape("".join(sorted(w for w in DASH_WORDS if len(w) == 1 and w != "-")))  # (not a hyphen)
    return [
        rf"(?<=[,.!?;:…])[{marks}](?=[^\W\d_])",  # “…,”Roe
        rf"(?<=[^\W\d_])[{marks}](?=[^\W\d_])",  # said“Look
        rf"(?<=[^\W\d_])[,:](?=[{marks}])",  # said,“Look
        rf"(?<=[^\W\d_.!?,])[{marks}](?=[{dashes}])",  # history”—and
        rf"(?<=[{marks}])[{dashes}](?=[^\W\d_])",  # ”—and
        rf"(?<=[^\W\d_])[{dashes}](?=[{marks}])",  # record—“the
        rf"(?<=[{dashes}])[{marks}](?=[^\W\d_])",  # —“the
    ]


def infix_finditer(defaults_infixes: Iterable[Any]) -> Callable[..., Any]:
    """The language's infixes and the glued-mark ones, as a ``finditer``."""
    return compile_infix_regex([*defaults_infixes, *glued_infixes()]).finditer


def with_title_abbreviations(rules: dict[str, Any]) -> dict[str, Any]:
    """Special cases with an abbreviated title each kept one token ("Capt." in "said Capt. Jo Roe"):
    split, its full stop ends a sentence for the parser, and the title is taken for the speaker. So
    with a currency before an amount ("sanctioned Rs. 450 crore"), which would end the content."""
    kept = (*TITLE_ABBREVIATIONS, *AMOUNT_ABBREVIATIONS)
    rules = {k: v for k, v in rules.items() if k not in UNIT_STOPS}
    return {**rules, **{a: [{ORTH: a}] for a in kept if a not in rules}}



def split_glued_marks(nlp: Language) -> None:
    """Give a loaded pipeline's tokenizer the glued-mark infixes and the abbreviated titles (its
    special cases load again)."""
    nlp.tokenizer.infix_finditer = infix_finditer(nlp.Defaults.infixes)
    rules = getattr(nlp.tokenizer, "rules", None)
    if isinstance(rules, dict):
        nlp.tokenizer.rules = with_title_abbreviations(rules)


class QuotesTokenizer(Tokenizer):
    """A ``Tokenizer`` whose infixes are the language's and the glued-mark ones, whatever it loads."""

    loaded_rules = False  # whether ``from_bytes`` gave it its special cases

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> QuotesTokenizer:
        """spaCy's ``Tokenizer.from_bytes``, with quotes' infixes in place before the special cases."""
        exclude = list(exclude)
        super().from_bytes(bytes_data, exclude=[*exclude, "exceptions"])
        finditer = getattr(self, "_quotes_infixes", None)
        if finditer is None:  # unpickled: the factory did not make it
            from spacy.util import get_lang_class

            finditer = infix_finditer(get_lang_class(self.vocab.lang).Defaults.infixes or ())
        self.infix_finditer = finditer  # no special case yet: nothing to reload
        if "exceptions" not in exclude:
            rules = srsly.msgpack_loads(bytes_data).get("exceptions")
            if isinstance(rules, dict):
                self.rules = with_title_abbreviations(rules)
                self.loaded_rules = True
        return self


@registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], QuotesTokenizer]:
    """``spacy.Tokenizer.v1`` with the glued-mark infixes; its special cases come when it is loaded
    (``finish_tokenizer`` gives it the language's own if nothing was loaded)."""

    def tokenizer_factory(nlp: Language) -> QuotesTokenizer:
        defaults = nlp.Defaults
        prefixes, suffixes = defaults.prefixes, defaults.suffixes
        finditer = infix_finditer(defaults.infixes or ())
        tokenizer = QuotesTokenizer(
            nlp.vocab,
            rules=None,
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        tokenizer._quotes_infixes = finditer
        return tokenizer

    return tokenizer_factory


def finish_tokenizer(nlp: Language) -> None:
    """A ``QuotesTokenizer`` that loaded no special cases (a pipeline saved without its tokenizer)
    gets the language's, as spaCy's own tokenizer would have from its creation."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, QuotesTokenizer) and not tokenizer.loaded_rules:
        tokenizer.rules = with_title_abbreviations(dict(nlp.Defaults.tokenizer_exceptions))
        tokenizer.loaded_rules = True


def plain_tokenizer(config: Any) -> bool:
    """Whether a pipeline's config makes spaCy's own tokenizer, which ``QuotesTokenizer`` extends."""
    try:
        return dict(config["nlp"]["tokenizer"]) == {"@tokenizers": "spacy.Tokenizer.v1"}
    except (KeyError, TypeError):
        return False
