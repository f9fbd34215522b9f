"""What every request must pass before any route runs: a body size limit and no NUL characters.

Pure ASGI, outermost: a body declared larger than the limit is refused (413)
before a byte of it is read, and one sent without a length (chunked) is counted
while it streams and refused as soon as it passes the limit, so an anonymous
client cannot make the server hold hundreds of megabytes before the token
check even runs. A NUL character in the path or query string is refused (400):
PostgreSQL cannot store or compare text holding one, and no parameter needs it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote_to_bytes

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class _BodyTooLarge(Exception):
    pass


class RequestLimits:
    """ASGI middleware: 413 for a body over `max_body` bytes, 400 for NUL in the path or query."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _has_nul(scope):
            await _answer(send, 400, "a parameter contains a NUL character (\\0); remove it")
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await _answer(send, 413, f"the request body is {declared} bytes, over the limit of {self.max_body}")
            return
        received = 0
        exceeded = answered = False
        too_large = f"the request body is over the limit of {self.max_body} bytes"

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # The app may turn the exception into its own error page (FastAPI answers 400): answer 413 instead.
            nonlocal answered
            if not exceeded:
                answered = answered or message["type"] == "http.response.start"
                await send(message)
            elif not answered:
                answered = True
                await _answer(send, 413, too_large)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _BodyTooLarge:
            if not answered:
                await _answer(send, 413, too_large)


def _has_nul(scope: Scope) -> bool:
    path = scope.get("path", "")
    query = scope.get("query_string", b"")
    return "\x00" in path or b"\x00" in query or b"\x00" in unquote_to_bytes(query)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
