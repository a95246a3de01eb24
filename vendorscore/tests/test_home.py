"""The home dashboard: what waits for each role, what changed, what is due (issue 8, build 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from evaluations.models import Evaluation, ScoreSnapshot, WeightProfile
from evaluations.tests.factories import small_template
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(evaluator):
    template = small_template()
    submitted_for = VendorFactory(name="Awaiting Co", status="shortlisted")
    submitted = Evaluation.objects.create(vendor=submitted_for, template=template, evaluator=evaluator)
    submitted.save_answer(template.criteria.get(key="depth"), {"value": 3}, evaluator, 0)
    submitted.submit(evaluator)
    draft = Evaluation.objects.create(vendor=VendorFactory(name="Drafting Co"), template=template, evaluator=evaluator)
    moved = VendorFactory(name="Moved Co")
    profile = WeightProfile.objects.get(slug=WeightProfile.DEFAULT_SLUG)
    now = timezone.now()
    for days_ago, overall, latest in ((5, 60.0, False), (1, 75.0, True)):
        ScoreSnapshot.objects.create(
            vendor=moved,
            profile=profile,
            overall=overall,
            grade="B" if latest else "C",
            coverage=0.5,
            computed_at=now - dt.timedelta(days=days_ago),
            is_latest=latest,
            digest=str(days_ago),
            data={"red_flags": [{"key": "no_sla", "label_en": "No SLA"}] if latest else []},
        )
    return {"submitted": submitted, "draft": draft, "moved": moved}


def home(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_manager_sees_evaluations_awaiting_approval(client, manager, world):
    body = home(client, manager)
    section = body.split('id="awaiting-evaluations-title"')[1].split("</section>")[0]
    assert "Awaiting Co" in section
    assert "Drafting Co" not in section


def test_an_evaluator_sees_their_open_drafts_and_no_approval_queue(client, evaluator, world):
    body = home(client, evaluator)
    assert "awaiting-evaluations-title" not in body
    section = body.split('id="my-evaluations-title"')[1].split("</section>")[0]
    assert "Drafting Co" in section
    assert "Awaiting Co" not in section  # submitted: no longer open


def test_score_changes_red_flags_and_vendor_counts(client, viewer, world):
    body = home(client, viewer)
    changes = body.split('id="changes-title"')[1].split("</section>")[0]
    assert "Moved Co" in changes
    assert "60 → <strong>75</strong>" in changes
    flags = body.split('id="flags-title"')[1].split("</section>")[0]
    assert "Moved Co" in flags
    assert "⚑ 1" in flags
    statuses = body.split('id="statuses-title"')[1].split("</section>")[0]
    assert '<span class="count">1</span> <span class="badge status-shortlisted">' in statuses


def test_the_dashboard_costs_the_same_queries_for_more_vendors(client, manager, world, django_assert_max_num_queries):
    client.force_login(manager)
    client.get(reverse("home"))
    for n in range(15):
        VendorFactory(name=f"Extra {n}")
    with django_assert_max_num_queries(15):
        client.get(reverse("home"))


def test_the_dashboard_reads_the_same_at_10_and_at_210_scored_vendors_and_never_a_snapshots_data(client, manager):
    """Top-N lists and aggregate counts: the red flags come from the snapshots' small ``summary``,
    not from their ``data`` (tens of KB each, which the old page read for every vendor)."""
    from tests.page_cost import reading, scored_vendors

    client.force_login(manager)

    def cost():
        client.get(reverse("home"))
        with reading() as read:
            body = client.get(reverse("home")).content.decode()
        return read, body

    scored_vendors(10)
    ten, _body = cost()
    scored_vendors(10)  # twenty: every top-N list is full (half the vendors have a red flag)
    small, _small_body = cost()
    scored_vendors(200)
    large, large_body = cost()
    assert ten.count == small.count == large.count
    assert large.bytes <= small.bytes * 1.05, (small.bytes, large.bytes)
    snapshot_queries = [sql for sql in large.queries if "evaluations_scoresnapshot" in sql]
    assert snapshot_queries
    assert not any('"data"' in sql for sql in snapshot_queries)
    flags = large_body.split('id="flags-title"')[1].split("</section>")[0]
    assert flags.count("<li>") == 10  # the first ten by name, each with its count
    assert "The first 10 by name of 110 vendors with a red flag." in flags  # counted, not listed
    assert "⚑ 1" in flags


def test_the_dashboard_lists_the_ten_soonest_deadlines_and_counts_the_rest(client, viewer):
    from contracts.tests.factories import ContractFactory

    today = timezone.localdate()
    for days in range(1, 13):
        ContractFactory(title=f"Due in {days:02d}", term_end=today + dt.timedelta(days=days), notice_days=None)
    body = home(client, viewer)
    deadlines = body.split('id="deadlines-title"')[1]
    assert deadlines.count("<li>") == 10
    assert "Due in 10" in deadlines
    assert "Due in 11" not in deadlines
    assert "The 10 soonest of 12 contract deadlines in the next 60 days." in deadlines


def test_moves_too_small_to_show_do_not_crowd_out_real_changes(client, viewer):
    """Eight newer moves of a tenth of a point would once fill the eight rows and then be dropped."""
    profile = WeightProfile.objects.get(slug=WeightProfile.DEFAULT_SLUG)
    now = timezone.now()
    real = VendorFactory(name="Real Mover")
    for hours, overall, latest in ((30, 60.0, False), (20, 75.0, True)):
        ScoreSnapshot.objects.create(
            vendor=real,
            profile=profile,
            overall=overall,
            computed_at=now - dt.timedelta(hours=hours),
            is_latest=latest,
            digest=str(hours),
        )
    for n in range(8):
        tiny = VendorFactory(name=f"Tiny {n}")
        for hours, overall, latest in ((10, 70.0, False), (5, 70.1, True)):
            ScoreSnapshot.objects.create(
                vendor=tiny,
                profile=profile,
                overall=overall,
                computed_at=now - dt.timedelta(hours=hours),
                is_latest=latest,
                digest=str(hours),
            )
    changes = home(client, viewer).split('id="changes-title"')[1].split("</section>")[0]
    assert "Real Mover" in changes
    assert "Tiny" not in changes
