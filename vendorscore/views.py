"""Site-wide pages and the token endpoint; domain pages live in their apps."""

from __future__ import annotations

import datetime as dt
import sys

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import PasswordChangeView
from django.core.paginator import Paginator
from django.db.models import Count, F, Func, IntegerField, OuterRef, Subquery, Window
from django.db.models.fields.json import KeyTransform
from django.db.models.functions import Round
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import defaults
from django.views import i18n as i18n_views
from django.views.decorators.http import require_POST
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.response import Response

from vendorscore import notifications, outage
from vendorscore.api import AnonThrottle, FormParser, JSONParser, MultiPartParser, TokenThrottle
from vendorscore.middleware import SESSION_LANGUAGE_KEY, SESSION_TZ_KEY, set_language_cookie
from vendorscore.models import Notification, UserPreference
from vendorscore.roles import Role, has_role, role_required
from vendorscore.validators import time_zone_choices

DASHBOARD_DEADLINES = 10  # the soonest; the contracts page lists them all


@role_required(Role.VIEWER)
def home(request):
    """The first page after signing in: what waits for this user, what changed, what is due.

    Evaluations and contract reviews awaiting a manager's approval; the user's own open
    evaluations and reviews; score changes of the last two weeks and red flags under the
    default profile; probes left unanswered; contract deadlines; vendors by status.
    """
    from contracts.choices import ReviewStatus
    from contracts.models import ContractReview
    from contracts.reminders import LONG_FIELDS, upcoming
    from evaluations.choices import EvaluationStatus
    from evaluations.models import Evaluation, ScoreSnapshot, WeightProfile
    from evaluations.probes.choices import ProbeStatus
    from evaluations.probes.models import Probe
    from vendors.choices import VendorStatus
    from vendors.models import Vendor

    manager = has_role(request.user, Role.MANAGER)
    now = timezone.now()
    # A review names its contract; the contract's text (it can be hundreds of KB) stays unread.
    reviews = (
        ContractReview.objects.alive()
        .select_related("contract__vendor", "reviewer")
        .defer(*(f"contract__{name}" for name in LONG_FIELDS))
    )
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
        .exclude(overall__isnull=True)
        # A move the page would show as "75 → 75" is no change: left out before the eight are taken.
        .alias(shown_now=Round("overall"), shown_before=Round("before"))
        .exclude(shown_now=F("shown_before"))
        .select_related("vendor")
        .only("vendor__name", "vendor__name_zh", "vendor__name_en", "overall", "grade", "computed_at")
        .order_by("-computed_at")[:8]
    )
    # The summary, not ``data``: a few hundred bytes a row instead of tens of KB.
    flagged = snapshots.filter(is_latest=True, summary__red_flags__0__isnull=False)
    deadlines = upcoming()
    statuses = dict(
        Vendor.objects.alive().values_list("status").annotate(count=Count("pk")).values_list("status", "count")
    )
    context = {
        "deadlines": deadlines[:DASHBOARD_DEADLINES],
        "deadline_count": len(deadlines),
        "awaiting": list(reviews.filter(status=ReviewStatus.SUBMITTED)[:10]) if manager else [],
        "awaiting_evaluations": list(evaluations.filter(status=EvaluationStatus.SUBMITTED)[:10]) if manager else [],
        "mine": list(reviews.filter(reviewer=request.user, status__in=open_reviews)[:10]),
        "my_evaluations": list(evaluations.filter(evaluator=request.user, status__in=open_statuses)[:10]),
        "profile": profile,
        "changes": list(changes),
        # The first ten by name, each row also carrying how many there are in all (COUNT(*) OVER ()).
        "flagged": with_vendors(
            flagged.annotate(total=Window(Count("pk")), flags=JSONArrayLength(KeyTransform("red_flags", "summary")))
            .values("vendor_id", "flags", "total")
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


class JSONArrayLength(Func):
    """How many items a JSON array holds, counted by the database (the items stay there)."""

    function = "jsonb_array_length"
    output_field = IntegerField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="json_array_length", **extra_context)


def with_vendors(rows) -> list[dict]:
    """Rows of vendor ids with the vendor objects beside them (one query), for names in the reader's language."""
    from vendors.models import Vendor

    rows = list(rows)
    vendors = Vendor.objects.in_bulk([row["vendor_id"] for row in rows])
    return [dict(row, vendor=vendors[row["vendor_id"]]) for row in rows if row["vendor_id"] in vendors]


def language_choices() -> list[tuple[str, str]]:
    """Each language in its own name (简体中文, English), as the header switch shows them."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


def current_language() -> str:
    """The active language as one of LANGUAGES' codes (a browser may have asked for zh-cn)."""
    codes = [code for code, _name in settings.LANGUAGES]
    active = translation.get_language() or settings.LANGUAGE_CODE
    return next((code for code in codes if active == code or active.startswith(code.split("-")[0])), codes[0])


class LanguageSelect(forms.Select):
    """Each language named in itself, and marked as such (lang=…) for screen readers."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class PreferenceForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=language_choices,
        widget=LanguageSelect,
        required=False,  # left out: follow the header switch and the browser, as before choosing
        help_text=_("Pages, and the emails vendorscore sends you, are in this language."),
    )

    class Meta:
        model = UserPreference
        fields = ["time_zone", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.language:  # never chosen: show the language the page is in
            self.initial["language"] = current_language()


class EmailSwitchesForm(forms.Form):
    """One switch per notification kind meant for the user's role; the in-app list records all."""

    def __init__(self, *args, user, preference: UserPreference, **kwargs):
        super().__init__(*args, **kwargs)
        self.kinds = notifications.kinds_for(user)
        for kind in self.kinds:
            self.fields[f"email_{kind.key}"] = forms.BooleanField(
                label=kind.label, required=False, initial=preference.wants_email(kind.key)
            )

    def apply(self, preference: UserPreference) -> None:
        """Write the switches into ``preference`` (kinds not shown to this user keep their state)."""
        off = set(preference.email_off or [])
        for kind in self.kinds:
            if self.cleaned_data[f"email_{kind.key}"]:
                off.discard(kind.key)
            else:
                off.add(kind.key)
        preference.email_off = sorted(off)


class PasswordForm(PasswordChangeForm):
    """Django's form, without the autofocus that would jump past the preferences above it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].widget.attrs.pop("autofocus", None)


def _preference_context(request, preference: UserPreference, **forms_given) -> dict:
    return {
        "form": forms_given.get("form") or PreferenceForm(instance=preference),
        "email_form": forms_given.get("email_form") or EmailSwitchesForm(user=request.user, preference=preference),
        "password_form": forms_given.get("password_form") or PasswordForm(request.user),
    }


def apply_language(request, response, language: str) -> None:
    """Use ``language`` from now on: this response, the session (wins over the browser's
    wish while signed in) and the cookie (the login page after logging out)."""
    request.session[SESSION_LANGUAGE_KEY] = language
    translation.activate(language)
    set_language_cookie(response, language)


@login_required
def preferences(request):
    """Any signed-in user may set their own time zone, language and emails, whatever their role."""
    preference, _created = UserPreference.objects.get_or_create(user=request.user)
    if request.method != "POST":
        return render(request, "preferences.html", _preference_context(request, preference))
    form = PreferenceForm(request.POST, instance=preference)
    email_form = EmailSwitchesForm(request.POST, user=request.user, preference=preference)
    if form.is_valid() and email_form.is_valid():
        preference = form.save(commit=False)
        email_form.apply(preference)
        preference.save()
        request.session[SESSION_TZ_KEY] = preference.time_zone
        response = redirect("preferences")
        if preference.language:
            apply_language(request, response, preference.language)
        else:
            request.session.pop(SESSION_LANGUAGE_KEY, None)
        messages.success(request, gettext("Preferences saved."))
        return response
    context = _preference_context(request, preference, form=form, email_form=email_form)
    return render(request, "preferences.html", context)


class PasswordChange(PasswordChangeView):
    """Django's password change on the preferences page; the session stays signed in
    (PasswordChangeView calls update_session_auth_hash), other sessions end."""

    form_class = PasswordForm
    template_name = "preferences.html"
    success_url = reverse_lazy("preferences")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        preference, _created = UserPreference.objects.get_or_create(user=self.request.user)
        return {**context, **_preference_context(self.request, preference, password_form=context["form"])}

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, gettext("Your password is changed."))
        return response


def set_language(request):
    """Django's set_language (the header switch), which also saves a signed-in user's choice
    as their preference, so it is the one they get at their next login and in their emails."""
    language = request.POST.get("language")
    response = i18n_views.set_language(request)
    if request.method == "POST" and request.user.is_authenticated and language in dict(settings.LANGUAGES):
        UserPreference.objects.update_or_create(user=request.user, defaults={"language": language})
        request.session[SESSION_LANGUAGE_KEY] = language
    return response


# --- notifications ------------------------------------------------------------------------
NOTIFICATIONS_PAGE_SIZE = 25


@role_required(Role.VIEWER)
def notification_list(request):
    """The user's own notifications, newest first; unread ones marked."""
    rows = Notification.objects.for_user(request.user).prefetch_related("target")
    page = Paginator(rows, NOTIFICATIONS_PAGE_SIZE).get_page(request.GET.get("page"))
    for notification in page:
        notification.text = notifications.line(notification)
    kinds = notifications.kinds_for(request.user)
    return render(request, "notifications/list.html", {"page": page, "kinds": kinds})


@role_required(Role.VIEWER)
def notification_open(request, pk: int):
    """Mark one notification read and go to what it is about (the list when that is gone)."""
    notification = get_object_or_404(Notification.objects.for_user(request.user), pk=pk)
    notifications.mark_read(request.user, [notification.pk])
    return redirect(notification.target_url or reverse("notifications"))


@role_required(Role.VIEWER)
@require_POST
def notifications_mark_read(request):
    count = notifications.mark_read(request.user)
    if count:
        messages.success(
            request,
            ngettext("%(count)d notification marked read.", "%(count)d notifications marked read.", count)
            % {"count": count},
        )
    return redirect("notifications")


class TokenResponseSerializer(serializers.Serializer):
    token = serializers.CharField()


class ObtainTokenView(ObtainAuthToken):
    """POST ``{username, password}`` as JSON to get ``{token}``; a wrong password gives 400.

    Throttled per client address (API_TOKEN_THROTTLE) and locked out per username and
    address like the sign-in page (LOGIN_FAILURE_LIMIT): a locked pair gets 429, the right
    password included, with the lockout's length in ``Retry-After``."""

    permission_classes = [permissions.AllowAny]
    throttle_classes = [AnonThrottle, TokenThrottle]
    parser_classes = [JSONParser, FormParser, MultiPartParser]  # ObtainAuthToken names DRF's own

    @extend_schema(request=ObtainAuthToken.serializer_class, responses={200: TokenResponseSerializer})
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

    def handle_exception(self, exc):
        # django-axes marks the request it was handed (this DRF request) when the pair is locked.
        if getattr(self.request, "axes_locked_out", False):
            seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
            minutes = max(1, seconds // 60)
            detail = ngettext(
                "This account is locked for this computer after too many wrong passwords. "
                "Try again in %(minutes)s minute, or ask a manager to unlock it.",
                "This account is locked for this computer after too many wrong passwords. "
                "Try again in %(minutes)s minutes, or ask a manager to unlock it.",
                minutes,
            ) % {"minutes": minutes}
            return Response({"detail": detail}, status=429, headers={"Retry-After": str(seconds)})
        return super().handle_exception(exc)


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the static file."""
    return HttpResponsePermanentRedirect(static("favicon.ico"))


def server_error(request):
    """500, except while the database does not answer: then 503 with Retry-After (vendorscore.outage)."""
    exc = sys.exc_info()[1]
    if outage.database_unavailable(exc):
        return outage.unavailable_response(request, exc)
    return defaults.server_error(request)


def page_not_found(request, exception=None):
    """404: JSON under /api/ (what an API client can read), the site's page elsewhere."""
    if request.path.startswith("/api/"):
        from vendorscore.api import not_found_detail

        return JsonResponse({"detail": not_found_detail()}, status=404)
    return defaults.page_not_found(request, exception)
