"""The Ray engine: the same unit of work on Ray, on this machine's cores or on a cluster.

The driver cuts the inputs into shards (`engines.shards`: byte ranges of big
WARC files, found by reading each once in a Ray task, and runs of small
files); a pool of Ray actors, one a CPU, each of which loaded the
dictionaries, rules and lemma tables once (`work.warm_up`), takes the shards
one at a time as it gets free and runs `work.process_job` on every job of
its shard. A shard's results go, whole, to one of two sinks:

- a Parquet dataset (`out`, see `engines.dataset`), written atomically per
  shard; after the last shard the driver decides duplicates and
  near-duplicates in one pass in input order (`resolve.resolve`);
- PostgreSQL (`db`): each actor COPYs its shard into a staging table (many
  writers at once); then the staged rows are merged into the store in input
  order by the local writer (`load.load_results`) and the staging rows dropped.

Ray core (actors and an ActorPool), not Ray Data: a shard is already the unit
of work and its rows go straight to the sink, so Ray Data would only schedule
a list of shards — at a cost measured on a 2-core machine of ~0.45 of a core
for its executor loop and helper actors, against ~0.15 for Ray core; on a
small machine that is CPU taken from the workers.

A failed shard is tried again (an actor that dies is restarted, its shard
resubmitted); a document that fails is a rejection, as everywhere; a killed
run started again skips the shards it finished. Ray is an optional
dependency: `pip install 'realpolitik[ray]'`.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from pathlib import Path

from realpolitik.engines.base import Outcome, Settings
from realpolitik.engines.dataset import PLAN, TABLES, finished_shards, outcome_rows, write_atomic, write_shard
from realpolitik.engines.phases import Phases
from realpolitik.engines.shards import Point, Shard, expand_inputs, plan_shards, shard_jobs, split_points, to_split
from realpolitik.engines.work import process_job, warm_up
from realpolitik.errors import InputError
from realpolitik.ingest.rejected import Rejected

log = logging.getLogger(__name__)

INSTALL = "the Ray engine needs Ray: pip install 'realpolitik[ray]'"
#: Ray's shared object store on a machine Ray starts itself: small, results go to disk or the database.
OBJECT_STORE_BYTES = 256 * 1024 * 1024
#: Up to this many bytes of WARC files to cut, the driver reads them itself (~1 s for 10 MB): a Ray task
#: would first start a worker process. Above, one task a file, in parallel.
SPLIT_HERE_BYTES = 64 * 1024 * 1024


def require_ray():  # type: ignore[no-untyped-def]
    """The ray module, or InputError naming the extra to install."""
    try:
        import ray
    except ImportError:
        raise InputError(INSTALL) from None
    return ray


class _NoStore:
    """Workers of a distributed run cannot ask a store: duplicates are decided after the run."""

    def find_duplicate(self, _document: object) -> None:
        return None

    def near_candidates(self, _bands: object, limit: int = 5, min_shared: int = 2) -> list:
        return []


def extract_shard(shard: Shard, settings: Settings) -> tuple[dict[str, list[dict]], dict]:
    """The rows of every table for one shard, and its counts."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    counts: Counter = Counter()
    store = _NoStore()
    for file_no, rec_no, job in shard_jobs(shard, settings.max_bytes):
        outcomes = [Outcome(job)] if isinstance(job, Rejected) else process_job(job, settings, store)
        outcome_rows(file_no, rec_no, outcomes, rows)
        counts["jobs"] += 1
    counts.update({t: len(r) for t, r in rows.items()})
    return rows, dict(counts)


class ShardExtractor:
    """A Ray actor: loads the stages once, then extracts whole shards and writes each to the sink."""

    def __init__(self, settings: Settings, actor_files: Sequence[str], out: str | None, db: str | None,
                 run_key: str, created: float | None = None) -> None:
        started = time.perf_counter()
        # From the driver's call to this line: Ray placing the actor, a worker process, the imports.
        self.start_s = None if created is None else max(0.0, time.time() - created)
        from realpolitik.actors import load_dictionary

        self.settings = dataclasses.replace(settings, dictionary=load_dictionary(tuple(actor_files)))
        self.out = Path(out) if out else None
        self.db = db
        self.run_key = run_key
        warm_up(self.settings)
        self.warm_up_s: float | None = time.perf_counter() - started  # reported with the first shard

    def extract(self, shard: Shard) -> tuple[str, dict, dict]:
        """Extract one shard and write it to the sink; (its name, its counts, seconds by phase)."""
        started = time.perf_counter()
        rows, counts = extract_shard(shard, self.settings)
        extracted = time.perf_counter()
        if self.out is not None:
            write_shard(self.out, shard.name, rows, counts)
        else:
            from realpolitik.engines.staging import copy_shard

            copy_shard(self.db, self.run_key, shard.name, rows, counts)
        seconds = {"extract": extracted - started, "write": time.perf_counter() - extracted}
        if self.warm_up_s is not None:
            seconds["warm_up"], self.warm_up_s = self.warm_up_s, None
            if self.start_s is not None:
                seconds["actor_start"] = self.start_s
        return shard.name, counts, seconds


def ingest_ray(inputs: Sequence[str], *, out: str | Path | None = None, db: str | None = None,
               address: str | None = None, num_cpus: int | None = None, settings: Settings | None = None,
               actor_files: Sequence[str] = (), progress: bool = False,
               min_confidence: float | None = None) -> dict:
    """Run an ingest on Ray into a Parquet dataset (`out`) or PostgreSQL (`db`); the run summary.

    `address` joins a running cluster ("auto", "ray://host:10001", or
    $RAY_ADDRESS); without it Ray starts on this machine with `num_cpus`
    (default: all cores) and is shut down at the end.
    """
    started = time.perf_counter()
    phases = Phases()
    if (out is None) == (db is None):
        raise InputError("give --out DIR (a Parquet dataset) or --db postgresql://… (not both)")
    if db is not None and not db.startswith(("postgresql", "postgres:")):
        raise InputError("a Ray run writes to PostgreSQL or to Parquet (--out DIR); SQLite has one writer: "
                         "write Parquet, then `realpolitik load DIR --db …`")
    ray = require_ray()
    settings = settings or Settings(db_url=None)
    files, rejected = expand_inputs(inputs)
    started_ray = _start(ray, address, num_cpus)
    try:
        parallelism = max(1, int(ray.cluster_resources().get("CPU", 1)))
        run_key = _run_key(files)
        shards = _saved_plan(out, db, run_key)
        if shards is None:  # a first run: cut the inputs, and keep the cut for a resumed run
            shards = plan_shards(files, parallelism, remote_split_points(ray, files, parallelism, settings.max_bytes))
            _save_plan(out, db, run_key, shards)
        done = _finished(out, db, run_key)
        todo = [sh for sh in shards if sh.name not in done]
        log.info("%d input files, %d shards, %d finished before, %d CPUs", len(files), len(shards),
                 len(shards) - len(todo), parallelism)
        phases.lap("plan")
        if todo:
            _run_shards(ray, todo, settings, actor_files, out, db, run_key, parallelism, progress, phases)
    finally:
        if started_ray:
            ray.shutdown()
    phases.lap("stop")
    summary = _finish(out, db, run_key, rejected, min_confidence)
    phases.lap("finish")
    summary["seconds"] = round(time.perf_counter() - started, 3)
    summary["phases"] = phases.report()
    log.info("Ray run: %.1f s; by phase: %s", summary["seconds"], summary["phases"])
    return summary


def _start(ray, address: str | None, num_cpus: int | None) -> bool:  # type: ignore[no-untyped-def]
    """Connect to Ray (or start it here); True when this call started it (and must shut it down)."""
    if ray.is_initialized():
        return False
    address = address or os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        start_local(num_cpus)
    return True


def start_local(num_cpus: int | None = None, tries: int = 3) -> None:
    """Start Ray on this machine; tried again when its start times out (Ray waits 30 s, a busy machine takes more)."""
    ray = require_ray()
    for attempt in range(1, tries + 1):
        try:
            ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False,
                     object_store_memory=OBJECT_STORE_BYTES)
            return
        except Exception as exc:  # Ray raises a bare Exception when its processes start too slowly
            ray.shutdown()
            if attempt == tries or "timed out" not in str(exc):
                raise
            log.warning("Ray did not start in time (%s); trying again", exc)


def remote_split_points(ray, files: Sequence[Path | str], parallelism: int,  # type: ignore[no-untyped-def]
                  max_bytes: int) -> dict[int, list[Point]]:
    """Where the big WARC files are cut, each file read once in a Ray task (in parallel on a cluster)."""
    every, big = to_split(files, parallelism)
    if sum(big.values()) <= SPLIT_HERE_BYTES:
        return {}  # plan_shards reads them here
    task = ray.remote(num_cpus=1, max_retries=3)(split_points)
    found = {n: task.remote(files[n], every, max_bytes) for n in big}
    return {n: ray.get(ref) for n, ref in found.items()}


def _run_shards(ray, shards: list[Shard], settings: Settings, actor_files: Sequence[str],  # type: ignore[no-untyped-def]
                out: str | Path | None, db: str | None, run_key: str, parallelism: int, progress: bool,
                phases: Phases) -> None:
    from ray.util import ActorPool

    from realpolitik.progress import bar

    extractor = ray.remote(ShardExtractor).options(
        num_cpus=1,
        max_restarts=3,  # an actor that dies (out of memory, a lost node) is started again
        max_task_retries=3,  # and its shard is tried again
    )
    actors = [extractor.remote(dataclasses.replace(settings, dictionary=None), list(actor_files),
                               str(out) if out else None, db, run_key, time.time())
              for _ in range(min(parallelism, len(shards)))]
    done: list[float] = []  # when each shard came back
    try:
        with bar("Ray: shards", len(shards), "shards", enabled=progress) as shown:
            for name, counts, seconds in ActorPool(actors).map_unordered(lambda actor, sh: actor.extract.remote(sh),
                                                                          shards):
                done.append(time.perf_counter())
                phases.add_shard(seconds)
                log.info("shard %s done: %s in %s", name, counts, {k: round(v, 2) for k, v in seconds.items()})
                shown.advance()
        phases.shards_done(done, len(actors))
    finally:
        for actor in actors:
            ray.kill(actor)


def _run_key(files: Sequence[Path]) -> str:
    import hashlib

    return hashlib.blake2b("\0".join(str(p) for p in files).encode(), digest_size=8).hexdigest()


def _saved_plan(out: str | Path | None, db: str | None, run_key: str) -> list[Shard] | None:
    """The shards of an earlier run on the same inputs: a resumed run keeps them whatever its CPUs (shards cut
    otherwise would overlap the finished ones, and their rows would be written twice)."""
    if out is not None:
        path = Path(out) / PLAN
        saved = json.loads(path.read_text()) if path.is_file() else {}
        found = saved.get("shards") if saved.get("run_key") == run_key else None
    else:
        from realpolitik.engines.staging import saved_plan

        found = saved_plan(db, run_key)
    return None if found is None else [Shard(**shard) for shard in found]


def _save_plan(out: str | Path | None, db: str | None, run_key: str, shards: list[Shard]) -> None:
    found = [dataclasses.asdict(shard) for shard in shards]
    if out is not None:
        Path(out).mkdir(parents=True, exist_ok=True)
        write_atomic(Path(out) / PLAN, lambda tmp: Path(tmp).write_text(json.dumps({"run_key": run_key,
                                                                                   "shards": found})))
    else:
        from realpolitik.engines.staging import save_plan

        save_plan(db, run_key, found)


def _finished(out: str | Path | None, db: str | None, run_key: str) -> set[str]:
    if out is not None:
        return set(finished_shards(Path(out)))
    from realpolitik.engines.staging import finished

    return finished(db, run_key)


def _finish(out: str | Path | None, db: str | None, run_key: str, rejected: list[Rejected],
            min_confidence: float | None) -> dict:
    """The global steps after the last shard, and the run summary (the keys of a local run's)."""
    from realpolitik.engines.load import load_results
    from realpolitik.engines.resolve import resolve

    refused = [Outcome(r) for r in rejected]  # inputs that are not there
    if out is not None:
        from realpolitik.engines.dataset import write_duplicates

        if refused:
            rows: dict[str, list[dict]] = {t: [] for t in TABLES}
            outcome_rows(-1, 0, refused, rows)
            write_shard(Path(out), "inputs", rows, {"rejections": len(refused)})
        summary, duplicates = resolve(Path(out), min_confidence)
        write_duplicates(Path(out), duplicates)
    else:
        from realpolitik.engines.staging import drop_run, iter_staged

        summary = load_results(chain([(None, refused)], iter_staged(db, run_key)), db, min_confidence=min_confidence)
        drop_run(db, run_key)
    summary.pop("seconds", None)
    return summary
