"""The build: pyproject.toml holds the metadata; this file adds the optional mypyc extension modules.

The modules listed in src/realpolitik/compiled.py are compiled by mypyc from their unchanged, type-hinted .py
sources when mypy and a C compiler are there; the .py files are installed either way, so a missing compiler, a
type error or a failed compile warns and leaves plain Python (pip shows a build's messages only with -v, so the
reason is also written into the package, realpolitik/build-note.txt, and `realpolitik --version` prints it). Set
REALPOLITIK_PURE_PYTHON=1 to build without compiling. An editable install (`pip install -e .`) stays plain
Python unless REALPOLITIK_COMPILE=1: an extension module beside its .py would hide every later edit of it.
"""

from __future__ import annotations

import glob
import importlib.machinery
import os
import runpy
import sys
from concurrent.futures import ThreadPoolExecutor

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
# the modules to compile and mypy's flags, from the package's own list (read before it is installed)
LISTED = runpy.run_path(os.path.join(HERE, "src", "realpolitik", "compiled.py"))
# -O1: gcc takes 60 s of CPU on mypyc's one C file where -O2 takes ~150 s, for the same ingest (docs/progress.md,
# round 27); -g0: no debug information (mypyc keeps its own line numbers for tracebacks). mypyc writes one C file per
# module (multi_file), which gcc compiles side by side, one per core (OptionalBuildExt): the one C file of the 93
# modules was 82 MB and took gcc more than 5 minutes of CPU, where the 112 files are 31 MB and take 2:17 in all
# (docs/progress.md, round 49: tidy49)
OPT_LEVEL = os.environ.get("MYPYC_OPT_LEVEL", "1")
NOTE = os.path.join("realpolitik", "build-note.txt")  # in the package: why the build left modules plain
_NOTES: list[str] = []


def _on(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


def _warn(message: str) -> None:
    print(f"realpolitik build: {message}; installing plain Python for it", file=sys.stderr)
    _NOTES.append(message)


def _write_note(build_lib: str) -> None:
    """The build's warnings, one a line, into the package (empty when it compiled all it was asked to)."""
    path = os.path.join(build_lib, NOTE)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{line}\n" for line in _NOTES))


class NotedBuildPy(build_py):
    """build_py (run before build_ext) that drops the extension modules an earlier build left in the same build
    folder (a wheel takes all it finds there: a plain or a failed build would ship the old compiled code) and
    writes the build note."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            for stale in glob.glob(os.path.join(self.build_lib, "**", f"*{suffix}"), recursive=True):
                os.remove(stale)
        _write_note(self.build_lib)


def _builds() -> bool:
    """Whether setuptools is asked to build the package (not only its metadata, which pip asks first), and not
    an editable install (PEP 660) or a development link."""
    commands = set(sys.argv[1:])
    return bool(commands & {"bdist_wheel", "build", "build_ext", "install"}) and not (
        commands & {"editable_wheel", "develop"})


class OptionalBuildExt(build_ext):
    """build_ext that never fails the install: what it cannot compile stays plain Python.

    mypyc puts the compiled code of every module in one shared library and a small extension module per
    compiled module that loads it; without the shared library no module may be compiled (each would fail
    to import), so the shared library is built first and the others only after it."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:  # the modules compile side by side, one per core
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        if getattr(self, "editable_mode", False) and not _on("REALPOLITIK_COMPILE"):
            return
        try:
            super().run()
        except Exception as exc:  # no compiler, no Python headers: every module stays plain
            _warn(f"cannot compile ({exc})")
        _write_note(self.build_lib)

    def build_extensions(self) -> None:
        _compile_side_by_side(self.compiler, self.parallel if isinstance(self.parallel, int) else 1)
        shared = [ext for ext in self.extensions if ext.name.endswith("__mypyc")]
        modules = [ext for ext in self.extensions if ext not in shared]
        for ext in shared:
            if not self._built(ext):
                return
        self.extensions = modules
        super().build_extensions()

    def _built(self, ext) -> bool:  # type: ignore[no-untyped-def]
        try:
            super().build_extension(ext)
            return True
        except Exception as exc:
            _warn(f"{ext.name} did not compile ({exc})")
            return False

    def build_extension(self, ext) -> None:  # type: ignore[no-untyped-def]
        self._built(ext)


# the private steps of distutils' generic CCompiler.compile that _compile_side_by_side calls in its stead
_COMPILE_STEPS = ("_setup_compile", "_get_cc_args", "_compile")


def _defined_by(cls: type, name: str) -> type | None:
    """The class of `cls`'s method resolution order whose own body defines `name` (None where none does)."""
    return next((klass for klass in cls.__mro__ if name in vars(klass)), None)


def _cannot_split(compiler) -> str:  # type: ignore[no-untyped-def]
    """Why `compiler.compile` cannot be run a C file per thread ("" where it can): the side-by-side compile repeats
    distutils' generic `compile` through its private steps, so it needs them all, a compiler that uses that generic
    `compile` (MSVC has its own, which never calls them) and a `_compile` of the compiler's own (the generic one does
    nothing). A setuptools release that renames a step then compiles one file at a time and says so, never a build
    that silently links no objects and leaves every module plain."""
    cls = type(compiler)
    missing = [name for name in _COMPILE_STEPS if not callable(getattr(compiler, name, None))]
    if missing:
        return f"{cls.__name__} has no {', '.join(missing)}"
    generic = _defined_by(cls, "_setup_compile")
    if _defined_by(cls, "compile") is not generic:
        return f"{cls.__name__} has a compile of its own"
    if _defined_by(cls, "_compile") is generic:
        return f"{cls.__name__} has no _compile of its own"
    return ""


def _compile_side_by_side(compiler, jobs: int) -> None:  # type: ignore[no-untyped-def]
    """Make `compiler.compile` run the C files of one extension `jobs` at a time: distutils compiles an extension's
    sources one after the other, and mypyc's shared library holds a C file per module (multi_file). Where the
    compiler lacks what that needs (`_cannot_split`), it keeps its own compile, with a printed warning."""
    if jobs < 2:
        return
    why = _cannot_split(compiler)
    if why:
        print(f"realpolitik build: cannot compile the C files side by side ({why}); compiling them one at a time",
              file=sys.stderr)
        return

    def compile_all(sources, output_dir=None, macros=None, include_dirs=None, debug=0,  # type: ignore[no-untyped-def]
                    extra_preargs=None, extra_postargs=None, depends=None):
        macros, objects, extra_postargs, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs)
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)

        def compile_one(obj: str) -> None:
            source, ext = build[obj]
            compiler._compile(obj, source, ext, cc_args, extra_postargs, pp_opts)

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(compile_one, [obj for obj in objects if obj in build]))
        return objects

    compiler.compile = compile_all


def _mypycify(paths: list[str]) -> list:
    """mypyc's extension modules for `paths`; mypy's errors raise SystemExit there, turned into an exception."""
    from mypyc.build import mypycify

    try:
        return mypycify([*LISTED["MYPY_FLAGS"], *paths], opt_level=OPT_LEVEL, debug_level="0", multi_file=True)
    except SystemExit as exc:
        raise RuntimeError(f"mypy found errors in {', '.join(paths)}") from exc


def extensions() -> list:
    """The mypyc extension modules, or none when mypy is missing, nothing is built (metadata, an editable install)
    or plain Python is asked for."""
    if not (_builds() or _on("REALPOLITIK_COMPILE")):
        return []
    if _on("REALPOLITIK_PURE_PYTHON"):
        _warn("REALPOLITIK_PURE_PYTHON is set")
        return []
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        _warn("mypy (its compiler mypyc) is not installed")
        return []
    paths = LISTED["source_paths"]()
    try:
        return _mypycify(paths)
    except Exception as exc:  # a type error in one module: compile the others, each on its own
        _warn(f"cannot compile the modules together ({exc})")
    kept: list = []
    for path in paths:
        try:
            kept += _mypycify([path])
        except Exception as exc:
            _warn(str(exc))
    return kept


if __name__ == "__main__":  # setuptools runs this file as __main__; a test imports it for its helpers
    setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt, "build_py": NotedBuildPy})
