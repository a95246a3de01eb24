from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from evaluations.api.serializers import (
    AnswerConflictSerializer,
    AnswerInputSerializer,
    AnswerSerializer,
    EvaluationDetailSerializer,
    EvaluationSerializer,
    ReviewSerializer,
    ScorecardSerializer,
    ScoreSerializer,
    TemplateDetailSerializer,
    TemplateSerializer,
    WeightProfileSerializer,
)
from evaluations.filtersets import EvaluationFilterSet, ScoreFilterSet
from evaluations.models import (
    Answer,
    ChecklistTemplate,
    Criterion,
    Evaluation,
    ScoreSnapshot,
    StaleAnswer,
    WeightProfile,
)
from evaluations.presentation import label_maps, latest_snapshots
from vendors.models import Vendor
from vendorscore.roles import Role

PROFILE_PARAMETER = OpenApiParameter(
    "profile", str, description="Weight profile slug (default: balanced); an unknown slug gives 400."
)


def profile_from(request) -> WeightProfile:
    slug = request.query_params.get("profile") or WeightProfile.DEFAULT_SLUG
    profile = WeightProfile.objects.filter(slug=slug).first()
    if profile is None:
        raise ValidationError({"profile": [f"Unknown weight profile “{slug[:50]}”."]})
    return profile


class TemplateViewSet(viewsets.ReadOnlyModelViewSet):
    """Checklist templates; the detail lists every criterion with its scoring rule."""

    queryset = ChecklistTemplate.objects.all()

    def get_queryset(self):
        if self.action == "retrieve":
            return self.queryset.prefetch_related(Prefetch("criteria", queryset=Criterion.objects.all()))
        return self.queryset

    def get_serializer_class(self):
        return TemplateDetailSerializer if self.action == "retrieve" else TemplateSerializer


def with_progress(evaluations):
    """``answered_count`` and ``criteria_count`` on each evaluation: what ``Evaluation.progress()``
    counts from the prefetched answers and criteria, as two correlated counts."""
    answered = (
        Answer.objects.filter(evaluation=OuterRef("pk"))
        .filter(Q(is_na=True) | (Q(value__isnull=False) & ~Q(value=None) & ~Q(value="") & ~Q(value=[])))
        .order_by()
        .values("evaluation")
        .annotate(count=Count("pk"))
        .values("count")
    )
    criteria = (
        Criterion.objects.filter(template=OuterRef("template_id"))
        .order_by()
        .values("template")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return evaluations.annotate(
        answered_count=Coalesce(Subquery(answered), 0), criteria_count=Coalesce(Subquery(criteria), 0)
    )


class EvaluationViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Evaluations. Evaluators create and answer their own; managers approve or return.

    Create with ``{"vendor": id}`` (the current default checklist is used). Answer
    with ``POST …/answer/`` one criterion at a time, sending the ``revision`` you
    last saw: a stale revision gives 409 and your answer is kept in the history.
    """

    filterset_class = EvaluationFilterSet
    write_role = Role.EVALUATOR
    action_roles = {"approve": Role.MANAGER, "send_back": Role.MANAGER}

    def get_queryset(self):
        evaluations = Evaluation.objects.for_user(self.request.user).select_related("evaluator", "template")
        if self.action == "list":
            # A list row shows the progress, not the answers: counted by the database, per row.
            return with_progress(evaluations)
        criteria = Prefetch("template__criteria", queryset=Criterion.objects.only("id", "template_id"))
        answers = Answer.objects.prefetch_related("files")
        if self.action == "retrieve":
            answers = answers.select_related("criterion")
        return evaluations.prefetch_related(criteria, Prefetch("answers", queryset=answers))

    def get_serializer_class(self):
        return EvaluationDetailSerializer if self.action == "retrieve" else EvaluationSerializer

    def perform_create(self, serializer):
        vendor = serializer.validated_data["vendor"]
        if vendor.deleted_at is not None:
            raise ValidationError({"vendor": ["This vendor has been deleted."]})
        template = ChecklistTemplate.objects.for_new_evaluations()
        evaluation = serializer.save(evaluator=self.request.user, template=template)
        evaluation.record("created", self.request.user)

    def perform_destroy(self, evaluation: Evaluation) -> None:
        if not evaluation.can_delete(self.request.user):
            raise PermissionDenied(
                _("Only a manager deletes a submitted or approved evaluation; its evaluator may delete a draft.")
            )
        evaluation.soft_delete(self.request.user)

    @extend_schema(request=AnswerInputSerializer, responses={200: AnswerSerializer, 409: AnswerConflictSerializer})
    @action(detail=True, methods=["post"])
    def answer(self, request, pk=None):
        evaluation = self.get_object()
        if not evaluation.can_edit(request.user):
            raise PermissionDenied("You cannot change this evaluation.")
        serializer = AnswerInputSerializer(data=request.data, context={"evaluation": evaluation})
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        criterion = data.pop("criterion")
        revision = data.pop("revision")
        try:
            answer = evaluation.save_answer(criterion, data, request.user, revision)
        except StaleAnswer as stale:
            body = {"detail": "Someone else changed this answer; yours is kept in the history."}
            if stale.current is not None:
                body["current"] = AnswerSerializer(stale.current).data
            return Response(body, status=status.HTTP_409_CONFLICT)
        except DjangoValidationError as exc:
            raise ValidationError(serializers.as_serializer_error(exc)) from None
        return Response(AnswerSerializer(answer).data)

    def _review(self, request, method: str):
        evaluation = self.get_object()
        serializer = ReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        comment = serializer.validated_data["comment"]
        try:
            if method == "submit":
                if evaluation.evaluator_id != request.user.pk:
                    raise PermissionDenied("Only the evaluator who wrote it submits an evaluation.")
                evaluation.submit(request.user)
            elif method == "approve":
                evaluation.approve(request.user, comment)
            else:
                evaluation.send_back(request.user, comment)
        except DjangoValidationError as exc:
            raise ValidationError(serializers.as_serializer_error(exc)) from None
        return Response(EvaluationSerializer(evaluation).data)

    @extend_schema(request=None, responses=EvaluationSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._review(request, "submit")

    @extend_schema(request=ReviewSerializer, responses=EvaluationSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._review(request, "approve")

    @extend_schema(request=ReviewSerializer, responses=EvaluationSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def send_back(self, request, pk=None):
        return self._review(request, "return")


class WeightProfileViewSet(viewsets.ModelViewSet):
    """Weight profiles, addressed by slug. Built-in profiles can be edited but not deleted."""

    queryset = WeightProfile.objects.all()
    serializer_class = WeightProfileSerializer
    lookup_field = "slug"

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user)

    def perform_destroy(self, profile: WeightProfile) -> None:
        if profile.is_builtin:
            raise ValidationError({"slug": ["Built-in profiles cannot be deleted."]})
        profile.delete()


class ScoreViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Every vendor's latest score under ``?profile=`` (default balanced), best first."""

    serializer_class = ScoreSerializer
    filterset_class = ScoreFilterSet
    # Plain values, one row per snapshot: the summary, never the breakdown in ``data``, and of the
    # vendor only its name (not its hours, notes and other JSON).
    ROW_FIELDS = ("vendor_id", "vendor__name", "overall", "grade", "coverage", "summary", "computed_at")

    @extend_schema(parameters=[PROFILE_PARAMETER])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation: no request, no database
            return ScoreSnapshot.objects.none()
        profile = profile_from(self.request)
        return (
            ScoreSnapshot.objects.latest()
            .filter(profile=profile, vendor__deleted_at__isnull=True)
            .order_by("-overall", "vendor__name")
            .values(*self.ROW_FIELDS, profile__slug=Value(profile.slug))
        )


class VendorScorecardView(APIView):
    """``/api/vendors/{id}/scorecard/?profile=``: the score with the derivation of every number."""

    @extend_schema(parameters=[PROFILE_PARAMETER], responses=ScorecardSerializer)
    def get(self, request, pk: int):
        vendor = get_object_or_404(Vendor.objects.for_user(request.user).only("pk", "name"), pk=pk)
        profile = profile_from(request)
        snapshot = latest_snapshots([vendor], profile)[vendor.pk]
        return Response(ScorecardSerializer(snapshot, context={"labels": label_maps()}).data)
