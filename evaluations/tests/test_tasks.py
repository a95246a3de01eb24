"""Score recomputes are marked in the database; a batch marks its vendors once, at its end."""

from __future__ import annotations

import pytest

from evaluations.models import PendingRecompute
from evaluations.tasks import batched_recompute, schedule_recompute
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def vendor_ids():
    ids = [v.pk for v in VendorFactory.create_batch(4)]
    PendingRecompute.objects.all().delete()
    return ids


def pending() -> list[int]:
    return sorted(PendingRecompute.objects.values_list("vendor_id", flat=True))


def test_a_batch_marks_its_vendors_once_when_it_ends(vendor_ids, django_capture_on_commit_callbacks):
    one, two, three, four = vendor_ids
    with django_capture_on_commit_callbacks() as callbacks, batched_recompute():
        for vendor_id in (one, two, one, one, two, three):
            schedule_recompute(vendor_id)
        with batched_recompute():  # nested: the outer block marks
            schedule_recompute(four)
            schedule_recompute(one)
        assert pending() == []  # nothing written until the block ends
    assert pending() == sorted(vendor_ids)
    assert len(callbacks) == 1  # and one wake-up for all of them


def test_outside_a_batch_each_change_is_marked_at_once(vendor_ids, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        schedule_recompute(vendor_ids[0])
        assert pending() == [vendor_ids[0]]
        schedule_recompute(vendor_ids[0])
    assert pending() == [vendor_ids[0]]


def fail_in_a_batch(vendor_id: int) -> None:
    with batched_recompute():
        schedule_recompute(vendor_id)
        raise RuntimeError("boom")


def test_a_batch_that_fails_marks_nothing(vendor_ids, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        with pytest.raises(RuntimeError):
            fail_in_a_batch(vendor_ids[0])
        schedule_recompute(vendor_ids[1])  # and the next change outside a batch is marked as usual
    assert pending() == [vendor_ids[1]]
    assert len(callbacks) == 1
