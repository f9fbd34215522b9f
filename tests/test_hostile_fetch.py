"""The one guarded fetcher, attacked through every door: the Fetcher, the CLI, feeds, watch and the HTTP API.

Two real servers on loopback: an "intranet" on 127.0.0.1 holding a secret, and a
"public" site on 127.0.0.3 that the tests' address check treats as the internet
(nothing leaves the machine). Every attack must leave the intranet untouched:
no request, and for non-http schemes not even a TCP connection.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from realpolitik.engines import ingest_paths
from realpolitik.ingest.fetch import Fetcher, FetchPolicy
from realpolitik.ingest.guard import is_public
from realpolitik.interfaces.cli import app
from test_sources_http import page

PUBLIC_IP = "127.0.0.3"


class Host:
    """A loopback HTTP server: routes of (status, headers, body); counts connections and requests."""

    def __init__(self, ip: str) -> None:
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.requests: list[str] = []
        self.connections = 0
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                host.requests.append(self.path)
                status, headers, body = host.routes.get(self.path, (404, {}, b"not here"))
                self.send_response(status)
                for key, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request, client_address) -> bool:  # type: ignore[no-untyped-def]
                host.connections += 1
                return True

        self.server = Server((ip, 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://{ip}:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, path: str, body: str | bytes, status: int = 200, **headers: str) -> str:
        self.routes[path] = (status, headers, body.encode() if isinstance(body, str) else body)
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def intranet() -> Iterator[Host]:
    host = Host("127.0.0.1")
    host.add("/secret", page(901, title="Internal"))
    yield host
    host.close()


@pytest.fixture
def public() -> Iterator[Host]:
    try:
        host = Host(PUBLIC_IP)
    except OSError:
        pytest.skip(f"cannot bind {PUBLIC_IP} on this machine")
    yield host
    host.close()


def pretend_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """The tests' internet: 127.0.0.3 only; every other address is judged as in production."""
    return str(address) == PUBLIC_IP or is_public(address)


def spellings(port: int) -> list[str]:
    """Every way we know to write the loopback (or 'this host') address in a URL."""
    hosts = ["127.0.0.1", "localhost", "LOCALHOST", "[::1]", "2130706433", "0x7f000001", "0x7f.1", "127.1",
             "0177.0.0.1", "017700000001", "127.000.000.001", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
             "[0:0:0:0:0:ffff:127.0.0.1]", "0.0.0.0", "0", "127.0.0.2", "[::]", "localhost.", "127.0.0.1.",
             "user@127.0.0.1", "[64:ff9b::7f00:1]", "[2002:7f00:1::]"]
    return [f"http://{host}:{port}/secret" for host in hosts]


POLICY = {"timeout": 2.0, "retries": 0, "per_host_interval": 0.0}


def test_every_loopback_spelling_is_blocked(intranet: Host) -> None:
    with Fetcher(FetchPolicy(**POLICY)) as fetcher:
        for url in spellings(intranet.port):
            outcome = fetcher.fetch(url)
            assert not hasattr(outcome, "body"), f"{url} was fetched"
            assert outcome.reason in ("blocked", "network"), (url, outcome)
    assert intranet.requests == [] and intranet.connections == 0


def test_resolving_names_are_blocked_by_address_not_by_name(intranet: Host) -> None:
    """A harmless-looking name that resolves to loopback is refused for its address."""
    policy = FetchPolicy(**POLICY, resolver=lambda host, port: ["127.0.0.1"])
    with Fetcher(policy) as fetcher:
        outcome = fetcher.fetch(f"http://news.example.org:{intranet.port}/secret")
    assert outcome.reason == "blocked" and "127.0.0.1" in outcome.detail
    assert intranet.requests == []


def test_redirects_are_checked_at_every_hop(intranet: Host, public: Host) -> None:
    targets = [f"http://127.0.0.1:{intranet.port}/secret", f"http://localhost:{intranet.port}/secret",
               f"http://2130706433:{intranet.port}/secret", f"ftp://127.0.0.1:{intranet.port}/",
               "file:///etc/passwd", f"gopher://127.0.0.1:{intranet.port}/_GET%20/secret"]
    with Fetcher(FetchPolicy(**POLICY, address_allowed=pretend_public)) as fetcher:
        for n, target in enumerate(targets):
            hop = public.add(f"/hop{n}", "", status=302, Location=target)
            first = public.add(f"/start{n}", "", status=301, Location=hop)
            outcome = fetcher.fetch(first)
            assert outcome.reason == "blocked", (target, outcome)
    assert intranet.requests == [] and intranet.connections == 0


def test_dns_rebinding_connects_to_the_checked_address(intranet: Host, public: Host) -> None:
    """First answer public, every later one loopback: the request must go to the first."""
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return [PUBLIC_IP] if len(calls) == 1 else ["127.0.0.1"]

    policy = FetchPolicy(**POLICY, resolver=rebinding, address_allowed=pretend_public)
    with Fetcher(policy) as fetcher:
        outcome = fetcher.fetch(f"http://rebind.example:{intranet.port}/secret")
    assert calls == ["rebind.example"]  # resolved once, and connected to that answer
    assert intranet.requests == [] and not hasattr(outcome, "body")


def test_tls_keeps_the_host_name_for_sni(public: Host) -> None:
    """The pinned request keeps Host and asks TLS for the original name (what the certificate is checked for)."""
    from realpolitik.ingest.guard import GuardedTransport

    seen: dict = {}

    class Spy(GuardedTransport):
        def __init__(self) -> None:
            super().__init__(resolver=lambda host, port: [PUBLIC_IP], address_allowed=pretend_public)
            inner = self._inner

            class Recording(httpx.BaseTransport):
                def handle_request(self, request: httpx.Request) -> httpx.Response:
                    seen.update(url=str(request.url), host=request.headers["host"],
                                sni=request.extensions.get("sni_hostname"))
                    return inner.handle_request(request)

            self._inner = Recording()  # type: ignore[assignment]

    public.add("/page", page(902))
    with httpx.Client(transport=Spy()) as client:
        assert client.get(f"http://news.example.org:{public.port}/page").status_code == 200
    assert seen == {"url": f"http://{PUBLIC_IP}:{public.port}/page", "host": f"news.example.org:{public.port}",
                    "sni": "news.example.org"}


def test_binary_and_unknown_charset_bodies_are_rejected_with_a_reason(public: Host, tmp_path: Path) -> None:
    urls = [public.add("/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, **{"Content-Type": "image/png"}),
            public.add("/blob", bytes(range(256)) * 40, **{"Content-Type": "text/html"}),
            public.add("/odd", "<html><body><p>" + "\u00e4\u00f6" * 40 + "</p></body></html>",
                       **{"Content-Type": "text/html; charset=x-no-such-set"}),
            public.add("/latin", ("<html><body><p>" + "Stra\u00dfe " * 40 + "</p></body></html>").encode("latin-1"),
                       **{"Content-Type": "text/html; charset=zlib_codec"})]
    policy = FetchPolicy(**POLICY, address_allowed=pretend_public)
    summary = ingest_paths(urls, db=f"sqlite:///{tmp_path / 'b.db'}", fetch_policy=policy)
    assert summary["stored"] == 1 and summary["rejected"] == {"binary": 2, "encoding": 1}, summary


def test_cli_ingest_refuses_loopback_urls(intranet: Host, tmp_path: Path) -> None:
    urls = spellings(intranet.port)[:12] + [f"ftp://127.0.0.1:{intranet.port}/x"]
    result = CliRunner().invoke(app, ["ingest", *urls, "--db", f"sqlite:///{tmp_path / 'c.db'}", "-f", "json"])
    assert result.exit_code == 1, result.output  # every input refused: nothing could be read (the summary still comes)
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["stored"] == 0 and set(summary["rejected"]) <= {"blocked", "network"}
    assert sum(summary["rejected"].values()) == len(urls)
    assert intranet.requests == [] and intranet.connections == 0


def test_feed_entries_cannot_point_inside(intranet: Host, public: Host, tmp_path: Path) -> None:
    links = spellings(intranet.port)[:8]
    items = "".join(f"<item><title>t{n}</title><link>{link}</link><guid>g{n}</guid></item>"
                    for n, link in enumerate(links))
    redirect = public.add("/jump", "", status=302, Location=f"http://127.0.0.1:{intranet.port}/secret")
    items += f"<item><title>jump</title><link>{redirect}</link><guid>jump</guid></item>"
    feed = public.add("/feed.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}'
                      "</channel></rss>", **{"Content-Type": "application/rss+xml"})
    policy = FetchPolicy(**POLICY, address_allowed=pretend_public)
    summary = ingest_paths([feed], db=f"sqlite:///{tmp_path / 'f.db'}", fetch_policy=policy)
    assert summary["stored"] == 0 and sum(summary["rejected"].values()) == len(links) + 1
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(feed + "\n")
    from realpolitik.ingest.watch import watch

    watch(feeds, f"sqlite:///{tmp_path / 'w.db'}", every=1.0, once=True, policy=policy)
    assert intranet.requests == [] and intranet.connections == 0


def test_api_url_ingest_uses_the_guard(intranet: Host, public: Host, tmp_path: Path) -> None:
    from realpolitik.web.server import BackgroundServer
    from realpolitik.web.settings import Settings

    token = "t0ken"
    auth = {"Authorization": f"Bearer {token}"}
    policy = FetchPolicy(**POLICY, address_allowed=pretend_public)
    jump = public.add("/jump", "", status=302, Location=f"http://127.0.0.1:{intranet.port}/secret")
    probe = public.add("/probe", "", status=302, Location=f"ftp://127.0.0.1:{intranet.port}/")
    binary = public.add("/bin", bytes(range(256)) * 40, **{"Content-Type": "application/octet-stream"})
    odd = public.add("/odd", b"<html><body><p>\xe4\xf6\xfc" * 50, **{"Content-Type": "text/html; charset=no-such"})
    fine = public.add("/fine", page(903))
    with BackgroundServer(Settings(db=f"sqlite:///{tmp_path / 'a.db'}", token=token)) as plain, \
            BackgroundServer(Settings(db=f"sqlite:///{tmp_path / 'p.db'}", token=token, fetch_policy=policy)) as hooked:
        for url in spellings(intranet.port):
            answer = httpx.post(f"{plain.url}/api/documents", json={"url": url}, headers=auth, timeout=30)
            assert 400 <= answer.status_code < 500, (url, answer.status_code, answer.text)
        for url in (jump, probe, binary, odd):
            answer = httpx.post(f"{hooked.url}/api/documents", json={"url": url}, headers=auth, timeout=30)
            assert 400 <= answer.status_code < 500, (url, answer.status_code, answer.text)
        ok = httpx.post(f"{hooked.url}/api/documents", json={"url": fine}, headers=auth, timeout=30)
        assert ok.status_code == 201, ok.text
    assert intranet.requests == [] and intranet.connections == 0
