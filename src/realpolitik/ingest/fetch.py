"""Polite HTTP fetching: who we are, how long we wait, how much we take, how often we ask.

- A User-Agent naming realpolitik and its version, so site owners can tell who calls.
- Timeouts per connection step and a deadline for the whole answer (a server
  trickling bytes cannot hold a run forever).
- A size cap checked on Content-Length and while reading.
- Conditional requests (If-None-Match / If-Modified-Since) from stored validators.
- A minimum interval between requests to the same host.
- Retries with exponential backoff for timeouts, network errors, 429 and 5xx
  (honouring a short Retry-After); 4xx other than 429 is final.
- No private, loopback or link-local address unless the user allows it, checked
  for every redirect hop and pinned for the connection (`ingest.guard`), so a
  feed cannot make the watcher probe an intranet, not even by DNS rebinding.
- A body that is binary is rejected here with its reason (`_fetch_once`, by its media
  type), one whose declared character set is unknown by `readers.read_page`, for every
  caller alike.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.guard import SCHEMES, AddressCheck, Blocked, GuardedTransport, Resolver
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.urls import host_of

log = logging.getLogger(__name__)

_RETRY_STATUS = {429, 500, 502, 503, 504}
_MAX_REDIRECTS = 5
# Media types that are never an article or a feed (the body's own magic numbers are checked on decoding).
_BINARY_MEDIA = ("image/", "audio/", "video/", "font/", "model/", "application/octet-stream", "application/pdf",
                 "application/zip", "application/gzip", "application/x-gzip", "application/x-tar",
                 "application/x-7z", "application/x-bzip", "application/vnd.", "application/msword")


@lru_cache(maxsize=1)
def user_agent() -> str:
    """Who fetches: realpolitik and its version, read once (a look-up of the installed package's metadata took
    2 ms, paid by every ingest run through its FetchPolicy)."""
    try:
        ours = version("realpolitik")
    except PackageNotFoundError:
        ours = "dev"
    return f"realpolitik/{ours} (+https://pypi.org/project/realpolitik/; news event coding)"


@dataclass
class FetchPolicy:
    """How politely to fetch; the defaults suit unattended polling of news sites."""

    timeout: float = 20.0  # seconds per connect/read step, and the deadline for one answer x 2
    max_bytes: int = MAX_BYTES
    retries: int = 2
    backoff: float = 1.0  # first retry waits this long, then doubles
    max_retry_after: float = 60.0
    per_host_interval: float = 1.0  # seconds between two requests to one host
    allow_private: bool = False
    user_agent: str = field(default_factory=user_agent)
    resolver: Resolver | None = None  # host, port -> addresses; None: the system resolver
    address_allowed: AddressCheck | None = None  # None: globally routable addresses only


@dataclass(frozen=True)
class Response:
    """A successful (2xx) or 304 answer."""

    url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """Fetches URLs under a FetchPolicy; one per run (it holds the per-host clock and connections)."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        import httpx

        self.policy = policy or FetchPolicy()
        self._httpx = httpx
        transport = GuardedTransport(allow_private=self.policy.allow_private, resolver=self.policy.resolver,
                                     address_allowed=self.policy.address_allowed)
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=False,
            transport=transport,
            trust_env=False,  # no proxy from the environment: the guard must see the real destination
        )
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(
        self, url: str, etag: str | None = None, last_modified: str | None = None, accept: str | None = None
    ) -> Response | Rejected:
        """GET `url` (conditionally when validators are given); a Rejected says why not."""
        attempt = 0
        while True:
            outcome, retry_after = self._fetch_once(url, etag, last_modified, accept)
            if isinstance(outcome, Response) or retry_after is None or attempt >= self.policy.retries:
                return outcome
            wait = max(self.policy.backoff * (2**attempt), min(retry_after, self.policy.max_retry_after))
            log.info("%s: %s; retrying in %.1f s", url, outcome.detail, wait)
            time.sleep(wait)
            attempt += 1

    # -- one attempt ------------------------------------------------------------------

    def _fetch_once(
        self, url: str, etag: str | None, last_modified: str | None, accept: str | None
    ) -> tuple[Response | Rejected, float | None]:
        """One request (following redirects); the float is a retry delay when retrying makes sense."""
        httpx = self._httpx
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            if urlsplit(current).scheme.lower() not in SCHEMES:
                return Rejected(url, "blocked", f"only http and https URLs are fetched, not {current[:200]!r}"), None
            self._wait_for_host(current)
            deadline = time.monotonic() + 2 * self.policy.timeout
            try:
                with self._client.stream("GET", current, headers=headers) as answer:
                    if answer.is_redirect and "location" in answer.headers:
                        current = urljoin(current, answer.headers["location"])
                        continue
                    if answer.status_code == 304:
                        return self._response(current, answer, b""), None
                    if answer.status_code >= 400:
                        retry = _retry_after(answer.headers.get("retry-after"))
                        reason = f"HTTP {answer.status_code} {answer.reason_phrase}".strip()
                        rejected = Rejected(url, "http_error", f"{reason}; check the URL or try again later")
                        return rejected, (retry if answer.status_code in _RETRY_STATUS else None)
                    media = answer.headers.get("content-type", "").split(";")[0].strip().lower()
                    if media.startswith(_BINARY_MEDIA):
                        return Rejected(url, "binary", f"the server sends {media[:80]}, not a page or feed; "
                                        "download and convert it to text first"), None
                    body = self._read_body(url, answer, deadline)
                    if isinstance(body, Rejected):
                        return body, (0.0 if body.reason == "timeout" else None)
                    return self._response(current, answer, body), None
            except Blocked as exc:
                return Rejected(url, "blocked", str(exc)), None
            except httpx.InvalidURL as exc:
                return Rejected(url, "blocked", f"not a URL that can be fetched ({exc}); check it"), None
            except httpx.TimeoutException:
                return Rejected(url, "timeout", f"no answer within {self.policy.timeout:g} s; try later"), 0.0
            except (httpx.HTTPError, OSError, ValueError) as exc:
                return Rejected(url, "network", f"cannot fetch it: {exc or type(exc).__name__}"), 0.0
        return Rejected(url, "network", f"more than {_MAX_REDIRECTS} redirects; use the final URL"), None

    def _read_body(self, url: str, answer, deadline: float) -> bytes | Rejected:  # type: ignore[no-untyped-def]
        cap = self.policy.max_bytes
        declared = answer.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            return Rejected(url, "too_large", f"{declared} bytes, over the limit of {cap}; raise --max-bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in answer.iter_bytes():
            size += len(chunk)
            if size > cap:
                return Rejected(url, "too_large", f"over the limit of {cap} bytes; raise --max-bytes")
            if time.monotonic() > deadline:
                return Rejected(url, "timeout", f"the answer took over {2 * self.policy.timeout:g} s; try later")
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _response(url: str, answer, body: bytes) -> Response:  # type: ignore[no-untyped-def]
        content_type = answer.headers.get("content-type", "")
        charset = None
        for part in content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                charset = value.strip("\"' ").lower()
        return Response(
            url=url,
            status=answer.status_code,
            body=body,
            content_type=content_type.split(";")[0].strip().lower(),
            charset=charset,
            etag=answer.headers.get("etag"),
            last_modified=answer.headers.get("last-modified"),
        )

    def _wait_for_host(self, url: str) -> None:
        host = host_of(url)
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + self.policy.per_host_interval
            wait = max(0.0, ready - now)
            self._last[host] = now + wait
        if wait:
            time.sleep(wait)


def _retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); 0 when absent."""
    if not value:
        return 0.0
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, when.timestamp() - time.time())
