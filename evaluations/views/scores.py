"""Scorecards, the ranking and the side-by-side comparison, each with its exports (``?export=``).

The ranking exports CSV and XLSX; the scorecard and the comparison also PDF. What goes into an
export and how it is written is ``evaluations.exports``.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import (
    Count,
    F,
    FilteredRelation,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    prefetch_related_objects,
)
from django.db.models.fields.json import KeyTransform
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from contracts import costs
from contracts.models import Contract
from evaluations import exports
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
    scenario_view,
    severity_label,
)
from evaluations.scorecards import recompute_vendor
from evaluations.tasks import mark_dirty, wake_after_commit
from evaluations.views.evaluations import open_evaluation_of
from vendors.filtersets import VendorFilterSet
from vendors.models import Vendor
from vendorscore.roles import Role, has_role, role_required

RANKING_EXPORTS = ("csv", "xlsx")  # the scorecard and the comparison also make PDFs (exports.KINDS)


def chosen_profile(request, strict: bool = False) -> tuple[WeightProfile, list[WeightProfile]]:
    """The profile named by ?profile= (the default, with an error message, when unknown; an
    ExportRefused when ``strict``) and all profiles for the picker, from one query."""
    profiles = list(WeightProfile.objects.all())
    by_slug = {p.slug: p for p in profiles}
    slug = request.GET.get("profile") or WeightProfile.DEFAULT_SLUG
    if slug in by_slug:
        return by_slug[slug], profiles
    if strict:
        raise exports.ExportRefused(_("There is no weight profile “%(slug)s”.") % {"slug": slug[:50]})
    if not profiles:  # every profile deleted: nothing to score under, a clear page rather than an error
        raise Http404(_("There is no weight profile yet: a manager adds one under Weight profiles."))
    fallback = by_slug.get(WeightProfile.DEFAULT_SLUG) or profiles[0]
    messages.error(
        request,
        _("There is no weight profile “%(slug)s”; showing “%(name)s”.") % {"slug": slug[:50], "name": fallback.name},
    )
    return fallback, profiles


def pdf_or_back(request, template: str, context: dict, filename: str):
    """The PDF, or back to the page with the reason when this server cannot make PDFs."""
    try:
        return exports.pdf_response(request, template, context, filename)
    except exports.PdfUnavailable:
        messages.error(
            request,
            _("PDF export is not available on this server (WeasyPrint or the Pango library is missing). "
              "CSV, XLSX and the printable view still work."),
        )  # fmt: skip
        query = request.GET.copy()
        query.pop("export", None)
        return redirect(f"{request.path}?{query.urlencode()}")


TREND_POINTS = 200


@role_required(Role.VIEWER)
@exports.refusals_answered
def scorecard(request, pk: int):
    vendor = get_object_or_404(Vendor.objects.for_user(request.user), pk=pk)
    kind = exports.requested(request)
    profile, profiles = chosen_profile(request, strict=kind is not None)
    snapshot = latest_snapshots([vendor], profile).get(vendor.pk)
    if snapshot is None:  # the profile cannot score (its weights were stored around the validation)
        messages.error(
            request, _("The weight profile “%(name)s” cannot score vendors; fix its weights.") % {"name": profile.name}
        )
        snapshot = ScoreSnapshot(vendor=vendor, profile=profile, coverage=0, data={}, computed_at=timezone.now())
    if kind is not None:
        return scorecard_export(request, kind, snapshot)
    # The trend: the newest TREND_POINTS moments, oldest first, two columns each (never ``data``).
    history = list(
        ScoreSnapshot.objects.filter(vendor=vendor, profile=profile)
        .order_by("-computed_at", "-id")
        .values_list("computed_at", "overall")[:TREND_POINTS]
    )[::-1]
    labels = label_maps()
    context = {
        "vendor": vendor,
        "profile": profile,
        "profiles": profiles,
        "snapshot": snapshot,
        "dimensions": dimension_rows(snapshot),
        "breakdown": breakdown_rows(snapshot, labels),
        "red_flags": [
            dict(flag, label=flag_label(flag), severity_label=severity_label(flag.get("severity")))
            for flag in snapshot.data.get("red_flags", [])
        ],
        "evaluators": evaluator_rows(snapshot),
        "scenario_view": scenario_view(snapshot),
        "open_draft": open_evaluation_of(request.user, vendor) if has_role(request.user, Role.EVALUATOR) else None,
        "chart": chart_payload([snapshot], history),
        "export_links": exports.links(request, profile=profile.slug),
    }
    return render(request, "evaluations/scorecard.html", context)


def scorecard_export(request, kind: str, snapshot: ScoreSnapshot):
    labels = label_maps()
    dimensions, breakdown = dimension_rows(snapshot), breakdown_rows(snapshot, labels)
    report = exports.scorecard_report(snapshot, dimensions, breakdown)
    if kind != "pdf":
        return exports.spreadsheet_response(report, kind)
    context = {
        "vendor": snapshot.vendor,
        "profile": snapshot.profile,
        "snapshot": snapshot,
        "dimensions": dimensions,
        "breakdown": breakdown,
        "red_flags": [dict(flag, label=exports.flag_text(flag)) for flag in snapshot.data.get("red_flags", [])],
        "cap_note": exports.cap_note(snapshot),
        "evaluators": exports.evaluator_count(snapshot),
        "exported_at": timezone.localtime(),
    }
    return pdf_or_back(request, "evaluations/pdf/scorecard.html", context, report.filename)


RANKING_PAGE_SIZE = 50
# What a ranking row shows: never a snapshot's ``data`` (its breakdown and evidence, tens of KB), nor
# the vendor's hours, notes and other JSON. Red flags are counted by the database from ``summary``.
RANKING_COLUMNS = ("vendor", "vendor__name", "vendor__name_zh", "vendor__name_en", "overall", "grade", "coverage")


class JsonArrayLength(Func):
    """The length of the array under ``key`` in a JSON column (0 when it is absent or not an array),
    worked out by the database so the column itself is not read back."""

    output_field = IntegerField()

    def __init__(self, column: str, key: str):
        self.key = key
        super().__init__(F(column))

    def as_sql(self, compiler, connection, **extra):
        raise NotImplementedError(f"JsonArrayLength has no SQL for {connection.vendor}")

    def as_postgresql(self, compiler, connection, **extra):
        column, params = compiler.compile(self.source_expressions[0])
        value = f"({column} -> %s)"
        sql = f"CASE WHEN jsonb_typeof({value}) = 'array' THEN jsonb_array_length({value}) ELSE 0 END"
        return sql, [*params, self.key, *params, self.key]

    def as_sqlite(self, compiler, connection, **extra):
        column, params = compiler.compile(self.source_expressions[0])
        return f"COALESCE(json_array_length({column}, %s), 0)", [*params, f"$.{self.key}"]


@role_required(Role.VIEWER)
@exports.refusals_answered
def ranking(request):
    kind = exports.requested(request, kinds=RANKING_EXPORTS)
    profile, profiles = chosen_profile(request, strict=kind is not None)
    queryset = (
        ScoreSnapshot.objects.latest()
        .filter(profile=profile, vendor__deleted_at__isnull=True)
        .select_related("vendor")
        .order_by("-overall", "vendor__name")  # best first unless ?ordering= says otherwise
    )
    computing = ensure_scored(profile)
    filterset = ScoreFilterSet(request.GET, queryset=queryset)
    snapshots = filterset.qs if filterset.is_valid() else queryset.none()
    if kind is not None:
        if not filterset.is_valid():
            raise exports.ExportRefused(exports.form_errors(filterset.form))
        # Every row, with each red flag's text: the summary, and of ``data`` two small values.
        rows = snapshots.only(*RANKING_COLUMNS, "summary").annotate(
            evaluator_count=JsonArrayLength("data", "evaluators"), grade_cap=KeyTransform("grade_cap", "data")
        )
        report = exports.ranking_report(profile, list(rows), exports.filter_lines(filterset.form))
        return exports.spreadsheet_response(report, kind)
    # A subquery per row, not the bare expression: PostgreSQL works out a plain expression for every
    # row before sorting them (reading each summary), a subquery only for the rows the page keeps.
    red_flags = ScoreSnapshot.objects.filter(pk=OuterRef("pk")).values(n=JsonArrayLength("summary", "red_flags"))
    rows = snapshots.only(*RANKING_COLUMNS).annotate(red_flag_count=Subquery(red_flags))
    page = Paginator(rows, RANKING_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "evaluations/ranking.html",
        {
            "profile": profile,
            "profiles": profiles,
            "filterset": filterset,
            "page": page,
            "snapshots": page.object_list,
            "computing": computing,
            "export_links": exports.links(request, kinds=RANKING_EXPORTS, profile=profile.slug),
        },
    )


INLINE_RECOMPUTE_LIMIT = 25


def ensure_scored(profile: WeightProfile) -> int:
    """Score the vendors that have no snapshot under this profile yet (a profile just made).

    A few are computed here, as the scorecard does, so a new profile ranks at once; many
    are handed to the workers and the page says how many are still computing. Every request
    asks one question, how many live vendors have no latest snapshot under the profile (a
    count over the unique index, no rows back); only when some have none are they listed.
    """
    vendors = Vendor.objects.alive().annotate(
        latest=FilteredRelation(
            "score_snapshots",
            condition=Q(score_snapshots__profile=profile, score_snapshots__is_latest=True),
        )
    )
    if not vendors.aggregate(missing=Count("pk", filter=Q(latest__isnull=True)))["missing"]:
        return 0
    missing = list(vendors.filter(latest__isnull=True).values_list("pk", flat=True))
    if len(missing) <= INLINE_RECOMPUTE_LIMIT:
        for vendor_id in missing:
            recompute_vendor(vendor_id)
        return 0
    mark_dirty(missing)
    wake_after_commit()
    return len(missing)


@role_required(Role.VIEWER)
@exports.refusals_answered
def compare(request):
    """The side-by-side comparison of 2 to 6 vendors, chosen through a search box.

    The chosen vendors travel in the address (``?vendors=3&vendors=8``); the search finds
    others by name, at most SEARCH_LIMIT at a time, and each result links to the same address
    with its id added. With JavaScript, htmx fetches the results as one types
    (``_compare_results.html``); without, the search is a plain GET form. ``q`` in the address
    means "still choosing": fewer than two vendors is then no error yet.
    """
    kind = exports.requested(request)
    profiles = list(WeightProfile.objects.all())
    form = CompareForm(
        request.GET or None,
        vendors=Vendor.objects.for_user(request.user).only("pk", "name", "name_zh", "name_en"),
        profile_choices=[(p.slug, p.name) for p in profiles],
        initial={"profile": WeightProfile.DEFAULT_SLUG},
    )
    choosing = "q" in request.GET
    if choosing and kind is None and request.htmx and request.htmx.target == "vendor-results":
        return render(request, "evaluations/_compare_results.html", {"picker": vendor_picker(request, form, profiles)})
    context = {"form": form, "printable": request.GET.get("print") == "1"}
    if form.is_valid():
        chosen = list(form.cleaned_data["vendors"])
        profile = next(p for p in profiles if p.slug == form.cleaned_data["profile"])
        snapshots = latest_snapshots(chosen, profile)
        # Ranked under the chosen profile: changing the profile re-orders the columns.
        chosen.sort(key=lambda v: (snapshots[v.pk].overall is None, -(snapshots[v.pk].overall or 0), v.name))
        table = comparison(chosen, snapshots)
        table["costs"] = cost_row(chosen)
        if kind is not None:
            return comparison_export(request, kind, profile, table)
        differences_only = request.GET.get("differences") == "1"
        if differences_only:
            for dimension in table["dimensions"]:
                dimension["criteria"] = [c for c in dimension["criteria"] if not c["same"]]
        without = request.GET.copy()
        without.pop("differences", None)
        context.update(
            profile=profile,
            table=table,
            differences_only=differences_only,
            query_all=without.urlencode(),
            chart=chart_payload([snapshots[v.pk] for v in chosen], None, names=[v.display_name for v in chosen]),
            query=request.GET.urlencode(),
        )
    elif kind is not None:
        raise exports.ExportRefused(exports.form_errors(form))
    if context["printable"] and "table" in context:
        return render(request, "evaluations/compare_print.html", context)
    context.update(
        picker=vendor_picker(request, form, profiles, with_results=choosing or len(form.chosen) < form.MIN_VENDORS),
        # Still choosing and not two yet: the hint says what to do, not an error.
        show_errors=form.is_bound and not (choosing and len(form.chosen_ids) < form.MIN_VENDORS),
    )
    return render(request, "evaluations/compare.html", context)


SEARCH_LIMIT = 20


def vendor_picker(request, form: CompareForm, profiles: list[WeightProfile], with_results: bool = True) -> dict:
    """The chosen vendors as chips with a link that removes each, and the vendors whose name
    matches ``q`` (the first SEARCH_LIMIT by name; all vendors when ``q`` is empty), each with a
    link that adds it: one query for the search, none when the comparison is full."""
    q = request.GET.get("q", "").strip()[:100]
    slugs = {p.slug for p in profiles}
    profile = request.GET.get("profile") if request.GET.get("profile") in slugs else WeightProfile.DEFAULT_SLUG
    chosen = form.chosen
    ids = [vendor.pk for vendor in chosen]

    def address(vendor_ids: list[int]) -> str:
        query = QueryDict(mutable=True)
        query.setlist("vendors", [str(vendor_id) for vendor_id in vendor_ids])
        query.update({"profile": profile, "q": q})
        return f"{request.path}?{query.urlencode()}"

    full = len(chosen) >= form.MAX_VENDORS
    results, more = [], False
    if with_results and not full:
        found = VendorFilterSet({"q": q}, queryset=Vendor.objects.for_user(request.user).exclude(pk__in=ids)).qs
        found = list(found.only("pk", "name", "name_zh", "name_en").order_by("name", "pk")[: SEARCH_LIMIT + 1])
        results = [{"vendor": v, "add": address([*ids, v.pk])} for v in found[:SEARCH_LIMIT]]
        more = len(found) > SEARCH_LIMIT
    return {
        "chosen": [{"vendor": v, "remove": address([i for i in ids if i != v.pk])} for v in chosen],
        "profile": profile,
        "q": q,
        "with_results": with_results,
        "results": results,
        "more": more,
        "full": full,
        "limit": SEARCH_LIMIT,
        "max": form.MAX_VENDORS,
    }


def comparison_export(request, kind: str, profile: WeightProfile, table: dict):
    report = exports.comparison_report(profile, table)
    if kind != "pdf":
        return exports.spreadsheet_response(report, kind)
    columns = table["columns"]
    context = {
        "profile": profile,
        "table": table,
        "summary": [
            {
                "vendor": c["vendor"],
                "snapshot": c["snapshot"],
                "evaluators": exports.evaluator_count(c["snapshot"]),
                "cap_note": exports.cap_note(c["snapshot"]),
            }
            for c in columns
        ],
        "exported_at": timezone.localtime(),
    }
    return pdf_or_back(request, "evaluations/pdf/compare.html", context, report.filename)


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
        for criterion in criteria:
            shown = {
                (cell["status"], None if cell["score"] is None else round(cell["score"])) for cell in criterion["cells"]
            }
            criterion["same"] = len(shown) == 1
        dimensions.append({"key": key, "label": label, "cells": mark_best(cells), "criteria": criteria})
    flags = [[dict(f, label=flag_label(f)) for f in c["snapshot"].data.get("red_flags", [])] for c in columns]
    summary = [
        {
            "coverage": c["snapshot"].coverage,
            "evaluators": exports.evaluator_count(c["snapshot"]),
            "cap_note": exports.cap_note(c["snapshot"]),
        }
        for c in columns
    ]
    return {
        "columns": columns,
        "overall": overall_row,
        "dimensions": dimensions,
        "red_flags": flags,
        "summary": summary,
    }


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
