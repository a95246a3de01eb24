"""The client's address, the one place that decides it: throttles, sign-in lockouts,
the vendor reply page's rate limit and the log all ask ``client_ip``.

``X-Forwarded-For`` is written by whoever sends the request, so it is believed only
as far as our own proxies vouch for it: each trusted proxy appends the address it
received the request from, so with ``TRUSTED_PROXY_COUNT = n`` the client is the
n-th address from the right. Anything to the left of that was written by the
client itself and is ignored. With 0 (the default: gunicorn faces the clients)
only ``REMOTE_ADDR`` counts. A header shorter than ``n`` or an entry that is not an
IP address means the request did not come through our proxies as configured:
``REMOTE_ADDR`` again, never a value the client chose.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings


def forwarded_client(forwarded_for: str | None, trusted_proxies: int) -> str | None:
    """The address ``trusted_proxies`` proxies vouch for in an ``X-Forwarded-For`` value, or None."""
    if trusted_proxies <= 0 or not forwarded_for:
        return None
    entries = [entry.strip() for entry in forwarded_for.split(",")]
    if len(entries) < trusted_proxies:
        return None
    candidate = entries[-trusted_proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


def client_ip(request) -> str:
    """The address of the client that sent ``request`` (see the module's docstring)."""
    remote = request.META.get("REMOTE_ADDR") or ""
    forwarded = forwarded_client(request.META.get("HTTP_X_FORWARDED_FOR"), settings.TRUSTED_PROXY_COUNT)
    return forwarded or remote
