from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Severity(models.TextChoices):
    """How bad a problem is, as support contracts grade it. Probes and SLA commitments share it."""

    P1 = "P1", _("P1 · critical")
    P2 = "P2", _("P2 · high")
    P3 = "P3", _("P3 · normal")
    P4 = "P4", _("P4 · low")


class ContractStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    NEGOTIATING = "negotiating", _("Negotiating")
    SIGNED = "signed", _("Signed")
    EXPIRED = "expired", _("Expired")
    TERMINATED = "terminated", _("Terminated")


class SlaClock(models.TextChoices):
    CALENDAR = "calendar", _("Calendar time (around the clock)")
    BUSINESS = "business", _("Business hours")


class PriceModel(models.TextChoices):
    ANNUAL = "annual", _("Annual fee")
    PER_INCIDENT = "per_incident", _("Per incident")
    ALL_INCLUSIVE = "all_inclusive", _("All-inclusive yearly fee")
    ONE_OFF = "one_off", _("One-off price")


class Currency(models.TextChoices):
    CNY = "CNY", _("CNY · yuan")
    USD = "USD", _("USD · US dollar")
    EUR = "EUR", _("EUR · euro")
    HKD = "HKD", _("HKD · Hong Kong dollar")
    SGD = "SGD", _("SGD · Singapore dollar")


class CustomDevBasis(models.TextChoices):
    UNSPECIFIED = "", _("Not stated")
    PERSON_DAY = "person_day", _("Per person-day")
    HOUR = "hour", _("Per hour")
    FIXED = "fixed", _("Fixed price per job")
    INCLUDED = "included", _("Included in the fee")
    NOT_OFFERED = "not_offered", _("Not offered")


class CodeOwner(models.TextChoices):
    UNSPECIFIED = "unspecified", _("Not stated")
    CUSTOMER = "customer", _("Us (the customer)")
    VENDOR = "vendor", _("The vendor")
    SHARED = "shared", _("Both")


class Module(models.TextChoices):
    """The parts of a live-streaming system whose source a buyer should receive."""

    SERVER = "server", _("Server")
    WEB = "web", _("Web")
    H5 = "h5", _("H5")
    IOS = "ios", _("iOS")
    ANDROID = "android", _("Android")
    ADMIN = "admin", _("Admin console")
    PAYMENT = "payment", _("Payment")


class SourceForm(models.TextChoices):
    UNSPECIFIED = "unspecified", _("Not stated")
    FULL = "full", _("Full source code")
    PARTLY_ENCRYPTED = "partly_encrypted", _("Some modules encrypted or obfuscated")
    COMPILED_ONLY = "compiled_only", _("Some modules compiled only")


class LicenceBinding(models.TextChoices):
    DOMAIN = "domain", _("A domain")
    DATE = "date", _("An expiry date")
    MACHINE = "machine", _("A machine or server")


class FeeRecurrence(models.TextChoices):
    ONE_OFF = "one_off", _("Once")
    YEARLY = "yearly", _("Every year")
    MONTHLY = "monthly", _("Every month")


class ThirdPartyKind(models.TextChoices):
    RTC_CDN = "rtc_cdn", _("RTC / CDN")
    BEAUTY = "beauty", _("Beauty SDK")
    IM = "im", _("Instant messaging")
    SMS = "sms", _("SMS")
    REAL_NAME = "real_name", _("Real-name checks")
    PUSH = "push", _("Push notifications")
    OTHER = "other", _("Other")


class AccountHolder(models.TextChoices):
    CUSTOMER = "customer", _("Our account")
    VENDOR = "vendor", _("The vendor's account")


class SupportedBy(models.TextChoices):
    VENDOR = "vendor", _("The vendor")
    PROVIDER = "provider", _("The service's provider")
    CUSTOMER = "customer", _("We do")
    NOBODY = "nobody", _("Nobody says")


class ChecklistItem(models.TextChoices):
    """The clauses a review checks, in the order the review page shows them."""

    SERVICE_LIST = "service_list", _("Service list")
    RESPONSIBILITY_BOUNDARY = "responsibility_boundary", _("Responsibility boundary")
    PENALTY = "penalty", _("Penalties and service credits")
    CONFIDENTIALITY = "confidentiality", _("Confidentiality")
    DISPUTE_RESOLUTION = "dispute_resolution", _("Dispute resolution")
    UPDATE_TERMS = "update_terms", _("Updates and upgrades")
    CUSTOM_CODE_OWNERSHIP = "custom_code_ownership", _("Ownership of custom code")
    FEES_ITEMISED = "fees_itemised", _("Itemised fees")
    TERM_RENEWAL = "term_renewal", _("Term and renewal")
    SLA_NUMBERS = "sla_numbers", _("SLA numbers")
    SOURCE_COMPLETENESS = "source_completeness", _("Complete source code")
    THIRD_PARTY_COSTS = "third_party_costs", _("Third-party services and costs")
    EXIT_TERMS = "exit_terms", _("Exit terms")
    ACCEPTANCE = "acceptance", _("Acceptance")
    LAUNCH_SUPPORT = "launch_support", _("Launch support")


ITEM_HELP = {
    ChecklistItem.SERVICE_LIST: _(
        "Which services, through which channels, at which hours: named, not just “technical support”."
    ),
    ChecklistItem.RESPONSIBILITY_BOUNDARY: _(
        "What the vendor does not cover (our servers, our changes, content), so nobody argues later."
    ),
    ChecklistItem.PENALTY: _("What the vendor owes when it misses a promise: credits, refunds, damages."),
    ChecklistItem.CONFIDENTIALITY: _("Our code, data and accounts stay secret on both sides."),
    ChecklistItem.DISPUTE_RESOLUTION: _("Where and how disputes are settled: arbitration or a named court."),
    ChecklistItem.UPDATE_TERMS: _("Whether bug fixes and feature updates are free, for how long, and at what price."),
    ChecklistItem.CUSTOM_CODE_OWNERSHIP: _("Who owns the code written to our order."),
    ChecklistItem.FEES_ITEMISED: _("Every fee named with its amount; no open-ended “other costs”."),
    ChecklistItem.TERM_RENEWAL: _("How long it runs, how it renews, how much the price may rise, how much notice."),
    ChecklistItem.SLA_NUMBERS: _("Response and fix times in numbers per severity, on a stated clock."),
    ChecklistItem.SOURCE_COMPLETENESS: _(
        "Full source of every module, nothing encrypted, no licence tied to a domain, date or machine."
    ),
    ChecklistItem.THIRD_PARTY_COSTS: _(
        "RTC/CDN, beauty SDK, IM, SMS, real-name checks: whose account, what cost, who supports."
    ),
    ChecklistItem.EXIT_TERMS: _(
        "Handover of source and data when the contract ends, escrow, the vendor going out of business."
    ),
    ChecklistItem.ACCEPTANCE: _("How the delivery is tested and accepted before the final payment."),
    ChecklistItem.LAUNCH_SUPPORT: _("Help with deployment, going live and app-store submission."),
}


class ItemStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    WEAK = "weak", _("Weak")
    MISSING = "missing", _("Missing")
    NA = "na", _("N/A")


class RedFlag(models.TextChoices):
    VENDOR_OWNS_CUSTOM_CODE = "vendor_owns_custom_code", _("The vendor owns the custom code written for us")
    ENCRYPTED_OR_LICENCE_BOUND = (
        "encrypted_or_licence_bound",
        _("Core modules encrypted or compiled, or the licence bound to a domain, date or machine"),
    )
    COMPENSATION_EXCLUDED = "compensation_excluded", _("The contract excludes compensation")
    RENEWAL_PRICE_OPEN = "renewal_price_open", _("Renewal at whatever price the vendor announces")
    OPEN_ENDED_FEES = "open_ended_fees", _("Open-ended “other fees”")
    NO_SLA_NUMBERS = "no_sla_numbers", _("No response or fix times in numbers")


class Risk(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")
    CRITICAL = "critical", _("Critical")


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")


class ReminderKind(models.TextChoices):
    TERM_END = "term_end", _("Term ends")
    NOTICE_DEADLINE = "notice_deadline", _("Last day to give notice")
