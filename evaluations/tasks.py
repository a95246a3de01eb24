"""Celery tasks: thin, idempotent, ids in."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from evaluations.scorecards import recompute_vendor
from vendors.models import Vendor

DEBOUNCE_KEY = "scores:pending:{vendor_id}"


@shared_task(soft_time_limit=120, time_limit=180)
def recompute_vendor_scores(vendor_id: int) -> int:
    cache.delete(DEBOUNCE_KEY.format(vendor_id=vendor_id))
    return recompute_vendor(vendor_id)


@shared_task(soft_time_limit=600, time_limit=900)
def recompute_all_scores() -> int:
    """Periodic sweep: catches any change whose wake-up was lost (e.g. the broker was down)."""
    return sum(recompute_vendor(pk) for pk in Vendor.objects.alive().values_list("pk", flat=True))


def schedule_recompute(vendor_id: int) -> None:
    """Ask for a recompute after the current transaction commits; changes within
    SCORE_RECOMPUTE_DELAY seconds of each other share one run."""
    delay = settings.SCORE_RECOMPUTE_DELAY

    def enqueue() -> None:
        if cache.add(DEBOUNCE_KEY.format(vendor_id=vendor_id), 1, timeout=delay + 60):
            recompute_vendor_scores.apply_async((vendor_id,), countdown=delay)

    # robust: a broker that is down must not fail the user's save; the periodic sweep catches up.
    transaction.on_commit(enqueue, robust=True)
