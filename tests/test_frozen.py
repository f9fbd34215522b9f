"""realpolitik.frozen: the loaded data out of the collector's walks during long work, given back after."""

from __future__ import annotations

import gc
import threading

import pytest

from realpolitik import frozen as frozen_module
from realpolitik.frozen import frozen
from realpolitik.model import Document
from realpolitik.pipeline import extract_document

pytestmark = pytest.mark.usefixtures("unfrozen")


def test_frozen_nests_and_gives_everything_back() -> None:
    before = gc.get_freeze_count()
    with frozen():
        outer = gc.get_freeze_count()
        assert outer > before
        with frozen():
            assert gc.get_freeze_count() >= outer
        assert gc.get_freeze_count() >= outer  # the inner exit leaves the outer freeze alone
    assert gc.get_freeze_count() == before


def test_frozen_in_threads_unfreezes_at_the_last_exit() -> None:
    before = gc.get_freeze_count()
    inside, leave = threading.Barrier(3), threading.Event()

    def work() -> None:
        with frozen():
            inside.wait()
            leave.wait()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    inside.wait()
    assert gc.get_freeze_count() > before
    leave.set()
    for thread in threads:
        thread.join()
    assert gc.get_freeze_count() == before


def test_extraction_freezes_only_while_it_runs() -> None:
    before = gc.get_freeze_count()
    extraction = extract_document(Document(id="f1", text="Germany and France signed an agreement on Monday.",
                                           lang="en"))
    assert extraction.events
    assert gc.get_freeze_count() == before


def test_frozen_for_good_is_left_frozen(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After `freeze_for_good` (a parent about to fork), an exit does not give the shared data back."""
    monkeypatch.setattr(frozen_module, "_for_good", True)
    before = gc.get_freeze_count()
    with frozen():
        pass
    assert gc.get_freeze_count() == before
