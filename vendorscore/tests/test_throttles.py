"""The API's throttles and the sign-in lockout key on the real client (issue 10, A2).

``X-Forwarded-For`` is written by the client, so it counts only through the number of
proxies we run (TRUSTED_PROXY_COUNT); the anonymous, per-user and token throttles, the
lockout, the reply page's rate limit and the log all take the same address.
"""

from __future__ import annotations

import io
import logging

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from rest_framework.authtoken.models import Token

from conftest import PASSWORD
from vendorscore.clientip import client_ip, forwarded_client

TOKEN_URL = "/api/auth/token/"


@pytest.fixture
def rates(settings):
    """Small rates for the test; the test settings keep them out of reach elsewhere."""
    cache.clear()

    def set_rates(**rates):
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": "1000/min", "user": "1000/min", "token": "1000/min", **rates},
        }

    yield set_rates
    cache.clear()


def request_from(remote: str, forwarded: str | None = None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (0, None, "10.0.0.1"),
        (0, "203.0.113.9", "10.0.0.1"),  # no proxy of ours: the header is the client's own text
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.66, 203.0.113.9", "203.0.113.9"),  # the left entry was written by the client
        (2, "198.51.100.66, 203.0.113.9, 192.0.2.5", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.1"),  # shorter than the proxies we run: not through them
        (1, "not-an-address", "10.0.0.1"),
        (1, "", "10.0.0.1"),
        (1, " 2001:db8::1 ", "2001:db8::1"),
    ],
)
def test_the_client_address_trusts_only_as_many_forwarded_entries_as_we_run_proxies(
    settings, trusted, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = trusted
    assert client_ip(request_from("10.0.0.1", forwarded)) == expected


def test_a_forwarded_entry_is_normalised_and_never_taken_from_the_clients_side():
    assert forwarded_client("a, b, 203.0.113.9", 1) == "203.0.113.9"
    assert forwarded_client("203.0.113.9, evil", 1) is None
    assert forwarded_client("203.0.113.9", 0) is None


@pytest.mark.django_db
def test_50_wrong_passwords_with_a_new_forwarded_header_each_are_throttled_at_the_token_rate(api, viewer, rates):
    rates(token="10/min")
    statuses = [
        api.post(
            TOKEN_URL,
            {"username": viewer.username, "password": f"guess-{n}"},
            format="json",
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        ).status_code
        for n in range(50)
    ]
    checked, throttled = statuses.count(400), statuses.count(429)
    print(
        "\ntoken endpoint, TRUSTED_PROXY_COUNT=0, 50 guesses with 50 forwarded addresses: "
        f"{checked} checked, {throttled} throttled"
    )
    assert (checked, throttled) == (10, 40)
    refused = api.post(
        TOKEN_URL, {"username": viewer.username, "password": PASSWORD}, format="json", REMOTE_ADDR="203.0.113.7"
    )
    assert refused.status_code == 429  # the right password waits too
    assert "token" not in refused.json()
    assert refused.json()["detail"].startswith("Too many requests. Try again in ")
    assert 1 <= int(refused["Retry-After"]) <= 60


@pytest.mark.django_db
def test_a_valid_token_does_not_buy_unlimited_guesses_at_other_accounts(api, viewer, manager, rates):
    rates(token="5/min")
    token = Token.objects.create(user=manager)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    statuses = [
        api.post(TOKEN_URL, {"username": viewer.username, "password": "wrong"}, format="json").status_code
        for _ in range(8)
    ]
    assert statuses == [400] * 5 + [429] * 3


@pytest.mark.django_db
def test_behind_one_trusted_proxy_the_forwarded_address_is_the_client(api, viewer, rates, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    rates(token="10/min")

    def guess(address, spoofed="192.0.2.200"):
        return api.post(
            TOKEN_URL,
            {"username": viewer.username, "password": "wrong"},
            format="json",
            REMOTE_ADDR="10.0.0.2",  # our proxy
            HTTP_X_FORWARDED_FOR=f"{spoofed}, {address}",  # what the client wrote, then what the proxy saw
        ).status_code

    spread = [guess(f"198.51.100.{n}") for n in range(50)]
    print(f"\ntoken endpoint, TRUSTED_PROXY_COUNT=1, 50 clients behind the proxy: {spread.count(429)} throttled")
    assert spread.count(429) == 0  # fifty different clients, one guess each
    one_client = [guess("203.0.113.50", spoofed=f"192.0.2.{n}") for n in range(15)]
    assert one_client == [400] * 10 + [429] * 5  # one client, whatever it writes to the left
    assert guess("203.0.113.51") == 400  # its neighbour is not punished


@pytest.mark.django_db
def test_anonymous_clients_are_throttled_across_the_api_even_when_refused(api, rates):
    rates(anon="20/min")
    statuses = [
        api.get("/api/vendors/", REMOTE_ADDR="203.0.113.8", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(30)
    ]
    print(f"\nanonymous, 30 requests at 20/min: {statuses.count(401)} refused as 401, {statuses.count(429)} throttled")
    assert statuses == [401] * 20 + [429] * 10
    response = api.get("/api/vendors/", REMOTE_ADDR="203.0.113.8")
    assert response["Content-Type"] == "application/json"
    assert "Retry-After" in response
    assert api.get("/api/vendors/", REMOTE_ADDR="203.0.113.9").status_code == 401  # another client


@pytest.mark.django_db
def test_each_user_has_their_own_allowance_wherever_they_call_from(api, viewer, manager, rates):
    rates(user="5/min")
    token = Token.objects.create(user=viewer)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    statuses = [api.get("/api/vendors/", REMOTE_ADDR=f"203.0.113.{n}").status_code for n in range(8)]
    print(f"\none user, 8 requests from 8 addresses at 5/min: {statuses.count(429)} throttled")
    assert statuses == [200] * 5 + [429] * 3
    throttled = api.get("/api/vendors/", HTTP_ACCEPT_LANGUAGE="en")
    assert throttled.json() == {"detail": throttled.json()["detail"]}
    assert "Too many requests" in throttled.json()["detail"]
    assert int(throttled["Retry-After"]) >= 1
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=manager).key}")
    assert api.get("/api/vendors/").status_code == 200


@pytest.mark.django_db
def test_the_lockout_keys_on_the_same_address_as_the_throttles(client, viewer, settings):
    from axes.models import AccessAttempt

    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.TRUSTED_PROXY_COUNT = 1

    def sign_in(password, address):
        return client.post(
            reverse("login"),
            {"username": viewer.username, "password": password},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"192.0.2.1, {address}",
        )

    for _ in range(3):
        sign_in("wrong", "198.51.100.1")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["198.51.100.1"]
    assert sign_in(PASSWORD, "198.51.100.1").status_code == 429
    assert sign_in(PASSWORD, "198.51.100.2").status_code == 302  # another client behind the same proxy


@pytest.mark.django_db
def test_the_reply_page_limit_counts_the_client_behind_the_proxy(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.REPLY_PAGE_RATE = (3, 600)
    cache.clear()
    first = [client.get("/reply/guess/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1") for _ in range(4)]
    assert [response.status_code for response in first] == [404, 404, 404, 429]
    assert client.get("/reply/guess/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 404
    cache.clear()


@pytest.mark.django_db
def test_the_log_names_the_same_client_address(client, settings):
    from django.utils.log import configure_logging

    settings.TRUSTED_PROXY_COUNT = 1
    stream = io.StringIO()
    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    try:
        for handler in logging.getLogger("django").handlers:
            handler.setStream(stream)
        client.get("/api/no-such-endpoint/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.4")
    finally:
        configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    line = stream.getvalue()
    assert "Not Found: /api/no-such-endpoint/ client=198.51.100.4" in line


@pytest.mark.django_db
def test_the_token_endpoint_is_locked_like_the_sign_in_page(api, viewer, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        wrong = api.post(TOKEN_URL, {"username": viewer.username, "password": "wrong"}, format="json")
        assert wrong.status_code == 400
    assert api.post(TOKEN_URL, {"username": viewer.username, "password": "wrong"}, format="json").status_code == 429
    locked = api.post(TOKEN_URL, {"username": viewer.username, "password": PASSWORD}, format="json")
    assert locked.status_code == 429
    assert "token" not in locked.json()
    assert "Try again in 15 minutes" in locked.json()["detail"]
    assert locked["Retry-After"] == "900"
    other = api.post(
        TOKEN_URL, {"username": viewer.username, "password": PASSWORD}, format="json", REMOTE_ADDR="192.0.2.1"
    )
    assert other.status_code == 200  # another machine
