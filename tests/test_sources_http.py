"""URLs and feeds against a real HTTP server on loopback: pages, RSS/Atom, watch, and every fetch failure."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from realpolitik.engines import ingest_paths
from realpolitik.ingest.fetch import Fetcher, FetchPolicy
from realpolitik.ingest.watch import parse_every, read_feed_list, watch
from realpolitik.interfaces.cli import app
from realpolitik.store import open_store
from realpolitik.store import schema as s

WORDS = [
    "Regierung",
    "Parlament",
    "Minister",
    "Botschafter",
    "Gipfel",
    "Abkommen",
    "Handel",
    "Grenze",
    "Armee",
    "Wahl",
    "Hafen",
    "Energie",
    "Gas",
    "Weizen",
    "Zoll",
    "Kredit",
    "Bahn",
    "Flughafen",
    "Hilfe",
    "Delegation",
    "Konferenz",
    "Resolution",
    "Sanktion",
    "Vertrag",
    "Gespräch",
    "Ausschuss",
    "Präsident",
    "Kanzler",
    "Opposition",
    "Presse",
    "Bericht",
    "Plan",
    "Reform",
    "Streit",
    "Einigung",
    "Krise",
    "Treffen",
    "Besuch",
]


def article_text(seed: int, sentences: int = 8) -> str:
    """Distinct German-looking text: no two seeds share 5-word runs."""
    import random

    rng = random.Random(seed)
    out = []
    for n in range(sentences):
        words = [rng.choice(WORDS) for _ in range(9)]
        out.append(f"Die {words[0]} und der {words[1]} berichten über {' '.join(words[2:])} am Tag {seed}-{n}.")
    return " ".join(out)


def page(seed: int, title: str | None = None, canonical: str | None = None, day: str = "2025-10-27") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(f"<p>{s}.</p>" for s in article_text(seed).split(". "))
    return (
        f'<!DOCTYPE html><html lang="de"><head><title>{title or f"Artikel {seed}"}</title>{link}'
        f'<meta property="article:published_time" content="{day}T08:00:00+01:00">'
        f'<meta property="og:site_name" content="Testblatt"></head><body><nav>Start Politik</nav>'
        f"<article><h1>{title or f'Artikel {seed}'}</h1>{paragraphs}</article><footer>Impressum</footer>"
        "</body></html>"
    )


def rss(base: str, items: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        "<pubDate>Mon, 27 Oct 2025 08:00:00 GMT</pubDate></item>"
        for p, t in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>{base}</link>{body}</channel></rss>'


def atom(base: str, items: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<entry><title>{t}</title><link href="{base}{p}"/><id>urn:x:{p}</id>'
        "<updated>2025-10-27T08:00:00Z</updated></entry>"
        for p, t in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>{body}</feed>'
    )


class Site:
    """What the test server serves; every request is logged with its headers."""

    def __init__(self) -> None:
        self.routes: dict[str, dict] = {}
        self.log: list[tuple[str, dict]] = []
        self.base = ""

    def add(
        self,
        path: str,
        body: str | bytes,
        status: int = 200,
        ctype: str = "text/html; charset=utf-8",
        etag: str | None = None,
        delay: float = 0.0,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = {"body": data, "status": status, "ctype": ctype, "etag": etag, "delay": delay}
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            served.log.append((self.path, dict(self.headers)))
            route = served.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route["delay"]:
                time.sleep(route["delay"])
            if route["etag"] and self.headers.get("If-None-Match") == route["etag"]:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route["status"])
            self.send_header("Content-Type", route["ctype"])
            self.send_header("Content-Length", str(len(route["body"])))
            if route["etag"]:
                self.send_header("ETag", route["etag"])
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route["body"])

        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


FAST = FetchPolicy(timeout=1.0, retries=1, backoff=0.05, per_host_interval=0.0, allow_private=True)


def test_page_url_is_ingested_then_not_modified(site: Site, store_url: str) -> None:
    url = site.add("/a/1.html?utm_source=x", page(1), etag='"v1"')
    first = ingest_paths([url], db=store_url, fetch_policy=FAST)
    assert first["stored"] == 1 and first["read"] == 1 and first["rejected"] == {}
    with open_store(store_url) as store, store.reader() as conn:
        row = conn.execute(select(s.documents)).mappings().one()
    assert row["url"] == f"{site.base}/a/1.html"  # tracking parameter dropped
    assert "Tag 1-0" in row["text"] and str(row["published"]) == "2025-10-27"
    again = ingest_paths([url], db=store_url, fetch_policy=FAST)
    assert again["stored"] == 0 and again["duplicates"] == 1
    headers = [h for p, h in site.log if p.startswith("/a/1.html")]
    assert headers[1].get("If-None-Match") == '"v1"'
    assert headers[0]["User-Agent"].startswith("realpolitik/")


def test_feed_url_fetches_each_entry_once(site: Site, store_url: str) -> None:
    for i in range(3):
        site.add(f"/n/{i}.html", page(10 + i))
    feed = site.add(
        "/feed.xml",
        rss(site.base, [(f"/n/{i}.html", f"T{i}") for i in range(3)]),
        ctype="application/rss+xml",
        etag='"f1"',
    )
    first = ingest_paths([feed], db=store_url, fetch_policy=FAST)
    assert (first["read"], first["stored"]) == (3, 3)
    # Same feed, new validator: the known entries are not fetched again, only the new one.
    site.add("/n/3.html", page(13))
    site.add(
        "/feed.xml",
        rss(site.base, [(f"/n/{i}.html", f"T{i}") for i in range(4)]),
        ctype="application/rss+xml",
        etag='"f2"',
    )
    second = ingest_paths([feed], db=store_url, fetch_policy=FAST)
    assert (second["read"], second["stored"]) == (1, 1)
    assert [site.hits(f"/n/{i}.html") for i in range(4)] == [1, 1, 1, 1]
    third = ingest_paths([feed], db=store_url, fetch_policy=FAST)
    assert third["duplicates"] == 1 and site.log[-1][1].get("If-None-Match") == '"f2"'


def test_watch_polls_rss_and_atom(site: Site, store_url: str, tmp_path: Path) -> None:
    for i in range(4):
        site.add(f"/w/{i}.html", page(20 + i))
    site.add("/rss", rss(site.base, [("/w/0.html", "a"), ("/w/1.html", "b")]), ctype="text/xml")
    site.add("/atom", atom(site.base, [("/w/2.html", "c")]), ctype="application/atom+xml")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# my feeds\n{site.base}/rss\n\n{site.base}/atom\n", encoding="utf-8")
    polls = watch(feeds, store_url, every=0.01, policy=FAST, polls=2)
    assert [p["stored"] for p in polls] == [3, 0]
    site.add("/atom", atom(site.base, [("/w/2.html", "c"), ("/w/3.html", "d")]), ctype="application/atom+xml")
    again = watch(feeds, store_url, once=True, policy=FAST)
    assert again[0]["stored"] == 1 and site.hits("/w/2.html") == 1


def test_watch_cli_once_json(site: Site, tmp_path: Path) -> None:
    site.add("/c/0.html", page(30))
    site.add("/feed", rss(site.base, [("/c/0.html", "x")]), ctype="application/rss+xml")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site.base}/feed\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    result = CliRunner().invoke(
        app, ["watch", str(feeds), "--once", "--allow-private", "--per-host", "0", "--db", db, "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["stored"] == 1 and set(summary) >= {"read", "duplicates", "near_duplicates", "rejected"}
    refused = CliRunner().invoke(app, ["watch", str(feeds), "--once", "--db", db, "-f", "json"])
    assert json.loads(refused.stdout.strip().splitlines()[-1])["rejected"] == {"blocked": 1}


def test_every_fetch_failure_is_recorded(site: Site, store_url: str) -> None:
    site.add("/err/500", "boom", status=500)
    site.add("/slow", page(40), delay=3.0)
    site.add("/big", page(41) + "x" * 5000)
    site.add("/broken.xml", "<rss><channel><item><title>kaputt", ctype="application/rss+xml")
    site.add("/notfeed.xml", "this is no feed <<<", ctype="application/rss+xml")
    site.add("/empty.html", "<html><body><script>x=1</script></body></html>")
    policy = FetchPolicy(
        timeout=0.5, retries=1, backoff=0.05, per_host_interval=0.0, max_bytes=4000, allow_private=True
    )
    started = time.monotonic()
    summary = ingest_paths(
        [
            f"{site.base}/missing",
            f"{site.base}/err/500",
            f"{site.base}/slow",
            f"{site.base}/big",
            f"{site.base}/notfeed.xml",
            f"{site.base}/empty.html",
            "http://127.0.0.1:9/x",
        ],
        db=store_url,
        fetch_policy=policy,
    )
    assert time.monotonic() - started < 10  # the slow server cannot hold the run
    assert summary["rejected"] == {
        "http_error": 2,
        "timeout": 1,
        "too_large": 1,
        "bad_feed": 1,
        "empty": 1,
        "network": 1,
    }
    assert site.hits("/err/500") == 2  # retried once
    with open_store(store_url) as store, store.reader() as conn:
        rows = conn.execute(select(s.rejections.c.origin, s.rejections.c.reason)).all()
    assert {r.reason for r in rows} == set(summary["rejected"])
    assert any(r.origin.endswith("/err/500") and r.reason == "http_error" for r in rows)


def test_broken_feed_xml_is_bad_feed_or_partially_read(site: Site, tmp_path: Path) -> None:
    site.add("/b/0.html", page(50))
    site.add("/half.xml", rss(site.base, [("/b/0.html", "x")])[:-30], ctype="application/rss+xml")
    site.add("/junk.xml", "<?xml version='1.0'?><rss><channel><<<", ctype="application/rss+xml")
    db = f"sqlite:///{tmp_path / 'f.db'}"
    summary = ingest_paths([f"{site.base}/half.xml", f"{site.base}/junk.xml"], db=db, fetch_policy=FAST)
    assert summary["stored"] == 1  # entries before the break are kept
    assert summary["rejected"] == {"bad_feed": 1}


def test_private_addresses_need_permission(site: Site, tmp_path: Path) -> None:
    url = site.add("/p.html", page(60))
    db = f"sqlite:///{tmp_path / 'p.db'}"
    summary = ingest_paths([url, "ftp://127.0.0.1/x"], db=db, fetch_policy=FetchPolicy(per_host_interval=0.0))
    assert summary["rejected"] == {"blocked": 2} and summary["read"] == 2 and site.hits("/p.html") == 0
    with Fetcher(FetchPolicy(per_host_interval=0.0)) as fetcher:
        assert fetcher.fetch("http://[::1]:1/").reason == "blocked"
        assert fetcher.fetch("http://10.1.2.3/").reason == "blocked"


def test_per_host_rate_limit_and_retry_after(site: Site) -> None:
    site.add("/r", "ok", ctype="text/plain")
    with Fetcher(FetchPolicy(per_host_interval=0.3, allow_private=True)) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            assert fetcher.fetch(site.base + "/r").status == 200
        assert time.monotonic() - started >= 0.55


def test_feed_list_and_interval_errors(tmp_path: Path) -> None:
    from realpolitik.errors import InputError

    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("2h") == 7200
    with pytest.raises(InputError, match="30s, 15m"):
        parse_every("soon")
    bad = tmp_path / "feeds.txt"
    bad.write_text("https://example.org/feed\nnot a url\n", encoding="utf-8")
    with pytest.raises(InputError, match=":2:"):
        read_feed_list(bad)


def test_a_saved_feed_file_is_a_feed_whatever_its_name(site: Site, tmp_path: Path) -> None:
    for i in range(2):
        site.add(f"/saved/{i}.html", page(70 + i))
    saved = tmp_path / "today.txt"  # a feed saved under a name that says nothing
    saved.write_text(rss(site.base, [(f"/saved/{i}.html", f"T{i}") for i in range(2)]), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'saved.db'}"
    first = ingest_paths([str(saved)], db=db, fetch_policy=FAST)
    assert (first["read"], first["stored"], first["rejected"]) == (2, 2, {})
    with open_store(db) as store, store.reader() as conn:
        rows = conn.execute(select(s.documents.c.url, s.documents.c.text)).all()
    assert {r.url for r in rows} == {f"{site.base}/saved/{i}.html" for i in range(2)}
    assert not any("<item>" in r.text or "<rss" in r.text for r in rows)  # the XML is never an article
    again = ingest_paths([str(saved)], db=db, fetch_policy=FAST)
    assert again["read"] == 0 and site.hits("/saved/0.html") == 1  # entries are remembered as seen
    extracted = CliRunner().invoke(app, ["extract", str(saved)])  # extract fetches nothing: it says why
    assert extracted.exit_code == 1 and "feed" in extracted.stderr and "realpolitik ingest" in extracted.stderr
