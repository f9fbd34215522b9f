"""Engines: how an ingest is run, apart from what it does.

Every engine runs the same unit of work (`work.process_job`: read a job into
documents, skip what the store has, extract the rest) and hands the outcomes
on in input order; `run.run_items` is the sink that writes them to a store.

    base.py   the interface: Settings in, (item, outcomes) out (`Engine`)
    work.py   the unit of work every engine runs, one job at a time
    local.py  this machine: in the calling process or a forked process pool
    run.py    an ingest run: inputs → engine → one writer into the store

The pipeline stages (ingest, language, actors, events, relations) know
nothing of engines: nothing below this package imports it.
"""

from realpolitik.engines.base import Engine, Outcome, Settings
from realpolitik.engines.local import LocalEngine, default_workers
from realpolitik.engines.run import ingest_paths, run_items

__all__ = ["Engine", "LocalEngine", "Outcome", "Settings", "default_workers", "ingest_paths", "run_items"]
