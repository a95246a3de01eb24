"""Fixtures for the probe tests: real HTTP and IMAP servers on loopback (SMTP: the root conftest)."""

from __future__ import annotations

import os

import pytest

from evaluations.probes.tests import servers


@pytest.fixture
def hook_server(settings):
    """A real HTTP server; the SSRF guard lets the probe senders reach it (it is on loopback)."""
    settings.PROBE_WEBHOOK_ALLOW_PRIVATE = True
    with servers.http_server() as server:
        yield server


@pytest.fixture
def dovecot():
    if not servers.dovecot_available():
        if os.environ.get("REQUIRE_DOVECOT"):
            pytest.fail("Dovecot is required here (REQUIRE_DOVECOT is set) but not installed or not run as root")
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd) or the tests do not run as root")
    with servers.dovecot_server() as server:
        yield server


@pytest.fixture(autouse=True)
def _celery_join_flag_restored():
    """Eager tasks run in several threads at once (the concurrency tests) save and restore
    Celery's process-wide "inside a task" flag out of order and can leave it set, after which
    ``result.get()`` in a later test refuses to wait ("Never call result.get() within a task")."""
    from celery import _state

    before = _state.task_join_will_block()
    yield
    _state._set_task_join_will_block(before)


@pytest.fixture(autouse=True)
def reply_address(settings):
    settings.PROBE_REPLY_ADDRESS = "Li Wei <tech@buyer.example.com>"
    settings.SITE_URL = "https://desk.buyer.example.com"
