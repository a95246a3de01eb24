from __future__ import annotations

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from vendorscore.middleware import SESSION_LANGUAGE_KEY, SESSION_TZ_KEY
from vendorscore.models import UserPreference


@receiver(user_logged_in, dispatch_uid="vendorscore.remember_time_zone")
def remember_time_zone(sender, request, user, **kwargs) -> None:
    """Copy the user's time zone and language into the session, so no page asks the database."""
    if request is None or not hasattr(request, "session"):
        return
    preference = UserPreference.objects.filter(user=user).only("time_zone", "language").first()
    request.session[SESSION_TZ_KEY] = preference.time_zone if preference else settings.TIME_ZONE
    if preference is not None and preference.language:
        request.session[SESSION_LANGUAGE_KEY] = preference.language
