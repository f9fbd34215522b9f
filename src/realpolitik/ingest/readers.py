"""`read_inputs`: paths (files, folders, "-") to Documents, or Rejected with a reason.

The format is chosen by extension (.html/.htm/.xhtml, .jsonl/.ndjson, .json,
.warc/.warc.gz)
and otherwise sniffed from the content: HTML if it starts like a page, JSON
Lines if the first line is a JSON object, plain text otherwise. An RSS/Atom
feed, whatever its name, is no article: `ingest` fetches what it links to
(ingest.sources), the readers reject it as `feed`. Folders are
walked recursively in sorted order, skipping hidden files and folders.
Nothing here raises for a bad input: the batch always goes on.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import logging
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from realpolitik.ingest.decode import MAX_BYTES, decode_bytes, drop_nul
from realpolitik.ingest.feeds import looks_like_feed
from realpolitik.ingest.html import looks_like_html, read_html
from realpolitik.ingest.ids import document_id
from realpolitik.ingest.jsonl import looks_like_jsonl, parse_line, read_jsonl
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.text import split_header
from realpolitik.ingest.urls import canonical_url
from realpolitik.ingest.warc import WarcPage, is_warc, iter_warc
from realpolitik.model import Document

log = logging.getLogger(__name__)

STDIN = "-"
_HTML_EXT = {".html", ".htm", ".xhtml"}
_JSONL_EXT = {".jsonl", ".ndjson"}


def read_inputs(
    paths: Sequence[str],
    published: date | None = None,
    lang: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Rejected]:
    """Yield a Document or a Rejected for every input, in the order given.

    `published` dates documents that carry no date of their own; `lang`
    forces the language of every document. `stdin` replaces sys.stdin for "-".
    """
    for raw in paths:
        if raw == STDIN:
            yield from _read_stdin(stdin, published, lang, max_bytes)
            continue
        path = Path(raw)
        st = _status(path, raw, "no such file or folder; check the path")
        if isinstance(st, Rejected):
            yield st
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _read_folder(path, published, lang, max_bytes)
        else:
            yield from read_file(path, published, lang, max_bytes=max_bytes)


def read_file(
    path: Path, published: date | None = None, lang: str | None = None, *, max_bytes: int = MAX_BYTES
) -> Iterator[Document | Rejected]:
    """Documents from one file (several for JSON Lines)."""
    origin = str(path)
    st = _status(path, origin, "no such file; check the path")
    if isinstance(st, Rejected):
        yield st
        return
    if not stat.S_ISREG(st.st_mode):
        yield Rejected(
            origin, "unreadable", "not a regular file (a pipe, socket or device); copy it to a file"
        )
        return
    if is_warc(path):  # an archive of many pages: no size limit on the file, one per record
        for page in iter_warc(path, max_bytes):
            yield page if isinstance(page, Rejected) else read_page(page, published, lang)
        return
    if st.st_size > max_bytes:
        yield Rejected(origin, "too_large", f"{st.st_size} bytes, over the limit of {max_bytes}; split it")
        return
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        yield Rejected(origin, "unreadable", f"cannot read it: {exc.strerror or exc}; check its permissions")
        return
    if len(data) > max_bytes:  # grew since stat
        yield Rejected(origin, "too_large", f"over the limit of {max_bytes} bytes; split it")
        return
    yield from _read_bytes(data, origin, path.suffix.lower(), published, lang)


def _status(path: Path, origin: str, missing: str) -> os.stat_result | Rejected:
    """The path's status, or why there is none: `missing` says what to check where nothing is there."""
    try:
        return path.stat()
    except FileNotFoundError:
        return Rejected(origin, "missing", missing)
    except OSError as exc:
        return Rejected(origin, "unreadable", f"cannot access it: {exc.strerror or exc}")


def _read_folder(
    folder: Path, published: date | None, lang: str | None, max_bytes: int
) -> Iterator[Document | Rejected]:
    for item in walk_files(folder):
        if isinstance(item, Rejected):
            yield item
        else:
            yield from read_file(item, published, lang, max_bytes=max_bytes)


def walk_files(folder: Path) -> Iterator[Path | Rejected]:
    """The files of a folder, recursively in sorted order, skipping hidden files and folders."""

    def on_error(exc: OSError) -> None:
        errors.append(
            Rejected(str(exc.filename or folder), "unreadable", f"cannot list it: {exc.strerror or exc}")
        )

    errors: list[Rejected] = []
    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from errors
        errors.clear()
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
    yield from errors


def stdin_bytes(stdin: BinaryIO | None, max_bytes: int) -> bytes | Rejected:
    """Standard input (or `stdin`) up to `max_bytes`, or why it was refused: for the readers and the jobs alike."""
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    try:
        # A text-only stdin (e.g. replaced in a test) has no .buffer.
        data = sys.stdin.read(max_bytes + 1).encode("utf-8") if stream is None else stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        return Rejected(STDIN, "unreadable", f"cannot read standard input: {exc}")
    if len(data) > max_bytes:
        return Rejected(STDIN, "too_large", f"standard input is over the limit of {max_bytes} bytes; split it")
    return data


def _read_stdin(
    stdin: BinaryIO | None, published: date | None, lang: str | None, max_bytes: int
) -> Iterator[Document | Rejected]:
    data = stdin_bytes(stdin, max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    yield from _read_bytes(data, STDIN, "", published, lang)


def read_page(page: WarcPage, published: date | None, lang: str | None) -> Document | Rejected:
    """One Document from a fetched or archived HTML page; its URL is the fallback canonical URL."""
    data = page.body
    if page.charset:  # the server's word on the encoding, when it holds
        if not _is_text_codec(page.charset):
            if not _is_utf8(data):
                return Rejected(page.uri, "encoding", f"the server declares the unknown character set "
                                f"{page.charset[:40]!r} and the page is not UTF-8; save it as UTF-8 and give the file")
        else:
            with contextlib.suppress(UnicodeDecodeError):
                data = page.body.decode(page.charset).encode("utf-8")
    text = decode_bytes(data, page.uri)
    if isinstance(text, Rejected):
        return text
    if not text.strip():
        return Rejected(page.uri, "empty", "the page is empty")
    doc = read_html(text, page.uri, page.fetched or published, lang)
    if isinstance(doc, Document) and not doc.url:
        doc.url = canonical_url(page.uri)
        doc.id = document_id(doc.url or page.uri, doc.content_hash)
    return doc


def _is_text_codec(name: str) -> bool:
    """True for a character set Python can decode text with (not "zlib", "base64" or an unknown name)."""
    try:
        return bool(getattr(codecs.lookup(name), "_is_text_encoding", True))
    except (LookupError, ValueError, TypeError):
        return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_bytes(
    data: bytes, origin: str, suffix: str = "", published: date | None = None, lang: str | None = None
) -> Iterator[Document | Rejected]:
    """Documents from bytes already in memory (stdin, an upload), format by suffix or sniffed."""
    return _read_bytes(data, origin, suffix, published, lang)


def _read_bytes(
    data: bytes, origin: str, suffix: str, published: date | None, lang: str | None
) -> Iterator[Document | Rejected]:
    text = decode_bytes(data, origin)
    if isinstance(text, Rejected):
        yield text
        return
    if not text.strip():
        yield Rejected(origin, "empty", "no text in it")
        return
    if looks_like_feed(data):
        yield Rejected(origin, "feed", "an RSS/Atom feed lists articles rather than being one; "
                                       "`realpolitik ingest` fetches the articles it links to")
        return
    if suffix in _JSONL_EXT:
        yield from read_jsonl(text, origin, published, lang)
    elif suffix == ".json":
        yield from _read_json(text, origin, published, lang)
    elif suffix in _HTML_EXT or (suffix not in {".txt", ".text"} and looks_like_html(text)):
        yield read_html(text, origin, published, lang)
    elif suffix not in {".txt", ".text"} and looks_like_jsonl(text):
        yield from read_jsonl(text, origin, published, lang)
    else:
        yield read_text(text, origin, published, lang)


def _read_json(
    text: str, origin: str, published: date | None, lang: str | None
) -> Iterator[Document | Rejected]:
    """A .json file: an array of gold-format objects, one object, or JSON Lines."""
    try:
        value = json.loads(text)
    except ValueError:
        yield from read_jsonl(text, origin, published, lang)
        return
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items, start=1):
        yield parse_line(json.dumps(item), f"{origin}:{index}", published, lang)


def read_text(
    text: str, origin: str, published: date | None = None, lang: str | None = None
) -> Document | Rejected:
    """One Document from plain text, titled and dated by its header lines if it has them (see ingest.text)."""
    header = split_header(drop_nul(text), origin)
    if isinstance(header, Rejected):
        return header
    body = header.body.strip("\n")
    if not body.strip():
        return Rejected(origin, "empty", "only header lines, no text")
    doc = Document(id="", text=body, lang=lang, published=header.published or published, title=header.title,
                   origin=origin)
    doc.id = document_id(origin, doc.content_hash)
    return doc
