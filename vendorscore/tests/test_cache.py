"""The Redis cache while Redis is down or hung (vendorscore/cache.py), against a real redis-server."""

from __future__ import annotations

import logging
import time

import pytest
import redis
from django.test import override_settings

from evaluations.probes.tests import servers
from vendorscore import cache as resilient

pytestmark = pytest.mark.skipif(not servers.redis_available(), reason="needs redis-server (apt-get install redis)")


def make_cache(url: str) -> resilient.ResilientRedisCache:
    return resilient.ResilientRedisCache(url, {})


@pytest.fixture
def own_redis():
    with servers.redis_server() as server:
        yield server


def timed(call):
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started


def test_while_redis_answers_it_is_django_s_redis_cache(own_redis):
    cache = make_cache(own_redis.url(1))
    assert cache.add("k", 1, 60) is True
    assert cache.add("k", 2, 60) is False
    assert cache.incr("k") == 2
    assert cache.get("k") == 2
    assert cache.get_many(["k", "missing"]) == {"k": 2}
    assert cache.delete("k") is True
    assert cache.get("k", "default") == "default"


def test_a_redis_that_refuses_connections_is_a_miss_that_fails_open(own_redis):
    cache = make_cache(own_redis.url(1))
    cache.set("k", 41, 60)
    own_redis.kill()
    answers, elapsed = timed(
        lambda: (
            cache.get("k", "default"),
            cache.add("limit", 1, 60),  # a rate limit or a debounce key: let it through
            cache.incr("k"),
            cache.get_many(["k"]),
            cache.set("k", 1, 60),
            cache.delete("k"),
            cache.has_key("k"),
        )
    )
    assert answers == ("default", True, 1, {}, None, False, False)
    assert elapsed < 2
    print(f"Redis refusing connections: 7 cache calls answered as misses in {elapsed * 1000:.0f} ms")


def test_a_hung_redis_costs_one_short_timeout_then_misses_at_once(own_redis):
    cache = make_cache(own_redis.url(1))
    cache.set("k", 1, 60)
    own_redis.pause()  # accepts connections (the kernel does), never answers
    try:
        first, first_elapsed = timed(lambda: cache.get("k", "default"))
        rest, rest_elapsed = timed(lambda: [cache.get("k", "default") for _ in range(20)])
    finally:
        own_redis.resume()
    assert first == "default"
    assert rest == ["default"] * 20
    assert first_elapsed < 2
    print(
        f"Redis hung (SIGSTOP): first call gave up after {first_elapsed:.2f} s "
        f"(socket timeout {resilient.SOCKET_TIMEOUT} s), the next 20 took {rest_elapsed * 1000:.1f} ms"
    )


def test_it_reads_again_once_redis_is_back_and_logs_the_outage_twice_not_per_call(own_redis, monkeypatch, caplog):
    monkeypatch.setattr(resilient, "RETRY_AFTER", 0.2)
    cache = make_cache(own_redis.url(1))
    own_redis.kill()
    with caplog.at_level(logging.WARNING, logger="vendorscore.cache"):
        for _ in range(5):
            assert cache.get("k", "default") == "default"
            time.sleep(0.05)
        own_redis.start()
        time.sleep(0.25)
        cache.set("k", "back", 60)
        assert cache.get("k") == "back"
        assert not cache.is_down
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert "unavailable" in messages[0]
    assert "back" in messages[1]


@override_settings(
    CACHES={"default": {"BACKEND": "vendorscore.cache.ResilientRedisCache", "LOCATION": "redis://127.0.0.1:1/1"}}
)
@pytest.mark.django_db
def test_pages_that_count_requests_in_the_cache_answer_while_redis_is_down(client):
    # The reply page counts requests per client (vendorscore.ratelimit), the token endpoint
    # is throttled by DRF: both keep their counters in the cache.
    started = time.monotonic()
    assert client.get("/reply/not-a-token/").status_code == 404
    assert client.post("/api/auth/token/", {"username": "x", "password": "y"}).status_code == 400
    assert time.monotonic() - started < 2


@override_settings(
    CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/1"}}
)
@pytest.mark.django_db
def test_django_s_own_redis_cache_would_fail_those_pages(client):
    """Why vendorscore.cache exists: the stock backend raises on the first counter."""
    with pytest.raises(redis.exceptions.ConnectionError):
        client.get("/reply/not-a-token/")
