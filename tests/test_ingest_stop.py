"""SIGTERM stops `ingest --workers 2` for certain, and cleanly: at the moments a run can be in.

Each test runs the CLI in a child process with SIGTERM sent to itself at a chosen moment (a driver script
patches one function before the run: the moment is that function's call, not a sleep that a slow machine
would miss), then checks the bound (exit within STOP_BOUND, the workers gone by pid), the store (SQLite's
integrity check, the run closed) and that a re-run adds exactly the documents the stopped run left.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from realpolitik.engines import ingest_paths
from test_ingest_run import SRC, _alive, _children, corpus  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, forks")

DOCUMENTS = 160  # more than two of the writer's batches (64)
STOP_BOUND = 30.0  # seconds from the signal to the exit; the watchdog's own grace is 10
WATCHDOG_SAYS = "did not stop within"

# The CLI with SIGTERM sent to itself at the COUNT-th call of TARGET (module:Class.method) in the parent;
# HANG (or "-") a module:Class.method made to block for ever (a clean stop that cannot finish); GRACE the
# watchdog's (engines.local.STOP_GRACE).
_SIGNAL_AT = """
import functools, importlib, os, signal, sys, time
target, count, hang, grace = sys.argv[1:5]
del sys.argv[1:5]
import realpolitik.engines.local as local
local.STOP_GRACE = float(grace)

def owner_and_name(spec):
    module, _, path = spec.partition(":")
    owner, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), owner), name

cls, name = owner_and_name(target)
original, calls, parent = getattr(cls, name), [0], os.getpid()

@functools.wraps(original)
def signalled(*args, **kwargs):
    if os.getpid() == parent:
        calls[0] += 1
        if calls[0] == int(count):
            os.kill(parent, signal.SIGTERM)
    return original(*args, **kwargs)

setattr(cls, name, signalled)
if hang != "-":
    setattr(*owner_and_name(hang), lambda *args, **kwargs: time.sleep(600))
from realpolitik.interfaces.cli import run
run()
"""

# The CLI where one worker is cut off in the middle of its first answer (it holds the result pipe's lock and
# wrote a part of the message), then with THEN "stop" SIGTERMs the parent (round 31's CI hang: the pool's reader
# waited for the rest of that answer, and the interpreter's exit for the reader), with "die" is killed (as by
# the out-of-memory killer: the run waited for ever).
_CUT_ANSWER = """
import functools, os, signal, sys, time
claim, then = sys.argv.pop(1), sys.argv.pop(1)
import realpolitik.engines.local as local
original = local.process_chunk

@functools.wraps(original)
def cut(jobs):
    try:
        os.close(os.open(claim, os.O_CREAT | os.O_EXCL))  # the first worker here only
    except FileExistsError:
        return original(jobs)
    frame = sys._getframe(1)
    while "result_queue" not in frame.f_locals:
        frame = frame.f_back
    answers = frame.f_locals["result_queue"]
    answers._wlock.acquire()
    os.write(answers._writer.fileno(), (1 << 20).to_bytes(4, "big") + b"the first part of an answer")
    if then == "stop":
        os.kill(os.getppid(), signal.SIGTERM)
        time.sleep(600)
    os.kill(os.getpid(), signal.SIGKILL)

local.process_chunk = cut
from realpolitik.interfaces.cli import run
run()
"""


def _ingest_command(tmp_path: Path, driver: str, *args: str) -> list[str]:
    return [sys.executable, "-c", driver, *args, "ingest", str(tmp_path / "in"), "--db", str(tmp_path / "k.db"),
            "--workers", "2", "-f", "json"]


def _run_stopped(tmp_path: Path, command: list[str]) -> tuple[int, str]:
    """Run a command that stops itself; its exit status and stderr, the stop within STOP_BOUND of the fork and
    every worker gone by then."""
    corpus(tmp_path / "in", DOCUMENTS)
    process = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": SRC}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    forked = started = time.monotonic()  # the signal comes after the fork: the bound counts from there
    while process.poll() is None and time.monotonic() - started < 300:  # the stages load first: slow when busy
        if not workers:
            forked = time.monotonic()
        workers.update(_children(process.pid))
        time.sleep(0.005)  # a stop before the first document can fork and end its workers within 50 ms
    if process.poll() is None:
        process.kill()
        pytest.fail("the stopped ingest did not end")
    seconds = time.monotonic() - forked
    _, err = process.communicate()
    assert workers, "the ingest started no worker"
    assert seconds < STOP_BOUND, f"the stop took {seconds:.1f} s"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)], "a worker outlived the stop"
    return process.returncode, err


def _store_state(db: Path) -> tuple[int, int]:
    """(documents stored, runs left open) of a store that passes SQLite's integrity check."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        open_runs = conn.execute("SELECT count(*) FROM runs WHERE finished IS NULL").fetchone()[0]
    return documents, open_runs


def _rerun_adds_the_rest(tmp_path: Path, stored_before: int) -> None:
    summary = ingest_paths([str(tmp_path / "in")], db=f"sqlite:///{tmp_path / 'k.db'}")
    assert summary["read"] == DOCUMENTS and summary["stored"] == DOCUMENTS - stored_before
    assert _store_state(tmp_path / "k.db")[0] == DOCUMENTS


@pytest.mark.parametrize(("target", "count", "kept"), [
    ("realpolitik.store.store:Store.start_run", 1, "none"),  # before the first document
    ("realpolitik.engines.writer:StoreWriter.put", 100, "some"),  # between two of the writer's commits
    ("realpolitik.store.rows:Rows.write", 2, "some"),  # inside the second batch's transaction: it commits, then stops
    ("realpolitik.engines.writer:StoreWriter.put", DOCUMENTS, "all"),  # after the last document: whole, and stops
])
def test_sigterm_stops_at_any_moment_and_a_rerun_adds_the_rest(tmp_path: Path, target: str, count: int,
                                                               kept: str) -> None:
    status, err = _run_stopped(tmp_path, _ingest_command(tmp_path, _SIGNAL_AT, target, str(count), "-", "10"))
    assert status == 128 + signal.SIGTERM and WATCHDOG_SAYS not in err
    stored, open_runs = _store_state(tmp_path / "k.db")
    assert open_runs == 0  # the run was closed with its counts
    assert {"none": stored == 0, "some": 0 < stored < DOCUMENTS, "all": stored == DOCUMENTS}[kept]
    _rerun_adds_the_rest(tmp_path, stored)


def test_a_worker_cut_off_in_its_answer_does_not_hold_the_stop(tmp_path: Path) -> None:
    command = _ingest_command(tmp_path, _CUT_ANSWER, str(tmp_path / "claimed"), "stop")
    status, err = _run_stopped(tmp_path, command)
    assert status == 128 + signal.SIGTERM and WATCHDOG_SAYS not in err, err[-2000:]
    assert _store_state(tmp_path / "k.db")[1] == 0


def test_a_worker_dead_in_its_answer_costs_a_pool_not_the_run(tmp_path: Path) -> None:
    corpus(tmp_path / "in", DOCUMENTS)
    command = _ingest_command(tmp_path, _CUT_ANSWER, str(tmp_path / "claimed"), "die")
    done = subprocess.run(command, env={**os.environ, "PYTHONPATH": SRC}, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["stored"] == DOCUMENTS  # the dead worker's jobs were tried once more
    assert _store_state(tmp_path / "k.db") == (DOCUMENTS, 0)


def test_the_watchdog_ends_a_stop_that_cannot_finish(tmp_path: Path) -> None:
    command = _ingest_command(tmp_path, _SIGNAL_AT, "realpolitik.store.store:Store.start_run", "1",
                              "realpolitik.store.store:Store.finish_run", "1")
    status, err = _run_stopped(tmp_path, command)
    assert status == 128 + signal.SIGTERM and WATCHDOG_SAYS in err
    stored, open_runs = _store_state(tmp_path / "k.db")
    assert open_runs == 1  # ended before it could close its run: nothing else lost
    _rerun_adds_the_rest(tmp_path, stored)
