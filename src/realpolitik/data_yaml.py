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


class LineLoader(SafeLoader):  # type: ignore[valid-type, misc]
    """A safe loader that records the line of every mapping under LINE_KEY, for error messages that name it.

    (Here, not beside its readers: events.rules is compiled by mypyc, which cannot compile a subclass of PyYAML's
    loader.)"""


LINE_KEY = "__line__"


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class KeyLines(dict):
    """A mapping that also knows the line of each of its keys (`key_lines`): an error in a value that is a list or a
    word, which carries no line of its own, names the line of its key ("judged_wrong: [...]" in a rule file's
    `lexicons`), not the line of the section."""

    key_lines: dict[object, int]


class KeyLineLoader(LineLoader):
    """A LineLoader whose mappings are KeyLines (for the rule files, events/rules.parse_rules)."""


def _construct_key_lines(loader: KeyLineLoader, node: yaml.MappingNode, deep: bool = False) -> KeyLines:
    mapping = KeyLines(_construct_mapping(loader, node, deep))
    mapping.key_lines = {loader.construct_object(key, deep=True): key.start_mark.line + 1 for key, _ in node.value
                         if isinstance(key, yaml.ScalarNode)}
    return mapping


KeyLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_key_lines)
