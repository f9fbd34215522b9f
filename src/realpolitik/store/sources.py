"""What the fetcher remembers between runs: HTTP validators per URL and feed entries seen.

Kept in the store (not a side file) so a watcher on PostgreSQL, or a second
machine on the same database, resumes where the last poll stopped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select

from realpolitik.store import schema as s
from realpolitik.store.store import Store


@dataclass(frozen=True)
class FetchState:
    """Validators of the last successful fetch of a URL, for a conditional request."""

    etag: str | None
    last_modified: str | None
    status: int | None


def _key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def get_fetch_state(store: Store, url: str) -> FetchState | None:
    with store.reader() as conn:
        row = conn.execute(select(s.fetch_state).where(s.fetch_state.c.url_key == _key(url))).mappings().first()
    if row is None:
        return None
    return FetchState(row["etag"], row["last_modified"], row["status"])


def set_fetch_state(
    store: Store, url: str, status: int | None, etag: str | None = None, last_modified: str | None = None,
    error: str | None = None,
) -> None:
    """Remember the outcome of fetching `url` (replaces the previous row)."""
    key = _key(url)
    with store.engine.begin() as conn:
        conn.execute(delete(s.fetch_state).where(s.fetch_state.c.url_key == key))
        conn.execute(
            insert(s.fetch_state).values(
                url_key=key, url=url, etag=etag, last_modified=last_modified, status=status, error=error,
                checked_at=datetime.now(UTC),
            )
        )


def seen_entries(store: Store, feed_url: str, entry_ids: list[str]) -> set[str]:
    """The subset of `entry_ids` of `feed_url` handled before."""
    keys = {_key(feed_url, e): e for e in entry_ids}
    found: set[str] = set()
    items = list(keys)
    with store.reader() as conn:
        for start in range(0, len(items), 500):
            chunk = items[start : start + 500]
            rows = conn.execute(select(s.feed_entries.c.entry_key).where(s.feed_entries.c.entry_key.in_(chunk)))
            found.update(keys[r[0]] for r in rows)
    return found


def mark_entry_seen(store: Store, feed_url: str, entry_id: str, url: str | None, outcome: str) -> None:
    """Remember that an entry was handled (stored, duplicate, or permanently rejected)."""
    key = _key(feed_url, entry_id)
    with store.engine.begin() as conn:
        conn.execute(delete(s.feed_entries).where(s.feed_entries.c.entry_key == key))
        conn.execute(
            insert(s.feed_entries).values(
                entry_key=key, feed_url=feed_url, url=url, outcome=outcome[:16], seen_at=datetime.now(UTC)
            )
        )
