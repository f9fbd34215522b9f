"""The scripts of eval/ as modules for the tests: one loader for the test files that call a script's functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[1] / "eval"


def eval_script(name: str) -> ModuleType:
    """eval/NAME.py as the module NAME, loaded once: with eval/ on the path while it loads, as the scripts import
    their neighbours (missed.py extras.py, confidence_transfer.py learn_confidence.py); kept in sys.modules, where its
    dataclasses resolve their annotations."""
    sys.path.insert(0, str(EVAL))
    try:
        spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(spec.name, module)
        spec.loader.exec_module(module)
        return sys.modules[spec.name]
    finally:
        sys.path.remove(str(EVAL))
