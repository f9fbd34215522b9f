"""Wars known by their place (data/relations/wars.yaml): "the war in Ukraine" with Russia named is a rivalry.

The news names a long war by where it is fought and leaves the other side to
the reader: "Russia sees NATO as a party to the war in Ukraine". A sentence
with a war word that names the place and the other side states their
rivalry (EVAL.md: "background war between Russia and Ukraine is recorded as
rivalry where the text names it").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from realpolitik.errors import DataFileError

_PATH = "data/relations/wars.yaml"


@lru_cache(maxsize=1)
def _wars() -> tuple[tuple[str, str], ...]:
    text = (resources.files("realpolitik") / "data" / "relations" / "wars.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    entries = raw.get("wars") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and e.get("place") and e.get("side")
                                                 for e in entries):
        raise DataFileError(_PATH, None, "`wars` must list entries with `place` and `side` (actor codes)")
    return tuple((str(e["place"]), str(e["side"])) for e in entries)


def known_wars(parties: list[str]) -> list[tuple[str, str]]:
    """The (side, place) pairs of known wars whose two sides are both among `parties`."""
    named = set(parties)
    return [(side, place) for place, side in _wars() if place in named and side in named]
