"""The score outbox through a real Celery worker on the configured broker and database.

Nothing here wakes the worker for the marked vendors: the wake-ups are "lost", as when the
broker was down at save time. A worker catches up as it starts (even without beat), and beat's
frequent task picks up whatever is marked later.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from conftest import make_user
from evaluations.models import PendingRecompute, ScoreSnapshot, WeightProfile
from evaluations.tasks import mark_dirty
from evaluations.tests.factories import approved_evaluation
from tests.stack import app_env, start_beat, start_worker, wait_until
from vendors.tests.factories import VendorFactory
from vendorscore.roles import Role

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def env_for(scratch: Path) -> dict[str, str]:
    return app_env(
        scratch,
        CELERY_BROKER_URL=settings.CELERY_BROKER_URL,
        CELERY_QUEUE=f"scores-{uuid.uuid4().hex[:8]}",  # a queue of its own: no other worker takes its tasks
        SCORE_RECOMPUTE_POLL_SECONDS="2",
        SCORE_RECOMPUTE_DELAY="0",
    )


def nothing_pending() -> bool:
    return not PendingRecompute.objects.exists()


def scored_vendors() -> list:
    evaluator, manager = make_user("eva", Role.EVALUATOR), make_user("mgr", Role.MANAGER)
    vendors = VendorFactory.create_batch(5)
    for vendor in vendors:
        approved_evaluation(vendor, evaluator, manager, {"depth": 4})
    return vendors


def test_a_worker_without_beat_catches_up_on_stale_scores_as_it_starts():
    vendors = scored_vendors()
    ScoreSnapshot.objects.all().delete()
    mark_dirty(v.pk for v in vendors)  # marked, and no wake-up ever sent
    with tempfile.TemporaryDirectory() as scratch:
        worker = start_worker(env_for(Path(scratch)), Path(scratch), "worker")
        try:
            elapsed = wait_until(nothing_pending, timeout=90, interval=0.2)
        finally:
            worker.stop()
    profiles = WeightProfile.objects.count()
    assert ScoreSnapshot.objects.latest().count() == len(vendors) * profiles, worker.output()
    print(f"db={connection.vendor}: a fresh worker recomputed {len(vendors)} stale vendors in {elapsed:.1f} s")


def test_beat_recomputes_vendors_marked_while_no_wake_up_arrives():
    vendors = scored_vendors()
    PendingRecompute.objects.all().delete()
    with tempfile.TemporaryDirectory() as scratch:
        env = env_for(Path(scratch))
        worker = start_worker(env, Path(scratch), "worker")
        worker.wait_for_log(" succeeded in ")  # its own catch-up on start has run: only beat is left to wake it
        beat = start_beat(env, Path(scratch))
        try:
            ScoreSnapshot.objects.filter(vendor=vendors[0]).delete()
            mark_dirty([vendors[0].pk])  # a change whose wake-up was lost
            elapsed = wait_until(nothing_pending, timeout=60, interval=0.2)
        finally:
            beat.stop()
            worker.stop()
    profiles = WeightProfile.objects.count()
    assert ScoreSnapshot.objects.latest().filter(vendor=vendors[0]).count() == profiles, worker.output()
    print(f"db={connection.vendor}: beat picked up a vendor marked without a wake-up in {elapsed:.1f} s")
