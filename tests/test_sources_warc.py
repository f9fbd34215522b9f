"""WARC and WARC.gz news crawls: each HTML response record becomes one document."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from realpolitik.engines import ingest_paths
from realpolitik.ingest import read_inputs
from realpolitik.model import Document

warcio = pytest.importorskip("warcio")

from test_sources_http import page  # noqa: E402


def write_warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)

        def response(uri: str, body: bytes, ctype: str, when: str, status: str = "200 OK") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": when}
            )
            writer.write_record(record)

        # A page without a date of its own: the WARC-Date dates it.
        undated = page(70).replace('<meta property="article:published_time" content="2025-10-27T08:00:00+01:00">', "")
        response(
            "https://news.example.org/a.html", undated.encode(), "text/html; charset=utf-8", "2024-03-05T10:00:00Z"
        )
        response("https://news.example.org/logo.png", b"\x89PNG....", "image/png", "2024-03-05T10:00:01Z")
        response(
            "https://news.example.org/gone",
            b"<html>gone</html>",
            "text/html",
            "2024-03-05T10:00:02Z",
            status="404 Not Found",
        )
        response(
            "https://other.example.com/b?utm_source=rss",
            page(71).encode("latin-1"),
            "text/html; charset=iso-8859-1",
            "2024-03-06T10:00:00Z",
        )
        request = writer.create_warc_record(
            "https://news.example.org/a.html", "request", payload=io.BytesIO(b"GET /a.html HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_become_documents(tmp_path: Path, name: str, gz: bool) -> None:
    path = tmp_path / name
    write_warc(path, gz)
    docs = list(read_inputs([str(path)]))
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 2
    first, second = docs
    assert first.url == "https://news.example.org/a.html" and first.published == date(2024, 3, 5)
    assert "Tag 70-0" in first.text
    assert second.url == "https://other.example.com/b" and second.published == date(2025, 10, 27)


def test_warc_ingest_parallel_and_truncated(tmp_path: Path) -> None:
    (tmp_path / "crawls").mkdir()
    write_warc(tmp_path / "crawls" / "crawl.warc.gz", True)
    db = f"sqlite:///{tmp_path / 'w.db'}"
    summary = ingest_paths([str(tmp_path / "crawls")], db=db, workers=2)
    assert (summary["read"], summary["stored"], summary["rejected"]) == (2, 2, {})
    broken = tmp_path / "broken.warc"
    write_warc(broken, False)
    broken.write_bytes(broken.read_bytes()[:-700])
    again = ingest_paths([str(broken)], db=db)
    assert again["duplicates"] >= 1 and again["rejected"].get("bad_warc", 0) <= 1
