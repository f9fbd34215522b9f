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
            assert gc.get_freeze_count() > before
        # The inner exit leaves the outer freeze alone. Compared with `before`, not `outer`: a frozen object
        # that another thread lets go (a server or Ray thread of an earlier test) leaves the permanent
        # generation, so the count may shrink a little (949,217 -> 949,154 in one CI run); an unfreeze
        # would drop it to `before`.
        assert gc.get_freeze_count() > before + (outer - before) // 2
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


def test_frozen_for_good_is_left_frozen() -> None:
    """After `freeze_for_good` (a parent about to fork), an exit does not give the shared data back; `thaw` does."""
    frozen_module.freeze_for_good()
    before = gc.get_freeze_count()
    assert before > 0
    with frozen():
        pass
    assert gc.get_freeze_count() == before
    assert frozen_module.thaw()
    assert gc.get_freeze_count() == 0
    with frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_extraction_runs_with_the_collector_off_and_gives_it_back(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import realpolitik.pipeline as pipeline

    seen = []
    recognise = pipeline.recognise_actors

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return recognise(*args, **kwargs)

    monkeypatch.setattr(pipeline, "recognise_actors", spy)
    extract_document(Document(id="p1", text="Germany and France signed an agreement on Monday.", lang="en"))
    assert seen == [False]
    assert gc.isenabled()


def test_paused_nests_and_keeps_a_collector_that_was_off_off() -> None:
    with frozen_module.paused():
        with frozen_module.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with frozen_module.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_leaves_no_cycles_for_the_collector() -> None:
    """Why pausing the collector is safe: a document's objects are freed by their reference counts alone."""
    texts = {"de": "Deutschland und Frankreich unterzeichneten am Montag in Berlin ein Abkommen. Beide Länder "
                   "wollen enger zusammenarbeiten.",
             "en": "Germany and France signed an agreement in Berlin on Monday. The two countries will cooperate.",
             "es": "Alemania y Francia firmaron el lunes un acuerdo en Berlín. Ambos países cooperarán.",
             "fr": "L'Allemagne et la France ont signé lundi un accord à Berlin. Les deux pays coopéreront.",
             "ru": "Германия и Франция подписали в понедельник соглашение в Берлине. Обе страны будут сотрудничать."}
    for lang, text in texts.items():  # the tables each language loads on first use are not garbage
        extract_document(Document(id=f"warm-{lang}", text=text, lang=lang))
    gc.collect()
    gc.disable()
    try:
        for lang, text in texts.items():
            extract_document(Document(id=f"c-{lang}", text=text * 20, lang=lang))
        assert gc.collect() == 0
    finally:
        gc.enable()


def _tracked_in(generation: int, *objects: object) -> list[bool]:
    ids = {id(o) for o in gc.get_objects(generation)}
    return [id(o) in ids for o in objects]


def test_a_document_s_objects_leave_the_young_generation() -> None:
    """The first young collection after an extraction would walk every object the document still holds (all
    made with the collector off): they are frozen with the loaded data and come back in the oldest generation."""
    text = "Germany and France signed an agreement in Berlin on Monday. The two countries will cooperate. " * 50
    extraction = extract_document(Document(id="g1", text=text, lang="en"))
    held = (extraction.sentences[40], extraction.actors[40][0], extraction.events[-1])
    assert gc.get_count()[0] < 50  # nothing left for the next young collection to walk
    assert _tracked_in(0, *held) == [False] * 3
    assert _tracked_in(2, *held) == [True] * 3
    assert gc.get_freeze_count() == 0


def test_inside_a_run_a_document_s_objects_stay_frozen_until_it_ends() -> None:
    """In an ingest run (`frozen()` around many documents) each document's objects stay out of the walks
    until the run ends, and reference counts free them meanwhile."""
    with frozen():
        before = gc.get_freeze_count()
        extraction = extract_document(Document(id="g2", text="Germany and France signed an agreement. " * 20,
                                                lang="en"))
        assert gc.get_freeze_count() > before
        sentence = extraction.sentences[3]
        assert not any(_tracked_in(generation, sentence)[0] for generation in range(3))
    assert _tracked_in(2, sentence) == [True]
    assert gc.get_freeze_count() == 0


def test_a_body_that_raises_freezes_nothing() -> None:
    """A traceback's frames may hold cycles: what a failed body made stays young, for the next collection."""
    made: list[object] = []
    with frozen():
        before = gc.get_freeze_count()
        with pytest.raises(RuntimeError), frozen_module.paused():
            made.append(["made in the body"])
            raise RuntimeError("stop")
        assert gc.get_freeze_count() == before
        assert _tracked_in(0, made[0]) == [True]
