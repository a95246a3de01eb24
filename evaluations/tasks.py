"""Score recomputation as an outbox: a change marks its vendor in the database, workers recompute.

A change to a vendor's inputs writes a ``PendingRecompute`` row in the same transaction as
the change (``schedule_recompute``). After the commit a worker is woken, best effort: a broker
that is down costs the request one quick failed publish, no retries, and nothing is lost,
because the frequent beat task ``recompute_dirty_scores`` (and every worker as it starts)
recomputes whatever rows are due. One change to a weight profile marks every vendor in one
statement and wakes one task.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import logging
import time
from collections.abc import Iterable

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_ready
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from evaluations.models import PendingRecompute
from evaluations.scorecards import recompute_vendor, recompute_vendors
from vendors.models import Vendor
from vendorscore.tasks import wake

logger = logging.getLogger(__name__)

MARK_BATCH = 1000
# Vendors per recompute task: a few seconds of work at the benchmark's sizes (a year of probes per
# vendor), far below the task's time limit, and ~100 MB of inputs held at once.
CHUNK_SIZE = 100
# A chunk's claimed rows are not due again for this long: a worker killed mid-chunk leaves them
# to the drain after the lease, and no one else takes them meanwhile.
CHUNK_LEASE = dt.timedelta(minutes=5)
RETRY_BASE_SECONDS = 60
RETRY_MAX_SECONDS = 3600


def mark_dirty(vendor_ids: Iterable[int], now: dt.datetime | None = None) -> int:
    """Record that these vendors' scores are stale, in the caller's transaction; returns how many."""
    now = now or timezone.now()
    rows = [PendingRecompute(vendor_id=pk, requested_at=now, next_attempt_at=now) for pk in sorted(set(vendor_ids))]
    if rows:
        PendingRecompute.objects.bulk_create(
            rows,
            batch_size=MARK_BATCH,
            update_conflicts=True,
            unique_fields=["vendor"],
            update_fields=["requested_at", "next_attempt_at", "attempts", "last_error"],
        )
    return len(rows)


def mark_all_dirty(now: dt.datetime | None = None) -> int:
    return mark_dirty(Vendor.objects.alive().values_list("pk", flat=True), now)


# Seconds after a failed wake-up (broker down) during which this process does not try again:
# requests are not made to wait on a broker known to be away; the beat task catches up.
BROKER_BACKOFF_SECONDS = 5.0
_last_wake = {"ok": float("-inf"), "failed": float("-inf")}


def _wake_workers() -> None:
    if not recompute_dirty_scores.app.conf.task_always_eager:
        now = time.monotonic()
        if now - _last_wake["failed"] < BROKER_BACKOFF_SECONDS:
            return
        delay = settings.SCORE_RECOMPUTE_DELAY
        if delay >= 2 and now - _last_wake["ok"] < delay / 2:
            return  # the run woken a moment ago starts after this commit and will see this change
    woke = wake(recompute_dirty_scores, countdown=settings.SCORE_RECOMPUTE_DELAY or None)
    _last_wake["ok" if woke else "failed"] = time.monotonic()


def wake_after_commit() -> None:
    """Wake a worker once the marks are committed; never raises, never retries."""
    transaction.on_commit(_wake_workers, robust=True)


_batch: contextvars.ContextVar[set[int] | None] = contextvars.ContextVar("recompute_batch", default=None)


@contextlib.contextmanager
def batched_recompute():
    """Inside this block, vendors whose inputs change are collected and marked in one statement
    at the end: bulk work (the demo seed, a mailbox poll) does not write a row per change."""
    if _batch.get() is not None:  # already collecting: the outer block marks
        yield
        return
    token = _batch.set(set())
    try:
        yield
        vendors = _batch.get()
    finally:
        _batch.reset(token)
    if vendors:
        mark_dirty(vendors)
        wake_after_commit()


def schedule_recompute(vendor_id: int) -> None:
    """Mark one vendor's scores stale (in the current transaction) and wake a worker after commit;
    changes within SCORE_RECOMPUTE_DELAY seconds of each other share one run."""
    batch = _batch.get()
    if batch is not None:
        batch.add(vendor_id)
        return
    mark_dirty([vendor_id])
    wake_after_commit()


def schedule_recompute_all() -> int:
    """A change that touches every vendor (a weight profile): one statement, one wake-up."""
    marked = mark_all_dirty()
    wake_after_commit()
    return marked


def retry_delay(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=min(RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS))


def recompute_next(now: dt.datetime | None = None) -> tuple[int, int] | None:
    """Recompute the most overdue pending vendor; returns (vendor id, snapshots written), or None
    when nothing is due. Concurrent workers skip each other's rows (SKIP LOCKED on PostgreSQL)."""
    now = now or timezone.now()
    with transaction.atomic():
        row = (
            PendingRecompute.objects.select_for_update(skip_locked=True)
            .filter(next_attempt_at__lte=now)
            .order_by("next_attempt_at", "vendor_id")
            .first()
        )
        if row is None:
            return None
        return row.vendor_id, _recompute_row(row, now)


def _recompute_row(row: PendingRecompute, now: dt.datetime) -> int:
    """Recompute one pending vendor; on failure back off its row, else delete it unless a change
    arrived meanwhile. Returns the snapshots written."""
    try:
        with transaction.atomic():
            written = recompute_vendor(row.vendor_id, now)
    except SoftTimeLimitExceeded:
        raise
    except Exception as exc:  # one vendor's failure must not stop the others; it is retried later
        logger.exception("Recomputing vendor %s failed", row.vendor_id)
        attempts = row.attempts + 1
        PendingRecompute.objects.filter(pk=row.pk, requested_at=row.requested_at).update(
            attempts=attempts,
            next_attempt_at=now + retry_delay(attempts),
            last_error=f"{type(exc).__name__}: {exc}"[:2000],
        )
        return 0
    # A change that arrived while this ran moved requested_at on: that row stays for the next run.
    PendingRecompute.objects.filter(pk=row.pk, requested_at=row.requested_at).delete()
    return written


def recompute_chunk(vendor_ids: Iterable[int], now: dt.datetime | None = None) -> int:
    """Recompute these vendors, those of them still pending and due, as one batch; returns the
    snapshots written.

    Their rows are claimed with SKIP LOCKED and leased (``CHUNK_LEASE``) in a short transaction,
    so the drain and other chunks leave them alone without a lock held during the work (a change
    saved meanwhile is not kept waiting). If the batch fails, its vendors are recomputed one by
    one: the broken one backs off, the others get their scores."""
    now = now or timezone.now()
    with transaction.atomic():
        rows = list(
            PendingRecompute.objects.select_for_update(skip_locked=True)
            .filter(vendor_id__in=list(vendor_ids), next_attempt_at__lte=now)
            .order_by("vendor_id")
        )
        if not rows:
            return 0
        PendingRecompute.objects.filter(pk__in=[row.pk for row in rows]).update(next_attempt_at=now + CHUNK_LEASE)
    try:
        written = recompute_vendors([row.vendor_id for row in rows], now)
    except SoftTimeLimitExceeded:
        raise
    except Exception:
        logger.exception("Recomputing a chunk of %s vendors failed: one by one instead", len(rows))
        return sum(_recompute_row(row, now) for row in rows)
    # A change that arrived while this ran moved requested_at on: that row stays for the next run.
    unchanged = Q(pk__in=[])
    for row in rows:
        unchanged |= Q(pk=row.pk, requested_at=row.requested_at)
    PendingRecompute.objects.filter(unchanged).delete()
    return written


@shared_task(soft_time_limit=120, time_limit=180)
def recompute_score_chunk(vendor_ids: list[int]) -> int:
    """One chunk of a sweep (at most ``CHUNK_SIZE`` vendors): see ``recompute_chunk``."""
    return recompute_chunk(vendor_ids)


@shared_task(soft_time_limit=120, time_limit=180)
def recompute_dirty_scores(budget_seconds: float | None = None) -> int:
    """Recompute every vendor whose scores are stale, for up to SCORE_RECOMPUTE_BUDGET seconds;
    if some are left, wake another run for them. Returns how many snapshots were written.

    A backlog of more than one chunk (a weight profile change marks every vendor) is handed to
    chunk tasks instead; if a chunk cannot be handed over (the broker is away), this run drains
    as usual."""
    budget = settings.SCORE_RECOMPUTE_BUDGET if budget_seconds is None else budget_seconds
    deadline = time.monotonic() + budget
    written = 0
    now = timezone.now()
    if _fan_out_backlog(now):
        return written
    while True:
        done = recompute_next(now)
        if done is None:
            return written
        written += done[1]
        if time.monotonic() >= deadline:
            break
    if PendingRecompute.objects.filter(next_attempt_at__lte=now).exists():
        wake(recompute_dirty_scores)
    return written


def _fan_out_backlog(now: dt.datetime) -> bool:
    """Wake a chunk task for each CHUNK_SIZE due vendors when more than one chunk is due; True
    when every chunk was handed over."""
    due = PendingRecompute.objects.filter(next_attempt_at__lte=now).order_by("vendor_id")
    if due[CHUNK_SIZE : CHUNK_SIZE + 1].count() == 0:
        return False
    return all(wake(recompute_score_chunk, chunk) for chunk in chunks(list(due.values_list("vendor_id", flat=True))))


def chunks(ids: list[int], size: int | None = None) -> list[list[int]]:
    size = size or CHUNK_SIZE
    return [ids[start : start + size] for start in range(0, len(ids), size)]


@shared_task(soft_time_limit=120, time_limit=180)
def recompute_all_scores() -> int:
    """Periodic sweep for inputs that age (release recency, probe windows, contract dates):
    every live vendor is marked stale, then recomputed in chunks of ``CHUNK_SIZE`` vendors, each
    a task of its own (this one does the first), so no task grows with the number of vendors.
    A chunk whose wake-up is lost stays marked: the drain recomputes it. Returns the snapshots
    this task wrote itself."""
    now = timezone.now()
    mark_all_dirty(now)
    pending = PendingRecompute.objects.filter(next_attempt_at__lte=now).order_by("vendor_id")
    first, *rest = chunks(list(pending.values_list("vendor_id", flat=True))) or [[]]
    for chunk in rest:
        wake(recompute_score_chunk, chunk)
    return recompute_chunk(first, now) if first else 0


@worker_ready.connect(dispatch_uid="scores.worker_ready")
def recompute_what_is_pending(sender=None, **kwargs) -> None:
    """A worker that starts (even one without beat) first catches up on stale scores."""
    wake(recompute_dirty_scores)
