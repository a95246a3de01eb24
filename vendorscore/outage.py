"""While the database does not answer: 503 with ``Retry-After``, JSON on the API, a page elsewhere.

Django turns an exception anywhere in the middleware chain or the view into a response
right where it happens (each middleware's ``get_response`` is wrapped), through the
``handler500`` view. That is the one place that sees them all: a session or user loaded
lazily by a middleware, a view's query, a session saved on the way out. So
``vendorscore.views.server_error`` asks ``database_unavailable`` and answers with
``unavailable_response`` instead of the 500 page. The answer itself touches no database:
no session, user, messages or context processors; the language comes from the cookie or
``Accept-Language``.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30

try:
    import psycopg2
except ImportError:  # pragma: no cover - psycopg2 is in requirements.txt
    DATABASE_ERRORS: tuple[type[BaseException], ...] = (OperationalError, InterfaceError)
else:
    DATABASE_ERRORS = (OperationalError, InterfaceError, psycopg2.OperationalError, psycopg2.InterfaceError)


def database_unavailable(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what caused it) says the database could not be reached or used."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DATABASE_ERRORS):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def unavailable_detail() -> str:
    return ngettext(
        "The database is not answering at the moment. Please try again in %(seconds)d second.",
        "The database is not answering at the moment. Please try again in %(seconds)d seconds.",
        RETRY_AFTER_SECONDS,
    ) % {"seconds": RETRY_AFTER_SECONDS}


def unavailable_response(request, exc: BaseException | None = None) -> HttpResponse:
    logger.warning("database unavailable for %s %s: %s", request.method, request.path, exc)
    with translation.override(translation.get_language_from_request(request)):
        if request.path.startswith("/api/"):
            response = JsonResponse({"detail": unavailable_detail()}, status=503)
        else:
            # No request passed: context processors would ask for the user, the session and messages.
            html = render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS, "path": request.get_full_path()})
            response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
