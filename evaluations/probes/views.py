"""Probe pages: the vendor dashboard, lists, a probe's evidence, schedules, the question bank,
the evaluator's to-do list and the vendor-facing reply page. Views load, check the role, call
the model and render."""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contracts.filtersets import chosen_vendor
from evaluations.probes import measurements
from evaluations.probes.choices import QUALITY_RUBRIC, ProbeStatus, ReplyKind, ReplySource
from evaluations.probes.filtersets import ProbeFilterSet, ProbeQuestionFilterSet
from evaluations.probes.forms import (
    ManualReplyForm,
    MarkSentForm,
    ProbeCreateForm,
    ProbeQuestionForm,
    ProbeScheduleForm,
    RatingForm,
    ResolveForm,
    VendorReplyForm,
)
from evaluations.probes.models import (
    Probe,
    ProbeAttempt,
    ProbeQuestion,
    ProbeRating,
    ProbeReply,
    ProbeSchedule,
    default_language_for,
)
from evaluations.probes.presentation import dashboard_chart, sla_label
from evaluations.probes.senders import compose_text
from evaluations.probes.tasks import wake_sender
from vendors.models import SupportChannel, Vendor
from vendorscore import ratelimit
from vendorscore.clientip import client_ip
from vendorscore.roles import Role, has_role, role_required

PAGE_SIZE = 25


def probes_for(user):
    return Probe.objects.for_user(user).select_related("vendor", "channel", "question")


def page_of(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


# --- lists ---------------------------------------------------------------------------------
@role_required(Role.VIEWER)
def probe_list(request):
    # Empty filters mean "all": the filterset is always bound.
    filterset = ProbeFilterSet(request.GET, queryset=probes_for(request.user))
    probes = filterset.qs if filterset.is_valid() else Probe.objects.none()
    context = {
        "filterset": filterset,
        "page": page_of(request, probes),
        "vendor_filter": True,
        "chosen_vendor": chosen_vendor(filterset),
    }
    template = "probes/_probe_table.html" if request.htmx else "probes/probe_list.html"
    return render(request, template, context)


@role_required(Role.VIEWER)
def vendor_probes(request, pk: int):
    """A vendor's measured support: per severity against the SLA, monthly trend, timeline, table."""
    vendor = get_object_or_404(Vendor.objects.for_user(request.user), pk=pk)
    filterset = ProbeFilterSet(request.GET, queryset=probes_for(request.user).filter(vendor=vendor))
    probes = filterset.qs if filterset.is_valid() else Probe.objects.none()
    if request.htmx:
        context = {"filterset": filterset, "page": page_of(request, probes)}
        return render(request, "probes/_probe_table.html", context)
    measurement = measurements.measure_vendor(vendor)
    trend = measurement.trend(timezone.get_current_timezone())
    recent = (
        Probe.objects.filter(vendor=vendor)
        .exclude(status__in=[ProbeStatus.QUEUED, ProbeStatus.CANCELLED])
        .select_related("channel")
        .order_by("-due_at")[:12]
    )
    context = {
        "vendor": vendor,
        "measurement": measurement,
        "rows": [(row, sla_label(row.promise)) for row in measurement.rows],
        "chart": dashboard_chart(trend, measurement.promises),
        "trend": trend,
        "recent": recent,
        "schedules": ProbeSchedule.objects.filter(vendor=vendor).select_related("channel"),
        "filterset": filterset,
        "page": page_of(request, probes),
        "streak": Probe.objects.filter(pk__in=measurement.streak).order_by("sent_at"),
    }
    return render(request, "probes/vendor_probes.html", context)


TODO_SHOWN = 10


@role_required(Role.EVALUATOR)
def todo(request):
    """What is waiting for an evaluator: questions to send by hand, answers to rate and to judge.
    Each list shows its most recent items and the true total."""
    user = request.user
    base = probes_for(user)
    rated_by_me = ProbeRating.objects.filter(probe=OuterRef("pk"), rater=user)
    lists = {
        "to_send": base.filter(status=ProbeStatus.MANUAL).order_by("due_at"),
        "to_rate": base.filter(status__in=[ProbeStatus.ANSWERED, ProbeStatus.RESOLVED])
        .exclude(Exists(rated_by_me))
        .order_by("-first_response_at"),
        "to_resolve": base.filter(status=ProbeStatus.ANSWERED).order_by("-first_response_at"),
        "waiting": base.filter(status=ProbeStatus.SENT).order_by("sent_at"),
    }
    context = {name: {"items": queryset[:TODO_SHOWN], "total": queryset.count()} for name, queryset in lists.items()}
    return render(request, "probes/todo.html", context)


# --- one probe -------------------------------------------------------------------------------
def load_probe(request, pk: int) -> Probe:
    return get_object_or_404(
        probes_for(request.user).prefetch_related(
            Prefetch("replies", queryset=ProbeReply.objects.select_related("recorded_by")),
            Prefetch("attempts", queryset=ProbeAttempt.objects.all()),
            Prefetch("ratings", queryset=ProbeRating.objects.select_related("rater")),
        ),
        pk=pk,
    )


def probe_context(request, probe: Probe, **forms) -> dict:
    user = request.user
    ratings = list(probe.ratings.all())
    my_rating = next((r for r in ratings if r.rater_id == user.pk), None)
    # Blind rating: an evaluator sees the others' scores only once they have rated.
    sees_ratings = my_rating is not None or has_role(user, Role.MANAGER)
    can_act = has_role(user, Role.EVALUATOR)
    return {
        "probe": probe,
        "replies": probe.replies.all(),
        "attempts": probe.attempts.all(),
        "ratings": ratings if sees_ratings else [],
        "hidden_ratings": 0 if sees_ratings else len(ratings),
        "my_rating": my_rating,
        "rubric": sorted(QUALITY_RUBRIC.items(), reverse=True),
        "can_act": can_act,
        "reply_form": forms.get("reply_form") or ManualReplyForm(),
        "sent_form": forms.get("sent_form") or MarkSentForm(),
        "resolve_form": forms.get("resolve_form") or ResolveForm(),
        "rating_form": forms.get("rating_form") or RatingForm(),
        "can_rate": can_act and my_rating is None and probe.first_response_at is not None,
        # The reply link lets anyone answer as the vendor: only those who send probes by hand see it.
        "message_text": compose_text(probe) if can_act else compose_text(probe).replace(probe.reply_token, "…"),
    }


@role_required(Role.VIEWER)
def probe_detail(request, pk: int):
    probe = load_probe(request, pk)
    return render(request, "probes/probe_detail.html", probe_context(request, probe))


def _invalid(request, probe_pk: int, **forms):
    probe = load_probe(request, probe_pk)
    return render(request, "probes/probe_detail.html", probe_context(request, probe, **forms), status=400)


def _act(request, pk: int, form_class, form_name: str, action, done: str):
    """The shape of every action on a probe's page: bind the form, ask the model, and either
    go back to the probe with a message or show the form again with the model's reasons."""
    probe = get_object_or_404(probes_for(request.user), pk=pk)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            action(probe, form.cleaned_data)
        except ValidationError as exc:
            errors = exc.message_dict if hasattr(exc, "error_dict") else {None: exc.messages}
            for field, messages_ in errors.items():
                form.add_error(field if field in form.fields else None, messages_)
        else:
            messages.success(request, done)
            return redirect(probe)
    return _invalid(request, pk, **{form_name: form})


@role_required(Role.EVALUATOR)
@require_POST
def probe_reply(request, pk: int):
    return _act(
        request, pk, ManualReplyForm, "reply_form",
        lambda probe, data: probe.record_manual_reply(request.user, **data),
        _("The vendor's answer is recorded."),
    )  # fmt: skip


@role_required(Role.EVALUATOR)
@require_POST
def probe_mark_sent(request, pk: int):
    return _act(
        request, pk, MarkSentForm, "sent_form",
        lambda probe, data: probe.mark_sent_by_hand(request.user, data["sent_at"]),
        _("Marked as sent. Record the vendor's answer when it comes."),
    )  # fmt: skip


@role_required(Role.EVALUATOR)
@require_POST
def probe_resolve(request, pk: int):
    return _act(
        request, pk, ResolveForm, "resolve_form",
        lambda probe, data: probe.resolve(request.user, data["resolved_at"], data["note"]),
        _("Marked as resolved."),
    )  # fmt: skip


@role_required(Role.EVALUATOR)
@require_POST
def probe_rate(request, pk: int):
    return _act(
        request, pk, RatingForm, "rating_form",
        lambda probe, data: probe.rate(request.user, data["score"], data["note"]),
        _("Your rating is saved."),
    )  # fmt: skip


@role_required(Role.MANAGER)
@require_POST
def probe_cancel(request, pk: int):
    probe = get_object_or_404(probes_for(request.user), pk=pk)
    try:
        probe.cancel()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The probe is cancelled."))
    return redirect(probe)


@role_required(Role.EVALUATOR)
def probe_create(request):
    """Probe now: choose a vendor, then send one question to one of its channels."""
    vendor_id = request.GET.get("vendor") or request.POST.get("vendor") or ""
    vendor = (
        Vendor.objects.alive().filter(pk=vendor_id).first() if vendor_id.isdigit() and len(vendor_id) < 18 else None
    )
    if vendor is None:
        vendors = Vendor.objects.for_user(request.user).order_by("name")
        return render(request, "probes/probe_form.html", {"vendors": vendors, "vendor": None})
    form = ProbeCreateForm(request.POST or None, vendor=vendor, initial={"language": default_language_for(vendor)})
    if request.method == "POST" and form.is_valid():
        channel = SupportChannel.objects.get(pk=form.cleaned_data["channel"])
        try:
            probe = Probe.objects.queue_now(
                channel,
                question=form.cleaned_data["question"],
                severity=form.cleaned_data["severity"],
                language=form.cleaned_data["language"],
                user=request.user,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            wake_sender(probe.pk)
            messages.success(request, _("The probe is queued and goes out in a moment."))
            return redirect(probe)
    return render(request, "probes/probe_form.html", {"form": form, "vendor": vendor})


# --- schedules --------------------------------------------------------------------------------
@role_required(Role.VIEWER)
def schedule_list(request):
    """A page of schedules; the probes sent are counted for that page's schedules only, not over every probe."""
    schedules = ProbeSchedule.objects.for_user(request.user).select_related("vendor", "channel")
    page = page_of(request, schedules)
    sent = dict(
        Probe.objects.filter(schedule__in=[schedule.pk for schedule in page.object_list], sent_at__isnull=False)
        .order_by()
        .values_list("schedule")
        .annotate(count=Count("pk"))
    )
    for schedule in page.object_list:
        schedule.sent = sent.get(schedule.pk, 0)
    context = {"schedules": page.object_list, "page": page}
    return render(request, "probes/schedule_list.html", context)


@role_required(Role.MANAGER)
def schedule_edit(request, pk: int | None = None):
    schedule = get_object_or_404(ProbeSchedule.objects.for_user(request.user), pk=pk) if pk else None
    initial = {}
    if schedule is None and (vendor_id := request.GET.get("vendor", "")).isdigit():
        initial["vendor"] = vendor_id
    form = ProbeScheduleForm(request.POST or None, instance=schedule, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        if saved.pk is None:
            saved.created_by = request.user
        saved.save()
        messages.success(request, _("Schedule saved."))
        return redirect("probes:schedule_list")
    return render(request, "probes/schedule_form.html", {"form": form, "schedule": schedule})


@role_required(Role.MANAGER)
@require_POST
def schedule_action(request, pk: int, action: str):
    schedule = get_object_or_404(ProbeSchedule.objects.for_user(request.user).select_related("channel"), pk=pk)
    if action == "pause":
        schedule.pause()
        messages.success(request, _("Schedule paused."))
    elif action == "resume":
        schedule.resume()
        messages.success(request, _("Schedule resumed."))
    elif action == "probe-now":
        try:
            probe = Probe.objects.queue_now(schedule.channel, language=schedule.language, user=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            wake_sender(probe.pk)
            messages.success(request, _("Probe #%(id)d is queued.") % {"id": probe.pk})
            return redirect(probe)
    else:
        raise Http404
    return redirect("probes:schedule_list")


# --- the question bank -----------------------------------------------------------------------
@role_required(Role.VIEWER)
def question_list(request):
    data = request.GET.copy() if request.GET else {"is_active": "true"}
    questions = ProbeQuestion.objects.annotate(asked=Count("probes")).order_by("category", "severity", "pk")
    filterset = ProbeQuestionFilterSet(data, queryset=questions)
    questions = filterset.qs if filterset.is_valid() else ProbeQuestion.objects.none()
    return render(request, "probes/question_list.html", {"filterset": filterset, "page": page_of(request, questions)})


@role_required(Role.MANAGER)
def question_edit(request, pk: int | None = None):
    question = get_object_or_404(ProbeQuestion, pk=pk) if pk else ProbeQuestion(created_by=request.user)
    form = ProbeQuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Question saved."))
        return redirect("probes:question_list")
    return render(request, "probes/question_form.html", {"form": form, "question": question})


@role_required(Role.MANAGER)
@require_POST
def question_retire(request, pk: int):
    question = get_object_or_404(ProbeQuestion, pk=pk)
    if question.is_active:
        question.retire()
        messages.success(request, _("The question is retired: schedules no longer ask it."))
    else:
        question.restore()
        messages.success(request, _("The question is back in use."))
    return redirect("probes:question_list")


# --- the vendor-facing reply page --------------------------------------------------------------
def reply_page(request, token: str):
    """Where a vendor answers without an account. Throttled per client; a wrong or expired
    token changes nothing. Shown in the probe's language and without our name on it."""
    if not ratelimit.allow(f"reply-page:{client_ip(request)}", *ratelimit.settings_rate("REPLY_PAGE_RATE")):
        return render(request, "probes/reply_message.html", {"state": "throttled"}, status=429)
    probe = (
        Probe.objects.select_related("vendor", "channel").filter(reply_token_hash=Probe.hash_token(token)).first()
        if len(token) <= 64
        else None
    )
    if probe is None or probe.vendor.deleted_at is not None:
        return render(request, "probes/reply_message.html", {"state": "unknown"}, status=404)
    language = request.COOKIES.get("django_language") or probe.language
    with translation.override(language):
        if probe.reply_expires_at <= timezone.now() or probe.status == ProbeStatus.CANCELLED:
            return render(request, "probes/reply_message.html", {"state": "expired"}, status=410)
        form = VendorReplyForm(request.POST or None, initial={"nonce": secrets.token_hex(16)})
        if request.method == "POST" and form.is_valid():
            key = f"page:{form.cleaned_data['nonce']}"
            try:
                with transaction.atomic():
                    reply = ProbeReply.objects.create(
                        probe=probe,
                        kind=ReplyKind.HUMAN,
                        source=ReplySource.REPLY_PAGE,
                        received_at=timezone.now(),
                        from_address=form.cleaned_data["name"],
                        body=form.cleaned_data["body"],
                        idempotency_key=key,
                    )
            except IntegrityError:
                pass  # the same form sent twice: one reply
            else:
                probe.apply_reply(reply)
            return render(request, "probes/reply_message.html", {"state": "thanks", "probe": probe})
        status = 400 if request.method == "POST" else 200
        return render(request, "probes/reply_page.html", {"probe": probe, "form": form}, status=status)
