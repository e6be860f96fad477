"""A lighter ``import spacy``: its command line (``spacy.cli``) is imported on first use only.

``import spacy`` imports ``spacy.cli`` (for ``spacy.info``), and with it weasel, httpx, requests and
Jinja2: about a third of spaCy's import time, for commands ``quotes`` never runs. Before spaCy is
first imported, :func:`defer_spacy_cli` puts a stand-in for ``spacy.cli`` and ``spacy.cli.info`` in
``sys.modules``. The first attribute read from either (``spacy.cli.download``, ``spacy.info()``)
imports the real package in its place, so nothing is lost: spaCy's command line works as before
(``python -m spacy`` runs in a process of its own anyway). Submodules import as usual: the stand-in
has the real package's ``__path__``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any

_NAMES = ("spacy.cli.info", "spacy.cli")


class _Deferred(ModuleType):
    """A stand-in module: the first attribute read imports the real one and reads it there."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(module: str) -> ModuleType:
    """Drop the stand-ins and import the real ``module`` (``spacy.cli`` or one of its modules)."""
    for key in _NAMES:
        if isinstance(sys.modules.get(key), _Deferred):
            del sys.modules[key]
    return importlib.import_module(module)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when called."""
    return _real("spacy.cli.info").info(*args, **kwargs)


def defer_spacy_cli() -> None:
    """Make ``import spacy`` leave ``spacy.cli`` for later; nothing happens once spaCy is imported."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = _Deferred("spacy.cli")
    cli.__path__ = [f"{location}/cli" for location in spec.submodule_search_locations]
    info = _Deferred("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]  # what ``spacy/__init__.py`` imports from it
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info

