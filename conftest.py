"""Fixtures shared by every app's tests: one user per role, a stranger with none, a real SMTP server."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.utils import translation
from rest_framework.test import APIClient

from vendorscore.roles import Role

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def _no_language_leaks_between_tests():
    """A request in Chinese leaves Chinese active in this thread: every test starts in LANGUAGE_CODE."""
    translation.deactivate()
    yield
    translation.deactivate()


def make_user(username: str, role: Role | None) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.com")
    if role is not None:
        user.groups.add(Group.objects.get(name=role.value))
    return user


@pytest.fixture
def manager(db) -> User:
    return make_user("mgr", Role.MANAGER)


@pytest.fixture
def second_manager(db) -> User:
    """Another manager: approval needs a second person (settings.ALLOW_SELF_APPROVAL)."""
    return make_user("mike", Role.MANAGER)


@pytest.fixture
def evaluator(db) -> User:
    return make_user("eva", Role.EVALUATOR)


@pytest.fixture
def viewer(db) -> User:
    return make_user("vic", Role.VIEWER)


@pytest.fixture
def stranger(db) -> User:
    """Signed in, but in no role group: may see nothing."""
    return make_user("nobody", None)


@pytest.fixture
def users(manager, evaluator, viewer, stranger) -> dict[str, User]:
    return {"manager": manager, "evaluator": evaluator, "viewer": viewer, "stranger": stranger}


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def api_as(api):
    def login(user: User) -> APIClient:
        api.force_authenticate(user)
        return api

    return login


@pytest.fixture
def smtp(settings):
    """A real SMTP server (aiosmtpd on loopback); Django's SMTP backend sends to it."""
    from evaluations.probes.tests import servers

    with servers.smtp_server() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_TIMEOUT = 5
        yield server
