"""Turning contracts into what the pages show: highlighted text, cost charts, SLA rows."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from contracts import costs
from contracts.choices import ChecklistItem, ItemStatus, LicenceBinding, Module, Risk


@dataclass(frozen=True)
class Segment:
    text: str
    keys: tuple[str, ...] = ()  # the checklist items whose excerpt covers this stretch

    @property
    def anchor(self) -> str:
        return f"excerpt-{self.keys[0]}" if self.keys else ""

    @property
    def title(self) -> str:
        return " · ".join(str(ChecklistItem(key).label) for key in self.keys)


def excerpt_spans(text: str, checks) -> list[tuple[int, int, str]]:
    """Where each check's excerpt sits in ``text``: the reviewer's own excerpt when it is
    found verbatim, else the detector's position. Checks without either are left out."""
    spans = []
    for check in checks:
        start = end = None
        excerpt = (check.excerpt or "").strip()
        if excerpt:
            found = text.find(excerpt)
            if found >= 0:
                start, end = found, found + len(excerpt)
        if start is None and check.suggested_start is not None and check.suggested_end is not None:
            start, end = check.suggested_start, check.suggested_end
        if start is not None and 0 <= start < end <= len(text):
            spans.append((start, end, check.key))
    return spans


def highlight(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut ``text`` into plain and highlighted segments; overlapping excerpts share a segment."""
    cuts = sorted({0, len(text), *(s for s, _e, _k in spans), *(e for _s, e, _k in spans)})
    segments: list[Segment] = []
    for start, end in pairwise(cuts):
        if start >= end:
            continue
        keys = tuple(key for s, e, key in spans if s <= start and end <= e)
        if segments and segments[-1].keys == keys:
            segments[-1] = Segment(segments[-1].text + text[start:end], keys)
        else:
            segments.append(Segment(text[start:end], keys))
    return segments


PALETTE = {
    "purchase": "#2b6cb0",
    "support": "#2f855a",
    "fees": "#b7791f",
    "updates": "#805ad5",
    "custom_dev": "#c05621",
    "training": "#718096",
    "third_party": "#d53f8c",
}


def cost_chart(projection: costs.Projection) -> dict:
    """Chart.js data: one stacked bar per year, one colour per category (empty categories left out)."""
    datasets = []
    for key, label in costs.CATEGORIES.items():
        values = [float(year.amounts[key]) for year in projection.years]
        if any(values):
            datasets.append({"label": str(label), "data": values, "backgroundColor": PALETTE[key], "stack": "cost"})
    return {
        "labels": [_("Year %(n)d") % {"n": year.number} for year in projection.years],
        "datasets": datasets,
    }


def _display(name: str, value) -> str:
    if value in (None, ""):
        return "—"
    if name == "status":
        return str(ItemStatus(value).label)
    if name in ("risk", "overall_risk"):
        return str(Risk(value).label)
    if name == "red_flag":
        return _("Yes") if value else _("No")
    return str(value)


FIELD_LABELS = {
    "status": gettext_lazy("Verdict"),
    "red_flag": gettext_lazy("Red flag"),
    "excerpt": gettext_lazy("Excerpt"),
    "note": gettext_lazy("Note"),
    "risk": gettext_lazy("Risk"),
    "overall_risk": gettext_lazy("Overall risk"),
    "summary": gettext_lazy("Summary"),
}


def event_changes(event) -> list[tuple[str, str, str]]:
    """(field label, before, after) for each field a history event changed, in the reader's language."""
    before, after = event.before or {}, event.after or {}
    rows = []
    for name in FIELD_LABELS:
        if name in after and before.get(name) != after.get(name):
            rows.append((str(FIELD_LABELS[name]), _display(name, before.get(name)), _display(name, after.get(name))))
    return rows


def analysis_rows(analysis) -> list[dict]:
    """The detector's items with their labels, for the suggestion tables."""
    if analysis is None:
        return []
    return [
        {
            "key": item.key,
            "label": ChecklistItem(item.key).label,
            "status": item.status,
            "status_label": ItemStatus(item.status).label,
            "red_flag": item.red_flag,
            "note": item.note,
            "excerpt": item.excerpt,
        }
        for item in analysis.items
    ]


def module_facts(contract) -> dict:
    """Labels of the delivered modules, the missing ones and the licence bindings."""
    delivered = set(contract.delivered_modules or [])
    return {
        "module_labels": [label for value, label in Module.choices if value in delivered],
        "missing_modules": [str(label) for value, label in Module.choices if delivered and value not in delivered],
        "binding_labels": [
            label for value, label in LicenceBinding.choices if value in (contract.licence_bindings or [])
        ],
    }
