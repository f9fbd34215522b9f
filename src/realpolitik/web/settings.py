"""Server settings: the store URL, the ingest token and the bounds every query stays within."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TOKEN_ENV = "REALPOLITIK_TOKEN"
MAX_LIMIT = 1000  # rows per page
MAX_OFFSET = 100_000  # deeper paging scans too much; narrow the filters instead
MAX_SPAN_DAYS = 366 * 30  # widest date range of a timeline or network window
MAX_TEXT_BYTES = 2_000_000  # largest text accepted by POST /api/documents
MAX_BODY_BYTES = 4 * MAX_TEXT_BYTES  # largest request body (JSON may escape a character as \uXXXX); 413 above


@dataclass(frozen=True)
class Settings:
    """What a running server needs; `token` None means the API is read-only."""

    db: str | None = None
    token: str | None = None
    cluster_on_start: bool = True  # run the analysis area's incremental clustering when the app starts
    doc_seconds: float = 20.0  # extraction budget of one posted document: the longest a request thread is held
    allow_private: bool = False  # let POST /api/documents fetch URLs on private and loopback addresses
    fetch_policy: object = None  # a FetchPolicy replacing the server's own (tests, embedding applications)


def load_token(token_file: Path | None = None) -> str | None:
    """The ingest token: $REALPOLITIK_TOKEN, else the first line of `token_file`; blank means none."""
    value = os.environ.get(TOKEN_ENV, "")
    if not value.strip() and token_file is not None:
        value = token_file.read_text(encoding="utf-8").splitlines()[0] if token_file.stat().st_size else ""
    return value.strip() or None
