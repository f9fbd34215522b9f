"""The build compiles mypyc's C files side by side (setup.py `_compile_side_by_side`) through private steps of
distutils' compiler; a compiler without them, or with its own `compile`, must keep its serial compile and say so,
never build an extension of no objects (every module would silently stay plain Python)."""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

import pytest
from setuptools._distutils.ccompiler import new_compiler
from setuptools._distutils.unixccompiler import UnixCCompiler

SETUP = runpy.run_path(str(Path(__file__).resolve().parents[1] / "setup.py"), run_name="realpolitik_setup")


class _OwnCompile(UnixCCompiler):
    """A compiler with a compile of its own (as MSVC's): it never calls the generic steps."""

    def compile(self, sources, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        return super().compile(sources, *args, **kwargs)


class _Renamed(UnixCCompiler):
    """A distutils whose generic compile calls its steps by other names (a later setuptools release)."""

    _setup_compile = None  # type: ignore[assignment]


def test_the_platform_compiler_is_split() -> None:
    assert SETUP["_cannot_split"](new_compiler()) == ""


@pytest.mark.parametrize(("kind", "why"), [(_OwnCompile, "has a compile of its own"),
                                           (_Renamed, "has no _setup_compile")])
def test_a_compiler_without_the_steps_keeps_its_own_compile(kind: type, why: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    compiler = kind()
    before = compiler.compile
    SETUP["_compile_side_by_side"](compiler, 4)
    assert compiler.compile == before  # not replaced
    assert why in capsys.readouterr().err


def test_one_job_keeps_the_serial_compile(capsys: pytest.CaptureFixture[str]) -> None:
    compiler = new_compiler()
    before = compiler.compile
    SETUP["_compile_side_by_side"](compiler, 1)
    assert compiler.compile == before and capsys.readouterr().err == ""


@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler here")
def test_side_by_side_compiles_every_file(tmp_path: Path) -> None:
    sources = []
    for n in range(5):
        source = tmp_path / f"part{n}.c"
        source.write_text(f"int part{n}(void) {{ return {n}; }}\n", encoding="utf-8")
        sources.append(str(source))
    compiler = new_compiler()
    SETUP["_compile_side_by_side"](compiler, 3)
    objects = compiler.compile(sources, output_dir=str(tmp_path / "build"))
    assert len(objects) == 5 and all(Path(obj).is_file() and Path(obj).stat().st_size > 0 for obj in objects)
