"""Faster stand-ins for the parts of a spaCy pipeline that are table look-ups, giving the same annotations.

spaCy's English pipelines spend a good share of their time outside the neural network:

- the ``attribute_ruler`` runs its ~180 token patterns (the tag map and its exceptions) through the
  ``Matcher``, one Python-level state machine step per token and pattern;
- the rule ``lemmatizer`` builds a ``Token`` and a morphology dict for every token (its own cache only
  holds inflected forms);
- the network's matrix products go to ``blis``, whose wheel may fall back to its slow reference kernel
  on CPUs it does not know (its ``bli_sgemm_generic_ref`` is about 3x slower than numpy's OpenBLAS).

``accelerate(nlp)`` swaps in, where they apply:

- ``quotes_attribute_ruler``: the same patterns, compiled to comparisons of whole columns of token
  attributes (``Doc.to_array``), applied in the stock order so a later rule wins, written back with
  ``Doc.from_array``;
- ``quotes_lemmatizer``: the stock rule lemmatizer's own function, called once per (word, part of
  speech, morphology) and remembered, the lemmas written back with ``Doc.from_array``;
- numpy's matrix product for the Python-level ``gemm`` of the components' thinc models.

Each stand-in keeps the stock component it replaces and is used only when it can reproduce it
exactly: a pattern with an operator or attribute it does not handle, another lemmatizer mode or a
subclass that lemmatizes by other rules, and the stock component stays. ``tests/test_nlp_speed.py``
compares them with the stock components token by token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

RULER = "quotes_attribute_ruler"
LEMMATIZER = "quotes_lemmatizer"

# -- attribute ruler -----------------------------------------------------------------------------

# Attributes a pattern may test by plain value (hashes of strings), and the boolean lexeme flags.
_STRING_ATTRS = frozenset(
    IDS[a] for a in ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "DEP", "LEMMA")
)
_FLAG_ATTRS = frozenset(v for k, v in IDS.items() if k.startswith(("IS_", "LIKE_")) and 0 < v < 64)
# Attributes a rule may set: token fields that ``Doc.from_array`` writes as ``set_token_attrs`` does.
_WRITABLE = {POS: "POS", TAG: "TAG", DEP: "DEP", LEMMA: "LEMMA", MORPH: "MORPH"}


class Unsupported(ValueError):
    """A pattern or setting the fast component cannot reproduce exactly: keep the stock one."""


Columns = dict[int, numpy.ndarray]
Test = tuple[Any, ...]  # a hashable description of one test of one token attribute


def _attr_id(key: str) -> int:
    name = key.upper()
    name = {"TEXT": "ORTH"}.get(name, name)
    attr = IDS.get(name)
    if attr is None or (attr not in _STRING_ATTRS and attr not in _FLAG_ATTRS):
        raise Unsupported(f"pattern attribute {key!r}")
    return attr


def _tests(spec: dict[str, Any]) -> list[Test]:
    """The tests of one token of a pattern (all must hold), as the ``Matcher`` reads its spec."""
    tests: list[Test] = []
    for key, value in spec.items():
        attr = _attr_id(key)
        if attr in _FLAG_ATTRS:
            if not isinstance(value, bool):
                raise Unsupported(f"flag {key!r} tested with {value!r}")
            tests.append(("==", attr, int(value)))
        elif isinstance(value, str):
            tests.append(("==", attr, get_string_id(value)))
        elif isinstance(value, dict):
            for op, arg in value.items():
                op = op.upper()
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(x, str) for x in arg):
                    tests.append((op, attr, tuple(sorted({get_string_id(x) for x in arg}))))
                elif op == "REGEX" and isinstance(arg, str):
                    re.compile(arg)
                    tests.append(("REGEX", attr, arg))
                else:
                    raise Unsupported(f"pattern operator {op!r}")
        else:
            raise Unsupported(f"pattern value {value!r}")
    return tests


def _evaluate(test: Test, cols: Columns, strings: Any) -> numpy.ndarray:
    """One test over a whole column: a boolean per token."""
    op, attr, arg = test
    column = cols[attr]
    if op == "==":
        return column == arg
    if op in ("IN", "NOT_IN"):
        return numpy.isin(column, numpy.array(arg, dtype=numpy.uint64), invert=op == "NOT_IN")
    # REGEX: the Matcher's re.search on the attribute's string; each distinct value tried once.
    regex = re.compile(arg)
    values, inverse = numpy.unique(column, return_inverse=True)
    found = (bool(regex.search(strings[int(v)])) for v in values)
    hits = numpy.fromiter(found, dtype=bool, count=len(values))
    return hits[inverse.reshape(-1)]


@dataclass(slots=True)
class _Rule:
    patterns: list[list[list[Test]]]  # alternatives → tokens → tests
    index: int  # which token of a match the attributes go to (may be negative)
    attrs: list[tuple[int, int]]  # (attribute id, value), in the stock rule's order


def compile_ruler(ruler: AttributeRuler) -> tuple[list[_Rule], list[int]]:
    """The stock ruler's rules in its order, and the attributes they read; ``Unsupported`` if any rule
    cannot be reproduced column-wise."""
    rules: list[_Rule] = []
    read: set[int] = set()
    for p, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True):
        alternatives = []
        for pattern in p["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                raise Unsupported("a pattern that is not a list of token specs")
            if not -len(pattern) <= index < len(pattern):
                raise Unsupported(f"index {index} outside a pattern of {len(pattern)} tokens")
            tokens = [_tests(spec) for spec in pattern]
            read.update(t[1] for tests in tokens for t in tests)
            alternatives.append(tokens)
        written = []
        for attr, value in attrs.items():
            attr = IDS.get(attr, attr) if isinstance(attr, str) else attr
            if attr not in _WRITABLE:
                raise Unsupported(f"rule setting {attr!r}")
            written.append((attr, int(value)))
        rules.append(_Rule(alternatives, index, written))
    return rules, sorted(read)


class FastAttributeRuler:
    """The stock ``attribute_ruler``'s rules applied to whole columns of token attributes at once.

    As the stock component, every rule is matched against the Docs as they come in, then the matches
    are applied rule by rule in the stock order, a later rule overwriting an earlier one's values.
    ``pipe`` runs the rules once over the tokens of a whole batch of Docs (a match never crosses from
    one Doc into the next).
    """

    def __init__(self, name: str, stock: AttributeRuler) -> None:
        self.name = name
        self.stock = stock
        self.rules, self._read = compile_ruler(stock)
        self._written = sorted({a for r in self.rules for a, _ in r.attrs})
        self._columns = sorted(set(self._read) | set(self._written))

    def __call__(self, doc: Doc) -> Doc:
        """Set the rules' attributes on the Doc's tokens."""
        error_handler = self.stock.get_error_handler()
        try:
            self._apply([doc])
        except Exception as exc:
            return error_handler(self.name, self, [doc], exc)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """The Docs of ``stream``, annotated a batch at a time."""
        from spacy.util import minibatch

        error_handler = self.stock.get_error_handler()
        for docs in minibatch(stream, size=batch_size):
            try:
                self._apply(docs)
            except Exception as exc:
                error_handler(self.name, self, docs, exc)
            yield from docs

    def _apply(self, docs: list[Doc]) -> None:
        docs = [d for d in docs if len(d)]
        if not docs or not self.rules or not self._written:
            return
        tables = [d.to_array(self._columns).reshape(len(d), len(self._columns)) for d in docs]
        table = tables[0] if len(tables) == 1 else numpy.concatenate(tables)
        n = len(table)
        cols = {a: table[:, i] for i, a in enumerate(self._columns)}
        doc_of = numpy.repeat(numpy.arange(len(docs)), [len(d) for d in docs])
        strings = docs[0].vocab.strings
        memo: dict[Test, numpy.ndarray] = {}

        def holds(test: Test) -> numpy.ndarray:
            found = memo.get(test)
            if found is None:
                found = memo[test] = _evaluate(test, cols, strings)
            return found

        # Every rule is matched against the Docs as they came in, then applied in order.
        hits = [self._targets(rule, holds, doc_of, n) for rule in self.rules]
        out = {a: cols[a].copy() for a in self._written}
        for rule, targets in zip(self.rules, hits, strict=True):
            if targets is not None:
                for attr, value in rule.attrs:
                    out[attr][targets] = value
        result = numpy.stack([out[a] for a in self._written], axis=1)
        start = 0
        for doc in docs:
            doc.from_array(self._written, result[start : start + len(doc)])
            start += len(doc)

    @staticmethod
    def _targets(
        rule: _Rule, holds: Callable[[Test], numpy.ndarray], doc_of: numpy.ndarray, n: int
    ) -> numpy.ndarray | None:
        """The indices of the tokens the rule sets, or None when it matches nowhere."""
        found: list[numpy.ndarray] = []
        for tokens in rule.patterns:
            width = len(tokens)
            if width > n:
                continue
            span = n - width + 1
            starts = numpy.ones(span, dtype=bool) if width == 1 else doc_of[:span] == doc_of[width - 1 :]
            for k, tests in enumerate(tokens):
                for test in tests:
                    starts &= holds(test)[k : k + span]
            hit = numpy.flatnonzero(starts)
            if len(hit):
                found.append(hit + (rule.index if rule.index >= 0 else width + rule.index))
        if not found:
            return None
        return found[0] if len(found) == 1 else numpy.concatenate(found)


@Language.factory(
    RULER,
    default_config={"source": "attribute_ruler"},
    assigns=["token.pos", "token.tag", "token.dep", "token.lemma", "token.morph"],
    requires=["token.tag"],
)
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    """The fast stand-in of the pipeline's ``source`` attribute ruler (which must be in the pipeline)."""
    stock = nlp.get_pipe(source)
    if not isinstance(stock, AttributeRuler):
        raise Unsupported(f"{source!r} is not an attribute ruler")
    return FastAttributeRuler(name, stock)


# -- lemmatizer ----------------------------------------------------------------------------------


def lemmatizer_supported(stock: Any) -> bool:
    """A rule lemmatizer whose lemma is a function of the word, its part of speech and morphology:
    spaCy's own ``Lemmatizer`` or English one, not a language subclass with rules of its own."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    return (
        type(stock) in (Lemmatizer, EnglishLemmatizer)
        and getattr(stock, "mode", None) == "rule"
        and type(stock).rule_lemmatize is Lemmatizer.rule_lemmatize
    )


@dataclass(slots=True)
class _PosTables:
    """The rule lemmatizer's tables for one part of speech; the index as a set (spaCy keeps a list)."""

    known: bool  # any table has entries for this part of speech
    index: frozenset[str]
    exceptions: dict[str, list[str]]
    rules: list[list[str]]


class FastLemmatizer:
    """The stock rule lemmatizer's lemmas, each (word, POS, morphology) lemmatized once per process.

    A new triple is lemmatized by ``rule_lemma``: spaCy's ``Lemmatizer.rule_lemmatize`` step for step,
    with its word index as a set, where spaCy searches a list of tens of thousands of words.
    """

    MAX_CACHE = 1_000_000  # distinct (word, POS, morphology) triples kept; news text uses far fewer

    def __init__(self, name: str, stock: Lemmatizer) -> None:
        if not lemmatizer_supported(stock):
            raise Unsupported(f"lemmatizer {type(stock).__name__} in mode {getattr(stock, 'mode', None)!r}")
        self.name = name
        self.stock = stock
        self.overwrite = bool(stock.overwrite)
        self.cache: dict[tuple[int, int, int], int] = {}
        self._tables: dict[str, _PosTables] = {}

    def _pos_tables(self, univ_pos: str) -> _PosTables:
        tables = self._tables.get(univ_pos)
        if tables is None:
            lookups = self.stock.lookups
            index = lookups.get_table("lemma_index", {}).get(univ_pos)
            exceptions = lookups.get_table("lemma_exc", {}).get(univ_pos)
            rules = lookups.get_table("lemma_rules", {}).get(univ_pos)
            tables = _PosTables(
                known=any((index, exceptions, rules)),
                index=frozenset(index or ()),
                exceptions=exceptions or {},
                rules=rules or [],
            )
            self._tables[univ_pos] = tables
        return tables

    def rule_lemma(self, token: Any) -> str:
        """The first lemma spaCy's ``rule_lemmatize`` gives the token (the same steps, in order)."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return self.stock.rule_lemmatize(token)[0]  # with spaCy's warning for a missing POS
        if self.stock.is_base_form(token):
            return string.lower()
        tables = self._pos_tables(univ_pos)
        if not tables.known:
            return string if univ_pos == "propn" else string.lower()
        index = tables.index
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in tables.rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in tables.exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms[0]

    def __call__(self, doc: Doc) -> Doc:
        """Set ``lemma`` on the tokens that have none (on every token with ``overwrite``)."""
        n = len(doc)
        if n == 0:
            return doc
        stock = self.stock
        if not stock._validated:
            stock._validate_tables()
        error_handler = stock.get_error_handler()
        try:
            table = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = table[:, 3].copy()
            todo = numpy.arange(n) if self.overwrite else numpy.flatnonzero(lemmas == 0)
            if not len(todo):
                return doc
            cache = self.cache
            strings = doc.vocab.strings
            keys = table[todo, :3].tolist()
            for i, key in zip(todo.tolist(), map(tuple, keys), strict=True):
                lemma = cache.get(key)
                if lemma is None:
                    lemma = strings.add(self.rule_lemma(doc[i]))
                    if len(cache) >= self.MAX_CACHE:
                        cache.clear()
                    cache[key] = lemma
                lemmas[i] = lemma
            doc.from_array([LEMMA], lemmas.reshape(n, 1))
            return doc
        except Exception as exc:
            return error_handler(self.name, self, [doc], exc)


@Language.factory(
    LEMMATIZER,
    default_config={"source": "lemmatizer"},
    assigns=["token.lemma"],
    requires=["token.pos"],
)
def make_fast_lemmatizer(nlp: Language, name: str, source: str) -> FastLemmatizer:
    """The fast stand-in of the pipeline's ``source`` rule lemmatizer (which must be in the pipeline)."""
    return FastLemmatizer(name, nlp.get_pipe(source))


# -- matrix products -----------------------------------------------------------------------------


def use_numpy_gemm(nlp: Language, names: Iterable[str] | None = None) -> int:
    """Let the components' thinc models multiply matrices with numpy (OpenBLAS) instead of blis.

    Only these models change: spaCy's global ops, and any other pipeline, stay as they are. Returns
    how many model nodes were switched. The transition parsers' per-step products stay in blis (they
    run in compiled code, through ``ops.cblas()``).
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    switched = 0
    for name, proc in nlp.pipeline:
        if names is not None and name not in names:
            continue
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # never a GPU's ops, nor ops someone chose on purpose
                node.ops = ops
                switched += 1
    return switched


# -- all together --------------------------------------------------------------------------------


def accelerate(nlp: Language) -> list[str]:
    """Swap in the fast stand-ins wherever they reproduce the stock components; what was swapped.

    The stock component is kept inside its stand-in and leaves the pipeline; a component the
    stand-in cannot reproduce (another model's patterns or lemmatizer) stays as it is.
    """
    done: list[str] = []
    for source, factory, check in (
        ("attribute_ruler", RULER, lambda p: isinstance(p, AttributeRuler)),
        ("lemmatizer", LEMMATIZER, lemmatizer_supported),
    ):
        if source not in nlp.pipe_names or not check(nlp.get_pipe(source)):
            continue
        try:
            nlp.add_pipe(factory, name=factory, after=source, config={"source": source})
        except Unsupported:
            continue
        nlp.remove_pipe(source)
        done.append(f"{source}->{factory}")
    if use_numpy_gemm(nlp):
        done.append("numpy gemm")
    return done
