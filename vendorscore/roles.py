"""Roles, and the one helper every page and endpoint asks about them.

Three groups, ranked: a viewer reads; an evaluator also fills in evaluations
and logs probe replies; a manager also approves, weighs, reviews contracts and
configures. A higher role can do everything a lower one can. Superusers count
as managers. An active user in no group has no role and sees nothing.
"""

from __future__ import annotations

from functools import wraps
from typing import TYPE_CHECKING, Any

from django.contrib.auth.mixins import AccessMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from collections.abc import Callable

    from django.http import HttpRequest


class Role(models.TextChoices):
    VIEWER = "viewer", _("Viewer")
    EVALUATOR = "evaluator", _("Evaluator")
    MANAGER = "manager", _("Manager")

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Role.VIEWER: 1, Role.EVALUATOR: 2, Role.MANAGER: 3}

# Models each role may change in the Django admin, by app label. Viewers get
# "view" on every model of these apps; managers get everything.
DOMAIN_APPS = ("vendorscore", "vendors", "contracts", "evaluations", "probes")
EVALUATOR_WRITABLE_MODELS: dict[str, set[str]] = {"evaluations": set()}
MANAGER_EXTRA_APPS = ("auth", "authtoken", "axes")  # axes: managers unlock locked-out sign-ins


def role_of(user: Any) -> Role | None:
    """The user's highest role, or None. Cached on the user object for the request."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return Role.MANAGER
    cached = getattr(user, "_vendorscore_role", False)
    if cached is not False:
        return cached
    names = set(user.groups.filter(name__in=Role.values).values_list("name", flat=True))
    role = max((Role(name) for name in names), key=lambda r: r.rank, default=None)
    user._vendorscore_role = role
    return role


def has_role(user: Any, required: Role | str) -> bool:
    role = role_of(user)
    return role is not None and role.rank >= Role(required).rank


def check_role(request: HttpRequest, required: Role | str) -> None:
    """Raise PermissionDenied unless the request's user holds ``required`` (or higher)."""
    if not has_role(request.user, required):
        raise PermissionDenied(_("Your role does not allow this."))


class RoleRequiredMixin(AccessMixin):
    """For class-based pages: anonymous users go to the login page, others need ``required_role``."""

    required_role: Role = Role.VIEWER

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        check_role(request, self.required_role)
        return super().dispatch(request, *args, **kwargs)


def role_required(required: Role) -> Callable:
    """For function views: the same rule as RoleRequiredMixin."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            check_role(request, required)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def grant_role_permissions(sender, apps=None, **kwargs) -> None:
    """post_migrate: give each role group the admin permissions of the app just migrated.

    Runs per app because Django creates an app's permissions in its own
    post_migrate step; by the time our handler sees ``sender`` they exist.
    """
    from django.contrib.auth.models import Group, Permission

    label = getattr(sender, "label", None)
    if label not in DOMAIN_APPS:
        return
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    app_perms = Permission.objects.filter(content_type__app_label=label)
    groups[Role.VIEWER].permissions.add(*app_perms.filter(codename__startswith="view_"))
    writable = EVALUATOR_WRITABLE_MODELS.get(label, set())
    groups[Role.EVALUATOR].permissions.add(
        *app_perms.filter(codename__startswith="view_"),
        *[p for p in app_perms if p.codename.split("_", 1)[1] in writable],
    )
    groups[Role.MANAGER].permissions.add(*app_perms)
    if label == "vendorscore":
        groups[Role.MANAGER].permissions.add(*Permission.objects.filter(content_type__app_label__in=MANAGER_EXTRA_APPS))


def users_with_role(required: Role | str):
    """Active users who hold ``required`` or a higher role (superusers count as managers)."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    names = [role.value for role in Role if role.rank >= Role(required).rank]
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=names))
        .distinct()
        .order_by("pk")
    )
