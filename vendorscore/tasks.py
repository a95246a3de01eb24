"""Project-wide tasks. Thin wrappers: the work is Django's own or in vendorscore.notifications."""

from __future__ import annotations

import logging
import os
import socket

from celery import shared_task
from django.core import management

from vendorscore import notifications

logger = logging.getLogger(__name__)


@shared_task(ignore_result=False)
def ping(token: str) -> dict:
    """Echo ``token`` with the worker's identity: proves a worker really ran it."""
    return {"token": token, "pid": os.getpid(), "host": socket.gethostname()}


@shared_task
def clear_expired_sessions() -> None:
    management.call_command("clearsessions")


# A wake-up is a hint: the work is already in the database. It gets one try at the broker with
# a short timeout, on a connection of its own (kombu's default keeps retrying for
# broker_connection_timeout, about 6 s, and redis-py has its own retries).
WAKE_TIMEOUT_SECONDS = 0.5
WAKE_TRANSPORT_OPTIONS = {
    "max_retries": 0,
    "socket_connect_timeout": WAKE_TIMEOUT_SECONDS,
    "socket_timeout": WAKE_TIMEOUT_SECONDS,
}


def wake(task, *args, countdown: float | None = None) -> bool:
    """Best effort: ask a worker to run ``task`` now (or in ``countdown`` seconds). The database
    already holds the work, so when the broker is unreachable the periodic sweep picks it up;
    nothing is lost and the caller (often a web request) is not kept waiting by retries."""
    try:
        if task.app.conf.task_always_eager:
            task.apply_async(args, countdown=countdown)
            return True
        with task.app.connection_for_write(
            connect_timeout=WAKE_TIMEOUT_SECONDS, transport_options=WAKE_TRANSPORT_OPTIONS
        ) as connection:
            task.apply_async(args, countdown=countdown, retry=False, connection=connection)
    except Exception as exc:  # any broker failure is the sweep's job, not the caller's
        logger.warning("could not wake %s%r: %s", task.name, args, exc)
        return False
    return True


@shared_task(bind=True, max_retries=None)  # bounded by the row: notifications.MAX_ATTEMPTS
def send_notification_email(self, notification_id: int) -> str:
    """Email one notification unless it was sent already; transient SMTP failures retry with backoff."""
    try:
        return notifications.deliver(notification_id)
    except notifications.RetryLater as later:
        raise self.retry(countdown=later.seconds) from None


@shared_task
def send_due_notification_emails() -> int:
    """Every few minutes: wake a worker for notification emails whose wake-up was lost."""
    due = notifications.due_emails()
    for notification_id in due:
        wake(send_notification_email, notification_id)
    return len(due)
