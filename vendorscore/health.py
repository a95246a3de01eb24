"""/healthz: is the database answering, and is the broker reachable?"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from kombu import Connection

from vendorscore.outage import RETRY_AFTER_SECONDS

logger = logging.getLogger(__name__)

BROKER_TIMEOUT_SECONDS = 3


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_broker() -> None:
    # Built from settings (not from the Celery app) so it reflects what is
    # configured now, and with one attempt and a short timeout so a dead or hung
    # broker answers fast (a retry would sleep 2 s first).
    with Connection(
        settings.CELERY_BROKER_URL,
        transport_options=settings.CELERY_BROKER_TRANSPORT_OPTIONS,
        connect_timeout=BROKER_TIMEOUT_SECONDS,
    ) as conn:
        conn.ensure_connection(max_retries=0, timeout=BROKER_TIMEOUT_SECONDS)
        conn.default_channel.close()  # opening a channel is a real round trip on Redis


CHECKS = {"database": check_database, "broker": check_broker}


@never_cache
@require_GET
def healthz(request):
    results: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:  # any failure of a dependency is a failed check, not a 500
            logger.warning("health check %s failed: %s", name, exc)
            results[name] = f"error: {type(exc).__name__}"
        else:
            results[name] = "ok"
    if all(value == "ok" for value in results.values()):
        return JsonResponse(results)
    return JsonResponse(results, status=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
