"""The probe pages' filters; they live in vendorscore's ``units`` library and are kept here by name."""

from __future__ import annotations

from django import template

from vendorscore.templatetags.units import duration, percent

register = template.Library()
register.filter("duration", duration)
register.filter("percent", percent)
