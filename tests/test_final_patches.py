"""A test must not rebind a `Final` name of a module the build compiles (realpolitik/compiled.py MODULES): compiled
with mypyc, a Final global is a C static (or inlined), so `monkeypatch.setattr` on it changes the module's dict and
nothing the compiled code reads. The test then passes on plain Python and fails in the CI's compiled build (round 50:
events.confidence.FILL_COSTS). A test marked `patches_hot_modules` is exempt: compiled, conftest skips it and
tests/test_compiled.py runs it on plain Python. The test files are read as syntax trees, not run."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from realpolitik.compiled import MODULES, source_paths

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
MARK = "patches_hot_modules"


def _imports(tree: ast.AST) -> dict[str, str]:
    """Every name the file binds by an import (anywhere in it) → the dotted path it stands for."""
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    first = alias.name.partition(".")[0]
                    bound[first] = first
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return bound


def _dotted(node: ast.expr, bound: dict[str, str]) -> str | None:
    """The dotted path an expression names (a bound name and its attributes), None where it names no import."""
    if isinstance(node, ast.Name):
        return bound.get(node.id)
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value, bound)
        return f"{base}.{node.attr}" if base else None
    return None


def _marked(node: ast.AST) -> bool:
    """Whether a function or class carries the mark among its decorators, or a module its `pytestmark`."""
    if isinstance(node, ast.Module):
        found = [n.value for n in node.body if isinstance(n, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in n.targets)]
        return any(MARK in ast.unparse(value) for value in found)
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return any(MARK in ast.unparse(d) for d in node.decorator_list)
    return False


def _setattr_calls(tree: ast.Module, bound: dict[str, str]) -> Iterator[tuple[int, str, str]]:
    """(line, module path, name) of each `<patcher>.setattr(...)` outside a marked test, its target resolved."""

    def visit(node: ast.AST, exempt: bool) -> Iterator[tuple[int, str, str]]:
        exempt = exempt or _marked(node)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "setattr" \
                and not exempt and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and len(node.args) == 2:
                module, _, name = first.value.rpartition(".")
                yield node.lineno, module, name
            elif len(node.args) >= 3 and isinstance(node.args[1], ast.Constant) \
                    and isinstance(node.args[1].value, str):
                module = _dotted(first, bound)
                if module:
                    yield node.lineno, module, node.args[1].value
        for child in ast.iter_child_nodes(node):
            yield from visit(child, exempt)

    yield from visit(tree, False)


def finals(module: str) -> set[str]:
    """The module-level names a compiled module annotates `Final` (from its source)."""
    tree = ast.parse((ROOT / source_paths()[MODULES.index(module)]).read_text(encoding="utf-8"))
    return {node.target.id for node in tree.body
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
            and "Final" in ast.unparse(node.annotation)}


def rebound_finals(source: str, filename: str) -> list[str]:
    """Where a test file's source rebinds a Final name of a compiled module, as 'file:line module.NAME'."""
    tree = ast.parse(source, filename)
    found = []
    for line, module, name in _setattr_calls(tree, _imports(tree)):
        if module in MODULES and name in finals(module):
            found.append(f"{filename}:{line} {module}.{name}")
    return found


def test_no_test_rebinds_a_final_name_of_a_compiled_module() -> None:
    files = sorted(TESTS.rglob("*.py"))
    assert len(files) > 100
    found = [hit for path in files
             for hit in rebound_finals(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not found, "a compiled module reads these from a C static (drop Final, or mark the test " \
                      f"{MARK}): {found}"


def test_the_reader_finds_each_way_a_test_names_the_target() -> None:
    """The check itself: a module bound by `from ... import`, by `import ... as`, by its dotted path, and a target
    given as one string are each resolved; a marked test is let pass (sources written for this test)."""
    module = "realpolitik.actors.matcher"
    assert "MANY" in finals(module)
    source = (
        "import pytest\n"
        "import realpolitik.actors.matcher\n"
        "from realpolitik.actors import matcher\n"
        "import realpolitik.actors.matcher as m\n"
        "def test_a(monkeypatch):\n"
        "    monkeypatch.setattr(matcher, 'MANY', 1)\n"
        "    monkeypatch.setattr(m, 'MANY', 1)\n"
        "    monkeypatch.setattr(realpolitik.actors.matcher, 'MANY', 1)\n"
        "    monkeypatch.setattr('realpolitik.actors.matcher.MANY', 1)\n"
        "    monkeypatch.setattr(matcher, 'find_hits', None)\n"  # a function: not a Final name
        "@pytest.mark.patches_hot_modules\n"
        "def test_b(monkeypatch):\n"
        "    monkeypatch.setattr(matcher, 'MANY', 1)\n"
    )
    assert rebound_finals(source, "t.py") == [f"t.py:{line} {module}.MANY" for line in (6, 7, 8, 9)]
