"""Scorecards, the ranking and the side-by-side comparison (with CSV / XLSX export)."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.db.models import prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from contracts import costs
from contracts.models import Contract
from evaluations.choices import Dimension
from evaluations.filtersets import ScoreFilterSet
from evaluations.forms import CompareForm
from evaluations.models import ScoreSnapshot, WeightProfile
from evaluations.presentation import (
    breakdown_rows,
    chart_payload,
    dimension_rows,
    evaluator_rows,
    flag_label,
    label_maps,
    latest_snapshots,
)
from evaluations.scorecards import recompute_vendor
from evaluations.tasks import schedule_recompute
from evaluations.views.evaluations import open_evaluation_of
from vendors.models import Vendor
from vendorscore.roles import Role, has_role, role_required


def chosen_profile(request) -> tuple[WeightProfile, list[WeightProfile]]:
    """The profile named by ?profile= (the default, with an error message, when unknown) and
    all profiles for the picker, from one query."""
    profiles = list(WeightProfile.objects.all())
    by_slug = {p.slug: p for p in profiles}
    slug = request.GET.get("profile") or WeightProfile.DEFAULT_SLUG
    if slug in by_slug:
        return by_slug[slug], profiles
    fallback = by_slug.get(WeightProfile.DEFAULT_SLUG) or profiles[0]
    messages.error(
        request,
        _("There is no weight profile “%(slug)s”; showing “%(name)s”.") % {"slug": slug[:50], "name": fallback.name},
    )
    return fallback, profiles


@role_required(Role.VIEWER)
def scorecard(request, pk: int):
    vendor = get_object_or_404(Vendor.objects.for_user(request.user), pk=pk)
    profile, profiles = chosen_profile(request)
    snapshot = latest_snapshots([vendor], profile)[vendor.pk]
    history = list(
        ScoreSnapshot.objects.filter(vendor=vendor, profile=profile)
        .order_by("computed_at")
        .values_list("computed_at", "overall")[:200]
    )
    labels = label_maps()
    context = {
        "vendor": vendor,
        "profile": profile,
        "profiles": profiles,
        "snapshot": snapshot,
        "dimensions": dimension_rows(snapshot),
        "breakdown": breakdown_rows(snapshot, labels),
        "red_flags": [dict(flag, label=flag_label(flag)) for flag in snapshot.data.get("red_flags", [])],
        "evaluators": evaluator_rows(snapshot),
        "open_draft": open_evaluation_of(request.user, vendor) if has_role(request.user, Role.EVALUATOR) else None,
        "chart": chart_payload([snapshot], history),
    }
    return render(request, "evaluations/scorecard.html", context)


@role_required(Role.VIEWER)
def ranking(request):
    profile, profiles = chosen_profile(request)
    queryset = (
        ScoreSnapshot.objects.latest()
        .filter(profile=profile, vendor__deleted_at__isnull=True)
        .select_related("vendor")
        .order_by("-overall", "vendor__name")  # best first unless ?ordering= says otherwise
    )
    computing = ensure_scored(profile)
    filterset = ScoreFilterSet(request.GET, queryset=queryset)
    snapshots = filterset.qs if filterset.is_valid() else queryset.none()
    return render(
        request,
        "evaluations/ranking.html",
        {
            "profile": profile,
            "profiles": profiles,
            "filterset": filterset,
            "snapshots": snapshots,
            "computing": computing,
        },
    )


INLINE_RECOMPUTE_LIMIT = 25


def ensure_scored(profile: WeightProfile) -> int:
    """Score the vendors that have no snapshot under this profile yet (a profile just made).

    A few are computed here, as the scorecard does, so a new profile ranks at once; many
    are handed to the workers and the page says how many are still computing.
    """
    scored = ScoreSnapshot.objects.latest().filter(profile=profile).values("vendor_id")
    missing = list(Vendor.objects.alive().exclude(pk__in=scored).values_list("pk", flat=True))
    if len(missing) <= INLINE_RECOMPUTE_LIMIT:
        for vendor_id in missing:
            recompute_vendor(vendor_id)
        return 0
    for vendor_id in missing:
        schedule_recompute(vendor_id)
    return len(missing)


@role_required(Role.VIEWER)
def compare(request):
    vendors = list(Vendor.objects.for_user(request.user).order_by("name"))
    profiles = list(WeightProfile.objects.all())
    form = CompareForm(
        request.GET or None,
        vendor_choices=[(v.pk, v.display_name) for v in vendors],
        profile_choices=[(p.slug, p.name) for p in profiles],
    )
    context = {"form": form, "printable": request.GET.get("print") == "1"}
    if form.is_valid():
        by_id = {v.pk: v for v in vendors}
        chosen = [by_id[pk] for pk in form.cleaned_data["vendors"]]
        profile = next(p for p in profiles if p.slug == form.cleaned_data["profile"])
        snapshots = latest_snapshots(chosen, profile)
        # Ranked under the chosen profile: changing the profile re-orders the columns.
        chosen.sort(key=lambda v: (snapshots[v.pk].overall is None, -(snapshots[v.pk].overall or 0), v.name))
        table = comparison(chosen, snapshots)
        table["costs"] = cost_row(chosen)
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            return export_comparison(table, profile, export)
        context.update(
            profile=profile,
            table=table,
            chart=chart_payload([snapshots[v.pk] for v in chosen], None, names=[v.display_name for v in chosen]),
            query=request.GET.urlencode(),
        )
    template = (
        "evaluations/compare_print.html" if context["printable"] and "table" in context else "evaluations/compare.html"
    )
    return render(request, template, context)


def comparison(vendors: list[Vendor], snapshots: dict[int, ScoreSnapshot]) -> dict:
    """Rows of the comparison, each with one cell per vendor and the best cells marked."""
    labels = label_maps()
    columns = [{"vendor": v, "snapshot": snapshots[v.pk]} for v in vendors]
    # Per column: dimension rows and breakdown lines by key, so each cell is a lookup.
    rows = [{row["key"]: row for row in c["snapshot"].data.get("dimensions", [])} for c in columns]
    lines = [
        {line["key"]: line for dim in c["snapshot"].data.get("breakdown", {}).values() for line in dim} for c in columns
    ]

    def mark_best(cells: list[dict]) -> list[dict]:
        scores = [c["score"] for c in cells if c["score"] is not None]
        best = max(scores) if len(scores) > 1 else None
        return [dict(c, best=best is not None and c["score"] == best) for c in cells]

    overall_row = mark_best([{"score": c["snapshot"].overall, "grade": c["snapshot"].grade} for c in columns])
    dimensions = []
    for key, label in Dimension.choices:
        cells = [{"score": r.get(key, {}).get("score"), "coverage": r.get(key, {}).get("coverage")} for r in rows]
        keys = dict.fromkeys(
            line["key"] for c in columns for line in c["snapshot"].data.get("breakdown", {}).get(key, [])
        )
        criteria = [
            {
                "key": criterion_key,
                "label": labels.get(criterion_key, criterion_key),
                "cells": mark_best(
                    [
                        {"score": found.get(criterion_key, {}).get("score"),
                         "status": found.get(criterion_key, {}).get("status")}
                        for found in lines
                    ]
                ),
            }
            for criterion_key in keys
        ]  # fmt: skip
        dimensions.append({"key": key, "label": label, "cells": mark_best(cells), "criteria": criteria})
    flags = [[dict(f, label=flag_label(f)) for f in c["snapshot"].data.get("red_flags", [])] for c in columns]
    return {"columns": columns, "overall": overall_row, "dimensions": dimensions, "red_flags": flags}


def cost_row(vendors: list[Vendor]) -> list[dict]:
    """Per vendor, what its governing contract costs over 3 years (the lowest marked when currencies agree)."""
    contracts = Contract.objects.governing([v.pk for v in vendors])
    prefetch_related_objects(list(contracts.values()), "fees", "third_party_services")
    cells = []
    for vendor in vendors:
        contract = contracts.get(vendor.pk)
        if contract is None:
            cells.append({"contract": None})
            continue
        projection = costs.project(costs.inputs_for(contract), 5)
        cells.append(
            {
                "contract": contract,
                "currency": contract.currency,
                "totals": dict(projection.horizons()),
                "three_years": projection.total(3),
                "unknowns": projection.unknown_labels,
            }
        )
    priced = [c for c in cells if c["contract"] is not None]
    if len(priced) > 1 and len({c["currency"] for c in priced}) == 1:
        lowest = min(c["three_years"] for c in priced)
        for cell in priced:
            cell["best"] = cell["three_years"] == lowest
    return cells


def export_rows(table: dict) -> list[list]:
    header = [_("Row"), *[c["vendor"].display_name for c in table["columns"]]]
    rows = [header, [_("Overall"), *[c["score"] for c in table["overall"]]]]
    rows.append([_("Grade"), *[c["grade"] or "" for c in table["overall"]]])
    for dimension in table["dimensions"]:
        rows.append([str(dimension["label"]), *[c["score"] for c in dimension["cells"]]])
        for criterion in dimension["criteria"]:
            rows.append([f"  {criterion['label']}", *[c["score"] for c in criterion["cells"]]])
    rows.append([_("Red flags"), *["; ".join(f["label"] for f in flags) for flags in table["red_flags"]]])
    if "costs" in table:
        rows.append(
            [
                _("Cost over 3 years"),
                *[f"{c['currency']} {c['three_years']}" if c["contract"] else "" for c in table["costs"]],
            ]
        )
    return rows


def export_comparison(table: dict, profile: WeightProfile, kind: str) -> HttpResponse:
    rows = export_rows(table)
    filename = f"vendorscore-compare-{profile.slug}"
    if kind == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
        response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = profile.slug[:31]
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 60
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
