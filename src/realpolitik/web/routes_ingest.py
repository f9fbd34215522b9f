"""POST /api/documents: ingest a pasted text or a URL, only with the token the user set.

Without a configured token the endpoint answers 403 (the server is read-only);
a missing or wrong token gets 401. Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac
import urllib.request
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, HttpUrl, model_validator

from realpolitik.store.store import Store
from realpolitik.web import analysis_bridge
from realpolitik.web.deps import get_settings, get_store
from realpolitik.web.params import bad_request
from realpolitik.web.settings import MAX_TEXT_BYTES, Settings

router = APIRouter(prefix="/api", tags=["ingest"])
FETCH_TIMEOUT_S = 15


class NewDocument(BaseModel):
    """A text to ingest, or a URL to fetch; `published` dates a text that has no date line."""

    text: str | None = Field(None, max_length=MAX_TEXT_BYTES)
    url: HttpUrl | None = None
    title: str = Field("", max_length=500)
    published: date | None = None
    lang: str | None = Field(None, pattern="^[a-z]{2}$")

    @model_validator(mode="after")
    def one_source(self) -> NewDocument:
        if not (self.text and self.text.strip()) and self.url is None:
            raise ValueError("send a non-empty 'text' or a 'url'")
        return self


def require_token(settings: Annotated[Settings, Depends(get_settings)],
                  authorization: Annotated[str | None, Header()] = None) -> None:
    """403 when ingesting is off (no token configured), 401 when the bearer token is missing or wrong."""
    if settings.token is None:
        raise bad_request("ingesting is disabled on this server; start it with REALPOLITIK_TOKEN set", 403)
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise bad_request("missing or wrong token; send the header 'Authorization: Bearer <token>'", 401)


def _fetch(url: str) -> str:
    request = urllib.request.Request(url, headers={"User-Agent": "realpolitik"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:  # noqa: S310 (http/https only)
            data = response.read(MAX_TEXT_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
    except OSError as exc:
        raise bad_request(f"cannot fetch {url}: {exc}", 400) from None
    if len(data) > MAX_TEXT_BYTES:
        raise bad_request(f"{url} is larger than {MAX_TEXT_BYTES} bytes", 400)
    return data.decode(charset, errors="replace")


def _document(body: NewDocument):  # type: ignore[no-untyped-def]
    from realpolitik.ingest.html import looks_like_html, read_html
    from realpolitik.ingest.readers import read_text

    url = str(body.url) if body.url else None
    raw = body.text if body.text and body.text.strip() else _fetch(url or "")
    origin = url or "api"
    doc = read_html(raw, origin, body.published, body.lang) if looks_like_html(raw) else \
        read_text(raw, origin, body.published, body.lang)
    if not hasattr(doc, "content_hash"):  # Rejected
        raise bad_request(f"the input was not accepted: {doc.reason} ({doc.detail})", 422)
    if url:
        doc.url = url
    if body.title:
        doc.title = body.title
    return doc


@router.post("/documents", status_code=201, dependencies=[Depends(require_token)],
             summary="Ingest a text or URL (needs the token); returns what was extracted")
def ingest_document(body: NewDocument, store: Annotated[Store, Depends(get_store)]) -> JSONResponse:
    from realpolitik.pipeline import extract_document

    doc = _document(body)
    duplicate = store.find_duplicate(doc)
    extraction = extract_document(doc) if duplicate is None else None
    result = store.save(extraction) if extraction is not None else None
    if result is None or not result.stored:
        return JSONResponse({"stored": False, "duplicate_of": duplicate or (result and result.duplicate_of),
                             "doc_id": duplicate or (result and result.duplicate_of)}, status_code=200)
    analysis_bridge.prepare(store)
    return JSONResponse(status_code=201, content={
        "stored": True, "doc_id": doc.id, "lang": doc.lang, "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "events": [e.to_json() for e in extraction.events],
        "relations": [r.to_json() for r in extraction.relations],
    })
