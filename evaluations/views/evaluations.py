"""Evaluation pages: start, fill in (htmx autosave), submit, approve or return, history."""

from __future__ import annotations

import mimetypes

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from evaluations.choices import Dimension, EvaluationStatus
from evaluations.filtersets import EvaluationFilterSet
from evaluations.forms import AnswerForm, ReviewForm
from evaluations.models import Answer, ChecklistTemplate, Criterion, Evaluation, EvidenceFile, StaleAnswer
from evaluations.presentation import event_changes
from vendors.models import Vendor
from vendorscore.roles import Role, has_role, role_required

LIST_PAGE_SIZE = 25


def evaluations_for(user):
    return Evaluation.objects.for_user(user).select_related("vendor", "evaluator", "template")


@role_required(Role.VIEWER)
def evaluation_list(request):
    """Every evaluation, newest first; empty filters mean "all". A manager who opens the
    page without a filter sees what awaits their review (and a link to everything)."""
    data = request.GET
    filtered = any(key != "page" for key in data)
    awaiting_review = not filtered and has_role(request.user, Role.MANAGER)
    if awaiting_review:
        data = QueryDict(mutable=True)
        data.setlist("status", [EvaluationStatus.SUBMITTED])
    queryset = evaluations_for(request.user).order_by("-updated_at", "-pk")
    filterset = EvaluationFilterSet(data, queryset=queryset)
    evaluations = filterset.qs if filterset.is_valid() else Evaluation.objects.none()
    page = Paginator(evaluations, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "filterset": filterset,
        "page": page,
        "awaiting_review": awaiting_review,
        "filtered": filtered,
    }
    return render(request, "evaluations/evaluation_list.html", context)


@role_required(Role.EVALUATOR)
@require_POST
def evaluation_start(request, vendor_pk: int):
    vendor = get_object_or_404(Vendor.objects.for_user(request.user), pk=vendor_pk)
    open_draft = open_evaluation_of(request.user, vendor)
    if open_draft is not None and request.POST.get("new") != "1":
        messages.info(
            request,
            _("You already have an open evaluation of this vendor: continue it here, or start a new one below."),
        )
        return redirect(f"{open_draft.get_absolute_url()}?offer_new=1")
    template = ChecklistTemplate.objects.for_new_evaluations()
    if template is None:
        raise Http404(_("No checklist is configured."))
    evaluation = Evaluation.objects.create(vendor=vendor, template=template, evaluator=request.user)
    evaluation.record("created", request.user)
    messages.success(request, _("Evaluation started. Answers save as you go."))
    return redirect(evaluation)


def open_evaluation_of(user, vendor) -> Evaluation | None:
    """The user's most recent evaluation of this vendor that is still a draft or was returned."""
    return (
        Evaluation.objects.alive()
        .filter(vendor=vendor, evaluator=user, status__in=[EvaluationStatus.DRAFT, EvaluationStatus.RETURNED])
        .order_by("-updated_at", "-pk")
        .first()
    )


def load_evaluation(request, pk: int) -> Evaluation:
    criteria = Criterion.objects.order_by("position", "id")
    answers = Answer.objects.select_related("criterion").prefetch_related("files")
    return get_object_or_404(
        evaluations_for(request.user).prefetch_related(
            Prefetch("template__criteria", queryset=criteria), Prefetch("answers", queryset=answers)
        ),
        pk=pk,
    )


def answer_forms(evaluation: Evaluation, editable: bool) -> list[dict]:
    """Criteria grouped by dimension, each with its answer and (when editable) its form."""
    answers = {answer.criterion_id: answer for answer in evaluation.answers.all()}
    groups: dict[str, dict] = {key: {"key": key, "label": label, "items": []} for key, label in Dimension.choices}
    for criterion in evaluation.template.criteria.all():
        answer = answers.get(criterion.pk)
        form = (
            AnswerForm(criterion=criterion, initial=initial_for(answer), prefix=f"c{criterion.pk}")
            if editable
            else None
        )
        display = describe(criterion, answer.value, answer.is_na) if answer else ""
        groups[criterion.dimension]["items"].append(
            {"criterion": criterion, "answer": answer, "form": form, "display": display}
        )
    for group in groups.values():
        group["answered"] = sum(1 for item in group["items"] if item["answer"] and item["answer"].is_answered)
    return [group for group in groups.values() if group["items"]]


def describe(criterion: Criterion, value, is_na: bool) -> str:
    return _("Not applicable") if is_na else (criterion.display_value(value) or _("no answer"))


def initial_for(answer: Answer | None) -> dict:
    if answer is None:
        return {"revision": 0}
    return {
        "value": answer.value,
        "is_na": answer.is_na,
        "note": answer.note,
        "link": answer.link,
        "revision": answer.revision,
    }


@role_required(Role.VIEWER)
def evaluation_detail(request, pk: int):
    evaluation = load_evaluation(request, pk)
    editable = evaluation.can_edit(request.user)
    answered, total = evaluation.progress()
    context = {
        "evaluation": evaluation,
        "editable": editable,
        "groups": answer_forms(evaluation, editable),
        "answered": answered,
        "total": total,
        "review_form": ReviewForm(),
        "can_submit": editable and request.user.pk == evaluation.evaluator_id,
        "offer_new": request.GET.get("offer_new") == "1" and has_role(request.user, Role.EVALUATOR),
    }
    if context["can_submit"] and request.GET.get("confirm_submit") == "1" and answered < total:
        context["unanswered_total"] = total - answered
        context["unanswered"] = [
            {"key": group["key"], "label": group["label"], "count": len(group["items"]) - group["answered"]}
            for group in context["groups"]
            if group["answered"] < len(group["items"])
        ]
    return render(request, "evaluations/evaluation_detail.html", context)


@role_required(Role.EVALUATOR)
@require_POST
def answer_save(request, pk: int, criterion_pk: int):
    """Save one answer (htmx). 409 with both versions when someone else saved first."""
    evaluation = get_object_or_404(evaluations_for(request.user), pk=pk)
    if not evaluation.can_edit(request.user):
        raise PermissionDenied(_("You cannot change this evaluation."))
    criterion = get_object_or_404(Criterion, pk=criterion_pk, template_id=evaluation.template_id)
    form = AnswerForm(request.POST, request.FILES, criterion=criterion, prefix=f"c{criterion.pk}")
    status, conflict = 200, None
    answer = Answer.objects.filter(evaluation=evaluation, criterion=criterion).first()
    if form.is_valid():
        data = {key: form.cleaned_data[key] for key in Answer.EDITABLE_FIELDS if key in form.cleaned_data}
        try:
            answer = evaluation.save_answer(
                criterion, data, request.user, form.cleaned_data["revision"], files=form.cleaned_data["evidence"]
            )
        except StaleAnswer as stale:
            status, answer = 409, stale.current
            conflict = {
                "mine_display": describe(criterion, form.cleaned_data["value"], form.cleaned_data["is_na"]),
                "theirs_display": describe(criterion, answer.value, answer.is_na) if answer else _("(deleted)"),
            }
        except ValidationError as exc:
            form.add_error(None, exc)
            status = 400
        else:
            form = AnswerForm(criterion=criterion, initial=initial_for(answer), prefix=f"c{criterion.pk}")
    else:
        status = 400
    if conflict:
        form = AnswerForm(criterion=criterion, initial=initial_for(answer), prefix=f"c{criterion.pk}")
    if not request.htmx and status == 200:
        return redirect(f"{evaluation.get_absolute_url()}#criterion-{criterion.pk}")
    answered, total = Evaluation.objects.get(pk=evaluation.pk).progress()
    in_dimension = Answer.objects.filter(evaluation=evaluation, criterion__dimension=criterion.dimension)
    context = {
        "dimension_count": {
            "key": criterion.dimension,
            "answered": sum(1 for a in in_dimension.only("value", "is_na") if a.is_answered),
            "total": evaluation.template.criteria.filter(dimension=criterion.dimension).count(),
        },
        "evaluation": evaluation,
        "item": {"criterion": criterion, "answer": answer, "form": form},
        "editable": True,
        "saved": status == 200,
        "conflict": conflict,
        "answered": answered,
        "total": total,
    }
    return render(request, "evaluations/_criterion.html", context, status=status)


def _review_action(request, pk: int, action: str):
    evaluation = get_object_or_404(evaluations_for(request.user), pk=pk)
    form = ReviewForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    try:
        if action == "submit":
            if request.user.pk != evaluation.evaluator_id:
                raise PermissionDenied(_("Only the evaluator who wrote it submits an evaluation."))
            answered, total = evaluation.progress()
            if answered < total and request.POST.get("confirm") != "1":
                # Unanswered questions lower the coverage: say so, and ask once more.
                return redirect(f"{evaluation.get_absolute_url()}?confirm_submit=1#submit-check")
            evaluation.submit(request.user)
            messages.success(request, _("Submitted for approval."))
        elif action == "approve":
            evaluation.approve(request.user, comment)
            messages.success(request, _("Approved. Scores will be recomputed."))
        else:
            evaluation.send_back(request.user, comment)
            messages.success(request, _("Returned to the evaluator."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect(evaluation)


@role_required(Role.EVALUATOR)
@require_POST
def evaluation_submit(request, pk: int):
    return _review_action(request, pk, "submit")


@role_required(Role.MANAGER)
@require_POST
def evaluation_approve(request, pk: int):
    return _review_action(request, pk, "approve")


@role_required(Role.MANAGER)
@require_POST
def evaluation_return(request, pk: int):
    return _review_action(request, pk, "return")


@role_required(Role.VIEWER)
def evaluation_history(request, pk: int):
    evaluation = get_object_or_404(evaluations_for(request.user), pk=pk)
    events = list(evaluation.events.select_related("actor", "criterion"))
    for event in events:
        event.changes = event_changes(event)
    return render(request, "evaluations/evaluation_history.html", {"evaluation": evaluation, "events": events})


def evidence_files_for(user):
    return EvidenceFile.objects.filter(answer__evaluation__in=Evaluation.objects.for_user(user))


@role_required(Role.VIEWER)
def evidence_download(request, file_pk: int):
    """Evidence files are served through this check, never straight from MEDIA_ROOT."""
    evidence = get_object_or_404(evidence_files_for(request.user), pk=file_pk)
    content_type = mimetypes.guess_type(evidence.file.name)[0] or "application/octet-stream"
    inline = content_type.startswith("image/") or content_type == "application/pdf"
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404(_("This file is no longer stored.")) from None
    response = FileResponse(handle, content_type=content_type, as_attachment=not inline, filename=evidence.name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@role_required(Role.EVALUATOR)
@require_POST
def evidence_delete(request, file_pk: int):
    """Remove one evidence file from an answer (htmx: the answer is drawn again)."""
    evidence = get_object_or_404(evidence_files_for(request.user).select_related("answer__evaluation"), pk=file_pk)
    evaluation = evidence.answer.evaluation
    if not evaluation.can_edit(request.user):
        raise PermissionDenied(_("You cannot change this evaluation."))
    try:
        answer = evaluation.remove_evidence(evidence, request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(evaluation)
    criterion = answer.criterion
    if not request.htmx:
        messages.success(request, _("File “%(name)s” removed.") % {"name": evidence.name})
        return redirect(f"{evaluation.get_absolute_url()}#criterion-{criterion.pk}")
    form = AnswerForm(criterion=criterion, initial=initial_for(answer), prefix=f"c{criterion.pk}")
    context = {
        "evaluation": evaluation,
        "item": {"criterion": criterion, "answer": answer, "form": form},
        "editable": True,
        "saved": True,
    }
    return render(request, "evaluations/_criterion.html", context)
