"""The base FilterSet: blank parameters mean "no filter", on pages and in the API alike.

``?status=&vendor=`` (what an empty filter form submits) lists everything, exactly
like no parameters at all, instead of "Select a valid choice" errors.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.forms.utils import pretty_name
from django.http import QueryDict
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy


def without_blanks(data):
    if data is None:
        return None
    if isinstance(data, QueryDict):
        cleaned = QueryDict(mutable=True)
        for key in data:
            values = [value for value in data.getlist(key) if value.strip()]
            if values:
                cleaned.setlist(key, values)
        return cleaned
    return {key: value for key, value in data.items() if value not in (None, "") and str(value).strip()}


class FilterSet(django_filters.FilterSet):
    def __init__(self, data=None, *args, **kwargs):
        super().__init__(without_blanks(data), *args, **kwargs)


class IdFilter(django_filters.Filter):
    """A row id: a whole number in the database's range, so ``?vendor=3.4e38`` is a 400, not a 500."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class OrderingFilter(django_filters.OrderingFilter):
    """django-filter's ordering, with labels translated when the menu is drawn.

    The stock filter formats "%s (descending)" once, when the FilterSet class is
    defined, in whatever language was active then: the English menu could read
    "名称 (descending)". Lazy labels keep each request in its own language.
    """

    def filter(self, qs, value):
        # "?ordering=,," is a list of blanks: no ordering asked for, so the list keeps its own
        # (an empty order_by() would leave it unordered, and pages would repeat and skip rows).
        value = [part for part in value or () if part and part.strip()]
        return super().filter(qs, value or None)

    def build_choices(self, fields, labels):
        ascending = [(param, labels.get(field, pretty_name(param))) for field, param in fields.items()]
        descending = [
            (f"-{param}", labels.get(f"-{param}", format_lazy(gettext_lazy("{} (descending)"), label)))
            for param, label in ascending
        ]
        return [choice for pair in zip(ascending, descending, strict=True) for choice in pair]
