"""Demo probes: six months of mystery-shopper history in which every demo vendor behaves in its own way.

* Whalesong Interactive: fast and thorough, any hour (an engineer answers by email within minutes).
* Busy Bee Live Source: mostly silent; its ticket portal sends automatic receipts and little else,
  and urgent questions time out (the red flag for two in a row shows).
* Straitlight Media Labs: slow but solid, usually the next business day in Singapore.
* Pomelo Commerce Live: an instant auto-reply to everything, a person only sometimes, a day or two
  later; its contract lets the auto-reply count as the response, so the SLA looks met on paper.
* Firefly Duet Labs: quick on weekdays, silent at weekends although it advertises weekend hours.
* Elderwood Software: strictly office hours on working days, including China's make-up working
  weekends (调休), so some answers arrive on a Saturday or Sunday that was a working day.

Also contracts with SLA commitments for five vendors and a schedule for each. Deterministic (seeded by
vendor), and safe to run again: a vendor that already has probes is left alone.
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone, translation

from evaluations.probes import cadence
from evaluations.probes.choices import AttemptOutcome, ProbeStatus, ReplyKind, ReplySource
from evaluations.probes.models import (
    Probe,
    ProbeAttempt,
    ProbeQuestion,
    ProbeRating,
    ProbeReply,
    ProbeSchedule,
    default_language_for,
)
from vendors.choices import ChannelKind
from vendors.hours import add_business_time
from vendors.models import SupportChannel, Vendor

HISTORY_DAYS = 180
# Fridays before China's make-up working weekends (2026-09-20 Sun, 2026-10-10 Sat): a question Elderwood
# gets late on such a Friday is answered on the weekend day that is a working day.
BEFORE_MAKE_UP_DAYS = (dt.date(2026, 9, 18), dt.date(2026, 10, 9))
RATERS = ("evaluator", "evaluator2")
H = 60  # minutes in an hour, for readability below


@dataclass(frozen=True)
class Behaviour:
    channel: str
    every_days: tuple[int, int]  # days between probes
    answer_rate: float
    delay_minutes: tuple[int, int]  # human answer after this many minutes...
    business: bool  # ...counted in the channel's business hours (else wall clock)
    quality: tuple[int, int]
    resolve_rate: float
    auto_ack: float = 0.0  # share of probes with an automatic receipt within minutes
    weekends_silent: bool = False
    send_on_weekends: bool = False


BEHAVIOURS = {
    "Whalesong Interactive": Behaviour(ChannelKind.EMAIL, (3, 5), 0.97, (8, 40), False, (4, 5), 0.85),
    "Busy Bee Live Source": Behaviour(
        ChannelKind.TICKET_PORTAL, (5, 8), 0.35, (16 * H, 40 * H), True, (1, 2), 0.2, auto_ack=0.8
    ),
    "Straitlight Media Labs": Behaviour(ChannelKind.EMAIL, (3, 6), 0.92, (5 * H, 14 * H), True, (3, 4), 0.6),
    "Pomelo Commerce Live": Behaviour(
        ChannelKind.EMAIL, (3, 5), 0.45, (10 * H, 30 * H), True, (2, 4), 0.4, auto_ack=1.0
    ),
    "Firefly Duet Labs": Behaviour(
        ChannelKind.EMAIL, (2, 4), 0.95, (10, 60), False, (3, 5), 0.7, weekends_silent=True, send_on_weekends=True
    ),
    "Elderwood Software": Behaviour(ChannelKind.EMAIL, (4, 7), 0.9, (4 * H, 8 * H), True, (3, 4), 0.5),
}

SCHEDULES = {
    "Whalesong Interactive": {"interval_days": 7},
    "Busy Bee Live Source": {"interval_days": 7, "is_paused": True},
    "Straitlight Media Labs": {"cron": "0 10 * * 2"},
    "Pomelo Commerce Live": {"interval_days": 5},
    "Firefly Duet Labs": {"cron": "30 14 * * 6", "window_start": dt.time(13), "window_end": dt.time(20)},
    "Elderwood Software": {"interval_days": 10},
}

AUTO_TEXT = {
    ChannelKind.TICKET_PORTAL: ("工单已受理", "您好，您的工单已提交成功，工程师会尽快处理，请耐心等待。"),
    ChannelKind.EMAIL: (
        "自动回复：已收到您的邮件",
        "您好，我们已收到您的邮件，将在工作时间内尽快回复。此邮件为系统自动发送。",
    ),
}
ANSWERS = {
    5: "已复现，原因在 {topic} 相关配置，附上修改位置和补丁，今晚可以先按第 2 步临时处理。",
    4: "看了一下，应该是 {topic} 的参数问题，按文档第 3 节调整后重启服务即可，有问题随时找我。",
    3: "这个问题我们之前遇到过，一般是 {topic} 配置不对，麻烦先检查一下服务器设置。",
    2: "建议先确认你们自己的环境和网络，{topic} 我们这边测试是正常的。",
    1: "收到，我们会反馈给技术部门。",
}


def _local_send_time(day: dt.date, tz: zoneinfo.ZoneInfo, rng: random.Random) -> dt.datetime:
    minute = rng.randint(10 * 60, 17 * 60)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=tz)


def _send_days(behaviour: Behaviour, today: dt.date, rng: random.Random, vendor_name: str) -> list[dt.date]:
    days: list[dt.date] = []
    day = today - dt.timedelta(days=HISTORY_DAYS)
    while day < today - dt.timedelta(days=1):
        if behaviour.send_on_weekends or day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=rng.randint(*behaviour.every_days))
    if vendor_name == "Elderwood Software":
        days += [d for d in BEFORE_MAKE_UP_DAYS if today - d > dt.timedelta(days=3)]
    return sorted(set(days))


def _answer_at(
    probe: Probe, behaviour: Behaviour, rng: random.Random, vendor: Vendor, channel: SupportChannel
) -> dt.datetime | None:
    delay = dt.timedelta(minutes=rng.randint(*behaviour.delay_minutes))
    if probe.sent_at.astimezone(channel_tz(vendor)).date() in BEFORE_MAKE_UP_DAYS:
        delay = dt.timedelta(minutes=rng.randint(60, 150))  # spills into the make-up working day's morning
    if behaviour.business:
        return add_business_time(probe.sent_at, delay, channel.weekly_hours, vendor.time_zone, vendor.holiday_country)
    at = probe.sent_at + delay
    local = at.astimezone(channel_tz(vendor))
    if behaviour.weekends_silent and local.weekday() >= 5:
        monday = local.date() + dt.timedelta(days=7 - local.weekday())
        at = dt.datetime.combine(monday, dt.time(10, rng.randint(0, 50)), tzinfo=local.tzinfo)
    return at


def _in_chinese(label) -> str:
    with translation.override("zh-hans"):
        return str(label())


def _responder(vendor: Vendor) -> str:
    contact = vendor.contacts.filter(left_on__isnull=True).exclude(email="").order_by("pk").first()
    return contact.email if contact else vendor.name


def channel_tz(vendor: Vendor) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(vendor.time_zone)


def _history(vendor: Vendor, behaviour: Behaviour, users: dict, now: dt.datetime) -> int:
    channel = vendor.channels.filter(kind=behaviour.channel).order_by("pk").first()
    if channel is None:
        return 0
    schedule = vendor.probe_schedules.filter(channel=channel).first()
    rng = random.Random(f"demo-probes|{vendor.name}")  # noqa: S311  (demo data)
    tz = channel_tz(vendor)
    language = default_language_for(vendor)
    timeout = dt.timedelta(hours=72)
    count = 0
    mix = {"P1": 1, "P2": 2, "P3": 4, "P4": 3}
    days = _send_days(behaviour, timezone.localdate(now), rng, vendor.name)
    for index, day in enumerate(days):
        sent_at = _local_send_time(day, tz, rng)
        before_make_up_day = vendor.name == "Elderwood Software" and day in BEFORE_MAKE_UP_DAYS
        if before_make_up_day:
            sent_at = dt.datetime.combine(day, dt.time(16, 40), tzinfo=tz)
        severity = cadence.pick_severity(mix, rng)
        if vendor.name == "Busy Bee Live Source" and index in (len(days) - 4, len(days) - 3):
            severity = "P1" if index % 2 else "P2"  # two urgent questions in a row, both ignored
        question = ProbeQuestion.objects.least_recently_asked(vendor.pk, severity, rng)
        probe = Probe.objects.create_for(
            channel=channel, question=question, severity=severity, language=language, due_at=sent_at, schedule=schedule
        )
        Probe.objects.filter(pk=probe.pk).update(
            status=ProbeStatus.SENT, sent_at=sent_at, next_attempt_at=None, attempt_count=1, queued_at=sent_at
        )
        ProbeAttempt.objects.create(
            probe=probe,
            number=1,
            started_at=sent_at,
            finished_at=sent_at + dt.timedelta(seconds=2),
            outcome=AttemptOutcome.HANDED_OVER if channel.is_manual else AttemptOutcome.SENT,
            worker="demo",
        )
        probe.refresh_from_db()
        source = ReplySource.MANUAL if channel.is_manual else ReplySource.IMAP
        recorder = users["evaluator"] if channel.is_manual else None
        if rng.random() < behaviour.auto_ack:
            subject, text = AUTO_TEXT.get(channel.kind, AUTO_TEXT[ChannelKind.EMAIL])
            reply = ProbeReply.objects.create(
                probe=probe, kind=ReplyKind.AUTO, source=source, received_at=sent_at + dt.timedelta(seconds=40),
                from_address="noreply@" + vendor.website.split("//")[-1].split("/")[0].removeprefix("www."),
                subject=subject, body=text, recorded_by=recorder,
                inbound_message_id=None if channel.is_manual else f"<demo-auto-{probe.pk}@demo.invalid>",
            )  # fmt: skip
            probe.apply_reply(reply)
        ignored = vendor.name == "Busy Bee Live Source" and index in (len(days) - 4, len(days) - 3)
        answered = before_make_up_day or (not ignored and rng.random() < behaviour.answer_rate)
        answered_at = _answer_at(probe, behaviour, rng, vendor, channel) if answered else None
        if answered_at is not None and answered_at < now:
            score = rng.randint(*behaviour.quality)
            reply = ProbeReply.objects.create(
                probe=probe, kind=ReplyKind.HUMAN, source=source, received_at=answered_at,
                from_address=_responder(vendor),
                subject=f"Re: {probe.subject}",
                body=ANSWERS[score].format(topic=_in_chinese(question.get_category_display)),
                recorded_by=recorder,
                inbound_message_id=None if channel.is_manual else f"<demo-human-{probe.pk}@demo.invalid>",
            )  # fmt: skip
            probe.apply_reply(reply)
            for rater_index, username in enumerate(RATERS):
                if rater_index == 0 or rng.random() < 0.4:
                    ProbeRating.objects.create(
                        probe=probe, rater=users[username], score=max(1, min(5, score + rng.choice((-1, 0, 0, 1)))),
                        note="" if rater_index == 0 else "第二位评估人盲评。",
                    )  # fmt: skip
            if rng.random() < behaviour.resolve_rate:
                resolved = answered_at + dt.timedelta(minutes=rng.randint(20, 6 * H))
                if resolved < now:
                    probe.refresh_from_db()
                    probe.resolve(users["evaluator"], resolved, "按供应商的答复处理后问题解决。")
        probe.refresh_from_db()
        if probe.first_response_at is None and now - sent_at > timeout:
            Probe.objects.filter(pk=probe.pk).update(status=ProbeStatus.TIMED_OUT, timed_out_at=sent_at + timeout)
        count += 1
    return count


def _schedule(vendor: Vendor, behaviour: Behaviour, manager) -> None:
    if vendor.name not in SCHEDULES or vendor.probe_schedules.exists():
        return
    channel = vendor.channels.filter(kind=behaviour.channel).order_by("pk").first()
    if channel is None:
        return
    options = dict(SCHEDULES[vendor.name])
    schedule = ProbeSchedule(
        vendor=vendor,
        channel=channel,
        language=default_language_for(vendor),
        starts_on=timezone.localdate() - dt.timedelta(days=HISTORY_DAYS),
        created_by=manager,
        **options,
    )
    schedule.save()


def _open_items(vendor: Vendor, users: dict, now: dt.datetime) -> None:
    """Something on today's lists: a probe to send by hand and one waiting for an answer."""
    if vendor.name == "Busy Bee Live Source":
        channel = vendor.channels.filter(kind=ChannelKind.TICKET_PORTAL).first()
        question = ProbeQuestion.objects.least_recently_asked(vendor.pk, "P2", random.Random(1))  # noqa: S311
        probe = Probe.objects.create_for(
            channel=channel, question=question, severity="P2", language="zh-hans", due_at=now - dt.timedelta(hours=3)
        )
        Probe.objects.filter(pk=probe.pk).update(status=ProbeStatus.MANUAL, next_attempt_at=None, attempt_count=1)
        ProbeAttempt.objects.create(
            probe=probe, number=1, started_at=probe.due_at, finished_at=probe.due_at,
            outcome=AttemptOutcome.HANDED_OVER, worker="demo",
        )  # fmt: skip
    if vendor.name == "Straitlight Media Labs":
        channel = vendor.channels.filter(kind=ChannelKind.EMAIL).first()
        question = ProbeQuestion.objects.least_recently_asked(vendor.pk, "P3", random.Random(2))  # noqa: S311
        sent = now - dt.timedelta(hours=2)
        probe = Probe.objects.create_for(channel=channel, question=question, severity="P3", language="en", due_at=sent)
        Probe.objects.filter(pk=probe.pk).update(
            status=ProbeStatus.SENT, sent_at=sent, next_attempt_at=None, attempt_count=1
        )


def seed_probes(users: dict, manager, now: dt.datetime | None = None) -> int:
    """Create the demo schedules and probe history (contracts.demo made the contracts); returns how many probes."""
    now = now or timezone.now()
    made = 0
    with transaction.atomic():
        for vendor in Vendor.objects.alive().filter(name__in=BEHAVIOURS).prefetch_related("channels"):
            behaviour = BEHAVIOURS[vendor.name]
            _schedule(vendor, behaviour, manager)
            if not vendor.probes.exists():
                made += _history(vendor, behaviour, users, now)
                _open_items(vendor, users, now)
    return made
