from __future__ import annotations

import zoneinfo

from django.utils import timezone

SESSION_TZ_KEY = "vendorscore_time_zone"


class UserTimeZoneMiddleware:
    """Show times in the user's zone: the one stored in the session at login
    (from UserPreference), else the site default (TIME_ZONE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = None
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            name = request.session.get(SESSION_TZ_KEY)
        if name:
            try:
                timezone.activate(zoneinfo.ZoneInfo(name))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)
