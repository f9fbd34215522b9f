"""Analysis endpoints: dyad timelines, changes over a window, the actor network at a date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response

from realpolitik.analysis import views
from realpolitik.store.store import Store
from realpolitik.web.deps import get_store
from realpolitik.web.params import Day, Format, actor_code, bad_request, date_range, reach_back
from realpolitik.web.respond import rows_response
from realpolitik.web.settings import MAX_SPAN_DAYS

router = APIRouter(prefix="/api", tags=["analysis"])
StoreDep = Annotated[Store, Depends(get_store)]


@router.get("/dyad/{a}/{b}", summary="Timeline of a pair: events, cooperation–conflict index, relations")
def dyad(a: str, b: str, store: StoreDep, since: Day = None, until: Day = None,
         by: Annotated[str, Query(pattern="^(day|week|month)$")] = "month", format: Format = "json") -> Response:
    x, y = actor_code(a, "a"), actor_code(b, "b")
    if x == y:
        raise bad_request("a dyad needs two different actors")
    date_range(since, until)
    result = views.dyad_view(store, x or "", y or "", since, until, by)
    if format == "csv":
        rows = [{"period": p["period"], "events": p["events"], "goldstein_mean": p["goldstein_mean"],
                 **{f"quad{k}": v for k, v in p["quad"].items()}} for p in result["periods"]]
        return rows_response(rows, "csv", f"dyad-{x}-{y}")
    return JSONResponse(result)


@router.get("/changes", summary="Relation steps and dyad shifts in a window against the window before")
def changes(store: StoreDep, since: Day = None, until: Day = None, actor: Annotated[str | None, Query()] = None,
            format: Format = "json") -> Response:
    until = until or date.today()
    reach_back(until, 90 if since is None else 0, "until")
    since = since or until - timedelta(days=90)
    date_range(since, until, max_days=MAX_SPAN_DAYS // 2)
    reach_back(since, (until - since).days + 1, "since")  # the shifts compare with the window before
    result = views.changes_view(store, since, until, actor_code(actor))
    if format == "csv":
        return rows_response(result.get("dyads", []), "csv", "changes")
    return JSONResponse(result)


@router.get("/network", summary="Actors and ties at a date: relations in force and recent event ties")
def network(store: StoreDep, at: Day = None,
            days: Annotated[int, Query(ge=1, le=3660, description="Event window before `at`, days.")] = 365,
            actor: Annotated[str | None, Query(description="Only this actor's neighbourhood.")] = None,
            max_edges: Annotated[int, Query(ge=1, le=5000)] = 1000, format: Format = "json") -> Response:
    reach_back(at, days)
    result = views.network_view(store, at, days, actor_code(actor), max_edges)
    if format == "csv":
        return rows_response(result["edges"], "csv", "network")
    return JSONResponse(result)
