"""The vendor pages' first-week fixes (issue 8, item 12)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from vendors.tests.factories import ContactFactory, VendorFactory

pytestmark = pytest.mark.django_db


def page(client, user, url, language="en") -> str:
    client.force_login(user)
    return client.get(url, headers={"Accept-Language": language}).content.decode()


def test_a_vendor_without_support_hours_says_not_recorded(client, viewer):
    vendor = VendorFactory(name="Hourless", support_hours={})
    body = page(client, viewer, vendor.get_absolute_url())
    assert "Support hours not recorded" in body
    assert "Support is closed" not in body


def test_no_releases_means_no_empty_timeline(client, viewer):
    vendor = VendorFactory(name="Releaseless")
    body = page(client, viewer, vendor.get_absolute_url())
    assert '<p class="empty">No releases recorded.</p>' in body
    assert '<ol class="timeline">' not in body


@pytest.mark.parametrize(("language", "shown"), [("en", "CN – China"), ("zh-hans", "CN – 中国")])
def test_the_holiday_calendar_is_named_in_the_readers_language(client, viewer, language, shown):
    vendor = VendorFactory(name="Holidayed", holiday_country="CN")
    assert shown in page(client, viewer, vendor.get_absolute_url(), language)


def test_country_names_are_whole_words_in_both_languages():
    from django.utils import translation

    from vendors.hours import holiday_country_choices

    with translation.override("zh-hans"):
        zh = dict(holiday_country_choices())
    assert zh["CD"] == "CD – 刚果民主共和国"
    with translation.override("en"):
        assert "DRCongo" not in " ".join(dict(holiday_country_choices()).values())


def test_deleting_a_contact_names_the_contact_not_the_vendor(client, manager):
    vendor = VendorFactory(name="Keeper")
    contact = ContactFactory(vendor=vendor, name="Wang Lei")
    body = page(client, manager, reverse("vendors:contacts_delete", args=[vendor.pk, contact.pk]))
    assert "Delete the contact “Wang Lei" in body
    assert "This removes it from the profile of Keeper." in body


def test_deleting_a_vendor_names_the_vendor_and_what_happens(client, manager):
    vendor = VendorFactory(name="Goner")
    body = page(client, manager, reverse("vendors:vendor_delete", args=[vendor.pk]))
    assert "Delete the vendor “Goner”?" in body
    assert "The vendor disappears from lists" in body
    assert "removes it from the profile" not in body
