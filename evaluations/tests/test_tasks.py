"""Score recomputes are asked for after commit, once per vendor in a batch."""

from __future__ import annotations

import pytest

from evaluations.tasks import batched_recompute, schedule_recompute

pytestmark = pytest.mark.django_db


def test_a_batch_asks_once_per_vendor_when_it_ends(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, batched_recompute():
        for vendor_id in (1, 2, 1, 1, 2, 3):
            schedule_recompute(vendor_id)
        with batched_recompute():  # nested: the outer block schedules
            schedule_recompute(4)
            schedule_recompute(1)
    assert len(callbacks) == 4


def test_outside_a_batch_each_change_asks(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        schedule_recompute(1)
        schedule_recompute(1)
    assert len(callbacks) == 2


def fail_in_a_batch() -> None:
    with batched_recompute():
        schedule_recompute(1)
        raise RuntimeError("boom")


def test_a_batch_that_fails_schedules_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        with pytest.raises(RuntimeError):
            fail_in_a_batch()
        schedule_recompute(2)  # and the next change outside a batch asks as usual
    assert len(callbacks) == 1
