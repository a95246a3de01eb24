"""One FilterSet per listed model, used by the HTML lists and the API lists alike."""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contracts.choices import ContractStatus, ReviewStatus, Risk
from contracts.models import Contract, ContractReview
from contracts.reminders import THRESHOLDS
from vendors.models import Vendor
from vendorscore.filters import FilterSet, IdFilter


class VendorNameFilter(django_filters.CharFilter):
    """``?vendor_q=``: the vendor's working, Chinese or English name contains the text. The HTML lists
    offer this search field, not a menu of every vendor (which would grow with the data)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "vendor")
        kwargs.setdefault("label", _("Vendor name"))
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        value = (value or "").strip()
        if not value:
            return qs
        names = Q()
        for name in ("name", "name_zh", "name_en"):
            names |= Q(**{f"{self.field_name}__{name}__icontains": value})
        return qs.filter(names)


def chosen_vendor(filterset) -> Vendor | None:
    """The vendor a list is filtered to (``?vendor=<id>``), to show its name: one row, not every vendor."""
    pk = filterset.form.cleaned_data.get("vendor") if filterset.is_valid() else None
    return Vendor.objects.alive().filter(pk=pk).first() if pk else None


class ContractFilterSet(FilterSet):
    vendor = IdFilter(field_name="vendor_id", label=_("Vendor"))
    vendor_q = VendorNameFilter()
    status = django_filters.MultipleChoiceFilter(
        choices=ContractStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple
    )
    ends_within = django_filters.NumberFilter(
        method="filter_ends_within",
        label=_("Term ends within (days)"),
        min_value=0,
        max_value=3660,
        widget=forms.NumberInput(attrs={"placeholder": str(max(THRESHOLDS))}),
    )

    class Meta:
        model = Contract
        fields = ["vendor", "vendor_q", "status", "ends_within"]

    def filter_ends_within(self, queryset, name, value):
        today = timezone.localdate()
        return queryset.filter(term_end__gte=today, term_end__lte=today + dt.timedelta(days=int(value)))


class ContractReviewFilterSet(FilterSet):
    contract = IdFilter(field_name="contract_id", label=_("Contract"))
    vendor = IdFilter(field_name="contract__vendor_id", label=_("Vendor"))
    status = django_filters.MultipleChoiceFilter(
        choices=ReviewStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple
    )
    overall_risk = django_filters.MultipleChoiceFilter(
        choices=Risk.choices, label=_("Overall risk"), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = ContractReview
        fields = ["contract", "vendor", "status", "overall_risk"]
