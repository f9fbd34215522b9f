"""Answers of the read endpoints kept while the store is unchanged: a repeated GET costs a dictionary lookup.

Pure ASGI. A GET under /api/ (but /api/meta, which also reports the server's
own state) is looked up by path, query string and today's date (defaults such
as `until` are today); a kept answer is replayed only if the store's version
(store/version.py, read before the route runs) is still the one it was made
under, so any commit, by this server or any other process, retires it. Only
complete 200 answers up to MAX_BODY bytes are kept: at most SIZE of them and
BUDGET bytes in all, the least recently used going first (a byte budget, not
only a count: a few hundred one-off answers, such as single articles, would
otherwise push out the answers that many clients share). Requests for an
answer that is being made wait for it instead of making it again (a page
opened by many at once would run the same query as many times, together).

Where reading the version is a round trip to the server (PostgreSQL), the
requests that arrive while one read is on its way share the next read
(`SharedRead`): each request still gets a version read that began after it
arrived, so no commit it could know of is missed, and 20 clients cost a
read per round trip instead of one each (measured on 1M events: 0.56x a minimal
app's throughput with a read per request, a kept answer costing more than
making a fresh one in that app).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import anyio.to_thread

from realpolitik.store.version import DataVersion

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SIZE = 10_000
BUDGET = 64 << 20
MAX_BODY = 1 << 20
_NOT_KEPT = ("/api/meta",)


@dataclass
class _Read:
    done: anyio.Event = field(default_factory=anyio.Event)
    value: object = None


class SharedRead:
    """One blocking read (in a worker thread) for all the callers that arrive before it starts.

    A caller joins the read that is queued, not the one running: that one began before the caller came and may
    miss a commit the caller has seen. The first caller of a queued read waits for the running one to end, closes
    the queue and reads, shielded from cancellation (those who joined wait for its value)."""

    def __init__(self, read: Callable[[], object]) -> None:
        self.read = read
        self.queued: _Read | None = None
        self.running: _Read | None = None

    async def __call__(self) -> object:
        joined = self.queued
        if joined is not None:
            await joined.done.wait()
            return joined.value
        mine = self.queued = _Read()
        with anyio.CancelScope(shield=True):
            try:
                while self.running is not None:  # one read at a time
                    await self.running.done.wait()
                self.queued, self.running = None, mine  # callers from now on need a read that starts after them
                mine.value = await anyio.to_thread.run_sync(self.read)
            finally:
                if self.running is mine:
                    self.running = None
                if self.queued is mine:
                    self.queued = None
                mine.done.set()
        return mine.value


class ResponseCache:
    """ASGI middleware replaying kept answers of read endpoints while `version` is unchanged."""

    def __init__(self, app: ASGIApp, version: DataVersion, size: int = SIZE, max_body: int = MAX_BODY,
                 budget: int = BUDGET) -> None:
        self.app = app
        self.version = version
        self.shared_version = SharedRead(version.current)  # for a version read over the network
        self.size = size
        self.max_body = max_body
        self.budget = budget
        self.held = 0  # bytes of the bodies kept
        self.kept: OrderedDict[tuple, tuple[object, int, list, bytes]] = OrderedDict()
        self.running: dict[tuple, anyio.Event] = {}  # answers being made now, by key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if scope.get("method") != "GET" or not path.startswith("/api/") or path in _NOT_KEPT:
            await self.app(scope, receive, send)
            return
        version = await self.shared_version() if self.version.blocking else self.version.current()
        if version is None:
            await self.app(scope, receive, send)
            return
        key = (path, scope.get("query_string", b""), date.today().toordinal())
        if await self._replay(key, version, send):
            return
        running = self.running.get(key)
        if running is not None:  # the same question is being answered: wait for that answer, not make another
            await running.wait()
            if await self._replay(key, version, send):
                return
            await self.app(scope, receive, send)  # not kept (an error, a newer version): answer it here
            return
        made = self.running[key] = anyio.Event()
        try:
            await self._answer(key, version, scope, receive, send, made)
        finally:
            self._done(key, made)

    def _done(self, key: tuple, made: anyio.Event) -> None:
        """Let those waiting for `made` go on (once it is kept, before its last bytes reach a slow client)."""
        if self.running.get(key) is made:
            del self.running[key]
        made.set()

    async def _replay(self, key: tuple, version: object, send: Send) -> bool:
        """Send the answer kept under `key` if it was made under `version`; whether one was sent."""
        kept = self.kept.get(key)
        if kept is None or kept[0] != version:
            return False
        self.kept.move_to_end(key)
        await send({"type": "http.response.start", "status": kept[1], "headers": kept[2]})
        await send({"type": "http.response.body", "body": kept[3]})
        return True

    async def _answer(self, key: tuple, version: object, scope: Scope, receive: Receive, send: Send,
                      made: anyio.Event) -> None:
        """Run the app, keeping a complete 200 answer under `key` and `version`."""
        start: Message = {}
        body: list[bytes] = []
        size = 0

        async def keeping_send(message: Message) -> None:
            nonlocal size
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and size <= self.max_body:
                chunk = message.get("body", b"")
                size += len(chunk)
                body.append(chunk)
                if not message.get("more_body", False) and start.get("status") == 200 and size <= self.max_body:
                    self._keep(key, version, start, b"".join(body))
                    self._done(key, made)
            await send(message)

        await self.app(scope, receive, keeping_send)

    def _keep(self, key: tuple, version: object, start: Message, body: bytes) -> None:
        if len(body) > self.budget:
            return
        old = self.kept.pop(key, None)
        self.held += len(body) - (len(old[3]) if old else 0)
        self.kept[key] = (version, 200, list(start.get("headers", [])), body)
        while len(self.kept) > self.size or self.held > self.budget:
            self.held -= len(self.kept.popitem(last=False)[1][3])
