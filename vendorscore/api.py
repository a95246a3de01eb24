"""REST conventions shared by every endpoint, fixed once here.

- Authentication: Token, then Session (settings.REST_FRAMEWORK).
- Permission: RolePermission. Reads need ``read_role`` (viewer), writes need
  ``write_role`` (manager) unless a viewset names another role for an action
  in ``action_roles``.
- Pagination: ``{count, next, previous, results}``, ``?page_size=`` up to 100.
- Errors: 400 with ``{field: [messages]}``; model-level ValidationErrors and
  constraint violations are turned into 400/409 instead of 500.
"""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, pagination, permissions, serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from vendorscore.roles import Role, has_role


class RolePermission(permissions.BasePermission):
    message = _("Your role does not allow this.")

    def has_permission(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return False  # DRF answers 401 because TokenAuthentication sends a challenge
        return has_role(request.user, required_role(request, view))


def required_role(request, view) -> Role:
    action = getattr(view, "action", None)
    action_roles = getattr(view, "action_roles", {})
    if action in action_roles:
        return Role(action_roles[action])
    if request.method in permissions.SAFE_METHODS:
        return Role(getattr(view, "read_role", Role.VIEWER))
    return Role(getattr(view, "write_role", Role.MANAGER))


class ValidatedModelSerializer(serializers.ModelSerializer):
    """Runs the model's own validation (``full_clean``: field validators, ``clean()``,
    constraints) so the API refuses exactly what the forms refuse, as 400s."""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        many_to_many = {f.name for f in model._meta.many_to_many}
        instance = copy.copy(self.instance) if self.instance is not None else model()
        for name, value in attrs.items():
            if name not in many_to_many:
                setattr(instance, name, value)
        try:
            instance.full_clean(exclude=list(many_to_many))
        except DjangoValidationError as exc:
            raise serializers.ValidationError(serializers.as_serializer_error(exc)) from None
        return attrs


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 100


def not_found_detail(view=None) -> str:
    """ "No vendor with this id" in the reader's language, naming the kind of record when known."""
    try:
        model = view.get_queryset().model
    except (AttributeError, AssertionError, TypeError):
        return str(_("Not found."))
    return str(_("There is no %(thing)s with this id (or it was deleted).") % {"thing": model._meta.verbose_name})


def exception_handler(exc, context):
    # Imported here: rest_framework.views reads these settings at import time,
    # and they name classes in this module.
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = ValidationError(detail)
    elif isinstance(exc, Http404):
        # Django's "No Vendor matches the given query." is English whatever the reader's language.
        exc = exceptions.NotFound(not_found_detail(context.get("view")))
    elif isinstance(exc, ProtectedError):
        return Response(
            {
                "detail": _(
                    "Other records still refer to this (for example probes sent on a channel); deactivate it instead."
                )
            },
            status=status.HTTP_409_CONFLICT,
        )
    elif isinstance(exc, IntegrityError):
        # Serializers validate uniqueness first; this covers the race where two
        # requests pass validation together and the database refuses the second.
        return Response(
            {"detail": _("This conflicts with existing data; reload and try again.")},
            status=status.HTTP_409_CONFLICT,
        )
    return drf_exception_handler(exc, context)
