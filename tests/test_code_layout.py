"""How the code is laid out: word lists in one place, each under one name."""

from __future__ import annotations

import ast
from pathlib import Path

import quotes

PACKAGE = Path(quotes.__file__).parent


def _constants(path: Path) -> list[str]:
    """The upper-case names a module assigns at its top level."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
    return names


def test_each_word_list_and_mark_set_is_defined_under_one_name_once() -> None:
    files = [*sorted((PACKAGE / "lexicons").glob("*.py")), PACKAGE / "marks" / "styles.py"]
    seen: dict[str, str] = {}
    twice = []
    for path in files:
        for name in _constants(path):
            if name in seen:
                twice.append(f"{name} in {seen[name]} and {path.name}")
            seen[name] = path.name
    assert twice == []
