"""Site-wide pages and the token endpoint; domain pages live in their apps."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.templatetags.static import static
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
    """The first page after signing in: what is due soon and what waits for this user.

    Contract deadlines for everyone; reviews awaiting approval for managers; an evaluator's
    own open reviews. (Issue 8 grows this into the full dashboard.)
    """
    from contracts.choices import ReviewStatus
    from contracts.models import ContractReview
    from contracts.reminders import upcoming

    reviews = ContractReview.objects.alive().select_related("contract__vendor", "reviewer")
    context = {
        "deadlines": upcoming(),
        "awaiting": list(reviews.filter(status=ReviewStatus.SUBMITTED)[:10])
        if has_role(request.user, Role.MANAGER)
        else [],
        "mine": list(
            reviews.filter(reviewer=request.user, status__in=[ReviewStatus.DRAFT, ReviewStatus.RETURNED])[:10]
        ),
    }
    return render(request, "home.html", context)


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
