from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    STREAMING = "streaming", _("Streaming and latency")
    COHOSTING = "cohosting", _("Co-hosting and PK")
    BEAUTY = "beauty", _("Beauty and effects SDK")
    PAYMENT = "payment", _("Payment and gifts")
    IM = "im", _("Instant messaging")
    DEPLOYMENT = "deployment", _("Deployment and servers")
    CDN = "cdn", _("Switching CDN or cloud")
    APP_STORE = "app_store", _("App-store release")
    UPGRADE = "upgrade", _("Upgrades and merges")
    ADMIN = "admin", _("Admin panel")


class ProbeStatus(models.TextChoices):
    """Where a probe is in its life: an outbox row first, then a question waiting for answers."""

    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    MANUAL = "manual", _("To send by hand")
    SENT = "sent", _("Waiting for an answer")
    ANSWERED = "answered", _("Answered")
    RESOLVED = "resolved", _("Resolved")
    TIMED_OUT = "timed_out", _("No answer in time")
    FAILED = "failed", _("Could not be sent")
    CANCELLED = "cancelled", _("Cancelled")


# Sent and waiting for the vendor, or already answered: replies may arrive.
AWAITING_VENDOR = (ProbeStatus.SENT, ProbeStatus.ANSWERED, ProbeStatus.TIMED_OUT, ProbeStatus.RESOLVED)
# Not sent yet and not given up: a manager may still cancel it.
CANCELLABLE = (ProbeStatus.QUEUED, ProbeStatus.MANUAL)


class ReplyKind(models.TextChoices):
    HUMAN = "human", _("Human answer")
    AUTO = "auto", _("Automatic acknowledgement")


class ReplySource(models.TextChoices):
    IMAP = "imap", _("Mailbox (IMAP)")
    WEBHOOK = "webhook", _("Inbound mail webhook")
    REPLY_PAGE = "reply_page", _("Reply page")
    MANUAL = "manual", _("Logged by hand")


class AttemptOutcome(models.TextChoices):
    SENT = "sent", _("Sent")
    HANDED_OVER = "handed_over", _("Put on the to-do list")
    RETRY = "retry", _("Failed, will retry")
    FAILED = "failed", _("Failed for good")
    ABANDONED = "abandoned", _("Worker stopped; re-queued")


class Language(models.TextChoices):
    ZH = "zh-hans", _("Chinese")
    EN = "en", _("English")


# What the answer quality scores mean (1-5), for raters.
QUALITY_RUBRIC = {
    5: _("Precise and code-level: names the cause, the file or setting, and the fix"),
    4: _("Correct and specific, with steps we can follow"),
    3: _("Generic but useful; needed more questions"),
    2: _("Vague or deflecting: asks us to check our own setup, no real answer"),
    1: _("Evasive or wrong"),
}
