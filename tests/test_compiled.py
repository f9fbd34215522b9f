"""The build compiles the hot modules with mypyc when it can (setup.py, realpolitik/compiled.py). A compiled
module must behave exactly as its .py: the same events from the same texts, compiled or forced plain
(REALPOLITIK_PURE_PYTHON=1), and the package must say truly which it runs."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import realpolitik
from realpolitik.compiled import MODULES, PURE_ENV, compiled_modules, describe, is_compiled
from realpolitik.interfaces.cli import app

PACKAGE = Path(realpolitik.__file__).parent


def available_compiled(name: str) -> bool:
    """Whether an extension module for `name` is installed beside its .py (whether or not it is the one in use)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return False
    folder = os.path.dirname(spec.origin)
    stem = name.rpartition(".")[2]
    return any(os.path.exists(os.path.join(folder, stem + suffix))
               for suffix in importlib.machinery.EXTENSION_SUFFIXES)


# Texts of our own, one or two per language, that reach the coder, the role finder, actors, dates and relations.
TEXTS = [
    ("en", "Germany and France signed a defence agreement on Tuesday. Russia condemned the deal and "
           "threatened to expel two French diplomats, the Kremlin said."),
    ("en", "China did not sanction Japan. Egypt hosted talks between Israel and Hamas in Cairo on 3 March 2025."),
    ("de", "Die Bundesregierung verurteilte am Montag den Angriff Russlands auf die Ukraine. "
           "Polen und Litauen vereinbarten eine engere Zusammenarbeit."),
    ("es", "México y Colombia firmaron ayer un acuerdo de cooperación. El Gobierno de Venezuela expulsó al "
           "embajador de Argentina."),
    ("fr", "La France a condamné mardi les frappes de l'Iran contre Israël. Le Maroc et l'Espagne ont signé "
           "un accord de coopération."),
    ("ru", "Россия и Китай подписали во вторник соглашение о сотрудничестве. МИД России осудил санкции США."),
]

_SCRIPT = """
import json, sys
import realpolitik
from realpolitik.compiled import compiled_modules
texts = json.loads(sys.stdin.read())
out = {"compiled": compiled_modules(),
       "events": [[e.to_json() for e in realpolitik.extract(text, lang=lang, published="2025-03-04")]
                  for lang, text in texts]}
print(json.dumps(out, sort_keys=True, default=str))
"""


def _run(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    if pure:
        env[PURE_ENV] = "1"
    done = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps(TEXTS), capture_output=True,
                          text=True, env=env, check=True, timeout=600)
    return json.loads(done.stdout)


def test_every_listed_module_has_its_source() -> None:
    for name in MODULES:
        assert name.startswith("realpolitik.")
        assert PACKAGE.joinpath(*name.split(".")[1:]).with_suffix(".py").is_file(), name
    assert len(set(MODULES)) == len(MODULES)


def test_compiled_and_plain_python_give_the_same_events() -> None:
    plain, usual = _run(pure=True), _run(pure=False)
    assert not any(plain["compiled"].values())  # REALPOLITIK_PURE_PYTHON=1 imports the .py files
    # compiled wherever an extension module is installed (none in a source checkout: then both runs are plain)
    assert usual["compiled"] == {name: available_compiled(name) for name in MODULES}
    assert sum(len(found) for found in usual["events"]) >= 6  # the texts do reach the coder
    assert usual["events"] == plain["events"]


def test_the_package_says_what_it_runs() -> None:
    state = compiled_modules()
    assert state == {name: is_compiled(sys.modules[name]) for name in MODULES}
    line = CliRunner().invoke(app, ["--version"]).output
    assert line.startswith(f"realpolitik {realpolitik.__version__} (")
    assert line.strip() == f"realpolitik {realpolitik.__version__} ({describe()})"
    assert ("compiled with mypyc" in line) == any(state.values())


def test_a_compiled_build_compiles_every_listed_module() -> None:
    """A build compiles all the listed modules or none (no compiler): one left plain means mypyc refused it (a type
    error mypy does not report, a construct mypyc cannot compile), which its build warning named. Where CI has a
    compiler it sets REALPOLITIK_EXPECT_COMPILED=1 (.ci/run): a build that compiled nothing fails there too."""
    state = {name: available_compiled(name) for name in MODULES}
    if any(state.values()) or os.environ.get("REALPOLITIK_EXPECT_COMPILED", "") not in ("", "0"):
        assert all(state.values()), f"not compiled: {sorted(name for name, done in state.items() if not done)}"


_FINGERPRINT = "from realpolitik.disk_cache import package_fingerprint; print(package_fingerprint())"


def test_compiled_and_plain_processes_keep_their_cached_objects_apart() -> None:
    """The disk cache keys objects by the package's files; a class mypyc compiled pickles its own way, so a plain
    process (REALPOLITIK_PURE_PYTHON=1) never reads what a compiled one stored, nor the other way round."""
    keys = []
    for pure in (False, True):
        env = {k: v for k, v in os.environ.items() if k != PURE_ENV} | ({PURE_ENV: "1"} if pure else {})
        done = subprocess.run([sys.executable, "-c", _FINGERPRINT], capture_output=True, text=True, env=env,
                              check=True, timeout=300)
        keys.append(done.stdout.strip())
    assert (keys[0] != keys[1]) == any(available_compiled(name) for name in MODULES)


def test_tests_that_patch_hot_modules_pass_on_plain_python() -> None:
    """Tests marked `patches_hot_modules` replace a function of a module the build compiles (to compare a shortcut
    with the long way); compiled, they are skipped in the suite (conftest), so they run here on plain Python."""
    if not any(compiled_modules().values()):
        pytest.skip("plain Python here: the marked tests ran in the suite itself")
    here = Path(__file__).resolve().parent
    files = [str(path) for path in sorted(here.glob("test_*.py"))
             if path.name != Path(__file__).name and "mark.patches_hot_modules" in path.read_text(encoding="utf-8")]
    assert files
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV} | {PURE_ENV: "1"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "patches_hot_modules",
                           *files], capture_output=True, text=True, env=env, timeout=1200, cwd=here.parent)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " skipped" not in done.stdout
