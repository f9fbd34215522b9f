"""HTML articles: main text and metadata through trafilatura (dates through htmldate), its fields read the fast
way in trafilatura_fields.py.

Navigation, comments and boilerplate are dropped by trafilatura. The
publication date is the page's own (meta tags, JSON-LD, URL: htmldate with
`original_date`), never a date guessed from the body text, so an article
about a 1997 treaty is not dated 1997.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from realpolitik.budget import BudgetExceeded, interruptible
from realpolitik.ingest.decode import drop_nul
from realpolitik.ingest.ids import document_id
from realpolitik.ingest.iso_dates import parse_date
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.trafilatura_fields import extract_page
from realpolitik.ingest.urls import canonical_url, is_url
from realpolitik.model import Document

log = logging.getLogger(__name__)

_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for a page that starts like HTML (checked on the first 2 kB)."""
    head = text[:2048].lstrip()
    return head.startswith("<") and bool(_HTML_SNIFF.search(head))


def read_html(
    html: str, origin: str, published: date | None = None, lang: str | None = None
) -> Document | Rejected:
    """One Document from an HTML page, or `empty` when the page has no main text."""
    import trafilatura

    html = drop_nul(html)
    try:
        result = interruptible(extract_page, html, what="reading the page")
    except BudgetExceeded as exc:  # trafilatura is slow on some markup: a budget, not a hang
        return Rejected(origin, exc.reason, exc.detail)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        log.warning("%s: trafilatura failed (%s); falling back to plain text of the page", origin, exc)
        result = None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        # Very short pages fall under trafilatura's minimum size: keep their visible text.
        try:
            text = (interruptible(trafilatura.html2txt, html, what="reading the page") or "").strip()
        except BudgetExceeded as exc:
            return Rejected(origin, exc.reason, exc.detail)
    if not text:
        return Rejected(origin, "empty", "the page has no visible text")
    when = None
    raw_date = getattr(result, "date", None)
    if raw_date:
        try:
            when = parse_date(raw_date)
        except ValueError:
            log.info("%s: ignoring unreadable page date %r", origin, raw_date)
    match = _HTML_LANG.search(html[:4096])
    doc = Document(
        id="",
        text=text,
        lang=lang or (match.group(1).lower() if match else None),
        published=when or published,
        title=(getattr(result, "title", None) or "").strip(),
        url=canonical_url(getattr(result, "url", None), base=origin if is_url(origin) else None)
        or (canonical_url(origin) if is_url(origin) else None),
        outlet=getattr(result, "sitename", None) or getattr(result, "hostname", None) or None,
        origin=origin,
    )
    doc.id = document_id(doc.url or origin, doc.content_hash)
    return doc
