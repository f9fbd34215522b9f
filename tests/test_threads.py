"""Extraction from several threads at once (the API ingests in a thread pool) gives what one thread gives."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from realpolitik.model import Document
from realpolitik.pipeline import extract_document

TEXTS = [
    ("de", "Russland und Venezuela unterzeichneten am Montag eine strategische Partnerschaft."),
    ("en", "China condemned the sanctions imposed by Washington and threatened countermeasures."),
    ("es", "México rompió relaciones diplomáticas con Ecuador tras el asalto a su embajada."),
    ("fr", "La France a rappelé son ambassadeur au Niger après le coup d'État."),
    ("ru", "Россия нанесла ракетный удар по Украине, заявили в Киеве."),
]


def _events(lang: str, text: str) -> list[tuple]:
    doc = Document(id=f"t-{lang}", text=text, lang=lang)
    return [(e.source, e.target, e.cameo, e.modality) for e in extract_document(doc).events]


def test_threads_extract_what_one_thread_extracts() -> None:
    expected = {text: _events(lang, text) for lang, text in TEXTS}
    assert any(expected.values())
    jobs = TEXTS * 40
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: (job[1], _events(*job)), jobs))
    assert all(events == expected[text] for text, events in results)
