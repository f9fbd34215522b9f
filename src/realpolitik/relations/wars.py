"""Wars known by their place (data/relations/wars.yaml): "the war in Ukraine" with Russia named is a rivalry.

The news names a long war by where it is fought and leaves the other side to
the reader: "Russia sees NATO as a party to the war in Ukraine". A sentence
with a war word that names the place, in an article that names the other
side (there or elsewhere), states their rivalry (EVAL.md: "background war between Russia and Ukraine is recorded as
rivalry where the text names it").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from realpolitik.data_yaml import safe_load
from realpolitik.errors import DataFileError

_PATH = "data/relations/wars.yaml"


@lru_cache(maxsize=1)
def _wars() -> tuple[tuple[str, str], ...]:
    text = (resources.files("realpolitik") / "data" / "relations" / "wars.yaml").read_text(encoding="utf-8")
    raw = safe_load(text)
    entries = raw.get("wars") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and e.get("place") and e.get("side")
                                                 for e in entries):
        raise DataFileError(_PATH, None, "`wars` must list entries with `place` and `side` (actor codes)")
    return tuple((str(e["place"]), str(e["side"])) for e in entries)


def known_wars(parties: list[str], elsewhere: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The (side, place) pairs of known wars whose place is among `parties` and whose other side is too or is
    named `elsewhere` in the article ("Moscow ... — the war in Ukraine has cost ...")."""
    named = set(parties)
    return [(side, place) for place, side in _wars() if place in named and (side in named or side in elsewhere)]
