"""A page's main text and the metadata realpolitik keeps (title, URL, date, site), through trafilatura.

Why not `bare_extraction(with_metadata=True)` alone: it also looks for the
page's author (a copy of the whole page pruned by a dozen XPath searches),
its categories, tags and licence -- a sixth of its time on a news page, for
fields no stage reads -- and it builds its options anew at every call. Here
the title, URL, date and site name come from the very calls trafilatura's
`extract_metadata` makes, in its order (each may rest on an earlier one), and
the main text from `bare_extraction` with options built once, on the same
parsed page. The fields read are the same (tests/test_hot_path_shortcuts.py
compares both ways on pages); a trafilatura whose metadata functions differ
from those of the 2.x series read here takes the long way.

Credit: the order of the metadata calls (meta tags, JSON-LD, title, URL,
host, date, site name and its tidying) is that of `extract_metadata` in
trafilatura 2.x (Apache-2.0, Adrien Barbaresi), with its author, category,
tag and licence steps left out; every step is one of trafilatura's own
functions, called here, not re-implemented.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

#: htmldate's settings for the page's own date (meta tags, JSON-LD, URL), never a date guessed from the body.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_SETTINGS = {"with_metadata": True, "include_comments": False, "include_tables": True,
             "date_extraction_params": DATE_PARAMS}


def extract_page(html: str) -> Any:
    """trafilatura's reading of `html` (an object with text, title, date, url, sitename, hostname), or None
    where trafilatura finds no main text."""
    fast = _fast_reader()
    return long_way(html) if fast is None else fast(html)


def long_way(html: str) -> Any:
    """`bare_extraction` with every metadata field: what `extract_page` reads where the fast way is not there
    (another trafilatura), and what it must agree with where it is (the tests')."""
    import trafilatura

    return trafilatura.bare_extraction(html, **_SETTINGS)


@lru_cache(maxsize=1)
def _fast_reader():  # type: ignore[no-untyped-def]
    """The reader of `extract_page` for trafilatura 2.x, or None (another version: the long way)."""
    try:
        import trafilatura
        from courlan import extract_domain
        from htmldate import find_date
        from trafilatura.metadata import (
            META_URL,
            examine_meta,
            extract_meta_json,
            extract_sitename,
            extract_title,
            extract_url,
        )
        from trafilatura.settings import Extractor
        from trafilatura.utils import load_html
    except ImportError:
        return None
    if not str(getattr(trafilatura, "__version__", "")).startswith("2."):
        return None
    body = Extractor(output_format="python", comments=False, tables=True)  # no metadata: read below

    def metadata(tree):  # type: ignore[no-untyped-def]
        """trafilatura.metadata.extract_metadata (2.x) without its author, categories, tags and licence."""
        found = examine_meta(tree)
        if found.author and " " not in found.author:  # as trafilatura does: extract_meta_json may read it
            found.author = None
        try:
            found = extract_meta_json(tree, found)
        except Exception as err:  # bugs in trafilatura's json_metadata.py, as it guards them
            log.debug("error in JSON metadata extraction: %s", err)
        if not found.title:
            found.title = extract_title(tree)
        if not found.url:
            found.url = extract_url(tree, None)
        if found.url:
            found.hostname = extract_domain(found.url, fast=True)
        found.date = find_date(tree, **{**DATE_PARAMS, "url": found.url})
        if not found.sitename:
            found.sitename = extract_sitename(tree)
        if found.sitename:
            found.sitename = found.sitename.lstrip("@")
            if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
                found.sitename = found.sitename.title()
        elif found.url and (match := META_URL.match(found.url)):
            found.sitename = match[1]
        found.filedate = DATE_PARAMS.get("max_date")
        found.clean_and_trim()
        return found

    def read(html: str):  # type: ignore[no-untyped-def]
        tree = load_html(html, body.max_file_size)
        if tree is None:
            return None
        try:
            found = metadata(tree)
        except (TypeError, ValueError):  # what bare_extraction answers None to
            return None
        # the main text from a copy of the page, as bare_extraction reads a tree it is given
        text = trafilatura.bare_extraction(tree, options=body)
        if text is None:
            return None
        found.text, found.raw_text, found.body = text.text, text.raw_text, text.body
        return found

    return read

