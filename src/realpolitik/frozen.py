"""What is on the heap before a long piece of work stays out of the garbage collector's way while it runs.

Why: the actor dictionary, rules and lemma tables are some 200,000 objects that
live as long as the process. Every full collection walks all of them, and the
many short-lived objects of a run or of a long document set one off every few
hundred pages or sentences: 5 % of an ingest's CPU time, and a quarter of a
5,000-sentence document's, growing faster than the document (doubling a
document's length cost 2.2-2.4 times the time). `gc.freeze` moves every object
alive at that moment to a generation the collector never walks, and
`gc.unfreeze` gives them back, both in constant time; objects made during the
work are collected as before.

`frozen()` nests and may run in several threads at once: the outermost entry
freezes, the last exit unfreezes. `freeze_for_good()` is for a parent about to
fork workers: the loaded data stays frozen (the collector never writes to the
pages the workers share), and `frozen()` leaves it so, until `thaw()`.

`paused()` goes further for extraction alone: the collector does not run at all
while a document is extracted. Its objects (tokens, mentions, events) form no
reference cycles -- measured: nothing for the collector to free after
5,000-sentence documents in each language -- so reference counts free them all,
and collections only walked what the document still holds: the longer the
document, the more there was to walk (a 5,000-sentence document's objects
reach the older generations, a 300-sentence one's mostly do not), some 3 % of
a long document's time. Inside `frozen()` the last exit of `paused()` also
freezes what the document made and still holds: its objects were all young
(made with the collector off), and the first young collection after it walked
every one of them -- 1-2 % of an extraction, more per sentence the longer the
document (its objects no longer fit the CPU caches). Frozen, they join the
loaded data: the outermost `frozen()` gives them back to the oldest generation
(walked only by the rare full collections), and reference counts free them as
before. Should a stage ever make cycles, they wait for a full collection (under
`freeze_for_good`, for ever): the tests check there are none. A body that
raises freezes nothing: its cycles (a traceback's frames) stay young.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_for_good = False
_paused = 0
_was_enabled = False


@contextmanager
def frozen() -> Iterator[None]:
    """Run the body with the objects alive now out of the collector's walks."""
    global _depth
    with _lock:
        if _depth == 0 and not _for_good:
            gc.freeze()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and not _for_good:
                gc.unfreeze()


def freeze_for_good() -> None:
    """Freeze what is alive now for the rest of the process (before forking workers that share it)."""
    global _for_good
    with _lock:
        gc.freeze()
        _for_good = True


def thaw() -> bool:
    """Give everything frozen back to the collector and end `freeze_for_good` (a process that goes on with other
    work after its workers: the test process between tests); whether it was frozen for good."""
    global _for_good
    with _lock:
        was, _for_good = _for_good, False
        gc.unfreeze()
    return was


@contextmanager
def paused() -> Iterator[None]:
    """Run the body with the garbage collector off (see the module's docstring for why that is safe for
    extraction); nests and may run in several threads at once: the last exit turns it back on, if it was on
    at the outermost entry."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    done = False
    try:
        yield
        done = True
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0:
                if done and _depth > 0:
                    gc.freeze()  # what the body made and still holds joins the frozen data (module docstring)
                if _was_enabled:
                    gc.enable()
