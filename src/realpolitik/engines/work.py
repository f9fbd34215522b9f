"""The unit of work every engine runs: one job → its documents, each skipped or extracted.

The store is only read here (is the document stored already, or a
near-duplicate of a stored one?), so the costly extraction is spent on new
documents only; the writer checks again when it saves.
"""

from __future__ import annotations

import logging
from pathlib import Path

from realpolitik.engines.base import Outcome, Settings
from realpolitik.ingest import neardup
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.readers import read_bytes, read_file, read_page
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.warc import WarcPage
from realpolitik.model import Document, Extraction

log = logging.getLogger(__name__)


def read_job(job: Job, settings: Settings) -> list[Document | Rejected]:
    """The documents of one job (decode, sniff, trafilatura)."""
    if job.path is not None:
        return list(read_file(Path(job.path), settings.published, settings.lang, max_bytes=settings.max_bytes))
    data = job.data or b""
    if job.suffix == ".html":
        page = WarcPage(uri=job.url or job.origin, fetched=job.published, body=data, charset=job.charset)
        return [read_page(page, settings.published, settings.lang)]
    return list(read_bytes(data, job.origin, job.suffix, settings.published, settings.lang))


def process_job(job: Job, settings: Settings, store) -> list[Outcome]:  # type: ignore[no-untyped-def]
    """Read a job and extract each new document; `store` is only read."""
    from realpolitik.pipeline import extract_within

    outcomes = []
    for item in read_job(job, settings):
        if isinstance(item, Rejected):
            outcomes.append(Outcome(item))
            continue
        duplicate = store.find_duplicate(item)
        if duplicate is not None:
            outcomes.append(Outcome(item, duplicate_of=duplicate))
            continue
        bands = neardup.band_keys(item.text) if settings.near_duplicates else []
        found = neardup.find_original(store, item.text, bands)
        if found is not None:
            outcomes.append(Outcome(item, bands=bands, original=found[0]))
            continue
        try:
            full = extract_within(item, settings.budget, settings.dictionary)  # type: ignore[arg-type]
        except Exception as exc:  # one bad document must not stop the run
            log.exception("extraction failed on %s", item.origin)
            outcomes.append(Outcome(Rejected(item.origin or item.id, "failed", f"extraction failed: {exc!r}")))
            continue
        if isinstance(full, Rejected):  # over its budget of size or time
            outcomes.append(Outcome(full))
            continue
        # Sentences and actor mentions are not stored: do not ship them back to the writer.
        slim = Extraction(item, [], [], full.events, full.relations)
        outcomes.append(Outcome(item, extraction=slim, bands=bands))
    return outcomes
