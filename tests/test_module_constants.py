"""A module-level name bound twice silently changes the first user's value (ruff's F811 sees only imports and
functions): `_RELATIVE_REACH` in events/roles.py was 6 for German noun complements and rebound to 4 for French
object relatives, so the German rule read 4. Every module's top-level names are bound once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import realpolitik

PACKAGE = Path(realpolitik.__file__).parent


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {str(path.relative_to(PACKAGE)): sorted(n for n, c in _top_level_names(ast.parse(path.read_text(
        encoding="utf-8"))).items() if c > 1) for path in sorted(PACKAGE.rglob("*.py"))}
    assert {path: names for path, names in twice.items() if names} == {}


def test_the_check_sees_a_second_binding() -> None:
    assert _top_level_names(ast.parse("A = 6\ndef f(): return A\nA = 4\n"))["A"] == 2
