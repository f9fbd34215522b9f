"""WARC and WARC.gz files of news crawls (e.g. CC-NEWS): each HTML response → one page.

Only `response` records with an HTML payload and a 2xx status are kept;
request, metadata and non-HTML records are skipped silently (they are not
articles). The record's target URI is the page's URL and its WARC-Date the
fallback publication date. A truncated or corrupt file yields what could be
read and one `bad_warc` rejection for the rest.

Hostile archives are bounded: a record whose payload ends before its
Content-Length (a file cut in the middle of a record) is rejected as
`bad_warc` instead of being stored as a whole article, a payload is read up to
`max_bytes`, and the header lines of a record may decompress to at most
MAX_HEADER_BYTES (a gzip bomb in a header line would otherwise be read whole).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from realpolitik.ingest.iso_dates import parse_date
from realpolitik.ingest.rejected import Rejected

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: Most bytes of header lines (WARC and HTTP headers) one record may have; real records have a few kB.
MAX_HEADER_BYTES = 1024 * 1024


@dataclass(frozen=True)
class WarcPage:
    """The HTML payload of one WARC response record."""

    uri: str
    fetched: date | None
    body: bytes
    charset: str | None
    read_to: int = 0  # how far into the (compressed) file reading had got: progress through a big WARC


def is_warc(path: Path) -> bool:
    """True for a file named like a (compressed) WARC, or one without extension starting "WARC/"."""
    if path.name.lower().endswith(WARC_SUFFIXES):
        return True
    if path.suffix:
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(8).startswith(b"WARC/")
    except OSError:
        return False


def iter_warc(path: Path, max_bytes: int) -> Iterator[WarcPage | Rejected]:
    """The HTML pages of a WARC file; oversize records are rejected, the file read on."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejected(str(path), "unreadable", f"cannot read it: {exc.strerror or exc}; check its permissions")
        return
    with handle:
        for _, item in warc_items(handle, str(path), max_bytes):
            yield item


def warc_items(handle: BinaryIO, origin: str, max_bytes: int, start: int = 0,
               end: int | None = None) -> Iterator[tuple[int, WarcPage | Rejected]]:
    """(offset of its record in the file, page or rejection) for the records that start in [start, end).

    `start` must be where a record starts (0, or an offset this function gave):
    a distributed run reads a big file in parts this way, each part only its
    own bytes. In a compressed file the offset is that of the record's gzip member.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield start, Rejected(origin, "unreadable", "reading WARC files needs warcio: pip install warcio")
        return
    iterator = None
    try:
        handle.seek(start)
        iterator = _capped_iterator(ArchiveIterator, handle)
        for record in iterator:
            offset = iterator.offset
            item = _record_item(record, origin, max_bytes, handle)
            if item is not None:
                yield offset, item
            iterator.read_to_end()  # where the next record starts: a part stops before reading it
            if end is not None and iterator.offset >= end:
                return
    except OSError as exc:
        yield _offset(iterator, start), Rejected(origin, "unreadable",
                                                 f"cannot read it: {exc.strerror or exc}; check its permissions")
    except Exception as exc:  # warcio raises plain exceptions of many kinds on corrupt input
        yield _offset(iterator, start), Rejected(origin, "bad_warc", f"cannot read the WARC file to its end "
                                                 f"({exc}); it may be truncated")


def _record_item(record, origin: str, max_bytes: int, handle: BinaryIO) -> WarcPage | Rejected | None:  # type: ignore[no-untyped-def]
    """The page of an HTML response record, a rejection, or None for a record that is not an article."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or "html" not in content_type:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or origin
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Rejected(uri, "too_large", f"record over the limit of {max_bytes} bytes")
    if _cut_short(record):
        return Rejected(uri, "bad_warc", "the record ends before its Content-Length (the file is cut off); "
                        "fetch the page again or give a complete archive")
    return WarcPage(uri=uri, fetched=_warc_date(record), body=body, charset=_charset(content_type),
                    read_to=handle.tell())


def _offset(iterator, default: int) -> int:  # type: ignore[no-untyped-def]
    return int(getattr(iterator, "offset", default) or default)


def _cut_short(record) -> bool:  # type: ignore[no-untyped-def]
    """True when the record's bytes ran out before its declared length (read to its end to know)."""
    raw = record.raw_stream
    while raw.read(64 * 1024):
        pass
    return getattr(raw, "limit", 0) > 0


class HeaderTooLarge(ValueError):
    """A record's header lines are longer than MAX_HEADER_BYTES (a gzip bomb, or not a WARC file)."""


def _capped_iterator(iterator_class, handle):  # type: ignore[no-untyped-def]
    """An ArchiveIterator whose reader refuses more than MAX_HEADER_BYTES of header lines in a row."""
    from warcio.bufferedreaders import DecompressingBufferedReader

    class CappedReader(DecompressingBufferedReader):
        """Header lines are read by readline, payloads by read: count the first, reset on the second."""

        line_bytes = 0

        def readline(self, length=None):  # type: ignore[no-untyped-def]
            room = MAX_HEADER_BYTES - self.line_bytes + 1
            line = super().readline(room if length is None else min(length, room))
            self.line_bytes += len(line)
            if self.line_bytes > MAX_HEADER_BYTES:
                raise HeaderTooLarge(f"a record's headers are over {MAX_HEADER_BYTES} bytes")
            return line

        def read(self, length=None):  # type: ignore[no-untyped-def]
            self.line_bytes = 0
            return super().read(length)

    iterator = iterator_class(handle)
    iterator.reader = CappedReader(iterator.fh)
    return iterator


def _warc_date(record) -> date | None:  # type: ignore[no-untyped-def]
    raw = record.rec_headers.get_header("WARC-Date")
    try:
        return parse_date(raw) if raw else None
    except ValueError:
        return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip("\"' ")
    return None
