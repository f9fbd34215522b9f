"""RSS and Atom feeds → the entries (article links) to fetch.

feedparser reads every RSS/Atom dialect and recovers from small XML faults;
a feed it cannot turn into a single entry with a link is rejected as
`bad_feed`. An entry is identified by its guid/id, else its link, so a feed
that re-orders or re-dates entries does not make us fetch them again.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.urls import canonical_url

log = logging.getLogger(__name__)

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class FeedEntry:
    """One article announced by a feed."""

    key: str  # guid/id, else the link: what "seen" is remembered by
    link: str
    title: str
    published: date | None


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    """True for an RSS/Atom document (by media type, or by its root element in the first 1 kB)."""
    if content_type in FEED_TYPES:
        return True
    head = body[:1024].lstrip()
    return bool(_FEED_SNIFF.search(head)) and not head[:100].lower().startswith((b"<!doctype html", b"<html"))


def parse_feed(body: bytes, url: str) -> list[FeedEntry] | Rejected:
    """The entries of a feed, newest first as the feed lists them, or `bad_feed` with the parser's complaint."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    entries: list[FeedEntry] = []
    for item in parsed.entries:
        link = canonical_url(item.get("link"), base=url)
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(
            FeedEntry(
                key=str(item.get("id") or link),
                link=link,
                title=str(item.get("title") or ""),
                published=date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None,
            )
        )
    if parsed.get("bozo") and not entries:
        problem = parsed.get("bozo_exception") or "not RSS or Atom"
        return Rejected(url, "bad_feed", f"cannot read the feed ({problem}); check that the URL is an RSS/Atom feed")
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        log.info("%s: feed has XML errors (%s); read %d entries anyway", url, problem, len(entries))
    if not entries and not parsed.get("feed"):
        return Rejected(url, "bad_feed", "no RSS/Atom feed found there; check the URL")
    return entries
