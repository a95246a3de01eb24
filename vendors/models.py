"""Vendors and the objective facts recorded about them.

The ground floor of the project: nothing here imports contracts or evaluations.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import (
    EmailValidator,
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
    URLValidator,
)
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

from vendors import choices
from vendors.hours import HoursError, WeeklyHours, holiday_name, is_supported_country
from vendors.metrics import ContactSpan, ReleaseCadence, ReleaseFact, Turnover, contact_turnover, release_cadence
from vendorscore import netguard
from vendorscore.language import reading_chinese
from vendorscore.validators import NOTES_MAX_CHARS, validate_time_zone


def validate_weekly_hours(value: object) -> None:
    try:
        WeeklyHours.from_json(value)
    except HoursError as exc:
        raise ValidationError(str(exc), code="invalid_hours") from None


def validate_holiday_country(value: str) -> None:
    if value and not is_supported_country(value):
        raise ValidationError(
            _("“%(value)s” is not a country with a holiday calendar; use a two-letter code such as CN."),
            code="invalid_country",
            params={"value": value},
        )


@deconstructible
class NotInFuture:
    """Refuses dates after today (in the site's time zone): these fields record what has happened."""

    def __init__(self, message: str):
        self.message = message

    def __call__(self, value: dt.date | None) -> None:
        if value and value > timezone.localdate():
            raise ValidationError(self.message, code="future_date")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NotInFuture) and self.message == other.message


class Scenario(models.Model):
    """A business scenario a vendor serves (rows fixed by a data migration)."""

    key = models.CharField(_("key"), max_length=32, unique=True, choices=choices.ScenarioKey.choices)

    class Meta:
        ordering = ["id"]
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")

    def __str__(self) -> str:
        return str(choices.ScenarioKey(self.key).label)


class VendorQuerySet(models.QuerySet):
    def alive(self) -> VendorQuerySet:
        return self.filter(deleted_at__isnull=True)

    def for_user(self, user) -> VendorQuerySet:
        """The vendors a user may see. One team per site: every role sees every live vendor."""
        return self.alive()

    def with_lists(self) -> VendorQuerySet:
        """What list pages and list endpoints show, in a fixed number of queries."""
        return self.prefetch_related("scenarios")


class Vendor(models.Model):
    # What people edit, in the order forms show it; the API exposes the same fields.
    PROFILE_FIELDS = (
        "name",
        "name_zh",
        "name_en",
        "status",
        "website",
        "hq_region",
        "time_zone",
        "support_hours",
        "holiday_country",
        "team_size",
        "support_team",
        "company_scale",
        "scenarios",
        "notes",
    )

    name = models.CharField(_("name"), max_length=200, help_text=_("The name your team uses for this vendor."))
    name_zh = models.CharField(_("Chinese name"), max_length=200, blank=True)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    hq_region = models.CharField(_("headquarters region"), max_length=16, choices=choices.Region.choices, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Asia/Shanghai",
        validators=[validate_time_zone],
        help_text=_("The zone the support team works in, e.g. Asia/Shanghai."),
    )
    support_hours = models.JSONField(
        _("support hours"),
        default=dict,
        blank=True,
        validators=[validate_weekly_hours],
        help_text=_("Weekly hours in the vendor's time zone, e.g. “mon-fri 09:00-18:00; sat 10:00-16:00” or “24/7”."),
    )
    holiday_country = models.CharField(
        _("holiday calendar"),
        max_length=3,
        blank=True,
        default="CN",
        validators=[validate_holiday_country],
        help_text=_(
            "Public holidays and make-up working days of this country apply to the support hours. "
            "Leave empty for a team that works through holidays."
        ),
    )
    team_size = models.PositiveIntegerField(
        _("support team size"), null=True, blank=True, validators=[MaxValueValidator(100_000)]
    )
    support_team = models.CharField(
        _("support team"), max_length=16, choices=choices.SupportTeam.choices, default=choices.SupportTeam.UNKNOWN
    )
    company_scale = models.CharField(
        _("company scale"), max_length=16, choices=choices.CompanyScale.choices, default=choices.CompanyScale.UNKNOWN
    )
    scenarios = models.ManyToManyField(Scenario, verbose_name=_("scenarios served"), blank=True, related_name="vendors")
    status = models.CharField(
        _("status"), max_length=16, choices=choices.VendorStatus.choices, default=choices.VendorStatus.CANDIDATE
    )
    notes = models.TextField(_("notes"), blank=True, validators=[MaxLengthValidator(NOTES_MAX_CHARS)])
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True, editable=False)

    objects = VendorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("vendor")
        verbose_name_plural = _("vendors")
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                condition=models.Q(deleted_at__isnull=True),
                name="vendors_vendor_unique_live_name",
                violation_error_code="duplicate_name",
                violation_error_message=_("A vendor with this name already exists."),
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=choices.VendorStatus.values), name="vendors_vendor_valid_status"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("vendors:vendor_detail", args=[self.pk])

    def validate_constraints(self, exclude=None) -> None:
        # The unique-name constraint is on Lower("name"), an expression, so Django
        # reports a clash for the whole form; it belongs beside the name field.
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict({})
            general = errors.pop(NON_FIELD_ERRORS, [])
            errors.setdefault("name", []).extend(e for e in general if e.code == "duplicate_name")
            if others := [e for e in general if e.code != "duplicate_name"]:
                errors[NON_FIELD_ERRORS] = others
            raise ValidationError({k: v for k, v in errors.items() if v}) from None

    @property
    def display_name(self) -> str:
        """The name in the reader's language when we have it, else the working name."""
        preferred = self.name_zh if reading_chinese() else self.name_en
        return preferred or self.name

    @property
    def other_name(self) -> str:
        """The name in the other language, shown beside the display name."""
        other = self.name_en if reading_chinese() else self.name_zh
        return other if other and other != self.display_name else ""

    @property
    def weekly_hours(self) -> WeeklyHours:
        return WeeklyHours.from_json(self.support_hours)

    def local_now(self, now: dt.datetime | None = None) -> dt.datetime:
        return (now or timezone.now()).astimezone(zoneinfo.ZoneInfo(self.time_zone))

    def is_support_open(self, now: dt.datetime | None = None) -> bool:
        return self.weekly_hours.is_open(self.local_now(now), self.holiday_country)

    def holiday_today(self, now: dt.datetime | None = None) -> str | None:
        return holiday_name(self.local_now(now).date(), self.holiday_country)

    def soft_delete(self) -> None:
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at", "updated_at"])

    # Facts computed from prefetched children: callers prefetch, these do not query again.
    def turnover(self, today: dt.date | None = None) -> Turnover:
        spans = [ContactSpan(c.joined_on, c.left_on, c.is_dedicated) for c in self.contacts.all()]
        return contact_turnover(spans, today or timezone.localdate())

    def release_cadence(self, today: dt.date | None = None) -> ReleaseCadence:
        facts = [ReleaseFact(r.released_on, r.kind == choices.ReleaseKind.FIX, r.is_paid) for r in self.releases.all()]
        return release_cadence(facts, today or timezone.localdate())


class VendorChild(models.Model):
    """A fact that belongs to one vendor; subclasses add ``vendor`` with their related name."""

    vendor: models.ForeignKey
    notes = models.TextField(_("notes"), blank=True, validators=[MaxLengthValidator(NOTES_MAX_CHARS)])
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def get_absolute_url(self) -> str:
        return self.vendor.get_absolute_url()


class ContactQuerySet(models.QuerySet):
    def current(self, on: dt.date) -> ContactQuerySet:
        return self.filter(models.Q(joined_on__isnull=True) | models.Q(joined_on__lte=on)).filter(
            models.Q(left_on__isnull=True) | models.Q(left_on__gt=on)
        )


class Contact(VendorChild):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("vendor"))
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=32, choices=choices.ContactRole.choices, default=choices.ContactRole.SUPPORT_ENGINEER
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    im_handle = models.CharField(
        _("IM handle"), max_length=120, blank=True, help_text=_("WeCom, DingTalk or WeChat ID.")
    )
    is_dedicated = models.BooleanField(
        _("dedicated contact"), default=False, help_text=_("Assigned to our account by name.")
    )
    joined_on = models.DateField(
        _("joined on"), null=True, blank=True, validators=[NotInFuture(_("The joining date cannot be in the future."))]
    )
    left_on = models.DateField(
        _("left on"),
        null=True,
        blank=True,
        help_text=_("Empty while still on the team."),
        validators=[NotInFuture(_("The leaving date cannot be in the future; record it once it happens."))],
    )

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["left_on", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(left_on__isnull=True)
                | models.Q(joined_on__isnull=True)
                | models.Q(left_on__gte=models.F("joined_on")),
                name="vendors_contact_left_after_joined",
                violation_error_message=_("A contact cannot leave before joining."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.joined_on and self.left_on and self.left_on < self.joined_on:
            raise ValidationError({"left_on": _("A contact cannot leave before joining.")})

    @property
    def is_current(self) -> bool:
        return self.left_on is None or self.left_on > timezone.localdate()


# How each channel's address is checked.
_URL = URLValidator(schemes=["https", "http"], message=_("Enter a valid http(s) URL."))
_ADDRESS_VALIDATORS = {
    choices.ChannelKind.EMAIL: EmailValidator(message=_("Enter a valid email address.")),
    choices.ChannelKind.WEBHOOK: _URL,
    choices.ChannelKind.TICKET_PORTAL: _URL,
}


def looks_like_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


class SupportChannel(VendorChild):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="channels", verbose_name=_("vendor"))
    kind = models.CharField(_("kind"), max_length=16, choices=choices.ChannelKind.choices)
    address = models.CharField(
        _("address"),
        max_length=300,
        help_text=_(
            "Email address, URL, group name or number, depending on the kind. "
            "For a WeCom or DingTalk group bot, its webhook URL: probes are then posted by a worker."
        ),
    )
    hours = models.JSONField(
        _("hours"),
        default=dict,
        blank=True,
        validators=[validate_weekly_hours],
        help_text=_("Leave empty when the channel follows the vendor's support hours."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    secret = models.CharField(
        _("signing secret"),
        max_length=200,
        blank=True,
        help_text=_(
            "DingTalk bots: the secret that signs each message (starts with SEC). "
            "Generic webhooks: a shared secret for the X-Vendorscore-Signature header. Never shown again."
        ),
    )

    class Meta:
        ordering = ["kind", "address"]
        verbose_name = _("support channel")
        verbose_name_plural = _("support channels")
        constraints = [
            models.UniqueConstraint(
                fields=["vendor", "kind", "address"],
                name="vendors_channel_unique_address",
                violation_error_message=_("This vendor already has this channel."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.address}"

    def clean(self) -> None:
        super().clean()
        validator = _ADDRESS_VALIDATORS.get(self.kind) or (_URL if self.is_bot else None)
        if validator and self.address:
            try:
                validator(self.address)
                if self.is_hook:
                    netguard.check_url_on_save(self.address, allow_private=settings.PROBE_WEBHOOK_ALLOW_PRIVATE)
            except ValidationError as exc:
                raise ValidationError({"address": exc.messages}) from None
            except netguard.AddressRefused as exc:
                raise ValidationError({"address": [str(exc)]}) from None

    @property
    def weekly_hours(self) -> WeeklyHours:
        return WeeklyHours.from_json(self.hours) if self.hours else self.vendor.weekly_hours

    @property
    def is_bot(self) -> bool:
        """A WeCom or DingTalk group bot, addressed by its webhook URL."""
        return self.kind in choices.BOT_CHANNELS and looks_like_url(self.address)

    @property
    def is_hook(self) -> bool:
        """A URL a worker POSTs to: a generic webhook or a group bot."""
        return self.kind == choices.ChannelKind.WEBHOOK or self.is_bot

    @property
    def is_manual(self) -> bool:
        """A person sends on this channel (phone, a chat group, a ticket portal); workers send email and hooks."""
        return not (self.kind == choices.ChannelKind.EMAIL or self.is_hook)

    @property
    def masked_address(self) -> str:
        """The address with the secrets a bot URL carries in its query (key=, access_token=) hidden."""
        if not self.is_hook:
            return self.address
        parts = urlsplit(self.address)
        query = "&".join(f"{quote(name)}=…" for name, _value in parse_qsl(parts.query, keep_blank_values=True))
        return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, query, ""))


class Release(VendorChild):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="releases", verbose_name=_("vendor"))
    version = models.CharField(_("version"), max_length=50)
    released_on = models.DateField(
        _("released on"), validators=[NotInFuture(_("A release date cannot be in the future."))]
    )
    kind = models.CharField(_("kind"), max_length=16, choices=choices.ReleaseKind.choices)
    is_paid = models.BooleanField(_("paid"), default=False, help_text=_("Customers must pay extra to get it."))
    delivery = models.CharField(
        _("delivery"),
        max_length=16,
        choices=choices.ReleaseDelivery.choices,
        default=choices.ReleaseDelivery.SOURCE_DROP,
    )
    downtime_minutes = models.PositiveIntegerField(
        _("downtime (minutes)"), default=0, validators=[MaxValueValidator(60 * 24 * 30)]
    )

    class Meta:
        ordering = ["-released_on", "-id"]
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        constraints = [
            models.UniqueConstraint(
                fields=["vendor", "version"],
                name="vendors_release_unique_version",
                violation_error_message=_("This vendor already has a release with this version."),
            ),
        ]

    def __str__(self) -> str:
        return self.version


class DocumentationItem(VendorChild):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="documentation", verbose_name=_("vendor"))
    kind = models.CharField(_("kind"), max_length=16, choices=choices.DocumentationKind.choices)
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("link"), blank=True)
    last_updated = models.DateField(
        _("last updated"),
        null=True,
        blank=True,
        validators=[NotInFuture(_("The last update cannot be in the future."))],
    )
    quality = models.PositiveSmallIntegerField(
        _("quality (1–5)"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1: missing or useless … 5: complete, current and easy to follow."),
    )

    class Meta:
        ordering = ["kind", "title"]
        verbose_name = _("documentation item")
        verbose_name_plural = _("documentation items")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quality__gte=1, quality__lte=5),
                name="vendors_documentation_quality_1_to_5",
                violation_error_message=_("Quality must be between 1 and 5."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class CustomerReference(VendorChild):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="references", verbose_name=_("vendor"))
    name = models.CharField(_("customer"), max_length=200)
    scenario = models.CharField(_("scenario"), max_length=32, choices=choices.ScenarioKey.choices, blank=True)
    is_similar = models.BooleanField(
        _("similar to us"), default=False, help_text=_("Same scenario and a comparable scale to ours.")
    )

    class Meta:
        ordering = ["-is_similar", "name"]
        verbose_name = _("customer reference")
        verbose_name_plural = _("customer references")

    def __str__(self) -> str:
        return self.name


class ImportJobQuerySet(models.QuerySet):
    def stale(self, now: dt.datetime | None = None) -> ImportJobQuerySet:
        """Jobs nobody needs any more: everything older than a day (a running job is long dead by then)."""
        return self.filter(created_at__lt=(now or timezone.now()) - ImportJob.KEEP_FOR)


class ImportJob(models.Model):
    """An uploaded vendor file between its preview and its import, and then the import's result.

    The parsed table stays here (not in the session) so a worker can read it, and the job
    belongs to the manager who uploaded it: pages look it up by id *and* owner, so nobody
    confirms someone else's file. A preview can be confirmed for PREVIEW_TTL after the check
    finished; jobs are deleted a day after upload (``stale``), the table as soon as it is imported.
    """

    PREVIEW_TTL = dt.timedelta(hours=1)
    KEEP_FOR = dt.timedelta(days=1)
    # A worker's hard time limit for the task is 15 minutes: a job "running" longer than this died.
    STALE_AFTER = dt.timedelta(minutes=20)
    PROGRESS_KEY = "vendors:import:{pk}:progress"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("uploaded by")
    )
    file_name = models.CharField(_("file"), max_length=255)
    language = models.CharField(_("language"), max_length=16, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=choices.ImportStatus.choices, default=choices.ImportStatus.CHECKING
    )
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    table = models.JSONField(_("table"), default=dict, blank=True)
    report = models.JSONField(_("report"), default=dict, blank=True)
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vendor import")
        verbose_name_plural = _("vendor imports")

    def __str__(self) -> str:
        return self.file_name

    def get_absolute_url(self) -> str:
        return reverse("vendors:import_job", args=[self.pk])

    @property
    def is_running(self) -> bool:
        return self.status in (choices.ImportStatus.CHECKING, choices.ImportStatus.IMPORTING)

    @property
    def is_stale(self) -> bool:
        return self.is_running and self.updated_at < timezone.now() - self.STALE_AFTER

    @property
    def expires_at(self) -> dt.datetime | None:
        return self.finished_at + self.PREVIEW_TTL if self.finished_at else None

    @property
    def is_expired(self) -> bool:
        return self.status == choices.ImportStatus.CHECKED and (
            self.expires_at is None or self.expires_at <= timezone.now()
        )

    @property
    def has_errors(self) -> bool:
        return bool(self.report.get("error_total"))

    @property
    def can_confirm(self) -> bool:
        return self.status == choices.ImportStatus.CHECKED and not self.has_errors and not self.is_expired

    @property
    def progress(self) -> tuple[int, int]:
        """(rows done, rows in all) as the running task last reported it, through the cache:
        the task works inside one transaction, so nothing it writes to the database shows until the end."""
        done, total = cache.get(self.PROGRESS_KEY.format(pk=self.pk)) or (0, self.row_count)
        return min(done, total), total

    @property
    def percent(self) -> int:
        done, total = self.progress
        return round(100 * done / total) if total else 0

    def set_progress(self, done: int, total: int) -> None:
        cache.set(self.PROGRESS_KEY.format(pk=self.pk), (done, total), timeout=int(self.KEEP_FOR.total_seconds()))

    def finish(self, status: str, report: dict | None = None, message: str = "", keep_table: bool = False) -> None:
        self.status = status
        self.report = report if report is not None else self.report
        self.message = message
        self.finished_at = timezone.now()
        if not keep_table:
            self.table = {}
        self.save(update_fields=["status", "report", "message", "finished_at", "table", "updated_at"])
