"""The unit of work every engine runs: one job → its documents, each skipped or extracted.

The store is only read here (is the document stored already, or a
near-duplicate of a stored one?), so the costly extraction is spent on new
documents only; the writer checks again when it saves.
"""

from __future__ import annotations

import logging
from contextlib import nullcontext
from pathlib import Path

from realpolitik.budget import spending
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
    from realpolitik.pipeline import extract_within, too_long

    outcomes = []
    with spending(settings.budget):  # reading a page (trafilatura) has the document's budget too
        items = read_job(job, settings)
    for item in items:
        if isinstance(item, Rejected):
            outcomes.append(Outcome(item))
            continue
        if len(item.text) > settings.budget.max_chars:  # before hashing and MinHash, which cost time too
            outcomes.append(Outcome(too_long(item, settings.budget)))
            continue
        with _lookups(store) as view:  # both questions on one read connection
            duplicate = view.find_duplicate(item)
            bands = neardup.band_keys(item.text) if settings.near_duplicates and duplicate is None else []
            found = neardup.find_original(view, item.text, bands)
        if duplicate is not None:
            outcomes.append(Outcome(item, duplicate_of=duplicate))
            continue
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


def _opened(store, method: str):  # type: ignore[no-untyped-def]
    """`store.<method>()` where the store has it (a Store), else the store itself (a stand-in without a database,
    or a view a run already opened)."""
    opener = getattr(store, method, None)
    return opener() if opener is not None else nullcontext(store)


def _lookups(store):  # type: ignore[no-untyped-def]
    """`store.lookups()`: one document's two questions on one read connection."""
    return _opened(store, "lookups")


def run_lookups(store):  # type: ignore[no-untyped-def]
    """`store.run_lookups()` (one read connection for a run's documents): what to pass to `process_job` for many
    jobs in a row."""
    return _opened(store, "run_lookups")


#: A page and a sentence per language: running them loads every table the stages use.
_WARM_PAGE = b"<html><head><title>t</title></head><body><article><p>x</p></article></body></html>"
_WARM_TEXT = {
    "de": "Deutschland und Frankreich unterzeichneten am Montag in Berlin ein Abkommen.",
    "en": "Germany and France signed an agreement in Berlin on Monday.",
    "es": "Alemania y Francia firmaron el lunes un acuerdo en Berlín.",
    "fr": "L'Allemagne et la France ont signé lundi un accord à Berlin.",
    "ru": "Германия и Франция подписали в понедельник соглашение в Берлине.",
}


#: (dictionary, language) pairs warmed up in this process: the tables stay loaded, a second run need not
#: extract the sample sentences again (tens of ms before every pool a process starts).
_WARM: list[tuple[object, str]] = []


def warm_up(settings: Settings) -> None:
    """Load what the stages load on first use (HTML extraction, language id, rules, lemma tables).

    Run once in a parent before forking workers, so they share one copy
    instead of each loading its own (seconds and hundreds of MB per worker).
    """
    from realpolitik.language import SUPPORTED_LANGUAGES, detect_language
    from realpolitik.pipeline import extract_document

    langs = [settings.lang] if settings.lang else sorted(SUPPORTED_LANGUAGES)
    todo = [lang for lang in langs if not any(d is settings.dictionary and w == lang for d, w in _WARM)]
    if not todo:
        return
    read_page(WarcPage(uri="https://warm.up/", fetched=None, body=_WARM_PAGE, charset="utf-8"), None, None)
    detect_language(_WARM_TEXT["en"])
    for lang in todo:
        text = _WARM_TEXT.get(lang, _WARM_TEXT["en"])
        extract_document(Document(id=f"warm-up-{lang}", text=text, lang=lang), settings.dictionary)  # type: ignore[arg-type]
        _WARM.append((settings.dictionary, lang))
