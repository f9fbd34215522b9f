"""YAML for the data files: libyaml's parser when PyYAML was built with it, PyYAML's own otherwise.

Why: every process that extracts (each local worker's parent, each Ray actor)
parses the rules, actor lists, lexicons and date words at start; PyYAML's
pure-Python parser took most of a Ray actor's ~6 s warm-up, libyaml's about
a tenth of that. Both give the same values and line marks.
"""

from __future__ import annotations

from typing import Any

import yaml

#: The safe loader to subclass (line-recording loaders) or to load with.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[assignment]


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, with libyaml's parser when there is one."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a SafeLoader (C or Python)
