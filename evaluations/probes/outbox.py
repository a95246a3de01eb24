"""The probe outbox: plan due slots into rows, hand due rows to workers, deliver one row.

The database is the source of truth; the broker only carries wake-ups.

* ``plan_schedules`` turns every schedule slot that has come into a ``queued``
  probe (a unique key per slot: a slot is planned once).
* ``hand_out`` picks due rows not handed out recently and marks them, so the
  dispatcher wakes a worker for each once per grace period; a lost wake-up is
  repeated on a later tick.
* ``deliver`` is what a worker does with one row: claim it with a
  compare-and-swap, send it, and record the outcome in the row and in a
  ``ProbeAttempt``. Transient failures retry with capped exponential backoff
  kept in ``next_attempt_at``; permanent ones stop at once.
* ``Probe.objects.requeue_stale_claims`` (the sweeper) puts back rows whose
  worker died holding them.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from evaluations.probes import senders
from evaluations.probes.choices import AttemptOutcome, ProbeStatus
from evaluations.probes.models import Probe, ProbeAttempt, ProbeSchedule

logger = logging.getLogger(__name__)

PLAN_BATCH = 200
HAND_OUT_BATCH = 500


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def backoff(attempt: int) -> dt.timedelta:
    """Delay before attempt ``attempt + 1``: base × 2^(attempt - 1), capped."""
    seconds = settings.PROBE_RETRY_BASE_SECONDS * 2 ** max(0, attempt - 1)
    return dt.timedelta(seconds=min(seconds, settings.PROBE_RETRY_MAX_SECONDS))


def stale_claim_age() -> dt.timedelta:
    """A claim older than a send task may live belongs to a worker that died."""
    return dt.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 30)


def plan_schedules(now: dt.datetime) -> int:
    planned = 0
    for schedule in ProbeSchedule.objects.ready_to_plan(now).select_related("vendor", "channel")[:PLAN_BATCH]:
        if schedule.plan(now) is not None:
            planned += 1
    return planned


def hand_out(now: dt.datetime, limit: int = HAND_OUT_BATCH) -> list[int]:
    """Due rows to wake workers for, marked as handed out (skipping rows another dispatcher holds)."""
    grace = dt.timedelta(seconds=2 * settings.PROBE_DISPATCH_INTERVAL)
    with transaction.atomic():
        due = (
            Probe.objects.due(now)
            .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=now - grace))
            .order_by("next_attempt_at", "pk")
        )
        ids = list(due.select_for_update(skip_locked=True).values_list("pk", flat=True)[:limit])
        Probe.objects.filter(pk__in=ids).update(enqueued_at=now)
    return ids


def take_back(ids: list[int], handed_at: dt.datetime) -> int:
    """Rows handed out at ``handed_at`` whose wake-up could not be sent: due for the next tick
    (not only after the grace period). A row another dispatcher has handed out since stays its."""
    return Probe.objects.filter(pk__in=ids, enqueued_at=handed_at).update(enqueued_at=None)


def deliver(probe_id: int, now: dt.datetime | None = None) -> str:
    """Claim, send and record one probe. Returns the attempt's outcome, or "skipped" when
    the row is not due or another worker holds it (so running this twice sends once)."""
    worker = worker_name()
    claimed_at = now or timezone.now()
    token = Probe.objects.claim(probe_id, worker, claimed_at)
    if token is None:
        return "skipped"
    probe = Probe.objects.select_related("channel", "vendor").get(pk=probe_id)
    attempt = ProbeAttempt.objects.create(probe=probe, number=probe.attempt_count, started_at=claimed_at, worker=worker)
    held = Probe.objects.filter(pk=probe_id, claim_token=token, status=ProbeStatus.SENDING)
    if not probe.channel.is_active or probe.vendor.deleted_at is not None:
        # Deactivated (or its vendor deleted) after the probe was queued: nobody wants it sent now.
        error = "The channel was deactivated or the vendor deleted before sending."
        held.update(status=ProbeStatus.CANCELLED, next_attempt_at=None, last_error=error)
        ProbeAttempt.objects.filter(pk=attempt.pk).update(
            finished_at=timezone.now(), outcome=AttemptOutcome.FAILED, error=error
        )
        return AttemptOutcome.FAILED
    try:
        outcome = senders.send(probe)
    except senders.SendError as exc:
        outcome, error = _failed(held, probe, exc.message, exc.permanent)
    except Exception as exc:  # a bug or an unforeseen library error: retried, and logged
        logger.exception("sending probe %s failed", probe_id)
        outcome, error = _failed(held, probe, f"{type(exc).__name__}: {exc}", permanent=False)
    else:
        error = ""
        finished = timezone.now()
        if outcome == AttemptOutcome.SENT:
            marked = held.update(status=ProbeStatus.SENT, sent_at=finished, next_attempt_at=None, last_error="")
        else:
            marked = held.update(status=ProbeStatus.MANUAL, next_attempt_at=None, last_error="")
        if marked and outcome == AttemptOutcome.SENT and probe.replies.exists():
            # The vendor answered before we recorded the send (a fast reply to a slow worker).
            probe.refresh_from_db()
            probe._remeasure()
    ProbeAttempt.objects.filter(pk=attempt.pk).update(finished_at=timezone.now(), outcome=outcome, error=error)
    return outcome


def _failed(held, probe: Probe, error: str, permanent: bool) -> tuple[str, str]:
    finished = timezone.now()
    if permanent or probe.attempt_count >= settings.PROBE_MAX_ATTEMPTS:
        held.update(status=ProbeStatus.FAILED, next_attempt_at=None, last_error=error)
        return AttemptOutcome.FAILED, error
    held.update(
        status=ProbeStatus.QUEUED,
        next_attempt_at=finished + backoff(probe.attempt_count),
        claim_token=None,
        enqueued_at=None,
        last_error=error,
    )
    return AttemptOutcome.RETRY, error
