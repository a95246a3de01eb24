"""Django's Redis cache, made so that a Redis outage cannot take the site down with it.

The cache holds nothing the site cannot do without: rate-limit and throttle counters,
debounce keys, a poll lock. Django's own ``RedisCache`` raises on every call while Redis
refuses connections (a 500 on any page that counts a request), and waits forever on one
that accepts but never answers. This one:

* gives each socket a short connect and read timeout (``socket_connect_timeout`` and
  ``socket_timeout`` in OPTIONS, 0.5 s unless set);
* answers a failed call as a miss, failing open: ``get`` gives the default, ``add`` and
  ``incr`` behave as if the key were new (so a rate limit lets the request through and a
  debounce lets the wake-up go), writes and deletes are dropped;
* after a failure, stops asking Redis for ``RETRY_AFTER`` seconds (answering misses at
  once), so a page that touches the cache several times pays for one timeout, not one per
  call; then tries again;
* logs a warning when Redis goes away and when it is back, not once per call.
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)
SOCKET_TIMEOUT = 0.5
RETRY_AFTER = 5.0


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._options = {"socket_connect_timeout": SOCKET_TIMEOUT, "socket_timeout": SOCKET_TIMEOUT, **self._options}
        self._down_until = 0.0
        self._lock = threading.Lock()

    # --- the circuit -------------------------------------------------------------------------
    def _call(self, method: str, miss, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return miss
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except UNAVAILABLE as exc:
            with self._lock:
                was_up = self._down_until == 0.0
                self._down_until = time.monotonic() + RETRY_AFTER
            if was_up:
                logger.warning(
                    "the Redis cache is unavailable (%s: %s); answering misses, trying again every %g s",
                    type(exc).__name__,
                    exc,
                    RETRY_AFTER,
                )
            return miss
        if self._down_until:
            self._down_until = 0.0
            logger.warning("the Redis cache is back")
        return result

    @property
    def is_down(self) -> bool:
        return time.monotonic() < self._down_until

    # --- the cache API, each with what a miss means --------------------------------------------
    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", True, key, value, timeout, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", delta, key, delta, version=version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version=version)

    def clear(self):
        return self._call("clear", False)
