"""Contracts and the service levels a vendor signed up to.

The second floor: it reads vendors and nothing above. What compares these
promises with measured support lives in evaluations (the probes app).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

from contracts import clauses
from contracts.choices import (
    ITEM_HELP,
    AccountHolder,
    ChecklistItem,
    CodeOwner,
    ContractStatus,
    Currency,
    CustomDevBasis,
    FeeRecurrence,
    ItemStatus,
    LicenceBinding,
    Module,
    PriceModel,
    RedFlag,
    ReminderKind,
    ReviewStatus,
    Risk,
    Severity,
    SlaClock,
    SourceForm,
    SupportedBy,
    ThirdPartyKind,
)
from contracts.signals import contract_evidence_changed
from vendors.models import Vendor, validate_weekly_hours
from vendorscore.roles import Role, has_role
from vendorscore.validators import NOTES_MAX_CHARS, validate_plausible_date

# A promise longer than a year is not a service level.
MAX_PROMISE_MINUTES = 366 * 24 * 60
# Amounts: up to a billion in any currency, to the cent.
MAX_AMOUNT = 10**9
money = {"max_digits": 12, "decimal_places": 2, "null": True, "blank": True, "validators": [MinValueValidator(0)]}


@deconstructible(path="contracts.models.ChoiceList")
class ChoiceList:
    """Validator for a JSON list whose items are distinct values of ``choices``."""

    def __init__(self, choices: type[models.TextChoices]):
        self.choices = choices

    def __call__(self, value: object) -> None:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValidationError(_("Expected a list of choices."), code="invalid")
        unknown = sorted(set(value) - set(self.choices.values))
        if unknown:
            raise ValidationError(
                _("Unknown choice: %(value)s."), code="invalid_choice", params={"value": ", ".join(unknown)}
            )
        if len(set(value)) != len(value):
            raise ValidationError(_("A choice is listed twice."), code="duplicate")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChoiceList) and other.choices is self.choices


def private_storage():
    """Contract files live in their own storage that no URL serves (settings.STORAGES["private"])."""
    return storages["private"]


def contract_file_path(contract: Contract, filename: str) -> str:
    # The stored name says nothing about the contract: its original name is kept in file_name.
    return f"contracts/{contract.vendor_id}/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:8]}"


class ContractQuerySet(models.QuerySet):
    def alive(self) -> ContractQuerySet:
        return self.filter(deleted_at__isnull=True, vendor__deleted_at__isnull=True)

    def for_user(self, user) -> ContractQuerySet:
        """Every role reads every live contract (one team per site)."""
        return self.alive()

    def governing(self, vendor_ids, on: dt.date | None = None) -> dict[int, Contract]:
        """Per vendor, the contract whose promises apply on ``on``.

        A signed contract whose term covers the day wins; before signing, the
        newest draft or offer under negotiation stands for what the vendor
        promised. Expired and terminated contracts promise nothing any more.
        """
        on = on or timezone.localdate()
        candidates = (
            self.alive()
            .filter(vendor_id__in=list(vendor_ids))
            .filter(
                Q(status=ContractStatus.SIGNED)
                & (Q(term_start__isnull=True) | Q(term_start__lte=on))
                & (Q(term_end__isnull=True) | Q(term_end__gte=on))
                | Q(status__in=[ContractStatus.DRAFT, ContractStatus.NEGOTIATING])
            )
            .order_by("vendor_id", "-updated_at", "-id")
        )
        chosen: dict[int, Contract] = {}
        for contract in candidates:
            current = chosen.get(contract.vendor_id)
            if current is None or (contract.is_signed and not current.is_signed):
                chosen[contract.vendor_id] = contract
        return chosen


class Contract(models.Model):
    # The terms a person records about a contract, in the order the form and the API show them.
    TERM_FIELDS = (
        "term_start",
        "term_end",
        "notes",
        "price_model",
        "currency",
        "purchase_price",
        "support_fee",
        "expected_incidents_per_year",
        "renewal_cap_percent",
        "notice_days",
        "auto_renew",
        "fix_updates_free",
        "feature_updates_paid",
        "feature_update_price",
        "paid_updates_per_year",
        "custom_dev_basis",
        "custom_dev_rate",
        "custom_dev_units_per_year",
        "custom_code_owner",
        "training_included",
        "training_days",
        "training_fee",
        "delivered_modules",
        "source_form",
        "licence_bindings",
        "source_handover",
        "data_handover",
        "escrow",
        "if_vendor_stops",
    )

    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="contracts", verbose_name=_("vendor"))
    title = models.CharField(_("title"), max_length=200)
    status = models.CharField(_("status"), max_length=16, choices=ContractStatus.choices, default=ContractStatus.DRAFT)
    term_start = models.DateField(_("term starts"), null=True, blank=True, validators=[validate_plausible_date])
    term_end = models.DateField(_("term ends"), null=True, blank=True, validators=[validate_plausible_date])
    notes = models.TextField(_("notes"), blank=True, validators=[MaxLengthValidator(NOTES_MAX_CHARS)])

    # Price. ``support_fee`` is read by the price model: a yearly fee (annual, all-inclusive),
    # the price of one incident (per incident) or one sum for the whole term (one-off).
    price_model = models.CharField(
        _("price model"), max_length=16, choices=PriceModel.choices, default=PriceModel.ANNUAL
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY)
    purchase_price = models.DecimalField(
        _("purchase price"), help_text=_("One-off price of the source code or licence."), **money
    )
    support_fee = models.DecimalField(
        _("support fee"),
        help_text=_("Per year, per incident or for the whole term, as the price model says."),
        **money,
    )
    expected_incidents_per_year = models.PositiveIntegerField(
        _("expected paid incidents a year"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(10_000)],
        help_text=_("For per-incident pricing: how many incidents you expect to pay for."),
    )

    # Renewal.
    renewal_cap_percent = models.DecimalField(
        _("renewal price cap (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1000)],
        help_text=_("The most the price may rise at each renewal; empty when the contract sets no cap."),
    )
    notice_days = models.PositiveIntegerField(
        _("notice (days)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(3660)],
        help_text=_("Days before the term ends by which notice must be given."),
    )
    auto_renew = models.BooleanField(_("renews automatically"), default=False)

    # Updates.
    fix_updates_free = models.BooleanField(_("bug fixes free"), null=True, blank=True)
    feature_updates_paid = models.BooleanField(_("feature updates paid"), null=True, blank=True)
    feature_update_price = models.DecimalField(_("price of a feature update"), **money)
    paid_updates_per_year = models.PositiveIntegerField(
        _("paid feature updates expected a year"), null=True, blank=True, validators=[MaxValueValidator(365)]
    )

    # Custom development.
    custom_dev_basis = models.CharField(
        _("custom development billed"), max_length=16, choices=CustomDevBasis.choices, blank=True
    )
    custom_dev_rate = models.DecimalField(_("custom development rate"), **money)
    custom_dev_units_per_year = models.DecimalField(
        _("custom development expected a year"),
        max_digits=8,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100_000)],
        help_text=_("Person-days or hours, in the unit the rate is quoted in; jobs for a fixed price."),
    )
    custom_code_owner = models.CharField(
        _("custom code owned by"), max_length=16, choices=CodeOwner.choices, default=CodeOwner.UNSPECIFIED
    )

    # Training.
    training_included = models.BooleanField(_("training included"), null=True, blank=True)
    training_days = models.PositiveIntegerField(
        _("training days"), null=True, blank=True, validators=[MaxValueValidator(365)]
    )
    training_fee = models.DecimalField(_("training fee"), **money)

    # What is delivered.
    delivered_modules = models.JSONField(
        _("source delivered for"), default=list, blank=True, validators=[ChoiceList(Module)]
    )
    source_form = models.CharField(
        _("form of the source"), max_length=20, choices=SourceForm.choices, default=SourceForm.UNSPECIFIED
    )
    licence_bindings = models.JSONField(
        _("licence bound to"),
        default=list,
        blank=True,
        validators=[ChoiceList(LicenceBinding)],
        help_text=_("Leave empty when the licence is bound to nothing."),
    )

    # Exit.
    source_handover = models.BooleanField(_("source handed over at the end"), null=True, blank=True)
    data_handover = models.BooleanField(_("data handed over at the end"), null=True, blank=True)
    escrow = models.BooleanField(_("source code in escrow"), null=True, blank=True)
    if_vendor_stops = models.TextField(_("if the vendor stops trading"), blank=True)

    # The contract document: kept in private storage, served only through the file view.
    file = models.FileField(
        _("contract file"), storage=private_storage, upload_to=contract_file_path, blank=True, max_length=300
    )
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    file_type = models.CharField(_("file type"), max_length=100, blank=True)
    file_size = models.PositiveBigIntegerField(_("file size"), null=True, blank=True)
    file_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded"), null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField(
        _("contract text"),
        blank=True,
        help_text=_("Read from the uploaded file, or pasted here. Reviews read their suggestions from it."),
    )
    text_language = models.CharField(_("text language"), max_length=2, blank=True)
    text_truncated = models.BooleanField(default=False, editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True, editable=False)

    objects = ContractQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ContractStatus.values), name="contracts_contract_valid_status"
            ),
            models.CheckConstraint(
                condition=Q(price_model__in=PriceModel.values), name="contracts_contract_valid_price_model"
            ),
            models.CheckConstraint(condition=Q(currency__in=Currency.values), name="contracts_contract_valid_currency"),
            models.CheckConstraint(
                condition=Q(term_end__isnull=True)
                | Q(term_start__isnull=True)
                | Q(term_end__gte=models.F("term_start")),
                name="contracts_contract_ends_after_start",
                violation_error_message=_("The term cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.vendor} · {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("contracts:contract_detail", args=[self.pk])

    @property
    def is_signed(self) -> bool:
        return self.status == ContractStatus.SIGNED

    @property
    def term_months(self) -> int | None:
        """Whole months the term runs (a day short still counts: 1 Jan – 31 Dec is 12)."""
        if not (self.term_start and self.term_end):
            return None
        try:
            end = self.term_end + dt.timedelta(days=1)
        except OverflowError:  # 31 Dec 9999, from before dates were bounded
            return None
        months = (end.year - self.term_start.year) * 12 + end.month - self.term_start.month
        return max(1, months + (1 if end.day > self.term_start.day else 0))

    @property
    def notice_deadline(self) -> dt.date | None:
        """The last day to give notice before the term ends, when the contract asks for notice."""
        if self.term_end is None or self.notice_days is None:
            return None
        try:
            return self.term_end - dt.timedelta(days=self.notice_days)
        except OverflowError:  # a term ending in year 1, from before dates were bounded
            return None

    @staticmethod
    def can_edit(user) -> bool:
        return has_role(user, Role.MANAGER)

    @staticmethod
    def can_read_document(user) -> bool:
        """The file and its text carry prices and terms: evaluators and managers read them, viewers do not."""
        return has_role(user, Role.EVALUATOR)

    def clean(self) -> None:
        super().clean()
        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("The term cannot end before it starts.")})
        if self.feature_updates_paid is False and self.feature_update_price:
            raise ValidationError(
                {"feature_update_price": _("Feature updates are marked free; remove the price or mark them paid.")}
            )

    def soft_delete(self) -> None:
        Contract.objects.filter(pk=self.pk).update(deleted_at=timezone.now())
        vendor_id = self.vendor_id
        transaction.on_commit(lambda: contract_evidence_changed.send(sender=Contract, vendor_id=vendor_id))


class SlaCommitment(models.Model):
    """What the vendor promised for one severity: how fast it answers and fixes, on which clock."""

    contract = models.ForeignKey(
        Contract, on_delete=models.CASCADE, related_name="sla_commitments", verbose_name=_("contract")
    )
    severity = models.CharField(_("severity"), max_length=2, choices=Severity.choices)
    response_minutes = models.PositiveIntegerField(
        _("response within (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PROMISE_MINUTES)],
        help_text=_("Empty when the contract promises no response time for this severity."),
    )
    fix_minutes = models.PositiveIntegerField(
        _("fix within (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PROMISE_MINUTES)],
        help_text=_("Empty when the contract promises no fix time for this severity."),
    )
    clock = models.CharField(_("clock"), max_length=16, choices=SlaClock.choices, default=SlaClock.BUSINESS)
    business_hours = models.JSONField(
        _("business hours"),
        default=dict,
        blank=True,
        validators=[validate_weekly_hours],
        help_text=_("The hours the business clock runs in; leave empty for the vendor's support hours."),
    )
    acknowledgement_counts = models.BooleanField(
        _("an automatic acknowledgement counts as the response"),
        default=False,
        help_text=_("Weak contracts let an auto-reply stop the response clock; good ones need an engineer."),
    )
    credit_percent = models.DecimalField(
        _("service credit (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Share of the fee credited back per missed commitment, if the contract says."),
    )
    penalty = models.TextField(_("penalty or credit terms"), blank=True)

    class Meta:
        ordering = ["contract", "severity"]
        verbose_name = _("SLA commitment")
        verbose_name_plural = _("SLA commitments")
        constraints = [
            models.UniqueConstraint(
                fields=["contract", "severity"],
                name="contracts_sla_one_per_severity",
                violation_error_message=_("This contract already has a commitment for this severity."),
            ),
            models.CheckConstraint(condition=Q(severity__in=Severity.values), name="contracts_sla_valid_severity"),
        ]

    def __str__(self) -> str:
        return f"{self.contract} · {self.severity}"


class ContractFee(models.Model):
    """One itemised fee the contract names, beyond the support fee."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="fees", verbose_name=_("contract"))
    name = models.CharField(_("fee"), max_length=200)
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)])
    recurrence = models.CharField(
        _("charged"), max_length=8, choices=FeeRecurrence.choices, default=FeeRecurrence.ONE_OFF
    )

    class Meta:
        ordering = ["contract", "id"]
        verbose_name = _("fee")
        verbose_name_plural = _("fees")
        constraints = [
            models.CheckConstraint(
                condition=Q(recurrence__in=FeeRecurrence.values), name="contracts_fee_valid_recurrence"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.amount}"


class ThirdPartyService(models.Model):
    """A service the system depends on and somebody pays for: RTC/CDN, beauty SDK, IM, SMS, real-name checks."""

    contract = models.ForeignKey(
        Contract, on_delete=models.CASCADE, related_name="third_party_services", verbose_name=_("contract")
    )
    kind = models.CharField(_("service"), max_length=16, choices=ThirdPartyKind.choices)
    provider = models.CharField(_("provider"), max_length=200, blank=True)
    account_holder = models.CharField(
        _("account held by"), max_length=16, choices=AccountHolder.choices, default=AccountHolder.CUSTOMER
    )
    yearly_cost = models.DecimalField(
        _("yearly cost"),
        help_text=_("Empty when nobody has said what it costs."),
        **money,
    )
    supported_by = models.CharField(
        _("supported by"), max_length=16, choices=SupportedBy.choices, default=SupportedBy.NOBODY
    )

    class Meta:
        ordering = ["contract", "kind", "id"]
        verbose_name = _("third-party service")
        verbose_name_plural = _("third-party services")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ThirdPartyKind.values), name="contracts_service_valid_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.provider}"


# --- reviews ---------------------------------------------------------------------------------
# The red flag each checklist item can raise (contracts.clauses.RED_FLAGS turned around).
ITEM_FLAG: dict[str, str] = {
    ChecklistItem.CUSTOM_CODE_OWNERSHIP: RedFlag.VENDOR_OWNS_CUSTOM_CODE,
    ChecklistItem.SOURCE_COMPLETENESS: RedFlag.ENCRYPTED_OR_LICENCE_BOUND,
    ChecklistItem.PENALTY: RedFlag.COMPENSATION_EXCLUDED,
    ChecklistItem.TERM_RENEWAL: RedFlag.RENEWAL_PRICE_OPEN,
    ChecklistItem.FEES_ITEMISED: RedFlag.OPEN_ENDED_FEES,
    ChecklistItem.SLA_NUMBERS: RedFlag.NO_SLA_NUMBERS,
}


CANNOT_DELETE_REVIEW = _("Only a manager deletes a submitted or approved review; its reviewer may delete a draft.")


class ContractReviewQuerySet(models.QuerySet):
    def alive(self) -> ContractReviewQuerySet:
        return self.filter(
            deleted_at__isnull=True, contract__deleted_at__isnull=True, contract__vendor__deleted_at__isnull=True
        )

    def for_user(self, user) -> ContractReviewQuerySet:
        """Like evaluations: a draft or returned review is its reviewer's own (and the managers');
        once submitted, every role reads it."""
        if has_role(user, Role.MANAGER):
            return self.alive()
        unfinished = [ReviewStatus.DRAFT, ReviewStatus.RETURNED]
        return self.alive().filter(~Q(status__in=unfinished) | Q(reviewer_id=getattr(user, "pk", None)))

    def approved(self) -> ContractReviewQuerySet:
        return self.alive().filter(status=ReviewStatus.APPROVED)


class ContractReview(models.Model):
    """One reviewer's reading of a contract, item by item, approved by a manager like an evaluation."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("contract"))
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contract_reviews", verbose_name=_("reviewer")
    )
    status = models.CharField(_("status"), max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.DRAFT)
    overall_risk = models.CharField(_("overall risk"), max_length=16, choices=Risk.choices, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    text_sha256 = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text="Digest of the contract text the suggestions were read from.",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    review_comment = models.TextField(_("review comment"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True, editable=False)

    objects = ContractReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("contract review")
        verbose_name_plural = _("contract reviews")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ReviewStatus.values), name="contracts_review_valid_status"),
            models.CheckConstraint(
                condition=Q(overall_risk="") | Q(overall_risk__in=Risk.values), name="contracts_review_valid_risk"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contract} · {self.reviewer}"

    def get_absolute_url(self) -> str:
        return reverse("contracts:review_detail", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED) and self.deleted_at is None

    def can_edit(self, user) -> bool:
        if not self.is_editable:
            return False
        return has_role(user, Role.MANAGER) or (user.pk == self.reviewer_id and has_role(user, Role.EVALUATOR))

    def can_delete(self, user) -> bool:
        """A manager deletes any review; its reviewer only one that counts nowhere yet (a draft or
        a returned one): a submitted or approved review is evidence the scores rely on."""
        if has_role(user, Role.MANAGER):
            return True
        return user.pk == self.reviewer_id and self.status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED)

    def record(self, kind: str, actor, key: str = "", **detail) -> ReviewEvent:
        return ReviewEvent.objects.create(review=self, kind=kind, actor=actor, key=key, **detail)

    def progress(self) -> tuple[int, int]:
        """(checked, total), on prefetched checks when present."""
        checks = self.checks.all()
        return sum(1 for check in checks if check.status), len(checks)

    # --- starting and suggestions ------------------------------------------------------------
    @classmethod
    @transaction.atomic
    def start(cls, contract: Contract, reviewer) -> ContractReview:
        """A new draft review with one check per item, each carrying the detector's suggestion."""
        review = cls.objects.create(contract=contract, reviewer=reviewer)
        ClauseCheck.objects.bulk_create(ClauseCheck(review=review, key=key) for key in ChecklistItem.values)
        review.read_suggestions(actor=None)
        review.record(ReviewEventKind.CREATED, reviewer)
        return review

    def read_suggestions(self, actor) -> None:
        """(Re)read the contract's text. Only the suggestions change; the reviewer's verdicts stay."""
        text = self.contract.text or ""
        analysis = clauses.analyze(text)
        checks = {check.key: check for check in self.checks.all()}
        for item in analysis.items:
            check = checks[item.key]
            check.suggested_status = item.status
            check.suggested_red_flag = item.red_flag
            check.suggested_excerpt = item.excerpt
            check.suggested_start, check.suggested_end = item.start, item.end
        ClauseCheck.objects.bulk_update(
            checks.values(),
            ["suggested_status", "suggested_red_flag", "suggested_excerpt", "suggested_start", "suggested_end"],
        )
        self.text_sha256 = text_digest(text)
        ContractReview.objects.filter(pk=self.pk).update(text_sha256=self.text_sha256, updated_at=timezone.now())
        if actor is not None:
            self.record(ReviewEventKind.SUGGESTED, actor)

    @property
    def text_changed(self) -> bool:
        """True when the contract's text is no longer the one the suggestions were read from."""
        return self.text_sha256 != text_digest(self.contract.text or "")

    # --- checking -------------------------------------------------------------------------------
    def check_item(self, key: str, data: dict, user, expected_revision: int) -> ClauseCheck:
        """Save the reviewer's verdict on one item if nobody changed it since ``expected_revision``."""
        if not self.is_editable:
            raise ValidationError(_("This review is no longer editable."))
        fields = {name: data[name] for name in ClauseCheck.EDITABLE_FIELDS if name in data}
        with transaction.atomic():
            check = ClauseCheck.objects.select_for_update().get(review=self, key=key)
            if check.revision == expected_revision:
                before = check.snapshot()
                for name, value in fields.items():
                    setattr(check, name, value)
                if not check.flag:
                    check.red_flag = False
                check.full_clean(exclude=["review", "updated_by"])
                check.revision += 1
                check.updated_by = user
                check.save()
                ContractReview.objects.filter(pk=self.pk).update(updated_at=timezone.now())
                self.record(ReviewEventKind.CHECKED, user, key, before=before, after=check.snapshot())
                return check
        self.record(
            ReviewEventKind.CONFLICT,
            user,
            key,
            before=check.snapshot(),
            after={name: fields[name] for name in fields},
            comment=str(_("Refused: the item had changed since it was loaded.")),
        )
        raise StaleCheck(check)

    def save_summary(self, user, overall_risk: str, summary: str) -> None:
        if not self.is_editable:
            raise ValidationError(_("This review is no longer editable."))
        before = {"overall_risk": self.overall_risk, "summary": self.summary}
        self.overall_risk, self.summary = overall_risk, summary
        self.full_clean(exclude=["contract", "reviewer", "reviewed_by"])
        ContractReview.objects.filter(pk=self.pk).update(
            overall_risk=overall_risk, summary=summary, updated_at=timezone.now()
        )
        self.record(
            ReviewEventKind.EDITED, user, before=before, after={"overall_risk": overall_risk, "summary": summary}
        )

    def suggested_risk(self) -> str:
        return suggest_risk(list(self.checks.all()))

    # --- workflow -------------------------------------------------------------------------------
    def _transition(self, allowed_from: tuple[str, ...], to: str, actor, kind: str, **changes) -> None:
        """Move to ``to`` with a conditional UPDATE, so two reviewers cannot both act."""
        updated = ContractReview.objects.filter(pk=self.pk, status__in=allowed_from, deleted_at__isnull=True).update(
            status=to, updated_at=timezone.now(), **changes
        )
        if updated != 1:
            raise ValidationError(
                _("This review is %(status)s; it cannot be %(action)s now.")
                % {"status": self.get_status_display().lower(), "action": ReviewEventKind(kind).label}
            )
        self.refresh_from_db()
        self.record(kind, actor, comment=changes.get("review_comment", ""))

    def submit(self, actor) -> None:
        unchecked = [str(ChecklistItem(check.key).label) for check in self.checks.all() if not check.status]
        if unchecked:
            raise ValidationError(
                _("Check every item before submitting; still open: %(items)s.") % {"items": ", ".join(unchecked)}
            )
        if not self.overall_risk:
            raise ValidationError({"overall_risk": _("Choose the overall risk before submitting.")})
        self._transition(
            (ReviewStatus.DRAFT, ReviewStatus.RETURNED),
            ReviewStatus.SUBMITTED,
            actor,
            ReviewEventKind.SUBMITTED,
            submitted_at=timezone.now(),
        )

    def approve(self, actor, comment: str = "") -> None:
        self._transition(
            (ReviewStatus.SUBMITTED,),
            ReviewStatus.APPROVED,
            actor,
            ReviewEventKind.APPROVED,
            reviewed_at=timezone.now(),
            reviewed_by=actor,
            review_comment=comment,
        )
        self._evidence_changed()

    def send_back(self, actor, comment: str) -> None:
        if not comment.strip():
            raise ValidationError({"comment": _("Say what needs to change when returning a review.")})
        self._transition(
            (ReviewStatus.SUBMITTED,),
            ReviewStatus.RETURNED,
            actor,
            ReviewEventKind.RETURNED,
            reviewed_at=timezone.now(),
            reviewed_by=actor,
            review_comment=comment,
        )

    def soft_delete(self, actor) -> None:
        ContractReview.objects.filter(pk=self.pk).update(deleted_at=timezone.now())
        self.record(ReviewEventKind.DELETED, actor)
        if self.status == ReviewStatus.APPROVED:
            self._evidence_changed()

    def _evidence_changed(self) -> None:
        vendor_id = self.contract.vendor_id
        transaction.on_commit(lambda: contract_evidence_changed.send(sender=ContractReview, vendor_id=vendor_id))


class StaleCheck(Exception):
    """Someone else saved this item since the form was loaded."""

    def __init__(self, current: ClauseCheck):
        super().__init__("stale check")
        self.current = current


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def suggest_risk(checks: list[ClauseCheck]) -> str:
    """A starting point for the overall risk, from the verdicts (the reviewer decides).

    Three or more red flags: critical. One or two, or four or more missing items: high.
    Any missing item, or three weak ones: medium. Otherwise low.
    """
    flags = sum(1 for check in checks if check.red_flag)
    missing = sum(1 for check in checks if check.status == ItemStatus.MISSING)
    weak = sum(1 for check in checks if check.status == ItemStatus.WEAK)
    if flags >= 3:
        return Risk.CRITICAL
    if flags or missing >= 4:
        return Risk.HIGH
    if missing or weak >= 3:
        return Risk.MEDIUM
    return Risk.LOW


class ClauseCheck(models.Model):
    """One checklist item of a review: the reviewer's verdict beside the detector's suggestion."""

    EDITABLE_FIELDS = ("status", "red_flag", "excerpt", "note", "risk")

    review = models.ForeignKey(ContractReview, on_delete=models.CASCADE, related_name="checks")
    key = models.CharField(_("item"), max_length=32, choices=ChecklistItem.choices)
    status = models.CharField(_("status"), max_length=8, choices=ItemStatus.choices, blank=True)
    red_flag = models.BooleanField(_("red flag"), default=False)
    excerpt = models.TextField(_("excerpt"), blank=True)
    note = models.TextField(_("note"), blank=True)
    risk = models.CharField(_("risk"), max_length=16, choices=Risk.choices, blank=True)
    suggested_status = models.CharField(max_length=8, choices=ItemStatus.choices, blank=True)
    suggested_red_flag = models.BooleanField(default=False)
    suggested_excerpt = models.TextField(blank=True)
    suggested_start = models.PositiveIntegerField(null=True, blank=True)
    suggested_end = models.PositiveIntegerField(null=True, blank=True)
    revision = models.PositiveIntegerField(default=0)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["review", "id"]
        verbose_name = _("clause check")
        verbose_name_plural = _("clause checks")
        constraints = [
            models.UniqueConstraint(fields=["review", "key"], name="contracts_check_one_per_item"),
            models.CheckConstraint(condition=Q(key__in=ChecklistItem.values), name="contracts_check_valid_key"),
            models.CheckConstraint(
                condition=Q(status="") | Q(status__in=ItemStatus.values), name="contracts_check_valid_status"
            ),
            models.CheckConstraint(condition=Q(risk="") | Q(risk__in=Risk.values), name="contracts_check_valid_risk"),
        ]

    def __str__(self) -> str:
        return f"{self.review} · {self.key}"

    @property
    def flag(self) -> str:
        """The red flag this item raises when marked, or ""."""
        return ITEM_FLAG.get(self.key, "")

    @property
    def help(self) -> str:
        return ITEM_HELP[self.key]

    @property
    def flag_label(self) -> str:
        return RedFlag(self.flag).label if self.flag else ""

    @property
    def overridden(self) -> bool:
        return bool(self.status) and (self.status != self.suggested_status or self.red_flag != self.suggested_red_flag)

    def snapshot(self) -> dict:
        return {name: getattr(self, name) for name in self.EDITABLE_FIELDS}


class ReviewEventKind(models.TextChoices):
    CREATED = "created", _("created")
    CHECKED = "checked", _("item checked")
    CONFLICT = "conflict", _("refused: edit conflict")
    SUGGESTED = "suggested", _("suggestions read again")
    EDITED = "edited", _("summary edited")
    SUBMITTED = "submitted", _("submitted")
    APPROVED = "approved", _("approved")
    RETURNED = "returned", _("returned")
    DELETED = "deleted", _("deleted")


class ReviewEvent(models.Model):
    """The history of a review (append-only)."""

    review = models.ForeignKey(ContractReview, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField(_("when"), auto_now_add=True)
    kind = models.CharField(_("what"), max_length=16, choices=ReviewEventKind.choices)
    key = models.CharField(_("item"), max_length=32, choices=ChecklistItem.choices, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("review event")
        verbose_name_plural = _("review events")

    def __str__(self) -> str:
        return f"{self.kind} by {self.actor} at {self.at:%Y-%m-%d %H:%M}"


class ContractReminder(models.Model):
    """One reminder sent: per contract, deadline and threshold, so a second run sends nothing."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(_("deadline"), max_length=16, choices=ReminderKind.choices)
    due_on = models.DateField(_("due on"))
    threshold_days = models.PositiveSmallIntegerField(_("days before"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("contract reminder")
        verbose_name_plural = _("contract reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["contract", "kind", "due_on", "threshold_days"], name="contracts_reminder_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contract} · {self.kind} {self.due_on} −{self.threshold_days}d"
