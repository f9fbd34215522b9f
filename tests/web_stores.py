"""Stores the web page tests read: the demo's examples, and articles with hostile title/outlet/url values.

A helper module (not collected): test_browser_page.py and test_web_views.py build
their stores with it, through the real ingest pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.demo import examples_path
from realpolitik.engines import ingest_paths

#: Markup that would run if the page assembled HTML from stored strings; each sets window.__pwned.
XSS_IMG = "<img src=x onerror=\"window.__pwned='{}'\">"
XSS_LINK = "<a href=\"javascript:window.__pwned='{}'\">click</a>"
HOSTILE_URLS = ("javascript:window.__pwned='url'", "data:text/html,<script>window.__pwned='data'</script>",
                "//evil.invalid/x", "JaVaScRiPt:window.__pwned='case'")


def build_demo_store(folder: Path) -> str:
    """The articles `realpolitik demo` stores (the seed article and two constructed examples)."""
    url = f"sqlite:///{folder / 'demo.db'}"
    summary = ingest_paths([str(examples_path())], url)
    assert summary["stored"] == 3, summary
    return url


def build_hostile_store(folder: Path) -> str:
    """Articles whose outlet, title and URL carry markup and script URLs (as a fetched page's og:site_name,
    <title> or a JSON Lines record can), in a JSON Lines file and an HTML page."""
    records = []
    for i, url in enumerate(HOSTILE_URLS):
        records.append({
            "id": f"hostile-{i}", "lang": "en", "published": f"2025-10-0{i + 1}", "url": url,
            "title": XSS_IMG.format(f"title{i}") + " Russia and Ukraine",
            "outlet": XSS_LINK.format(f"outlet{i}") + XSS_IMG.format(f"outlet{i}"),
            "text": f"Russia attacked Ukraine with drones on day {i}. Ukraine accused Russia of war crimes.",
        })
    records.append({"id": "safe-link", "lang": "en", "published": "2025-10-09", "url": "https://example.org/news/1",
                    "title": "Poland and Ukraine", "outlet": "Example News",
                    "text": "Poland and Ukraine signed a defense pact in Warsaw."})
    (folder / "hostile.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    page = (
        "<html><head><meta charset='utf-8'>"
        f"<meta property='og:site_name' content='{XSS_LINK.format('og').replace(chr(39), '&#39;')}'>"
        "<title>&lt;script&gt;window.__pwned='html-title'&lt;/script&gt; China and Russia</title>"
        "<meta name='date' content='2025-10-20'></head><body><article>"
        "<h1>&lt;img src=x onerror=window.__pwned=1&gt; China and Russia</h1>"
        "<p>China and Russia signed a strategic partnership agreement in Beijing on Monday, covering energy "
        "and trade.</p>"
        "<p>The United States accused China of supporting Russia's war against Ukraine with dual-use goods.</p>"
        "</article></body></html>")
    (folder / "hostile.html").write_text(page, encoding="utf-8")
    url = f"sqlite:///{folder / 'hostile.db'}"
    summary = ingest_paths([str(folder / "hostile.jsonl"), str(folder / "hostile.html")], url)
    assert summary["stored"] == len(records) + 1, summary
    return url
