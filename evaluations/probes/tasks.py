"""Celery tasks: thin, idempotent, ids in. The work lives in outbox.py and mail.py."""

from __future__ import annotations

import datetime as dt

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from evaluations.probes import mail, outbox
from evaluations.probes.models import Probe
from evaluations.tasks import schedule_recompute
from vendorscore.tasks import wake

# Due rows per wake-up: one task (and one SMTP connection) sends this many in turn; a full
# hand-out still spreads over several workers.
SEND_BATCH = 20


@shared_task
def send_probe(probe_id: int) -> str:
    return outbox.deliver(probe_id)


@shared_task
def send_probes(probe_ids: list[int]) -> dict[str, int]:
    return outbox.deliver_many(probe_ids)


@shared_task
def dispatch_due() -> dict:
    """Every PROBE_DISPATCH_INTERVAL seconds: plan due slots, re-queue dead workers' claims,
    and wake a worker for each batch of SEND_BATCH due probes."""
    now = timezone.now()
    planned = outbox.plan_schedules(now)
    requeued = Probe.objects.requeue_stale_claims(now, outbox.stale_claim_age())
    handed = outbox.hand_out(now)
    woken = 0
    for start in range(0, len(handed), SEND_BATCH):
        batch = handed[start : start + SEND_BATCH]
        if not wake(send_probes, batch):
            # The broker is unreachable: waking the rest would cost a timeout each (minutes for a
            # full hand-out on a hung Redis). Give their rows back so the next tick hands them out.
            outbox.take_back(handed[woken:], now)
            break
        woken += len(batch)
    return {"planned": planned, "requeued": requeued, "handed_out": len(handed), "woken": woken}


@shared_task
def time_out_probes() -> int:
    """Probes without a human answer PROBE_RESPONSE_TIMEOUT_HOURS after sending count as unanswered."""
    timeout = dt.timedelta(hours=settings.PROBE_RESPONSE_TIMEOUT_HOURS)
    vendors = Probe.objects.time_out(timezone.now(), timeout)
    for vendor_id in vendors:
        schedule_recompute(vendor_id)
    return len(vendors)


@shared_task
def poll_imap() -> dict | None:
    result = mail.poll_configured_mailbox()
    return None if result is None else vars(result)


def wake_sender(probe_id: int) -> None:
    """After the transaction that created a due probe commits, wake a worker for it at once."""
    transaction.on_commit(lambda: wake(send_probe, probe_id), robust=True)
