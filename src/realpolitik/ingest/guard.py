"""The address guard under every fetch: resolve once, check, connect to the address that was checked.

Checking a host name and then letting the HTTP library resolve it again leaves
a gap (DNS rebinding: the first answer is public, the second is 127.0.0.1).
`GuardedTransport` closes it: it resolves the host itself, refuses the request
when any answer is private, loopback, link-local or otherwise not global
(IPv4 inside IPv6 included), and sends the request to that very IP with the
Host header and TLS server name (SNI, certificate check) of the original host.
Connections are not kept alive, so a TLS session verified for one host is never
reused for another host on the same address.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
AddressCheck = Callable[[IPAddress], bool]
SCHEMES = frozenset({"http", "https"})
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Blocked(httpx.TransportError):
    """The request was refused before any connection was made (scheme or address); the message says why."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (numeric spellings like 2130706433 included)."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]).split("%")[0] for info in infos]


def is_public(address: IPAddress) -> bool:
    """True for a globally routable address, judging an IPv4 address embedded in IPv6 by itself."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is None and address.teredo:
            embedded = address.teredo[1]
        if embedded is not None and not is_public(embedded):
            return False
    return address.is_global and not address.is_multicast


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that only connects to checked addresses of http(s) URLs."""

    def __init__(self, *, allow_private: bool = False, resolver: Resolver | None = None,
                 address_allowed: AddressCheck | None = None, verify: bool = True) -> None:
        self.allow_private = allow_private
        self.resolver = resolver or system_resolver
        self.address_allowed = address_allowed or is_public
        self._inner = httpx.HTTPTransport(verify=verify, retries=0,
                                          limits=httpx.Limits(max_keepalive_connections=0))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in SCHEMES or not url.host:
            raise Blocked(f"only http and https URLs are fetched, not {str(url)[:200]!r}", request=request)
        address = self.checked_address(url.host, url.port or (443 if url.scheme == "https" else 80), request)
        pinned = httpx.Request(request.method, url.copy_with(host=address), headers=request.headers,
                               stream=request.stream,
                               extensions={**request.extensions, "sni_hostname": url.host})
        return self._inner.handle_request(pinned)

    def checked_address(self, host: str, port: int, request: httpx.Request | None = None) -> str:
        """The address to connect to: the first answer, once every answer has passed the check."""
        try:
            answers = self.resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise httpx.ConnectError(f"cannot resolve {host}: {exc}", request=request) from None
        if not answers:
            raise httpx.ConnectError(f"cannot resolve {host}: no address", request=request)
        for answer in answers:
            try:
                address = ipaddress.ip_address(answer)
            except ValueError:
                raise Blocked(f"{host} resolved to {answer!r}, which is not an IP address", request=request) from None
            if not self.allow_private and not self.address_allowed(address):
                raise Blocked(f"{host} is a private or loopback address ({address}); "
                              "pass --allow-private to fetch from your own network", request=request)
        return answers[0]

    def close(self) -> None:
        self._inner.close()
