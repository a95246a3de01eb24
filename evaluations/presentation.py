"""Turning stored snapshots into rows and chart data for pages and exports.

Snapshots store keys; labels are resolved here in the reader's language.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluations.choices import Dimension
from evaluations.models import ChecklistTemplate, Criterion, ScoreSnapshot, WeightProfile
from evaluations.objective import SIGNAL_LABELS, evidence_label
from evaluations.scorecards import recompute_vendor
from vendors.models import Vendor
from vendorscore.language import reading_chinese


def label_maps() -> dict[str, str]:
    """Criterion and signal labels by key (criteria from the current checklists)."""
    labels = {key: str(label) for key, label in SIGNAL_LABELS.items()}
    current = Criterion.objects.filter(template__in=ChecklistTemplate.objects.filter(is_current=True))
    for criterion in current.only("key", "question_en", "question_zh"):
        labels[criterion.key] = criterion.question
    return labels


def flag_label(flag: dict) -> str:
    zh = reading_chinese()
    return flag.get("label_zh" if zh else "label_en") or flag.get("label_en") or flag["key"]


def latest_snapshots(vendors: list[Vendor], profile: WeightProfile) -> dict[int, ScoreSnapshot]:
    """The latest snapshot of each vendor under a profile, computing any that is missing."""
    found = {s.vendor_id: s for s in ScoreSnapshot.objects.latest().filter(profile=profile, vendor__in=vendors)}
    missing = [v.pk for v in vendors if v.pk not in found]
    for vendor_id in missing:
        recompute_vendor(vendor_id)
    if missing:
        found.update(
            {s.vendor_id: s for s in ScoreSnapshot.objects.latest().filter(profile=profile, vendor_id__in=missing)}
        )
    by_id = {vendor.pk: vendor for vendor in vendors}
    for snapshot in found.values():  # the caller's objects: no query to follow either relation
        snapshot.vendor, snapshot.profile = by_id[snapshot.vendor_id], profile
    return found


def dimension_rows(snapshot: ScoreSnapshot) -> list[dict]:
    labels = dict(Dimension.choices)
    return [dict(row, label=labels.get(row["key"], row["key"])) for row in snapshot.data.get("dimensions", [])]


def breakdown_rows(snapshot: ScoreSnapshot, labels: dict[str, str]) -> list[dict]:
    """Per dimension, each criterion or signal with its label, each evaluator's answer as they
    would say it, and the evidence behind it."""
    evidence = snapshot.data.get("evidence", {})
    stored_answers = snapshot.data.get("answers", {})
    criteria = {}
    if stored_answers:
        current = Criterion.objects.filter(template__is_current=True, key__in=list(stored_answers))
        criteria = {c.key: c for c in current.only("key", "answer_type", "rule")}

    def shown(key: str, answer: dict) -> str:
        if answer.get("is_na"):
            return str(_("Not applicable"))
        criterion = criteria.get(key)
        return criterion.display_value(answer.get("value")) if criterion else str(answer.get("value"))

    rows = []
    for row in dimension_rows(snapshot):
        lines = [
            dict(
                line,
                label=labels.get(line["key"], line.get("label") or line["key"]),
                evidence=evidence_label(line["key"], line.get("evidence") or ""),
                evidence_items=evidence.get(line["key"], []),
                answers=[
                    {"evaluator": a["evaluator"], "display": shown(line["key"], a)}
                    for a in stored_answers.get(line["key"], [])
                ],
            )
            for line in snapshot.data.get("breakdown", {}).get(row["key"], [])
        ]
        rows.append(dict(row, lines=lines))
    return rows


def chart_payload(snapshots: list[ScoreSnapshot], history: list | None, names: list[str] | None = None) -> dict:
    """Data for the radar (one dataset per snapshot) and, for one vendor, the trend line."""
    labels = [str(label) for _key, label in Dimension.choices]
    datasets = []
    for index, snapshot in enumerate(snapshots):
        by_key = {row["key"]: row.get("score") for row in snapshot.data.get("dimensions", [])}
        datasets.append(
            {
                "label": names[index] if names else str(snapshot.vendor_id),
                "data": [by_key.get(key) for key in Dimension.values],
            }
        )
    payload = {"radar": {"labels": labels, "datasets": datasets}}
    if history is not None:
        # x: the moment as the reader's wall-clock time, in milliseconds since the epoch as if
        # that wall-clock time were UTC, so the chart can space points in proportion to time and
        # print them with toISOString() in the reader's zone, whatever zone the browser is in.
        payload["trend"] = {
            "points": [
                {"x": wall_clock_ms(moment), "y": None if overall is None else round(overall, 1)}
                for moment, overall in history
            ],
            "label": str(_("Overall")),
        }
    return payload


def wall_clock_ms(moment: dt.datetime) -> int:
    local = timezone.localtime(moment).replace(tzinfo=dt.UTC)
    return int(local.timestamp() * 1000)


def local_iso(value: str) -> str:
    """An ISO 8601 moment stored in UTC, restated in the reader's time zone with its offset."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, dt.UTC)
    return timezone.localtime(moment).isoformat()


def evaluator_rows(snapshot: ScoreSnapshot) -> list[dict]:
    """The evaluators behind a score, each with when the approval happened in the reader's zone."""
    rows = []
    for row in snapshot.data.get("evaluators", []):
        moment = dt.datetime.fromisoformat(local_iso(row["reviewed_at"])) if row.get("reviewed_at") else None
        rows.append(dict(row, reviewed_at=moment))
    return rows


def event_changes(event) -> list[dict]:
    """What an answer event changed, field by field, as a reader would say it.

    Values appear as their labels in the reader's language ("In-house team", "Yes",
    "2.5 hours"), evidence files by name, and only the fields that changed.
    """
    before, after = event.before or {}, event.after or {}
    criterion = event.criterion
    changes = []
    for key, label in (
        ("value", _("Answer")),
        ("is_na", _("Not applicable")),
        ("note", _("Evidence note")),
        ("link", _("Evidence link")),
        ("files", _("Evidence files")),
        ("evidence", _("Evidence file")),  # the single file of the first schema, in old events
    ):
        if key not in before and key not in after:
            continue
        old, new = before.get(key), after.get(key)
        if old == new or (not old and not new):
            continue
        changes.append({"field": label, "before": _shown(criterion, key, old), "after": _shown(criterion, key, new)})
    return changes


def _shown(criterion, key: str, value) -> str:
    if value in (None, "", [], False):
        return ""
    if key == "value":
        return criterion.display_value(value) if criterion is not None else str(value)
    if key == "is_na":
        return str(_("Yes"))
    if key == "evidence":
        return str(value).rsplit("/", 1)[-1]
    if key == "files":
        return ", ".join(str(name) for name in value)
    return str(value)


def scenario_view(snapshot: ScoreSnapshot) -> dict | None:
    """Which questions the snapshot's profile counted more and which it left out, by their labels."""
    boosted, left_out = snapshot.data.get("boosted", []), snapshot.data.get("left_out", [])
    if not boosted and not left_out:
        return None
    questions = {}
    for criterion in Criterion.objects.filter(key__in=[*boosted, *left_out]).order_by("template__version"):
        questions[criterion.key] = criterion.question  # the newest version's wording wins
    return {
        "boosted": [questions.get(key, key) for key in boosted],
        "left_out": [questions.get(key, key) for key in left_out],
    }


SEVERITY_LABELS = {
    "critical": gettext_lazy("critical: caps at D"),
    "major": gettext_lazy("major: caps at C"),
    "warning": gettext_lazy("warning"),
}


def severity_label(severity: str | None) -> str:
    return str(SEVERITY_LABELS.get(severity or "major", SEVERITY_LABELS["major"]))
