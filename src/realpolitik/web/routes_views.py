"""Endpoints behind the map and the country page: actor names in five languages, an actor's partners."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response

from realpolitik.actors import names as actor_names
from realpolitik.analysis.partners import partners as partners_of
from realpolitik.language.detect import SUPPORTED_LANGUAGES
from realpolitik.store.store import Store
from realpolitik.web.deps import get_store
from realpolitik.web.params import Day, Format, actor_code, reach_back
from realpolitik.web.respond import rows_response

router = APIRouter(prefix="/api", tags=["views"])
StoreDep = Annotated[Store, Depends(get_store)]
Lang = Annotated[str, Query(pattern=f"^({'|'.join(SUPPORTED_LANGUAGES)})$",
                            description=f"Language of the names: {', '.join(SUPPORTED_LANGUAGES)}.")]
PARTNER_COLUMNS = ("partner", "events", "index", "cooperation", "conflict", "mentions", "tie", "rival", "ties",
                   "latest_date", "latest_plover", "latest_cameo", "latest_goldstein", "latest_evidence",
                   "latest_doc_id")


@router.get("/names", summary="Names of actor codes in a language: countries (CLDR), organisations, agents")
def names(lang: Lang = "en", format: Format = "json") -> Response:
    """Every country (ISO alpha-3 → CLDR name), organisation and CAMEO agent; a code such as USAGOV reads
    as its country's name and its agent's ("United States: government")."""
    rows = [{"code": c, "kind": "country", "name": n} for c, n in actor_names.countries(lang).items()]
    rows += [{"code": c, "kind": "organisation", "name": n} for c, n in actor_names.organisations().items()]
    rows += [{"code": c, "kind": "agent", "name": n} for c, n in actor_names.agents(lang).items()]
    return rows_response(rows, format, f"names-{lang}", {"lang": lang, "total": len(rows)})


@router.get("/partners/{actor}", summary="An actor's partners: index, ties and latest event with each")
def partners(actor: str, store: StoreDep, at: Day = None,
             days: Annotated[int, Query(ge=1, le=3660, description="Event window before `at`, days.")] = 365,
             by: Annotated[str | None, Query(pattern="^(day|week|month)$", description=(
                 "Also give each partner's index per day, week or month (`series`)."))] = None,
             format: Format = "json") -> Response:
    """Every actor that shared an event with `actor` in (at − days, at] or holds a tie with it at `at`
    (default: today): events, mean Goldstein score (`index`, −10 conflict … +10 cooperation), cooperative
    and conflictual events, ties in force (kind, status, since, areas), the latest event and its evidence.
    Deepest alliance first, then rivals, then by number of events."""
    code = actor_code(actor) or ""
    reach_back(at, days)
    result = partners_of(store, code, at=at or date.today(), days=days, by=by)
    if format == "csv":
        return rows_response([_flat(item) for item in result["items"]], "csv", f"partners-{result['actor']}",
                             columns=PARTNER_COLUMNS)
    return JSONResponse(result)


def _flat(item: dict) -> dict:
    latest = item.get("latest") or {}
    return {**{k: v for k, v in item.items() if k not in ("latest", "series")},
            "ties": ";".join(f"{t['kind']}:{t['status'] or ''}:{t['since'] or ''}" for t in item["ties"]),
            **{f"latest_{k}": latest.get(k) for k in ("date", "plover", "cameo", "goldstein", "evidence", "doc_id")}}
