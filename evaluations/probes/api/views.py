from __future__ import annotations

import hashlib
import hmac
import time

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, parsers, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, UnsupportedMediaType, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from evaluations.probes import inbound, mail, measurements
from evaluations.probes.api.serializers import (
    InboundResultSerializer,
    ManualReplySerializer,
    MarkSentSerializer,
    ProbeCreateSerializer,
    ProbeMetricsSerializer,
    ProbeQuestionSerializer,
    ProbeReplySerializer,
    ProbeScheduleSerializer,
    ProbeSerializer,
    RatingInputSerializer,
    ResolveSerializer,
)
from evaluations.probes.choices import ReplySource
from evaluations.probes.filtersets import ProbeFilterSet, ProbeQuestionFilterSet, ProbeScheduleFilterSet
from evaluations.probes.models import (
    Probe,
    ProbeAttempt,
    ProbeQuestion,
    ProbeRating,
    ProbeReply,
    ProbeSchedule,
    default_language_for,
)
from evaluations.probes.tasks import wake_sender
from vendors.models import Vendor
from vendorscore.roles import Role


def as_drf(exc: DjangoValidationError) -> ValidationError:
    return ValidationError(serializers.as_serializer_error(exc))


class ProbeQuestionViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """The question bank. Everyone reads; managers add, edit, retire and restore (never delete:
    probes keep pointing at what they asked)."""

    queryset = ProbeQuestion.objects.all()
    serializer_class = ProbeQuestionSerializer
    filterset_class = ProbeQuestionFilterSet

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user)

    @extend_schema(request=None, responses=ProbeQuestionSerializer)
    @action(detail=True, methods=["post"])
    def retire(self, request, pk=None):
        question = self.get_object()
        question.retire()
        return Response(self.get_serializer(question).data)

    @extend_schema(request=None, responses=ProbeQuestionSerializer)
    @action(detail=True, methods=["post"])
    def restore(self, request, pk=None):
        question = self.get_object()
        question.restore()
        return Response(self.get_serializer(question).data)


class ProbeScheduleViewSet(viewsets.ModelViewSet):
    """Schedules per vendor × channel: ``interval_days`` or ``cron`` (in the vendor's zone), a send
    window, a severity mix, start and end dates. Managers write; ``pause``, ``resume`` and
    ``probe-now`` are actions. Deleting a schedule keeps the probes it sent."""

    serializer_class = ProbeScheduleSerializer
    filterset_class = ProbeScheduleFilterSet

    def get_queryset(self):
        return ProbeSchedule.objects.for_user(self.request.user).select_related("vendor", "channel")

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user)

    @extend_schema(request=None, responses=ProbeScheduleSerializer)
    @action(detail=True, methods=["post"])
    def pause(self, request, pk=None):
        schedule = self.get_object()
        schedule.pause()
        return Response(self.get_serializer(schedule).data)

    @extend_schema(request=None, responses=ProbeScheduleSerializer)
    @action(detail=True, methods=["post"])
    def resume(self, request, pk=None):
        schedule = self.get_object()
        schedule.resume()
        return Response(self.get_serializer(schedule).data)

    @extend_schema(request=None, responses={201: ProbeSerializer})
    @action(detail=True, methods=["post"], url_path="probe-now")
    def probe_now(self, request, pk=None):
        schedule = self.get_object()
        try:
            probe = Probe.objects.queue_now(schedule.channel, language=schedule.language, user=request.user)
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        wake_sender(probe.pk)
        return Response(ProbeSerializer(probe).data, status=status.HTTP_201_CREATED)


class ProbeViewSet(mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Probes, newest first. Evaluators create them (``{vendor, channel, question?, severity?}``:
    201, queued and sent within seconds), log replies and resolutions and rate answers;
    managers cancel probes not sent yet. Filters: vendor, status, severity, channel_kind,
    since and until (dates the probe was due)."""

    filterset_class = ProbeFilterSet
    write_role = Role.EVALUATOR
    action_roles = {"cancel": Role.MANAGER}

    def get_queryset(self):
        return (
            Probe.objects.for_user(self.request.user)
            .select_related("channel")
            .prefetch_related(
                Prefetch("replies", queryset=ProbeReply.objects.all()),
                Prefetch("attempts", queryset=ProbeAttempt.objects.all()),
                Prefetch("ratings", queryset=ProbeRating.objects.all()),
            )
        )

    def get_serializer_class(self):
        return ProbeCreateSerializer if self.action == "create" else ProbeSerializer

    @extend_schema(request=ProbeCreateSerializer, responses={201: ProbeSerializer})
    def create(self, request, *args, **kwargs):
        serializer = ProbeCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            probe = Probe.objects.queue_now(
                data["channel"],
                question=data.get("question"),
                severity=data.get("severity", ""),
                language=data.get("language") or default_language_for(data["vendor"]),
                user=request.user,
            )
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        wake_sender(probe.pk)
        return Response(ProbeSerializer(probe).data, status=status.HTTP_201_CREATED)

    def _done(self, probe: Probe, code=status.HTTP_200_OK) -> Response:
        probe = self.get_queryset().get(pk=probe.pk)
        return Response(ProbeSerializer(probe).data, status=code)

    @extend_schema(request=ManualReplySerializer, responses={201: ProbeReplySerializer, 200: ProbeReplySerializer})
    @action(detail=True, methods=["post"])
    def replies(self, request, pk=None):
        """Log an answer the vendor gave elsewhere. An ``Idempotency-Key`` header makes a retry safe."""
        probe = self.get_object()
        serializer = ManualReplySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        key = request.headers.get("Idempotency-Key", "").strip()[:90] or None
        try:
            reply, duplicate = probe.record_manual_reply(
                request.user, idempotency_key=f"manual:{key}" if key else None, **serializer.validated_data
            )
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        code = status.HTTP_200_OK if duplicate else status.HTTP_201_CREATED
        return Response(ProbeReplySerializer(reply).data, status=code)

    @extend_schema(request=ResolveSerializer, responses=ProbeSerializer)
    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None):
        probe = self.get_object()
        serializer = ResolveSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        at = serializer.validated_data.get("resolved_at") or timezone.now()
        try:
            probe.resolve(request.user, at, serializer.validated_data["note"])
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        return self._done(probe)

    @extend_schema(request=MarkSentSerializer, responses=ProbeSerializer)
    @action(detail=True, methods=["post"])
    def sent(self, request, pk=None):
        """A probe on a manual channel (phone, group chat, ticket portal) was sent by hand."""
        probe = self.get_object()
        serializer = MarkSentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            probe.mark_sent_by_hand(request.user, serializer.validated_data.get("sent_at") or timezone.now())
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        return self._done(probe)

    @extend_schema(request=RatingInputSerializer, responses={201: ProbeSerializer})
    @action(detail=True, methods=["post"])
    def rate(self, request, pk=None):
        probe = self.get_object()
        serializer = RatingInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            probe.rate(request.user, serializer.validated_data["score"], serializer.validated_data["note"])
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        return self._done(probe, status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=ProbeSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        probe = self.get_object()
        try:
            probe.cancel()
        except DjangoValidationError as exc:
            raise as_drf(exc) from None
        return self._done(probe)


class RawEmailParser(parsers.BaseParser):
    media_type = "message/rfc822"

    def parse(self, stream, media_type=None, parser_context=None):
        return stream.read() if stream is not None else b""


def signature_is_valid(secret: str, timestamp: str, body: bytes, signature: str, now: float) -> bool:
    """HMAC-SHA256 of "<timestamp>." + body, in hex, made at most INBOUND_EMAIL_MAX_AGE seconds ago."""
    if not timestamp.isdigit() or abs(now - int(timestamp)) > settings.INBOUND_EMAIL_MAX_AGE:
        return False
    expected = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature.strip().lower())


class InboundEmailView(APIView):
    """A mail provider pushes a vendor's reply: the raw RFC 822 message as the body
    (``Content-Type: message/rfc822``), signed with ``X-Vendorscore-Timestamp`` (Unix seconds)
    and ``X-Vendorscore-Signature`` = hex HMAC-SHA256 of ``"<timestamp>." + body`` keyed with
    INBOUND_EMAIL_SECRET. A missing, wrong or stale signature gives 403 and writes nothing.
    Off (404) while INBOUND_EMAIL_SECRET is unset."""

    authentication_classes: list = []
    permission_classes = [permissions.AllowAny]
    parser_classes = [RawEmailParser]

    @extend_schema(
        request={"message/rfc822": {"type": "string", "format": "binary"}},
        parameters=[
            OpenApiParameter("X-Vendorscore-Timestamp", str, OpenApiParameter.HEADER, required=True),
            OpenApiParameter("X-Vendorscore-Signature", str, OpenApiParameter.HEADER, required=True),
        ],
        responses={
            200: InboundResultSerializer,
            403: OpenApiResponse(description="Bad or stale signature"),
            404: OpenApiResponse(description="Inbound email is off: INBOUND_EMAIL_SECRET is unset."),
        },
    )
    def post(self, request):
        secret = settings.INBOUND_EMAIL_SECRET
        if not secret:
            raise Http404
        body = request.body  # the exact bytes the signature covers
        if not signature_is_valid(
            secret,
            request.headers.get("X-Vendorscore-Timestamp", ""),
            body,
            request.headers.get("X-Vendorscore-Signature", ""),
            time.time(),
        ):
            raise PermissionDenied("Missing, wrong or expired signature.")
        if not request.content_type.startswith(RawEmailParser.media_type):
            raise UnsupportedMediaType(request.content_type, "Send the raw message as message/rfc822.")
        try:
            result = mail.ingest_email(body, ReplySource.WEBHOOK)
        except inbound.InboundError as exc:
            raise ValidationError({"message": [f"Not a readable email: {exc}."]}) from None
        return Response(InboundResultSerializer(vars(result)).data)


class VendorProbeMetricsView(APIView):
    """``/api/vendors/{id}/probe-metrics/?days=365``: measured support per severity against the
    governing contract's SLA, overall, by month, and the unanswered urgent streak (probe ids)."""

    @extend_schema(
        parameters=[OpenApiParameter("days", int, description="Window length in days (1–1,825; default 365).")],
        responses=ProbeMetricsSerializer,
    )
    def get(self, request, pk: int):
        vendor = get_object_or_404(Vendor.objects.for_user(request.user), pk=pk)
        raw = request.query_params.get("days", "365")
        if not raw.isdigit() or not 1 <= int(raw) <= 1825:
            raise ValidationError({"days": ["Give a whole number of days from 1 to 1825."]})
        measurement = measurements.measure_vendor(vendor, days=int(raw))
        data = {
            "vendor": vendor.pk,
            "since": measurement.since,
            "until": measurement.until,
            "contract": measurement.contract.pk if measurement.contract else None,
            "overall": measurement.overall.to_dict(),
            "severities": [row.to_dict() for row in measurement.rows],
            "monthly": [vars(row) for row in measurement.trend(timezone.get_current_timezone())],
            "unanswered_streak": measurement.streak,
        }
        return Response(ProbeMetricsSerializer(data).data)
