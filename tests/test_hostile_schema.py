"""The OpenAPI schema fuzzed with schemathesis against a real server on loopback: no 5xx on any input.

Runs on SQLite and (with $REALPOLITIK_TEST_PG) PostgreSQL, over a store with a
few real articles. Every operation gets a bounded number of generated requests
(valid and invalid by the schema, NUL bytes and odd Unicode included), with and
without the ingest token; the only check is that the server never fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from realpolitik.web.server import BackgroundServer  # noqa: E402
from realpolitik.web.settings import Settings  # noqa: E402
from test_web_corpus import ARTICLES  # noqa: E402

TOKEN = "fuzz-token"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fuzzed_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import os

    from conftest import PG_ENV, _wipe
    from realpolitik.engines import ingest_paths

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}"
    else:
        url = os.environ.get(PG_ENV) or ""
        if not url:
            pytest.skip(f"set {PG_ENV} to fuzz the API on PostgreSQL")
        _wipe(url)
    folder: Path = tmp_path_factory.mktemp("fuzz-articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    ingest_paths([str(folder)], url)
    with BackgroundServer(Settings(db=url, token=TOKEN, doc_seconds=5.0)) as running:
        yield running.url
    if request.param == "postgres":
        _wipe(url)


def _fuzz(operation, headers: dict | None) -> None:  # type: ignore[no-untyped-def]
    @settings(max_examples=25, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def run(case) -> None:  # type: ignore[no-untyped-def]
        case.call_and_validate(headers=headers, checks=[not_a_server_error], timeout=60)

    run()


def test_no_input_makes_the_server_fail(fuzzed_server: str) -> None:
    schema = schemathesis.openapi.from_url(f"{fuzzed_server}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        _fuzz(operation, {"Authorization": f"Bearer {TOKEN}"} if operation.method.upper() == "POST" else None)
