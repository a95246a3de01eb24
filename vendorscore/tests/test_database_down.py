"""While the database does not answer (issue 10, A8): the API says so in JSON with a 503 and
``Retry-After``, the site shows a friendly 503 page, /healthz agrees, and everything works again
the moment the database is back, without a restart.

The outage is real: the default connection is pointed at a port nothing listens on (PostgreSQL)
or at a file in a folder that does not exist (SQLite), so every query fails in the driver.
"""

from __future__ import annotations

import json
import socket
import time
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client
from rest_framework.authtoken.models import Token

from evaluations.models import Answer, Evaluation
from evaluations.tests.factories import small_template
from vendors.tests.factories import VendorFactory
from vendorscore.outage import RETRY_AFTER_SECONDS

# serialized_rollback: the data migrations loaded (groups, checklist, profiles) comes back after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def database_down():
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "postgresql":
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(unused_port()))
    else:
        connection.settings_dict.update(NAME="/nonexistent-vendorscore-folder/down.sqlite3")
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


@pytest.fixture
def evaluation(evaluator):
    return Evaluation.objects.create(vendor=VendorFactory(name="Acme"), template=small_template(), evaluator=evaluator)


@pytest.fixture
def api_client(evaluator):
    client = Client(raise_request_exception=False)
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {Token.objects.create(user=evaluator).key}"
    return client


@pytest.fixture
def page_client(evaluator):
    client = Client(raise_request_exception=False)
    client.force_login(evaluator)
    return client


def timed(call):
    started = time.perf_counter()
    response = call()
    return response, (time.perf_counter() - started) * 1000


def test_the_api_answers_json_503_with_retry_after_and_recovers(api_client, evaluation):
    assert api_client.get("/api/vendors/").status_code == 200
    answer = {"criterion": "depth", "value": 4, "revision": 0}
    with database_down():
        listed, list_ms = timed(lambda: api_client.get("/api/vendors/"))
        saved, save_ms = timed(
            lambda: api_client.post(
                f"/api/evaluations/{evaluation.pk}/answer/", json.dumps(answer), content_type="application/json"
            )
        )
        token = Client(raise_request_exception=False).post(
            "/api/auth/token/", {"username": "eva", "password": "x"}, content_type="application/json"
        )
    print(
        f"\ndatabase down ({connection.vendor}): API list 503 in {list_ms:.0f} ms, answer save 503 in {save_ms:.0f} ms"
    )
    for response in (listed, saved, token):
        assert response.status_code == 503
        assert response["Content-Type"] == "application/json"
        assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
        assert response.json() == {
            "detail": f"The database is not answering at the moment. Please try again in {RETRY_AFTER_SECONDS} seconds."
        }
    assert not Answer.objects.exists()  # nothing half-written
    assert api_client.get("/api/vendors/").status_code == 200  # back, without a restart
    resent = api_client.post(
        f"/api/evaluations/{evaluation.pk}/answer/", json.dumps(answer), content_type="application/json"
    )
    assert resent.status_code == 200
    assert Answer.objects.get().value == 4


def test_the_site_shows_a_friendly_503_page_without_touching_the_database(page_client, evaluation):
    assert page_client.get("/vendors/").status_code == 200
    with database_down():
        # The session and the user are loaded by middleware before any view: they fail first.
        page, page_ms = timed(lambda: page_client.get("/vendors/?status=candidate"))
        chinese = page_client.get("/vendors/", HTTP_ACCEPT_LANGUAGE="zh-hans")
        health = Client(raise_request_exception=False).get("/healthz")  # as a load balancer asks: no cookie
        health_with_session = page_client.get("/healthz")
        anonymous = Client(raise_request_exception=False).post("/accounts/login/", {"username": "eva", "password": "x"})
    print(f"\ndatabase down ({connection.vendor}): page 503 in {page_ms:.0f} ms")
    assert page.status_code == 503
    assert page["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert page["Content-Type"].startswith("text/html")
    body = page.content.decode()
    assert "Temporarily unavailable" in body
    assert "cannot reach its database" in body
    assert f"try again in {RETRY_AFTER_SECONDS} seconds" in body
    assert 'href="/vendors/?status=candidate"' in body
    assert '<html lang="en">' in body
    assert chinese.status_code == 503
    assert '<html lang="zh-hans">' in chinese.content.decode()
    assert anonymous.status_code == 503  # the sign-in form needs the database too
    assert health.status_code == 503
    assert health["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert health.json()["database"].startswith("error: ")
    assert health_with_session.status_code == 503
    assert page_client.get("/vendors/").status_code == 200  # back, without a restart


def test_other_server_errors_are_still_500s(page_client, monkeypatch):
    from vendors import views

    def broken(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(views.VendorListView, "get_queryset", broken)
    response = page_client.get("/vendors/")
    assert response.status_code == 500
    assert "Retry-After" not in response
