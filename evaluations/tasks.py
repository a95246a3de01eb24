"""Celery tasks: thin, idempotent, ids in."""

from __future__ import annotations

import contextlib
import contextvars
import logging

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from evaluations.scorecards import recompute_vendor
from vendors.models import Vendor

logger = logging.getLogger(__name__)
DEBOUNCE_KEY = "scores:pending:{vendor_id}"


@shared_task(soft_time_limit=120, time_limit=180)
def recompute_vendor_scores(vendor_id: int) -> int:
    cache.delete(DEBOUNCE_KEY.format(vendor_id=vendor_id))
    return recompute_vendor(vendor_id)


@shared_task(soft_time_limit=600, time_limit=900)
def recompute_all_scores() -> int:
    """Periodic sweep: catches any change whose wake-up was lost (e.g. the broker was down)."""
    written = 0
    for pk in Vendor.objects.alive().values_list("pk", flat=True):
        try:
            written += recompute_vendor(pk)
        except Exception:  # one vendor's failure must not stop the sweep for the others
            logger.exception("Recomputing vendor %s failed", pk)
    return written


_batch: contextvars.ContextVar[set[int] | None] = contextvars.ContextVar("recompute_batch", default=None)


@contextlib.contextmanager
def batched_recompute():
    """Inside this block, vendors whose inputs change are collected and scheduled once each
    at the end: bulk work (the demo seed, a mailbox poll) does not ask for one run per row."""
    if _batch.get() is not None:  # already collecting: the outer block schedules
        yield
        return
    token = _batch.set(set())
    try:
        yield
        vendors = _batch.get()
    finally:
        _batch.reset(token)
    for vendor_id in sorted(vendors):
        schedule_recompute(vendor_id)


def schedule_recompute(vendor_id: int) -> None:
    """Ask for a recompute after the current transaction commits; changes within
    SCORE_RECOMPUTE_DELAY seconds of each other share one run."""
    batch = _batch.get()
    if batch is not None:
        batch.add(vendor_id)
        return
    delay = settings.SCORE_RECOMPUTE_DELAY

    def enqueue() -> None:
        if cache.add(DEBOUNCE_KEY.format(vendor_id=vendor_id), 1, timeout=delay + 60):
            recompute_vendor_scores.apply_async((vendor_id,), countdown=delay)

    # robust: a broker that is down must not fail the user's save; the periodic sweep catches up.
    transaction.on_commit(enqueue, robust=True)
