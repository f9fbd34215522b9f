"""The web page's addresses: every view has its own URL (/map, /country/VEN, ...) so that a view can be
bookmarked and shared; all of them serve the same static page, which reads its state from the URL.

The page is sent with a Content-Security-Policy that allows scripts from this server only: no inline
script and no `javascript:` URL runs, whatever text a stored article smuggles into the page.
"""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC = resources.files("realpolitik.web") / "static"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
VIEWS = ("/", "/map", "/network", "/country", "/country/{code}", "/dyad", "/dyad/{a}/{b}", "/events", "/ingest")

router = APIRouter(include_in_schema=False)


def page() -> FileResponse:
    """index.html; the view and its state come from the path and query string, read by the page."""
    return FileResponse(str(STATIC / "index.html"), media_type="text/html",
                        headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                                 "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"})


for _path in VIEWS:
    router.add_api_route(_path, page, methods=["GET"])
