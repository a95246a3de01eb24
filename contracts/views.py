"""Contract pages: the list with upcoming deadlines, a contract with its cost of ownership,
the edit page with its SLA, fee and service rows, the private file, and reviews with the
detector's suggestions beside the text. Views load, check the role, call the model and render."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contracts import clauses, costs, reminders
from contracts.choices import ChecklistItem, ReviewStatus, Risk
from contracts.filtersets import ContractFilterSet, ContractReviewFilterSet, chosen_vendor
from contracts.forms import (
    AnalyzeForm,
    ClauseCheckForm,
    ContractForm,
    FeeFormSet,
    ReviewActionForm,
    ReviewSummaryForm,
    SlaFormSet,
    ThirdPartyFormSet,
)
from contracts.models import (
    CANNOT_DELETE_REVIEW,
    ClauseCheck,
    Contract,
    ContractReview,
    SlaCommitment,
    StaleCheck,
)
from contracts.presentation import (
    analysis_rows,
    cost_chart,
    event_changes,
    excerpt_spans,
    highlight,
    module_facts,
)
from vendors.models import Vendor
from vendorscore.forms import save_or_conflict
from vendorscore.roles import Role, has_role, role_required

PAGE_SIZE = 25


def contracts_for(user):
    return Contract.objects.for_user(user).select_related("vendor")


def latest_reviews(contracts, user) -> dict[int, ContractReview]:
    """The newest live review of each contract the user may read, in one query."""
    latest: dict[int, ContractReview] = {}
    reviews = (
        ContractReview.objects.for_user(user)
        .filter(contract__in=[c.pk for c in contracts])
        .select_related("reviewer")
        .order_by("contract_id", "-updated_at", "-pk")
    )
    for review in reviews:
        latest.setdefault(review.contract_id, review)
    return latest


# --- contracts --------------------------------------------------------------------------------
@role_required(Role.VIEWER)
def contract_list(request):
    # A row shows the title, the term and the cost: the contract's text, notes and module lists
    # (hundreds of KB each) stay in the database.
    listed = contracts_for(request.user).defer(*reminders.LONG_FIELDS).prefetch_related("fees", "third_party_services")
    filterset = ContractFilterSet(request.GET, queryset=listed)
    contracts = filterset.qs if filterset.is_valid() else Contract.objects.none()
    page = Paginator(contracts.order_by("vendor__name", "-updated_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    reviews = latest_reviews(page.object_list, request.user)
    rows = [
        {
            "contract": contract,
            "review": reviews.get(contract.pk),
            "three_years": costs.project(costs.inputs_for(contract), 3).total(3),
        }
        for contract in page.object_list
    ]
    context = {
        "filterset": filterset,
        "page": page,
        "rows": rows,
        "chosen_vendor": chosen_vendor(filterset),
        "deadlines": reminders.upcoming(),
    }
    template = "contracts/_contract_table.html" if request.htmx else "contracts/contract_list.html"
    return render(request, template, context)


@role_required(Role.VIEWER)
def contract_detail(request, pk: int):
    contract = get_object_or_404(
        contracts_for(request.user).prefetch_related("sla_commitments", "fees", "third_party_services"), pk=pk
    )
    projection = costs.project(costs.inputs_for(contract))
    reviews = (
        ContractReview.objects.for_user(request.user)
        .filter(contract=contract)
        .select_related("reviewer", "reviewed_by")
        .prefetch_related("checks")
    )
    can_read = Contract.can_read_document(request.user)
    suggested = clauses.analyze(contract.text) if can_read and contract.text.strip() else None
    context = {
        "contract": contract,
        "projection": projection,
        "horizons": projection.horizons(),
        "by_category": [
            (label, [projection.by_category(years)[key] for years, _total in projection.horizons()])
            for key, label in costs.CATEGORIES.items()
        ],
        "chart": cost_chart(projection),
        "reviews": reviews,
        "deadlines": reminders.deadlines_of(contract, timezone.localdate()),
        "can_edit": Contract.can_edit(request.user),
        "can_read_document": can_read,
        "can_review": has_role(request.user, Role.EVALUATOR),
        "suggested": suggested,
        "suggested_rows": analysis_rows(suggested),
        **module_facts(contract),
    }
    return render(request, "contracts/contract_detail.html", context)


def _formsets(request, contract: Contract | None):
    data = request.POST if request.method == "POST" else None
    instance = contract or Contract()
    return {
        "sla": SlaFormSet(data, instance=instance, prefix="sla"),
        "fees": FeeFormSet(data, instance=instance, prefix="fees"),
        "services": ThirdPartyFormSet(data, instance=instance, prefix="services"),
    }


@role_required(Role.MANAGER)
def contract_edit(request, pk: int | None = None):
    contract = get_object_or_404(contracts_for(request.user), pk=pk) if pk else None
    initial = {}
    if contract is None and request.GET.get("vendor", "").isdigit():
        initial["vendor"] = Vendor.objects.alive().filter(pk=int(request.GET["vendor"])).first()
    form = ContractForm(
        request.POST or None, request.FILES or None, instance=contract, initial=initial, user=request.user
    )
    formsets = _formsets(request, contract)

    def save() -> Contract:
        saved = form.save()
        for formset in formsets.values():
            formset.instance = saved
            formset.save()
        return saved

    valid = request.method == "POST" and form.is_valid() and all(f.is_valid() for f in formsets.values())
    if valid and (saved := save_or_conflict(form, save)):
        messages.success(request, _("Contract saved."))
        return redirect(saved)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "formsets": formsets, "contract": contract}
    return render(request, "contracts/contract_form.html", context, status=status)


@role_required(Role.MANAGER)
def contract_delete(request, pk: int):
    contract = get_object_or_404(contracts_for(request.user), pk=pk)
    if request.method == "POST":
        contract.soft_delete()
        messages.success(request, _("Contract “%(title)s” deleted.") % {"title": contract.title})
        return redirect("contracts:contract_list")
    return render(request, "contracts/contract_confirm_delete.html", {"contract": contract})


@role_required(Role.EVALUATOR)
def contract_file(request, pk: int):
    """The contract file, through the role check; never from a public URL."""
    contract = get_object_or_404(contracts_for(request.user), pk=pk)
    if not contract.file:
        raise Http404
    inline = contract.file_type == "application/pdf"
    name = contract.file_name or f"contract{Path(contract.file.name).suffix}"
    response = FileResponse(
        contract.file.open("rb"),
        content_type=contract.file_type or "application/octet-stream",
        as_attachment=not inline,
    )
    response["Content-Disposition"] = (
        response["Content-Disposition"].split(";")[0] + f"; filename*=UTF-8''{quote(name, safe='')}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@role_required(Role.MANAGER)
def contract_take_suggestions(request, pk: int):
    """Fill the SLA rows and renewal terms the contract record lacks from what the text says."""
    contract = get_object_or_404(contracts_for(request.user), pk=pk)
    analysis = clauses.analyze(contract.text)
    with transaction.atomic():
        existing = set(contract.sla_commitments.values_list("severity", flat=True))
        added = 0
        for term in analysis.sla:
            if term.severity and term.severity not in existing and (term.response_minutes or term.fix_minutes):
                SlaCommitment.objects.create(
                    contract=contract,
                    severity=term.severity,
                    response_minutes=term.response_minutes,
                    fix_minutes=term.fix_minutes,
                    clock=term.clock,
                    acknowledgement_counts=term.acknowledgement_counts,
                )
                existing.add(term.severity)
                added += 1
        renewal = analysis.renewal
        changed = []
        if contract.renewal_cap_percent is None and renewal.cap_percent is not None:
            contract.renewal_cap_percent = renewal.cap_percent
            changed.append("renewal_cap_percent")
        if contract.notice_days is None and renewal.notice_days is not None:
            contract.notice_days = renewal.notice_days
            changed.append("notice_days")
        if not contract.auto_renew and renewal.auto_renew:
            contract.auto_renew = True
            changed.append("auto_renew")
        if changed:
            contract.save(update_fields=[*changed, "updated_at"])
    if added or changed:
        messages.success(
            request,
            _("Taken from the text: %(rows)d SLA rows and %(terms)d renewal terms. Check them below.")
            % {"rows": added, "terms": len(changed)},
        )
    else:
        messages.info(request, _("The text adds nothing the contract record does not already say."))
    return redirect(contract)


@role_required(Role.EVALUATOR)
def analyze(request):
    """Paste a contract or a quote and see the suggestions, without storing anything."""
    form = AnalyzeForm(request.POST or None)
    analysis = None
    if request.method == "POST" and form.is_valid():
        analysis = clauses.analyze(form.cleaned_data["text"])
    status = 400 if request.method == "POST" and not form.is_valid() else 200
    context = {"form": form, "analysis": analysis, "rows": analysis_rows(analysis)}
    return render(request, "contracts/analyze.html", context, status=status)


# --- reviews ----------------------------------------------------------------------------------
def reviews_for(user):
    return ContractReview.objects.for_user(user).select_related("contract__vendor", "reviewer")


@role_required(Role.VIEWER)
def review_list(request):
    data = request.GET
    if not data and has_role(request.user, Role.MANAGER):
        data = {"status": ReviewStatus.SUBMITTED}  # what awaits a manager
    filterset = ContractReviewFilterSet(data, queryset=reviews_for(request.user).prefetch_related("checks"))
    reviews = filterset.qs if filterset.is_valid() else ContractReview.objects.none()
    context = {
        "filterset": filterset,
        "page": Paginator(reviews, PAGE_SIZE).get_page(request.GET.get("page")),
        "defaulted": data is not request.GET,
    }
    return render(request, "contracts/review_list.html", context)


@require_POST
@role_required(Role.EVALUATOR)
def review_start(request, pk: int):
    contract = get_object_or_404(contracts_for(request.user), pk=pk)
    mine = (
        ContractReview.objects.alive()
        .filter(contract=contract, reviewer=request.user, status__in=[ReviewStatus.DRAFT, ReviewStatus.RETURNED])
        .first()
    )
    if mine is not None:
        messages.info(request, _("You already have an open review of this contract; continue it here."))
        return redirect(mine)
    review = ContractReview.start(contract, request.user)
    return redirect(review)


def _review(request, pk: int) -> ContractReview:
    checks = Prefetch("checks", queryset=ClauseCheck.objects.order_by("id"))
    return get_object_or_404(reviews_for(request.user).prefetch_related(checks), pk=pk)


def _ordered(checks) -> list[ClauseCheck]:
    order = {key: index for index, key in enumerate(ChecklistItem.values)}
    return sorted(checks, key=lambda check: order[check.key])


@role_required(Role.VIEWER)
def review_detail(request, pk: int):
    review = _review(request, pk)
    checks = _ordered(review.checks.all())
    can_edit = review.can_edit(request.user)
    can_read = Contract.can_read_document(request.user)
    text = review.contract.text if can_read else ""
    context = {
        "review": review,
        "contract": review.contract,
        "items": [(check, ClauseCheckForm(instance=check) if can_edit else None) for check in checks],
        "can_edit": can_edit,
        "can_read_document": can_read,
        "segments": highlight(text, excerpt_spans(text, checks)) if text else [],
        "summary_form": ReviewSummaryForm(instance=review) if can_edit else None,
        "suggested_risk": Risk(review.suggested_risk()).label,
        "can_approve": has_role(request.user, Role.MANAGER) and review.status == ReviewStatus.SUBMITTED,
        "can_submit": can_edit and request.user.pk == review.reviewer_id,
        "can_delete": review.deleted_at is None and review.can_delete(request.user),
        "progress": review.progress(),
    }
    return render(request, "contracts/review_detail.html", context)


@require_POST
@role_required(Role.EVALUATOR)
def review_check(request, pk: int, key: str):
    """Save one item (htmx swaps the item; without htmx, back to the page)."""
    review = _review(request, pk)
    if key not in ChecklistItem.values:
        raise Http404
    if not review.can_edit(request.user):
        messages.error(request, _("You cannot change this review."))
        return redirect(review)
    check = next(c for c in review.checks.all() if c.key == key)
    form = ClauseCheckForm(request.POST, instance=check)
    status, conflict = 200, None
    if form.is_valid():
        data = {name: form.cleaned_data[name] for name in ClauseCheck.EDITABLE_FIELDS if name in form.cleaned_data}
        try:
            check = review.check_item(key, data, request.user, form.cleaned_data["revision"])
            form = ClauseCheckForm(instance=check)
        except StaleCheck as stale:
            check, conflict, status = stale.current, stale.current, 409
            form = ClauseCheckForm(instance=check)
        except ValidationError as exc:
            form.add_error(None, exc)
            status = 400
    else:
        status = 400
    if not request.htmx:
        if status == 200:
            messages.success(request, _("Saved."))
        elif status == 409:
            messages.error(request, _("Someone else changed this item; yours is kept in the history."))
        else:
            messages.error(request, _("The item was not saved: %(errors)s") % {"errors": form.errors.as_text()})
        return redirect(f"{review.get_absolute_url()}#item-{key}")
    context = {
        "review": review,
        "check": check,
        "form": form,
        "can_edit": True,
        "conflict": conflict,
        "saved": status == 200,
    }
    response = render(request, "contracts/_check.html", context, status=status)
    response["HX-Trigger"] = json.dumps({"review-progress": {"checked": review.progress()[0]}})
    return response


@require_POST
@role_required(Role.EVALUATOR)
def review_summary(request, pk: int):
    review = _review(request, pk)
    if not review.can_edit(request.user):
        messages.error(request, _("You cannot change this review."))
        return redirect(review)
    form = ReviewSummaryForm(request.POST, instance=review)
    if form.is_valid():
        review.save_summary(request.user, form.cleaned_data["overall_risk"], form.cleaned_data["summary"])
        messages.success(request, _("Summary saved."))
    else:
        messages.error(request, _("The summary was not saved: %(errors)s") % {"errors": form.errors.as_text()})
    return redirect(f"{review.get_absolute_url()}#summary")


REVIEW_ACTIONS = {
    "submit": Role.EVALUATOR,
    "approve": Role.MANAGER,
    "return": Role.MANAGER,
    "resuggest": Role.EVALUATOR,
    "delete": Role.EVALUATOR,
}


@require_POST
@role_required(Role.EVALUATOR)
def review_action(request, pk: int, action: str):
    review = _review(request, pk)
    if action not in REVIEW_ACTIONS:
        raise Http404
    if not has_role(request.user, REVIEW_ACTIONS[action]):
        messages.error(request, _("Your role does not allow this."))
        return redirect(review)
    form = ReviewActionForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    try:
        if action == "submit":
            if request.user.pk != review.reviewer_id:
                raise ValidationError(_("Only the reviewer who wrote it submits a review."))
            review.submit(request.user)
            messages.success(request, _("Review submitted for approval."))
        elif action == "approve":
            review.approve(request.user, comment)
            messages.success(request, _("Review approved; the vendor's scores will follow."))
        elif action == "return":
            review.send_back(request.user, comment)
            messages.success(request, _("Review returned to the reviewer."))
        elif action == "resuggest":
            if not review.can_edit(request.user):
                raise ValidationError(_("You cannot change this review."))
            review.read_suggestions(request.user)
            messages.success(request, _("Suggestions read again from the current text; your verdicts are unchanged."))
        else:
            if not review.can_delete(request.user):
                raise ValidationError(CANNOT_DELETE_REVIEW)
            review.soft_delete(request.user)
            messages.success(request, _("Review deleted."))
            return redirect(review.contract)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect(review)


@role_required(Role.VIEWER)
def review_history(request, pk: int):
    review = get_object_or_404(reviews_for(request.user), pk=pk)
    events = review.events.select_related("actor")
    rows = [(event, event_changes(event)) for event in events]
    return render(request, "contracts/review_history.html", {"review": review, "rows": rows})
