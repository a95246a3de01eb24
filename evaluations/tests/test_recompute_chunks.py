"""The sweep fans out into chunk tasks of CHUNK_SIZE vendors, each a batch that claims its outbox rows
(issue 11): no task grows with the number of vendors, and nothing is lost when one fails."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from evaluations import tasks
from evaluations.models import PendingRecompute, ScoreSnapshot, WeightProfile
from evaluations.tests.factories import approved_evaluation
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def woken(monkeypatch):
    """The chunk tasks the sweep wakes, instead of publishing them."""
    sent = []
    monkeypatch.setattr(tasks, "wake", lambda task, *args, **kwargs: sent.append((task.name, *args)) or True)
    return sent


def pending() -> set[int]:
    return set(PendingRecompute.objects.values_list("vendor_id", flat=True))


def test_the_sweep_does_its_first_chunk_and_wakes_a_task_for_each_other(monkeypatch, woken):
    monkeypatch.setattr(tasks, "CHUNK_SIZE", 2)
    ids = sorted(v.pk for v in VendorFactory.create_batch(5))
    PendingRecompute.objects.all().delete()
    profiles = WeightProfile.objects.count()
    assert tasks.recompute_all_scores() == 2 * profiles
    chunk_task = "evaluations.tasks.recompute_score_chunk"
    assert woken == [(chunk_task, ids[2:4]), (chunk_task, ids[4:])]
    assert pending() == set(ids[2:])  # still marked until their chunk runs: a lost wake-up loses nothing
    for _, chunk in woken:
        tasks.recompute_score_chunk(chunk)
    assert pending() == set()
    assert ScoreSnapshot.objects.latest().count() == 5 * profiles


def test_a_chunk_claims_its_rows_so_the_drain_leaves_them_alone_meanwhile(monkeypatch):
    ids = [v.pk for v in VendorFactory.create_batch(3)]
    seen = {}

    def recompute(vendor_ids, now=None):
        seen["due"] = tasks.recompute_next(now)  # the drain, while the chunk works
        return 0

    monkeypatch.setattr(tasks, "recompute_vendors", recompute)
    tasks.recompute_chunk(ids)
    assert seen["due"] is None
    assert pending() == set()


def test_a_chunk_recomputes_only_vendors_still_pending_and_due():
    done, due, later = VendorFactory.create_batch(3)
    PendingRecompute.objects.filter(vendor=done).delete()
    PendingRecompute.objects.filter(vendor=later).update(next_attempt_at=timezone.now() + dt.timedelta(hours=1))
    profiles = WeightProfile.objects.count()
    assert tasks.recompute_chunk([done.pk, due.pk, later.pk]) == profiles
    assert pending() == {later.pk}


def test_a_chunk_that_fails_is_recomputed_one_by_one_and_only_the_broken_vendor_waits(monkeypatch, evaluator, manager):
    good, bad = VendorFactory.create_batch(2)
    approved_evaluation(good, evaluator, manager, {"depth": 4})
    real = tasks.recompute_vendor

    def broken_batch(vendor_ids, now=None):
        raise OverflowError("boom")

    def recompute(vendor_id, now=None):
        if vendor_id == bad.pk:
            raise OverflowError("boom")
        return real(vendor_id, now)

    monkeypatch.setattr(tasks, "recompute_vendors", broken_batch)
    monkeypatch.setattr(tasks, "recompute_vendor", recompute)
    before = timezone.now()
    assert tasks.recompute_chunk([good.pk, bad.pk]) == WeightProfile.objects.count()
    row = PendingRecompute.objects.get()
    assert (row.vendor_id, row.attempts, row.last_error) == (bad.pk, 1, "OverflowError: boom")
    assert row.next_attempt_at >= before + dt.timedelta(seconds=tasks.RETRY_BASE_SECONDS)


def test_a_change_that_arrives_during_a_chunk_is_not_lost(monkeypatch):
    vendor = VendorFactory()
    real = tasks.recompute_vendors

    def recompute(vendor_ids, now=None):
        written = real(vendor_ids, now)
        tasks.mark_dirty(vendor_ids, now=timezone.now() + dt.timedelta(microseconds=1))  # someone saves meanwhile
        return written

    monkeypatch.setattr(tasks, "recompute_vendors", recompute)
    tasks.recompute_chunk([vendor.pk])
    assert pending() == {vendor.pk}
    assert PendingRecompute.objects.get().next_attempt_at <= timezone.now()  # due at once, not leased


def test_a_backlog_of_more_than_a_chunk_is_handed_to_chunk_tasks(monkeypatch, woken):
    monkeypatch.setattr(tasks, "CHUNK_SIZE", 2)
    ids = sorted(v.pk for v in VendorFactory.create_batch(5))  # a profile change marks every vendor
    assert tasks.recompute_dirty_scores() == 0
    chunk_task = "evaluations.tasks.recompute_score_chunk"
    assert woken == [(chunk_task, ids[:2]), (chunk_task, ids[2:4]), (chunk_task, ids[4:])]
    assert pending() == set(ids)  # the chunk tasks recompute them


def test_a_backlog_that_cannot_be_handed_over_is_drained_here(monkeypatch):
    monkeypatch.setattr(tasks, "CHUNK_SIZE", 2)
    monkeypatch.setattr(tasks, "wake", lambda task, *args, **kwargs: False)  # the broker is away
    VendorFactory.create_batch(5)
    assert tasks.recompute_dirty_scores() == 5 * WeightProfile.objects.count()
    assert pending() == set()


def test_a_backlog_of_one_chunk_or_less_is_drained_here(woken):
    VendorFactory.create_batch(3)
    tasks.recompute_dirty_scores()
    assert woken == []
    assert pending() == set()
