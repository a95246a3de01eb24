from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from evaluations.probes.choices import ProbeStatus
from evaluations.probes.models import Probe, ProbeQuestion, ProbeSchedule
from vendors.choices import ChannelKind
from vendors.tests.factories import SupportChannelFactory, VendorFactory

OFFICE_HOURS = {day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}


class ProbeQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProbeQuestion

    category = "streaming"
    severity = "P2"
    title_en = factory.Sequence(lambda n: f"Streams stall after an hour ({n})")
    title_zh = factory.Sequence(lambda n: f"直播一小时后卡住（{n}）")
    body_en = "Viewers report the stream stalls after about an hour. Where should we look?"
    body_zh = "观众反馈直播大约一小时后卡住，应该从哪里查？"
    good_answer_en = "Names the buffer setting."
    good_answer_zh = "指出缓冲设置。"


def email_channel(**kwargs):
    vendor = kwargs.pop("vendor", None) or VendorFactory(support_hours=OFFICE_HOURS, holiday_country="CN")
    return SupportChannelFactory(vendor=vendor, kind=ChannelKind.EMAIL, **kwargs)


def queued_probe(channel=None, *, due_at=None, question=None, severity="P2", language="en") -> Probe:
    channel = channel or email_channel()
    return Probe.objects.create_for(
        channel=channel,
        question=question or ProbeQuestionFactory(severity=severity),
        severity=severity,
        language=language,
        due_at=due_at or timezone.now(),
    )


def sent_probe(channel=None, *, sent_at: dt.datetime, **kwargs) -> Probe:
    probe = queued_probe(channel, due_at=sent_at, **kwargs)
    Probe.objects.filter(pk=probe.pk).update(status=ProbeStatus.SENT, sent_at=sent_at, next_attempt_at=None)
    probe.refresh_from_db()
    return probe


def schedule_for(channel=None, **kwargs) -> ProbeSchedule:
    channel = channel or email_channel()
    options = {"interval_days": 7, "starts_on": timezone.localdate(), **kwargs}
    schedule = ProbeSchedule(vendor=channel.vendor, channel=channel, **options)
    schedule.full_clean()
    schedule.save()
    return schedule
