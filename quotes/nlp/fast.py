"""Faster stand-ins for the parts of a spaCy pipeline that are table look-ups, giving the same annotations.

spaCy's English pipelines spend a good share of their time outside the neural network:

- the ``attribute_ruler`` runs its ~180 token patterns (the tag map and its exceptions) through the
  ``Matcher``, one Python-level state machine step per token and pattern;
- the rule ``lemmatizer`` builds a ``Token`` and a morphology dict for every token (its own cache only
  holds inflected forms);
- the network's matrix products go to ``blis``, whose wheel may fall back to its slow reference kernel
  on CPUs it does not know (its ``bli_sgemm_generic_ref`` is about 3x slower than numpy's OpenBLAS);
- the entity recogniser decodes in compiled code, but its state methods take Python's lock at every
  move weighed (the wheels keep profiling hooks): about 75 moves per word, half its time.

``accelerate(nlp)`` swaps in, where they apply:

- ``quotes_attribute_ruler``: the same patterns, compiled to comparisons of whole columns of token
  attributes (``Doc.to_array``), applied in the stock order so a later rule wins, written back with
  ``Doc.from_array``;
- ``quotes_lemmatizer``: the stock rule lemmatizer's own function, called once per (word, part of
  speech, morphology) and remembered, the lemmas written back with ``Doc.from_array``;
- ``quotes_entity_recognizer`` (under the name ``ner``): the stock network and BILUO rules, each
  step of the greedy decoding taken for every Doc of a batch at once in numpy;
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
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, IDS, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

RULER = "quotes_attribute_ruler"
LEMMATIZER = "quotes_lemmatizer"
ENTITY_RECOGNIZER = "quotes_entity_recognizer"

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


class _BatchStandIn:
    """What the stand-ins that annotate a whole batch at once share: ``_apply(docs)`` does the work;
    a failure goes to the stock component's error handler, as spaCy's own components do."""

    name: str
    stock: Any

    def _apply(self, docs: list[Doc]) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc."""
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


class FastAttributeRuler(_BatchStandIn):
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


# -- entity recogniser ----------------------------------------------------------------------------

# The recogniser's moves (spaCy's ``BiluoPushDown``), by the letter of their names ("B-ORG", "O").
_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_MOVE_LETTERS = "BILUO"


@dataclass(slots=True)
class _Moves:
    """The recogniser's moves as columns: each class's kind of move, label, and whether it has one."""

    n: int
    kind: numpy.ndarray  # _BEGIN … _OUT per class
    label: numpy.ndarray  # the entity label's hash per class; 0 for "O" (and the unlabelled "U")

    @property
    def labelled(self) -> numpy.ndarray:
        return self.label != 0

    def of(self, kind: int) -> numpy.ndarray:
        """Which classes are moves of ``kind`` with a label (every "O" for ``_OUT``)."""
        return (self.kind == kind) & (self.labelled | (kind == _OUT))


def compile_moves(stock: Any) -> _Moves:
    """The moves of a BILUO entity recogniser, in its class order; ``Unsupported`` for other moves."""
    from spacy.pipeline._parser_internals.ner import BiluoPushDown

    moves = stock.moves
    if type(moves) is not BiluoPushDown:
        raise Unsupported(f"moves {type(moves).__name__}")
    kinds: list[int] = []
    labels: list[int] = []
    for i in range(moves.n_moves):
        name = moves.get_class_name(i)
        letter, _, label = name.partition("-")
        if letter not in _MOVE_LETTERS or (letter == "O") != (name == "O"):
            raise Unsupported(f"move {name!r}")
        kinds.append(_MOVE_LETTERS.index(letter))
        labels.append(get_string_id(label) if label else 0)
    return _Moves(moves.n_moves, numpy.array(kinds), numpy.array(labels, dtype=numpy.uint64))


def entity_recognizer_supported(stock: Any) -> bool:
    """spaCy's own entity recogniser decoding greedily with the three state features of its
    ``TransitionBasedParser`` (the next word, the open entity's first word, the word before),
    maxout hidden units and an output layer, on the CPU."""
    from spacy.pipeline import EntityRecognizer
    from thinc.api import NumpyOps

    if type(stock) is not EntityRecognizer or stock.cfg.get("beam_width") != 1 or stock.postprocesses:
        return False
    model = stock.model
    if not all(model.has_ref(r) for r in ("tok2vec", "lower", "upper")) or not model.attrs.get("has_upper"):
        return False
    lower, upper = model.get_ref("lower"), model.get_ref("upper")
    return (
        lower.has_dim("nF") is True and lower.get_dim("nF") == 3
        and lower.has_dim("nP") is True and lower.get_dim("nP") >= 2
        and upper.has_dim("nO") is True and upper.get_dim("nO") == stock.moves.n_moves
        and all(isinstance(node.ops, NumpyOps) for node in model.walk())
    )  # fmt: skip


class FastEntityRecognizer(_BatchStandIn):
    """The stock entity recogniser's greedy decoding, one step for every Doc of a batch at once.

    spaCy decodes in compiled code, but its state methods take Python's lock for every move it weighs
    (its wheels are built with profiling hooks), about 75 moves per word: most of the recogniser's
    time. Here the same network runs on the same features: at step ``t`` each Doc's word ``t`` is
    weighed, with the open entity's first word and the word before it; the scores of the moves the
    BILUO rules allow are compared, the first best wins, as in spaCy's ``arg_max_if_valid``. A batch
    with entities set before (which the stock rules must respect) goes to the stock component.
    """

    def __init__(self, name: str, stock: Any) -> None:
        if not entity_recognizer_supported(stock):
            raise Unsupported(f"entity recogniser {type(stock).__name__}")
        self.name = name
        self.stock = stock
        self.moves = compile_moves(stock)

    def __getattr__(self, name: str) -> Any:  # labels, cfg, model, … of the stock component
        if name == "stock":
            raise AttributeError(name)
        return getattr(self.stock, name)

    def _apply(self, docs: list[Doc]) -> None:
        docs = [d for d in docs if len(d)]
        if not docs:
            return
        if self.stock.moves.n_moves != self.moves.n or any(d.to_array(ENT_IOB).any() for d in docs):
            self.stock.set_annotations(docs, self.stock.predict(docs))  # entities set before: stock rules
            return
        classes = self._decode(docs)
        table = self._entity_columns(classes)
        start = 0
        for doc in docs:
            doc.from_array([ENT_IOB, ENT_TYPE], table[start : start + len(doc)])
            start += len(doc)

    def _decode(self, docs: list[Doc]) -> numpy.ndarray:
        """The class chosen for every word of the Docs, concatenated."""
        model = self.stock.model
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        tokvecs = model.get_ref("tok2vec").predict(docs)
        # Each word's share of the hidden units as each of the three features; row 0: the padding.
        cached = lower.predict(tokvecs)
        n_words = len(tokvecs)
        n_hidden, n_pieces = lower.get_dim("nO"), lower.get_dim("nP")
        cached = cached.reshape(n_words + 1, 3, n_hidden * n_pieces)
        bias = lower.get_param("b").reshape(-1)
        weights = numpy.ascontiguousarray(upper.get_param("W").T)
        out_bias = upper.get_param("b")
        unseen = numpy.array(sorted(model.attrs.get("unseen_classes") or ()), dtype=numpy.int64)

        lengths = numpy.array([len(d) for d in docs], dtype=numpy.int64)
        starts = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
        cols = numpy.concatenate([d.to_array([SENT_START, IS_SPACE]) for d in docs]).astype(numpy.int64)
        sent_start = numpy.append(cols[:, 0], 0)  # the word after the last: spaCy's empty token
        space = cols[:, 1].astype(bool)

        by_length = numpy.argsort(-lengths, kind="stable")  # the Docs still going are always the first k
        length, start = lengths[by_length], starts[by_length]
        n_docs = len(docs)
        is_open = numpy.zeros(n_docs, dtype=bool)
        ent_start = numpy.zeros(n_docs, dtype=numpy.int64)
        ent_label = numpy.zeros(n_docs, dtype=numpy.uint64)
        chosen = numpy.zeros(n_words, dtype=numpy.int64)
        m = self.moves
        kind, label = m.kind, m.label
        begin, inside, last, unit, out = (m.of(k) for k in (_BEGIN, _IN, _LAST, _UNIT, _OUT))
        k = n_docs
        for t in range(int(length[0])):
            while length[k - 1] <= t:
                k -= 1
            word = start[:k] + t
            opened = is_open[:k]
            closed = ~opened
            # spaCy sums the three features' rows in this order, then adds the bias.
            units = cached[word + 1, 0]
            units = units + cached[numpy.where(opened, start[:k] + ent_start[:k] + 1, 0), 1]
            units = units + cached[numpy.where(opened, word, 0), 2]
            units += bias
            scores = units.reshape(k, n_hidden, n_pieces).max(axis=2) @ weights
            scores += out_bias
            if len(unseen):
                scores[:, unseen] = scores.min()
            has_next = (t + 1) < length[:k]
            next_free = numpy.where(has_next, sent_start[word + 1], 0) != 1  # no sentence starts next
            not_space = ~space[word]
            same = ent_label[:k, None] == label[None, :]
            valid = (
                (begin & (closed & has_next & next_free & not_space)[:, None])
                | (inside & (opened & has_next & next_free)[:, None] & same)
                | (last & opened[:, None] & same)
                | (unit & (closed & not_space)[:, None])
                | (out & closed[:, None])
            )
            guess = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)
            chosen[word] = guess
            moved = kind[guess]
            began = numpy.flatnonzero(moved == _BEGIN)
            if len(began):
                is_open[began] = True
                ent_start[began] = t
                ent_label[began] = label[guess[began]]
            ended = numpy.flatnonzero(moved == _LAST)
            if len(ended):
                is_open[ended] = False
        return chosen

    def _entity_columns(self, classes: numpy.ndarray) -> numpy.ndarray:
        """ENT_IOB and ENT_TYPE columns of the chosen classes, as the stock ``set_annotations`` sets them."""
        kind = self.moves.kind[classes]
        iob = numpy.where((kind == _BEGIN) | (kind == _UNIT), 3, numpy.where(kind == _OUT, 2, 1))
        typ = numpy.where(kind == _OUT, 0, self.moves.label[classes])
        return numpy.stack([iob.astype(numpy.uint64), typ.astype(numpy.uint64)], axis=1)


@Language.factory(
    ENTITY_RECOGNIZER,
    default_config={"source": "ner"},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_fast_entity_recognizer(nlp: Language, name: str, source: str) -> FastEntityRecognizer:
    """The fast stand-in of the pipeline's ``source`` entity recogniser (which must be in the pipeline)."""
    return FastEntityRecognizer(name, nlp.get_pipe(source))


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
    for source, factory, check, keep_name in (
        ("attribute_ruler", RULER, lambda p: isinstance(p, AttributeRuler), False),
        ("lemmatizer", LEMMATIZER, lemmatizer_supported, False),
        ("ner", ENTITY_RECOGNIZER, entity_recognizer_supported, True),
    ):
        if source not in nlp.pipe_names or not check(nlp.get_pipe(source)):
            continue
        try:
            nlp.add_pipe(factory, name=factory, after=source, config={"source": source})
        except Unsupported:
            continue
        nlp.remove_pipe(source)
        if keep_name:  # the rules (and users) ask the pipeline for its "ner"
            nlp.rename_pipe(factory, source)
        done.append(f"{source}->{factory}")
    if use_numpy_gemm(nlp):
        done.append("numpy gemm")
    return done
