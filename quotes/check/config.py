"""Configuration of ``quotes check``: ``[tool.quotes]`` in pyproject.toml, or ``.quotes.toml``.

Keys (dashes or underscores):

- ``against``: sources to check quotations against (paths, or a ``.db`` quote bank), relative
  to the configuration file.
- ``fail-level``: ``error`` (default), ``warning`` or ``never``: the least severe finding that
  makes the exit status 1.
- ``ignore``: rule ids turned off, e.g. ``["Q002"]``.
- ``speech-verbs``: extra speech verbs (lemmas) for attribution, e.g. ``["harrumph"]``.

Precedence, like ruff: ``--config FILE`` if given, else the closest ``.quotes.toml`` or
``pyproject.toml`` with a ``[tool.quotes]`` table from the current folder upwards (in one folder,
``.quotes.toml`` first); only that one file is read. Command-line options override it: ``--against``
and ``--fail-level`` replace the file's value, ``--ignore`` adds to the file's ``ignore``.

An unknown key or a value of the wrong type is a :class:`~quotes.errors.UsageError` naming the
file and the key.
"""

from __future__ import annotations

import difflib
import json
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from quotes.check.findings import LEVELS, RULES
from quotes.errors import UsageError

KEYS = ("against", "fail-level", "ignore", "speech-verbs")
"""The settings, by their documented (dashed) names."""

DEFAULT = "default"
COMMAND_LINE = "command line"


@dataclass(slots=True)
class CheckConfig:
    """Settings for a check run, the file they came from, and where each setting came from."""

    against: list[str] = field(default_factory=list)
    fail_level: str = "error"
    ignore: set[str] = field(default_factory=set)
    speech_verbs: list[str] = field(default_factory=list)
    origin: str | None = None
    origins: dict[str, str] = field(default_factory=dict)  # dashed key -> file or "command line"

    def origin_of(self, key: str) -> str:
        """Where a setting (dashed name) came from: a file, ``command line``, or ``default``."""
        return self.origins.get(key, DEFAULT)


def _has_tool_quotes(path: Path) -> bool:
    """Whether a pyproject.toml has a ``[tool.quotes]`` table (True when unreadable: report it later)."""
    try:
        tool = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
        return True  # let load_config report it
    return isinstance(tool, dict) and "quotes" in tool


def find_config(start: Path) -> Path | None:
    """The closest ``.quotes.toml``, or ``pyproject.toml`` with a ``[tool.quotes]`` table, upwards.

    In one folder ``.quotes.toml`` wins; a pyproject.toml without ``[tool.quotes]`` is passed over.
    """
    for folder in [start, *start.parents]:
        own = folder / ".quotes.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file() and _has_tool_quotes(py):
            return py
    return None


def _kind(value: object) -> str:
    """A TOML value's type in words, with the value when short, for an error message."""
    if isinstance(value, bool):
        kind = "a boolean"
    elif isinstance(value, str):
        kind = "a string"
    elif isinstance(value, int):
        kind = "an integer"
    elif isinstance(value, float):
        kind = "a number"
    elif isinstance(value, list):
        return "a list" if value else "an empty list"
    elif isinstance(value, dict):
        return "a table"
    else:
        return f"a {type(value).__name__}"  # dates and times
    shown = toml_value(value)
    return f"{kind} {shown}" if len(shown) <= 40 else kind


def _words(path: Path, key: str, value: object, what: str, *, allow_string: bool = False) -> list[str]:
    """A list of non-empty strings, or a UsageError naming the file, the key and what was found."""
    if allow_string and isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise UsageError(f"{path}: {key} must be a list of {what}, not {_kind(value)}")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise UsageError(f"{path}: {key} must be a list of {what}; found {_kind(item)} in it")
    return value


def _table(path: Path, data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The settings table of a configuration file, and how to name it in a message."""
    if path.name != "pyproject.toml":
        return data, path.name
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise UsageError(f"{path}: tool must be a table, not {_kind(tool)}")
    table = tool.get("quotes", {})
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.quotes] must be a table, not {_kind(table)}")
    return table, "[tool.quotes]"


def _settings(path: Path, table: dict[str, Any], where: str) -> dict[str, Any]:
    """The table's values by dashed key; an unknown or doubled key is a UsageError."""
    values: dict[str, Any] = {}
    spelled: dict[str, str] = {}
    for raw, value in table.items():
        key = raw.replace("_", "-")
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise UsageError(f"{path}: unknown setting {raw} in {where}{hint} (known: {', '.join(KEYS)})")
        if key in values:
            raise UsageError(f"{path}: {key} is given twice in {where} (as {spelled[key]} and {raw})")
        values[key] = value
        spelled[key] = raw
    return values


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
    table, where = _table(path, data)
    values = _settings(path, table, where)
    cfg = CheckConfig(origin=str(path), origins=dict.fromkeys(values, str(path)))
    if "against" in values:
        against = _words(path, "against", values["against"], "paths", allow_string=True)
        cfg.against = [a if Path(a).is_absolute() else str(path.parent / a) for a in against]
    if "fail-level" in values:
        level = values["fail-level"]
        if not isinstance(level, str) or level not in LEVELS:
            raise UsageError(f"{path}: fail-level must be one of {', '.join(LEVELS)}, not {_kind(level)}")
        cfg.fail_level = level
    if "ignore" in values:
        ignore = _words(path, "ignore", values["ignore"], f"rule ids ({', '.join(RULES)})")
        unknown = [r for r in ignore if r not in RULES]
        if unknown:
            raise UsageError(
                f"{path}: ignore names an unknown rule {unknown[0]}; the rules are {', '.join(RULES)}"
            )
        cfg.ignore = set(ignore)
    if "speech-verbs" in values:
        cfg.speech_verbs = _words(path, "speech-verbs", values["speech-verbs"], "words")
    return cfg


def with_options(
    cfg: CheckConfig,
    *,
    against: list[str] | None = None,
    fail_level: str | None = None,
    ignore: list[str] | None = None,
) -> CheckConfig:
    """The settings in effect: command-line options over the file's.

    ``against`` and ``fail_level`` replace the file's values; ``ignore`` adds to the file's.
    """
    merged = replace(cfg, origins=dict(cfg.origins), ignore=set(cfg.ignore))
    if against:
        merged.against = list(against)
        merged.origins["against"] = COMMAND_LINE
    if fail_level:
        merged.fail_level = fail_level
        merged.origins["fail-level"] = COMMAND_LINE
    if ignore:
        merged.ignore |= set(ignore)
        file = cfg.origins.get("ignore")
        merged.origins["ignore"] = f"{file}, {COMMAND_LINE}" if file else COMMAND_LINE
    return merged


def toml_value(value: object) -> str:
    """A string, or a list of strings, written as TOML."""
    if isinstance(value, list | set | tuple):
        items = sorted(value) if isinstance(value, set) else value
        return "[" + ", ".join(toml_value(v) for v in items) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe(cfg: CheckConfig) -> list[str]:
    """The settings in effect, one line each: ``key = value  (where it came from)``."""
    values = {
        "against": cfg.against,
        "fail-level": cfg.fail_level,
        "ignore": cfg.ignore,
        "speech-verbs": cfg.speech_verbs,
    }
    return [f"{key} = {toml_value(values[key])}  ({cfg.origin_of(key)})" for key in KEYS]
