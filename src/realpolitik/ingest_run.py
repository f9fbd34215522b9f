"""An ingest run: read inputs, extract, store, and account for every input.

Each document is saved in its own transaction, so a crash leaves whole
documents only; a re-run skips what is stored. Rejected inputs are recorded
with their reason and the run goes on.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from realpolitik.actors import ActorDictionary
from realpolitik.ingest import Rejected, read_inputs
from realpolitik.pipeline import extract_document
from realpolitik.store import open_store

log = logging.getLogger(__name__)


def ingest_paths(paths: Sequence[str], db: str | None = None, published: date | None = None,
                 lang: str | None = None, dictionary: ActorDictionary | None = None,
                 progress: bool = False) -> dict:
    """Ingest files into the store; returns the run summary (read, stored, duplicates, rejected ...)."""
    started = time.perf_counter()
    summary: dict = {"read": 0, "stored": 0, "duplicates": 0, "rejected": Counter(), "events": 0, "relations": 0}
    with open_store(db) as store, Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                           TimeElapsedColumn(), console=Console(stderr=True),
                                           transient=True, disable=not progress) as bar:
        task = bar.add_task("ingesting", total=None)
        run_id = store.start_run()
        for item in read_inputs(paths, published, lang):
            summary["read"] += 1
            bar.update(task, description=f"ingesting ({summary['read']} read)")
            if isinstance(item, Rejected):
                summary["rejected"][item.reason] += 1
                store.record_rejection(item)
                log.warning("rejected %s: %s (%s)", item.origin, item.reason, item.detail)
                continue
            if store.find_duplicate(item) is not None:
                summary["duplicates"] += 1
                continue
            result = store.save(extract_document(item, dictionary))
            if result.stored:
                summary["stored"] += 1
                summary["events"] += result.events
                summary["relations"] += result.relations
            else:
                summary["duplicates"] += 1
        summary["rejected"] = dict(summary["rejected"])
        summary["seconds"] = round(time.perf_counter() - started, 3)
        store.finish_run(summary, run_id)
    return summary
