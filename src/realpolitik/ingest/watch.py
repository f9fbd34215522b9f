"""`watch`: poll a list of feeds, fetch the new articles and ingest them; run until stopped.

Each poll is one ingest run (with its summary in `runs`). A feed answered
with 304 costs one request; entries already handled are remembered in the
store (`feed_entries`), so a restarted watcher does not fetch them again.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.ingest.fetch import Fetcher, FetchPolicy
from realpolitik.ingest.sources import Item, iter_url
from realpolitik.ingest.urls import is_url

log = logging.getLogger(__name__)

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """"15m" → 900 seconds ("30s", "2h", "1d"; a bare number is seconds)."""
    match = _EVERY.match(value)
    if not match:
        raise InputError(f"cannot read the interval {value!r}; write it like 30s, 15m, 2h or 1d")
    seconds = float(match.group(1)) * _UNIT[match.group(2).lower()]
    if seconds <= 0:
        raise InputError("the interval must be more than 0 seconds")
    return seconds


def read_feed_list(path: Path) -> list[str]:
    """Feed (or page) URLs, one a line; blank lines and lines starting with # are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the feed list {path}: {exc.strerror or exc}; check the path") from None
    urls = []
    for number, line in enumerate(lines, start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if not is_url(entry):
            raise InputError(f"{path}:{number}: {entry!r} is not an http(s) URL; fix or comment out the line")
        urls.append(entry)
    if not urls:
        raise InputError(f"{path} lists no feed URLs; add one http(s) URL a line")
    return urls


def watch(feeds_file: Path, db: str | None = None, *, every: float = 900.0, once: bool = False,
          workers: int = 1, allow_private: bool = False, policy: FetchPolicy | None = None,
          lang: str | None = None, dictionary: object = None, progress: bool = False,
          on_poll: Callable[[dict], None] | None = None, polls: int | None = None) -> list[dict]:
    """Poll the feeds of `feeds_file` every `every` seconds (once with `once`); the poll summaries.

    The feed list is read again before every poll, so feeds can be added
    while it runs. `polls` stops after that many polls (for tests).
    """
    from realpolitik.engines import LocalEngine, Settings, run_items
    from realpolitik.store import open_store

    read_feed_list(feeds_file)  # fail early on a bad list
    settings = Settings(db_url=db, lang=lang, max_bytes=(policy.max_bytes if policy else Settings.max_bytes),
                        dictionary=dictionary)
    policy = policy or FetchPolicy(allow_private=allow_private)
    summaries: list[dict] = []
    with LocalEngine(settings, workers) as extractor, open_store(db) as store, Fetcher(policy) as fetcher:
        while True:
            started = time.perf_counter()
            deferred: list[Callable[[], None]] = []
            items = _poll_items(read_feed_list(feeds_file), store, fetcher, deferred)
            summary = run_items(store, extractor, items, progress=progress, started=started)
            for action in deferred:
                action()
            summaries.append(summary)
            if on_poll is not None:
                on_poll(summary)
            if once or (polls is not None and len(summaries) >= polls):
                return summaries
            pause = max(0.0, every - (time.perf_counter() - started))
            log.info("next poll in %.0f s", pause)
            extractor.pause(pause)  # SIGTERM (with workers) ends the watch here, not after the pause


def _poll_items(urls: list[str], store, fetcher: Fetcher, deferred: list) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    for url in urls:
        yield from iter_url(url, store, fetcher, deferred)
