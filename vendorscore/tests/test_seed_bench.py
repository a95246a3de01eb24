"""`manage.py seed_bench`: the benchmark's synthetic set has the promised shape, is the same for
the same seed, writes no score outbox rows, and refuses a database holding other data.

SQLite locally (bulk_create), PostgreSQL in CI (COPY): the same assertions hold for both writers.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count

from contracts.models import ClauseCheck, Contract, ContractReview
from evaluations.choices import EvaluationStatus
from evaluations.models import Answer, ChecklistTemplate, Evaluation, PendingRecompute, ScoreSnapshot, WeightProfile
from evaluations.probes.models import Probe, ProbeReply
from vendors.models import Vendor
from vendors.tests.factories import VendorFactory
from vendorscore.backup import Steps
from vendorscore.management import bench_seed

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)


def seed(vendors: int = 5, seed: int = 3, probes: int = 20) -> dict[str, int]:
    return bench_seed.BenchSet(vendors, seed, NOW, Steps(), probes=probes).write()


def content() -> dict[str, list]:
    """The set without its primary keys: what must be equal for equal seeds."""
    return {
        "vendors": sorted(Vendor.objects.values_list("name", "name_zh", "hq_region", "support_hours", "status")),
        "scenarios": sorted(Vendor.objects.values_list("name", "scenarios__key")),
        "contacts": sorted(Vendor.objects.values_list("name", "contacts__name", "contacts__joined_on")),
        "answers": sorted(
            Answer.objects.values_list(
                "evaluation__vendor__name", "evaluation__evaluator__username", "criterion__key", "value", "is_na"
            ),
            key=repr,
        ),
        "probes": sorted(
            Probe.objects.values_list(
                "vendor__name", "sent_at", "severity", "status", "response_minutes", "question__key"
            ),
            key=repr,
        ),
        "replies": sorted(ProbeReply.objects.values_list("probe__vendor__name", "kind", "received_at"), key=repr),
        "reviews": sorted(
            ClauseCheck.objects.values_list("review__contract__vendor__name", "key", "status", "red_flag"), key=repr
        ),
    }


def test_the_set_has_the_promised_shape():
    counts = seed(vendors=5, probes=20)
    vendors = list(Vendor.objects.all())
    assert len(vendors) == 5
    assert all(v.notes.startswith(bench_seed.tag(3, 5)) for v in vendors)
    assert all(1 <= v.scenarios.count() <= 3 and v.contacts.exists() and v.releases.exists() for v in vendors)
    assert all(v.documentation.exists() and v.channels.filter(kind="email").exists() for v in vendors)

    template = ChecklistTemplate.objects.for_new_evaluations()
    per_vendor = Evaluation.objects.values("vendor").annotate(n=Count("pk"))
    assert all(1 <= row["n"] <= 5 for row in per_vendor)
    assert len(per_vendor) == 5
    evaluations = Evaluation.objects.all()
    assert {e.template_id for e in evaluations} == {template.pk}
    assert {e.status for e in evaluations} == {EvaluationStatus.APPROVED}
    assert all(e.reviewed_at and e.submitted_at < e.reviewed_at <= NOW for e in evaluations)
    assert all(e.evaluator.username.startswith(bench_seed.USER_PREFIX) for e in evaluations)
    # Each evaluation answers most of the questions that apply to its vendor, in the criterion's own terms.
    for evaluation in evaluations:
        answered = evaluation.answers.count()
        assert template.criteria.count() // 3 < answered <= template.criteria.count()
    assert Answer.objects.filter(is_na=False, value__isnull=True).count() == 0

    assert Probe.objects.count() == 5 * 20 == counts["probes.Probe"]
    statuses = set(Probe.objects.values_list("status", flat=True))
    assert {"answered", "timed_out"} <= statuses
    assert ProbeReply.objects.filter(kind="auto").exists() or ProbeReply.objects.filter(kind="human").exists()
    for probe in Probe.objects.filter(first_response_at__isnull=False):
        assert probe.sent_at <= probe.first_response_at <= NOW
        assert probe.response_minutes == int((probe.first_response_at - probe.sent_at).total_seconds() // 60)
        assert probe.replies.filter(kind="human").exists()
    assert all(NOW - dt.timedelta(days=731) <= p.sent_at <= NOW for p in Probe.objects.all())

    assert Contract.objects.count() == 5
    assert ContractReview.objects.count() == 5
    assert ClauseCheck.objects.count() == 5 * 15
    # Bulk writes send no signals: no outbox rows, the scores are the command's (or the bench's) job.
    assert PendingRecompute.objects.count() == 0
    assert ScoreSnapshot.objects.count() == 0


def test_the_same_seed_gives_the_same_set_and_another_seed_another():
    seed(seed=7)
    first = content()
    bench_seed.remove_bench_set()
    assert Vendor.objects.count() == Probe.objects.count() == Answer.objects.count() == 0
    seed(seed=7)
    assert content() == first
    bench_seed.remove_bench_set()
    seed(seed=8)
    assert content()["answers"] != first["answers"]


def test_the_command_scores_is_idempotent_and_resets():
    out = io.StringIO()
    call_command("seed_bench", vendors=2, probes=5, stdout=out, stderr=io.StringIO())
    assert "Seeded 2 vendors" in out.getvalue()
    profiles = WeightProfile.objects.count()
    assert ScoreSnapshot.objects.filter(is_latest=True).count() == 2 * profiles
    assert PendingRecompute.objects.count() == 0

    out = io.StringIO()
    call_command("seed_bench", vendors=2, probes=5, stdout=out, stderr=io.StringIO())
    assert "nothing to do" in out.getvalue()
    assert Vendor.objects.count() == 2

    with pytest.raises(CommandError, match="--reset"):
        call_command("seed_bench", vendors=3, probes=5, no_scores=True, stdout=io.StringIO(), stderr=io.StringIO())
    call_command(
        "seed_bench", vendors=3, probes=5, no_scores=True, reset=True, stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert Vendor.objects.count() == 3
    assert ScoreSnapshot.objects.count() == 0  # the old vendors' snapshots went with them
    assert User.objects.filter(username=bench_seed.MANAGER).count() == 1


def test_a_database_with_other_data_is_refused_unless_forced():
    VendorFactory(name="A real vendor")
    with pytest.raises(CommandError, match="not bench data"):
        call_command("seed_bench", vendors=2, probes=0, no_scores=True, stdout=io.StringIO(), stderr=io.StringIO())
    assert Vendor.objects.count() == 1
    call_command(
        "seed_bench", vendors=2, probes=0, no_scores=True, force=True, stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert Vendor.objects.count() == 3
    bench_seed.remove_bench_set()
    assert list(Vendor.objects.values_list("name", flat=True)) == ["A real vendor"]
