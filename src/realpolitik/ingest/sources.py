"""Inputs (paths, folders, stdin, WARC files, URLs, feeds) → a stream of Jobs for the workers.

Runs in the parent process: it walks folders, unpacks WARC records and does
all fetching, so politeness (one clock per host) and the remembered HTTP
validators stay in one place. Rejected inputs pass through the stream in
order, so the run records them next to the documents.
"""

from __future__ import annotations

import logging
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.feeds import looks_like_feed, parse_feed
from realpolitik.ingest.fetch import Fetcher, Response
from realpolitik.ingest.jobs import Job, Unchanged
from realpolitik.ingest.readers import STDIN, stdin_bytes, walk_files
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.urls import canonical_url, is_url
from realpolitik.ingest.warc import WarcPage, is_warc, iter_warc

log = logging.getLogger(__name__)

Item = Job | Rejected | Unchanged
_ACCEPT_PAGE = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
_ACCEPT_FEED = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5"
#: Fetch failures worth trying again on the next poll (the rest are remembered as final).
TRANSIENT = {"timeout", "network"}


def iter_jobs(
    paths: Sequence[str],
    store,  # type: ignore[no-untyped-def]
    fetcher: Callable[[], Fetcher],
    *,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
    deferred: list[Callable[[], None]] | None = None,
) -> Iterator[Item]:
    """A Job, Rejected or Unchanged for every input, in the order given.

    `fetcher` is called the first time a URL needs fetching. Feed validators
    are not saved at once but appended to `deferred`, to be applied after the
    run: a run killed half-way through a feed must read it again.
    """
    for raw in paths:
        if raw == STDIN:
            yield _stdin_job(stdin, max_bytes)
        elif is_url(raw):
            yield from iter_url(raw, store, fetcher(), deferred if deferred is not None else [])
        elif "://" in raw and not Path(raw).exists():
            yield Rejected(raw, "blocked", "only http and https URLs are fetched; download it and give the file")
        else:
            yield from _path_jobs(Path(raw), max_bytes, store, fetcher)


def _stdin_job(stdin: BinaryIO | None, max_bytes: int) -> Item:
    data = stdin_bytes(stdin, max_bytes)
    return data if isinstance(data, Rejected) else Job(origin=STDIN, data=data)


def _path_jobs(path: Path, max_bytes: int, store, fetcher: Callable[[], Fetcher]) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    try:
        st = path.stat()
    except FileNotFoundError:
        yield Rejected(str(path), "missing", "no such file or folder; check the path")
        return
    except OSError as exc:
        yield Rejected(str(path), "unreadable", f"cannot access it: {exc.strerror or exc}")
        return
    files = walk_files(path) if stat.S_ISDIR(st.st_mode) else iter([path])
    for item in files:
        if isinstance(item, Rejected):
            yield item
        elif item.is_file() and is_feed_file(item) and not is_warc(item):
            yield from _feed_file_entries(item, store, fetcher, max_bytes)
        else:
            yield from file_jobs(item, max_bytes)


def file_jobs(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Job | Rejected]:
    """The jobs of one file: a job per HTML page of a WARC file, else one job for the whole file."""
    if path.is_file() and is_warc(path):
        done = 0
        for page in iter_warc(path, max_bytes):
            if isinstance(page, Rejected):
                yield page
            else:
                yield page_job(page, weight=max(0, page.read_to - done))
                done = max(done, page.read_to)
    else:
        yield Job(origin=str(path), path=str(path), weight=_size(path))


def page_job(page: WarcPage, weight: int = 0) -> Job:
    """The job of one WARC page (`weight`: the bytes of the file read for it, for progress)."""
    return Job(origin=page.uri, data=page.body, suffix=".html", url=page.uri, charset=page.charset,
               published=page.fetched, weight=weight)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def planned_bytes(paths: Sequence[str]) -> int | None:
    """The bytes of all local inputs (folders walked), or None when a URL or stdin makes it unknowable."""
    total = 0
    for raw in paths:
        if raw == STDIN or is_url(raw):
            return None
        path = Path(raw)
        files = walk_files(path) if path.is_dir() else iter([path])
        total += sum(_size(f) for f in files if isinstance(f, Path))
    return total


def iter_url(url: str, store, fetcher: Fetcher, deferred: list[Callable[[], None]]) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    """A page → one Job; a feed → one Job per entry not seen before (conditional requests both)."""
    from realpolitik.store.sources import get_fetch_state, set_fetch_state

    state = get_fetch_state(store, url)
    answer = fetcher.fetch(url, state.etag if state else None, state.last_modified if state else None,
                           accept=_ACCEPT_PAGE + "," + _ACCEPT_FEED)
    if isinstance(answer, Rejected):
        set_fetch_state(store, url, None, error=f"{answer.reason}: {answer.detail}")
        yield answer
        return
    if answer.not_modified:
        log.info("%s: not modified since the last fetch", url)
        yield Unchanged(url)
        return
    if looks_like_feed(answer.body, answer.content_type):
        yield from _feed_entries(url, answer.body, store, fetcher)
        deferred.append(lambda: set_fetch_state(store, url, answer.status, answer.etag, answer.last_modified))
        return
    yield _page_job(url, answer)


def _page_job(url: str, answer: Response, published=None, tag: tuple | None = None) -> Job:  # type: ignore[no-untyped-def]
    final = canonical_url(answer.url) or answer.url
    return Job(origin=url, data=answer.body, suffix=".html", url=final, charset=answer.charset,
               published=published, tag=tag or ("page", url, answer.etag, answer.last_modified))


def is_feed_file(path: Path) -> bool:
    """True for a saved RSS/Atom file, whatever its name (judged by its first kilobyte)."""
    try:
        with path.open("rb") as handle:
            return looks_like_feed(handle.read(1024))
    except OSError:
        return False


def _feed_file_entries(path: Path, store, fetcher: Callable[[], Fetcher], max_bytes: int) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    """A local feed file is a feed: its entries' articles are fetched like those of a feed URL."""
    try:
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except OSError as exc:
        yield Rejected(str(path), "unreadable", f"cannot read it: {exc.strerror or exc}; check its permissions")
        return
    if len(body) > max_bytes:
        yield Rejected(str(path), "too_large", f"over the limit of {max_bytes} bytes; split it")
        return
    log.info("%s is an RSS/Atom feed: fetching its articles", path)
    yield from _feed_entries(path.resolve().as_uri(), body, store, fetcher)


def _feed_entries(feed_url: str, body: bytes, store, fetcher: Fetcher | Callable[[], Fetcher]) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    from realpolitik.store.sources import mark_entry_seen, seen_entries

    entries = parse_feed(body, feed_url)
    if isinstance(entries, Rejected):
        yield entries
        return
    seen = seen_entries(store, feed_url, [e.key for e in entries])
    fresh = [e for e in entries if e.key not in seen]
    log.info("%s: %d entries, %d new", feed_url, len(entries), len(fresh))
    for entry in fresh:
        page = (fetcher if isinstance(fetcher, Fetcher) else fetcher()).fetch(entry.link, accept=_ACCEPT_PAGE)
        if isinstance(page, Rejected):
            if not is_transient(page):
                mark_entry_seen(store, feed_url, entry.key, entry.link, page.reason)
            yield page
            continue
        yield _page_job(entry.link, page, entry.published, ("entry", feed_url, entry.key, entry.link))


def is_transient(rejected: Rejected) -> bool:
    """True for a fetch failure that may pass: time-outs, network trouble, 429 and 5xx."""
    if rejected.reason in TRANSIENT:
        return True
    return rejected.reason == "http_error" and rejected.detail.startswith(("HTTP 5", "HTTP 429"))


def after_job(store, job: Job, outcome: str) -> None:  # type: ignore[no-untyped-def]
    """Remember a fetched job once its documents are saved: page validators, or the feed entry as seen."""
    from realpolitik.store.sources import mark_entry_seen, set_fetch_state

    if not job.tag:
        return
    if job.tag[0] == "page":
        _, url, etag, last_modified = job.tag
        set_fetch_state(store, url, 200, etag, last_modified)
    elif job.tag[0] == "entry":
        _, feed_url, key, link = job.tag
        mark_entry_seen(store, feed_url, key, link, outcome)
