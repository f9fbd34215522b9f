"""No class field is annotated with a name that an earlier field of the same class shadows.

Below `date: date | None` in a class body, the name `date` is that field: mypy then reads a later
`published: date | None` as `None`, and mypyc-compiled code that reads such a field raises TypeError at run time
(round 33: every welcome of a dated deal, compiled). Plain Python never shows it, so this test reads the source.
"""

from __future__ import annotations

import ast
from pathlib import Path

import realpolitik

SOURCE = Path(realpolitik.__file__).parent


def _shadowed_annotations(tree: ast.AST) -> list[str]:
    """`Class.field: name` for each field annotation that names an earlier field of its class."""
    found = []
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        fields: set[str] = set()
        for statement in cls.body:
            if not (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)):
                continue
            names = {n.id for n in ast.walk(statement.annotation) if isinstance(n, ast.Name)}
            found += [f"{cls.name}.{statement.target.id}: {name}" for name in sorted(names & fields)]
            fields.add(statement.target.id)
    return found


def test_no_field_annotation_names_an_earlier_field() -> None:
    shadowed = [f"{path.relative_to(SOURCE)}: {hit}" for path in sorted(SOURCE.rglob("*.py"))
                for hit in _shadowed_annotations(ast.parse(path.read_text(encoding="utf-8")))]
    assert shadowed == []


def test_the_check_sees_a_shadowed_annotation() -> None:
    source = "class Event:\n    date: date | None = None\n    published: date | None = None\n"
    assert _shadowed_annotations(ast.parse(source)) == ["Event.published: date"]
