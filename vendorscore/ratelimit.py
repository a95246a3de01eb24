"""A small fixed-window rate limit on the shared cache, for pages outside the API's throttles."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache


def settings_rate(name: str) -> tuple[int, int]:
    """(requests, seconds) from a setting read by ``vendorscore.env.get_rate``."""
    return getattr(settings, name)


def allow(key: str, limit: int, period: int) -> bool:
    """Count one request for ``key`` in the current window; False once it exceeds ``limit``."""
    bucket = f"ratelimit:{key}:{int(time.time() // period)}"
    if cache.add(bucket, 1, timeout=period + 1):
        return True
    try:
        return cache.incr(bucket) <= limit
    except ValueError:  # the window just expired between add and incr
        cache.set(bucket, 1, timeout=period + 1)
        return True
