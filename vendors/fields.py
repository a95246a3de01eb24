"""The weekly-hours text format as a form field and as an API field."""

from __future__ import annotations

from django import forms
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from vendors.hours import HoursError, WeeklyHours


class WeeklyHoursFormField(forms.CharField):
    """Shows stored JSON as ``mon-fri 09:00-18:00`` and parses what people type back into JSON."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": "mon-fri 09:00-18:00; sat 10:00-16:00"}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, dict):
            try:
                return str(WeeklyHours.from_json(value))
            except HoursError:
                return ""
        return value

    def to_python(self, value):
        text = super().to_python(value)
        try:
            return WeeklyHours.parse(text).to_json()
        except HoursError as exc:
            raise forms.ValidationError(str(exc), code="invalid_hours") from None


@extend_schema_field(
    {
        "type": "string",
        "description": "Weekly hours, e.g. “mon-fri 09:00-18:00; sat 10:00-16:00” or “24/7”.",
        "example": "mon-fri 09:00-18:00; sat 10:00-16:00",
    }
)
class WeeklyHoursSerializerField(serializers.Field):
    default_error_messages = {"invalid": "{message}"}

    def to_representation(self, value):
        return str(WeeklyHours.from_json(value))

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid", message="Give weekly hours as text, e.g. “mon-fri 09:00-18:00”.")
        try:
            return WeeklyHours.parse(data).to_json()
        except HoursError as exc:
            self.fail("invalid", message=str(exc))
