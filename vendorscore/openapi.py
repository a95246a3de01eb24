"""The OpenAPI schema says what the API answers when something is wrong, not only when it works.

drf-spectacular documents each operation's success. Every operation also answers, where it
applies: 400 with ``{field: [messages]}`` (a body or a query parameter it does not accept; any
operation, for a NUL character in the address or a header, with ``{detail}``), 401
without credentials, 403 when the role does not allow it, 404 for an id that does not exist (or a
page past the last), 409 when a write conflicts with what is stored, 415 for a body in a media
type it does not read, and 429 with ``Retry-After`` when throttled. This schema class adds them,
so a client (and the schemathesis run in tests/test_api_schemathesis.py) can rely on the schema
for every status code the API sends.
"""

from __future__ import annotations

from drf_spectacular import openapi
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import permissions, serializers

ERROR = {
    "type": "object",
    "description": "What went wrong, in the reader's language.",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
VALIDATION_ERROR = {
    "type": "object",
    "description": (
        "Per field, what is wrong with it: a list of messages, or the same shape for a nested object "
        "or list. ``non_field_errors`` holds what concerns several fields, ``detail`` a body that "
        "could not be read at all."
    ),
    "additionalProperties": {},
}
RETRY_AFTER = {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait before trying again."}}
DESCRIPTIONS = {
    "400": "The request is not valid; nothing was changed.",
    "401": "No valid credentials: send `Authorization: Token <key>` (see /api/auth/token/), or none.",
    "403": "Your role does not allow this.",
    "404": "There is no such record (or it was deleted), or no such page.",
    "409": "This conflicts with what is stored (another change came first, or other records refer to it).",
    "415": "The body is in a media type this operation does not read.",
    "429": "Too many requests: wait for the seconds in Retry-After.",
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


# A time of day as the API writes it (the vendor's local time, no offset). OpenAPI has no time
# format, and JSON Schema's "time" is RFC 3339's, which needs an offset: "10:00:00" would not be one.
TIME_OF_DAY = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$", "example": "10:00:00"}


class AutoSchema(openapi.AutoSchema):
    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        if isinstance(field, serializers.TimeField):
            return dict(TIME_OF_DAY)
        return super()._map_serializer_field(field, direction, bypass_extensions)

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None:
            return None
        responses = operation["responses"]
        for code in self.error_codes(operation):
            if code not in responses:
                responses[code] = self.error_response(code)
        for code, response in responses.items():
            if code >= "400" and "content" not in response:  # declared with a description only
                response["content"] = self.error_response(code)["content"]
        operation["responses"] = dict(sorted(responses.items()))
        return operation

    def error_codes(self, operation: dict) -> list[str]:
        parameters = operation.get("parameters", [])
        in_path = any(p["in"] == "path" for p in parameters)
        has_body = "requestBody" in operation
        open_to_all = all(isinstance(p, permissions.AllowAny) for p in self.view.get_permissions())
        # 400 everywhere: besides a body or query parameter it does not accept, any request can
        # carry a NUL character in its address or headers (vendorscore.middleware refuses it).
        codes = ["429", "400"]
        if self.view.get_authenticators():
            codes.append("401")  # no credentials where they are needed, or wrong ones anywhere
        if not open_to_all:
            codes.append("403")
        if in_path or (self._is_list_view() and self._get_paginator() is not None):
            codes.append("404")
        if self.method in UNSAFE:
            codes.append("409")
        if has_body:
            codes.append("415")
        return codes

    def error_response(self, code: str) -> dict:
        """The body DRF's exception handler writes: ``{"detail": …}``, or per field for a 400."""
        name, schema = ("ValidationError", VALIDATION_ERROR) if code == "400" else ("Error", ERROR)
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema)
        self.registry.register_on_missing(component)
        response = {
            "description": DESCRIPTIONS.get(code, ""),
            "content": {media_type: {"schema": component.ref} for media_type in self.map_renderers("media_type")},
        }
        if code == "429":
            response["headers"] = RETRY_AFTER
        return response
