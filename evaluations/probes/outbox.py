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
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
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


@dataclass
class _Claimed:
    probe: Probe
    attempt: ProbeAttempt
    held: QuerySet  # the row while this claim holds it: outcome writes miss a row taken back since


def _claim(probe_id: int, worker: str, claimed_at: dt.datetime, read: Probe | None = None) -> _Claimed | None:
    """Take the row and open its attempt (in the caller's transaction). ``read`` is the row as
    read earlier with its channel and vendor: the claim then also checks that nobody has tried
    it since, and the row is not read again."""
    if read is None:
        token = Probe.objects.claim(probe_id, worker, claimed_at)
        if token is None:
            return None
        probe = Probe.objects.select_related("channel", "vendor").get(pk=probe_id)
    else:
        token = Probe.objects.claim(probe_id, worker, claimed_at, attempt_count=read.attempt_count)
        if token is None:
            return None
        probe = read
        probe.status, probe.claim_token, probe.claimed_at, probe.claimed_by = (
            ProbeStatus.SENDING,
            token,
            claimed_at,
            worker[:100],
        )
        probe.attempt_count += 1
    attempt = ProbeAttempt.objects.create(probe=probe, number=probe.attempt_count, started_at=claimed_at, worker=worker)
    held = Probe.objects.filter(pk=probe_id, claim_token=token, status=ProbeStatus.SENDING)
    return _Claimed(probe, attempt, held)


CANCEL = "cancel"


def _send(claimed: _Claimed, mailer: senders.Mailer | None) -> tuple[str | None, str, bool]:
    """Put the probe in front of the vendor (no database work): (outcome or None on failure, error, permanent)."""
    probe = claimed.probe
    if not probe.channel.is_active or probe.vendor.deleted_at is not None:
        # Deactivated (or its vendor deleted) after the probe was queued: nobody wants it sent now.
        return CANCEL, "The channel was deactivated or the vendor deleted before sending.", True
    try:
        return senders.send(probe, mailer=mailer), "", False
    except senders.SendError as exc:
        return None, exc.message, exc.permanent
    except Exception as exc:  # a bug or an unforeseen library error: retried, and logged
        logger.exception("sending probe %s failed", probe.pk)
        return None, f"{type(exc).__name__}: {exc}", False


def _record(claimed: _Claimed, result: tuple[str | None, str, bool]) -> str:
    """Write the outcome to the row and its attempt (in the caller's transaction)."""
    outcome, error, permanent = result
    probe, held = claimed.probe, claimed.held
    if outcome == CANCEL:
        held.update(status=ProbeStatus.CANCELLED, next_attempt_at=None, last_error=error)
        outcome = AttemptOutcome.FAILED
    elif outcome is None:
        outcome, error = _failed(held, probe, error, permanent)
    else:
        finished = timezone.now()
        if outcome == AttemptOutcome.SENT:
            sent = {"status": ProbeStatus.SENT, "sent_at": finished, "next_attempt_at": None, "last_error": ""}
            # Every reply counted so far set acknowledged_at (``apply_reply``, which locks the row, so
            # a reply counted after this update measures from sent_at itself): one statement when
            # nobody has answered yet, which is nearly always.
            if not held.filter(acknowledged_at__isnull=True).update(**sent) and held.update(**sent):
                # The vendor answered before we recorded the send (a fast reply to a slow worker).
                probe.refresh_from_db()
                probe._remeasure()
        else:
            held.update(status=ProbeStatus.MANUAL, next_attempt_at=None, last_error="")
    ProbeAttempt.objects.filter(pk=claimed.attempt.pk).update(finished_at=timezone.now(), outcome=outcome, error=error)
    return outcome


def deliver(probe_id: int, now: dt.datetime | None = None) -> str:
    """Claim, send and record one probe. Returns the attempt's outcome, or "skipped" when
    the row is not due or another worker holds it (so running this twice sends once).

    The claim and its attempt row commit together before sending (another worker sees the row
    taken; the sweeper finds the attempt of a worker that died); the outcome commits after."""
    with transaction.atomic():
        claimed = _claim(probe_id, worker_name(), now or timezone.now())
    if claimed is None:
        return "skipped"
    result = _send(claimed, None)
    with transaction.atomic():
        return _record(claimed, result)


def batch_budget() -> float:
    """Seconds a batch keeps claiming new rows: a third of the task's soft time limit, so even a
    send that then hangs for its whole timeout ends well before the task is stopped."""
    return settings.CELERY_TASK_SOFT_TIME_LIMIT / 3


def deliver_many(probe_ids: list[int]) -> dict[str, int]:
    """``deliver`` for several rows in turn, over one SMTP connection (opened on the first email,
    dropped and opened again after any failure). Each probe keeps its own claim, attempt and
    outcome, each committed before the next send: one transaction records a probe's outcome and
    claims the next row (one commit per probe instead of two). Rows not reached within
    ``batch_budget`` are given back for the next tick. Returns how many rows ended each way."""
    outcomes: dict[str, int] = {}
    worker = worker_name()
    started = time.monotonic()
    previous = None  # (claim, result) sent and not yet recorded

    def count(outcome: str) -> None:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    # The batch's rows with their channels and vendors, read once (each claim checks them unchanged).
    rows = Probe.objects.select_related("channel", "vendor").in_bulk(probe_ids)
    with senders.Mailer() as mailer:
        try:
            for index, probe_id in enumerate(probe_ids):
                if index and time.monotonic() - started > batch_budget():
                    rest = probe_ids[index:]
                    Probe.objects.filter(pk__in=rest, status=ProbeStatus.QUEUED).update(enqueued_at=None)
                    outcomes["given_back"] = len(rest)
                    break
                with transaction.atomic():
                    if previous is not None:
                        count(_record(*previous))
                        previous = None
                    claimed = _claim(probe_id, worker, timezone.now(), rows.get(probe_id))
                if claimed is None:
                    count("skipped")
                    continue
                previous = (claimed, _send(claimed, mailer))
        finally:
            if previous is not None:
                with transaction.atomic():
                    count(_record(*previous))
    return outcomes


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
