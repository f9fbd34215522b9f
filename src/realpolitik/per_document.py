"""Tables of remembered answers that live for one document's extraction, per thread.

Why: the event coder and the relation reader ask the same questions of every
sentence (its dates, its token forms), the relation reader after the coder has
read them all. A cache of the last few hundred answers served a short document
and missed in a long one (a 5,000-sentence document paid twice per sentence),
and a cache kept across documents answered one document from another's
sentences. Inside `per_document()` each table keeps every answer until the
document's extraction ends; outside it `document_table` gives None and the
caller keeps its own bounded cache.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_local = threading.local()


@contextmanager
def per_document() -> Iterator[None]:
    """Remember answers for the body (one document, this thread); an inner document has its own tables."""
    previous = getattr(_local, "tables", None)
    _local.tables = {}
    try:
        yield
    finally:
        _local.tables = previous


def document_table(name: str) -> dict | None:
    """The current document's table `name`, made on first use; None outside `per_document()`."""
    tables = getattr(_local, "tables", None)
    if tables is None:
        return None
    table = tables.get(name)
    if table is None:
        table = tables[name] = {}
    return table
