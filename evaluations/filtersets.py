"""One FilterSet per model, shared by the HTML lists and the API lists."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from evaluations.choices import EvaluationStatus
from evaluations.models import Evaluation, ScoreSnapshot
from vendors.choices import ScenarioKey, VendorStatus
from vendorscore.filters import FilterSet, IdFilter, OrderingFilter


class EvaluationFilterSet(FilterSet):
    vendor = IdFilter(field_name="vendor_id", label=_("Vendor"))
    status = django_filters.MultipleChoiceFilter(
        choices=EvaluationStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple
    )
    evaluator = django_filters.CharFilter(method="by_evaluator", label=_("Evaluator"))
    ordering = OrderingFilter(
        fields=(("updated_at", "updated"), ("created_at", "created")),
        field_labels={"updated": _("Last updated"), "created": _("Created")},
        label=_("Sort by"),
    )

    class Meta:
        model = Evaluation
        fields = ["vendor", "status", "evaluator"]

    def by_evaluator(self, queryset, name, value):
        """Part of the evaluator's user name or full name, in any case."""
        value = value.strip()
        return queryset.filter(
            Q(evaluator__username__icontains=value)
            | Q(evaluator__first_name__icontains=value)
            | Q(evaluator__last_name__icontains=value)
        )


class ScoreFilterSet(FilterSet):
    vendor_status = django_filters.MultipleChoiceFilter(
        field_name="vendor__status",
        choices=VendorStatus.choices,
        label=_("Vendor status"),
        widget=forms.CheckboxSelectMultiple,  # drawn as chips: a select's options outside a select are bare text
    )
    scenario = django_filters.MultipleChoiceFilter(
        field_name="vendor__scenarios__key",
        choices=ScenarioKey.choices,
        distinct=True,
        label=_("Scenario"),
        widget=forms.CheckboxSelectMultiple,
    )
    ordering = OrderingFilter(
        fields=(("overall", "overall"), ("vendor__name", "vendor"), ("coverage", "coverage")),
        field_labels={"overall": _("Overall"), "vendor": _("Vendor"), "coverage": _("Coverage")},
        label=_("Sort by"),
    )

    class Meta:
        model = ScoreSnapshot
        fields = ["vendor_status", "scenario"]
