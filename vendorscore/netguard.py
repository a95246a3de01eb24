"""The SSRF guard: outgoing webhooks reach only public addresses, whatever the spelling.

A support channel's webhook URL is typed by a user and later fetched by a
worker inside our network, so it must not reach loopback, private networks,
the cloud metadata address, carrier-grade NAT or anything else that is not
globally routable. The guard runs twice:

* when a channel is saved (``check_url_on_save``): the URL's shape, and the
  host if it is an address literal in any spelling the C resolver accepts
  (``2130706433``, ``0x7f.1``, ``127.1``, ``[::ffff:127.0.0.1]``) or a name
  that resolves right now to a refused address;
* on every send (``vet_url``), after DNS resolution: every address the name
  resolves to must be allowed, and the request goes to the vetted address
  itself (``post``), so a second lookup cannot swap it for another one. A
  redirect is vetted the same way before it is followed.

``PROBE_WEBHOOK_ALLOW_PRIVATE=true`` lifts the address rule for local testing.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.utils.translation import gettext as _

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 3
MAX_RESPONSE_BYTES = 64 * 1024
CGNAT = ipaddress.ip_network("100.64.0.0/10")
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(ValueError):
    """The URL may not be fetched; the message says why, in the reader's language."""


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, NAT64, Teredo), if any."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal(ip: IPAddress) -> str | None:
    """Why a connection to ``ip`` is refused, or None when it is a public address."""
    inner = _embedded_ipv4(ip)
    if inner is not None:
        return refusal(inner)
    if ip.is_loopback:
        return _("a loopback address")
    if ip.is_unspecified:
        return _("the unspecified address")
    if ip.is_link_local:
        return _("a link-local address (this includes the cloud metadata service)")
    if ip.is_multicast:
        return _("a multicast address")
    if ip.version == 4 and ip in CGNAT:
        return _("a carrier-grade NAT address")
    if ip.is_private:
        return _("a private network address")
    if not ip.is_global:
        return _("an address reserved for special use")
    return None


def address_literal(host: str) -> IPAddress | None:
    """The address a host names literally, in any spelling the system resolver would accept."""
    host = host.strip().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])  # an IPv6 zone id does not change the address
    except ValueError:
        pass
    try:
        # inet_aton reads the old BSD forms too: decimal, hex, octal and shortened dotted quads.
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


@dataclass(frozen=True)
class Target:
    """A URL that passed the guard, with the address to connect to."""

    url: str
    scheme: str
    host: str
    port: int
    path: str
    address: str


def _split(url: str) -> tuple[str, str, int, str]:
    if not isinstance(url, str) or not url.strip():
        raise AddressRefused(_("Enter an http(s) URL."))
    if any(ord(character) < 33 for character in url):
        raise AddressRefused(_("The URL contains spaces or control characters."))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise AddressRefused(_("The URL's port is not a number from 1 to 65535.")) from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise AddressRefused(_("Only http and https URLs can be called."))
    host = parts.hostname or ""
    if not host:
        raise AddressRefused(_("The URL has no host."))
    port = port or (443 if parts.scheme.lower() == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme.lower(), host, port, path


def _refuse(host: str, ip: IPAddress, reason: str) -> AddressRefused:
    if str(ip) == host.strip("[]"):
        message = _("%(host)s is %(reason)s; webhooks may only call public addresses.")
        return AddressRefused(message % {"host": host, "reason": reason})
    return AddressRefused(
        _("%(host)s points to %(address)s, %(reason)s; webhooks may only call public addresses.")
        % {"host": host, "address": ip, "reason": reason}
    )


def check_url_on_save(url: str, *, allow_private: bool, resolve: Resolver | None = None) -> None:
    """Refuse a URL that can already be seen to be unsafe. A name that does not resolve
    yet is accepted: the send-time check decides once it does."""
    _scheme, host, port, _path = _split(url)
    if allow_private:
        return
    literal = address_literal(host)
    if literal is not None:
        if reason := refusal(literal):
            raise _refuse(host, literal, reason)
        return
    try:
        addresses = (resolve or system_resolver)(host, port)
    except (OSError, UnicodeError):
        return
    _vet_addresses(host, addresses)


def _vet_addresses(host: str, addresses: list[str]) -> str:
    if not addresses:
        raise AddressRefused(_("%(host)s does not resolve to any address.") % {"host": host})
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
        if reason := refusal(ip):
            raise _refuse(host, ip, reason)
    return addresses[0]


def vet_url(url: str, *, allow_private: bool, resolve: Resolver | None = None) -> Target:
    """Resolve and vet a URL for sending; every address of the name must be allowed."""
    scheme, host, port, path = _split(url)
    literal = address_literal(host)
    if literal is not None:
        if not allow_private and (reason := refusal(literal)):
            raise _refuse(host, literal, reason)
        return Target(url, scheme, host, port, path, str(literal))
    try:
        addresses = (resolve or system_resolver)(host, port)
    except (OSError, UnicodeError) as exc:
        raise ConnectionError(f"cannot resolve {host}: {exc}") from None  # transient: DNS may come back
    address = addresses[0] if allow_private and addresses else _vet_addresses(host, addresses)
    return Target(url, scheme, host, port, path, address)


@dataclass(frozen=True)
class Response:
    status: int
    body: str
    url: str


def post(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    allow_private: bool,
    resolve: Resolver | None = None,
    connect_to: Callable[[Target], tuple[str, int]] | None = None,
) -> Response:
    """POST ``body`` to ``url`` through the guard, following at most three vetted redirects.

    Connects to the vetted address (TLS still checks the certificate against the
    host name). ``connect_to`` lets tests send a vetted public address to a local
    server; nothing else uses it. Network failures raise ``OSError`` subclasses or
    urllib3 errors; the caller decides what is transient.
    """
    method = "POST"
    for _hop in range(MAX_REDIRECTS + 1):
        target = vet_url(url, allow_private=allow_private, resolve=resolve)
        address, port = connect_to(target) if connect_to else (target.address, target.port)
        name = f"[{target.host}]" if ":" in target.host else target.host
        host_header = name if target.port == {"http": 80, "https": 443}[target.scheme] else f"{name}:{target.port}"
        pool_options = {"timeout": urllib3.Timeout(connect=timeout, read=timeout), "retries": False, "maxsize": 1}
        if target.scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address, port, server_hostname=target.host, assert_hostname=target.host, **pool_options
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, port, **pool_options)
        try:
            response = pool.urlopen(
                method,
                target.path,
                body=body if method == "POST" else None,
                headers={**headers, "Host": host_header},
                redirect=False,
                preload_content=False,
            )
            content = response.read(MAX_RESPONSE_BYTES, decode_content=True)
            response.release_conn()
        finally:
            pool.close()
        location = response.headers.get("Location")
        if response.status in (301, 302, 303, 307, 308) and location:
            url = urljoin(url, location)
            if response.status in (301, 302, 303):
                method = "GET"
            continue
        return Response(response.status, content.decode("utf-8", "replace"), url)
    raise AddressRefused(_("Too many redirects."))
