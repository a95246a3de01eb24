"""Site-wide pages and the token endpoint; domain pages live in their apps."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, OuterRef, Subquery
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.throttling import AnonRateThrottle

from vendorscore.middleware import SESSION_TZ_KEY
from vendorscore.models import UserPreference
from vendorscore.roles import Role, has_role, role_required
from vendorscore.validators import time_zone_choices


@role_required(Role.VIEWER)
def home(request):
    """The first page after signing in: what waits for this user, what changed, what is due.

    Evaluations and contract reviews awaiting a manager's approval; the user's own open
    evaluations and reviews; score changes of the last two weeks and red flags under the
    default profile; probes left unanswered; contract deadlines; vendors by status.
    """
    from contracts.choices import ReviewStatus
    from contracts.models import ContractReview
    from contracts.reminders import upcoming
    from evaluations.choices import EvaluationStatus
    from evaluations.models import Evaluation, ScoreSnapshot, WeightProfile
    from evaluations.probes.choices import ProbeStatus
    from evaluations.probes.models import Probe
    from vendors.choices import VendorStatus
    from vendors.models import Vendor

    manager = has_role(request.user, Role.MANAGER)
    now = timezone.now()
    reviews = ContractReview.objects.alive().select_related("contract__vendor", "reviewer")
    evaluations = Evaluation.objects.alive().select_related("vendor", "evaluator")
    open_statuses = [EvaluationStatus.DRAFT, EvaluationStatus.RETURNED]
    open_reviews = [ReviewStatus.DRAFT, ReviewStatus.RETURNED]
    profile = WeightProfile.objects.filter(slug=WeightProfile.DEFAULT_SLUG).first()
    snapshots = ScoreSnapshot.objects.filter(profile=profile, vendor__deleted_at__isnull=True)
    previous = snapshots.filter(vendor=OuterRef("vendor"), computed_at__lt=OuterRef("computed_at")).order_by(
        "-computed_at"
    )
    changes = (
        snapshots.filter(computed_at__gte=now - dt.timedelta(days=14))
        .annotate(before=Subquery(previous.values("overall")[:1]))
        .exclude(before__isnull=True)
        .select_related("vendor")
        .only("vendor__name", "vendor__name_zh", "vendor__name_en", "overall", "grade", "computed_at")
        .order_by("-computed_at")[:8]
    )
    statuses = dict(
        Vendor.objects.alive().values_list("status").annotate(count=Count("pk")).values_list("status", "count")
    )
    context = {
        "deadlines": upcoming(),
        "awaiting": list(reviews.filter(status=ReviewStatus.SUBMITTED)[:10]) if manager else [],
        "awaiting_evaluations": list(evaluations.filter(status=EvaluationStatus.SUBMITTED)[:10]) if manager else [],
        "mine": list(reviews.filter(reviewer=request.user, status__in=open_reviews)[:10]),
        "my_evaluations": list(evaluations.filter(evaluator=request.user, status__in=open_statuses)[:10]),
        "profile": profile,
        "changes": [c for c in changes if c.overall is not None and round(c.overall) != round(c.before)],
        "flagged": with_vendors(
            snapshots.filter(is_latest=True, data__red_flags__0__isnull=False)
            .values("vendor_id", "data__red_flags")
            .order_by("vendor__name")[:10]
        ),
        "unanswered": with_vendors(
            Probe.objects.filter(status=ProbeStatus.TIMED_OUT, timed_out_at__gte=now - dt.timedelta(days=30))
            .values("vendor_id")
            .annotate(count=Count("pk"))
            .order_by("-count", "vendor_id")[:10]
        ),
        "statuses": [(key, label, statuses.get(key, 0)) for key, label in VendorStatus.choices],
    }
    return render(request, "home.html", context)


def with_vendors(rows) -> list[dict]:
    """Rows of vendor ids with the vendor objects beside them (one query), for names in the reader's language."""
    from vendors.models import Vendor

    rows = list(rows)
    vendors = Vendor.objects.in_bulk([row["vendor_id"] for row in rows])
    return [dict(row, vendor=vendors[row["vendor_id"]]) for row in rows if row["vendor_id"] in vendors]


class PreferenceForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    class Meta:
        model = UserPreference
        fields = ["time_zone"]


@login_required
def preferences(request):
    """Any signed-in user may set their own time zone, whatever their role."""
    preference, _created = UserPreference.objects.get_or_create(user=request.user)
    form = PreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        request.session[SESSION_TZ_KEY] = preference.time_zone
        messages.success(request, _("Preferences saved."))
        return redirect("preferences")
    return render(request, "preferences.html", {"form": form})


class TokenThrottle(AnonRateThrottle):
    scope = "token"


class TokenResponseSerializer(serializers.Serializer):
    token = serializers.CharField()


class ObtainTokenView(ObtainAuthToken):
    """POST ``{username, password}`` as JSON to get ``{token}``; a wrong password gives 400."""

    permission_classes = [permissions.AllowAny]
    throttle_classes = [TokenThrottle]

    @extend_schema(request=ObtainAuthToken.serializer_class, responses={200: TokenResponseSerializer})
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the static file."""
    return HttpResponsePermanentRedirect(static("favicon.ico"))
