from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vendorscore.validators import validate_time_zone


def language_choices() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


class UserPreference(models.Model):
    """Per-user display and notification settings. The time zone and the language are
    copied into the session at login (see vendorscore.signals) so that no page pays a
    query for them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="preference")
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Asia/Shanghai",
        validators=[validate_time_zone],
        help_text=_("Dates and times are shown in this zone."),
    )
    # Blank: never chosen; pages follow the header switch or the browser, emails LANGUAGE_CODE.
    language = models.CharField(_("language"), max_length=8, choices=language_choices, blank=True)
    # Notification kinds (vendorscore.notifications.KINDS keys) whose email is switched off.
    # Listed rather than one column per kind, so later kinds need no migration; default: all on.
    email_off = models.JSONField(_("emails switched off"), default=list, blank=True)

    class Meta:
        verbose_name = _("user preference")
        verbose_name_plural = _("user preferences")

    def __str__(self) -> str:
        return f"{self.user} ({self.time_zone})"

    @classmethod
    def time_zone_for(cls, user) -> str:
        pref = cls.objects.filter(user=user).only("time_zone").first()
        return pref.time_zone if pref else settings.TIME_ZONE

    def wants_email(self, kind: str) -> bool:
        return kind not in (self.email_off or [])


class EmailState(models.TextChoices):
    NONE = "none", _("not emailed")  # switched off, or the user has no address
    PENDING = "pending", _("waiting to be sent")
    SENDING = "sending", _("being sent")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user) -> NotificationQuerySet:
        """A user's own notifications, newest first; nobody reads another's."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.filter(recipient=user)

    def unread(self) -> NotificationQuerySet:
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """Something that happened which one user should know about: a row in their in-app list
    and, unless they switched the kind off, an email (the row is the email's outbox entry:
    ``email_sent_at`` is set once it went out, so a retried task never sends it twice)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("recipient")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    kind = models.CharField(_("kind"), max_length=64)
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    # Plain data the texts are rendered from, in the reader's language at reading time.
    context = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    email_state = models.CharField(_("email"), max_length=8, choices=EmailState.choices, default=EmailState.NONE)
    email_attempts = models.PositiveSmallIntegerField(default=0)
    email_next_at = models.DateTimeField(null=True, blank=True)  # earliest retry after a failure
    email_claimed_at = models.DateTimeField(null=True, blank=True)  # while SENDING
    email_sent_at = models.DateTimeField(_("emailed"), null=True, blank=True)
    email_error = models.TextField(blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["recipient", "-created_at"], name="notification_list"),
            models.Index(fields=["email_state", "email_next_at"], name="notification_email_due"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(email_state__in=EmailState.values), name="vendorscore_notification_email_state"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None

    @property
    def target_url(self) -> str | None:
        """The target's page, or None when it is gone or has none."""
        target = self.target
        if target is None or not hasattr(target, "get_absolute_url"):
            return None
        try:
            return target.get_absolute_url()
        except NoReverseMatch:
            return None
