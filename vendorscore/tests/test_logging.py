"""One line per client error in the log: no duplicates, no tracebacks for a 403 (issue 8, item 15)."""

from __future__ import annotations

import io
import logging

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.log import configure_logging


@pytest.fixture
def log_output():
    """Logging configured as Django configures it at start-up, every console handler captured."""
    stream = io.StringIO()
    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    for name in ("", "django", "django.request"):
        for handler in logging.getLogger(name).handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(stream)
    yield stream
    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)


@pytest.mark.django_db
def test_a_404_is_logged_once(client, viewer, log_output, settings):
    settings.DEBUG = True  # as under `make run`, where Django's own console handler is active too
    client.force_login(viewer)
    client.get("/vendors/999999/")
    assert log_output.getvalue().count("Not Found: /vendors/999999/") == 1


@pytest.mark.django_db
def test_a_403_is_one_line_without_a_traceback(client, viewer, log_output):
    client.force_login(viewer)
    assert client.get(reverse("evaluations:profile_add")).status_code == 403
    output = log_output.getvalue()
    assert "Forbidden" in output
    assert "Traceback" not in output


@pytest.mark.django_db
def test_a_favicon_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.ico")
    from django.contrib.staticfiles import finders

    assert finders.find("favicon.ico")
