"""Contracts as objective signals and red flags for the scores.

Registered into ``evaluations.objective.SIGNAL_PROVIDERS`` when evaluations is ready.
The contract that governs the vendor today (``ContractQuerySet.governing``) speaks in two ways:

* its **SLA commitments** (typed in from the contract): the promised response and fix time
  for the most severe level that has one, scored like the checklist's typed numbers and
  replacing them. A promise on the business clock counts less than the same promise around
  the clock, and one that an automatic acknowledgement satisfies counts much less;
* its latest **approved review**: each checked item scores present 100, weak 40, missing 0
  (N/A is left out), in the dimension it protects, and replaces the evaluator's typed answer
  about the same clause; a red flag the reviewer confirmed is raised on the scorecard.

Facts the contract record states outright raise their red flags without a review: custom
code owned by the vendor, encrypted or compiled-only modules, a licence bound to a domain,
date or machine. Without an approved review nothing else is said: an unread contract is no
evidence either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext_lazy

from contracts.choices import ChecklistItem, CodeOwner, ItemStatus, RedFlag, Severity, SlaClock, SourceForm
from contracts.models import ClauseCheck, Contract, ContractReview
from evaluations import scoring
from evaluations.objective import banded, batched
from evaluations.scoring import Signal
from vendors.models import Vendor

ITEM_SCORE = {ItemStatus.PRESENT: 100.0, ItemStatus.WEAK: 40.0, ItemStatus.MISSING: 0.0}

# item -> (dimension, weight, the typed criteria the reviewed clause replaces)
ITEM_SIGNALS: dict[str, tuple[str, float, tuple[str, ...]]] = {
    ChecklistItem.SLA_NUMBERS: ("sla", 5, ("formal_sla",)),
    ChecklistItem.PENALTY: ("sla", 4, ("sla_compensation",)),
    ChecklistItem.SERVICE_LIST: ("sla", 3, ("service_items_listed",)),
    ChecklistItem.DISPUTE_RESOLUTION: ("sla", 1, ("dispute_resolution",)),
    ChecklistItem.RESPONSIBILITY_BOUNDARY: ("bug_fix", 3, ("responsibility_boundary",)),
    ChecklistItem.UPDATE_TERMS: ("iteration", 3, ("fix_releases_free", "feature_release_terms")),
    ChecklistItem.FEES_ITEMISED: ("pricing", 4, ("fees_itemised", "open_ended_charges")),
    ChecklistItem.TERM_RENEWAL: ("pricing", 4, ("renewal_policy",)),
    ChecklistItem.THIRD_PARTY_COSTS: ("pricing", 2, ()),
    ChecklistItem.EXIT_TERMS: ("pricing", 2, ()),
    ChecklistItem.CUSTOM_CODE_OWNERSHIP: ("custom_dev", 4, ("custom_code_ownership",)),
    ChecklistItem.SOURCE_COMPLETENESS: ("custom_dev", 3, ()),
    ChecklistItem.ACCEPTANCE: ("custom_dev", 1, ()),
    ChecklistItem.LAUNCH_SUPPORT: ("support_depth", 1, ()),
    ChecklistItem.CONFIDENTIALITY: ("credibility", 1, ()),
}
TYPED_RESPONSE = "sla_response_minutes"
TYPED_RESOLUTION = "sla_resolution_hours"

SIGNAL_LABELS = {
    "contract_sla_response": gettext_lazy("Response time promised in the contract"),
    "contract_sla_fix": gettext_lazy("Fix time promised in the contract"),
    **{
        f"contract_item_{key}": gettext_lazy("Contract review: %(item)s") % {"item": ChecklistItem(key).label}
        for key in ITEM_SIGNALS
    },
}

# signal, commitment field, the typed criterion it replaces, score bands (minutes), weight
COMMITMENT_SIGNALS = (
    (
        "contract_sla_response",
        "response_minutes",
        TYPED_RESPONSE,
        [(15, 100), (30, 90), (60, 75), (120, 55), (240, 35), (480, 20)],
        4,
    ),
    ("contract_sla_fix", "fix_minutes", TYPED_RESOLUTION, [(240, 100), (480, 80), (1440, 55), (4320, 30)], 4),
)
BUSINESS_CLOCK_PENALTY = 15  # the same promise in business hours is worth less
ACKNOWLEDGEMENT_PENALTY = 35  # an auto-reply stopping the clock hollows the promise out


def _in(language: str, text) -> str:
    with translation.override(language):
        return str(text)


# How hard each contract flag bites (see scoring.SEVERITY_CAPS): what takes the product away from
# the buyer, or leaves a signed contract without an SLA, is critical; money left open is major.
FLAG_SEVERITY = {
    RedFlag.VENDOR_OWNS_CUSTOM_CODE: "critical",
    RedFlag.ENCRYPTED_OR_LICENCE_BOUND: "critical",
    RedFlag.NO_SLA_NUMBERS: "critical",
    RedFlag.COMPENSATION_EXCLUDED: "major",
    RedFlag.RENEWAL_PRICE_OPEN: "major",
    RedFlag.OPEN_ENDED_FEES: "major",
}


def _red_flag(flag: str, dimension: str) -> scoring.RedFlag:
    label = RedFlag(flag).label
    return scoring.RedFlag(
        key=f"contract_{flag}",
        label_en=_in("en", label),
        label_zh=_in("zh-hans", label),
        dimension=dimension,
        severity=FLAG_SEVERITY.get(flag, scoring.DEFAULT_SEVERITY),
    )


def _commitment_signals(contract: Contract, link: str) -> list[Signal]:
    commitments = sorted(contract.sla_commitments.all(), key=lambda c: Severity.values.index(c.severity))
    signals = []
    for key, attr, supersedes, bands, weight in COMMITMENT_SIGNALS:
        promise = next((c for c in commitments if getattr(c, attr)), None)
        if promise is None:
            continue
        minutes = getattr(promise, attr)
        score = banded(minutes, bands, 10)
        notes = [f"{promise.severity} {minutes}min"]
        if promise.clock == SlaClock.BUSINESS:
            score -= BUSINESS_CLOCK_PENALTY
            notes.append("business")
        if promise.acknowledgement_counts and attr == "response_minutes":
            score -= ACKNOWLEDGEMENT_PENALTY
            notes.append("auto-ack")
        signals.append(
            Signal(
                key=key,
                dimension="sla",
                label=str(SIGNAL_LABELS[key]),
                score=max(0.0, min(100.0, score)),
                weight=weight,
                evidence=" · ".join(notes),
                supersedes=(supersedes,),
                link=link,
            )
        )
    return signals


def _review_items(review: ContractReview, link: str) -> list[Signal | scoring.RedFlag]:
    items: list[Signal | scoring.RedFlag] = []
    for check in review.checks.all():
        dimension, weight, supersedes = ITEM_SIGNALS[check.key]
        if check.red_flag and check.flag:
            items.append(_red_flag(check.flag, dimension))
        if check.status not in ITEM_SCORE:
            continue  # N/A, or (never in an approved review) unchecked
        key = f"contract_item_{check.key}"
        items.append(
            Signal(
                key=key,
                dimension=dimension,
                label=str(SIGNAL_LABELS[key]),
                score=0.0 if check.red_flag else ITEM_SCORE[check.status],
                weight=weight,
                evidence=check.status + (" ⚑" if check.red_flag else ""),  # stored: language-neutral
                supersedes=supersedes,
                link=link,
            )
        )
    return items


def _fact_flags(contract: Contract) -> list[scoring.RedFlag]:
    flags = []
    if contract.custom_code_owner == CodeOwner.VENDOR:
        flags.append(_red_flag(RedFlag.VENDOR_OWNS_CUSTOM_CODE, "custom_dev"))
    if contract.source_form in (SourceForm.PARTLY_ENCRYPTED, SourceForm.COMPILED_ONLY) or contract.licence_bindings:
        flags.append(_red_flag(RedFlag.ENCRYPTED_OR_LICENCE_BOUND, "custom_dev"))
    return flags


def _approved_reviews(contracts: Sequence[Contract], today: dt.date) -> dict[int, ContractReview]:
    """Per contract, its latest review approved by ``today``, with its checks."""
    latest: dict[int, ContractReview] = {}
    if not contracts:
        return latest
    reviews = (
        ContractReview.objects.approved()
        .filter(contract__in=list(contracts), reviewed_at__date__lte=today)
        .order_by("contract_id", "-reviewed_at", "-pk")
    )
    for review in reviews:
        latest.setdefault(review.contract_id, review)
    prefetch_related_objects(list(latest.values()), Prefetch("checks", queryset=ClauseCheck.objects.order_by("id")))
    return latest


def contract_evidence_for_vendors(vendors: Sequence[Vendor], today: dt.date) -> dict[int, list]:
    """``contract_evidence`` for a batch of vendors (score recomputation), in a fixed number of queries."""
    contracts = Contract.objects.governing([vendor.pk for vendor in vendors], today)
    prefetch_related_objects(list(contracts.values()), "sla_commitments")
    reviews = _approved_reviews(list(contracts.values()), today)
    return {vendor_id: _evidence(contract, reviews.get(contract.pk)) for vendor_id, contract in contracts.items()}


@batched(contract_evidence_for_vendors)
def contract_evidence(vendor: Vendor, today: dt.date) -> list[Signal | scoring.RedFlag]:
    """Signals and red flags from the contract governing ``vendor`` on ``today``."""
    contract = Contract.objects.governing([vendor.pk], today).get(vendor.pk)
    if contract is None:
        return []
    return _evidence(contract, _approved_reviews([contract], today).get(contract.pk))


def _evidence(contract: Contract, review: ContractReview | None) -> list[Signal | scoring.RedFlag]:
    link = contract.get_absolute_url()
    items: list[Signal | scoring.RedFlag] = [*_commitment_signals(contract, link), *_fact_flags(contract)]
    if review is not None:
        items += _review_items(review, review.get_absolute_url())
    # One flag per kind, whether the facts or the review raised it.
    seen: set[str] = set()
    unique: list[Signal | scoring.RedFlag] = []
    for item in items:
        if isinstance(item, scoring.RedFlag):
            if item.key in seen:
                continue
            seen.add(item.key)
        unique.append(item)
    return unique
