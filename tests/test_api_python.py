"""The Python API: the examples of docs/api.md run as doctests, plus typed results and cheap import."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs" / "api.md"


def test_docs_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REALPOLITIK_DB", raising=False)
    text = DOCS.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, "docs/api.md", str(DOCS), 0)
    assert len(test.examples) >= 10
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/api.md failed"


def test_typed_results(tmp_path: Path) -> None:
    import realpolitik
    from realpolitik.api import Ally, DyadTimeline, IngestSummary, Network, StoredEvent, StoredRelation
    from test_web_corpus import build_store

    url = build_store(tmp_path)
    assert isinstance(realpolitik.events(db=url)[0], StoredEvent)
    assert isinstance(realpolitik.allies("RUS", db=url)[0], Ally)
    assert isinstance(realpolitik.relations(db=url)[0], StoredRelation)
    assert isinstance(realpolitik.dyad("RUS", "UKR", db=url), DyadTimeline)
    assert isinstance(realpolitik.network(db=url, at="2025-12-01"), Network)
    assert isinstance(realpolitik.changes("2025-09-01", "2025-12-31", db=url), dict)
    (tmp_path / "more.txt").write_text("published: 2025-12-02\nGermany and France signed a defense pact.")
    assert isinstance(realpolitik.ingest(tmp_path / "more.txt", db=url), IngestSummary)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        realpolitik.events(db=url, since="yesterday")
    import realpolitik.export  # the package shadows the function name; it must stay callable

    assert realpolitik.export("jsonl", tmp_path / "e.jsonl", db=url) == 7


def test_import_is_light() -> None:
    code = "import sys, realpolitik; print(sorted(m for m in ('sqlalchemy', 'pandas', 'fastapi') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
