"""Units of work for the extraction workers, and the markers the parent handles itself.

A Job is small and picklable: a file path, or bytes already fetched/unpacked
(stdin, a web page, a WARC record). Reading (decode, trafilatura) and
extraction happen in the worker; fetching and WARC unpacking stay in the
parent, which also does all writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Job:
    """Something to read into Documents: `path`, or `data` with a format hint."""

    origin: str
    path: str | None = None
    data: bytes | None = None
    suffix: str = ""  # ".html" for pages; "" sniffs the format
    url: str | None = None  # a page's URL (the fallback canonical URL)
    charset: str | None = None
    published: date | None = None  # fallback date: WARC-Date, the feed entry's date
    tag: tuple | None = None  # parent-side bookkeeping (which feed entry / page validators); workers ignore it
    weight: int = 0  # bytes of the input it stands for (a file's size, a WARC record's share): the progress bar


@dataclass(frozen=True)
class Unchanged:
    """A URL the server says has not changed since we stored it (HTTP 304)."""

    origin: str
