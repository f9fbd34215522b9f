"""Per-language cues for standing relations, loaded from data/relations/<lang>.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from realpolitik.errors import DataFileError
from realpolitik.events.patterns import Pattern, compile_pattern

KINDS = ("defense_pact", "strategic_partnership", "cooperation_agreement", "membership", "ally", "rivalry")
STATUSES = ("proposed", "signed", "ratified", "in_force", "suspended", "ended")


@dataclass(frozen=True)
class RelationLexicon:
    lang: str
    kinds: dict[str, tuple[Pattern, ...]]  # in priority order
    status: dict[str, tuple[Pattern, ...]]
    areas: dict[str, tuple[Pattern, ...]]
    area_context: tuple[Pattern, ...]
    hub_markers: frozenset[str]
    pair_markers: frozenset[str]


def _compile_map(raw: object, section: str, allowed: tuple[str, ...] | None, path: str) -> dict:
    if not isinstance(raw, dict):
        raise DataFileError(path, None, f"`{section}` must map names to lists of patterns")
    out: dict[str, tuple[Pattern, ...]] = {}
    for name, patterns in raw.items():
        if allowed is not None and name not in allowed:
            raise DataFileError(path, None, f"`{section}` has unknown name {name!r}; use one of {allowed}")
        if not isinstance(patterns, list) or not patterns:
            raise DataFileError(path, None, f"`{section}.{name}` must be a non-empty list of patterns")
        try:
            out[name] = tuple(compile_pattern(p) for p in patterns)
        except ValueError as exc:
            raise DataFileError(path, None, f"`{section}.{name}`: {exc}") from exc
    return out


def parse_lexicon(text: str, path: str) -> RelationLexicon:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or "kinds" not in raw:
        raise DataFileError(path, 1, "a relation lexicon needs `language`, `kinds`, `status` and `areas`")
    return RelationLexicon(
        lang=raw.get("language", ""),
        kinds=_compile_map(raw["kinds"], "kinds", KINDS, path),
        status=_compile_map(raw.get("status") or {}, "status", STATUSES, path),
        areas=_compile_map(raw.get("areas") or {}, "areas", None, path),
        area_context=tuple(compile_pattern(p) for p in raw.get("area_context") or []),
        hub_markers=frozenset(raw.get("hub_markers") or []),
        pair_markers=frozenset(raw.get("pair_markers") or []),
    )


@lru_cache(maxsize=16)
def load_lexicon(lang: str) -> RelationLexicon | None:
    path = resources.files("realpolitik") / "data" / "relations" / f"{lang}.yaml"
    if not path.is_file():
        return None
    return parse_lexicon(path.read_text(encoding="utf-8"), f"data/relations/{lang}.yaml")
