from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.utils import timezone, translation

SESSION_TZ_KEY = "vendorscore_time_zone"
SESSION_LANGUAGE_KEY = "vendorscore_language"


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


def user_language(request) -> str | None:
    """The language a signed-in user chose (copied into the session at login), if any."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    language = request.session.get(SESSION_LANGUAGE_KEY)
    return language if language in {code for code, _name in settings.LANGUAGES} else None


def set_language_cookie(response, language: str) -> None:
    """The cookie Django's LocaleMiddleware and set_language read, with the same attributes."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


class UserLanguageMiddleware:
    """Pages in the signed-in user's own language. LocaleMiddleware picks one from the
    language cookie or the browser's Accept-Language before the user is known; the
    language saved under Preferences (or by the header switch) wins once they are. The
    cookie is kept in step, so pages after logging out stay in that language too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = user_language(request)
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = self.get_response(request)
        # Looked at again: logging in (or a preference saved) may have chosen one just now.
        language = user_language(request)
        if language and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            set_language_cookie(response, language)
        return response
