from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import mixins, parsers, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.response import Response

from contracts import clauses, documents
from contracts.api.serializers import (
    AnalysisSerializer,
    AnalyzeInputSerializer,
    CheckConflictSerializer,
    CheckInputSerializer,
    ClauseCheckSerializer,
    CommentSerializer,
    ContractListSerializer,
    ContractReviewSerializer,
    ContractSerializer,
    SummaryInputSerializer,
)
from contracts.filtersets import ContractFilterSet, ContractReviewFilterSet
from contracts.forms import attach_document
from contracts.models import CANNOT_DELETE_REVIEW, ClauseCheck, Contract, ContractReview, StaleCheck
from contracts.reminders import LONG_FIELDS
from vendorscore.roles import Role


def as_drf(exc: DjangoValidationError) -> ValidationError:
    return ValidationError(serializers.as_serializer_error(exc))


class ContractViewSet(viewsets.ModelViewSet):
    """Contracts with their SLA rows, fees and third-party services. Everyone with a role
    reads (the text only evaluators and managers); managers create, change and delete.

    ``POST /api/contracts/analyze/`` (evaluators, managers) reads any text and returns the
    clause suggestions without storing anything. ``/api/contracts/{id}/file/``: GET downloads
    the contract file (evaluators, managers); PUT or POST a multipart ``file`` (managers)
    stores a PDF, DOCX or TXT after checking its content and replaces the text with what it
    says; DELETE removes the file.
    """

    filterset_class = ContractFilterSet
    action_roles = {"analyze": Role.EVALUATOR}

    def get_queryset(self):
        contracts = (
            Contract.objects.for_user(self.request.user)
            .select_related("vendor")
            .prefetch_related("sla_commitments", "fees", "third_party_services")
            .order_by("vendor__name", "-updated_at", "-pk")
        )
        if self.action == "list":
            # The list leaves out the text and the notes (a contract's text can be hundreds of KB): not read either.
            returned = set(ContractListSerializer.Meta.fields)
            contracts = contracts.defer(*(name for name in LONG_FIELDS if name not in returned))
        return contracts

    def get_serializer_class(self):
        return ContractListSerializer if self.action == "list" else ContractSerializer

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user)

    def perform_destroy(self, contract: Contract) -> None:
        contract.soft_delete()

    @extend_schema(request=AnalyzeInputSerializer, responses=AnalysisSerializer)
    @action(detail=False, methods=["post"])
    def analyze(self, request):
        serializer = AnalyzeInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return Response(clauses.analyze(serializer.validated_data["text"]).to_dict())

    @extend_schema(
        methods=["GET"],
        responses={
            **{(200, media_type): OpenApiTypes.BINARY for media_type in documents.CONTENT_TYPES.values()},
            404: OpenApiResponse(description="No such contract, or it has no file."),
        },
    )
    @extend_schema(
        methods=["PUT", "POST"],
        request={"multipart/form-data": inline_serializer("ContractFileUpload", {"file": serializers.FileField()})},
        responses=ContractSerializer,
    )
    @extend_schema(methods=["DELETE"], responses={204: None})
    @action(
        detail=True,
        methods=["get", "put", "post", "delete"],
        url_path="file",
        url_name="file",
        parser_classes=[parsers.MultiPartParser, parsers.FormParser],
    )
    def file(self, request, pk=None):
        contract = self.get_object()
        if request.method == "GET":
            if not Contract.can_read_document(request.user):
                raise PermissionDenied("Contract files are open to evaluators and managers.")
            if not contract.file:
                raise NotFound("This contract has no file.")
            inline = contract.file_type == "application/pdf"
            name = contract.file_name or f"contract{Path(contract.file.name).suffix}"
            response = FileResponse(contract.file.open("rb"), content_type=contract.file_type, as_attachment=not inline)
            disposition = "inline" if inline else "attachment"
            response["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(name, safe='')}"
            response["X-Content-Type-Options"] = "nosniff"
            response["Cache-Control"] = "private, no-store"
            return response
        if not Contract.can_edit(request.user):
            raise PermissionDenied("Only managers change a contract's file.")
        if request.method == "DELETE":
            if contract.file:
                old = contract.file.name
                Contract.objects.filter(pk=contract.pk).update(file="", file_name="", file_type="", file_size=None)
                transaction.on_commit(lambda: contract.file.storage.delete(old))
            return Response(status=status.HTTP_204_NO_CONTENT)
        uploaded = request.FILES.get("file")
        if uploaded is None:
            raise ValidationError({"file": ["Send the contract as a multipart field named “file”."]})
        try:
            uploaded.document = documents.read_upload(uploaded)
        except documents.DocumentError as exc:
            raise ValidationError({"file": [str(exc)]}, code=exc.code) from None
        old = contract.file.name if contract.file else ""
        attach_document(contract, uploaded, request.user)
        contract.save()
        if old:
            storage = contract.file.storage
            transaction.on_commit(lambda: storage.delete(old))
        return Response(ContractSerializer(contract, context=self.get_serializer_context()).data)


class ContractReviewViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Contract reviews. Evaluators and managers start one with ``{"contract": id}``: it
    comes with the detector's suggestion for every item. ``POST …/check/`` records a verdict
    on one item with the ``revision`` you last saw (a stale one is a 409 and your verdict is
    kept in the history); ``…/summary/`` sets the overall risk; the reviewer submits; a
    manager approves or returns (with a comment). An approved review feeds the scores."""

    serializer_class = ContractReviewSerializer
    filterset_class = ContractReviewFilterSet
    write_role = Role.EVALUATOR
    action_roles = {"approve": Role.MANAGER, "send_back": Role.MANAGER}

    def get_queryset(self):
        return (
            ContractReview.objects.for_user(self.request.user)
            .select_related("contract", "reviewer", "reviewed_by")
            .prefetch_related(Prefetch("checks", queryset=ClauseCheck.objects.order_by("id")))
        )

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        review = ContractReview.start(serializer.validated_data["contract"], request.user)
        review = self.get_queryset().get(pk=review.pk)
        return Response(self.get_serializer(review).data, status=status.HTTP_201_CREATED)

    def perform_destroy(self, review: ContractReview) -> None:
        if not review.can_delete(self.request.user):
            raise PermissionDenied(CANNOT_DELETE_REVIEW)
        review.soft_delete(self.request.user)

    def _fresh(self, review: ContractReview) -> Response:
        return Response(self.get_serializer(self.get_queryset().get(pk=review.pk)).data)

    @extend_schema(request=CheckInputSerializer, responses={200: ClauseCheckSerializer, 409: CheckConflictSerializer})
    @action(detail=True, methods=["post"])
    def check(self, request, pk=None):
        review = self.get_object()
        if not review.can_edit(request.user):
            raise PermissionDenied("You cannot change this review.")
        serializer = CheckInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        key, revision = data.pop("key"), data.pop("revision")
        try:
            check = review.check_item(key, data, request.user, revision)
        except StaleCheck as stale:
            body = {
                "detail": "Someone else changed this item; yours is kept in the history.",
                "current": ClauseCheckSerializer(stale.current).data,
            }
            return Response(body, status=status.HTTP_409_CONFLICT)
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        return Response(ClauseCheckSerializer(check).data)

    @extend_schema(request=SummaryInputSerializer, responses=ContractReviewSerializer)
    @action(detail=True, methods=["post"])
    def summary(self, request, pk=None):
        review = self.get_object()
        if not review.can_edit(request.user):
            raise PermissionDenied("You cannot change this review.")
        serializer = SummaryInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            review.save_summary(
                request.user, serializer.validated_data["overall_risk"], serializer.validated_data["summary"]
            )
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        return self._fresh(review)

    def _workflow(self, request, method: str) -> Response:
        review = self.get_object()
        serializer = CommentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        comment = serializer.validated_data["comment"]
        try:
            if method == "submit":
                if review.reviewer_id != request.user.pk:
                    raise PermissionDenied("Only the reviewer who wrote it submits a review.")
                review.submit(request.user)
            elif method == "approve":
                review.approve(request.user, comment)
            elif method == "return":
                review.send_back(request.user, comment)
            else:
                if not review.can_edit(request.user):
                    raise PermissionDenied("You cannot change this review.")
                review.read_suggestions(request.user)
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        return self._fresh(review)

    @extend_schema(request=None, responses=ContractReviewSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._workflow(request, "submit")

    @extend_schema(request=CommentSerializer, responses=ContractReviewSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._workflow(request, "approve")

    @extend_schema(request=CommentSerializer, responses=ContractReviewSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def send_back(self, request, pk=None):
        return self._workflow(request, "return")

    @extend_schema(request=None, responses=ContractReviewSerializer)
    @action(detail=True, methods=["post"])
    def resuggest(self, request, pk=None):
        """Read the suggestions again from the contract's current text; verdicts stay."""
        return self._workflow(request, "resuggest")
