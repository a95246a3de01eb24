"""Objective signals: scores that come from recorded facts, not from anyone's opinion.

Each provider takes a vendor (with contacts, releases and documentation
prefetched) and a date, and returns ``scoring.Signal`` values that the engine
adds to their dimension like fully answered criteria, and ``scoring.RedFlag``
warnings that the facts raise. Probes (evaluations.probes.signals) and contracts
(evaluations.contract_signals) plug in by appending
providers to ``SIGNAL_PROVIDERS`` (and their labels to ``SIGNAL_LABELS``) when
their app is ready — the one interface for every source of evidence that is not
a checklist answer; this module never imports them.

A provider returns nothing when it has no facts: no recorded releases means
"no data", not "no releases".
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Sequence

from django.utils.translation import gettext_lazy

from evaluations.scoring import RedFlag, Signal
from vendors.choices import DocumentationKind, SupportTeam
from vendors.models import Vendor

# Labels by signal key, translated when shown (snapshots store keys).
SIGNAL_LABELS = {
    "fact_contact_turnover_12m": gettext_lazy("Contacts who left in the last 12 months"),
    "fact_dedicated_contact": gettext_lazy("A dedicated contact on the team now"),
    "fact_support_team_in_house": gettext_lazy("Support team in-house or outsourced"),
    "fact_releases_12m": gettext_lazy("Releases in the last 12 months"),
    "fact_days_since_last_release": gettext_lazy("Days since the last release"),
    "fact_free_fix_share": gettext_lazy("Share of fix releases that were free"),
    "fact_documentation_coverage": gettext_lazy("Usage, deployment, API and FAQ documents present"),
    "fact_documentation_quality": gettext_lazy("Average quality of the documents"),
    "fact_documentation_freshness": gettext_lazy("Typical age of the documents (days)"),
}

CORE_DOCUMENTATION = (
    DocumentationKind.USAGE,
    DocumentationKind.DEPLOYMENT,
    DocumentationKind.API,
    DocumentationKind.FAQ,
)


def banded(value: float, bands: list[tuple[float, float]], otherwise: float, lower_is_better: bool = True) -> float:
    """Score from the first band the value falls in (``value <= limit`` when lower is better)."""
    for limit, score in bands:
        if (value <= limit) if lower_is_better else (value >= limit):
            return score
    return otherwise


def team_stability(vendor: Vendor, today: dt.date) -> list[Signal]:
    signals = []
    turnover = vendor.turnover(today)
    if turnover.rate is not None:
        signals.append(
            Signal(
                key="fact_contact_turnover_12m",
                supersedes=("contact_changes_12m",),
                dimension="team_stability",
                label=str(SIGNAL_LABELS["fact_contact_turnover_12m"]),
                score=banded(turnover.rate, [(0, 100), (0.1, 85), (0.2, 70), (0.34, 45), (0.5, 25)], 5),
                weight=3,
                evidence=f"{turnover.left}/{turnover.on_team_in_window}",
            )
        )
        signals.append(
            Signal(
                key="fact_dedicated_contact",
                supersedes=("dedicated_contact",),
                dimension="team_stability",
                label=str(SIGNAL_LABELS["fact_dedicated_contact"]),
                score=100 if turnover.has_dedicated_contact else 20,
                weight=2,
                evidence="✓" if turnover.has_dedicated_contact else "✗",  # stored: language-neutral
            )
        )
    if vendor.support_team != SupportTeam.UNKNOWN:
        in_house = {SupportTeam.IN_HOUSE: 100, SupportTeam.MIXED: 70, SupportTeam.OUTSOURCED: 30}
        signals.append(
            Signal(
                key="fact_support_team_in_house",
                supersedes=("support_team_origin",),
                dimension="team_stability",
                label=str(SIGNAL_LABELS["fact_support_team_in_house"]),
                score=in_house[vendor.support_team],
                weight=1,
                evidence=vendor.support_team,  # stored as its code: labelled in the reader's language when shown
            )
        )
    return signals


# A fact recorded on the vendor replaces the answer that asks the same thing (one band per fact,
# never counted twice): see the ``supersedes=`` of each fact signal above.

# Signals whose stored evidence is a choice's code, shown as that choice's label.
EVIDENCE_CHOICES = {"fact_support_team_in_house": SupportTeam}


def evidence_label(key: str, evidence: str) -> str:
    """A signal's evidence as the reader should see it (older snapshots stored the label itself)."""
    choices = EVIDENCE_CHOICES.get(key)
    if choices is not None and evidence in choices.values:
        return str(choices(evidence).label)
    return evidence


def iteration(vendor: Vendor, today: dt.date) -> list[Signal]:
    cadence = vendor.release_cadence(today)
    if cadence.days_since_last is None:
        return []
    signals = [
        Signal(
            key="fact_releases_12m",
            supersedes=("releases_last_year",),
            dimension="iteration",
            label=str(SIGNAL_LABELS["fact_releases_12m"]),
            score=banded(cadence.in_window, [(12, 100), (6, 85), (3, 65), (1, 35)], 5, lower_is_better=False),
            weight=2,
            evidence=str(cadence.in_window),
        ),
        Signal(
            key="fact_days_since_last_release",
            dimension="iteration",
            label=str(SIGNAL_LABELS["fact_days_since_last_release"]),
            score=banded(cadence.days_since_last, [(45, 100), (90, 80), (180, 55), (365, 25)], 5),
            weight=2,
            evidence=str(cadence.days_since_last),
        ),
    ]
    if cadence.free_fix_share is not None:
        signals.append(
            Signal(
                key="fact_free_fix_share",
                dimension="iteration",
                label=str(SIGNAL_LABELS["fact_free_fix_share"]),
                score=100 * cadence.free_fix_share,
                weight=1,
                evidence=f"{cadence.free_fix_share:.0%}",
            )
        )
    return signals


def documentation(vendor: Vendor, today: dt.date) -> list[Signal]:
    items = list(vendor.documentation.all())
    if not items:
        return []
    kinds = {item.kind for item in items}
    covered = sum(1 for kind in CORE_DOCUMENTATION if kind in kinds)
    signals = [
        Signal(
            key="fact_documentation_coverage",
            dimension="documentation",
            label=str(SIGNAL_LABELS["fact_documentation_coverage"]),
            score=100 * covered / len(CORE_DOCUMENTATION),
            weight=2,
            evidence=f"{covered}/{len(CORE_DOCUMENTATION)}",
        ),
        Signal(
            key="fact_documentation_quality",
            dimension="documentation",
            label=str(SIGNAL_LABELS["fact_documentation_quality"]),
            score=(statistics.fmean(item.quality for item in items) - 1) * 25,
            weight=2,
            evidence=f"{statistics.fmean(item.quality for item in items):.1f}/5",
        ),
    ]
    ages = [(today - item.last_updated).days for item in items if item.last_updated]
    if ages:
        median_age = statistics.median(ages)
        signals.append(
            Signal(
                key="fact_documentation_freshness",
                supersedes=("doc_last_update_months",),
                dimension="documentation",
                label=str(SIGNAL_LABELS["fact_documentation_freshness"]),
                score=banded(median_age, [(90, 100), (180, 80), (365, 50), (730, 25)], 5),
                weight=1,
                evidence=f"{median_age:.0f}",
            )
        )
    return signals


Provider = Callable[[Vendor, dt.date], list[Signal | RedFlag]]
# A provider may also answer for a batch of vendors at once, in a fixed number of queries: a
# ``for_vendors(vendors, today) -> {vendor id: items}`` attribute (see ``batched``). Score
# recomputation uses it; providers without one are asked vendor by vendor.
BatchProvider = Callable[[Sequence[Vendor], dt.date], dict[int, list[Signal | RedFlag]]]
SIGNAL_PROVIDERS: list[Provider] = [team_stability, iteration, documentation]


def batched(for_vendors: BatchProvider) -> Callable[[Provider], Provider]:
    """Give a provider its batch form: ``@batched(for_many)`` above ``def for_one(vendor, today)``."""

    def attach(provider: Provider) -> Provider:
        provider.for_vendors = for_vendors  # type: ignore[attr-defined]
        return provider

    return attach


def _split(items: list[Signal | RedFlag]) -> tuple[list[Signal], list[RedFlag]]:
    return [i for i in items if isinstance(i, Signal)], [i for i in items if isinstance(i, RedFlag)]


def vendor_evidence(vendor: Vendor, today: dt.date) -> tuple[list[Signal], list[RedFlag]]:
    """Every provider's signals and red flags for one vendor."""
    return _split([item for provider in SIGNAL_PROVIDERS for item in provider(vendor, today)])


def vendors_evidence(vendors: Sequence[Vendor], today: dt.date) -> dict[int, tuple[list[Signal], list[RedFlag]]]:
    """``vendor_evidence`` for a batch (contacts, releases and documentation prefetched): providers
    with a batch form answer for all the vendors at once, the others one vendor at a time."""
    items: dict[int, list[Signal | RedFlag]] = {vendor.pk: [] for vendor in vendors}
    for provider in SIGNAL_PROVIDERS:
        for_vendors = getattr(provider, "for_vendors", None)
        if for_vendors is not None:
            found = for_vendors(vendors, today)
            for vendor in vendors:
                items[vendor.pk].extend(found.get(vendor.pk, ()))
        else:
            for vendor in vendors:
                items[vendor.pk].extend(provider(vendor, today))
    return {pk: _split(found) for pk, found in items.items()}
