"""Turning measurements into rows and chart data for the probe pages (labels in the reader's language)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from contracts.choices import Severity, SlaClock
from evaluations.probes import metrics
from evaluations.probes.templatetags.probes import duration

SEVERITY_COLOURS = {"P1": "#c53030", "P2": "#dd6b20", "P3": "#2b6cb0", "P4": "#718096"}


def sla_label(promise: metrics.Promise | None) -> dict | None:
    """What was promised, as a reader says it."""
    if promise is None:
        return None
    return {
        "response": duration(promise.response_minutes) if promise.response_minutes else "",
        "fix": duration(promise.fix_minutes) if promise.fix_minutes else "",
        "clock": SlaClock(promise.clock).label,
        "ack": promise.acknowledgement_counts,
    }


def _hours(minutes: float | None) -> float | None:
    return None if minutes is None else round(minutes / 60, 2)


def dashboard_chart(trend: list[metrics.MonthRow], promises: dict[str, metrics.Promise]) -> dict:
    """Median first response per month and severity (business hours), with each promise as a dashed line."""
    labels = [row.month for row in trend]
    datasets = []
    for severity in metrics.SEVERITIES:
        values = [_hours(row.by_severity.get(severity)) for row in trend]
        if not any(value is not None for value in values):
            continue
        datasets.append(
            {
                "label": str(Severity(severity).label),
                "data": values,
                "borderColor": SEVERITY_COLOURS[severity],
                "backgroundColor": SEVERITY_COLOURS[severity],
                "spanGaps": True,
            }
        )
        promise = promises.get(severity)
        if promise and promise.response_minutes:
            datasets.append(
                {
                    "label": _("%(severity)s promised") % {"severity": severity},
                    "data": [_hours(promise.response_minutes)] * len(labels),
                    "borderColor": SEVERITY_COLOURS[severity],
                    "borderDash": [6, 4],
                    "pointRadius": 0,
                    "fill": False,
                }
            )
    return {"labels": labels, "datasets": datasets, "yTitle": _("Median first answer (business hours)")}
