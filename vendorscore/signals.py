from __future__ import annotations

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from vendorscore.middleware import SESSION_TZ_KEY
from vendorscore.models import UserPreference


@receiver(user_logged_in, dispatch_uid="vendorscore.remember_time_zone")
def remember_time_zone(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_TZ_KEY] = UserPreference.time_zone_for(user)
