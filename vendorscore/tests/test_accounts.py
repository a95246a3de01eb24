"""Logging in and out, the user's time zone, and the two languages."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from conftest import PASSWORD
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


def test_the_login_page_is_at_accounts_login(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_logging_in_leads_to_the_overview(client, viewer):
    response = client.post("/accounts/login/", {"username": "vic", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("home")
    assert response.status_code == 200
    assert "Contract deadlines in the next 60 days" in response.content.decode()


def test_a_wrong_password_is_refused_with_a_message(client, viewer):
    response = client.post("/accounts/login/", {"username": "vic", "password": "nope"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert "_auth_user_id" not in client.session


def test_logging_out_takes_a_post_and_ends_the_session(client, viewer):
    client.force_login(viewer)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get(reverse("vendors:vendor_list")).status_code == 302


def test_preferences_need_a_login(client):
    assert client.get(reverse("preferences")).status_code == 302


@time_machine.travel(dt.datetime(2026, 11, 22, 1, 30, tzinfo=dt.UTC), tick=False)
def test_times_are_shown_in_the_users_time_zone(client, viewer):
    vendor = VendorFactory(name="Clock")
    client.post("/accounts/login/", {"username": "vic", "password": PASSWORD})
    assert "09:30" in client.get(reverse("vendors:vendor_list")).content.decode()  # Asia/Shanghai by default
    response = client.post(reverse("preferences"), {"time_zone": "Europe/Berlin"})
    assert response.status_code == 302
    assert "02:30" in client.get(reverse("vendors:vendor_list")).content.decode()
    # …and the choice survives logging out and in again.
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": "vic", "password": PASSWORD})
    assert "Europe/Berlin" in client.get(vendor.get_absolute_url()).content.decode()


def test_an_unknown_time_zone_preference_is_refused(client, viewer):
    client.force_login(viewer)
    response = client.post(reverse("preferences"), {"time_zone": "Asia/Beijing"})
    assert response.status_code == 200
    assert "time_zone" in response.context["form"].errors


def test_pages_come_in_chinese_or_english(client, viewer):
    client.force_login(viewer)
    chinese = client.get(reverse("vendors:vendor_list"), headers={"accept-language": "zh-hans"}).content.decode()
    assert "供应商" in chinese
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    english = client.get(reverse("vendors:vendor_list")).content.decode()
    assert "Vendors" in english
    assert "供应商" not in english


def test_choice_labels_are_translated(client, viewer):
    VendorFactory(status="shortlisted", scenarios=["show-live"])
    client.force_login(viewer)
    body = client.get(reverse("vendors:vendor_list"), headers={"accept-language": "zh-hans"}).content.decode()
    assert "入围" in body
    assert "秀场直播" in body
