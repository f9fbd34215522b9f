"""`create_app`: the FastAPI application over one store, with the web page at / and docs at /docs."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from realpolitik.analysis import views
from realpolitik.errors import MissingExtraError, RealpolitikError
from realpolitik.store import open_store
from realpolitik.store.store import Store
from realpolitik.web import pages, routes_analysis, routes_ingest, routes_records, routes_views
from realpolitik.web.cache import ResponseCache
from realpolitik.web.docs_page import DOCS_HTML
from realpolitik.web.limits import RequestLimits
from realpolitik.web.settings import MAX_BODY_BYTES, Settings

log = logging.getLogger(__name__)
STATIC = resources.files("realpolitik.web") / "static"


def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 with one readable line per problem ("query.limit: must be <= 1000") plus the raw errors."""
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()))
        lines.append(f"{where}: {error.get('msg', 'invalid')}")
    errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
    return JSONResponse(status_code=422, content={"detail": "; ".join(lines), "errors": errors})


def _realpolitik_error(_request: Request, exc: RealpolitikError) -> JSONResponse:
    # A missing optional extra is the server's lack, not the request's fault: 501 with the pip command.
    return JSONResponse(status_code=501 if isinstance(exc, MissingExtraError) else 400, content={"detail": str(exc)})


def _load_stages() -> None:
    from realpolitik.engines.base import Settings as EngineSettings
    from realpolitik.engines.work import warm_up

    warm_up(EngineSettings(db_url=None))


def _cluster(store: Store, stop: threading.Event) -> None:
    try:
        views.prepare(store, stop=stop)
    except Exception:  # the server goes on serving what is clustered; the next start tries again
        log.exception("clustering at start failed")


def wait_for_clustering(app: FastAPI, timeout: float | None = None) -> bool:
    """Wait for the clustering begun at start (a store fresh from ingest holds mentions, no clustered events yet):
    what tests and benchmarks do before they read analyses. Whether it has ended."""
    thread = getattr(app.state, "clustering", None)
    if thread is not None:
        thread.join(timeout)
    return thread is None or not thread.is_alive()


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app; opens the store now (so a bad --db fails at start, not on the first request)."""
    settings = settings or Settings()
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.stop_clustering.set()
        if app.state.clustering is not None:
            app.state.clustering.join()  # at most one batch: then the store can close under it
        app.state.store.close()

    app = FastAPI(title="realpolitik", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who does what to whom among states: documents, events, relations, analyses.")
    app.state.settings = settings
    app.state.store = open_store(settings.db)
    app.state.stop_clustering = threading.Event()
    app.state.clustering = None
    if settings.cluster_on_start:  # in the background: a store of a million unclustered mentions takes minutes
        app.state.clustering = threading.Thread(target=_cluster, args=(app.state.store, app.state.stop_clustering),
                                                name="cluster-on-start", daemon=True)
        app.state.clustering.start()
    if settings.token is not None:  # ingest enabled: load the stages' data now, not inside a document's budget
        app.state.stages_loaded = threading.Thread(target=_load_stages, name="load-stages", daemon=True)
        app.state.stages_loaded.start()
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(RealpolitikError, _realpolitik_error)  # type: ignore[arg-type]
    app.add_middleware(ResponseCache, version=app.state.store.version)  # type: ignore[arg-type]
    app.add_middleware(RequestLimits, max_body=MAX_BODY_BYTES)  # type: ignore[arg-type]  # outermost
    for router in (routes_records.router, routes_analysis.router, routes_views.router, routes_ingest.router,
                   pages.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)

    return app
