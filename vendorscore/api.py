"""REST conventions shared by every endpoint, fixed once here.

- Authentication: Token, then Session (settings.REST_FRAMEWORK).
- Permission: RolePermission. Reads need ``read_role`` (viewer), writes need
  ``write_role`` (manager) unless a viewset names another role for an action
  in ``action_roles``.
- Pagination: ``{count, next, previous, results}``, ``?page_size=`` up to 100.
- Errors: 400 with ``{field: [messages]}``; model-level ValidationErrors and
  constraint violations are turned into 400/409 instead of 500.
- Throttles: per signed-in user and per anonymous client address (``client_ip``,
  which trusts ``X-Forwarded-For`` only through TRUSTED_PROXY_COUNT proxies); 429
  with ``Retry-After`` and a message saying when to try again.
- Parsers: JSON nested deeper than ``MAX_JSON_DEPTH``, and text holding a NUL
  character (PostgreSQL cannot store one), are a 400 before any view sees them.
"""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from rest_framework import exceptions, pagination, parsers, permissions, serializers, status, throttling
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from vendorscore.clientip import client_ip
from vendorscore.roles import Role, has_role

MAX_JSON_DEPTH = 32


class RolePermission(permissions.BasePermission):
    message = _("Your role does not allow this.")

    def has_permission(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            # Refused requests count too: past API_ANON_THROTTLE an anonymous client gets 429s.
            view.check_throttles(request)
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


class _ClientAddressThrottle:
    """Keyed on ``client_ip``; the rate is read from the settings of the moment (DRF copies
    them into a class attribute at import, so a changed setting would otherwise be ignored)."""

    def get_ident(self, request):
        return client_ip(request)

    def get_rate(self):
        from rest_framework.settings import api_settings

        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class AnonThrottle(_ClientAddressThrottle, throttling.AnonRateThrottle):
    """Anonymous requests, per client address (API_ANON_THROTTLE)."""


class UserThrottle(_ClientAddressThrottle, throttling.UserRateThrottle):
    """Signed-in requests, per user (API_USER_THROTTLE); anonymous ones by address at the same rate."""


class TokenThrottle(_ClientAddressThrottle, throttling.SimpleRateThrottle):
    """Password checks on the token endpoint, per client address (API_TOKEN_THROTTLE), whoever
    is signed in: a valid token must not buy unlimited guesses at other accounts."""

    scope = "token"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def throttled_detail(wait: int | None) -> str:
    if not wait:
        return str(_("Too many requests. Try again later."))
    return ngettext(
        "Too many requests. Try again in %(seconds)d second.",
        "Too many requests. Try again in %(seconds)d seconds.",
        wait,
    ) % {"seconds": wait}


def nul_refusal() -> str:
    return str(_("Null characters are not allowed."))  # DRF's and Django's own wording


def _check_json(data) -> None:
    """Depth and NUL characters of parsed JSON, walked without recursion."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                raise exceptions.ParseError(nul_refusal())
        elif isinstance(value, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise exceptions.ParseError(too_deep())
            if isinstance(value, dict):
                stack.extend((key, depth) for key in value)
                value = value.values()
            stack.extend((item, depth + 1) for item in value)


def too_deep() -> str:
    return str(
        _("The JSON is nested too deeply: at most %(depth)d levels of objects and lists.") % {"depth": MAX_JSON_DEPTH}
    )


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing deep nesting (a RecursionError, hence a 500, at ~1,000
    levels) and NUL characters (PostgreSQL refuses them in text and jsonb) with a 400."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise exceptions.ParseError(too_deep()) from None
        _check_json(data)
        return data


def _check_form(data) -> None:
    for key, values in data.lists():
        if "\x00" in key or any(isinstance(value, str) and "\x00" in value for value in values):
            raise exceptions.ParseError(nul_refusal())


class FormParser(parsers.FormParser):
    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        _check_form(data)
        return data


class MultiPartParser(parsers.MultiPartParser):
    def parse(self, stream, media_type=None, parser_context=None):
        parsed = super().parse(stream, media_type, parser_context)
        _check_form(parsed.data)
        return parsed


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
    elif isinstance(exc, exceptions.Throttled):
        response = drf_exception_handler(exc, context)
        response.data = {"detail": throttled_detail(exc.wait)}
        response["Retry-After"] = str(exc.wait or 60)
        return response
    elif isinstance(exc, IntegrityError):
        # Serializers validate uniqueness first; this covers the race where two
        # requests pass validation together and the database refuses the second.
        return Response(
            {"detail": _("This conflicts with existing data; reload and try again.")},
            status=status.HTTP_409_CONFLICT,
        )
    return drf_exception_handler(exc, context)
