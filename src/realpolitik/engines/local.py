"""The local engine: the unit of work in the calling process, or in a pool of forked processes.

SQLite has one writer at a time, and one writer keeps the duplicate checks
simple, so workers only read from the store: each checks whether a document
is already stored (or a near-duplicate of a stored one) before spending time
on extraction. The writer saves results in input order and checks again,
which settles races between documents in flight at the same time.

Workers are forked (on Linux), so the actor dictionary loaded in the parent
is shared without pickling. With `workers=1` everything runs in the parent.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import TypeVar

from realpolitik.engines.base import Outcome, Settings
from realpolitik.engines.work import process_job, run_lookups, warm_up
from realpolitik.errors import RealpolitikError
from realpolitik.frozen import freeze_for_good
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.rejected import Rejected

log = logging.getLogger(__name__)
_Answer = TypeVar("_Answer")  # what a future of the pool answers: one job's outcomes, or a chunk's

_SETTINGS: Settings | None = None
_STORE = None  # the worker's read-only view of the store, opened on first use
_VIEW: tuple | None = None  # (its `run_lookups` context, the view it gave): one read connection for the worker's life
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
#: Jobs in flight per worker. The writer (this process) takes results in input order and commits a batch
#: (writer.BATCH documents) at a time; while it commits it takes no result and submits no job, so each
#: worker needs that much queued work to stay busy. With 4 a worker idled for most of every commit (--workers 2 ran
#: at 1.68x of --workers 1 on 2 cores); a job's data and result are a few KB to a few hundred KB.
IN_FLIGHT = 32
#: Jobs of local files sent to a worker together, in one task: every task costs the parent a future, a
#: queue entry, a pickled call and result and wake-ups of its pool threads, and the worker a gap between
#: tasks. Measured over 1,000 bench pages with --workers 2: with 4 a task, the parent's pool
#: thread alone spent 0.21 s of CPU and each worker sat 0.13-0.15 s between its tasks, some 5 % of the work;
#: with 16, the parent's CPU fell by a tenth. Only jobs of files go in chunks: the folder's listing yields
#: them at once, where a fetched page must not wait for the next pages to be fetched before its work starts.
CHUNK = 16
#: Seconds a run stopped by SIGTERM has to end cleanly (the batch in its commit committed, the run closed, the
#: workers ended) before the watchdog ends the workers and the process at once: a stop is certain either way,
#: and what was committed stays (SQLite's journal undoes a transaction cut short).
STOP_GRACE = 10.0
#: How often the parent, waiting for a worker's answer, looks whether SIGTERM came.
STOP_POLL = 0.25
#: How long an aborted pool's manager thread may take to notice its workers are gone.
END_WAIT = 5.0
#: How long a dead worker may go unnoticed by its pool before the parent ends the pool (`_end_pool_if_stuck`).
DEAD_GRACE = 1.0
#: How many pools may break while they start (a worker killed before it answered its first task) before the
#: run gives up: one such death is the out-of-memory killer or an operator; every start failing is a machine
#: that cannot fork workers at all.
POOL_STARTS = 3


def _init_worker(parent: int) -> None:
    global _STORE, _VIEW
    _STORE = _VIEW = None  # never use a connection inherited from the parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """A worker never outlives its parent (kill -9, SIGTERM, a crash): the kernel's signal, or a watchdog."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            log.debug("prctl is not available: the watchdog alone ends orphaned workers")
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="realpolitik-parent-watch", daemon=True).start()


def _worker_store():  # type: ignore[no-untyped-def]
    global _STORE
    if _STORE is None and _SETTINGS is not None:
        from realpolitik.store.engine import make_engine, resolve_url
        from realpolitik.store.store import Store

        _STORE = Store(make_engine(resolve_url(_SETTINGS.db_url)))
    return _STORE


def _worker_view():  # type: ignore[no-untyped-def]
    """The worker's questions to the store go through one `run_lookups` view, entered on first use."""
    global _VIEW
    if _VIEW is None:
        opened = run_lookups(_worker_store())
        _VIEW = (opened, opened.__enter__())
    return _VIEW[1]


def _process(job: Job) -> list[Outcome]:
    """The unit of work in a pool worker, with the settings and store view of that worker."""
    assert _SETTINGS is not None, "create a LocalEngine first"
    return process_job(job, _SETTINGS, _worker_view())


def process_chunk(jobs: list[Job]) -> list[list[Outcome] | Exception]:
    """`_process` over a chunk of jobs: a job's error is its own answer, the others' stand."""
    done: list[list[Outcome] | Exception] = []
    for job in jobs:
        try:
            done.append(_process(job))
        except Exception as exc:  # as a future of one job would raise it: the parent records it
            done.append(exc if _picklable(exc) else RuntimeError(repr(exc)))
    return done


def _picklable(exc: Exception) -> bool:
    """Whether an error can go back to the parent: one that cannot would cost the chunk's other answers."""
    try:
        pickle.dumps(exc)
    except Exception:
        return False
    return True


class _Slot:
    """Where a file job's answer will be: the future of the chunk it went in, and its place there."""

    __slots__ = ("future", "place")

    def __init__(self) -> None:
        self.future: Future[list[list[Outcome] | Exception]] | None = None  # None while the job is held
        self.place = 0


def tail_sizes(count: int, workers: int) -> list[int]:
    """How the last `count` file jobs of a run are cut into chunks: each a share of what is left, so the
    chunks shrink to single jobs and no worker is left with a long chunk while the others idle at the end."""
    sizes = []
    while count > 0:
        size = -(-count // (2 * workers))
        sizes.append(size)
        count -= size
    return sizes


class LocalEngine:
    """Runs `process_job` over a stream of jobs, in the parent or a pool, yielding results in input order.

    Before a pool is forked the parent loads everything the stages need
    (dictionaries, rules, lemma tables of every language) and freezes it out
    of the garbage collector's reach, so the workers share those pages
    copy-on-write instead of each loading its own copy. A worker that dies
    (out of memory, killed) costs a new pool, not the run: its jobs are tried
    once more, and a job that kills a worker twice is rejected.
    """

    def __init__(self, settings: Settings, workers: int = 1, store=None, *, once: bool = False) -> None:  # type: ignore[no-untyped-def]
        global _SETTINGS
        _SETTINGS = settings
        self.settings = settings
        self.workers = max(1, workers)
        self.store = store
        self.once = once  # one `map` only (an ingest, not a watch): the workers go once its last answer is in
        self.pool: ProcessPoolExecutor | None = None
        self.waited: float | None = None  # seconds spent waiting for the pool's results (None: no pool)
        self._sigterm: Callable[[int, FrameType | None], object] | int | None = None
        self._stop_signal = 0  # the signal that asked the run to stop (SIGTERM), 0 while none came
        self._stop_asked = threading.Event()  # wakes the watchdog: a stop came, or the engine closed
        self._dead_since: float | None = None  # when the parent first saw a worker dead that its pool had not
        self._leaving: tuple[list, threading.Thread | None] | None = None  # workers let go, the thread that joins them
        if self.workers > 1:
            warm_up(settings)
            freeze_for_good()  # the loaded data stays shared: the collector never writes to its pages
            self.pool = self._new_pool()
            self.waited = 0.0
            self._stop_on_sigterm()

    def _new_pool(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        if "fork" not in methods:
            log.warning("no fork on this platform: workers use the built-in actor dictionary only")
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        for _ in range(POOL_STARTS):
            pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                       initargs=(os.getpid(),))
            try:
                pool.submit(os.getpid).result()  # fork every worker now, before the caller opens a database
                return pool
            except BrokenProcessPool:  # a worker died before its first answer: it costs this pool, not the run
                log.warning("a worker process died while its pool started; starting another")
                end_pool(pool)
        raise RealpolitikError(f"worker processes died as they started, {POOL_STARTS} times in a row: "
                                "run with --workers 1, or look for what kills them (memory: dmesg)")

    def _stop_on_sigterm(self) -> None:
        """SIGTERM ends the run as Ctrl-C does (workers ended, run closed), at the next document, and for certain.

        The handler only takes note (`_note_stop`); the run stops where it checks (`_obey_stop`: between
        documents, and while it waits for a worker), never inside a transaction or the pool's bookkeeping.
        A watchdog ends the workers and the process if the clean stop has not ended it within STOP_GRACE.
        """
        if threading.current_thread() is not threading.main_thread():
            return
        self._sigterm = signal.signal(signal.SIGTERM, self._note_stop)
        threading.Thread(target=self._watch_stop, name="realpolitik-stop-watchdog", daemon=True).start()

    def _note_stop(self, signum: int, _frame: object) -> None:
        if self._stop_signal:  # a second signal, maybe while this handler ran: the first one's stop goes on
            return
        self._stop_signal = signum
        self._stop_asked.set()

    def _obey_stop(self) -> None:
        """End the run here (SystemExit, as the signal's default would) if SIGTERM came."""
        if self._stop_signal:
            log.warning("stopping: signal %d", self._stop_signal)
            raise SystemExit(128 + self._stop_signal)

    def pause(self, seconds: float) -> None:
        """Sleep between polls of a watch, but not past a stop."""
        self._stop_asked.wait(seconds)
        self._obey_stop()

    def _watch_stop(self) -> None:
        """Once a stop came: if this process still runs after STOP_GRACE, end its workers and it, at once."""
        self._stop_asked.wait()
        if not self._stop_signal:  # the engine closed without a stop
            return
        time.sleep(STOP_GRACE)
        log.error("the run did not stop within %.0f s of signal %d: ending it and its workers now",
                  STOP_GRACE, self._stop_signal)
        leaving = self._leaving[0] if self._leaving is not None else []
        for process in (workers_of(self.pool) if self.pool is not None else []) + leaving:
            process.kill()
        os._exit(128 + self._stop_signal)

    def map(self, items: Iterable[object], store=None,  # type: ignore[no-untyped-def]
            idle: Callable[[], object] | None = None) -> Iterator[tuple[object, list[Outcome] | None]]:
        """(item, outcomes) for Jobs, (item, None) for anything else (passed through in order).

        `idle` is called when every job is sent and the next answer is not in yet: the writer commits what it
        holds while the last chunks run, instead of after them with the workers done and waiting.
        """
        store = store if store is not None else self.store
        if self.pool is None:
            with run_lookups(store) as view:
                for item in items:
                    yield item, (process_job(item, self.settings, view) if isinstance(item, Job) else None)
            return
        # File jobs are held back (`held`) until more than `hold` wait, then sent CHUNK at a time; the ones held
        # when the stream ends, or when a job of another kind comes, go out in shrinking chunks (`tail_sizes`).
        # Held jobs wait while the stream does (a local feed file's articles being fetched): at most hold + CHUNK.
        hold = self.workers * CHUNK
        window = self.workers * IN_FLIGHT + hold  # bounded: a huge folder never sits in memory as futures
        pending: deque[tuple[object, Future | _Slot | None]] = deque()
        held: list[tuple[Job, _Slot]] = []
        for item in items:
            self._obey_stop()
            if isinstance(item, Job) and item.path is not None:
                slot = _Slot()
                pending.append((item, slot))
                held.append((item, slot))
                if len(held) >= hold + CHUNK:
                    self._send(held, CHUNK)
            elif isinstance(item, Job):
                self._send_held(held)  # a job of another kind (a fetched page): the held ones go before it
                pending.append((item, self._submit(item)))
            else:
                pending.append((item, None))  # a marker: nothing to run
            while len(pending) >= window:
                if held and pending[0][1] is held[0][1]:  # the next answer to give is still held
                    self._send_held(held)
                yield self._resolve(*pending.popleft())
        self._send_held(held)
        while pending:
            if idle is not None and not _answered(pending[0][1]):
                idle()
            yield self._resolve(*pending.popleft())
        if self.once:
            self._let_workers_go()

    def _let_workers_go(self) -> None:
        """Every answer is in: tell the workers to end now (`close` joins them), so they end while the writer
        commits its last batch rather than after it (on 1,000 bench pages the join took 50-120 ms)."""
        if self.pool is None or getattr(self.pool, "_broken", False):
            return
        self._leaving = (workers_of(self.pool), getattr(self.pool, "_executor_manager_thread", None))
        self.pool.shutdown(wait=False)  # (the pool forgets its workers and manager thread: `_leaving` keeps them)

    def _join_leaving(self, abort: bool) -> None:
        """Wait for the workers let go (`_let_workers_go`) to end; with `abort` end them first."""
        if self._leaving is None:
            return
        processes, manager = self._leaving
        self._leaving = None
        for process in processes if abort else ():
            process.kill()
        if manager is not None:  # it joins the workers, then ends
            manager.join(END_WAIT if abort else None)

    def _send(self, held: list[tuple[Job, _Slot]], size: int) -> None:
        """The first `size` held jobs to a worker, in one task."""
        sent, held[:size] = held[:size], []
        future = self._submit([job for job, _ in sent], process_chunk)
        for place, (_, slot) in enumerate(sent):
            slot.future, slot.place = future, place

    def _send_held(self, held: list[tuple[Job, _Slot]]) -> None:
        for size in tail_sizes(len(held), self.workers):
            self._send(held, size)

    def _submit(self, work: object, function: Callable = _process) -> Future:
        """`function(work)` in the pool, on a new pool if a dead worker broke this one."""
        assert self.pool is not None
        try:
            return self.pool.submit(function, work)
        except BrokenProcessPool:
            self._replace_pool()
            return self.pool.submit(function, work)

    def _replace_pool(self) -> None:
        log.warning("a worker process died; starting a new pool")
        if self.pool is not None:
            end_pool(self.pool)
        self.pool = self._new_pool()

    def _resolve(self, item: object, future: Future | _Slot | None) -> tuple[object, list[Outcome] | None]:
        self._obey_stop()
        if future is None:
            return item, None
        try:
            if isinstance(future, _Slot):
                assert future.future is not None, "a held job is sent before its answer is awaited"
                answer = self._wait(future.future)[future.place]
                if isinstance(answer, Exception):
                    raise answer
                return item, answer
            return item, self._wait(future)
        except BrokenProcessPool:
            pass  # this job or another one in flight killed a worker: try this one once more
        except Exception as exc:  # an error that escaped the unit of work: record it and go on
            return item, [_failed(item, exc)]
        if self.pool is not None and getattr(self.pool, "_broken", False):
            self._replace_pool()
        try:
            return item, self._submit(item).result()  # type: ignore[arg-type]
        except Exception as exc:  # it killed a worker again (or failed otherwise): reject it
            if isinstance(exc, BrokenProcessPool):
                self._replace_pool()
            return item, [_failed(item, exc)]

    def _wait(self, future: Future[_Answer]) -> _Answer:
        """The future's answer; while it is not there, a stop is obeyed within STOP_POLL."""
        started = time.perf_counter()
        try:
            while not future.done():
                self._obey_stop()
                if not wait((future,), timeout=STOP_POLL)[0]:
                    self._end_pool_if_stuck()
            return future.result()
        finally:
            self.waited = (self.waited or 0.0) + time.perf_counter() - started

    def _end_pool_if_stuck(self) -> None:
        """End the pool if a worker died and the pool did not notice within DEAD_GRACE: it died in the middle of
        an answer (`end_pool`), and the pool's reader waits for the rest; ended, the pool fails its futures
        and `_resolve` tries their jobs once more on a new pool, as after any dead worker."""
        if self.pool is None or getattr(self.pool, "_broken", False):
            return
        processes = workers_of(self.pool)
        if not any(process.exitcode is not None for process in processes):
            self._dead_since = None
            return
        now = time.monotonic()
        if self._dead_since is None:
            self._dead_since = now
        elif now - self._dead_since >= DEAD_GRACE:
            log.warning("a worker died in the middle of its answer; ending its pool")
            self._dead_since = None
            end_pool(self.pool)

    def close(self, abort: bool = False) -> None:
        """Stop the pool: wait for running jobs, or with `abort` end the workers at once."""
        if self._sigterm is not None:
            signal.signal(signal.SIGTERM, self._sigterm)
            self._sigterm = None
        if not self._stop_signal:
            self._stop_asked.set()  # the watchdog ends: no stop can come now
        if self.pool is not None:
            if abort:
                end_pool(self.pool)
            else:
                self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        self._join_leaving(abort)
        if not abort:
            self._obey_stop()  # SIGTERM after the last document: the run is whole and closed, and the process ends

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(abort=exc_type is not None)


def _answered(future: Future | _Slot | None) -> bool:
    """Whether `_resolve` would give this answer without waiting (a marker's at once)."""
    if isinstance(future, _Slot):
        return future.future is not None and future.future.done()
    return future is None or future.done()


def workers_of(pool: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    """The pool's worker processes (a private attribute of CPython's pool: none where it is missing)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def end_pool(pool: ProcessPoolExecutor) -> None:
    """End a pool's workers now, and let its manager thread finish.

    A worker killed while it wrote an answer leaves the pool's manager thread (CPython's concurrent.futures)
    reading the rest of that answer for ever: this process holds a write end of the same pipe, so no end of
    file comes, and the interpreter waits for that thread at exit (seen in CI: an ingest that never ended
    after SIGTERM). Closing this process's write end once the workers are killed ends that read.
    """
    processes = workers_of(pool)
    manager = getattr(pool, "_executor_manager_thread", None)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)  # private, as the two above
    for process in processes:
        process.kill()
    if writer is not None:
        writer.close()
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(END_WAIT)
        if manager.is_alive():
            log.warning("the ended pool's manager thread still runs after %.0f s", END_WAIT)


def _failed(item: object, exc: BaseException) -> Outcome:
    origin = getattr(item, "origin", "?")
    log.error("worker failed on %s: %r", origin, exc)
    return Outcome(Rejected(origin, "failed", f"the worker process failed: {exc!r}; try --workers 1"))


def default_workers() -> int:
    """One worker per core, but at least one."""
    return max(1, os.cpu_count() or 1)
