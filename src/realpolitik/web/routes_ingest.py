"""POST /api/documents: ingest a pasted text or a URL, only with the token the user set.

Without a configured token the endpoint answers 403 (the server is read-only);
a missing or wrong token gets 401. Tokens are compared in constant time.
A URL is fetched by the same guarded fetcher as the CLI's (no private or
loopback addresses unless the server allows them, checked on every redirect),
and the document is extracted within its budget of size and time.
"""

from __future__ import annotations

import hmac
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, HttpUrl, model_validator

from realpolitik.analysis import views
from realpolitik.ingest.decode import drop_nul
from realpolitik.ingest.rejected import Rejected
from realpolitik.language.detect import Language
from realpolitik.store.store import Store
from realpolitik.web.deps import get_settings, get_store
from realpolitik.web.params import bad_request
from realpolitik.web.settings import MAX_TEXT_BYTES, Settings

router = APIRouter(prefix="/api", tags=["ingest"])
FETCH_TIMEOUT_S = 5  # per connect/read step; the whole answer within twice that


class NewDocument(BaseModel):
    """A text to ingest, or a URL to fetch; `published` dates a text that has no date line."""

    text: str | None = Field(None, max_length=MAX_TEXT_BYTES)
    url: HttpUrl | None = None
    title: str = Field("", max_length=500)
    published: date | None = None
    lang: Language | None = Field(None, description="Force the language.")

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


def _fetch(url: str, settings: Settings):  # type: ignore[no-untyped-def]
    """The page at `url` as a Document, through the guarded fetcher; 400 for a fetch it refused or failed."""
    from realpolitik.ingest.fetch import Fetcher, FetchPolicy
    from realpolitik.ingest.readers import read_page
    from realpolitik.ingest.warc import WarcPage

    policy = settings.fetch_policy or FetchPolicy(timeout=FETCH_TIMEOUT_S, retries=0, per_host_interval=0.0,
                                                  max_bytes=MAX_TEXT_BYTES, allow_private=settings.allow_private)
    with Fetcher(policy) as fetcher:
        answer = fetcher.fetch(url, accept="text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8")
    if isinstance(answer, Rejected):
        raise bad_request(f"cannot fetch {url}: {answer.reason} ({answer.detail})", 400)
    return read_page(WarcPage(uri=answer.url, fetched=None, body=answer.body, charset=answer.charset), None, None)


def _document(body: NewDocument, settings: Settings):  # type: ignore[no-untyped-def]
    from realpolitik.ingest.html import looks_like_html, read_html
    from realpolitik.ingest.readers import read_text

    url = str(body.url) if body.url else None
    if body.text and body.text.strip():
        raw = body.text
        origin = url or "api"
        doc = read_html(raw, origin, body.published, body.lang) if looks_like_html(raw) else \
            read_text(raw, origin, body.published, body.lang)
    else:
        doc = _fetch(url or "", settings)
    if not hasattr(doc, "content_hash"):  # Rejected
        raise bad_request(f"the input was not accepted: {doc.reason} ({doc.detail})", 422)
    if body.published and not doc.published:
        doc.published = body.published
    if body.lang:
        doc.lang = body.lang
    if url:
        doc.url = url
    if body.title:
        doc.title = drop_nul(body.title)
    return doc


def stages_loaded(request: Request) -> None:
    """Wait until the stages' data (rules, dictionaries, lemma tables) has loaded: once, after the server starts."""
    loading = getattr(request.app.state, "stages_loaded", None)
    if loading is not None:
        loading.join()


@router.post("/documents", status_code=201, dependencies=[Depends(require_token), Depends(stages_loaded)],
             summary="Ingest a text or URL (needs the token); returns what was extracted")
def ingest_document(body: NewDocument, store: Annotated[Store, Depends(get_store)],
                    settings: Annotated[Settings, Depends(get_settings)]) -> JSONResponse:
    from realpolitik.budget import Budget, spending
    from realpolitik.pipeline import extract_within

    budget = Budget(seconds=settings.doc_seconds)
    with spending(budget):  # one deadline for reading the page and extracting it: the thread is held no longer
        doc = _document(body, settings)
        duplicate = store.find_duplicate(doc)
        extraction = extract_within(doc, budget) if duplicate is None else None
    if isinstance(extraction, Rejected):  # over the budget: the server thread is free again
        raise bad_request(f"the input was not accepted: {extraction.reason} ({extraction.detail})", 422)
    result = store.save(extraction) if extraction is not None else None
    if result is None or not result.stored:
        return JSONResponse({"stored": False, "duplicate_of": duplicate or (result and result.duplicate_of),
                             "doc_id": duplicate or (result and result.duplicate_of)}, status_code=200)
    views.prepare(store, doc_ids=[doc.id])
    return JSONResponse(status_code=201, content={
        "stored": True, "doc_id": doc.id, "lang": doc.lang, "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "events": [e.to_json() for e in extraction.events],
        "relations": [r.to_json() for r in extraction.relations],
    })
