"""realpolitik.per_document: answers remembered for one document's extraction, and only for it."""

from __future__ import annotations

import threading
from datetime import date

from realpolitik.language.dates import find_dates
from realpolitik.per_document import document_table, per_document


def test_tables_live_for_one_document_and_this_thread() -> None:
    assert document_table("dates") is None  # outside a document: the callers' own bounded caches
    with per_document():
        table = document_table("dates")
        assert table == {} and document_table("dates") is table and document_table("forms") is not table
        table["k"] = 1
        seen_elsewhere: list[object] = []
        worker = threading.Thread(target=lambda: seen_elsewhere.append(document_table("dates")))
        worker.start()
        worker.join()
        assert seen_elsewhere == [None]  # another thread's document is not this one
        with per_document():  # a document extracted inside another has its own tables
            assert document_table("dates") == {}
        assert document_table("dates") == {"k": 1}
    assert document_table("dates") is None


def test_a_sentence_s_dates_are_found_once_per_document() -> None:
    text = "Russia and China signed a treaty on Monday."
    with per_document():
        first = find_dates(text, "en", date(2025, 10, 27))
        assert first and find_dates(text, "en", date(2025, 10, 27)) == first
        assert len(document_table("dates")) == 1  # one entry: the second question was answered from it
