"""Configuration of ``quotes check``: ``[tool.quotes]`` in pyproject.toml, or ``.quotes.toml``.

Keys (dashes or underscores):

- ``against``: sources to check quotations against (paths, or a ``.db`` quote bank), relative
  to the configuration file.
- ``fail-level``: ``error`` (default), ``warning`` or ``never``: the least severe finding that
  makes the exit status 1.
- ``ignore``: rule ids turned off, e.g. ``["Q002"]``.
- ``speech-verbs``: extra speech verbs (lemmas) for attribution, e.g. ``["harrumph"]``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from quotes.check.findings import LEVELS, RULES
from quotes.errors import UsageError

_KEYS = {"against", "fail_level", "ignore", "speech_verbs"}


@dataclass(slots=True)
class CheckConfig:
    """Settings for a check run, and the file they came from."""

    against: list[str] = field(default_factory=list)
    fail_level: str = "error"
    ignore: set[str] = field(default_factory=set)
    speech_verbs: list[str] = field(default_factory=list)
    origin: str | None = None


def find_config(start: Path) -> Path | None:
    """The nearest ``.quotes.toml``, or ``pyproject.toml`` with a ``[tool.quotes]`` table, upwards."""
    for folder in [start, *start.parents]:
        own = folder / ".quotes.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "quotes" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return py
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                return py  # let load_config report it
    return None


def load_config(path: Path | None) -> CheckConfig:
    """Read and validate a configuration file; an empty configuration when ``path`` is None."""
    if path is None:
        return CheckConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the configuration: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("quotes", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.quotes] must be a table")
    values = {k.replace("-", "_"): v for k, v in table.items()}
    unknown = set(values) - _KEYS
    if unknown:
        raise UsageError(
            f"{path}: unknown setting {', '.join(sorted(unknown))}; known: against, fail-level, "
            "ignore, speech-verbs"
        )
    cfg = CheckConfig(origin=str(path))
    base = path.parent
    against = values.get("against", [])
    if isinstance(against, str):
        against = [against]
    if not isinstance(against, list) or not all(isinstance(a, str) for a in against):
        raise UsageError(f"{path}: 'against' must be a list of paths")
    cfg.against = [str(base / a) if not Path(a).is_absolute() else a for a in against]
    level = values.get("fail_level", "error")
    if level not in LEVELS:
        raise UsageError(f"{path}: fail-level must be one of {', '.join(LEVELS)}, not {level!r}")
    cfg.fail_level = level
    ignore = values.get("ignore", [])
    if not isinstance(ignore, list) or any(r not in RULES for r in ignore):
        raise UsageError(f"{path}: 'ignore' must list rule ids among {', '.join(RULES)}")
    cfg.ignore = set(ignore)
    verbs = values.get("speech_verbs", [])
    if not isinstance(verbs, list) or not all(isinstance(v, str) for v in verbs):
        raise UsageError(f"{path}: 'speech-verbs' must be a list of words")
    cfg.speech_verbs = verbs
    return cfg
