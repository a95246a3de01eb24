"""Notifications: an in-app list for every recipient and an email in the recipient's language.

The shared kernel; apps register their kinds and call :func:`notify`. A kind names the
role it is meant for (its email switch shows only to users holding that role) and a
template prefix: ``<prefix>_subject.txt`` (one line: the email subject and the line in
the in-app list) and ``<prefix>_body.txt`` (the email's own part; the link to the target
and the way to switch the emails off are added by ``notifications/email_body.txt``).
Both are rendered from the notification's ``context`` (plain JSON data such as names and
a comment), in the reader's language at the time it is read or sent; a value given as
``{"zh": …, "en": …}`` (a vendor's two names) is read in that language too.

Email follows the outbox rule: :func:`notify` writes rows (one per recipient) in the
caller's transaction, and only after it commits is a worker woken with the row's id.
:func:`deliver` claims the row with a conditional UPDATE, sends, and records
``email_sent_at``; a retried or duplicated task finds it sent and sends nothing. A
transient SMTP failure (4xx, a refused connection, a time-out) puts the row back with a
backoff, and the task retries; a permanent one (5xx) or the last attempt marks it failed.
A beat sweep wakes rows whose wake-up was lost (broker down) and claims of workers that
died. A worker that dies after the SMTP server accepted the message but before the row
was updated sends it again: at least once, never twice for an orderly retry.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import smtplib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from vendorscore.language import reading_chinese
from vendorscore.models import EmailState, Notification, UserPreference
from vendorscore.roles import Role, has_role

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.utils.functional import Promise

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6  # 1 + 2 + 4 + 8 + 16 minutes of backoff before an email is given up
RETRY_BASE_SECONDS = 60
RETRY_MAX_SECONDS = 3600
STALE_CLAIM = dt.timedelta(minutes=10)  # longer than any task may run (CELERY_TASK_TIME_LIMIT)
SWEEP_GRACE = dt.timedelta(minutes=2)  # a fresh row is left to its own wake-up first
SWEEP_BATCH = 200


@dataclass(frozen=True)
class Kind:
    key: str
    label: str | Promise  # what the email switch says, e.g. "An evaluation of yours is approved"
    audience: Role  # the role the kind is meant for
    template: str  # prefix of <prefix>_subject.txt and <prefix>_body.txt


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Make ``kind`` known (apps call this when imported). Registering the same key again replaces it."""
    KINDS[kind.key] = kind
    return kind


def kinds_for(user) -> list[Kind]:
    """The kinds whose email switch ``user`` sees: those meant for a role they hold."""
    return [kind for kind in KINDS.values() if has_role(user, kind.audience)]


def display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


# --- writing ------------------------------------------------------------------------------
def notify(users: Iterable, kind: str, target=None, context: dict[str, Any] | None = None, actor=None):
    """Record ``kind`` for each of ``users`` (once each; never for ``actor`` themself) and email
    those who want it, after the current transaction commits. Returns the new rows."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}; register it first")
    actor_pk = getattr(actor, "pk", None)
    recipients = {user.pk: user for user in users if user.is_active and user.pk != actor_pk}
    if not recipients:
        return []
    preferences = {pref.user_id: pref for pref in UserPreference.objects.filter(user_id__in=list(recipients))}
    now = timezone.now()
    rows = []
    for user in recipients.values():
        preference = preferences.get(user.pk)
        wanted = bool(user.email) and (preference is None or preference.wants_email(kind))
        rows.append(
            Notification(
                recipient=user,
                actor=actor,
                kind=kind,
                target=target,
                context=context or {},
                created_at=now,
                email_state=EmailState.PENDING if wanted else EmailState.NONE,
            )
        )
    Notification.objects.bulk_create(rows)
    for row in rows:
        if row.email_state == EmailState.PENDING:
            # robust: a broker that is down must not fail the user's action; the sweep catches up.
            transaction.on_commit(functools.partial(_wake_sender, row.pk), robust=True)
    return rows


def _wake_sender(notification_id: int) -> None:
    from vendorscore.tasks import send_notification_email, wake  # tasks import this module

    wake(send_notification_email, notification_id)


def mark_read(user, pks: Iterable[int] | None = None) -> int:
    """Mark ``user``'s unread notifications (all, or those in ``pks``) read; returns how many."""
    rows = Notification.objects.for_user(user).unread()
    if pks is not None:
        rows = rows.filter(pk__in=list(pks))
    return rows.update(read_at=timezone.now())


# --- reading ------------------------------------------------------------------------------
def absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def _in_reader_language(value: Any) -> Any:
    if isinstance(value, dict) and value and set(value) <= {"zh", "en"}:
        first, second = ("zh", "en") if reading_chinese() else ("en", "zh")
        return value.get(first) or value.get(second) or ""
    return value


def _render_context(notification: Notification) -> dict[str, Any]:
    context = {key: _in_reader_language(value) for key, value in (notification.context or {}).items()}
    context.update(
        {
            "notification": notification,
            "site_url": settings.SITE_URL,
            "link": absolute(notification.target_url or reverse("notifications")),
            "preferences_url": absolute(reverse("preferences")),
        }
    )
    return context


def line(notification: Notification) -> str:
    """One line saying what happened, in the active language (the email subject, too)."""
    kind = KINDS.get(notification.kind)
    if kind is None:  # a kind no longer registered: say something rather than fail
        return _("Notification")
    text = render_to_string(f"{kind.template}_subject.txt", _render_context(notification))
    return " ".join(text.split())


def language_of(preference: UserPreference | None) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    language = preference.language if preference is not None else ""
    return language if language in codes else settings.LANGUAGE_CODE


def build_email(notification: Notification, preference: UserPreference | None) -> EmailMessage:
    """The email for ``notification`` in its recipient's language and time zone."""
    kind = KINDS[notification.kind]
    language = language_of(preference)
    time_zone = preference.time_zone if preference is not None else settings.TIME_ZONE
    with translation.override(language), timezone.override(time_zone):
        subject = line(notification)
        context = _render_context(notification)
        context["body"] = render_to_string(f"{kind.template}_body.txt", context).strip()
        body = render_to_string("notifications/email_body.txt", context)
    return EmailMessage(
        subject=subject,
        body=body.strip() + "\n",
        to=[notification.recipient.email],
        headers={"Content-Language": language, "Auto-Submitted": "auto-generated"},
    )


# --- sending ------------------------------------------------------------------------------
class RetryLater(Exception):
    """A transient failure was recorded; try again in ``seconds``."""

    def __init__(self, seconds: int, reason: str):
        super().__init__(reason)
        self.seconds = seconds


def backoff(attempt: int) -> int:
    """Seconds to wait after failed attempt number ``attempt`` (1, 2, …): base × 2^(attempt − 1), capped."""
    return min(RETRY_BASE_SECONDS * 2 ** max(attempt - 1, 0), RETRY_MAX_SECONDS)


def is_permanent(exc: Exception) -> bool:
    """SMTP 5xx (the server or the recipient refuses for good) cannot be helped by retrying;
    4xx, refused connections and time-outs can. Anything else is a fault of ours: permanent."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _message in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code >= 500
    return not isinstance(exc, smtplib.SMTPException | OSError)


def deliver(notification_id: int) -> str:
    """Send the email of one notification if it is still due: "sent", "skipped" (already sent,
    not wanted, or another worker holds it) or "failed" (given up). Raises RetryLater after
    recording a transient failure."""
    now = timezone.now()
    stale = Q(email_state=EmailState.SENDING, email_claimed_at__lt=now - STALE_CLAIM)
    claimable = Q(email_state=EmailState.PENDING) | stale
    rows = Notification.objects.filter(pk=notification_id)
    if not rows.filter(claimable).update(email_state=EmailState.SENDING, email_claimed_at=now):
        return "skipped"
    notification = rows.select_related("recipient").get()
    recipient = notification.recipient
    preference = UserPreference.objects.filter(user=recipient).first()
    # Asked again at sending time: an address removed or a switch turned off since counts.
    if not (recipient.is_active and recipient.email) or (
        preference is not None and not preference.wants_email(notification.kind)
    ):
        rows.update(email_state=EmailState.NONE, email_claimed_at=None)
        return "skipped"
    attempt = notification.email_attempts + 1
    try:
        build_email(notification, preference).send()
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}"[:1000]
        if is_permanent(exc) or attempt >= MAX_ATTEMPTS:
            log.warning("notification %s: email given up after attempt %s: %s", notification_id, attempt, reason)
            rows.update(
                email_state=EmailState.FAILED, email_attempts=attempt, email_error=reason, email_claimed_at=None
            )
            return "failed"
        wait = backoff(attempt)
        rows.update(
            email_state=EmailState.PENDING,
            email_attempts=attempt,
            email_error=reason,
            email_claimed_at=None,
            email_next_at=now + dt.timedelta(seconds=wait),
        )
        raise RetryLater(wait, reason) from None
    rows.update(
        email_state=EmailState.SENT,
        email_sent_at=timezone.now(),
        email_attempts=attempt,
        email_error="",
        email_claimed_at=None,
    )
    return "sent"


def due_emails(now: dt.datetime | None = None) -> list[int]:
    """Rows the sweep should wake a worker for: pending ones past their grace or backoff,
    and claims of workers that died."""
    now = now or timezone.now()
    due = (
        Q(email_state=EmailState.PENDING, email_next_at__isnull=True, created_at__lte=now - SWEEP_GRACE)
        | Q(email_state=EmailState.PENDING, email_next_at__lte=now)
        | Q(email_state=EmailState.SENDING, email_claimed_at__lt=now - STALE_CLAIM)
    )
    return list(Notification.objects.filter(due).order_by("pk").values_list("pk", flat=True)[:SWEEP_BATCH])
