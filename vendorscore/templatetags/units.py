"""Filters that show quantities as a reader of either language says them. ``{% load units %}``."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def duration(minutes) -> str:
    """Minutes as a reader says them: "45 min", "3 h 20 min", "2 d 4 h"."""
    if minutes is None or minutes == "":
        return "—"
    total = round(float(minutes))
    days, rest = divmod(total, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _("%(d)d d %(h)d h") % {"d": days, "h": hours} if hours else _("%(d)d d") % {"d": days}
    if hours:
        return _("%(h)d h %(m)d min") % {"h": hours, "m": mins} if mins else _("%(h)d h") % {"h": hours}
    return _("%(m)d min") % {"m": mins}


@register.filter
def percent(share) -> str:
    return "—" if share is None else f"{round(100 * share)}%"


@register.filter
def money(amount, currency: str = "") -> str:
    """1234567.5 → "1,234,567.50"; whole amounts without cents; with the currency code when given."""
    if amount is None or amount == "":
        return "—"
    try:
        value = Decimal(amount)
    except (InvalidOperation, TypeError, ValueError):
        return str(amount)
    text = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return f"{currency} {text}" if currency else text
