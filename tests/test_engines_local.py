"""The local engine's pool: file jobs go to the workers in chunks, answered one job at a time, in input order."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.engines import LocalEngine, Settings, local
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.rejected import Rejected


class _Unpicklable(Exception):
    def __reduce__(self) -> tuple:
        raise TypeError("not this one")


def _fake(job: Job, settings: Settings, store: object) -> list:
    if job.origin.endswith("bad"):
        raise ValueError("boom")
    if job.origin.endswith("odd"):
        raise _Unpicklable("boom")
    return [job.origin]


@pytest.mark.parametrize("count", [1, 3, local.CHUNK * 5 + 1])
def test_chunks_answer_each_job_in_order_and_a_failure_is_its_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                   count: int) -> None:
    monkeypatch.setattr(local, "process_job", _fake)  # before the fork: the workers run it too
    monkeypatch.setattr(local, "IN_FLIGHT", 3)  # a window smaller than the input: partial chunks sent early
    marker = Rejected("skipped", "empty", "nothing to read")
    tails = {1: "bad", 2: "odd"}  # an error, and one that cannot be pickled: neither costs the others' answers
    items: list[object] = [Job(origin=f"f{n}" + tails.get(n, ""), path=f"f{n}") for n in range(count)]
    items.insert(min(2, count), marker)
    items.append(Job(origin="fetched", data=b"<html></html>", suffix=".html"))  # not a file: sent alone
    with LocalEngine(Settings(db_url=str(tmp_path / "store.db")), workers=2) as engine:
        assert engine.pool is not None
        got = list(engine.map(items))
    assert [item for item, _ in got] == items
    for item, outcomes in got:
        if item is marker:
            assert outcomes is None
        elif item.origin.endswith(("bad", "odd")):
            assert [o.item.reason for o in outcomes] == ["failed"] and "boom" in outcomes[0].item.detail
        else:
            assert outcomes == [item.origin]


@pytest.mark.parametrize("count", [1, 2, 7, 47, 100])
@pytest.mark.parametrize("workers", [2, 4])
def test_tail_sizes_shrink_to_single_jobs(count: int, workers: int) -> None:
    sizes = local.tail_sizes(count, workers)
    assert sum(sizes) == count and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == -(-count // (2 * workers))  # the first a share of all: never one long chunk at the end



def _slow(job: Job, settings: Settings, store: object) -> list:
    import time

    time.sleep(0.01)  # answers come after the parent has sent every job: it waits, and calls `idle`
    return [job.origin]


def test_a_single_run_saves_while_it_waits_and_lets_its_workers_go_with_its_last_answer(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`once`: the workers are told to end as the last answer comes (they end while the writer commits its last
    batch), and `close` waits for them; `idle` is called only after every job is sent, never with none awaited."""
    monkeypatch.setattr(local, "process_job", _slow)
    items = [Job(origin=f"f{n}", path=f"f{n}") for n in range(local.CHUNK * 3)]
    seen: list[int] = []
    with LocalEngine(Settings(db_url=str(tmp_path / "store.db")), workers=2, once=True) as engine:
        workers = local.workers_of(engine.pool)  # type: ignore[arg-type]
        answers = engine.map(items, idle=lambda: seen.append(len(got)))
        got = []
        for pair in answers:
            got.append(pair)
        assert engine._leaving is not None and len(workers) == 2
    assert [outcomes for _, outcomes in got] == [[item.origin] for item in items]
    assert seen and all(0 <= n < len(items) for n in seen)
    assert all(worker.exitcode is not None for worker in workers)  # ended and joined: no orphan

def _sized(jobs: list[Job]) -> list:
    """The real chunk's answers, each told the size of the chunk it came in."""
    return [[len(jobs), *answer] for answer in _CHUNK(jobs)]


_CHUNK = local.process_chunk


def test_file_jobs_go_in_full_chunks_and_the_last_ones_in_shrinking_chunks(monkeypatch: pytest.MonkeyPatch,
                                                                          tmp_path: Path) -> None:
    monkeypatch.setattr(local, "process_job", _fake)
    monkeypatch.setattr(local, "process_chunk", _sized)  # before the fork: the workers run it too
    count = local.CHUNK * 9 + 5
    items = [Job(origin=f"f{n}", path=f"f{n}") for n in range(count)]
    with LocalEngine(Settings(db_url=str(tmp_path / "store.db")), workers=2) as engine:
        got = list(engine.map(items))
    assert [item for item, _ in got] == items
    assert [outcomes[1] for _, outcomes in got] == [item.origin for item in items]
    sizes, at = [], 0
    while at < count:  # a chunk's jobs answer one after another, each with the chunk's size
        sizes.append(got[at][1][0])
        assert {outcomes[0] for _, outcomes in got[at:at + sizes[-1]]} == {sizes[-1]}
        at += sizes[-1]
    full = [size for size in sizes if size == local.CHUNK]
    assert sizes[:len(full)] == full and len(full) >= 5  # whole chunks while the folder goes on
    assert sizes[len(full):] == local.tail_sizes(count - len(full) * local.CHUNK, 2)



#: Run in a new interpreter, as `realpolitik ingest --workers 2` starts: the engine's workers read and extract
#: two pages of our own, and report the project's table loaders that missed meanwhile (a loader of one table,
#: without arguments, or of one per language, `lang`). In a new process, not this one: the tests before have
#: loaded tables here, and clearing their caches would not do (memos such as `codes.country_of` keep answers
#: that would have loaded one).
_NEW_PROCESS = r"""
import inspect, json, sys
from realpolitik.engines import LocalEngine, Settings, local
from realpolitik.ingest.jobs import Job
from realpolitik.store import open_store

PAGES = {
    "en": "<html><head><title>Drills</title></head><body><article><p>Japan and India agreed on Tuesday in Tokyo "
          "to widen their naval drills, a ministry spokesman said.</p><p>China criticised the plan and warned "
          "both governments.</p></article></body></html>",
    "de": "<html><head><title>Grenze</title></head><body><article><p>Polen und Litauen vereinbarten am Dienstag "
          "in Warschau eine engere Zusammenarbeit ihrer Grenzschützer.</p><p>Russland kritisierte die "
          "Vereinbarung.</p></article></body></html>",
}

def misses():
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("realpolitik") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            wrapped = getattr(value, "__wrapped__", None)
            if wrapped is None or not hasattr(value, "cache_info") or getattr(value, "__module__", None) != name:
                continue
            params = list(inspect.signature(wrapped).parameters)
            if (value.cache_info().maxsize == 1 and not params) or params[:1] == ["lang"]:
                found[f"{name}.{attr}"] = value.cache_info().misses
    return found

def first_pages(db_url):
    with open_store(db_url) as store:
        before = misses()
        for lang, html in PAGES.items():
            local.process_job(Job(origin=f"first-{lang}.html", data=html.encode(), suffix=".html"),
                              local._SETTINGS, store)
    after = misses()
    return {name: n - before.get(name, 0) for name, n in after.items() if n != before.get(name, 0)}

with LocalEngine(Settings(db_url=sys.argv[1]), workers=2) as engine:
    print(json.dumps(engine.pool.submit(first_pages, sys.argv[1]).result()))
"""


def test_a_worker_finds_every_table_loaded_before_the_fork(tmp_path: Path) -> None:
    """The parent loads what the stages load on first use before it forks (`work.warm_up`): a table loaded in a
    worker is loaded once per worker and run (seconds and hundreds of MB each: issue 13's simplemma tables)."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _NEW_PROCESS, f"sqlite:///{tmp_path}/store.db"],
                          capture_output=True, text=True, timeout=300, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}


def test_results_travel_as_constructor_arguments_and_keep_what_they_remember() -> None:
    """What a worker sends back (outcome, document, events, relations) pickles without its field names, comes
    back equal, and a document's remembered content hash comes with it (the writer asks for it again)."""
    import pickle
    from datetime import date

    from realpolitik.engines.base import Outcome
    from realpolitik.model import Document, Event, Extraction, Relation

    doc = Document(id="d1", text="Chile and Peru signed a trade accord.", lang="en", published=date(2026, 3, 2))
    digest = doc.content_hash
    event = Event(doc_id="d1", source="CHL", target="PER", cameo="057", plover="AGREE", goldstein=8.0, quad_class=1,
                  evidence=doc.text, evidence_start=0, evidence_end=37, rule="en.sign_agreement",
                  ruleset_version="t", date=date(2026, 3, 2), source_text="Chile", target_text="Peru")
    relation = Relation(a="CHL", b="PER", kind="cooperation_agreement", status="signed", doc_id="d1",
                        evidence=doc.text, areas=["trade"])
    outcome = Outcome(doc, extraction=Extraction(doc, [], [], [event], [relation]), bands=[3, 5])
    blob = pickle.dumps(outcome)
    assert b"evidence_start" not in blob and b"cooperation_agreement" in blob
    back = pickle.loads(blob)
    assert back == outcome and back.extraction.events == [event] and back.extraction.relations == [relation]
    assert back.item.__dict__["_hashed"][1] == digest and back.item.content_hash == digest
    assert back.item.text is back.item.__dict__["_hashed"][0]  # one string, so the hash is not made again
    assert back.extraction.document is back.item  # one object, as it was in the worker
