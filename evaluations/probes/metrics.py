"""Measured support, per vendor and severity: pure arithmetic over plain probe facts.

Pure: no models, no database. The caller hands in one ``ProbeFact`` per sent
probe (minutes already measured on the wall clock, in the vendor's business
hours, and on the clock the contract's promise uses) and the promises per
severity. The rules, in one place:

* **answered share** = probes with a human answer / probes settled (answered,
  or unanswered past the time-out). Probes still inside their time-out are
  not counted either way.
* **first response** and **resolution**: the median and the 90th percentile
  (nearest rank: the value at position ⌈0.9·n⌉ of the sorted list) over the
  probes that have one, on the wall clock and in business minutes.
* **SLA attainment** for a promise of R minutes: a probe *meets* it when its
  response on the promised clock came within R, *misses* it when it came later
  or when it has already waited longer than R without one; otherwise it is
  still pending and not counted. Attainment = met / (met + missed). The same
  for the promised fix time against resolution.
* **red flag**: two P1/P2 probes in a row (by send time) that were not answered
  within the time-out.

Worked example (promise for P2: response 60 business minutes, fix 480):

    probe  severity  business minutes to answer  resolution  timed out
    a      P2        30                           300         no
    b      P2        90                           -           no     (still open, waited 700)
    c      P2        -                            -           yes    (waited 4,320)
    answered share  = 2 / 3            = 0.67
    median response = median(30, 90)   = 60;  p90 = value at ⌈0.9·2⌉ = 2nd = 90
    SLA response:   a met (30 ≤ 60), b missed (90 > 60), c missed (waited 4,320 > 60) -> 1/3
    SLA fix:        a met (300 ≤ 480), b missed (waited 700 > 480), c missed -> 1/3
    red flag:       no (b between a and c was answered; only c is unanswered)
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import statistics
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

SEVERITIES = ("P1", "P2", "P3", "P4")
URGENT = ("P1", "P2")


@dataclass(frozen=True)
class ProbeFact:
    probe_id: int
    severity: str
    sent_at: dt.datetime
    response_minutes: float | None = None
    response_business_minutes: float | None = None
    resolution_minutes: float | None = None
    resolution_business_minutes: float | None = None
    timed_out: bool = False
    quality: float | None = None
    # On the promise's clock (calendar or business, acknowledgements counted if it says so):
    sla_response: float | None = None
    sla_response_waited: float | None = None
    sla_fix: float | None = None
    sla_fix_waited: float | None = None

    @property
    def answered(self) -> bool:
        return self.response_minutes is not None

    @property
    def settled(self) -> bool:
        return self.answered or self.timed_out


@dataclass(frozen=True)
class Promise:
    severity: str
    response_minutes: int | None
    fix_minutes: int | None
    clock: str = "business"
    acknowledgement_counts: bool = False


def percentile(values: Sequence[float | None], share: float) -> float | None:
    """Nearest-rank percentile: the value at position ⌈share·n⌉ of the sorted values (None left out)."""
    ordered = sorted(value for value in values if value is not None)
    if not ordered:
        return None
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])


def median(values: Sequence[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return float(statistics.median(present)) if present else None


@dataclass(frozen=True)
class Attainment:
    met: int = 0
    missed: int = 0
    pending: int = 0

    @property
    def share(self) -> float | None:
        evaluated = self.met + self.missed
        return self.met / evaluated if evaluated else None


def attainment(promised: int | None, pairs: Iterable[tuple[float | None, float | None]]) -> Attainment | None:
    """Met / missed / pending against ``promised`` minutes, from (value, waited) pairs."""
    if promised is None:
        return None
    met = missed = pending = 0
    for value, waited in pairs:
        if value is not None:
            met, missed = (met + 1, missed) if value <= promised else (met, missed + 1)
        elif waited is not None and waited > promised:
            missed += 1
        else:
            pending += 1
    return Attainment(met, missed, pending)


@dataclass(frozen=True)
class SeverityMetrics:
    severity: str
    count: int
    answered: int
    settled: int
    answered_share: float | None
    median_response_minutes: float | None
    p90_response_minutes: float | None
    median_response_business_minutes: float | None
    p90_response_business_minutes: float | None
    median_resolution_minutes: float | None
    median_resolution_business_minutes: float | None
    mean_quality: float | None
    promise: Promise | None = None
    sla_response: Attainment | None = None
    sla_fix: Attainment | None = None
    probe_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("probe_ids")
        for key in ("sla_response", "sla_fix"):
            value = getattr(self, key)
            data[key] = None if value is None else {**asdict(value), "share": value.share}
        return data


def severity_metrics(severity: str, facts: Sequence[ProbeFact], promise: Promise | None = None) -> SeverityMetrics:
    answered = [f for f in facts if f.answered]
    settled = [f for f in facts if f.settled]
    resolved = [f for f in facts if f.resolution_minutes is not None]
    qualities = [f.quality for f in facts if f.quality is not None]
    return SeverityMetrics(
        severity=severity,
        count=len(facts),
        answered=len(answered),
        settled=len(settled),
        answered_share=len(answered) / len(settled) if settled else None,
        median_response_minutes=median([f.response_minutes for f in answered]),
        p90_response_minutes=percentile([f.response_minutes for f in answered], 0.9),
        median_response_business_minutes=median([f.response_business_minutes for f in answered]),
        p90_response_business_minutes=percentile([f.response_business_minutes for f in answered], 0.9),
        median_resolution_minutes=median([f.resolution_minutes for f in resolved]),
        median_resolution_business_minutes=median([f.resolution_business_minutes for f in resolved]),
        mean_quality=statistics.fmean(qualities) if qualities else None,
        promise=promise,
        sla_response=attainment(
            promise.response_minutes if promise else None, ((f.sla_response, f.sla_response_waited) for f in facts)
        ),
        sla_fix=attainment(promise.fix_minutes if promise else None, ((f.sla_fix, f.sla_fix_waited) for f in facts)),
        probe_ids=[f.probe_id for f in facts],
    )


def by_severity(facts: Sequence[ProbeFact], promises: dict[str, Promise]) -> list[SeverityMetrics]:
    """One row per severity that has probes, P1 first."""
    rows = []
    for severity in SEVERITIES:
        chosen = [f for f in facts if f.severity == severity]
        if chosen:
            rows.append(severity_metrics(severity, chosen, promises.get(severity)))
    return rows


def overall(facts: Sequence[ProbeFact]) -> SeverityMetrics:
    return severity_metrics("all", facts)


@dataclass(frozen=True)
class MonthRow:
    month: str  # "2026-05", in the reader's zone
    count: int
    answered_share: float | None
    median_response_business_minutes: float | None
    median_response_minutes: float | None
    by_severity: dict[str, float | None]  # median business minutes per severity


def monthly_trend(facts: Sequence[ProbeFact], tz: zoneinfo.ZoneInfo) -> list[MonthRow]:
    months: dict[str, list[ProbeFact]] = {}
    for fact in sorted(facts, key=lambda f: f.sent_at):
        months.setdefault(fact.sent_at.astimezone(tz).strftime("%Y-%m"), []).append(fact)
    rows = []
    for month, chosen in months.items():
        answered = [f for f in chosen if f.answered]
        settled = [f for f in chosen if f.settled]
        rows.append(
            MonthRow(
                month=month,
                count=len(chosen),
                answered_share=len(answered) / len(settled) if settled else None,
                median_response_business_minutes=median([f.response_business_minutes for f in answered]),
                median_response_minutes=median([f.response_minutes for f in answered]),
                by_severity={
                    s: median([f.response_business_minutes for f in answered if f.severity == s]) for s in SEVERITIES
                },
            )
        )
    return rows


def unanswered_streak(facts: Sequence[ProbeFact]) -> list[int]:
    """The ids of the first two urgent (P1/P2) probes in a row left unanswered past the time-out,
    or [] when there are none."""
    urgent = [f for f in sorted(facts, key=lambda f: (f.sent_at, f.probe_id)) if f.severity in URGENT and f.settled]
    for previous, current in itertools.pairwise(urgent):
        if previous.timed_out and current.timed_out:
            return [previous.probe_id, current.probe_id]
    return []
