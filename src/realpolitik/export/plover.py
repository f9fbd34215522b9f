"""PLOVER JSON records from stored events (field names of the PLOVER data specification).

PLOVER's mode and context come from CAMEO2PLOVER (data/reference/cameo_to_plover.csv)
for the event's CAMEO code; what PLOVER has no field for (CAMEO code, Goldstein,
modality, negation, confidence, rule) goes under "realpolitik". See docs/api.md.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from realpolitik.relations import ledger


@cache
def _modes() -> dict[str, tuple[str, list[str]]]:
    ref = resources.files("realpolitik") / "data" / "reference" / "cameo_to_plover.csv"
    with ref.open(encoding="utf-8") as handle:
        return {
            row["cameo_code"]: (row["plover_mode"] or "", [c for c in (row["plover_context"] or "").split(";") if c])
            for row in csv.DictReader(handle)
        }


def _side(code: str | None) -> tuple[str, str, str]:
    """(actor, country, sector): the full code, its country (ISO3) and its CAMEO agent as sector."""
    if not code:
        return "", "", ""
    key = ledger.actor_key(code)
    if ledger.is_country(key):
        return code, key, code[3:]
    return code, "", ""


def plover_record(event: dict) -> dict:
    """One PLOVER record for one stored event dict (see export.selection.event_dict)."""
    mode, context = _modes().get(event["cameo"], ("", []))
    source, source_country, source_sector = _side(event.get("source"))
    target, target_country, target_sector = _side(event.get("target"))
    return {
        "event_id": f"rp-{event['id']}",
        "event_date": event.get("date"),
        "event_type": event.get("plover"),
        "mode": mode,
        "context": context,
        "source_actor": source,
        "source_country": source_country,
        "source_sector": source_sector,
        "target_actor": target,
        "target_country": target_country,
        "target_sector": target_sector,
        "quad_class": event.get("quad_class"),
        "story_id": event.get("doc_id"),
        "story_date": event.get("published"),
        "story_title": event.get("title") or "",
        "publisher": event.get("outlet") or "",
        "url": event.get("url") or "",
        "language": event.get("lang"),
        "text": event.get("evidence"),
        "realpolitik": {
            "cameo": event.get("cameo"),
            "goldstein": event.get("goldstein"),
            "negated": event.get("negated"),
            "modality": event.get("modality"),
            "date_precision": event.get("date_precision"),
            "evidence_offsets": [event.get("evidence_start"), event.get("evidence_end")],
            "confidence": event.get("confidence"),
            "rule": event.get("rule"),
            "ruleset_version": event.get("ruleset_version"),
        },
    }
