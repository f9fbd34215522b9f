"""Ingest runs: failures recorded and counted, resume after kill -9, workers, full-text search."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from realpolitik.engines import ingest_paths
from realpolitik.store import open_store
from realpolitik.store import schema as s
from test_sources_http import article_text  # noqa: E402

SRC = str(Path(__file__).resolve().parents[1] / "src")


def corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"a{i:04d}.txt"
        path.write_text(
            f"date 2025-10-27\nRussland kritisierte die Ukraine. {article_text(1000 + i, 12)}\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def test_failures_are_recorded_and_the_run_goes_on(tmp_path: Path, store_url: str) -> None:
    folder = tmp_path / "in"
    corpus(folder, 2)
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 60)))
    (folder / "garbage.txt").write_bytes(bytes([1, 2, 3, 4, 5]) * 40 + b"\xff\xfe\x81")
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"text": "Gut."}\n{oops\n', encoding="utf-8")
    summary = ingest_paths([str(folder), str(tmp_path / "nope.txt")], db=store_url)
    assert summary["stored"] == 3
    assert summary["rejected"] == {"binary": 1, "encoding": 1, "empty": 1, "bad_json": 1, "missing": 1}
    assert set(summary) == {
        "read",
        "stored",
        "duplicates",
        "near_duplicates",
        "rejected",
        "events",
        "events_below_threshold",
        "min_confidence",
        "relations",
        "seconds",
        "phases",
    }
    assert set(summary["phases"]) == {"start", "run", "writer"}  # one worker: no pool to wait for
    assert summary["read"] == summary["stored"] + summary["duplicates"] + summary["near_duplicates"] + 5
    with open_store(store_url) as store, store.reader() as conn:
        reasons = sorted(r[0] for r in conn.execute(select(s.rejections.c.reason)))
        run = conn.execute(select(s.runs.c.counts, s.runs.c.finished)).one()
    assert reasons == ["bad_json", "binary", "empty", "encoding", "missing"]
    assert run.finished is not None and run.counts["stored"] == 3


def test_workers_give_the_same_store(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 12)
    one = ingest_paths([str(tmp_path / "in")], db=f"sqlite:///{tmp_path / 'one.db'}", lang="de")
    two = ingest_paths([str(tmp_path / "in")], db=f"sqlite:///{tmp_path / 'two.db'}", lang="de", workers=2)
    for key in ("read", "stored", "duplicates", "near_duplicates", "events", "relations"):
        assert one[key] == two[key], key
    query = select(s.documents.c.id).order_by(s.documents.c.id)
    ids = []
    for name in ("one", "two"):
        with open_store(f"sqlite:///{tmp_path / name}.db") as store, store.reader() as conn:
            ids.append(conn.execute(query).all())
    assert ids[0] == ids[1]


def test_resume_after_kill_9(tmp_path: Path, store_url: str) -> None:
    n = 120
    corpus(tmp_path / "in", n)
    env = {**os.environ, "PYTHONPATH": SRC}
    command = [sys.executable, "-m", "realpolitik", "ingest", str(tmp_path / "in"), "--db", store_url, "-f", "json"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    store = open_store(store_url)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        stored = store.counts()["documents"]
        if stored >= 10:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    counts = store.counts()
    assert 10 <= counts["documents"] < n
    with store.reader() as conn:  # whole documents only: every event belongs to a stored document
        orphans = conn.execute(
            select(func.count())
            .select_from(s.event_mentions)
            .where(s.event_mentions.c.doc_id.not_in(select(s.documents.c.id)))
        ).scalar()
        unfinished = conn.execute(select(func.count()).select_from(s.runs).where(s.runs.c.finished.is_(None))).scalar()
        if store.dialect == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert orphans == 0 and unfinished == 1
    store.close()
    resumed = ingest_paths([str(tmp_path / "in")], db=store_url)
    assert resumed["stored"] == n - counts["documents"] and resumed["duplicates"] == counts["documents"]
    with open_store(store_url) as again:
        assert again.counts()["documents"] == n


def test_full_text_search(tmp_path: Path, store_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Die Regierung in Caracas lobte die Ölförderung am Orinoco.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Der Kanzler sprach in Berlin über Haushalt und Schulden.\n", encoding="utf-8")
    ingest_paths([str(folder)], db=store_url, lang="de")
    with open_store(store_url) as store:
        hits = store.search_documents("Orinoco Caracas")
        assert [h["id"] for h in hits] and "Orinoco" in hits[0]["snippet"]
        assert store.search_documents("Haushalt")[0]["title"] == ""
        assert store.search_documents("Tokio") == [] and store.search_documents('"; DROP') == []


def test_a_run_freezes_loaded_data_only_while_it_runs(tmp_path: Path, unfrozen: None) -> None:
    """`run_items` keeps the collector off the loaded dictionaries during the run and gives them back after."""
    import gc

    from realpolitik.engines import run as run_module

    seen = []
    saved = run_module.StoreWriter.put

    def put(self, item, outcomes):  # type: ignore[no-untyped-def]
        seen.append(gc.get_freeze_count())
        return saved(self, item, outcomes)

    before = gc.get_freeze_count()
    run_module.StoreWriter.put = put  # type: ignore[method-assign]
    try:
        ingest_paths([str(p) for p in corpus(tmp_path / "in", 2)], db=f"sqlite:///{tmp_path / 'f.db'}")
    finally:
        run_module.StoreWriter.put = saved  # type: ignore[method-assign]
    assert seen and all(count > 0 for count in seen)
    assert gc.get_freeze_count() == before


def test_search_index_is_built_for_an_existing_database(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'old.db'}"
    corpus(tmp_path / "in", 2)
    ingest_paths([str(tmp_path / "in")], db=db)
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(text("DROP TABLE documents_fts"))
    with open_store(db) as store:  # re-opening rebuilds it from the stored documents
        assert len(store.search_documents("Russland")) == 2


@pytest.mark.parametrize("workers", [1, 2])
def test_cli_ingest_workers_json(tmp_path: Path, workers: int) -> None:
    corpus(tmp_path / "in", 3)
    env = {**os.environ, "PYTHONPATH": SRC}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "realpolitik",
            "ingest",
            str(tmp_path / "in"),
            "--db",
            str(tmp_path / "c.db"),
            "--workers",
            str(workers),
            "-f",
            "json",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(out.stdout)
    assert summary["stored"] == 3 and summary["near_duplicates"] == 0


def test_events_text_filter(tmp_path: Path, store_url: str) -> None:
    from realpolitik.query import list_events

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2025-10-27\nRussland kritisierte die Ukraine am Orinoco.\n", encoding="utf-8")
    (folder / "b.txt").write_text("date 2025-10-27\nFrankreich kritisierte Polen in Paris.\n", encoding="utf-8")
    ingest_paths([str(folder)], db=store_url, lang="de")
    with open_store(store_url) as store:
        everything = list_events(store)
        orinoco = list_events(store, text="Orinoco")
    assert len(everything) >= 2 and orinoco and all("Orinoco" in e["evidence"] for e in orinoco)


def _children(pid: int) -> list[int]:
    """Live processes whose parent is `pid` (read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_ingest(tmp_path: Path, n: int) -> tuple[subprocess.Popen, list[int]]:
    corpus(tmp_path / "in", n)
    env = {**os.environ, "PYTHONPATH": SRC}
    command = [sys.executable, "-m", "realpolitik", "ingest", str(tmp_path / "in"), "--db",
               str(tmp_path / "k.db"), "--workers", "2", "-f", "json"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300  # the parent loads every stage before it forks: slow on a busy machine
    workers: list[int] = []
    while time.monotonic() < deadline and process.poll() is None and len(workers) < 2:
        workers = _children(process.pid)
        time.sleep(0.1)
    assert len(workers) >= 2, "the workers did not start"
    return process, workers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_do_not_outlive_a_killed_parent(tmp_path: Path, sig: int) -> None:
    process, workers = _start_ingest(tmp_path, 400)  # still at work when the signal comes
    process.send_signal(sig)
    process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)], "a worker outlived its parent"
    if sig == signal.SIGTERM:  # a clean stop: the run is closed with its counts
        with open_store(f"sqlite:///{tmp_path / 'k.db'}") as store, store.reader() as conn:
            open_runs = select(func.count()).select_from(s.runs).where(s.runs.c.finished.is_(None))
            assert conn.execute(open_runs).scalar() == 0


def _first_child(process: subprocess.Popen) -> int | None:
    """The process's first child as soon as the kernel lists it (busy: a worker is caught while it starts); None
    if the process ends, or lists no child within the time `_start_ingest` allows a busy machine."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        try:
            listed = children.read_text().split()
        except OSError:
            return None  # the process ended (or this kernel does not list children)
        if listed:
            return int(listed[0])
    return None


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
                    reason="needs /proc/PID/task/PID/children")
def test_a_worker_killed_while_its_pool_starts_costs_that_pool_not_the_run(tmp_path: Path) -> None:
    # Killed before it answered the pool's first task (the parent forks every worker before it opens the
    # store): round 40's full suite once saw the ingest die there with a traceback and no summary.
    pages = 40
    corpus(tmp_path / "in", pages)
    command = [sys.executable, "-m", "realpolitik", "ingest", str(tmp_path / "in"), "--db",
               str(tmp_path / "k.db"), "--workers", "2", "-f", "json"]
    process = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": SRC}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    worker = _first_child(process)
    assert worker is not None, "the ingest started no worker"
    os.kill(worker, signal.SIGKILL)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()[-2000:]
    summary = json.loads(out)
    assert summary["stored"] == pages


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_dead_worker_costs_a_pool_not_the_run(tmp_path: Path) -> None:
    # Enough pages that the workers are still at work when one is killed: two workers send 40 through in a
    # quarter of a second, sometimes before the test found them.
    pages = 400
    process, workers = _start_ingest(tmp_path, pages)
    os.kill(workers[0], signal.SIGKILL)  # as the out-of-memory killer would
    out, _ = process.communicate(timeout=300)
    summary = json.loads(out)
    assert process.returncode == 0 and summary["stored"] + summary["rejected"].get("failed", 0) == pages
    assert summary["stored"] >= pages - 2  # the jobs in flight are tried once more
