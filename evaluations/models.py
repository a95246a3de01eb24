"""Checklists, evaluations, weight profiles and score snapshots.

The top floor: it reads vendors (and, later, contracts and probes); nothing
below imports it.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from evaluations import notifications, scoring
from evaluations.choices import AnswerType, Dimension, EvaluationStatus
from vendors.choices import ScenarioKey
from vendors.models import Vendor
from vendorscore.language import in_reader_language, reading_chinese
from vendorscore.roles import Role, has_role
from vendorscore.validators import NOTES_MAX_CHARS


class NamedInTwoLanguages:
    """For models with ``name_en``/``name_zh`` and ``description_en``/``description_zh``."""

    @property
    def name(self) -> str:
        return in_reader_language(self, "name")

    @property
    def description(self) -> str:
        return in_reader_language(self, "description")


class ChecklistTemplateQuerySet(models.QuerySet):
    def for_new_evaluations(self) -> ChecklistTemplate | None:
        """The checklist new evaluations use: the current "default" version, else any current one."""
        current = self.filter(is_current=True)
        return current.filter(slug=DEFAULT_CHECKLIST_SLUG).first() or current.order_by("slug").first()


DEFAULT_CHECKLIST_SLUG = "default"


class ChecklistTemplate(NamedInTwoLanguages, models.Model):
    """A versioned checklist. Versions of one checklist share a slug; only the
    newest is current. Evaluations point at the version they were made with."""

    slug = models.SlugField(_("slug"), max_length=50)
    version = models.PositiveIntegerField(_("version"), default=1)
    name_en = models.CharField(_("English name"), max_length=200)
    name_zh = models.CharField(_("Chinese name"), max_length=200)
    description_en = models.TextField(_("English description"), blank=True)
    description_zh = models.TextField(_("Chinese description"), blank=True)
    is_current = models.BooleanField(_("current version"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ChecklistTemplateQuerySet.as_manager()

    class Meta:
        ordering = ["slug", "-version"]
        verbose_name = _("checklist template")
        verbose_name_plural = _("checklist templates")
        constraints = [
            models.UniqueConstraint(fields=["slug", "version"], name="evaluations_template_unique_version"),
            models.UniqueConstraint(
                fields=["slug"], condition=Q(is_current=True), name="evaluations_template_one_current_version"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"

    def get_absolute_url(self) -> str:
        return reverse("evaluations:template_detail", args=[self.pk])

    def is_in_use(self) -> bool:
        return self.evaluations.exists()

    @transaction.atomic
    def editable_version(self, user=None) -> ChecklistTemplate:
        """The version edits go to: this one while no evaluation uses it, else a new
        current version with copies of every criterion (old evaluations keep theirs)."""
        if not self.is_in_use():
            return self
        locked = ChecklistTemplate.objects.select_for_update().get(pk=self.pk)
        newest = ChecklistTemplate.objects.filter(slug=locked.slug).order_by("-version").first()
        if newest.pk != locked.pk and not newest.is_in_use():
            return newest
        ChecklistTemplate.objects.filter(slug=locked.slug, is_current=True).update(is_current=False)
        criteria = list(locked.criteria.all())
        locked.pk = None
        locked.version = newest.version + 1
        locked.is_current = True
        locked.created_by = user
        locked._state.adding = True
        locked.save()
        for criterion in criteria:
            criterion.pk = None
            criterion.template = locked
            criterion._state.adding = True
        Criterion.objects.bulk_create(criteria)
        return locked

    def specs(self) -> list[scoring.CriterionSpec]:
        return [criterion.spec() for criterion in self.criteria.all()]


_SINGULAR = {"people": "person", "persons": "person", "times": "time"}


def singular(unit: str) -> str:
    """The English unit for exactly one: hours → hour, people → person, changes → change."""
    words = unit.split(" ")
    last = words[-1]
    if last in _SINGULAR:
        words[-1] = _SINGULAR[last]
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 2:
        words[-1] = last[:-1]
    return " ".join(words)


class Criterion(models.Model):
    template = models.ForeignKey(
        ChecklistTemplate, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("template")
    )
    key = models.SlugField(_("key"), max_length=64)
    dimension = models.CharField(_("dimension"), max_length=32, choices=Dimension.choices)
    position = models.PositiveIntegerField(_("position"), default=0)
    question_en = models.CharField(_("question (English)"), max_length=300)
    question_zh = models.CharField(_("question (Chinese)"), max_length=300)
    help_en = models.TextField(_("help (English)"), blank=True)
    help_zh = models.TextField(_("help (Chinese)"), blank=True)
    answer_type = models.CharField(_("answer type"), max_length=16, choices=AnswerType.choices)
    weight = models.FloatField(_("weight"), default=1, validators=[MinValueValidator(0)])
    rule = models.JSONField(_("scoring rule"), default=dict, blank=True)
    red_flag = models.JSONField(_("red-flag rule"), null=True, blank=True)
    scenarios = models.JSONField(
        _("scenarios"),
        default=list,
        blank=True,
        help_text=_("The scenarios this question is specific to; empty when it applies to every scenario."),
    )
    na_allowed = models.BooleanField(_("N/A allowed"), default=False)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [
            models.UniqueConstraint(fields=["template", "key"], name="evaluations_criterion_unique_key"),
            models.CheckConstraint(condition=Q(weight__gte=0), name="evaluations_criterion_weight_not_negative"),
        ]

    def __str__(self) -> str:
        return self.key

    @property
    def question(self) -> str:
        return in_reader_language(self, "question")

    @property
    def help(self) -> str:
        return in_reader_language(self, "help")

    @property
    def options(self) -> list[dict]:
        """Choices of a single/multi criterion, each with a ``label`` in the reader's language."""
        zh = reading_chinese()
        return [
            {**option, "label": (option.get("label_zh") if zh else option.get("label_en")) or option["key"]}
            for option in self.rule.get("options", [])
        ]

    @property
    def is_choice_group(self) -> bool:
        """Answered with radio buttons or checkboxes: a fieldset whose legend is the question."""
        return self.answer_type in (AnswerType.YES_NO, AnswerType.SCALE, AnswerType.SINGLE, AnswerType.MULTI)

    @property
    def unit(self) -> str:
        """The unit a number answer is given in (hours, days, people…), in the reader's language."""
        return self.rule.get("unit_zh" if reading_chinese() else "unit_en", "") if self.rule else ""

    @property
    def red_flag_label(self) -> str:
        if not self.red_flag:
            return ""
        zh = reading_chinese()
        return self.red_flag.get("label_zh" if zh else "label_en") or self.red_flag.get("label_en", "")

    def clean(self) -> None:
        super().clean()
        unknown = sorted(set(self.scenarios or ()) - set(ScenarioKey.values))
        if unknown or not isinstance(self.scenarios, list):
            raise ValidationError(
                {"scenarios": _("Unknown scenarios: %(keys)s.") % {"keys": ", ".join(map(str, unknown))}}
            )
        try:
            scoring.validate_criterion(self.spec())
        except scoring.ScoringError as exc:
            raise ValidationError(str(exc), code="invalid_criterion") from None

    def display_value(self, value: object) -> str:
        """An answer as a reader would say it: option labels, units, yes/no in their language."""
        if value in (None, "", []):
            return ""
        if self.answer_type == AnswerType.YES_NO:
            return str(_("Yes") if value == "yes" else _("No"))
        if self.answer_type == AnswerType.SCALE:
            return f"{value}/5"
        if self.answer_type == AnswerType.NUMBER:
            if not isinstance(value, int | float):
                return str(value)
            unit = self.unit
            if value == 1 and not reading_chinese():
                unit = singular(unit)  # "1 hour", not "1 hours"
            return f"{value:g} {unit}".strip()
        labels = {option["key"]: option["label"] for option in self.options}
        if self.answer_type == AnswerType.MULTI and isinstance(value, list):
            return ", ".join(labels.get(v, str(v)) for v in value)
        return labels.get(value, str(value)) if isinstance(value, str) else str(value)

    def spec(self) -> scoring.CriterionSpec:
        return scoring.CriterionSpec(
            key=self.key,
            dimension=self.dimension,
            answer_type=self.answer_type,
            weight=self.weight,
            rule=self.rule,
            red_flag=self.red_flag,
            na_allowed=self.na_allowed,
            label=self.question,
            scenarios=tuple(self.scenarios or ()),
        )


class EvaluationQuerySet(models.QuerySet):
    def alive(self) -> EvaluationQuerySet:
        return self.filter(deleted_at__isnull=True, vendor__deleted_at__isnull=True)

    def for_user(self, user) -> EvaluationQuerySet:
        """Every role reads every live evaluation once it is submitted (one team per site); a
        draft, or one returned for rework, is its evaluator's own until then (and the managers')."""
        if has_role(user, Role.MANAGER):
            return self.alive()
        unfinished = [EvaluationStatus.DRAFT, EvaluationStatus.RETURNED]
        return self.alive().filter(~Q(status__in=unfinished) | Q(evaluator_id=getattr(user, "pk", None)))

    def latest_approved_per_evaluator(self, as_of=None) -> EvaluationQuerySet:
        """For each vendor × evaluator, only the most recently approved evaluation (by ``as_of``)."""
        approved = Evaluation.objects.alive().filter(status=EvaluationStatus.APPROVED)
        if as_of is not None:
            approved = approved.filter(reviewed_at__lte=as_of)
        newer = approved.filter(
            vendor=models.OuterRef("vendor"),
            evaluator=models.OuterRef("evaluator"),
            reviewed_at__gt=models.OuterRef("reviewed_at"),
        )
        return approved.filter(pk__in=self.values("pk")).exclude(models.Exists(newer))

    def latest_approved_rows(self, vendor_ids, as_of) -> dict[int, list[tuple]]:
        """The choice of ``latest_approved_per_evaluator(as_of)`` for a batch of vendors, in one
        query without the anti-join: per vendor, (pk, evaluator's username, template id, reviewed
        at) of each evaluator's latest approved evaluation, oldest first. Ties on ``reviewed_at``
        keep both, as the anti-join does."""
        username = f"evaluator__{get_user_model().USERNAME_FIELD}"
        rows = (
            Evaluation.objects.alive()
            .filter(status=EvaluationStatus.APPROVED, reviewed_at__lte=as_of, vendor_id__in=list(vendor_ids))
            .order_by()
            .values_list("vendor_id", "evaluator_id", "pk", username, "template_id", "reviewed_at")
        )
        newest: dict[tuple[int, int], list[tuple]] = {}
        for vendor_id, evaluator_id, pk, evaluator, template_id, reviewed_at in rows:
            chosen = newest.setdefault((vendor_id, evaluator_id), [])
            if chosen and reviewed_at < chosen[0][3]:
                continue
            if chosen and reviewed_at > chosen[0][3]:
                chosen.clear()
            chosen.append((pk, evaluator, template_id, reviewed_at))
        by_vendor: dict[int, list[tuple]] = {}
        for (vendor_id, _evaluator_id), chosen in newest.items():
            by_vendor.setdefault(vendor_id, []).extend(chosen)
        for chosen in by_vendor.values():
            chosen.sort(key=lambda row: (row[3], row[0]))
        return by_vendor


class StaleAnswer(Exception):
    """Someone else saved this answer since the form was loaded."""

    def __init__(self, current: Answer | None):
        super().__init__("stale answer")
        self.current = current


class Evaluation(models.Model):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("vendor"))
    template = models.ForeignKey(
        ChecklistTemplate, on_delete=models.PROTECT, related_name="evaluations", verbose_name=_("template")
    )
    evaluator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="evaluations", verbose_name=_("evaluator")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=EvaluationStatus.choices, default=EvaluationStatus.DRAFT
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    review_comment = models.TextField(_("review comment"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True, editable=False)

    objects = EvaluationQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=EvaluationStatus.values), name="evaluations_evaluation_valid_status"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.vendor} · {self.evaluator} · {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("evaluations:evaluation_detail", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in (EvaluationStatus.DRAFT, EvaluationStatus.RETURNED)

    def can_edit(self, user) -> bool:
        if not self.is_editable or self.deleted_at:
            return False
        return has_role(user, Role.MANAGER) or (user.pk == self.evaluator_id and has_role(user, Role.EVALUATOR))

    def record(self, kind: str, actor, criterion: Criterion | None = None, **detail) -> EvaluationEvent:
        return EvaluationEvent.objects.create(evaluation=self, kind=kind, actor=actor, criterion=criterion, **detail)

    # --- answering ------------------------------------------------------------
    def save_answer(self, criterion: Criterion, data: dict, user, expected_revision: int, files=()) -> Answer:
        """Save one answer if nobody changed it since ``expected_revision`` (0: not answered yet).

        A stale save is refused with StaleAnswer; the refused values are kept in the
        history (a "conflict" event) beside the current ones, so nothing is lost.
        """
        if criterion.template_id != self.template_id:
            raise ValidationError(_("This criterion belongs to another checklist."))
        if not self.is_editable:
            raise ValidationError(_("This evaluation is no longer editable."))
        fields = {key: data[key] for key in Answer.EDITABLE_FIELDS if key in data}
        try:
            with transaction.atomic():
                current = Answer.objects.select_for_update().filter(evaluation=self, criterion=criterion).first()
                if (current.revision if current else 0) == expected_revision:
                    return self._write_answer(criterion, current, fields, user, files)
        except IntegrityError:
            # Two first answers raced past the lock (no row to lock yet): the unique
            # constraint let one in; the other is stale like any late save.
            current = Answer.objects.filter(evaluation=self, criterion=criterion).first()
        # Recorded outside the refused transaction, so the refused values survive.
        self.record(
            "conflict",
            user,
            criterion,
            before=current.snapshot() if current else None,
            after=dict(fields),
            comment=str(_("Refused: the answer had changed since it was loaded.")),
        )
        raise StaleAnswer(current)

    def _write_answer(self, criterion: Criterion, current: Answer | None, fields: dict, user, files=()) -> Answer:
        if current is None:
            answer = Answer(evaluation=self, criterion=criterion, revision=1, updated_by=user, **fields)
            answer.save()
            before = None
        else:
            before = current.snapshot()
            if not files and all(before.get(key) == value for key, value in fields.items()):
                return current  # the same answer again (an autosave of an unchanged field): no history row
            for key, value in fields.items():
                setattr(current, key, value)
            current.revision += 1  # the row is locked: no lost update
            current.updated_by = user
            current.save()
            answer = current
        if len(files) + answer.files.count() > MAX_EVIDENCE_FILES:
            raise ValidationError(
                _("An answer holds at most %(count)d evidence files: delete one first.") % {"count": MAX_EVIDENCE_FILES}
            )
        for upload in files:
            EvidenceFile.objects.create(
                answer=answer, file=upload, name=upload.name[:200], size=upload.size or 0, uploaded_by=user
            )
        self.record("answered", user, criterion, before=before, after=answer.snapshot())
        Evaluation.objects.filter(pk=self.pk).update(updated_at=timezone.now())
        return answer

    def remove_evidence(self, evidence: EvidenceFile, user) -> Answer:
        """Delete one evidence file of an answer; the history keeps its name."""
        if not self.is_editable:
            raise ValidationError(_("This evaluation is no longer editable."))
        with transaction.atomic():
            answer = Answer.objects.select_for_update().get(pk=evidence.answer_id, evaluation=self)
            before = answer.snapshot()
            stored = evidence.file.name
            evidence.delete()
            answer.revision += 1
            answer.updated_by = user
            answer.save(update_fields=["revision", "updated_by", "updated_at"])
            self.record("answered", user, answer.criterion, before=before, after=answer.snapshot())
            storage = EvidenceFile._meta.get_field("file").storage
            transaction.on_commit(lambda: storage.delete(stored))
        return answer

    # --- workflow ---------------------------------------------------------------
    def _transition(self, allowed_from: tuple[str, ...], to: str, actor, kind: str, **changes) -> None:
        """Move to ``to`` with a conditional UPDATE, so two reviewers cannot both act; the
        history and the notifications are written in the same transaction, and their emails
        go out only once it commits."""
        with transaction.atomic():
            updated = Evaluation.objects.filter(pk=self.pk, status__in=allowed_from, deleted_at__isnull=True).update(
                status=to, updated_at=timezone.now(), **changes
            )
            if updated != 1:
                raise ValidationError(
                    _("This evaluation is %(status)s; it cannot be %(action)s now.")
                    % {"status": self.get_status_display().lower(), "action": EventKind(kind).label}
                )
            self.refresh_from_db()
            self.record(kind, actor, comment=changes.get("review_comment", ""))
            notifications.evaluation_reviewed(self, kind, actor)

    def submit(self, actor) -> None:
        if not self.answers.exists():
            raise ValidationError(_("Answer at least one question before submitting."))
        self._transition(
            (EvaluationStatus.DRAFT, EvaluationStatus.RETURNED),
            EvaluationStatus.SUBMITTED,
            actor,
            "submitted",
            submitted_at=timezone.now(),
        )

    def approve(self, actor, comment: str = "") -> None:
        if actor.pk == self.evaluator_id and not settings.ALLOW_SELF_APPROVAL:
            raise ValidationError(_("Approval needs a second person: ask another manager to approve your evaluation."))
        self._transition(
            (EvaluationStatus.SUBMITTED,),
            EvaluationStatus.APPROVED,
            actor,
            "approved",
            reviewed_at=timezone.now(),
            reviewed_by=actor,
            review_comment=comment,
        )
        self._scores_changed()

    def _scores_changed(self) -> None:
        from evaluations.tasks import schedule_recompute  # tasks import this module

        schedule_recompute(self.vendor_id)

    def send_back(self, actor, comment: str) -> None:
        if not comment.strip():
            raise ValidationError({"comment": _("Say what needs to change when returning an evaluation.")})
        self._transition(
            (EvaluationStatus.SUBMITTED,),
            EvaluationStatus.RETURNED,
            actor,
            "returned",
            reviewed_at=timezone.now(),
            reviewed_by=actor,
            review_comment=comment,
        )

    def can_delete(self, user) -> bool:
        """A manager deletes any evaluation; its evaluator only one that counts nowhere yet (a draft
        or a returned one): a submitted or approved evaluation is evidence others rely on."""
        if has_role(user, Role.MANAGER):
            return True
        return user.pk == self.evaluator_id and self.status in (EvaluationStatus.DRAFT, EvaluationStatus.RETURNED)

    def soft_delete(self, actor) -> None:
        Evaluation.objects.filter(pk=self.pk).update(deleted_at=timezone.now())
        self.record("deleted", actor)
        if self.status == EvaluationStatus.APPROVED:
            self._scores_changed()

    def answer_inputs(self) -> dict[str, scoring.AnswerInput]:
        return {a.criterion.key: a.as_input() for a in self.answers.all()}

    def progress(self) -> tuple[int, int]:
        """(answered, total) over the template's criteria; uses prefetched rows when present."""
        answered = sum(1 for a in self.answers.all() if a.is_answered)
        return answered, len(self.template.criteria.all())


MAX_EVIDENCE_FILES = 20


def evidence_path(answer: Answer, filename: str) -> str:
    """Where the single evidence file of the first schema went (kept for migration 0001)."""
    return f"evidence/{answer.evaluation_id}/{timezone.now():%Y%m%d%H%M%S}-{filename[-80:]}"


class Answer(models.Model):
    EDITABLE_FIELDS = ("value", "is_na", "note", "link")

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="answers")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="answers")
    value = models.JSONField(_("answer"), null=True, blank=True)
    is_na = models.BooleanField(_("not applicable"), default=False)
    note = models.TextField(_("evidence note"), blank=True, validators=[MaxLengthValidator(NOTES_MAX_CHARS)])
    link = models.URLField(_("evidence link"), blank=True, max_length=500)
    revision = models.PositiveIntegerField(default=1)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["criterion__position", "criterion_id"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "criterion"], name="evaluations_answer_one_per_criterion"),
        ]

    def __str__(self) -> str:
        return f"{self.criterion.key}: {self.value}"

    @property
    def is_answered(self) -> bool:
        return self.is_na or self.value not in (None, "", [])

    def as_input(self) -> scoring.AnswerInput:
        return scoring.AnswerInput(value=self.value, is_na=self.is_na)

    @property
    def raises_red_flag(self) -> bool:
        """Whether this answer meets its criterion's red-flag rule (never for N/A or blank)."""
        if not self.criterion.red_flag:
            return False
        try:
            return scoring.raises_red_flag(self.criterion.spec(), self.as_input())
        except scoring.ScoringError:  # an answer saved under an older rule: no flag rather than a 500
            return False

    def snapshot(self) -> dict:
        return {
            "value": self.value,
            "is_na": self.is_na,
            "note": self.note,
            "link": self.link,
            "files": [f.name for f in self.files.all()],
            "revision": self.revision,
        }


def evidence_file_path(evidence: EvidenceFile, filename: str) -> str:
    return f"evidence/{evidence.answer.evaluation_id}/{timezone.now():%Y%m%d%H%M%S}-{filename[-80:]}"


class EvidenceFile(models.Model):
    """A file attached to an answer as evidence: a screenshot, a PDF, a chat log. An answer
    may carry several; deleting one removes the row and the stored file."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), upload_to=evidence_file_path, max_length=300)
    name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size"), default=0)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self) -> str:
        return self.name


class EventKind(models.TextChoices):
    CREATED = "created", _("created")
    ANSWERED = "answered", _("answered")
    CONFLICT = "conflict", _("refused: edit conflict")
    SUBMITTED = "submitted", _("submitted")
    APPROVED = "approved", _("approved")
    RETURNED = "returned", _("returned")
    DELETED = "deleted", _("deleted")


class EvaluationEvent(models.Model):
    """The history of an evaluation: who changed what, when (append-only)."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField(_("when"), auto_now_add=True)
    kind = models.CharField(_("what"), max_length=16, choices=EventKind.choices)
    criterion = models.ForeignKey(Criterion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("evaluation event")
        verbose_name_plural = _("evaluation events")

    def __str__(self) -> str:
        return f"{self.kind} by {self.actor} at {self.at:%Y-%m-%d %H:%M}"


class WeightProfile(NamedInTwoLanguages, models.Model):
    """How much each dimension counts for one scenario."""

    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    name_en = models.CharField(_("English name"), max_length=100)
    name_zh = models.CharField(_("Chinese name"), max_length=100)
    description_en = models.TextField(_("English description"), blank=True)
    description_zh = models.TextField(_("Chinese description"), blank=True)
    weights = models.JSONField(_("weights"), default=dict)
    scenario = models.CharField(
        _("scenario"),
        max_length=32,
        blank=True,
        choices=ScenarioKey.choices,
        help_text=_("Questions specific to this scenario count three times; other scenarios' questions are left out."),
    )
    is_builtin = models.BooleanField(_("built in"), default=False, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    DEFAULT_SLUG = "balanced"

    class Meta:
        ordering = ["-is_builtin", "slug"]
        verbose_name = _("weight profile")
        verbose_name_plural = _("weight profiles")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if not isinstance(self.weights, dict):
            raise ValidationError({"weights": _("Weights must map each dimension to a number.")})
        try:
            self.weights = scoring.validate_weights(self.weights)
        except scoring.WeightError as exc:
            # Not keyed to the field: forms edit the weights through one field per dimension.
            raise ValidationError(str(exc), code="invalid_weights") from None


class ScoreSnapshotQuerySet(models.QuerySet):
    def latest(self) -> ScoreSnapshotQuerySet:
        return self.filter(is_latest=True)


class ScoreSnapshot(models.Model):
    """A vendor's score under one profile at one moment, with its full breakdown.

    Written by evaluations.scorecards.recompute_vendor only when the result
    changed; the latest per vendor × profile has ``is_latest``. Older rows are
    the trend.
    """

    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="score_snapshots")
    profile = models.ForeignKey(WeightProfile, on_delete=models.CASCADE, related_name="snapshots")
    overall = models.FloatField(null=True)
    grade = models.CharField(max_length=1, blank=True)
    coverage = models.FloatField(default=0)
    data = models.JSONField(default=dict)
    # What lists show, small enough to read for a thousand rows: ``data`` (the breakdown and the
    # evidence, tens of KB) is read only by a scorecard. Written with ``data``; see ``summarize``.
    summary = models.JSONField(default=dict)
    digest = models.CharField(max_length=64)
    computed_at = models.DateTimeField(default=timezone.now, db_index=True)
    is_latest = models.BooleanField(default=True)

    objects = ScoreSnapshotQuerySet.as_manager()

    SUMMARY_KEYS = ("dimensions", "red_flags", "grade_capped")

    class Meta:
        ordering = ["-computed_at", "-id"]
        verbose_name = _("score snapshot")
        verbose_name_plural = _("score snapshots")
        constraints = [
            models.UniqueConstraint(
                fields=["vendor", "profile"], condition=Q(is_latest=True), name="evaluations_snapshot_one_latest"
            ),
        ]
        indexes = [
            # A ranking page: the best latest scores under one profile, read in order and stopped after a page.
            models.Index(
                "profile", models.F("overall").desc(), condition=Q(is_latest=True), name="evaluations_snapshot_rank"
            ),
            # A scorecard's trend: one vendor's newest snapshots under one profile, however long the history.
            models.Index(fields=["vendor", "profile", "-computed_at"], name="evaluations_snapshot_trend"),
        ]

    def __str__(self) -> str:
        return f"{self.vendor} · {self.profile.slug} · {self.overall}"

    def save(self, *args, **kwargs) -> None:
        if not self.summary and self.data:  # bulk_create skips this: writers in bulk summarize themselves
            self.summary = self.summarize(self.data)
        super().save(*args, **kwargs)

    @classmethod
    def summarize(cls, data: dict) -> dict:
        """The part of a snapshot's ``data`` that rankings, comparisons and the scores API read."""
        return {key: data[key] for key in cls.SUMMARY_KEYS if key in data}


class PendingRecompute(models.Model):
    """A vendor whose scores are out of date: the outbox of score recomputation.

    A row is written (or its ``requested_at`` moved on) in the same transaction as the
    change that makes the scores stale, so no wake-up can be lost: a worker woken after
    the commit, or the frequent beat task, recomputes every row that is due and deletes it
    only if nobody asked again meanwhile (``requested_at`` unchanged). A recompute that
    fails is retried later with backoff (``next_attempt_at``), without holding up the others.
    """

    vendor = models.OneToOneField(Vendor, on_delete=models.CASCADE, primary_key=True, related_name="+")
    requested_at = models.DateTimeField()
    next_attempt_at = models.DateTimeField(db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("pending score recompute")
        verbose_name_plural = _("pending score recomputes")

    def __str__(self) -> str:
        return f"{self.vendor_id} · {self.requested_at:%Y-%m-%d %H:%M:%S}"
