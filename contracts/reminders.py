"""Reminders before a contract's deadlines: the end of its term and the last day to give notice.

A signed contract has up to two deadlines. Managers are emailed 60, 30 and 7 days before
each; every email is recorded in ContractReminder (unique per contract, deadline, date and
threshold), so running the task again, or on two workers at once, sends nothing twice.
A deadline first seen late (a contract entered 20 days before its end) gets one email,
for the nearest threshold, not three at once.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import DateField, Func, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from contracts.choices import ContractStatus, ReminderKind
from contracts.models import Contract, ContractReminder
from vendorscore.roles import Role, users_with_role

log = logging.getLogger(__name__)

THRESHOLDS = (7, 30, 60)  # days before a deadline, nearest first
LANGUAGES = ("zh-hans", "en")  # every reminder carries both; the reader's language comes first (issue 8)


@dataclass(frozen=True)
class Deadline:
    contract: Contract
    kind: str
    due_on: dt.date
    days_left: int

    @property
    def label(self) -> str:
        return ReminderKind(self.kind).label


def threshold_for(days_left: int) -> int | None:
    """The nearest threshold a deadline ``days_left`` away has reached, or None when it is further."""
    if days_left < 0:
        return None
    return next((days for days in THRESHOLDS if days_left <= days), None)


def deadlines_of(contract: Contract, today: dt.date) -> list[Deadline]:
    found = []
    for kind, due_on in (
        (ReminderKind.NOTICE_DEADLINE, contract.notice_deadline),
        (ReminderKind.TERM_END, contract.term_end),
    ):
        if due_on is not None and due_on >= today:
            found.append(Deadline(contract, kind, due_on, (due_on - today).days))
    return found


LONG_FIELDS = ("text", "notes", "if_vendor_stops", "licence_bindings", "delivered_modules")


class DaysBefore(Func):
    """A date less a number of days, as a date: ``date - integer`` in PostgreSQL, ``date(d, '-n days')``
    in SQLite; NULL when either is NULL."""

    template = "(%(expressions)s)"
    arg_joiner = " - "
    output_field = DateField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, template="date(%(expressions)s || ' days')", arg_joiner=", '-' || ", **extra_context
        )


def upcoming(today: dt.date | None = None, within: int = max(THRESHOLDS)) -> list[Deadline]:
    """Deadlines of signed contracts in the next ``within`` days, soonest first."""
    today = today or timezone.localdate()
    horizon = today + dt.timedelta(days=within)
    # Only the contracts with a deadline in the window, chosen by the database (the dashboard asks
    # on every visit, and a site may have thousands of signed contracts): the term ends in it, or
    # the notice deadline (the term's end less the notice days) falls in it.
    contracts = (
        Contract.objects.alive()
        .filter(status=ContractStatus.SIGNED, term_end__gte=today)
        .alias(notice_deadline=DaysBefore("term_end", "notice_days"))
        .filter(Q(term_end__lte=horizon) | Q(notice_deadline__gte=today, notice_deadline__lte=horizon))
        .select_related("vendor")
        .defer(*LONG_FIELDS)  # a deadline names the contract; its text can be hundreds of KB
        .order_by("term_end", "pk")
    )
    found = [
        deadline for contract in contracts for deadline in deadlines_of(contract, today) if deadline.days_left <= within
    ]
    return sorted(found, key=lambda d: (d.due_on, d.contract.pk, d.kind))


def send_due(today: dt.date | None = None) -> int:
    """Email managers about every deadline that has reached a threshold not yet reminded of."""
    today = today or timezone.localdate()
    recipients = [user.email for user in users_with_role(Role.MANAGER) if user.email]
    sent = 0
    for deadline in upcoming(today):
        threshold = threshold_for(deadline.days_left)
        if threshold is None:
            continue
        with transaction.atomic():
            _reminder, created = ContractReminder.objects.get_or_create(
                contract=deadline.contract,
                kind=deadline.kind,
                due_on=deadline.due_on,
                threshold_days=threshold,
                defaults={"recipients": len(recipients)},
            )
            if not created:
                continue
            if recipients:
                # Inside the transaction: a failed send rolls the record back and the next run retries.
                message(deadline, recipients).send()
            sent += 1
    return sent


def message(deadline: Deadline, recipients: list[str]) -> EmailMessage:
    context = {"deadline": deadline, "contract": deadline.contract, "site_url": settings.SITE_URL}
    subjects, bodies = [], []
    for language in LANGUAGES:
        with translation.override(language):
            subjects.append(render_to_string("contracts/email/reminder_subject.txt", context).strip())
            bodies.append(render_to_string("contracts/email/reminder_body.txt", context).strip())
    return EmailMessage(
        subject=" / ".join(subjects),
        body="\n\n———\n\n".join(bodies) + "\n",
        to=recipients,
    )
