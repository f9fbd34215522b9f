"""Events stage: per-language rules turn sentences with actors into CAMEO/PLOVER-coded events."""

from realpolitik.events.coder import code_sentences
from realpolitik.events.rules import load_rules

__all__ = ["code_sentences", "load_rules"]
