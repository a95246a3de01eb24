from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from vendorscore.roles import Role, has_role, role_of

pytestmark = pytest.mark.django_db


def test_the_role_groups_exist_after_migrating():
    assert set(Group.objects.values_list("name", flat=True)) >= {"viewer", "evaluator", "manager"}


def test_each_user_has_the_role_of_their_group(users):
    assert role_of(users["viewer"]) == Role.VIEWER
    assert role_of(users["evaluator"]) == Role.EVALUATOR
    assert role_of(users["manager"]) == Role.MANAGER
    assert role_of(users["stranger"]) is None


def test_the_highest_of_several_groups_wins(viewer):
    viewer.groups.add(Group.objects.get(name="manager"))
    assert role_of(User.objects.get(pk=viewer.pk)) == Role.MANAGER


def test_higher_roles_include_lower_ones(users):
    assert has_role(users["manager"], Role.EVALUATOR)
    assert has_role(users["evaluator"], Role.VIEWER)
    assert not has_role(users["evaluator"], Role.MANAGER)
    assert not has_role(users["viewer"], Role.EVALUATOR)
    assert not has_role(users["stranger"], Role.VIEWER)


def test_superusers_are_managers_and_inactive_users_nothing(manager):
    admin = User.objects.create_superuser("root", "root@example.com", "pw")
    assert role_of(admin) == Role.MANAGER
    manager.is_active = False
    assert role_of(manager) is None


def test_groups_carry_admin_permissions_by_role():
    viewer = set(Group.objects.get(name="viewer").permissions.values_list("codename", flat=True))
    manager = set(Group.objects.get(name="manager").permissions.values_list("codename", flat=True))
    assert "view_vendor" in viewer
    assert "change_vendor" not in viewer
    assert {"add_vendor", "change_vendor", "delete_vendor", "change_user"} <= manager
