"""URLs: telling them from paths, and one canonical form per article.

The canonical form is what identifies a document fetched from the web, so
the same article reached with tracking parameters or a fragment is stored once.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_")
_TRACKING = {"fbclid", "gclid", "dclid", "msclkid", "igshid", "ref", "ref_src", "cmpid", "ocid", "at_medium"}


def is_url(value: str) -> bool:
    """True for an http(s) URL given where a path could also be."""
    return value.startswith(("http://", "https://"))


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """Lower-case scheme and host, no fragment, no default port, no tracking parameters.

    A relative canonical link is resolved against `base`; anything that is
    not http(s) afterwards is returned as None.
    """
    if not url:
        return None
    url = url.strip()
    if base and not is_url(url):
        from urllib.parse import urljoin

        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"} or not parts.hostname:
        return None
    host = parts.hostname.lower()
    port = parts.port if parts.port and (scheme, parts.port) not in {("http", 80), ("https", 443)} else None
    netloc = f"[{host}]" if ":" in host else host
    if port:
        netloc += f":{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def host_of(url: str) -> str:
    """The host (lower case) that rate limits are kept per."""
    return (urlsplit(url).hostname or "").lower()
