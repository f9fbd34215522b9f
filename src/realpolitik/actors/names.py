"""Display names of actor codes in the five page languages: "VEN" → "Venezuela", "USAGOV" → "United States:
government", "NATO" → "NATO".

Countries are named by CLDR (babel), organisations by the first name of their
dictionary entry, agents by data/reference/agent_names.csv (the CAMEO codebook's
English name where it has none). The web page asks the API for these once, so
that every view shows names, not only codes.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

from realpolitik.actors.data_files import load_yaml
from realpolitik.language.detect import SUPPORTED_LANGUAGES

_DATA = resources.files("realpolitik") / "data"


def _check(lang: str) -> str:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"language {lang!r} is not one of {', '.join(SUPPORTED_LANGUAGES)}")
    return lang


@cache
def countries(lang: str = "en") -> dict[str, str]:
    """ISO alpha-3 → the country's name in `lang`, for every country of data/reference/countries.csv."""
    from babel import Locale

    territories = Locale.parse(_check(lang)).territories
    with (_DATA / "reference" / "countries.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {row["iso3"]: territories.get(row["iso2"]) or row["name_en"] for row in rows}


@cache
def organisations() -> dict[str, str]:
    """Organisation code → its usual name (the first of its dictionary entry); armed groups are left out
    (their codes, such as PSEREB, stand for several groups and are named as country and agent)."""
    entries = load_yaml(Path(str(_DATA / "actors" / "organisations.yaml"))) or []
    found: dict[str, str] = {}
    for entry in entries:
        if entry.get("kind", "organisation") != "organisation" or entry["code"] in found:
            continue
        names = entry["names"]
        first = names[0] if isinstance(names, list) else next(iter(names.values()))[0]
        found[entry["code"]] = str(first)
    return found


@cache
def agents(lang: str = "en") -> dict[str, str]:
    """CAMEO agent code (GOV, MIL, ...) → its name in `lang`."""
    _check(lang)
    names: dict[str, str] = {}
    with (_DATA / "reference" / "cameo_agents.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if len(row["code"]) == 3:
                names.setdefault(row["code"], row["name"].strip('"').lower())
    with (_DATA / "reference" / "agent_names.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names[row["code"]] = row[lang]
    return names

