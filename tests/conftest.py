"""Shared fixtures: stores on SQLite and (when $REALPOLITIK_TEST_PG is set) PostgreSQL,
and small factories for the model dataclasses, so tests need no extraction stage."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date

import pytest

from realpolitik.model import Document, Event, Extraction, Relation

PG_ENV = "REALPOLITIK_TEST_PG"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh, empty database URL: a SQLite file in tmp_path, or the test PostgreSQL (wiped)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"set {PG_ENV} (e.g. $(bash .ci/postgres.sh)) to run PostgreSQL tests")
    _wipe(url)
    yield url
    _wipe(url)


def _wipe(url: str) -> None:
    from realpolitik.store.engine import make_engine, resolve_url
    from realpolitik.store.schema import metadata

    engine = make_engine(resolve_url(url))
    try:
        metadata.drop_all(engine)
    finally:
        engine.dispose()


@pytest.fixture
def store(store_url: str):  # type: ignore[no-untyped-def]
    """An open Store on `store_url`, closed after the test."""
    from realpolitik.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture
def make_document() -> Callable[..., Document]:
    def make(text: str = "Russland und Venezuela haben einen Vertrag unterzeichnet.", **fields) -> Document:
        fields.setdefault("id", f"doc-{abs(hash(text)) % 10**8:08d}")
        fields.setdefault("lang", "de")
        fields.setdefault("published", date(2025, 10, 27))
        return Document(text=text, **fields)

    return make


@pytest.fixture
def make_event() -> Callable[..., Event]:
    def make(
        doc_id: str = "d1", source: str | None = "RUSGOV", target: str | None = "VENGOV", **fields
    ) -> Event:
        values = {
            "cameo": "057",
            "plover": "AGREE",
            "goldstein": 8.0,
            "quad_class": 1,
            "evidence": "Russland und Venezuela haben einen Vertrag unterzeichnet.",
            "evidence_start": 0,
            "evidence_end": 56,
            "rule": "de:sign",
            "ruleset_version": "test-1",
        }
        values.update(fields)
        return Event(doc_id=doc_id, source=source, target=target, **values)

    return make


@pytest.fixture
def make_relation() -> Callable[..., Relation]:
    def make(
        a: str = "RUS",
        b: str = "VEN",
        kind: str = "strategic_partnership",
        status: str | None = "in_force",
        doc_id: str = "d1",
        **fields,
    ) -> Relation:
        fields.setdefault("evidence", f"{a} and {b}: {kind} {status}.")
        return Relation(a=a, b=b, kind=kind, status=status, doc_id=doc_id, **fields)

    return make


@pytest.fixture
def make_extraction() -> Callable[..., Extraction]:
    def make(document: Document, events: list[Event] | None = None, relations: list[Relation] | None = None):
        return Extraction(
            document=document, sentences=[], actors=[], events=events or [], relations=relations or []
        )

    return make


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Nothing frozen out of the collector's reach (realpolitik.frozen) at the start: a worker pool started by
    an earlier test froze the test process for good. Frozen again after the test if it was."""
    import gc

    from realpolitik import frozen

    was_frozen = gc.get_freeze_count() > 0
    for_good = frozen.thaw()
    yield
    frozen.thaw()
    if for_good:
        frozen.freeze_for_good()
    elif was_frozen:
        gc.freeze()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked `patches_hot_modules` replaces a function of a module the build may compile; compiled, the
    module's own calls do not see the replacement. Where those modules run compiled, such a test is skipped here
    and tests/test_compiled.py runs it in a plain-Python process (REALPOLITIK_PURE_PYTHON=1)."""
    marked = [item for item in items if item.get_closest_marker("patches_hot_modules")]
    if not marked:
        return
    from realpolitik.compiled import compiled_modules

    if any(compiled_modules().values()):
        skip = pytest.mark.skip(reason="patches a compiled module: tests/test_compiled.py runs it on plain Python")
        for item in marked:
            item.add_marker(skip)
