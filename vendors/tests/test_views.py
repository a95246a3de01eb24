"""Vendor pages: who may see what, forms that refuse bad input, fixed query counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from vendors.models import Contact, Release, Vendor
from vendors.tests.factories import ReleaseFactory, VendorFactory, vendor_with_everything
from vendors.views import VENDOR_CHILDREN

pytestmark = pytest.mark.django_db


@pytest.fixture
def vendor():
    return vendor_with_everything(name="StarRiver", scenarios=["show-live"])


def read_urls(vendor) -> list[str]:
    return [reverse("vendors:vendor_list"), reverse("vendors:vendor_detail", args=[vendor.pk])]


def write_urls(vendor) -> list[str]:
    urls = [
        reverse("vendors:vendor_add"),
        reverse("vendors:vendor_edit", args=[vendor.pk]),
        reverse("vendors:vendor_delete", args=[vendor.pk]),
    ]
    for section, (model, _form) in VENDOR_CHILDREN.items():
        child = model.objects.filter(vendor=vendor).first()
        urls += [
            reverse(f"vendors:{section}_add", args=[vendor.pk]),
            reverse(f"vendors:{section}_edit", args=[vendor.pk, child.pk]),
            reverse(f"vendors:{section}_delete", args=[vendor.pk, child.pk]),
        ]
    return urls


def test_every_page_sends_anonymous_visitors_to_the_login_page(client, vendor):
    for url in read_urls(vendor) + write_urls(vendor):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("login")), url


def test_a_user_without_a_role_is_refused_everywhere(client, stranger, vendor):
    client.force_login(stranger)
    for url in read_urls(vendor) + write_urls(vendor):
        assert client.get(url).status_code == 403, url


@pytest.mark.parametrize("role", ["viewer", "evaluator"])
def test_viewers_and_evaluators_read_but_do_not_change_vendors(client, users, vendor, role):
    client.force_login(users[role])
    for url in read_urls(vendor):
        assert client.get(url).status_code == 200, url
    for url in write_urls(vendor):
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"name": "Hijack"}).status_code == 403, url
    assert Vendor.objects.alive().count() == 1
    assert not Vendor.objects.filter(name="Hijack").exists()


def test_a_manager_reaches_every_page(client, manager, vendor):
    client.force_login(manager)
    for url in read_urls(vendor) + write_urls(vendor):
        assert client.get(url).status_code == 200, url


def test_read_only_roles_see_no_edit_buttons(client, viewer, manager, vendor):
    edit_url = reverse("vendors:vendor_edit", args=[vendor.pk])
    client.force_login(viewer)
    assert edit_url not in client.get(vendor.get_absolute_url()).content.decode()
    client.force_login(manager)
    assert edit_url in client.get(vendor.get_absolute_url()).content.decode()


def test_a_missing_or_deleted_vendor_is_not_found(client, manager, vendor):
    client.force_login(manager)
    assert client.get(reverse("vendors:vendor_detail", args=[99999])).status_code == 404
    vendor.soft_delete()
    assert client.get(vendor.get_absolute_url()).status_code == 404
    assert client.get(reverse("vendors:contacts_add", args=[vendor.pk])).status_code == 404


def test_a_child_of_another_vendor_is_not_found_under_this_one(client, manager, vendor):
    other = vendor_with_everything(name="Other")
    contact = other.contacts.first()
    client.force_login(manager)
    assert client.get(reverse("vendors:contacts_edit", args=[vendor.pk, contact.pk])).status_code == 404


# --- forms --------------------------------------------------------------------------
def vendor_form_data(**overrides) -> dict:
    data = {
        "name": "Lime Video",
        "name_zh": "青柠视频",
        "name_en": "Lime Video",
        "status": "candidate",
        "time_zone": "Asia/Shanghai",
        "support_hours": "mon-fri 09:00-18:00",
        "holiday_country": "CN",
        "support_team": "in-house",
        "company_scale": "small",
        "scenarios": ["1v1-social"],
    }
    return {**data, **overrides}


def test_a_manager_creates_a_vendor_with_hours_and_scenarios(client, manager):
    client.force_login(manager)
    response = client.post(reverse("vendors:vendor_add"), vendor_form_data())
    vendor = Vendor.objects.get(name="Lime Video")
    assert response.status_code == 302
    assert response.url == vendor.get_absolute_url()
    assert vendor.support_hours["fri"] == [["09:00", "18:00"]]
    assert list(vendor.scenarios.values_list("key", flat=True)) == ["1v1-social"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"support_hours": "mon 18:00-09:00"}, "support_hours"),
        ({"holiday_country": "XX"}, "holiday_country"),
        ({"team_size": "-3"}, "team_size"),
        ({"status": "bankrupt"}, "status"),
        ({"website": "javascript:alert(1)"}, "website"),
        ({"scenarios": ["space-live"]}, "scenarios"),
        ({"name": "starriver"}, "name"),  # taken, ignoring case
    ],
)
def test_bad_vendor_input_is_explained_and_saves_nothing(client, manager, vendor, overrides, field):
    client.force_login(manager)
    before = Vendor.objects.count()
    response = client.post(reverse("vendors:vendor_add"), vendor_form_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Vendor.objects.count() == before


def test_editing_keeps_the_hours_text_readable(client, manager, vendor):
    client.force_login(manager)
    response = client.get(reverse("vendors:vendor_edit", args=[vendor.pk]))
    assert 'value="mon-tue 09:00-18:00"' in response.content.decode()


def test_deleting_a_vendor_is_soft(client, manager, vendor):
    client.force_login(manager)
    response = client.post(reverse("vendors:vendor_delete", args=[vendor.pk]))
    assert response.status_code == 302
    vendor.refresh_from_db()
    assert vendor.deleted_at is not None
    assert list(client.get(reverse("vendors:vendor_list")).context["object_list"]) == []


def test_a_contact_who_leaves_before_joining_is_refused(client, manager, vendor):
    client.force_login(manager)
    before = Contact.objects.count()
    response = client.post(
        reverse("vendors:contacts_add", args=[vendor.pk]),
        {"name": "Wang", "role": "support-engineer", "joined_on": "2026-05-01", "left_on": "2026-04-01"},
    )
    assert response.status_code == 200
    assert "left_on" in response.context["form"].errors
    assert Contact.objects.count() == before


def test_a_duplicate_release_version_is_a_form_error_not_a_crash(client, manager, vendor):
    existing = vendor.releases.first()
    client.force_login(manager)
    before = Release.objects.count()
    response = client.post(
        reverse("vendors:releases_add", args=[vendor.pk]),
        {"version": existing.version, "released_on": "2026-01-02", "kind": "fix", "delivery": "source-drop"},
    )
    assert response.status_code == 200
    assert "already has a release" in str(response.context["form"].errors)
    assert Release.objects.count() == before


def test_a_manager_adds_edits_and_deletes_a_release(client, manager, vendor):
    client.force_login(manager)
    add = reverse("vendors:releases_add", args=[vendor.pk])
    data = {
        "version": "9.0.0",
        "released_on": "2026-02-03",
        "kind": "feature",
        "delivery": "remote-upgrade",
        "downtime_minutes": "15",
    }
    assert client.post(add, data).url == vendor.get_absolute_url() + "#releases"
    release = vendor.releases.get(version="9.0.0")
    assert release.downtime_minutes == 15
    client.post(reverse("vendors:releases_edit", args=[vendor.pk, release.pk]), {**data, "is_paid": "on"})
    release.refresh_from_db()
    assert release.is_paid
    client.post(reverse("vendors:releases_delete", args=[vendor.pk, release.pk]))
    assert not vendor.releases.filter(version="9.0.0").exists()


def test_a_channel_address_is_checked_by_its_kind(client, manager, vendor):
    client.force_login(manager)
    response = client.post(
        reverse("vendors:channels_add", args=[vendor.pk]), {"kind": "email", "address": "not-an-email"}
    )
    assert "address" in response.context["form"].errors


# --- list page ----------------------------------------------------------------------
def test_the_list_filters_by_status_scenario_and_search(client, viewer):
    VendorFactory(name="Alpha", name_zh="阿尔法", status="shortlisted", scenarios=["show-live"])
    VendorFactory(name="Beta", status="rejected", scenarios=["overseas"])
    client.force_login(viewer)
    url = reverse("vendors:vendor_list")

    def names(**params):
        return [v.name for v in client.get(url, params).context["object_list"]]

    assert names(status="shortlisted") == ["Alpha"]
    assert names(scenario="overseas") == ["Beta"]
    assert names(q="阿尔") == ["Alpha"]
    assert names(ordering="-name") == ["Beta", "Alpha"]


def test_an_invalid_filter_is_explained_not_a_crash(client, viewer):
    VendorFactory()
    client.force_login(viewer)
    response = client.get(reverse("vendors:vendor_list"), {"status": "bogus"})
    assert response.status_code == 200
    assert list(response.context["object_list"]) == []
    assert "bogus" in response.content.decode()


def test_htmx_requests_get_only_the_table(client, viewer):
    VendorFactory(name="Alpha")
    client.force_login(viewer)
    response = client.get(reverse("vendors:vendor_list"), headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "Alpha" in body
    assert "<html" not in body


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_list_page_costs_the_same_queries_for_1_and_for_50_vendors(client, viewer):
    client.force_login(viewer)
    url = reverse("vendors:vendor_list")
    VendorFactory(scenarios=["show-live", "overseas"])
    one = count_queries(client, url)
    for _i in range(49):
        VendorFactory(scenarios=["show-live", "overseas"])
    # session, user, role groups, the unread notifications behind the bell, count, page of vendors,
    # their scenarios, then the score column's weight profiles and the page's score snapshots
    assert count_queries(client, url) == one == 9


def test_the_detail_page_costs_a_fixed_number_of_queries(client, viewer, vendor):
    client.force_login(viewer)
    url = vendor.get_absolute_url()
    few = count_queries(client, url)
    for n in range(20):
        ReleaseFactory(vendor=vendor, released_on=dt.date(2025, 1, 1) + dt.timedelta(days=n))
    # session, user, role groups, the unread notifications behind the bell, vendor, then one each
    # for scenarios, channels, releases, documentation, references and contacts
    assert count_queries(client, url) == few == 11


def test_the_list_page_reads_a_page_of_vendors_whatever_their_number(client, viewer):
    """25 rows a page, each with its score (three columns of its latest snapshot, never ``data``),
    and filters whose choices are fixed lists: the same queries and bytes at 30 and at 230 vendors."""
    from tests.page_cost import reading, scored_vendors

    client.force_login(viewer)
    url = reverse("vendors:vendor_list")

    def cost(params=None):
        client.get(url, params or {})
        with reading() as read:
            response = client.get(url, params or {})
        assert response.status_code == 200
        return read, len(response.content)

    scored_vendors(10)
    ten, _body = cost()
    scored_vendors(20)
    (small, small_body), small_last = cost(), cost({"page": 2})[0]
    scored_vendors(200, history=0)
    (large, large_body), large_last = cost(), cost({"page": 10})[0]
    assert ten.count == small.count == large.count == small_last.count == large_last.count == 9
    assert large.bytes <= small.bytes * 1.05, (small.bytes, large.bytes)
    assert large_body <= small_body * 1.05
    assert not any('"data"' in sql for sql in large.queries)
    assert large_last.bytes <= small.bytes * 1.05
