"""One FilterSet per model, shared by the HTML lists and the API lists."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from evaluations.choices import EvaluationStatus
from evaluations.models import Evaluation, ScoreSnapshot
from vendors.choices import ScenarioKey, VendorStatus


class EvaluationFilterSet(django_filters.FilterSet):
    vendor = django_filters.NumberFilter(field_name="vendor_id", label=_("Vendor"))
    status = django_filters.MultipleChoiceFilter(choices=EvaluationStatus.choices, label=_("Status"))
    evaluator = django_filters.CharFilter(field_name="evaluator__username", label=_("Evaluator"))
    ordering = django_filters.OrderingFilter(fields=(("updated_at", "updated"), ("created_at", "created")))

    class Meta:
        model = Evaluation
        fields = ["vendor", "status", "evaluator"]


class ScoreFilterSet(django_filters.FilterSet):
    vendor_status = django_filters.MultipleChoiceFilter(
        field_name="vendor__status", choices=VendorStatus.choices, label=_("Vendor status")
    )
    scenario = django_filters.MultipleChoiceFilter(
        field_name="vendor__scenarios__key", choices=ScenarioKey.choices, distinct=True, label=_("Scenario")
    )
    ordering = django_filters.OrderingFilter(
        fields=(("overall", "overall"), ("vendor__name", "vendor"), ("coverage", "coverage")), label=_("Sort by")
    )

    class Meta:
        model = ScoreSnapshot
        fields = ["vendor_status", "scenario"]
