"""A small corpus the web, API, export and browser tests ingest through the real pipeline.

Imported by the other test_web*/test_api*/test_export*/test_browser* modules
(pytest puts tests/ on sys.path); its own test checks the corpus still yields
what they rely on.
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.engines import ingest_paths

ARTICLES = {
    "russia-china.txt": (
        "published: 2025-09-29\n"
        "Russia and China signed a strategic partnership agreement in Moscow on Monday. "
        "The United States accused Russia of violating the treaty."
    ),
    "ukraine-poland.txt": (
        "published: 2025-10-01\n"
        "Ukraine and Poland signed a defense pact. Russia attacked Ukraine with missiles."
    ),
    "russia-ukraine.txt": (
        "published: 2025-11-12\n"
        "Russia attacked Ukraine again on Tuesday. Russia and China signed a trade agreement."
    ),
}


def build_store(folder: Path) -> str:
    """Write the articles into `folder`, ingest them into a fresh SQLite store there, return its URL."""
    texts = folder / "articles"
    texts.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (texts / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{folder / 'web.db'}"
    summary = ingest_paths([str(texts)], url)
    assert summary["stored"] == len(ARTICLES), summary
    return url


def test_corpus_yields_events_and_relations(tmp_path: Path) -> None:
    from realpolitik.query import list_events, list_relations
    from realpolitik.store import open_store

    with open_store(build_store(tmp_path)) as store:
        events = list_events(store)
        relations = list_relations(store)
    pairs = {(e["source"], e["target"], e["plover"]) for e in events}
    assert ("RUS", "UKR", "ASSAULT") in pairs and ("RUS", "CHN", "AGREE") in pairs
    assert {(r["a"], r["b"]) for r in relations} >= {("CHN", "RUS")}
