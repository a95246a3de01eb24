from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from vendors.models import Vendor
from vendors.tests.factories import VendorFactory, vendor_with_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_manager(manager) -> User:
    manager.is_staff = True
    manager.save()
    return manager


def test_a_staff_manager_configures_vendors_in_the_admin(client, staff_manager):
    vendor = vendor_with_everything(name="Admin Co")
    client.force_login(staff_manager)
    assert client.get("/admin/vendors/vendor/").status_code == 200
    assert client.get(f"/admin/vendors/vendor/{vendor.pk}/change/").status_code == 200


def test_deleted_vendors_can_be_restored_unless_the_name_is_taken_again(client, staff_manager):
    gone = VendorFactory(name="Phoenix")
    gone.soft_delete()
    twin = VendorFactory(name="Twin")
    twin.soft_delete()
    VendorFactory(name="twin")
    client.force_login(staff_manager)
    response = client.post(
        "/admin/vendors/vendor/", {"action": "restore", "_selected_action": [gone.pk, twin.pk]}, follow=True
    )
    assert response.status_code == 200
    assert Vendor.objects.alive().filter(pk=gone.pk).exists()
    assert not Vendor.objects.alive().filter(pk=twin.pk).exists()


def test_viewers_cannot_open_the_admin(client, viewer):
    client.force_login(viewer)
    assert client.get("/admin/vendors/vendor/").status_code == 302  # to the admin login
