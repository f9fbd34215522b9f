"""Kept answers of the read endpoints: replayed while the store is unchanged, never after a commit."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from realpolitik.store import open_store  # noqa: E402
from realpolitik.store.version import DataVersion  # noqa: E402
from realpolitik.web.app import create_app  # noqa: E402
from realpolitik.web.settings import Settings  # noqa: E402


def test_version_changes_at_every_commit_of_any_connection(store_url, make_document, make_extraction) -> None:  # type: ignore[no-untyped-def]
    with open_store(store_url) as reader, open_store(store_url) as writer:
        before = reader.version.current()
        assert before is not None and reader.version.current() == before  # reading changes nothing
        writer.save(make_extraction(make_document("Russland und Venezuela haben verhandelt.", id="v1")))
        after = reader.version.current()
        assert after != before
        reader.save(make_extraction(make_document("China und Indien haben verhandelt.", id="v2")))
        assert reader.version.current() != after  # the store's own writes count too


def test_in_memory_sqlite_keeps_nothing() -> None:
    from sqlalchemy import create_engine

    assert DataVersion(create_engine("sqlite://")).current() is None


def test_events_kept_until_a_commit(store_url, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    with open_store(store_url) as writer:
        writer.save(make_extraction(make_document(id="d1"), [make_event("d1")]))
        app = create_app(Settings(db=store_url, cluster_on_start=False))
        with TestClient(app) as client:
            first = client.get("/api/events?limit=5")
            assert first.status_code == 200 and first.json()["total"] == 1
            assert client.get("/api/events?limit=5").content == first.content
            assert client.get("/api/events?limit=6").json()["limit"] == 6  # another query is another answer
            text = "China und Indien haben einen Vertrag unterzeichnet."
            writer.save(make_extraction(make_document(text, id="d2"), [make_event("d2", "CHNGOV", "INDGOV")]))
            assert client.get("/api/events?limit=5").json()["total"] == 2  # another connection committed
            assert client.get("/api/events?limit=5&sort=nonsense").status_code == 422  # errors are not kept
            assert client.get("/api/meta").json()["counts"]["documents"] == 2


def test_meta_counts_kept_until_a_commit(store_url, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    with open_store(store_url) as writer:
        writer.save(make_extraction(make_document(id="d1"), [make_event("d1")]))
        with TestClient(create_app(Settings(db=store_url, cluster_on_start=False))) as client:
            for _ in range(2):  # the second answer's counts are the kept ones
                assert client.get("/api/meta").json()["counts"]["event_mentions"] == 1
            text = "China und Indien haben einen Vertrag unterzeichnet."
            writer.save(make_extraction(make_document(text, id="d2"), [make_event("d2", "CHNGOV", "INDGOV")]))
            assert client.get("/api/meta").json()["counts"]["event_mentions"] == 2


class _Unchanged:
    blocking = False

    def current(self) -> int:
        return 1


def test_kept_bodies_stay_within_the_byte_budget() -> None:
    import asyncio

    from realpolitik.web.cache import ResponseCache

    async def app(scope, receive, send) -> None:  # type: ignore[no-untyped-def]  # a body as long as the path says
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * int(scope["path"].rsplit("/", 1)[1])})

    async def ignore(message) -> None:  # type: ignore[no-untyped-def]
        pass

    async def nothing() -> dict:
        return {"type": "http.request", "body": b""}

    cache = ResponseCache(app, _Unchanged(), budget=1000)  # type: ignore[arg-type]
    for path in ("/api/a/400", "/api/b/400", "/api/a/400", "/api/c/300", "/api/d/2000"):
        asyncio.run(cache({"type": "http", "method": "GET", "path": path, "query_string": b""}, nothing, ignore))
    # b, the least recently used, made room for c; d, over the budget on its own, is not kept and pushes out nothing
    assert [key[0] for key in cache.kept] == ["/api/a/400", "/api/c/300"] and cache.held == 700


def test_one_answer_made_for_requests_that_come_together() -> None:
    import asyncio

    from realpolitik.web.cache import ResponseCache

    made: list[str] = []

    async def app(scope, receive, send) -> None:  # type: ignore[no-untyped-def]  # /api/bad answers 500
        made.append(scope["path"])
        await asyncio.sleep(0.05)
        status = 500 if scope["path"] == "/api/bad" else 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": scope["path"].encode()})

    async def nothing() -> dict:
        return {"type": "http.request", "body": b""}

    async def get(cache: ResponseCache, path: str) -> bytes:
        got: list[bytes] = []

        async def collect(message) -> None:  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.body":
                got.append(message["body"])

        await cache({"type": "http", "method": "GET", "path": path, "query_string": b""}, nothing, collect)
        return b"".join(got)

    async def together(path: str) -> list[bytes]:
        cache = ResponseCache(app, _Unchanged())  # type: ignore[arg-type]
        return await asyncio.gather(*(get(cache, path) for _ in range(5)))

    assert asyncio.run(together("/api/x")) == [b"/api/x"] * 5 and made == ["/api/x"]
    made.clear()  # an answer that is not kept is made by each request that waited for it
    assert asyncio.run(together("/api/bad")) == [b"/api/bad"] * 5 and made == ["/api/bad"] * 5


def test_a_version_read_over_the_network_is_shared_but_never_older_than_the_request() -> None:
    import asyncio
    import threading
    import time

    from realpolitik.web.cache import SharedRead

    started: list[float] = []
    lock = threading.Lock()

    def read() -> int:  # a round trip: its value is the number of reads begun so far
        with lock:
            started.append(time.monotonic())
            number = len(started)
        time.sleep(0.05)
        return number

    async def run() -> tuple[list[object], list[object]]:
        shared = SharedRead(read)
        first = await asyncio.gather(*(shared() for _ in range(10)))  # ten at once
        early = asyncio.ensure_future(shared())  # a read is on its way ...
        await asyncio.sleep(0.01)
        late = await asyncio.gather(*(shared() for _ in range(5)))  # ... when these arrive
        return [*first, await early], late

    first, late = asyncio.run(run())
    # the first caller reads at once and the nine after it share one read that starts when it ends
    assert first[:10] == [1] + [2] * 9
    assert first[10] == 3
    # those who came while read 3 was running got read 4, begun after them, not read 3's older value
    assert late == [4] * 5 and len(started) == 4
