"""GDELT 2.0 event table rows from stored events (tab-separated, no header, as GDELT ships them).

We fill what an event mention knows (actors, CAMEO codes, Goldstein, quad
class, dates, URL) and leave the rest blank (geography, religion, ethnicity,
tone). The mapping is documented in docs/api.md ("GDELT export").
"""

from __future__ import annotations

from datetime import date

from realpolitik.relations import ledger

#: The 61 columns of the GDELT 2.0 event table, in file order.
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def _actor(prefix: str, code: str | None, name: str | None) -> dict[str, str]:
    """Actor columns: full code, name as written, country, organisation (KnownGroup), agent (Type1)."""
    if not code:
        return {}
    key = ledger.actor_key(code)
    country = key if ledger.is_country(key) else ""
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": (name or "").upper(),
        f"{prefix}CountryCode": country,
        f"{prefix}KnownGroupCode": "" if country else key,
        f"{prefix}Type1Code": code[3:6] if country and len(code) >= 6 else "",
    }


def gdelt_row(event: dict) -> list[str]:
    """One GDELT 2.0 row (all strings) for one stored event dict (see export.selection.event_dict)."""
    when = date.fromisoformat(event["date"]) if event.get("date") else None
    cameo = event["cameo"] or ""
    values: dict[str, str] = {
        "GLOBALEVENTID": str(event["id"]),
        "IsRootEvent": "1" if event.get("evidence_start") == 0 else "0",
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": _text(event.get("quad_class")),
        "GoldsteinScale": _text(event.get("goldstein")),
        "NumMentions": "1",
        "NumSources": "1",
        "NumArticles": "1",
        "SOURCEURL": event.get("url") or "",
        **_actor("Actor1", event.get("source"), event.get("source_text")),
        **_actor("Actor2", event.get("target"), event.get("target_text")),
    }
    if when is not None:
        values.update(
            SQLDATE=when.strftime("%Y%m%d"),
            MonthYear=when.strftime("%Y%m"),
            Year=str(when.year),
            FractionDate=f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}",
        )
    if event.get("published"):
        values["DATEADDED"] = event["published"].replace("-", "") + "000000"
    return [values.get(column, "") for column in COLUMNS]


def _text(value: object) -> str:
    return "" if value is None else str(value)
