"""Stable document ids shared by the readers: one id per origin (or URL) and content."""

from __future__ import annotations

import hashlib


def document_id(where: str, content_hash: str) -> str:
    """ "doc-" + 12 hex digits of sha256(origin or URL + content hash).

    The same file read twice gets the same id; an edited file gets a new one.
    """
    digest = hashlib.sha256(f"{where}\n{content_hash}".encode()).hexdigest()
    return "doc-" + digest[:12]
