"""The question bank, schedules and what happens to a probe (models and their rules)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from contracts.choices import Severity
from evaluations.probes.choices import Category, ProbeStatus, ReplyKind, ReplySource
from evaluations.probes.models import Probe, ProbeQuestion, ProbeRating, ProbeReply, ProbeSchedule
from evaluations.probes.question_bank import QUESTIONS
from evaluations.probes.tests.factories import (
    ProbeQuestionFactory,
    email_channel,
    queued_probe,
    schedule_for,
    sent_probe,
)
from vendors.choices import ChannelKind
from vendors.tests.factories import SupportChannelFactory, VendorFactory

pytestmark = pytest.mark.django_db
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def local(*parts) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SHANGHAI)


# --- the question bank ---------------------------------------------------------------------------
def test_the_built_in_bank_has_forty_bilingual_questions_over_every_category_and_severity():
    built_in = ProbeQuestion.objects.filter(key__isnull=False)
    assert built_in.count() == len(QUESTIONS) >= 40
    assert set(built_in.values_list("category", flat=True)) == set(Category.values)
    assert set(built_in.values_list("severity", flat=True)) == set(Severity.values)
    for question in built_in:
        for field in ("title_en", "title_zh", "body_en", "body_zh", "good_answer_en", "good_answer_zh"):
            assert getattr(question, field).strip(), (question.key, field)
    assert len({q["body_zh"] for q in QUESTIONS}) == len(QUESTIONS)


def test_a_question_needs_its_text_in_at_least_one_language():
    with pytest.raises(ValidationError, match="at least one language"):
        ProbeQuestion(category="im", severity="P3", title_en="Only a title").full_clean()
    ProbeQuestion(category="im", severity="P3", title_zh="标题", body_zh="问题").full_clean()


def test_retired_questions_are_not_asked_and_come_back_when_restored():
    question = ProbeQuestionFactory(severity="P1")
    question.retire()
    assert question.retired_at is not None
    assert not ProbeQuestion.objects.active().filter(pk=question.pk).exists()
    question.restore()
    assert ProbeQuestion.objects.active().filter(pk=question.pk).exists()


def test_a_vendor_is_asked_the_question_it_saw_least_recently():
    import random

    ProbeQuestion.objects.update(is_active=False)
    first, second = ProbeQuestionFactory(severity="P3"), ProbeQuestionFactory(severity="P3")
    channel = email_channel()
    rng = random.Random(1)
    asked = ProbeQuestion.objects.least_recently_asked(channel.vendor_id, "P3", rng)
    queued_probe(channel, question=asked, severity="P3")
    other = ProbeQuestion.objects.least_recently_asked(channel.vendor_id, "P3", rng)
    assert {asked, other} == {first, second}
    queued_probe(channel, question=other, severity="P3")
    assert ProbeQuestion.objects.least_recently_asked(channel.vendor_id, "P3", rng) == asked


# --- schedules --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"interval_days": None, "cron": "0 0 30 2 *"}, "cron", "never fires"),
        ({"interval_days": None, "cron": "every monday"}, "cron", "never fires"),
        ({"interval_days": None, "cron": ""}, "interval_days", "not both"),
        ({"interval_days": 7, "cron": "0 10 * * 1"}, "interval_days", "not both"),
        ({"window_start": dt.time(17), "window_end": dt.time(10)}, "window_end", "empty"),
        ({"window_start": dt.time(10), "window_end": dt.time(10)}, "window_end", "empty"),
        ({"starts_on": dt.date(2026, 12, 1), "ends_on": dt.date(2026, 11, 1)}, "ends_on", "before it starts"),
        ({"interval_days": 0}, "interval_days", ""),
        ({"interval_days": 400}, "interval_days", ""),
    ],
)
def test_bad_schedules_are_field_errors(options, field, message):
    channel = email_channel()
    schedule = ProbeSchedule(vendor=channel.vendor, channel=channel, **{"interval_days": 7, **options})
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert field in error.value.message_dict
    assert message in " ".join(error.value.message_dict[field])


def test_a_channel_of_another_vendor_is_refused():
    channel = email_channel()
    with pytest.raises(ValidationError) as error:
        ProbeSchedule(vendor=VendorFactory(), channel=channel, interval_days=7).full_clean()
    assert "channel" in error.value.message_dict


def test_a_cron_that_fires_only_after_the_end_date_is_refused():
    channel = email_channel()
    schedule = ProbeSchedule(
        vendor=channel.vendor,
        channel=channel,
        cron="0 10 1 1 *",
        starts_on=dt.date(2026, 11, 2),
        ends_on=dt.date(2026, 12, 1),
    )
    with time_machine.travel(local(2026, 11, 2, 9), tick=False), pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert "no probe left" in str(error.value.message_dict["cron"])


@time_machine.travel(local(2026, 11, 2, 12), tick=False)
def test_planning_makes_one_probe_per_slot_inside_the_window():
    ProbeQuestionFactory(severity="P2")
    schedule = schedule_for(interval_days=7, severity_mix={"P2": 1}, starts_on=dt.date(2026, 11, 2))
    assert schedule.next_slot_at == local(2026, 11, 2)  # today's window (10-17) is still open
    probe = schedule.plan(timezone.now())
    assert probe.slot_at == local(2026, 11, 2)
    assert local(2026, 11, 2, 12) <= probe.due_at.astimezone(SHANGHAI) <= local(2026, 11, 2, 17)
    assert probe.severity == "P2"
    assert probe.status == ProbeStatus.QUEUED
    assert probe.next_attempt_at == probe.due_at
    schedule.refresh_from_db()
    assert schedule.next_slot_at == local(2026, 11, 9)
    assert schedule.plan(timezone.now()) is None  # nothing more is due today


@time_machine.travel(local(2026, 11, 2, 12), tick=False)
def test_a_slot_is_planned_once_even_by_a_stale_copy_of_the_schedule():
    schedule = schedule_for(interval_days=1)
    stale = ProbeSchedule.objects.get(pk=schedule.pk)
    assert schedule.plan(timezone.now()) is not None
    assert stale.plan(timezone.now()) is None
    assert Probe.objects.filter(schedule=schedule).count() == 1
    existing = Probe.objects.get(schedule=schedule)
    with pytest.raises(IntegrityError), transaction.atomic():
        Probe.objects.create_for(
            channel=schedule.channel, question=existing.question, severity="P2", language="en",
            due_at=existing.due_at, schedule=schedule, slot_at=existing.slot_at,
        )  # fmt: skip


def test_slots_missed_during_an_outage_collapse_into_one_probe():
    with time_machine.travel(local(2026, 11, 2, 9), tick=False):
        schedule = schedule_for(interval_days=1)
    with time_machine.travel(local(2026, 11, 12, 9), tick=False):
        probe = schedule.plan(timezone.now())
    assert probe.slot_at == local(2026, 11, 12)
    assert Probe.objects.filter(schedule=schedule).count() == 1
    schedule.refresh_from_db()
    assert schedule.next_slot_at == local(2026, 11, 13)


def test_editing_a_schedule_never_plans_a_slot_twice():
    with time_machine.travel(local(2026, 11, 2, 11), tick=False):
        schedule = schedule_for(interval_days=7)
        schedule.plan(timezone.now())
        schedule.refresh_from_db()
        schedule.language = "zh-hans"
        schedule.save()
        assert schedule.next_slot_at == local(2026, 11, 9)


def test_a_paused_schedule_plans_nothing_and_resumes_from_the_next_open_slot():
    with time_machine.travel(local(2026, 11, 2, 11), tick=False):
        schedule = schedule_for(interval_days=1)
        schedule.pause()
    with time_machine.travel(local(2026, 11, 5, 18), tick=False):
        assert not ProbeSchedule.objects.ready_to_plan(timezone.now()).exists()
        schedule.resume()
        assert schedule.next_slot_at == local(2026, 11, 6)  # the 5th's window has closed


def test_a_schedule_on_a_manual_channel_queues_a_probe_for_the_to_do_list():
    channel = SupportChannelFactory(vendor=VendorFactory(), kind=ChannelKind.PHONE, address="+86 400 555 0100")
    assert channel.is_manual
    with time_machine.travel(local(2026, 11, 2, 11), tick=False):
        probe = schedule_for(channel).plan(timezone.now())
    assert probe.channel.is_manual
    assert probe.status == ProbeStatus.QUEUED


def test_a_wecom_group_name_is_manual_and_its_bot_url_is_not():
    vendor = VendorFactory()
    group = SupportChannelFactory(vendor=vendor, kind=ChannelKind.WECOM, address="星河技术支持群")
    bot = SupportChannelFactory(
        vendor=vendor, kind=ChannelKind.WECOM, address="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc"
    )
    assert group.is_manual
    assert not bot.is_manual
    assert bot.is_hook
    assert bot.masked_address == "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"
    assert group.masked_address == "星河技术支持群"


# --- a probe's life ------------------------------------------------------------------------------
def test_a_probe_carries_a_message_id_and_an_unguessable_reply_token_stored_only_as_a_hash():
    probe = queued_probe()
    token = probe.reply_token
    assert len(token) == 32
    assert token.isalnum()
    assert token.lower() == token
    assert probe.reply_token_hash == Probe.hash_token(token) != token
    assert token not in probe.reply_nonce
    assert token not in probe.question_text
    assert probe.reply_address == f"tech+{token}@buyer.example.com"
    assert probe.reply_url == f"https://desk.buyer.example.com/reply/{token}/"
    assert probe.message_id.startswith("<")
    assert probe.message_id.endswith("@buyer.example.com>")
    assert queued_probe().reply_token != token


def reply(probe, kind, at, source=ReplySource.MANUAL):
    created = ProbeReply.objects.create(probe=probe, kind=kind, source=source, received_at=at, body="...")
    probe.apply_reply(created)
    probe.refresh_from_db()
    return created


def test_replies_are_measured_on_the_wall_clock_and_in_the_channels_business_hours():
    probe = sent_probe(sent_at=local(2026, 11, 20, 17, 30))  # a Friday, office hours 09-18
    reply(probe, ReplyKind.AUTO, local(2026, 11, 20, 17, 31))
    assert probe.status == ProbeStatus.SENT  # an auto-reply is not an answer
    assert (probe.ack_minutes, probe.first_response_at) == (1, None)
    reply(probe, ReplyKind.HUMAN, local(2026, 11, 23, 10, 15))
    assert probe.status == ProbeStatus.ANSWERED
    assert (probe.response_minutes, probe.response_business_minutes) == (3885, 105)
    assert probe.acknowledged_at == local(2026, 11, 20, 17, 31)


def test_an_earlier_reply_that_arrives_later_still_counts_as_the_first():
    probe = sent_probe(sent_at=local(2026, 11, 23, 9))
    reply(probe, ReplyKind.HUMAN, local(2026, 11, 23, 11))
    reply(probe, ReplyKind.HUMAN, local(2026, 11, 23, 10))
    assert probe.response_minutes == 60


def test_a_reply_stamped_before_the_send_is_counted_at_the_send():
    probe = sent_probe(sent_at=local(2026, 11, 23, 9))
    reply(probe, ReplyKind.HUMAN, local(2026, 11, 23, 8, 50))
    assert probe.response_minutes == 0


def test_time_outs_mark_unanswered_probes_and_a_late_answer_still_counts():
    old = sent_probe(sent_at=local(2026, 11, 1, 10))
    fresh = sent_probe(sent_at=local(2026, 11, 23, 10))
    vendors = Probe.objects.time_out(local(2026, 11, 23, 12), dt.timedelta(hours=72))
    assert vendors == [old.vendor_id]
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.status == ProbeStatus.TIMED_OUT
    assert old.timed_out_at is not None
    assert fresh.status == ProbeStatus.SENT
    reply(old, ReplyKind.HUMAN, local(2026, 11, 23, 12, 30))
    assert old.status == ProbeStatus.ANSWERED
    assert old.timed_out_at is not None


@time_machine.travel(local(2026, 11, 24, 9), tick=False)
def test_resolving_needs_an_answer_and_a_plausible_time(evaluator):
    probe = sent_probe(sent_at=local(2026, 11, 23, 9))
    with pytest.raises(ValidationError, match="before marking"):
        probe.resolve(evaluator, local(2026, 11, 23, 10))
    reply(probe, ReplyKind.HUMAN, local(2026, 11, 23, 9, 30))
    with pytest.raises(ValidationError):
        probe.resolve(evaluator, local(2026, 11, 23, 9, 10))  # before the answer
    with pytest.raises(ValidationError):
        probe.resolve(evaluator, timezone.now() + dt.timedelta(days=1))
    probe.resolve(evaluator, local(2026, 11, 23, 11), "Patched the player.")
    assert probe.status == ProbeStatus.RESOLVED
    assert probe.resolution_minutes == 120
    with pytest.raises(ValidationError):
        probe.resolve(evaluator, local(2026, 11, 23, 12))  # once


def test_a_manual_probe_is_sent_by_hand_once(evaluator):
    probe = queued_probe(SupportChannelFactory(kind=ChannelKind.PHONE, address="+86 1"))
    Probe.objects.filter(pk=probe.pk).update(status=ProbeStatus.MANUAL)
    probe.refresh_from_db()
    with pytest.raises(ValidationError):
        probe.mark_sent_by_hand(evaluator, timezone.now() + dt.timedelta(hours=1))
    probe.mark_sent_by_hand(evaluator, timezone.now())
    assert probe.status == ProbeStatus.SENT
    assert probe.sent_at is not None
    with pytest.raises(ValidationError):
        probe.mark_sent_by_hand(evaluator, timezone.now())


def test_a_manual_reply_with_the_same_idempotency_key_is_recorded_once(evaluator):
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=2))
    first, duplicate = probe.record_manual_reply(
        evaluator, received_at=timezone.now(), kind=ReplyKind.HUMAN, body="Use soft decode.", idempotency_key="k1"
    )
    again, repeated = probe.record_manual_reply(
        evaluator, received_at=timezone.now(), kind=ReplyKind.HUMAN, body="Use soft decode.", idempotency_key="k1"
    )
    assert (first.pk, duplicate, repeated) == (again.pk, False, True)
    assert probe.replies.count() == 1


def test_answers_cannot_be_logged_before_sending_nor_from_the_future(evaluator):
    queued = queued_probe()
    with pytest.raises(ValidationError, match="not been sent"):
        queued.record_manual_reply(evaluator, received_at=timezone.now(), kind=ReplyKind.HUMAN, body="x")
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        probe.record_manual_reply(evaluator, received_at=timezone.now() + dt.timedelta(hours=1), kind="human", body="x")
    assert "received_at" in error.value.message_dict
    assert probe.replies.count() == 0


def test_each_evaluator_rates_an_answer_once(evaluator, manager):
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=1))
    with pytest.raises(ValidationError, match="no answer"):
        probe.rate(evaluator, 4)
    reply(probe, ReplyKind.HUMAN, timezone.now())
    probe.rate(evaluator, 4)
    probe.rate(manager, 2)
    with pytest.raises(ValidationError, match="already rated"):
        probe.rate(evaluator, 5)
    assert probe.quality() == 3
    assert ProbeRating.objects.filter(probe=probe).count() == 2


def test_only_unsent_probes_can_be_cancelled():
    probe = queued_probe()
    probe.cancel()
    assert probe.status == ProbeStatus.CANCELLED
    assert probe.next_attempt_at is None
    with pytest.raises(ValidationError):
        sent_probe(sent_at=timezone.now()).cancel()
