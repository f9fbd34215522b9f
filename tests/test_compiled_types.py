"""The build (setup.py) compiles the modules of realpolitik/compiled.py with mypyc only where mypy passes them: a
change that breaks an annotation in one of them would quietly leave it plain Python (right, but slower). mypy runs
here over the same modules with the build's flags, so such a change fails the suite and says what to fix."""

from __future__ import annotations

from pathlib import Path

from mypy import api

from realpolitik.compiled import MODULES, MYPY_FLAGS, source_paths

ROOT = Path(__file__).resolve().parents[1]

ADVICE = """mypy finds errors in the modules the build compiles with mypyc (realpolitik/compiled.py MODULES): the
build would leave them plain Python, and mypyc checks every annotation at run time. Make each annotation true: a
name keeps one type inside a function (a new name for a value of another type), a tuple's annotation has its
length, an Optional is narrowed (`if x is not None`) before it is read, an unannotated helper's value put in a typed
name is of that type. mypy said:
"""


def test_the_compiled_modules_pass_mypy() -> None:
    paths = [str(ROOT / path) for path in source_paths()]
    assert len(paths) == len(MODULES) and all(Path(path).is_file() for path in paths)
    report, errors, status = api.run([*MYPY_FLAGS, "--cache-dir", str(ROOT / ".mypy_cache"), *paths])
    assert status == 0, ADVICE + report + errors
