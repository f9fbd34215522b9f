"""Writes articles/crawl.warc.gz: two constructed news pages as a crawler would archive them.

Run from this folder (`python make_warc.py`); the output is byte-for-byte the same each time,
so the file in the repository can be checked against it. The texts are written for realpolitik
and report nothing that happened.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

PAGES = [
    (
        "https://news.example.org/fr/senegal-mauritanie",
        "2026-03-03T08:00:00Z",
        "Le Sénégal et la Mauritanie signent un accord sur le gaz",
        "Le Sénégal et la Mauritanie ont signé lundi à Dakar un accord de coopération sur l'exploitation "
        "du gaz. Le Mali a critiqué la Mauritanie pour la fermeture de la frontière.",
        "fr",
    ),
    (
        "https://news.example.org/es/mexico-guatemala",
        "2026-03-04T08:00:00Z",
        "México y Guatemala acuerdan cooperar en la frontera",
        "México y Guatemala firmaron el martes un acuerdo de cooperación en seguridad fronteriza. "
        "Honduras condenó a Nicaragua por la detención de dos periodistas.",
        "es",
    ),
]


def page(title: str, text: str, lang: str, when: str) -> bytes:
    html = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{when}"></head>'
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )
    return html.encode("utf-8")


def record(number: int, uri: str, when: str, body: bytes) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\n"
        f"WARC-Date: {when}\r\nWARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def main() -> None:
    out = io.BytesIO()
    for number, (uri, when, title, text, lang) in enumerate(PAGES, start=1):
        member = record(number, uri, when, page(title, text, lang, when))
        out.write(gzip.compress(member, mtime=0))  # one gzip member per record, as WARC tools expect
    Path("articles/crawl.warc.gz").write_bytes(out.getvalue())


if __name__ == "__main__":
    main()
