"""Actor codes: telling a country code with agents ("RUSGOV") from an organisation code ("ECOWAS")."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO alpha-3 codes (and Kosovo's XKX) from data/reference/countries.csv."""
    path = resources.files("realpolitik") / "data" / "reference" / "countries.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["iso3"] for row in csv.DictReader(handle))


def country_of(code: str | None) -> str | None:
    """The country part of a code ("USAMIL" → "USA"), None for organisations and empty codes."""
    if not code or len(code) < 3:
        return None
    head = code[:3]
    if head in country_codes() and (len(code) == 3 or len(code) % 3 == 0):
        return head
    return None


def party(code: str) -> str:
    """What a relation or a score compares: the country, else the whole organisation code."""
    return country_of(code) or code


@lru_cache(maxsize=1)
def _org_aliases() -> tuple[tuple[str, str], ...]:
    """CAMEO/Phoenix organisation codes → realpolitik's short codes, longest first."""
    path = resources.files("realpolitik") / "data" / "reference" / "cameo_org_aliases.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        pairs = [(row["cameo_code"], row["code"]) for row in csv.DictReader(handle)]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def normalise_org(code: str) -> str:
    """Read a CAMEO-style organisation code as ours ("IGONAT" → "NATO", "IGOUNOMIL" → "UN"),
    so that data coded by PETRARCH or ICEWS compares with realpolitik's."""
    for cameo, ours in _org_aliases():
        if code.startswith(cameo):
            return ours
    return code
