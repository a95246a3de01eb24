"""Measured support as objective signals and red flags for the scores.

Registered into ``evaluations.objective.SIGNAL_PROVIDERS`` when the app is ready.
Measured evidence outweighs what an evaluator typed about the same thing: with
enough answered probes, the response-time signal supersedes the checklist's
typed "average first answer to test questions", and the rated quality of probe
answers supersedes the typed quality score (see ``evaluations.scoring``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from evaluations.objective import banded, batched
from evaluations.probes.measurements import Measurement, measure_vendor, measure_vendors
from evaluations.scoring import RedFlag, Signal
from vendors.models import Vendor

# From this many answered (or rated) probes on, the measurement replaces the typed answer.
MIN_PROBES_TO_SUPERSEDE = 3
TYPED_FIRST_ANSWER = "test_first_answer_hours"
TYPED_ANSWER_QUALITY = "test_answer_quality"
SLOW_FIRST_ANSWER_MINUTES = 24 * 60

SIGNAL_LABELS = {
    "probe_first_response": gettext_lazy("Measured first answer to probe questions (business hours)"),
    "probe_answered_share": gettext_lazy("Probe questions answered before the time-out"),
    "probe_answer_quality": gettext_lazy("Rated quality of the answers to probe questions"),
    "probe_resolution": gettext_lazy("Measured time to solve probe questions (business hours)"),
    "probe_sla_response": gettext_lazy("Probe answers within the promised response time"),
    "probe_sla_fix": gettext_lazy("Probe questions solved within the promised fix time"),
}

UNANSWERED_STREAK_FLAG = (
    "probe_unanswered_streak",
    "Two urgent probe questions in a row went unanswered past the time-out",
    "连续两个紧急测试提问超时无人回复",
)
SLOW_FIRST_ANSWER_FLAG = (
    "probe_slow_first_answer",
    "Measured first answers to probe questions took more than 24 hours (median)",
    "实测首次回复用时中位数超过 24 小时",
)


def clock(minutes: float | None) -> str:
    """A duration readers of either language understand ("24min", "3.5h"): snapshots store it."""
    if minutes is None:
        return "-"
    if minutes < 60:
        return f"{round(minutes)}min"
    return f"{minutes / 60:.1f}h"


def _signal(key: str, dimension: str, score: float, weight: float, evidence: str, link: str, **extra) -> Signal:
    return Signal(
        key=key,
        dimension=dimension,
        label=str(SIGNAL_LABELS[key]),
        score=max(0.0, min(100.0, score)),
        weight=weight,
        evidence=evidence,
        link=link,
        **extra,
    )


def _measured_until(today: dt.date) -> dt.datetime:
    end_of_day = timezone.make_aware(dt.datetime.combine(today, dt.time.max))
    return min(end_of_day, timezone.now())


def probe_evidence_for_vendors(vendors: Sequence[Vendor], today: dt.date) -> dict[int, list[Signal | RedFlag]]:
    """``probe_evidence`` for a batch of vendors (score recomputation), measured in one go."""
    measured = measure_vendors(vendors, now=_measured_until(today))
    return {vendor.pk: _evidence(measured[vendor.pk]) for vendor in vendors}


@batched(probe_evidence_for_vendors)
def probe_evidence(vendor: Vendor, today: dt.date) -> list[Signal | RedFlag]:
    """Signals and red flags from the vendor's probes sent in the year up to ``today``."""
    return _evidence(measure_vendor(vendor, now=_measured_until(today)))


def _evidence(measurement: Measurement) -> list[Signal | RedFlag]:
    vendor = measurement.vendor
    summary = measurement.overall
    if summary.settled == 0 and summary.answered == 0:
        return []
    dashboard = reverse("probes:vendor_probes", args=[vendor.pk])
    answered = f"{dashboard}?status=answered&status=resolved#all-probes"
    items: list[Signal | RedFlag] = []
    if summary.answered:
        supersede = (TYPED_FIRST_ANSWER,) if summary.answered >= MIN_PROBES_TO_SUPERSEDE else ()
        items.append(
            _signal(
                "probe_first_response",
                "response_speed",
                banded(
                    summary.median_response_business_minutes,
                    [(30, 100), (60, 90), (120, 75), (240, 60), (480, 40), (960, 20)],
                    5,
                ),
                5,
                f"p50 {clock(summary.median_response_business_minutes)} · "
                f"p90 {clock(summary.p90_response_business_minutes)} · n={summary.answered}",
                answered,
                supersedes=supersede,
            )
        )
        # The measured twin of the typed criterion's flag it replaces ("more than 24 hours on average").
        if supersede and (summary.median_response_minutes or 0) > SLOW_FIRST_ANSWER_MINUTES:
            key, label_en, label_zh = SLOW_FIRST_ANSWER_FLAG
            items.append(RedFlag(key=key, label_en=label_en, label_zh=label_zh, dimension="response_speed"))
    if summary.settled:
        items.append(
            _signal(
                "probe_answered_share",
                "response_speed",
                100 * (summary.answered_share or 0),
                3,
                f"{summary.answered}/{summary.settled}",
                f"{dashboard}#all-probes",
            )
        )
    rated = [fact.quality for fact in measurement.facts if fact.quality is not None]
    if rated:
        mean = sum(rated) / len(rated)
        items.append(
            _signal(
                "probe_answer_quality",
                "response_speed",
                (mean - 1) * 25,
                2,
                f"{mean:.1f}/5 · n={len(rated)}",
                answered,
                supersedes=(TYPED_ANSWER_QUALITY,) if len(rated) >= MIN_PROBES_TO_SUPERSEDE else (),
            )
        )
    if summary.median_resolution_business_minutes is not None:
        resolved = sum(1 for fact in measurement.facts if fact.resolution_minutes is not None)
        items.append(
            _signal(
                "probe_resolution",
                "bug_fix",
                banded(summary.median_resolution_business_minutes, [(120, 100), (480, 80), (960, 60), (2400, 35)], 10),
                2,
                f"p50 {clock(summary.median_resolution_business_minutes)} · n={resolved}",
                f"{dashboard}?status=resolved#all-probes",
            )
        )
    for key, attr, weight in (("probe_sla_response", "sla_response", 4), ("probe_sla_fix", "sla_fix", 3)):
        met = sum(getattr(row, attr).met for row in measurement.rows if getattr(row, attr))
        missed = sum(getattr(row, attr).missed for row in measurement.rows if getattr(row, attr))
        if met + missed:
            items.append(
                _signal(key, "sla", 100 * met / (met + missed), weight, f"{met}/{met + missed}", f"{dashboard}#sla")
            )
    if measurement.streak:
        key, label_en, label_zh = UNANSWERED_STREAK_FLAG
        items.append(RedFlag(key=key, label_en=label_en, label_zh=label_zh, dimension="response_speed"))
    return items
