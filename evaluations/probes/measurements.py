"""From probe rows to the pure metrics: one vendor's measured support over a window.

Reads probes, their ratings and the governing contract's SLA commitments, turns
each probe into a ``metrics.ProbeFact`` (minutes on the wall clock, in business
hours, and on the clock the contract promised), and hands them to
``evaluations.probes.metrics``. Used by the dashboard, the API and the scores.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone

from contracts.choices import SlaClock
from contracts.models import Contract, SlaCommitment
from evaluations.probes import metrics
from evaluations.probes.choices import ProbeStatus
from evaluations.probes.models import Probe, ProbeRating
from vendors.hours import WeeklyHours, business_minutes
from vendors.models import SupportChannel, Vendor

DEFAULT_WINDOW_DAYS = 365
COUNTED = (ProbeStatus.SENT, ProbeStatus.ANSWERED, ProbeStatus.RESOLVED, ProbeStatus.TIMED_OUT)


@dataclass(frozen=True)
class Measurement:
    vendor: Vendor
    since: dt.datetime
    until: dt.datetime
    contract: Contract | None
    promises: dict[str, metrics.Promise]
    facts: list[metrics.ProbeFact]
    rows: list[metrics.SeverityMetrics]
    overall: metrics.SeverityMetrics
    streak: list[int]

    def trend(self, tz: zoneinfo.ZoneInfo) -> list[metrics.MonthRow]:
        return metrics.monthly_trend(self.facts, tz)


def _promise(commitment: SlaCommitment) -> metrics.Promise:
    return metrics.Promise(
        severity=commitment.severity,
        response_minutes=commitment.response_minutes,
        fix_minutes=commitment.fix_minutes,
        clock=commitment.clock,
        acknowledgement_counts=commitment.acknowledgement_counts,
    )


class _Clock:
    """Minutes between two instants on a promise's clock: calendar, or business hours
    (the commitment's own hours, else the probe's channel hours as stored on the probe)."""

    def __init__(self, vendor: Vendor, commitment: SlaCommitment | None):
        self.vendor = vendor
        self.commitment = commitment
        self.custom_hours = (
            WeeklyHours.from_json(commitment.business_hours) if commitment and commitment.business_hours else None
        )

    def between(self, probe: Probe, end: dt.datetime, stored_wall: int | None, stored_business: int | None) -> float:
        if self.commitment is None or self.commitment.clock == SlaClock.CALENDAR:
            return stored_wall if stored_wall is not None else (end - probe.sent_at).total_seconds() / 60
        if self.custom_hours is None and stored_business is not None:
            return stored_business
        hours = self.custom_hours or probe.channel.weekly_hours
        return business_minutes(probe.sent_at, end, hours, self.vendor.time_zone, self.vendor.holiday_country)


def _mean(scores: list[int]) -> float | None:
    return sum(scores) / len(scores) if scores else None  # as Probe.quality


def fact_for(
    probe: Probe,
    commitment: SlaCommitment | None,
    now: dt.datetime,
    timeout: dt.timedelta,
    scores: list[int] | None = None,
) -> metrics.ProbeFact:
    """``scores``: the probe's ratings when already read (else ``probe.quality()`` reads them)."""
    clock = _Clock(probe.vendor, commitment)
    timeout_minutes = timeout.total_seconds() / 60
    answered_at, wall, business = probe.first_response_at, probe.response_minutes, probe.response_business_minutes
    if commitment is not None and commitment.acknowledgement_counts and probe.acknowledged_at is not None:
        answered_at, wall, business = probe.acknowledged_at, probe.ack_minutes, probe.ack_business_minutes
    sla_response = clock.between(probe, answered_at, wall, business) if answered_at else None
    timed_out = probe.timed_out_at is not None or (probe.response_minutes or 0) > timeout_minutes
    waited = None if answered_at else clock.between(probe, now, None, None)
    resolved = probe.resolved_at
    sla_fix = (
        clock.between(probe, resolved, probe.resolution_minutes, probe.resolution_business_minutes)
        if resolved
        else None
    )
    # Only a probe nobody answered in time is known to be unfixed; an answered one waits for an evaluator's verdict.
    fix_waited = waited if (timed_out and probe.first_response_at is None) else None
    quality = probe.quality() if scores is None else _mean(scores)
    return metrics.ProbeFact(
        probe_id=probe.pk,
        severity=probe.severity,
        sent_at=probe.sent_at,
        response_minutes=probe.response_minutes,
        response_business_minutes=probe.response_business_minutes,
        resolution_minutes=probe.resolution_minutes,
        resolution_business_minutes=probe.resolution_business_minutes,
        timed_out=timed_out,
        quality=quality,
        sla_response=sla_response,
        sla_response_waited=waited,
        sla_fix=sla_fix,
        sla_fix_waited=fix_waited,
    )


def measure_vendor(vendor: Vendor, now: dt.datetime | None = None, days: int = DEFAULT_WINDOW_DAYS) -> Measurement:
    return measure_vendors([vendor], now, days)[vendor.pk]


# What ``fact_for`` reads of a probe and its channel (a probe row is mostly the message sent).
MEASURED_FIELDS = (
    "vendor_id",
    "channel_id",
    "severity",
    "sent_at",
    "acknowledged_at",
    "first_response_at",
    "resolved_at",
    "timed_out_at",
    *Probe.MEASURED_FIELDS,  # the minute counts Probe.measure() derives
)


def measure_vendors(
    vendors: Sequence[Vendor], now: dt.datetime | None = None, days: int = DEFAULT_WINDOW_DAYS
) -> dict[int, Measurement]:
    """``measure_vendor`` for a batch of vendors, in the same number of queries as for one."""
    now = now or timezone.now()
    since = now - dt.timedelta(days=days)
    by_pk = {vendor.pk: vendor for vendor in vendors}
    contracts = Contract.objects.governing(list(by_pk), on=timezone.localdate(now))
    prefetch_related_objects(list(contracts.values()), "sla_commitments")
    commitments = {
        vendor_id: {c.severity: c for c in contract.sla_commitments.all()} for vendor_id, contract in contracts.items()
    }
    timeout = dt.timedelta(hours=settings.PROBE_RESPONSE_TIMEOUT_HOURS)
    facts: dict[int, list[metrics.ProbeFact]] = defaultdict(list)
    counted = Probe.objects.filter(
        vendor_id__in=list(by_pk), status__in=COUNTED, sent_at__gte=since, sent_at__lte=now
    ).order_by()
    # Channels and ratings once each, shared by their probes, rather than an instance per probe.
    channels = {
        channel.pk: channel
        for channel in SupportChannel.objects.filter(pk__in=counted.values("channel_id")).only("vendor_id", "hours")
    }
    for channel in channels.values():
        if channel.vendor_id in by_pk:
            channel.vendor = by_pk[channel.vendor_id]  # the channel's hours fall back to the vendor's
    scores: dict[int, list[int]] = defaultdict(list)
    for probe_id, score in ProbeRating.objects.filter(probe__in=counted.values("pk")).values_list("probe_id", "score"):
        scores[probe_id].append(score)
    probes = counted.only(*MEASURED_FIELDS).order_by("vendor_id", "sent_at", "pk")
    for probe in probes:
        vendor = by_pk[probe.vendor_id]
        probe.vendor = vendor  # no query per probe for what we already hold
        probe.channel = channels[probe.channel_id]
        promised = commitments.get(vendor.pk, {})
        facts[vendor.pk].append(fact_for(probe, promised.get(probe.severity), now, timeout, scores.get(probe.pk, [])))
    measured = {}
    for vendor in vendors:
        promises = {severity: _promise(c) for severity, c in commitments.get(vendor.pk, {}).items()}
        found = facts.get(vendor.pk, [])
        measured[vendor.pk] = Measurement(
            vendor=vendor,
            since=since,
            until=now,
            contract=contracts.get(vendor.pk),
            promises=promises,
            facts=found,
            rows=metrics.by_severity(found, promises),
            overall=metrics.overall(found),
            streak=metrics.unanswered_streak(found),
        )
    return measured
