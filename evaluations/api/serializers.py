from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from evaluations import scoring
from evaluations.choices import Dimension
from evaluations.models import Answer, ChecklistTemplate, Criterion, Evaluation, ScoreSnapshot, WeightProfile
from evaluations.objective import evidence_label
from evaluations.presentation import local_iso
from vendorscore.api import ValidatedModelSerializer
from vendorscore.language import reading_chinese


class CriterionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Criterion
        fields = [
            "id",
            "key",
            "dimension",
            "position",
            "question_en",
            "question_zh",
            "help_en",
            "help_zh",
            "answer_type",
            "weight",
            "rule",
            "red_flag",
            "na_allowed",
        ]


class TemplateSerializer(serializers.ModelSerializer):
    class Meta:
        model = ChecklistTemplate
        fields = ["id", "slug", "version", "name_en", "name_zh", "description_en", "description_zh", "is_current"]


class TemplateDetailSerializer(TemplateSerializer):
    criteria = CriterionSerializer(many=True, read_only=True)

    class Meta(TemplateSerializer.Meta):
        fields = [*TemplateSerializer.Meta.fields, "criteria"]


class EvidenceFileSerializer(serializers.Serializer):
    """An evidence file attached to an answer (the schema of AnswerSerializer.evidence)."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    size = serializers.IntegerField()
    url = serializers.URLField()


class AnswerSerializer(serializers.ModelSerializer):
    criterion = serializers.SlugRelatedField(slug_field="key", read_only=True)
    evidence = serializers.SerializerMethodField()

    class Meta:
        model = Answer
        fields = ["id", "criterion", "value", "is_na", "note", "link", "evidence", "revision", "updated_at"]

    @extend_schema_field(EvidenceFileSerializer(many=True))
    def get_evidence(self, answer: Answer) -> list[dict]:
        request = self.context.get("request")
        return [
            {
                "id": f.pk,
                "name": f.name,
                "size": f.size,
                "url": request.build_absolute_uri(reverse("evaluations:evidence_download", args=[f.pk]))
                if request
                else reverse("evaluations:evidence_download", args=[f.pk]),
            }
            for f in answer.files.all()
        ]


class EvaluationSerializer(serializers.ModelSerializer):
    evaluator = serializers.SlugRelatedField(slug_field="username", read_only=True)
    progress = serializers.SerializerMethodField()

    class Meta:
        model = Evaluation
        fields = [
            "id",
            "vendor",
            "template",
            "evaluator",
            "status",
            "progress",
            "submitted_at",
            "reviewed_at",
            "review_comment",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [f for f in fields if f != "vendor"]

    def get_progress(self, evaluation: Evaluation) -> dict:
        if hasattr(evaluation, "answered_count"):  # the list's annotations (api/views.py with_progress)
            answered, total = evaluation.answered_count, evaluation.criteria_count
        else:
            answered, total = evaluation.progress()
        return {"answered": answered, "total": total}


class EvaluationDetailSerializer(EvaluationSerializer):
    answers = AnswerSerializer(many=True, read_only=True)

    class Meta(EvaluationSerializer.Meta):
        fields = [*EvaluationSerializer.Meta.fields, "answers"]


class AnswerConflictSerializer(serializers.Serializer):
    """409 from ``answer/``: someone saved first; ``current`` is their answer (absent if they removed it)."""

    detail = serializers.CharField()
    current = AnswerSerializer(required=False)


class AnswerInputSerializer(serializers.Serializer):
    """One answer. ``revision`` is the answer's revision you last saw (0 when unanswered)."""

    criterion = serializers.CharField(help_text="The criterion's key.")
    value = serializers.JSONField(required=False, allow_null=True)
    is_na = serializers.BooleanField(required=False, default=False)
    note = serializers.CharField(required=False, allow_blank=True, max_length=10_000, default="")
    link = serializers.URLField(required=False, allow_blank=True, max_length=500, default="")
    revision = serializers.IntegerField(min_value=0)

    def validate(self, attrs):
        evaluation: Evaluation = self.context["evaluation"]
        criterion = evaluation.template.criteria.filter(key=attrs["criterion"]).first()
        if criterion is None:
            raise serializers.ValidationError({"criterion": ["This checklist has no criterion with this key."]})
        if attrs.get("is_na") and not criterion.na_allowed:
            raise serializers.ValidationError({"is_na": ["This question cannot be marked not applicable."]})
        try:
            scoring.validate_answer(
                criterion.spec(), scoring.AnswerInput(attrs.get("value"), attrs.get("is_na", False))
            )
        except scoring.ScoringError as exc:
            raise serializers.ValidationError({"value": [str(exc)]}) from None
        attrs["criterion"] = criterion
        return attrs


class ReviewSerializer(serializers.Serializer):
    comment = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")


class WeightsField(serializers.JSONField):
    def to_internal_value(self, data):
        data = super().to_internal_value(data)
        if not isinstance(data, dict):
            raise serializers.ValidationError("Give an object mapping dimension keys to numbers.")
        try:
            return scoring.validate_weights(data)
        except scoring.WeightError as exc:
            raise serializers.ValidationError(str(exc)) from None


class WeightProfileSerializer(ValidatedModelSerializer):
    weights = WeightsField()

    class Meta:
        model = WeightProfile
        fields = ["slug", "name_en", "name_zh", "description_en", "description_zh", "scenario", "weights", "is_builtin"]
        read_only_fields = ["is_builtin"]


class ScoreSerializer(serializers.ModelSerializer):
    """One vendor's latest score under one profile."""

    # (A comment, not the docstring: that is the schema's description.) Reads plain values, not
    # snapshots: a row of ScoreViewSet.ROW_FIELDS, whose ``summary`` holds the dimensions and red
    # flags (the 36 KB ``data`` is never loaded for a list). The declared fields are the documented
    # shape; to_representation writes the same body directly, with labels worked out once per
    # request (score_labels) instead of per field and per row.

    vendor = serializers.SerializerMethodField()
    profile = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    grade = serializers.SerializerMethodField()
    dimensions = serializers.SerializerMethodField()
    red_flags = serializers.SerializerMethodField()

    class Meta:
        model = ScoreSnapshot
        fields = ["vendor", "profile", "overall", "grade", "coverage", "dimensions", "red_flags", "computed_at"]

    # For the schema only: to_representation answers for these.
    def get_vendor(self, row) -> dict:
        raise NotImplementedError

    def get_grade(self, row) -> str | None:
        raise NotImplementedError

    def get_dimensions(self, row) -> list[dict]:
        raise NotImplementedError

    def get_red_flags(self, row) -> list[dict]:
        raise NotImplementedError

    @cached_property
    def labels(self) -> ScoreLabels:
        # A list's rows share one child serializer, made per request: worked out once per request.
        return score_labels()

    def to_representation(self, row: dict) -> dict:
        labels = self.labels
        summary = row["summary"] or {}
        dimensions = {d["key"]: d for d in summary.get("dimensions", ())}
        computed_at = row["computed_at"]
        return {
            "vendor": {"id": row["vendor_id"], "name": row["vendor__name"]},
            "profile": row["profile__slug"],
            "overall": row["overall"],
            "grade": row["grade"] or None,
            "coverage": row["coverage"],
            "dimensions": [
                {
                    "key": key,
                    "label": label,
                    "score": dimensions.get(key, {}).get("score"),
                    "weight": dimensions.get(key, {}).get("weight", 0),
                    "coverage": dimensions.get(key, {}).get("coverage", 0),
                }
                for key, label in labels.dimensions
            ],
            "red_flags": [
                {"key": flag["key"], "label": labels.flag(flag), "confirmed": flag.get("confirmed", True)}
                for flag in summary.get("red_flags", ())
            ],
            "computed_at": None if computed_at is None else labels.moment(computed_at),
        }


@dataclass(frozen=True)
class ScoreLabels:
    """What every row of a score list labels the same way, worked out once per request."""

    dimensions: tuple[tuple[str, str], ...]  # (key, label) in the order of Dimension
    chinese: bool
    moment: Callable  # a datetime as the API states it: in the reader's zone, ISO 8601

    def flag(self, flag: dict) -> str:  # as presentation.flag_label, the language looked up once
        return flag.get("label_zh" if self.chinese else "label_en") or flag.get("label_en") or flag["key"]


def score_labels() -> ScoreLabels:
    return ScoreLabels(
        dimensions=tuple((key, str(label)) for key, label in Dimension.choices),
        chinese=reading_chinese(),
        # The reader's zone looked up once: DRF looks it up again for every value otherwise.
        moment=serializers.DateTimeField(default_timezone=timezone.get_current_timezone()).to_representation,
    )


def score_row(snapshot: ScoreSnapshot) -> dict:
    """A snapshot as the plain values ScoreSerializer reads."""
    return {
        "vendor_id": snapshot.vendor_id,
        "vendor__name": snapshot.vendor.name,
        "profile__slug": snapshot.profile.slug,
        "overall": snapshot.overall,
        "grade": snapshot.grade,
        "coverage": snapshot.coverage,
        "summary": snapshot.summary or ScoreSnapshot.summarize(snapshot.data),
        "computed_at": snapshot.computed_at,
    }


class ScorecardSerializer(ScoreSerializer):
    """A score with the derivation of every number."""

    breakdown = serializers.SerializerMethodField()
    evaluators = serializers.SerializerMethodField()
    grade_capped = serializers.SerializerMethodField()

    class Meta(ScoreSerializer.Meta):
        fields = [*ScoreSerializer.Meta.fields, "grade_capped", "evaluators", "breakdown"]

    def to_representation(self, snapshot: ScoreSnapshot) -> dict:
        return {
            **super().to_representation(score_row(snapshot)),
            "grade_capped": self.get_grade_capped(snapshot),
            "evaluators": self.get_evaluators(snapshot),
            "breakdown": self.get_breakdown(snapshot),
        }

    def get_breakdown(self, snapshot: ScoreSnapshot) -> dict:
        labels = self.context.get("labels", {})
        return {
            key: [
                dict(
                    line,
                    label=labels.get(line["key"], line.get("label", "")),
                    evidence=evidence_label(line["key"], line.get("evidence") or ""),
                )
                for line in lines
            ]
            for key, lines in snapshot.data.get("breakdown", {}).items()
        }

    def get_evaluators(self, snapshot: ScoreSnapshot) -> list[dict]:
        # Stored in UTC; the API states every moment in the reader's zone, like computed_at.
        return [
            dict(row, reviewed_at=local_iso(row["reviewed_at"])) if row.get("reviewed_at") else row
            for row in snapshot.data.get("evaluators", [])
        ]

    def get_grade_capped(self, snapshot: ScoreSnapshot) -> bool:
        return bool(snapshot.data.get("grade_capped"))
