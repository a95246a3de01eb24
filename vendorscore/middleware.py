from __future__ import annotations

import zoneinfo

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext

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


def _has_nul(request) -> bool:
    if "\x00" in request.path_info:
        return True
    if any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()):
        return True
    return any(key.startswith("HTTP_") and "\x00" in str(value) for key, value in request.META.items())


class RejectNulCharactersMiddleware:
    """A NUL character in the path, a query parameter or a header is a 400 before any view runs.

    PostgreSQL cannot hold NUL in text: a search, filter or lookup carrying one would reach the
    database and fail there as a 500. Form fields refuse NUL themselves (Django's and DRF's
    character fields, vendorscore.api's parsers for JSON bodies); this covers what no form reads.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            # Before LocaleMiddleware: pick the language from the cookie or Accept-Language here.
            with translation.override(translation.get_language_from_request(request)):
                message = gettext("Null characters are not allowed.")
            if request.path_info.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware (settings.CONTENT_SECURITY_POLICY), with no policy on a PDF: Chrome
    shows one inside a page of its own making, whose <embed> and inline styles the policy would
    refuse (object-src 'none', style-src 'self': crbug.com/271452), leaving a blank "blocked"
    box. A PDF is not a page of ours and runs no script of ours; nosniff keeps it a PDF."""

    def process_response(self, request, response):
        if response.get("Content-Type", "").startswith("application/pdf"):
            response._csp_exempt = True
        return super().process_response(request, response)


class PermissionsPolicyMiddleware:
    """Turn off the browser features no page uses (camera, microphone, location, payment, USB …),
    so that a script that slipped in could not ask for them either. The list is
    settings.PERMISSIONS_POLICY: a feature with no origins is off for every frame."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PrivateCacheMiddleware:
    """Nothing shown to a signed-in user is kept by the browser or by a proxy: pages, API answers,
    exports and evidence files alike carry ``Cache-Control: private, no-store``, so the Back
    button after logging out, or the next user of a shared computer, finds nothing on disk.

    A request counts as signed in when it carries credentials (the session cookie or an
    Authorization header: REST framework checks tokens only inside the view) or when its user
    is known to be signed in (logging in sets request.user). Deciding from the credentials
    first needs no database, so an answer given while the database is down stays what it was.
    Static files never get here (WhiteNoise answers them earlier) and stay cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self.is_private(request):
            patch_cache_control(response, private=True, no_store=True)  # drops any "public"
        return response

    @staticmethod
    def is_private(request) -> bool:
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "Authorization" in request.headers:
            return True
        user = getattr(request, "user", None)  # without a session cookie: no database query
        return user is not None and user.is_authenticated
