"""Engines: how an ingest is run, apart from what it does.

Every engine runs the same unit of work (`work.process_job`: read a job into
documents, skip what the store has, extract the rest) and hands the outcomes
on in input order; `run.run_items` is the sink that writes them to a store.

    base.py     the interface: Settings in, (item, outcomes) out (`Engine`)
    work.py     the unit of work every engine runs, one job at a time
    local.py    this machine: in the calling process or a forked process pool
    writer.py   the one writer: outcomes into the store in input order, in batches
    run.py      a local ingest run: inputs → engine → writer
    ray.py      Ray: shards of the inputs → a pool of actors → Parquet or PostgreSQL
    shards.py   inputs cut into deterministic shards (retried, resumed)
    dataset.py  the Parquet extraction dataset (schema, atomic writes, reading back in order)
    staging.py  PostgreSQL staging: shards COPYed by many writers, merged in order
    load.py     a dataset into any store, with the global steps (`realpolitik load`)

The pipeline stages (ingest, language, actors, events, relations) know
nothing of engines: nothing below this package imports it.
"""

from realpolitik.engines.base import Engine, Outcome, Settings
from realpolitik.engines.local import LocalEngine, default_workers
from realpolitik.engines.run import ingest_paths, run_items

__all__ = ["Engine", "LocalEngine", "Outcome", "Settings", "default_workers", "ingest_paths", "run_items"]
