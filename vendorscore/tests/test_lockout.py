"""Password guessing is stopped (issue 10, A1): a lockout per username and address."""

from __future__ import annotations

import pytest
from django.urls import reverse

from conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def attempt(client, username, password, address="203.0.113.7", **headers):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def test_after_the_limit_even_the_right_password_is_refused_with_a_clear_message(client, viewer, axes_on):
    for _ in range(2):
        assert attempt(client, viewer.username, "wrong").status_code == 200  # the form again, with its error
    assert attempt(client, viewer.username, "wrong").status_code == 429  # the third reaches the limit
    locked = attempt(client, viewer.username, PASSWORD)
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    assert "Try again in 15 minutes" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_another_address_is_not_locked_and_forwarded_headers_are_not_trusted(client, viewer, axes_on):
    for n in range(3):
        attempt(client, viewer.username, "wrong", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    assert attempt(client, viewer.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429
    assert attempt(client, viewer.username, PASSWORD, address="192.0.2.1").status_code == 302  # another machine


def test_a_manager_unlocks_through_the_admin(client, viewer, manager, axes_on):
    from axes.models import AccessAttempt

    for _ in range(3):
        attempt(client, viewer.username, "wrong")
    assert AccessAttempt.objects.filter(username=viewer.username).exists()
    manager.is_staff = True  # managers configure through the admin, as the demo's manager does
    manager.save()
    client.force_login(manager)
    changelist = client.get("/admin/axes/accessattempt/")
    assert changelist.status_code == 200
    locks = list(AccessAttempt.objects.filter(username=viewer.username).values_list("pk", flat=True))
    response = client.post(  # the admin's own "delete selected" action, confirmed
        "/admin/axes/accessattempt/", {"action": "delete_selected", "_selected_action": locks, "post": "yes"}
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username=viewer.username).exists()
    client.logout()
    assert attempt(client, viewer.username, PASSWORD).status_code == 302
