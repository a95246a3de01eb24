"""Measured support reaches the scores through SIGNAL_PROVIDERS, and outweighs typed answers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from contracts.models import Contract, SlaCommitment
from evaluations.models import ChecklistTemplate, ScoreSnapshot
from evaluations.objective import SIGNAL_PROVIDERS
from evaluations.probes.choices import ReplyKind
from evaluations.probes.models import Probe
from evaluations.probes.signals import probe_evidence
from evaluations.probes.tests.factories import email_channel, sent_probe
from evaluations.scorecards import recompute_vendor
from evaluations.scoring import RedFlag, Signal
from evaluations.tests.factories import approved_evaluation

pytestmark = pytest.mark.django_db
HOURS_24_7 = {day: [["00:00", "24:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def answered_probes(channel, evaluator, count, *, minutes, severity="P3", score=None):
    now = timezone.now()
    for index in range(count):
        probe = sent_probe(channel, sent_at=now - dt.timedelta(days=index + 2), severity=severity)
        probe.record_manual_reply(
            evaluator, received_at=probe.sent_at + dt.timedelta(minutes=minutes), kind=ReplyKind.HUMAN, body="ok"
        )
        if score:
            Probe.objects.get(pk=probe.pk).rate(evaluator, score)


def typed_evaluation(vendor, evaluator, manager):
    template = ChecklistTemplate.objects.for_new_evaluations()
    return approved_evaluation(
        vendor, evaluator, manager, {"test_first_answer_hours": 0.5, "test_answer_quality": 5}, template=template
    )


def snapshot(vendor) -> ScoreSnapshot:
    recompute_vendor(vendor.pk)
    return ScoreSnapshot.objects.get(vendor=vendor, profile__slug="balanced", is_latest=True)


def lines(snap, dimension="response_speed") -> dict:
    return {line["key"]: line for line in snap.data["breakdown"][dimension]}


def test_the_probe_provider_is_registered():
    assert probe_evidence in SIGNAL_PROVIDERS


def test_with_enough_probes_measured_answers_replace_what_the_evaluator_typed(evaluator, manager):
    channel = email_channel()
    channel.vendor.support_hours = HOURS_24_7
    channel.vendor.save()
    typed_evaluation(channel.vendor, evaluator, manager)
    typed_only = snapshot(channel.vendor)
    assert lines(typed_only)["test_first_answer_hours"]["status"] == "scored"
    typed_speed = next(d for d in typed_only.data["dimensions"] if d["key"] == "response_speed")["score"]

    answered_probes(channel, evaluator, 3, minutes=30 * 60, score=2)  # 30 hours, rated 2/5
    measured = snapshot(channel.vendor)
    breakdown = lines(measured)
    assert breakdown["test_first_answer_hours"]["status"] == "superseded"
    assert breakdown["test_first_answer_hours"]["superseded_by"] == "probe_first_response"
    assert breakdown["test_answer_quality"]["status"] == "superseded"
    assert breakdown["probe_first_response"]["link"].startswith(f"/vendors/{channel.vendor_id}/probes/?status=answered")
    measured_speed = next(d for d in measured.data["dimensions"] if d["key"] == "response_speed")["score"]
    assert measured_speed < typed_speed - 30
    flags = {flag["key"] for flag in measured.data["red_flags"]}
    assert "probe_slow_first_answer" in flags  # the measured twin of the typed 24-hour flag


def test_two_probes_add_evidence_without_replacing_the_typed_answer(evaluator, manager):
    channel = email_channel()
    typed_evaluation(channel.vendor, evaluator, manager)
    answered_probes(channel, evaluator, 2, minutes=30)
    breakdown = lines(snapshot(channel.vendor))
    assert breakdown["test_first_answer_hours"]["status"] == "scored"
    assert breakdown["probe_first_response"]["status"] == "scored"


def test_two_urgent_probes_left_unanswered_raise_a_confirmed_red_flag(evaluator):
    channel = email_channel()
    now = timezone.now()
    for days in (10, 8):
        sent_probe(channel, sent_at=now - dt.timedelta(days=days), severity="P1")
    Probe.objects.time_out(now, dt.timedelta(hours=72))
    items = probe_evidence(channel.vendor, timezone.localdate())
    flags = [item for item in items if isinstance(item, RedFlag)]
    assert [flag.key for flag in flags] == ["probe_unanswered_streak"]
    assert flags[0].confirmed
    share = next(item for item in items if isinstance(item, Signal) and item.key == "probe_answered_share")
    assert (share.score, share.evidence) == (0, "0/2")
    assert snapshot(channel.vendor).data["red_flags"][0]["key"] == "probe_unanswered_streak"


def test_sla_attainment_counts_in_the_sla_dimension(evaluator):
    channel = email_channel()
    channel.vendor.support_hours = HOURS_24_7
    channel.vendor.save()
    contract = Contract.objects.create(vendor=channel.vendor, title="SLA", status="signed")
    SlaCommitment.objects.create(contract=contract, severity="P3", response_minutes=60, fix_minutes=600)
    answered_probes(channel, evaluator, 4, minutes=45)
    by_key = {item.key: item for item in probe_evidence(channel.vendor, timezone.localdate())}
    assert by_key["probe_sla_response"].dimension == "sla"
    assert (by_key["probe_sla_response"].score, by_key["probe_sla_response"].evidence) == (100, "4/4")
    assert "probe_sla_fix" not in by_key  # answered but not judged solved: pending, not missed


def test_a_vendor_without_probes_gets_no_probe_signals():
    assert probe_evidence(email_channel().vendor, timezone.localdate()) == []
