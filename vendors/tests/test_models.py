from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from vendors import choices
from vendors.models import Vendor
from vendors.tests.factories import (
    ContactFactory,
    DocumentationItemFactory,
    ReleaseFactory,
    SupportChannelFactory,
    VendorFactory,
)

pytestmark = pytest.mark.django_db


def test_only_the_name_is_required():
    vendor = Vendor(name="Minimal")
    vendor.full_clean()
    vendor.save()
    assert vendor.status == choices.VendorStatus.CANDIDATE
    assert vendor.time_zone == "Asia/Shanghai"


def test_live_vendor_names_are_unique_ignoring_case():
    VendorFactory(name="StarRiver")
    with pytest.raises(ValidationError, match="already exists"):
        Vendor(name="starriver").full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Vendor.objects.create(name="STARRIVER")


def test_a_deleted_vendor_frees_its_name_and_leaves_the_lists():
    old = VendorFactory(name="Reused")
    old.soft_delete()
    Vendor(name="Reused").full_clean()
    assert not Vendor.objects.alive().filter(pk=old.pk).exists()
    assert Vendor.objects.filter(pk=old.pk).exists()  # history kept


def test_an_unknown_time_zone_is_refused():
    with pytest.raises(ValidationError) as error:
        Vendor(name="X", time_zone="Mars/Olympus").full_clean()
    assert "time_zone" in error.value.message_dict


def test_an_unknown_holiday_country_is_refused():
    with pytest.raises(ValidationError) as error:
        Vendor(name="X", holiday_country="XX").full_clean()
    assert "holiday_country" in error.value.message_dict


def test_malformed_support_hours_are_refused():
    with pytest.raises(ValidationError) as error:
        Vendor(name="X", support_hours={"mon": [["18:00", "09:00"]]}).full_clean()
    assert "support_hours" in error.value.message_dict


def test_display_name_follows_the_language(settings):
    from django.utils import translation

    vendor = Vendor(name="Working name", name_zh="星河", name_en="StarRiver")
    with translation.override("zh-hans"):
        assert (vendor.display_name, vendor.other_name) == ("星河", "StarRiver")
    with translation.override("en"):
        assert (vendor.display_name, vendor.other_name) == ("StarRiver", "星河")
    assert Vendor(name="Only").display_name == "Only"


def test_support_is_closed_on_a_chinese_public_holiday_and_open_on_a_make_up_sunday():
    vendor = VendorFactory(support_hours={d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")})
    spring_festival_wednesday = dt.datetime(2025, 1, 29, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
    make_up_sunday = dt.datetime(2025, 1, 26, 2, 0, tzinfo=dt.UTC)
    assert not vendor.is_support_open(spring_festival_wednesday)
    assert vendor.holiday_today(spring_festival_wednesday)
    assert vendor.is_support_open(make_up_sunday)  # a working Sunday follows the weekday hours
    vendor.holiday_country = ""
    assert not vendor.is_support_open(make_up_sunday)
    assert vendor.is_support_open(spring_festival_wednesday)
    assert vendor.is_support_open(dt.datetime(2025, 2, 5, 2, 0, tzinfo=dt.UTC))


def test_support_hours_are_read_in_the_vendors_own_time_zone():
    vendor = VendorFactory(time_zone="Asia/Singapore", holiday_country="", support_hours={"mon": [["09:00", "10:00"]]})
    assert vendor.is_support_open(dt.datetime(2026, 11, 23, 1, 30, tzinfo=dt.UTC))  # 09:30 in Singapore
    assert not vendor.is_support_open(dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))


@time_machine.travel(dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC), tick=False)
def test_a_contact_cannot_leave_before_joining_or_in_the_future():
    contact = ContactFactory.build(vendor=VendorFactory(), joined_on=dt.date(2026, 5, 1), left_on=dt.date(2026, 4, 1))
    with pytest.raises(ValidationError, match="cannot leave before joining"):
        contact.full_clean()
    contact.left_on = dt.date(2026, 12, 1)
    with pytest.raises(ValidationError, match="future"):
        contact.full_clean()


def test_the_database_also_refuses_a_contact_who_leaves_before_joining():
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactFactory(joined_on=dt.date(2026, 5, 1), left_on=dt.date(2026, 4, 1))


@pytest.mark.parametrize(
    ("kind", "address", "ok"),
    [
        (choices.ChannelKind.EMAIL, "support@vendor.example.com", True),
        (choices.ChannelKind.EMAIL, "not-an-email", False),
        (choices.ChannelKind.WEBHOOK, "https://hooks.example.com/in", True),
        (choices.ChannelKind.WEBHOOK, "ftp://hooks.example.com/in", False),
        (choices.ChannelKind.TICKET_PORTAL, "help desk", False),
        (choices.ChannelKind.WECOM, "星河技术支持群", True),
    ],
)
def test_channel_addresses_are_checked_by_kind(kind, address, ok):
    channel = SupportChannelFactory.build(vendor=VendorFactory(), kind=kind, address=address)
    if ok:
        channel.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            channel.full_clean()
        assert "address" in error.value.message_dict


def test_a_release_version_is_unique_per_vendor_only():
    first = ReleaseFactory(version="2.0.0")
    with pytest.raises(ValidationError, match="already has a release"):
        ReleaseFactory.build(vendor=first.vendor, version="2.0.0").full_clean()
    ReleaseFactory.build(vendor=VendorFactory(), version="2.0.0", released_on=dt.date(2026, 1, 1)).full_clean()


def test_a_release_cannot_be_dated_in_the_future():
    with pytest.raises(ValidationError, match="future"):
        ReleaseFactory.build(vendor=VendorFactory(), released_on=dt.date(2999, 1, 1)).full_clean()


@pytest.mark.parametrize("quality", [0, 6])
def test_documentation_quality_is_one_to_five(quality):
    with pytest.raises(ValidationError):
        DocumentationItemFactory.build(vendor=VendorFactory(), quality=quality).full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentationItemFactory(quality=quality)


@time_machine.travel(dt.datetime(2026, 11, 22, 4, 0, tzinfo=dt.UTC), tick=False)
def test_turnover_and_cadence_come_from_the_vendors_rows():
    vendor = VendorFactory()
    ContactFactory(vendor=vendor, joined_on=dt.date(2024, 1, 1), is_dedicated=True)
    ContactFactory(vendor=vendor, joined_on=dt.date(2024, 1, 1), left_on=dt.date(2026, 3, 1))
    ReleaseFactory(vendor=vendor, released_on=dt.date(2026, 11, 2), kind=choices.ReleaseKind.FIX)
    turnover = vendor.turnover()
    assert (turnover.left, turnover.on_team_in_window, turnover.has_dedicated_contact) == (1, 2, True)
    assert vendor.release_cadence().days_since_last == 20
