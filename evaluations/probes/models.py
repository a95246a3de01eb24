"""Probes: the question bank, schedules, the probe outbox and what came back.

A probe is a row before it is anything else: schedules and the API create
``Probe`` rows (status ``queued``) and the workers claim them with a
conditional UPDATE (``Probe.objects.claim``), so the database, not the broker,
knows what is due, what was sent and what is still waiting for the vendor.

The top floor: this app reads evaluations, contracts and vendors; nothing
below imports it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import secrets
import uuid
import zoneinfo
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from contracts.choices import Severity
from evaluations.probes import cadence
from evaluations.probes.choices import (
    AWAITING_VENDOR,
    CANCELLABLE,
    AttemptOutcome,
    Category,
    Language,
    ProbeStatus,
    ReplyKind,
    ReplySource,
)
from evaluations.tasks import schedule_recompute
from vendors.hours import business_minutes
from vendors.models import SupportChannel, Vendor
from vendorscore.language import in_reader_language

DEFAULT_SEVERITY_MIX = {"P1": 1, "P2": 2, "P3": 4, "P4": 3}
MAX_REPLY_CHARS = 100_000
MAX_ERROR_CHARS = 2_000
REPLY_TOKEN_SALT = "vendorscore.probes.reply-token"  # noqa: S105  (a salt, not a secret)


def default_language_for(vendor: Vendor | None) -> str:
    """Chinese for vendors in mainland China, Hong Kong, Macao and Taiwan (or unknown), else English."""
    if vendor is None or vendor.hq_region in ("", "cn", "hk-tw"):
        return Language.ZH
    return Language.EN


def default_severity_mix() -> dict[str, int]:
    return dict(DEFAULT_SEVERITY_MIX)


def validate_severity_mix(value: object) -> None:
    if not isinstance(value, dict) or not value:
        raise ValidationError(_('Give a weight for at least one severity, e.g. {"P1": 1, "P3": 3}.'))
    unknown = sorted(str(key) for key in value if key not in Severity.values)
    if unknown:
        raise ValidationError(
            _("Unknown severities: %(keys)s; use P1, P2, P3 or P4.") % {"keys": ", ".join(unknown)[:100]}
        )
    for key, weight in value.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= 100:
            raise ValidationError(_("The weight of %(key)s must be a number from 0 to 100.") % {"key": key})
    if not any(weight > 0 for weight in value.values()):
        raise ValidationError(_("At least one severity needs a weight above 0."))


# --- the question bank ----------------------------------------------------------------
class ProbeQuestionQuerySet(models.QuerySet):
    def active(self) -> ProbeQuestionQuerySet:
        return self.filter(is_active=True)

    def least_recently_asked(self, vendor_id: int, severity: str, rng) -> ProbeQuestion | None:
        """An active question of this severity that this vendor was asked least recently (never
        asked first, at random among those), so a vendor sees as few repeats as possible; any
        active question when none has the severity."""
        asked = Probe.objects.filter(vendor_id=vendor_id, question=models.OuterRef("pk")).order_by("-queued_at")
        candidates = self.active().annotate(last_asked=models.Subquery(asked.values("queued_at")[:1]))
        pool = list(candidates.filter(severity=severity)) or list(candidates)
        never = sorted((q for q in pool if q.last_asked is None), key=lambda q: q.pk)
        if never:
            return rng.choice(never)
        return min(pool, key=lambda q: (q.last_asked, q.pk), default=None)


class ProbeQuestion(models.Model):
    """A realistic technical question a buyer of live-streaming source code would ask.

    ``good_answer`` tells the rater what a strong answer contains; vendors never see it.
    Questions are retired, never deleted: probes keep pointing at what they asked.
    """

    key = models.SlugField(_("key"), max_length=64, unique=True, null=True, blank=True, editable=False)
    category = models.CharField(_("category"), max_length=16, choices=Category.choices)
    severity = models.CharField(_("severity"), max_length=2, choices=Severity.choices)
    title_en = models.CharField(_("subject (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("subject (Chinese)"), max_length=200, blank=True)
    body_en = models.TextField(_("question (English)"), max_length=5000, blank=True)
    body_zh = models.TextField(_("question (Chinese)"), max_length=5000, blank=True)
    good_answer_en = models.TextField(_("a good answer contains (English)"), max_length=5000, blank=True)
    good_answer_zh = models.TextField(_("a good answer contains (Chinese)"), max_length=5000, blank=True)
    is_active = models.BooleanField(_("in use"), default=True)
    retired_at = models.DateTimeField(_("retired"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProbeQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["category", "severity", "id"]
        verbose_name = _("probe question")
        verbose_name_plural = _("probe questions")
        constraints = [
            models.CheckConstraint(condition=Q(severity__in=Severity.values), name="probes_question_valid_severity"),
            models.CheckConstraint(condition=Q(category__in=Category.values), name="probes_question_valid_category"),
        ]

    def __str__(self) -> str:
        return self.title or f"#{self.pk}"

    @property
    def title(self) -> str:
        return in_reader_language(self, "title")

    @property
    def body(self) -> str:
        return in_reader_language(self, "body")

    @property
    def good_answer(self) -> str:
        return in_reader_language(self, "good_answer")

    def text_in(self, language: str) -> tuple[str, str]:
        """(subject, question) in ``language``, falling back to the other language."""
        first, second = ("zh", "en") if language.startswith("zh") else ("en", "zh")
        return (
            getattr(self, f"title_{first}") or getattr(self, f"title_{second}"),
            getattr(self, f"body_{first}") or getattr(self, f"body_{second}"),
        )

    def clean(self) -> None:
        super().clean()
        if not ((self.title_zh and self.body_zh) or (self.title_en and self.body_en)):
            raise ValidationError(
                {"body_zh": _("Write the subject and the question in at least one language, Chinese or English.")}
            )

    def retire(self) -> None:
        ProbeQuestion.objects.filter(pk=self.pk).update(is_active=False, retired_at=timezone.now())
        self.refresh_from_db(fields=["is_active", "retired_at"])

    def restore(self) -> None:
        ProbeQuestion.objects.filter(pk=self.pk).update(is_active=True, retired_at=None)
        self.refresh_from_db(fields=["is_active", "retired_at"])


# --- schedules ----------------------------------------------------------------------
class ProbeScheduleQuerySet(models.QuerySet):
    def alive(self) -> ProbeScheduleQuerySet:
        return self.filter(vendor__deleted_at__isnull=True)

    def for_user(self, user) -> ProbeScheduleQuerySet:
        return self.alive()

    def ready_to_plan(self, now: dt.datetime) -> ProbeScheduleQuerySet:
        return self.alive().filter(is_paused=False, next_slot_at__lte=now, channel__is_active=True)


class ProbeSchedule(models.Model):
    """Send a vendor probes on one channel: every N days or on a cron, inside a send window."""

    vendor = models.ForeignKey(
        Vendor, on_delete=models.CASCADE, related_name="probe_schedules", verbose_name=_("vendor")
    )
    channel = models.ForeignKey(
        SupportChannel, on_delete=models.CASCADE, related_name="probe_schedules", verbose_name=_("channel")
    )
    interval_days = models.PositiveSmallIntegerField(
        _("every N days"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(cadence.MAX_INTERVAL_DAYS)],
        help_text=_("Send a probe every this many days. Leave empty to use a cron expression instead."),
    )
    cron = models.CharField(
        _("cron expression"),
        max_length=100,
        blank=True,
        help_text=_("Five fields in the vendor's time zone, e.g. “0 10 * * 1,4” for Monday and Thursday."),
    )
    window_start = models.TimeField(_("send window opens"), default=dt.time(10), help_text=_("Vendor's local time."))
    window_end = models.TimeField(_("send window closes"), default=dt.time(17), help_text=_("Vendor's local time."))
    severity_mix = models.JSONField(
        _("severity mix"),
        default=default_severity_mix,
        validators=[validate_severity_mix],
        help_text=_('How often each severity is drawn, e.g. {"P1": 1, "P2": 2, "P3": 4, "P4": 3}.'),
    )
    language = models.CharField(
        _("language of the questions"), max_length=8, choices=Language.choices, default=Language.ZH
    )
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    is_paused = models.BooleanField(_("paused"), default=False)
    next_slot_at = models.DateTimeField(_("next probe slot"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProbeScheduleQuerySet.as_manager()

    class Meta:
        ordering = ["vendor__name", "id"]
        verbose_name = _("probe schedule")
        verbose_name_plural = _("probe schedules")
        constraints = [
            models.CheckConstraint(
                condition=(Q(interval_days__isnull=False) & Q(cron="")) | (Q(interval_days__isnull=True) & ~Q(cron="")),
                name="probes_schedule_one_cadence",
                violation_error_message=_("Choose every N days or a cron expression, not both."),
            ),
            models.CheckConstraint(
                condition=Q(window_end__gt=F("window_start")),
                name="probes_schedule_window_not_empty",
                violation_error_message=_("The send window is empty: it must close after it opens."),
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="probes_schedule_ends_after_start",
                violation_error_message=_("The schedule cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.vendor} · {self.channel.get_kind_display()} · {self.cadence_label}"

    def save(self, *args, **kwargs):
        # Every save (create, edit, resume) starts again from the first slot still ahead
        # and not yet planned: a schedule never sends for slots from before it was set
        # this way, nor twice for one slot.
        if not self.is_paused:
            slot = self.first_slot(timezone.now())
            planned = self.probes.aggregate(latest=models.Max("slot_at"))["latest"] if self.pk else None
            while slot is not None and planned is not None and slot <= planned:
                slot = cadence.next_slot(slot, **self.cadence_options())
            self.next_slot_at = slot
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("probes:schedule_edit", args=[self.pk])

    @property
    def cadence_label(self) -> str:
        if self.interval_days:
            return str(_("every %(days)d days") % {"days": self.interval_days})
        return f"cron {self.cron}"

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.vendor.time_zone)

    @property
    def has_ended(self) -> bool:
        return self.next_slot_at is None and not self.is_paused

    @property
    def next_window(self) -> tuple[dt.datetime, dt.datetime] | None:
        """When the next probe may go out: the send window of the next slot."""
        if self.next_slot_at is None or self.is_paused:
            return None
        return cadence.send_window(self.next_slot_at, self.window_start, self.window_end, self.tz)

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list] = {}
        self.cron = (self.cron or "").strip()
        if bool(self.interval_days) == bool(self.cron):
            errors["interval_days"] = [_("Choose every N days or a cron expression, not both.")]
        if self.cron:
            try:
                cadence.check_cron(self.cron)
            except cadence.CadenceError as exc:
                errors["cron"] = [_("This cron expression never fires: %(reason)s.") % {"reason": exc}]
        if self.window_start and self.window_end and self.window_end <= self.window_start:
            errors["window_end"] = [_("The send window is empty: it must close after it opens.")]
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = [_("The schedule cannot end before it starts.")]
        if self.vendor_id and self.channel_id and self.channel.vendor_id != self.vendor_id:
            errors["channel"] = [_("This channel belongs to another vendor.")]
        if not errors and self.vendor_id:
            try:
                first = self.first_slot(timezone.now())
            except (OverflowError, ValueError):  # a start or end at the very edge of the calendar
                errors["starts_on"] = [_("This date is too far in the past or the future for a schedule.")]
            else:
                if first is None:
                    field = "cron" if self.cron else "ends_on"
                    errors[field] = [_("This schedule has no probe left to send: it ends before its next slot.")]
        if errors:
            raise ValidationError(errors)

    def cadence_options(self) -> dict:
        return {
            "tz": self.tz,
            "starts_on": self.starts_on,
            "ends_on": self.ends_on,
            "interval_days": self.interval_days,
            "cron": self.cron,
        }

    def first_slot(self, now: dt.datetime) -> dt.datetime | None:
        return cadence.first_open_slot(
            now, window_start=self.window_start, window_end=self.window_end, **self.cadence_options()
        )

    def pause(self) -> None:
        ProbeSchedule.objects.filter(pk=self.pk).update(is_paused=True, updated_at=timezone.now())
        self.is_paused = True

    def resume(self) -> None:
        self.is_paused = False
        self.save(update_fields=["is_paused", "next_slot_at", "updated_at"])

    def plan(self, now: dt.datetime) -> Probe | None:
        """Turn the due slot into a probe row. Slots missed while nothing ran collapse into
        the newest one, so a long outage never sends a burst of questions at once.

        Idempotent and safe to run concurrently: the slot advances with a
        compare-and-swap on ``next_slot_at``, and a probe per slot is unique.
        """
        slot = self.next_slot_at
        if slot is None or slot > now or self.is_paused:
            return None
        options = self.cadence_options()
        following = cadence.next_slot(slot, **options)
        while following is not None and following <= now:
            slot, following = following, cadence.next_slot(following, **options)
        with transaction.atomic():
            advanced = ProbeSchedule.objects.filter(pk=self.pk, next_slot_at=self.next_slot_at).update(
                next_slot_at=following
            )
            self.next_slot_at = following
            if advanced != 1:
                return None  # another planner took this slot
            rng = cadence.seeded(self.pk, slot)
            window = cadence.send_window(slot, self.window_start, self.window_end, self.tz, not_before=now)
            due_at = cadence.send_time(slot, window, rng)
            severity = cadence.pick_severity(self.severity_mix, rng)
            question = ProbeQuestion.objects.least_recently_asked(self.vendor_id, severity, rng)
            if question is None:
                return None
            try:
                with transaction.atomic():
                    return Probe.objects.create_for(
                        channel=self.channel,
                        question=question,
                        severity=severity,
                        language=self.language,
                        due_at=due_at,
                        schedule=self,
                        slot_at=slot,
                    )
            except IntegrityError:
                return None  # this slot already has its probe


# --- probes ---------------------------------------------------------------------------
class ProbeQuerySet(models.QuerySet):
    def alive(self) -> ProbeQuerySet:
        return self.filter(vendor__deleted_at__isnull=True)

    def for_user(self, user) -> ProbeQuerySet:
        """Every role reads every probe of a live vendor (one team per site)."""
        return self.alive()

    def due(self, now: dt.datetime) -> ProbeQuerySet:
        return self.filter(status=ProbeStatus.QUEUED, next_attempt_at__lte=now)

    def create_for(
        self,
        *,
        channel: SupportChannel,
        question: ProbeQuestion,
        severity: str,
        language: str,
        due_at: dt.datetime,
        created_by=None,
        schedule: ProbeSchedule | None = None,
        slot_at: dt.datetime | None = None,
    ) -> Probe:
        """A new outbox row: the question as it will be sent, its Message-ID and reply token."""
        subject, text = question.text_in(language)
        nonce = secrets.token_hex(16)
        return self.create(
            vendor_id=channel.vendor_id,
            channel=channel,
            schedule=schedule,
            slot_at=slot_at,
            question=question,
            severity=severity,
            language=language,
            subject=subject,
            question_text=text,
            status=ProbeStatus.QUEUED,
            due_at=due_at,
            next_attempt_at=due_at,
            message_id=make_msgid(domain=reply_domain()),
            reply_nonce=nonce,
            reply_token_hash=Probe.hash_token(Probe.token_for(nonce)),
            reply_expires_at=due_at + dt.timedelta(days=settings.PROBE_REPLY_LINK_DAYS),
            created_by=created_by,
        )

    def queue_now(
        self,
        channel: SupportChannel,
        *,
        question: ProbeQuestion | None = None,
        severity: str = "",
        language: str = Language.ZH,
        user=None,
    ) -> Probe:
        """Probe now: a row due at once (the caller wakes a worker after commit; the
        dispatcher picks it up within one tick if that wake-up is lost). Without a
        question, the one this vendor was asked least recently of ``severity``."""
        if not channel.is_active or channel.vendor.deleted_at is not None:
            raise ValidationError({"channel": _("This channel is not active.")})
        if question is None:
            rng = random.Random()  # noqa: S311  (which question to ask is not a secret)
            question = ProbeQuestion.objects.least_recently_asked(channel.vendor_id, severity, rng)
            if question is None:
                raise ValidationError({"question": _("The question bank has no active question.")})
        elif not question.is_active:
            raise ValidationError({"question": _("This question is retired.")})
        return self.create_for(
            channel=channel,
            question=question,
            severity=severity or question.severity,
            language=language,
            due_at=timezone.now(),
            created_by=user,
        )

    def claim(self, probe_id: int, worker: str, now: dt.datetime, attempt_count: int | None = None) -> uuid.UUID | None:
        """Compare-and-swap: take a due probe for sending. Returns the claim token, or None
        when the probe is not due or another worker already has it (or, given ``attempt_count``,
        when the row has been tried since the caller read it)."""
        token = uuid.uuid4()
        rows = (
            self.filter(pk=probe_id) if attempt_count is None else self.filter(pk=probe_id, attempt_count=attempt_count)
        )
        taken = rows.due(now).update(
            status=ProbeStatus.SENDING,
            claim_token=token,
            claimed_at=now,
            claimed_by=worker[:100],
            attempt_count=F("attempt_count") + 1,
        )
        return token if taken == 1 else None

    def requeue_stale_claims(self, now: dt.datetime, older_than: dt.timedelta) -> int:
        """Claims held past the task time limit belong to a worker that died: queue them again."""
        held_too_long = self.filter(status=ProbeStatus.SENDING, claimed_at__lt=now - older_than)
        stale = list(held_too_long.values_list("pk", flat=True))
        if not stale:
            return 0
        requeued = held_too_long.filter(pk__in=stale).update(
            status=ProbeStatus.QUEUED, claim_token=None, next_attempt_at=now
        )
        ProbeAttempt.objects.filter(probe_id__in=stale, finished_at__isnull=True).update(
            finished_at=now, outcome=AttemptOutcome.ABANDONED, error="The worker stopped before it finished."
        )
        return requeued

    def time_out(self, now: dt.datetime, after: dt.timedelta) -> list[int]:
        """Mark probes nobody answered within ``after`` of sending; returns their vendors."""
        overdue = self.filter(status=ProbeStatus.SENT, first_response_at__isnull=True, sent_at__lt=now - after)
        vendors = sorted(set(overdue.values_list("vendor_id", flat=True)))
        overdue.update(status=ProbeStatus.TIMED_OUT, timed_out_at=now)
        return vendors


def reply_domain() -> str:
    return parseaddr(settings.PROBE_REPLY_ADDRESS)[1].rpartition("@")[2] or "localhost"


class Probe(models.Model):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="probes", verbose_name=_("vendor"))
    channel = models.ForeignKey(
        SupportChannel, on_delete=models.PROTECT, related_name="probes", verbose_name=_("channel")
    )
    schedule = models.ForeignKey(ProbeSchedule, on_delete=models.SET_NULL, null=True, blank=True, related_name="probes")
    slot_at = models.DateTimeField(_("schedule slot"), null=True, blank=True)
    question = models.ForeignKey(
        ProbeQuestion, on_delete=models.PROTECT, related_name="probes", verbose_name=_("question")
    )
    severity = models.CharField(_("severity"), max_length=2, choices=Severity.choices)
    language = models.CharField(_("language"), max_length=8, choices=Language.choices, default=Language.ZH)
    subject = models.CharField(_("subject"), max_length=200)
    question_text = models.TextField(_("question as sent"))
    status = models.CharField(_("status"), max_length=16, choices=ProbeStatus.choices, default=ProbeStatus.QUEUED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    queued_at = models.DateTimeField(_("queued"), auto_now_add=True)
    due_at = models.DateTimeField(_("due"))
    # The outbox: when the next attempt may run, and who holds the row now.
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True, editable=False)
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    claimed_by = models.CharField(max_length=100, blank=True, editable=False)
    attempt_count = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    reply_nonce = models.CharField(max_length=32, editable=False)
    reply_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    reply_expires_at = models.DateTimeField(_("reply link expires"))
    # What came back, and the measurements derived from it (see measure()).
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first human response"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolution_note = models.TextField(_("resolution note"), blank=True, max_length=5000)
    timed_out_at = models.DateTimeField(_("timed out"), null=True, blank=True)
    ack_minutes = models.PositiveIntegerField(null=True, blank=True)
    ack_business_minutes = models.PositiveIntegerField(null=True, blank=True)
    response_minutes = models.PositiveIntegerField(_("minutes to first response"), null=True, blank=True)
    response_business_minutes = models.PositiveIntegerField(
        _("business minutes to first response"), null=True, blank=True
    )
    resolution_minutes = models.PositiveIntegerField(_("minutes to resolution"), null=True, blank=True)
    resolution_business_minutes = models.PositiveIntegerField(
        _("business minutes to resolution"), null=True, blank=True
    )

    objects = ProbeQuerySet.as_manager()

    class Meta:
        ordering = ["-due_at", "-id"]
        verbose_name = _("probe")
        verbose_name_plural = _("probes")
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="probes_probe_outbox"),
            models.Index(fields=["vendor", "sent_at"], name="probes_probe_vendor_sent"),
            # The lists' order: a page of the newest probes is read from here, not sorted from every probe.
            models.Index(fields=["-due_at", "-id"], name="probes_probe_listed"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["schedule", "slot_at"],
                condition=Q(schedule__isnull=False),
                name="probes_probe_one_per_slot",
            ),
            models.CheckConstraint(condition=Q(status__in=ProbeStatus.values), name="probes_probe_valid_status"),
            models.CheckConstraint(condition=Q(severity__in=Severity.values), name="probes_probe_valid_severity"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.vendor} · {self.severity} · {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("probes:probe_detail", args=[self.pk])

    # --- the reply token -------------------------------------------------------------
    @staticmethod
    def token_for(nonce: str) -> str:
        """160 bits derived from the row's random nonce and SECRET_KEY: reproducible by the
        server for every send, unguessable without the key, and stored only as a hash."""
        digest = salted_hmac(REPLY_TOKEN_SALT, nonce, algorithm="sha256").digest()
        return base64.b32encode(digest[:20]).decode().lower()

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.strip().lower().encode()).hexdigest()

    @property
    def reply_token(self) -> str:
        return self.token_for(self.reply_nonce)

    @property
    def reply_address(self) -> str:
        _name, address = parseaddr(settings.PROBE_REPLY_ADDRESS)
        local, _at, domain = address.partition("@")
        return f"{local}+{self.reply_token}@{domain}"

    @property
    def reply_url(self) -> str:
        return settings.SITE_URL.rstrip("/") + reverse("probes:reply_page", args=[self.reply_token])

    # --- reading ----------------------------------------------------------------------
    @property
    def is_manual(self) -> bool:
        return self.channel.is_manual

    @property
    def can_take_replies(self) -> bool:
        return self.status in AWAITING_VENDOR

    @property
    def can_be_cancelled(self) -> bool:
        return self.status in CANCELLABLE

    def quality(self) -> float | None:
        """Mean of the ratings (uses prefetched ratings when present)."""
        scores = [rating.score for rating in self.ratings.all()]
        return sum(scores) / len(scores) if scores else None

    # --- measuring --------------------------------------------------------------------
    def _clock(self, end: dt.datetime | None) -> tuple[int | None, int | None]:
        if end is None or self.sent_at is None:
            return None, None
        end = max(end, self.sent_at)
        wall = int((end - self.sent_at).total_seconds() // 60)
        hours = self.channel.weekly_hours
        business = int(business_minutes(self.sent_at, end, hours, self.vendor.time_zone, self.vendor.holiday_country))
        return wall, business

    def measure(self) -> None:
        """Derive the minute counts from the timestamps, on the wall clock and in the
        channel's hours (the vendor's unless the channel has its own)."""
        self.ack_minutes, self.ack_business_minutes = self._clock(self.acknowledged_at)
        self.response_minutes, self.response_business_minutes = self._clock(self.first_response_at)
        self.resolution_minutes, self.resolution_business_minutes = self._clock(self.resolved_at)

    MEASURED_FIELDS = (
        "ack_minutes",
        "ack_business_minutes",
        "response_minutes",
        "response_business_minutes",
        "resolution_minutes",
        "resolution_business_minutes",
    )

    # --- what happens to a probe ------------------------------------------------------
    def apply_reply(self, reply: ProbeReply, *, refresh: bool = True) -> None:
        """Count a reply: the earliest of any kind acknowledges, the earliest human one is the
        first response. Safe to call again for the same reply, and in any order. ``refresh=False``
        leaves this instance as it was (a caller that does not read it again saves a query)."""
        with transaction.atomic():
            # The channel's vendor too: its hours are the channel's unless it has its own.
            probe = Probe.objects.select_for_update().select_related("channel__vendor", "vendor").get(pk=self.pk)
            at = reply.received_at if probe.sent_at is None else max(reply.received_at, probe.sent_at)
            if probe.acknowledged_at is None or at < probe.acknowledged_at:
                probe.acknowledged_at = at
            if reply.kind == ReplyKind.HUMAN:
                if probe.first_response_at is None or at < probe.first_response_at:
                    probe.first_response_at = at
                if probe.status in (ProbeStatus.SENT, ProbeStatus.TIMED_OUT):
                    probe.status = ProbeStatus.ANSWERED
            probe.measure()
            probe.save(update_fields=["acknowledged_at", "first_response_at", "status", *self.MEASURED_FIELDS])
            schedule_recompute(probe.vendor_id)
        if refresh:
            self.refresh_from_db()

    def record_manual_reply(
        self,
        user,
        *,
        received_at: dt.datetime,
        kind: str,
        body: str,
        from_address: str = "",
        idempotency_key: str | None = None,
    ) -> tuple[ProbeReply, bool]:
        """An evaluator logs what the vendor said elsewhere (phone, group chat, ticket portal).
        Returns (reply, duplicate): a repeated ``idempotency_key`` gives back the first reply."""
        if not self.can_take_replies:
            raise ValidationError(_("This probe has not been sent yet; record when it was sent first."))
        if received_at > timezone.now() + dt.timedelta(minutes=5):
            raise ValidationError({"received_at": _("The answer cannot have arrived in the future.")})
        if self.sent_at and received_at < self.sent_at:
            raise ValidationError({"received_at": _("The answer cannot have arrived before the question was sent.")})
        try:
            with transaction.atomic():
                reply = ProbeReply.objects.create(
                    probe=self,
                    kind=kind,
                    source=ReplySource.MANUAL,
                    received_at=received_at,
                    from_address=from_address[:320],
                    body=body,
                    recorded_by=user,
                    idempotency_key=idempotency_key,
                )
        except IntegrityError:
            return ProbeReply.objects.get(idempotency_key=idempotency_key), True
        self.apply_reply(reply)
        return reply, False

    def rate(self, user, score: int, note: str = "") -> ProbeRating:
        if self.first_response_at is None:
            raise ValidationError(_("There is no answer to rate yet."))
        try:
            with transaction.atomic():
                rating = ProbeRating.objects.create(probe=self, rater=user, score=score, note=note)
        except IntegrityError:
            raise ValidationError(_("You have already rated this answer.")) from None
        schedule_recompute(self.vendor_id)
        return rating

    def mark_sent_by_hand(self, user, at: dt.datetime) -> None:
        """An evaluator sent a manual probe (phone, group chat, ticket portal) at ``at``."""
        if self.status != ProbeStatus.MANUAL:
            raise ValidationError(_("Only a probe waiting to be sent by hand can be marked as sent."))
        if at > timezone.now() + dt.timedelta(minutes=5):
            raise ValidationError({"sent_at": _("The sending time cannot be in the future.")})
        if at < self.queued_at - dt.timedelta(days=1):
            raise ValidationError({"sent_at": _("The sending time is before the probe was created.")})
        with transaction.atomic():
            updated = Probe.objects.filter(pk=self.pk, status=ProbeStatus.MANUAL).update(
                status=ProbeStatus.SENT, sent_at=at
            )
            if updated != 1:
                raise ValidationError(_("Someone else marked this probe as sent first."))
            self.refresh_from_db()
            self._remeasure()

    def _remeasure(self) -> None:
        self.measure()
        Probe.objects.filter(pk=self.pk).update(**{field: getattr(self, field) for field in self.MEASURED_FIELDS})
        schedule_recompute(self.vendor_id)

    def resolve(self, user, at: dt.datetime, note: str = "") -> None:
        """The vendor's answer solved the problem, at ``at`` (an evaluator's judgement)."""
        if self.first_response_at is None:
            raise ValidationError(_("Record the vendor's answer before marking the probe resolved."))
        if at > timezone.now() + dt.timedelta(minutes=5):
            raise ValidationError({"resolved_at": _("The resolution time cannot be in the future.")})
        if at < self.first_response_at:
            raise ValidationError({"resolved_at": _("A probe cannot be resolved before the vendor first answered.")})
        with transaction.atomic():
            updated = Probe.objects.filter(pk=self.pk, status=ProbeStatus.ANSWERED).update(
                status=ProbeStatus.RESOLVED, resolved_at=at, resolved_by=user, resolution_note=note[:5000]
            )
            if updated != 1:
                raise ValidationError(_("Only an answered probe can be marked resolved."))
            self.refresh_from_db()
            self._remeasure()

    def cancel(self) -> None:
        updated = Probe.objects.filter(pk=self.pk, status__in=CANCELLABLE).update(
            status=ProbeStatus.CANCELLED, next_attempt_at=None
        )
        if updated != 1:
            raise ValidationError(_("Only a probe that has not been sent can be cancelled."))
        self.refresh_from_db()


class ProbeAttempt(models.Model):
    """One try at sending a probe: when, by which worker, and how it ended."""

    probe = models.ForeignKey(Probe, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=16, choices=AttemptOutcome.choices, blank=True)
    error = models.TextField(_("error"), blank=True)
    worker = models.CharField(_("worker"), max_length=100, blank=True)

    class Meta:
        ordering = ["probe", "number", "id"]
        verbose_name = _("probe attempt")
        verbose_name_plural = _("probe attempts")

    def __str__(self) -> str:
        return f"{self.probe_id} #{self.number} {self.outcome}"


class ProbeReply(models.Model):
    """Something the vendor sent back, kept whole as evidence."""

    probe = models.ForeignKey(Probe, on_delete=models.CASCADE, related_name="replies")
    kind = models.CharField(_("kind"), max_length=8, choices=ReplyKind.choices)
    source = models.CharField(_("source"), max_length=16, choices=ReplySource.choices)
    received_at = models.DateTimeField(_("received"))
    from_address = models.CharField(_("from"), max_length=320, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("text"), blank=True)
    inbound_message_id = models.CharField(max_length=255, null=True, blank=True, unique=True, editable=False)
    idempotency_key = models.CharField(max_length=100, null=True, blank=True, unique=True, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["received_at", "id"]
        verbose_name = _("probe reply")
        verbose_name_plural = _("probe replies")

    def __str__(self) -> str:
        return f"{self.probe_id} {self.kind} {self.received_at:%Y-%m-%d %H:%M}"


class ProbeRating(models.Model):
    """How good an answer was (1-5 on the rubric). A second rater rates blind: others'
    ratings stay hidden from an evaluator until they have rated themselves."""

    probe = models.ForeignKey(Probe, on_delete=models.CASCADE, related_name="ratings")
    rater = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(
        _("answer quality"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    note = models.TextField(_("why"), blank=True, max_length=5000)
    created_at = models.DateTimeField(_("rated"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("probe rating")
        verbose_name_plural = _("probe ratings")
        constraints = [
            models.UniqueConstraint(
                fields=["probe", "rater"],
                name="probes_rating_one_per_rater",
                violation_error_message=_("You have already rated this answer."),
            ),
            models.CheckConstraint(condition=Q(score__gte=1, score__lte=5), name="probes_rating_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.probe_id}: {self.score}"


class ImapCursor(models.Model):
    """How far the poller has read a mailbox (by UID within one UIDVALIDITY)."""

    mailbox = models.CharField(max_length=64, unique=True)
    uidvalidity = models.BigIntegerField(default=0)
    last_uid = models.BigIntegerField(default=0)
    polled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mailbox cursor")
        verbose_name_plural = _("mailbox cursors")

    def __str__(self) -> str:
        return f"{self.mailbox}: {self.uidvalidity}/{self.last_uid}"
