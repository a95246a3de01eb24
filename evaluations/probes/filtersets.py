"""One FilterSet per model, used by the HTML lists and the API lists alike."""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from contracts.choices import Severity
from contracts.filtersets import VendorNameFilter
from evaluations.probes.choices import Category, ProbeStatus
from evaluations.probes.models import Probe, ProbeQuestion, ProbeSchedule
from vendors.choices import ChannelKind
from vendorscore.filters import FilterSet, IdFilter

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProbeFilterSet(FilterSet):
    vendor = IdFilter(field_name="vendor_id", label=_("Vendor"))
    vendor_q = VendorNameFilter()
    status = django_filters.MultipleChoiceFilter(
        choices=ProbeStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple
    )
    severity = django_filters.MultipleChoiceFilter(
        choices=Severity.choices, label=_("Severity"), widget=forms.CheckboxSelectMultiple
    )
    channel_kind = django_filters.MultipleChoiceFilter(
        field_name="channel__kind", choices=ChannelKind.choices, label=_("Channel")
    )
    since = django_filters.DateFilter(field_name="due_at", lookup_expr="date__gte", label=_("From"), widget=DATE)
    until = django_filters.DateFilter(field_name="due_at", lookup_expr="date__lte", label=_("To"), widget=DATE)

    class Meta:
        model = Probe
        fields = ["vendor", "vendor_q", "status", "severity", "channel_kind", "since", "until"]


class ProbeQuestionFilterSet(FilterSet):
    category = django_filters.MultipleChoiceFilter(
        choices=Category.choices, label=_("Category"), widget=forms.CheckboxSelectMultiple
    )
    severity = django_filters.MultipleChoiceFilter(
        choices=Severity.choices, label=_("Severity"), widget=forms.CheckboxSelectMultiple
    )
    is_active = django_filters.BooleanFilter(label=_("In use"))

    class Meta:
        model = ProbeQuestion
        fields = ["category", "severity", "is_active"]


class ProbeScheduleFilterSet(FilterSet):
    vendor = IdFilter(field_name="vendor_id", label=_("Vendor"))
    is_paused = django_filters.BooleanFilter(label=_("Paused"))

    class Meta:
        model = ProbeSchedule
        fields = ["vendor", "is_paused"]
