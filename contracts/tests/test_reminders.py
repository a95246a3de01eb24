"""Deadline reminders: 60, 30 and 7 days before a term ends and before notice is due, once each,
to managers, through a real SMTP server, at frozen dates."""

from __future__ import annotations

import datetime as dt
import smtplib

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import User

from contracts import reminders
from contracts.models import ContractReminder
from contracts.tasks import send_contract_reminders
from contracts.tests.factories import ContractFactory

pytestmark = pytest.mark.django_db

TZ = dt.timezone(dt.timedelta(hours=8))


def at(day: dt.date):
    """Freeze the clock at 09:00 Shanghai time on ``day``."""
    return time_machine.travel(dt.datetime.combine(day, dt.time(9), tzinfo=TZ), tick=False)


@pytest.fixture
def contract(db):
    # Ends 31 Dec 2026; notice is due 30 days earlier, on 1 Dec.
    return ContractFactory(
        title="年度技术支持服务协议",
        term_start=dt.date(2026, 1, 1),
        term_end=dt.date(2026, 12, 31),
        notice_days=30,
        auto_renew=True,
        renewal_cap_percent=5,
    )


@pytest.mark.parametrize(
    ("days_left", "threshold"),
    [(61, None), (60, 60), (45, 60), (30, 30), (8, 30), (7, 7), (0, 7), (-1, None)],
)
def test_the_nearest_threshold_reached(days_left, threshold):
    assert reminders.threshold_for(days_left) == threshold


def test_the_worked_example_sends_each_reminder_once(contract, manager, evaluator, smtp):
    """Notice due 1 Dec, term ends 31 Dec. Day by day from 1 Oct, managers get exactly six emails."""
    sent_on: list[tuple[dt.date, str]] = []
    day = dt.date(2026, 10, 1)
    while day <= dt.date(2027, 1, 5):
        with at(day):
            before = len(smtp.messages)
            assert send_contract_reminders() == len(smtp.messages) - before
            sent_on += [(day, message["Subject"]) for message in smtp.messages[before:]]
        day += dt.timedelta(days=1)
    assert [day for day, _subject in sent_on] == [
        dt.date(2026, 10, 2),  # 60 days before the notice deadline
        dt.date(2026, 11, 1),  # 30 days before the notice deadline
        dt.date(2026, 11, 1),  # 60 days before the end
        dt.date(2026, 11, 24),  # 7 days before the notice deadline
        dt.date(2026, 12, 1),  # 30 days before the end
        dt.date(2026, 12, 24),  # 7 days before the end
    ]
    assert ContractReminder.objects.count() == 6
    assert {(r.kind, r.threshold_days) for r in ContractReminder.objects.all()} == {
        (kind, days) for kind in ("notice_deadline", "term_end") for days in (60, 30, 7)
    }
    message = smtp.messages[0]
    assert message["To"] == manager.email  # managers only, not the evaluator
    assert evaluator.email not in message["To"]
    body = message.get_content()
    assert "年度技术支持服务协议" in body
    assert "2026-12-01" in body
    assert "in 60 days" in body
    assert "60 天后" in body
    assert f"{settings.SITE_URL}/contracts/{contract.pk}/" in body


def test_a_deadline_first_seen_late_gets_one_email_not_three(contract, manager, smtp):
    with at(dt.date(2026, 12, 20)):  # 11 days before the end; the notice deadline has passed
        assert send_contract_reminders() == 1
    (message,) = smtp.messages
    assert "11" in message["Subject"]
    assert list(ContractReminder.objects.values_list("kind", "threshold_days")) == [("term_end", 30)]


def test_running_twice_or_concurrently_sends_nothing_more(contract, manager, smtp):
    with at(dt.date(2026, 11, 1)):
        first = send_contract_reminders()
        second = send_contract_reminders()
    assert (first, second) == (2, 0)
    assert len(smtp.messages) == 2


def test_a_new_term_end_gets_its_own_reminders(contract, manager, smtp):
    with at(dt.date(2026, 12, 24)):
        send_contract_reminders()
    contract.term_end = dt.date(2027, 1, 20)  # extended by a week
    contract.save()
    with at(dt.date(2026, 12, 24)):
        assert send_contract_reminders() == 1
    assert ContractReminder.objects.filter(due_on=dt.date(2027, 1, 20)).count() == 1


def test_only_signed_live_contracts_are_reminded_of(manager, smtp):
    for status in ("draft", "negotiating", "expired", "terminated"):
        ContractFactory(status=status, term_end=dt.date(2026, 12, 31))
    ContractFactory(term_end=dt.date(2026, 12, 31)).soft_delete()
    with at(dt.date(2026, 12, 24)):
        assert send_contract_reminders() == 0
    assert smtp.messages == []


def test_a_failed_send_is_retried_on_the_next_run(contract, manager, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    with at(dt.date(2026, 12, 24)), pytest.raises((smtplib.SMTPException, OSError)):
        send_contract_reminders()
    assert ContractReminder.objects.count() == 0  # rolled back: the next run tries again


def test_without_managers_with_an_email_the_reminder_is_recorded_not_sent(contract, smtp):
    User.objects.create_user("lonely")
    with at(dt.date(2026, 12, 24)):
        assert send_contract_reminders() == 1
    assert smtp.messages == []
    assert ContractReminder.objects.get().recipients == 0


def test_upcoming_lists_the_next_sixty_days_soonest_first(contract):
    other = ContractFactory(term_end=dt.date(2026, 11, 20))
    with at(dt.date(2026, 11, 1)):
        found = reminders.upcoming()
    assert [(d.contract, d.kind, d.days_left) for d in found] == [
        (other, "term_end", 19),
        (contract, "notice_deadline", 30),
        (contract, "term_end", 60),
    ]


def test_the_task_is_on_the_beat_schedule():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "contracts.tasks.send_contract_reminders" in tasks


def test_upcoming_asks_the_database_only_for_contracts_with_a_deadline_in_the_window():
    """The dashboard asks on every visit: the window is a WHERE clause, not a loop over every signed contract."""
    from tests.page_cost import reading

    today = dt.date(2026, 11, 1)
    inside = [
        ContractFactory(title="ends in 10 days", term_end=today + dt.timedelta(days=10), notice_days=None),
        ContractFactory(title="notice in 40 days", term_end=today + dt.timedelta(days=400), notice_days=360),
        ContractFactory(title="notice today", term_end=today + dt.timedelta(days=90), notice_days=90),
        ContractFactory(title="notice passed, ends in 50", term_end=today + dt.timedelta(days=50), notice_days=60),
    ]
    for title, days, notice in (("far", 400, 30), ("far, no notice", 400, None), ("notice passed", 90, 91)):
        ContractFactory(title=title, term_end=today + dt.timedelta(days=days), notice_days=notice)
    with at(today), reading() as read:
        found = reminders.upcoming()
    assert {d.contract.title for d in found} == {c.title for c in inside}
    assert read.count == 1
    assert read.rows == len(inside)  # not the seven signed contracts
