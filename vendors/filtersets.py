"""One FilterSet per model, used by the HTML list page and the API list alike."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from vendors import choices
from vendors.models import SupportChannel, Vendor
from vendorscore.filters import FilterSet, IdFilter, OrderingFilter


class VendorFilterSet(FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    status = django_filters.MultipleChoiceFilter(
        choices=choices.VendorStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple
    )
    scenario = django_filters.MultipleChoiceFilter(
        field_name="scenarios__key",
        choices=choices.ScenarioKey.choices,
        distinct=True,
        label=_("Scenario"),
        widget=forms.CheckboxSelectMultiple,
    )
    hq_region = django_filters.MultipleChoiceFilter(choices=choices.Region.choices, label=_("Region"))
    support_team = django_filters.MultipleChoiceFilter(choices=choices.SupportTeam.choices, label=_("Support team"))
    ordering = OrderingFilter(
        fields=(
            ("name", "name"),
            ("status", "status"),
            ("team_size", "team_size"),
            ("updated_at", "updated"),
            ("created_at", "created"),
        ),
        field_labels={
            "name": _("Name"),
            "status": _("Status"),
            "team_size": _("Team size"),
            "updated": _("Last updated"),
            "created": _("Created"),
        },
        label=_("Sort by"),
    )

    class Meta:
        model = Vendor
        fields = ["q", "status", "scenario", "hq_region", "support_team"]

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(name__icontains=value) | Q(name_zh__icontains=value) | Q(name_en__icontains=value))


class SupportChannelFilterSet(FilterSet):
    vendor = IdFilter(field_name="vendor_id", label=_("Vendor"))
    kind = django_filters.MultipleChoiceFilter(choices=choices.ChannelKind.choices, label=_("Kind"))

    class Meta:
        model = SupportChannel
        fields = ["vendor", "kind", "is_active"]
