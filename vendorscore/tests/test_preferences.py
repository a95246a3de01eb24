"""Preferences: time zone, language (saved on the user, applied at once and at login),
notification emails per kind, and changing one's password."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation

from conftest import PASSWORD
from vendorscore.middleware import SESSION_LANGUAGE_KEY
from vendorscore.models import UserPreference

pytestmark = pytest.mark.django_db

URL = "/accounts/preferences/"
PASSWORD_URL = "/accounts/preferences/password/"
NEW_PASSWORD = "a-much-longer-passphrase-42"
ALL_ON = {
    "email_evaluation_submitted": "on",
    "email_evaluation_approved": "on",
    "email_evaluation_returned": "on",
}


@pytest.fixture(autouse=True)
def _site_language_after_each_test():
    yield
    translation.deactivate()


def save(client, **fields):
    data = {"time_zone": "Asia/Shanghai", "language": "en", **ALL_ON, **fields}
    return client.post(URL, {key: value for key, value in data.items() if value is not None})


def preference(user) -> UserPreference:
    return UserPreference.objects.get(user=user)


def test_preferences_and_the_password_need_a_login(client):
    for url in (URL, PASSWORD_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    response = client.post(PASSWORD_URL, {"old_password": PASSWORD})
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_the_page_offers_language_emails_for_the_role_and_a_password_change(client, manager, evaluator, viewer):
    client.force_login(manager)
    body = client.get(URL).content.decode()
    assert 'name="time_zone"' in body
    assert 'name="language"' in body
    assert ">简体中文<" in body
    assert ">English<" in body
    assert 'name="email_evaluation_submitted"' in body
    assert 'name="old_password"' in body
    assert "autofocus" not in body
    assert 'name="new_password2"' in body

    client.force_login(evaluator)
    body = client.get(URL).content.decode()
    assert 'name="email_evaluation_submitted"' not in body  # managers' kind
    assert 'name="email_evaluation_returned"' in body
    assert 'id="id_email_evaluation_approved" checked' in body  # on by default

    client.force_login(viewer)
    assert "Your role gets no notifications." in client.get(URL).content.decode()


def test_an_unknown_language_is_a_field_error_and_changes_nothing(client, viewer):
    client.force_login(viewer)
    response = save(client, language="klingon", time_zone="Europe/Berlin")
    assert response.status_code == 200
    assert "language" in response.context["form"].errors
    assert 'class="field has-error"' in response.content.decode()
    assert preference(viewer).time_zone == "Asia/Shanghai"
    assert preference(viewer).language == ""


@pytest.mark.parametrize(
    "fields",
    [
        {"time_zone": "x" * 5000},
        {"time_zone": "../../etc/passwd"},
        {"language": ["en", "zh-hans"]},
        {"email_evaluation_approved": "<script>"},
        {"time_zone": None, "language": None},
    ],
)
def test_nothing_a_user_posts_gives_a_500(client, evaluator, fields):
    client.force_login(evaluator)
    assert save(client, **fields).status_code in (200, 302)


def test_choosing_a_language_applies_it_at_once_and_remembers_it(client, viewer):
    client.force_login(viewer)
    response = save(client, language="zh-hans")
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    assert preference(viewer).language == "zh-hans"
    # The browser still asks for English; the user's choice wins.
    page = client.get(URL, headers={"accept-language": "en"}).content.decode()
    assert "偏好设置已保存。" in page  # the confirmation is already in the new language
    assert '<html lang="zh-hans">' in page


def test_the_language_is_applied_at_login(client, viewer):
    UserPreference.objects.create(user=viewer, language="en")
    response = client.post(
        "/accounts/login/", {"username": "vic", "password": PASSWORD}, headers={"accept-language": "zh-hans"}
    )
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert client.session[SESSION_LANGUAGE_KEY] == "en"
    home = client.get(reverse("home"), headers={"accept-language": "zh-hans"}).content.decode()
    assert '<html lang="en">' in home
    assert "Contract deadlines in the next 60 days" in home


def test_without_a_saved_language_the_browser_decides_as_before(client, viewer):
    client.post("/accounts/login/", {"username": "vic", "password": PASSWORD})
    assert SESSION_LANGUAGE_KEY not in client.session
    page = client.get(reverse("home"), headers={"accept-language": "zh-hans"}).content.decode()
    assert '<html lang="zh-hans">' in page


def test_the_header_switch_saves_a_signed_in_users_language(client, viewer):
    UserPreference.objects.create(user=viewer, language="zh-hans")
    client.post("/accounts/login/", {"username": "vic", "password": PASSWORD})
    assert '<html lang="zh-hans">' in client.get(reverse("home")).content.decode()
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert preference(viewer).language == "en"
    assert '<html lang="en">' in client.get(reverse("home")).content.decode()


def test_the_header_switch_still_works_signed_out_and_ignores_unknown_languages(client, viewer):
    response = client.post(reverse("set_language"), {"language": "zh-hans", "next": "/accounts/login/"})
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    assert not UserPreference.objects.exists()
    client.force_login(viewer)
    client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    assert not UserPreference.objects.filter(user=viewer).exclude(language="").exists()


def test_email_switches_are_saved_per_kind(client, manager):
    client.force_login(manager)
    assert save(client, email_evaluation_submitted=None, email_evaluation_returned=None).status_code == 302
    saved = preference(manager)
    assert sorted(saved.email_off) == ["evaluation_returned", "evaluation_submitted"]
    assert not saved.wants_email("evaluation_submitted")
    assert saved.wants_email("evaluation_approved")
    body = client.get(URL).content.decode()
    assert 'id="id_email_evaluation_submitted">' in body  # unchecked
    assert 'id="id_email_evaluation_approved" checked' in body
    save(client)
    assert preference(manager).email_off == []


def test_switches_of_kinds_not_shown_keep_their_state(client, evaluator):
    UserPreference.objects.create(user=evaluator, email_off=["evaluation_submitted"])
    client.force_login(evaluator)
    save(client)  # posts email_evaluation_submitted=on, which an evaluator is not offered
    assert preference(evaluator).email_off == ["evaluation_submitted"]


def test_changing_the_password_keeps_the_user_signed_in(client, evaluator):
    client.force_login(evaluator)
    response = client.post(
        PASSWORD_URL,
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain == [(URL, 302)]
    assert "Your password is changed." in response.content.decode()
    assert client.get(URL).status_code == 200  # still signed in: the session hash was updated
    evaluator.refresh_from_db()
    assert evaluator.check_password(NEW_PASSWORD)
    client.logout()
    assert client.login(username="eva", password=NEW_PASSWORD)
    assert not client.login(username="eva", password=PASSWORD)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, "old_password"),
        ({"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": "different"}, "new_password2"),
        ({"old_password": PASSWORD, "new_password1": "password", "new_password2": "password"}, "new_password2"),
        ({"old_password": PASSWORD, "new_password1": "", "new_password2": ""}, "new_password1"),
    ],
)
def test_a_refused_password_change_says_why_and_changes_nothing(client, evaluator, data, field):
    client.force_login(evaluator)
    response = client.post(PASSWORD_URL, data)
    assert response.status_code == 200
    form = response.context["password_form"]
    assert field in form.errors
    body = response.content.decode()
    assert 'role="alert"' in body
    assert 'name="time_zone"' in body  # the rest of the page is still there
    assert User.objects.get(pk=evaluator.pk).check_password(PASSWORD)
    assert client.get(URL).status_code == 200


def test_other_sessions_end_when_the_password_changes(client, evaluator):
    from django.test import Client

    other = Client()
    other.force_login(evaluator)
    client.force_login(evaluator)
    client.post(PASSWORD_URL, {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert client.get(URL).status_code == 200
    assert other.get(URL).status_code == 302
