"""Recomputing scores in batches (issue 11): a fixed number of queries per batch whatever its size,
the same snapshots as one vendor at a time, written in bulk only when they changed."""

from __future__ import annotations

import datetime as dt
import io
import json
import math

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contracts.tests.factories import ContractFactory, SlaCommitmentFactory
from evaluations import scorecards
from evaluations.management.commands import recompute_scores
from evaluations.models import Evaluation, ScoreSnapshot, WeightProfile
from evaluations.probes.choices import ReplyKind
from evaluations.probes.measurements import measure_vendors
from evaluations.probes.models import Probe
from evaluations.probes.tests.factories import email_channel, sent_probe
from evaluations.scorecards import SNAPSHOT_INSERT_BATCH, recompute_vendor, recompute_vendors, serialized
from evaluations.tests.factories import approved_evaluation, small_template
from evaluations.tests.test_contract_signals import approved_review
from vendors.tests.factories import ContactFactory, DocumentationItemFactory, ReleaseFactory, VendorFactory

pytestmark = pytest.mark.django_db


def populate(count: int, evaluator, manager, second_manager, template) -> list[int]:
    """``count`` vendors with every kind of input; the first has a reviewed contract and a rated probe,
    so each query a batch can make is made."""
    ids = []
    for index in range(count):
        vendor = VendorFactory(scenarios=["show-live"] if index % 2 else [])
        ContactFactory(vendor=vendor, is_dedicated=True)
        ReleaseFactory(vendor=vendor, released_on=dt.date.today() - dt.timedelta(days=index))
        DocumentationItemFactory(vendor=vendor)
        if index % 3 != 1:  # the others have no evaluation: they are scored on the current checklist
            approved_evaluation(vendor, evaluator, manager, {"depth": 1 + index % 5, "sla_signed": "yes"}, template)
        ids.append(vendor.pk)
    vendor_id = ids[0]
    contract = ContractFactory(vendor_id=vendor_id)
    SlaCommitmentFactory(contract=contract)
    approved_review(contract, evaluator, second_manager)
    channel = email_channel(vendor=contract.vendor)
    probe = sent_probe(channel, sent_at=timezone.now() - dt.timedelta(days=2))
    answered_at = probe.sent_at + dt.timedelta(hours=1)
    probe.record_manual_reply(evaluator, received_at=answered_at, kind=ReplyKind.HUMAN, body="ok")
    Probe.objects.get(pk=probe.pk).rate(evaluator, 4)
    return ids


@pytest.fixture
def vendors(evaluator, manager, second_manager):
    template = small_template()
    small = populate(10, evaluator, manager, second_manager, template)
    large = populate(40, evaluator, manager, second_manager, template)
    ScoreSnapshot.objects.all().delete()
    return small, large


def queries(vendor_ids) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        written = recompute_vendors(vendor_ids)
    return written, [query["sql"] for query in captured]


def inserts(sqls: list[str]) -> int:
    return sum(sql.startswith("INSERT") for sql in sqls)


# Reads, once per batch: the latest digests, vendors, contacts, releases, documentation, scenarios,
# profiles, the latest approved evaluations, the checklist for unevaluated vendors, criteria,
# checklist versions, answers, evidence files; contracts: governing contracts, SLA commitments,
# approved reviews, their checks; probes: governing contracts, SLA commitments, channels, ratings,
# probes (22).
# Writes, per SNAPSHOT_INSERT_BATCH new snapshots: a savepoint, their latest digests again (locked),
# the INSERT, its release.
BATCH_READS = 22
WRITES_PER_LOT = 4


def test_a_batch_costs_the_same_queries_whatever_its_size(vendors):
    small, large = vendors
    profiles = WeightProfile.objects.count()
    written_small, fresh_small = queries(small)
    written_large, fresh_large = queries(large)
    assert (written_small, written_large) == (10 * profiles, 40 * profiles)
    # The reads once per batch; the writes once per SNAPSHOT_INSERT_BATCH new snapshots.
    assert inserts(fresh_small) == math.ceil(written_small / SNAPSHOT_INSERT_BATCH) == 2
    assert inserts(fresh_large) == math.ceil(written_large / SNAPSHOT_INSERT_BATCH) == 5
    assert len(fresh_small) == BATCH_READS + 2 * WRITES_PER_LOT
    assert len(fresh_large) == BATCH_READS + 5 * WRITES_PER_LOT

    unchanged_small, unchanged_large = queries(small), queries(large)
    assert unchanged_small[0] == unchanged_large[0] == 0  # nothing changed: nothing written
    assert len(unchanged_small[1]) == len(unchanged_large[1]) == BATCH_READS


def test_one_vendor_costs_a_fixed_number_of_queries(vendors, django_assert_num_queries):
    small, _ = vendors
    recompute_vendors(small)
    # The reads of a batch of one evaluated vendor (no checklist for unevaluated vendors: 21);
    # nothing changed, nothing written.
    with django_assert_num_queries(21):
        assert recompute_vendor(small[0]) == 0
    ReleaseFactory(vendor_id=small[0], released_on=dt.date.today())
    profiles = WeightProfile.objects.count()
    # One transaction (here a savepoint and its release) and, in it, each changed profile: a savepoint,
    # its latest row locked, flipped, the new one inserted, released.
    with django_assert_num_queries(21 + 2 + 5 * profiles):
        assert recompute_vendor(small[0]) == profiles


def test_a_batch_writes_what_one_vendor_at_a_time_writes(vendors):
    small, _ = vendors
    recompute_vendors(small)
    batch = {(s.vendor_id, s.profile_id): (s.digest, s.data, s.summary) for s in ScoreSnapshot.objects.all()}
    ScoreSnapshot.objects.all().delete()
    for vendor_id in small:
        recompute_vendor(vendor_id)
    alone = {(s.vendor_id, s.profile_id): (s.digest, s.data, s.summary) for s in ScoreSnapshot.objects.all()}
    assert batch == alone
    assert len(batch) == 10 * WeightProfile.objects.count()


def test_a_batch_writes_only_what_changed_with_its_summary(vendors):
    small, _ = vendors
    recompute_vendors(small)
    ReleaseFactory(vendor_id=small[3], released_on=dt.date.today())
    profiles = WeightProfile.objects.count()
    assert recompute_vendors(small) == profiles  # only the vendor with a new release
    history = ScoreSnapshot.objects.filter(vendor_id=small[3])
    assert history.count() == 2 * profiles
    assert history.filter(is_latest=True).count() == profiles
    assert ScoreSnapshot.objects.filter(is_latest=True).count() == 10 * profiles
    for snapshot in ScoreSnapshot.objects.all():
        assert snapshot.summary == ScoreSnapshot.summarize(snapshot.data) != {}


def test_a_batch_that_meets_a_concurrent_first_snapshot_is_written_row_by_row(vendors, monkeypatch):
    """Another process wrote a vendor's first snapshot while the batch was computing: the unique
    "latest" row refuses the bulk insert. The batch is then written row by row, each keeping a
    row the other process got in first (its own test: test_scorecards)."""
    small, _ = vendors
    manager = ScoreSnapshot.objects
    real_bulk_create, real_create = manager.bulk_create, manager.create
    raced = []

    def bulk_create_refused(objs, **kwargs):
        raise IntegrityError("duplicate key value violates unique constraint evaluations_snapshot_one_latest")

    def create_after_the_other_process(**fields):
        if not raced:
            raced.append(real_create(**{**fields, "digest": "the other process"}))
        return real_create(**fields)

    monkeypatch.setattr(manager, "bulk_create", bulk_create_refused)
    monkeypatch.setattr(manager, "create", create_after_the_other_process)
    profiles = WeightProfile.objects.count()
    assert recompute_vendors(small) == 10 * profiles - 1
    monkeypatch.setattr(manager, "bulk_create", real_bulk_create)
    monkeypatch.setattr(manager, "create", real_create)
    assert recompute_vendors(small) == 1  # the next run fills the one that lost the race
    assert ScoreSnapshot.objects.filter(is_latest=True).count() == 10 * profiles


def test_the_command_recomputes_in_batches_with_a_progress_bar(monkeypatch):
    ids = [vendor.pk for vendor in VendorFactory.create_batch(5)]
    ScoreSnapshot.objects.all().delete()
    batches = []
    real = scorecards.recompute_vendors
    monkeypatch.setattr(recompute_scores, "recompute_vendors", lambda batch: batches.append(batch) or real(batch))
    out, err = io.StringIO(), io.StringIO()
    call_command("recompute_scores", "--batch-size", "2", stdout=out, stderr=err)
    assert batches == [ids[:2], ids[2:4], ids[4:]]
    assert "vendors" in err.getvalue()
    assert "5/5" in err.getvalue()
    assert "5 vendors in" in out.getvalue()
    assert f"{5 * WeightProfile.objects.count()} new snapshots" in out.getvalue()


def test_probes_on_the_business_clock_cost_no_query_each():
    """Unanswered probes measured on a business-hours promise fall back to their vendor's hours:
    that vendor was fetched again for every probe (2,561 queries for 100 bench vendors)."""

    def vendor_with_probes(count: int):
        channel = email_channel()
        contract = ContractFactory(vendor=channel.vendor)
        SlaCommitmentFactory(contract=contract, severity="P2", clock="business")
        for days in range(count):
            sent_probe(channel, sent_at=timezone.now() - dt.timedelta(days=days + 2))
        return channel.vendor

    few, many = vendor_with_probes(1), vendor_with_probes(6)
    costs = []
    for vendor in (few, many):
        with CaptureQueriesContext(connection) as captured:
            measured = measure_vendors([vendor])
        costs.append(len(captured))
        assert all(fact.sla_response_waited for fact in measured[vendor.pk].facts)
    assert costs == [5, 5]  # governing contracts, SLA commitments, channels, ratings, probes


def test_a_batch_picks_the_evaluations_the_anti_join_picks(evaluator, manager, second_manager):
    """Each evaluator's latest evaluation approved by the moment asked, ties both kept; drafts,
    deleted ones and ones approved later are not counted."""
    template = small_template()
    first, second = VendorFactory.create_batch(2)
    now = timezone.now()
    for vendor in (first, second):
        old = approved_evaluation(vendor, evaluator, manager, {"depth": 2}, template)
        new = approved_evaluation(vendor, evaluator, manager, {"depth": 5}, template)
        other = approved_evaluation(vendor, manager, second_manager, {"depth": 3}, template)
        Evaluation.objects.filter(pk=old.pk).update(reviewed_at=now - dt.timedelta(days=30))
        Evaluation.objects.filter(pk=new.pk).update(reviewed_at=now - dt.timedelta(days=10))
        Evaluation.objects.filter(pk=other.pk).update(reviewed_at=now - dt.timedelta(days=20))
    tie = approved_evaluation(first, manager, second_manager, {"depth": 1}, template)
    Evaluation.objects.filter(pk=tie.pk).update(reviewed_at=now - dt.timedelta(days=20))
    later = approved_evaluation(second, evaluator, manager, {"depth": 1}, template)
    Evaluation.objects.filter(pk=later.pk).update(reviewed_at=now + dt.timedelta(days=1))
    deleted = approved_evaluation(second, manager, second_manager, {"depth": 1}, template)
    Evaluation.objects.filter(pk=deleted.pk).update(reviewed_at=now - dt.timedelta(days=1), deleted_at=now)
    Evaluation.objects.create(vendor=first, evaluator=evaluator, template=template)  # a draft

    rows = Evaluation.objects.latest_approved_rows([first.pk, second.pk], now)
    for vendor in (first, second):
        expected = Evaluation.objects.latest_approved_per_evaluator(as_of=now).filter(vendor=vendor)
        expected = expected.order_by("reviewed_at", "pk").values_list("pk", flat=True)
        assert [row[0] for row in rows[vendor.pk]] == list(expected)
    assert len(rows[first.pk]) == 3  # the tie keeps both
    assert len(rows[second.pk]) == 2


def test_a_snapshot_spliced_from_shared_parts_is_the_same_text():
    data = {
        "overall": 71.25,
        "answers": {"depth": [{"evaluator": "éva", "value": ["a", "b"], "is_na": False}]},
        "breakdown": {"sla": [{"key": "signed", "score": None, "label": "签了吗？"}]},
        "evidence": {},
        "grade": "B",
    }
    shared = {key: serialized(data[key]) for key in ("answers", "evidence")}
    assert serialized(data, shared) == json.dumps(data, sort_keys=True, default=str) == serialized(data)
