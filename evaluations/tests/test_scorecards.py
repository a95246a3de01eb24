"""Snapshots: written when a score changes, kept as history, recomputed after changes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command

from evaluations.models import ScoreSnapshot
from evaluations.scorecards import recompute_vendor
from evaluations.tests.factories import approved_evaluation, balanced_profile
from vendors.tests.factories import ReleaseFactory, VendorFactory

pytestmark = pytest.mark.django_db


def latest(vendor):
    return ScoreSnapshot.objects.latest().get(vendor=vendor, profile=balanced_profile())


def test_a_vendor_without_data_has_no_score_rather_than_zero():
    vendor = VendorFactory(support_team="unknown")
    recompute_vendor(vendor.pk)
    snapshot = latest(vendor)
    assert (snapshot.overall, snapshot.grade, snapshot.coverage) == (None, "", 0)
    assert all(row["score"] is None for row in snapshot.data["dimensions"])


def test_approved_answers_and_facts_make_the_score(evaluator, manager):
    vendor = VendorFactory(support_team="in-house")
    approved_evaluation(vendor, evaluator, manager, {"depth": 5, "sla_signed": "yes", "first_answer_hours": 2})
    recompute_vendor(vendor.pk)
    snapshot = latest(vendor)
    dims = {row["key"]: row["score"] for row in snapshot.data["dimensions"]}
    assert dims["support_depth"] == 100
    assert dims["sla"] == 100
    assert dims["response_speed"] == 80
    assert dims["team_stability"] == 100  # the in-house fact
    assert dims["pricing"] is None
    assert snapshot.grade == "A"


def test_a_confirmed_red_flag_caps_the_grade(evaluator, manager):
    vendor = VendorFactory()
    approved_evaluation(vendor, evaluator, manager, {"depth": 5, "sla_signed": "no", "first_answer_hours": 0.5})
    recompute_vendor(vendor.pk)
    snapshot = latest(vendor)
    assert [flag["key"] for flag in snapshot.data["red_flags"]] == ["sla_signed"]
    assert snapshot.grade in ("C", "D", "F")


def test_several_evaluators_combine_by_median_with_their_spread(evaluator, viewer, manager, second_manager):
    vendor = VendorFactory()
    template = approved_evaluation(vendor, evaluator, manager, {"depth": 1}).template
    approved_evaluation(vendor, manager, second_manager, {"depth": 5}, template=template)
    recompute_vendor(vendor.pk)
    line = next(x for x in latest(vendor).data["breakdown"]["support_depth"] if x["key"] == "depth")
    assert (line["n"], line["spread"]) == (2, 100)
    assert len(latest(vendor).data["evaluators"]) == 2


def test_a_snapshot_is_written_only_when_the_result_changes(evaluator, manager):
    vendor = VendorFactory()
    approved_evaluation(vendor, evaluator, manager, {"depth": 3})
    profiles = ScoreSnapshot.objects.model._meta.get_field("profile").related_model.objects.count()
    assert recompute_vendor(vendor.pk) == profiles
    assert recompute_vendor(vendor.pk) == 0  # nothing changed: no new history rows
    ReleaseFactory(vendor=vendor, released_on=dt.date.today() - dt.timedelta(days=3))
    assert recompute_vendor(vendor.pk) == profiles
    history = ScoreSnapshot.objects.filter(vendor=vendor, profile=balanced_profile())
    assert history.count() == 2
    assert history.filter(is_latest=True).count() == 1


def test_the_command_recomputes_every_vendor(evaluator, manager):
    vendors = VendorFactory.create_batch(3)
    call_command("recompute_scores", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ScoreSnapshot.objects.latest().filter(vendor__in=vendors, profile=balanced_profile()).count() == 3


def test_a_first_snapshot_written_by_another_process_at_the_same_moment_stands(monkeypatch):
    """A page scoring a vendor inline while a worker drains the outbox: both find no latest
    snapshot, both create one, and the unique "latest" row refuses the second (a 500 in CI's
    Redis-outage run). The loser leaves the winner's row in place instead of failing."""
    vendor = VendorFactory()
    ScoreSnapshot.objects.filter(vendor=vendor).delete()
    real_create = ScoreSnapshot.objects.create
    raced = []

    def create_after_the_other_process(**fields):
        if not raced:  # the other process commits its row between our check and our insert
            raced.append(real_create(**{**fields, "digest": "the other process"}))
        return real_create(**fields)

    monkeypatch.setattr(ScoreSnapshot.objects, "create", create_after_the_other_process)
    written = recompute_vendor(vendor.pk)  # raised IntegrityError before
    profiles = ScoreSnapshot.objects.model._meta.get_field("profile").related_model.objects.count()
    assert len(raced) == 1
    assert written == profiles - 1  # every other profile's snapshot is written all the same
    # (in one process the "other" row goes with our savepoint; across processes it stays committed)
    monkeypatch.undo()
    assert recompute_vendor(vendor.pk) == 1  # the next run fills the one that lost the race
    assert ScoreSnapshot.objects.latest().filter(vendor=vendor).count() == profiles
