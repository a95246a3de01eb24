from __future__ import annotations

from rest_framework import serializers

from contracts.choices import Severity
from evaluations.probes.choices import Language, ReplyKind
from evaluations.probes.models import (
    Probe,
    ProbeAttempt,
    ProbeQuestion,
    ProbeRating,
    ProbeReply,
    ProbeSchedule,
    validate_severity_mix,
)
from vendors.models import SupportChannel, Vendor
from vendorscore.api import ValidatedModelSerializer


class ProbeQuestionSerializer(ValidatedModelSerializer):
    class Meta:
        model = ProbeQuestion
        fields = [
            "id",
            "key",
            "category",
            "severity",
            "title_en",
            "title_zh",
            "body_en",
            "body_zh",
            "good_answer_en",
            "good_answer_zh",
            "is_active",
            "retired_at",
            "created_at",
        ]
        read_only_fields = ["key", "is_active", "retired_at", "created_at"]


class ProbeScheduleSerializer(ValidatedModelSerializer):
    vendor = serializers.PrimaryKeyRelatedField(queryset=Vendor.objects.alive())
    channel = serializers.PrimaryKeyRelatedField(queryset=SupportChannel.objects.filter(is_active=True))
    severity_mix = serializers.JSONField(required=False, validators=[validate_severity_mix])

    class Meta:
        model = ProbeSchedule
        fields = [
            "id",
            "vendor",
            "channel",
            "interval_days",
            "cron",
            "window_start",
            "window_end",
            "severity_mix",
            "language",
            "starts_on",
            "ends_on",
            "is_paused",
            "next_slot_at",
            "created_at",
        ]
        read_only_fields = ["is_paused", "next_slot_at", "created_at"]


class ProbeReplySerializer(serializers.ModelSerializer):
    class Meta:
        model = ProbeReply
        fields = ["id", "received_at", "kind", "source", "from_address", "subject", "body"]


class ProbeAttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProbeAttempt
        fields = ["number", "started_at", "finished_at", "outcome", "error", "worker"]


class ProbeRatingSerializer(serializers.ModelSerializer):
    rater = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = ProbeRating
        fields = ["rater", "score", "note", "created_at"]


class ProbeSerializer(serializers.ModelSerializer):
    replies = ProbeReplySerializer(many=True, read_only=True)
    attempts = ProbeAttemptSerializer(many=True, read_only=True)
    quality = serializers.SerializerMethodField()

    class Meta:
        model = Probe
        fields = [
            "id",
            "vendor",
            "channel",
            "schedule",
            "question",
            "severity",
            "language",
            "subject",
            "status",
            "queued_at",
            "due_at",
            "sent_at",
            "message_id",
            "attempt_count",
            "next_attempt_at",
            "last_error",
            "acknowledged_at",
            "first_response_at",
            "resolved_at",
            "timed_out_at",
            "ack_minutes",
            "response_minutes",
            "response_business_minutes",
            "resolution_minutes",
            "resolution_business_minutes",
            "quality",
            "replies",
            "attempts",
        ]
        read_only_fields = fields

    def get_quality(self, probe: Probe) -> float | None:
        return probe.quality()


class ProbeCreateSerializer(serializers.Serializer):
    vendor = serializers.PrimaryKeyRelatedField(queryset=Vendor.objects.alive())
    channel = serializers.PrimaryKeyRelatedField(queryset=SupportChannel.objects.all())
    question = serializers.PrimaryKeyRelatedField(queryset=ProbeQuestion.objects.all(), required=False)
    severity = serializers.ChoiceField(choices=Severity.choices, required=False)
    language = serializers.ChoiceField(choices=Language.choices, required=False)

    def validate(self, attrs):
        channel, vendor = attrs["channel"], attrs["vendor"]
        if channel.vendor_id != vendor.pk:
            raise serializers.ValidationError({"channel": ["This channel belongs to another vendor."]})
        if not channel.is_active:
            raise serializers.ValidationError({"channel": ["This channel is not active."]})
        question = attrs.get("question")
        if question is not None and not question.is_active:
            raise serializers.ValidationError({"question": ["This question is retired."]})
        if question is not None and attrs.get("severity") and attrs["severity"] != question.severity:
            raise serializers.ValidationError(
                {"severity": [f"The question is {question.severity}; leave severity out or pick another question."]}
            )
        return attrs


class ManualReplySerializer(serializers.Serializer):
    received_at = serializers.DateTimeField()
    kind = serializers.ChoiceField(choices=ReplyKind.choices, default=ReplyKind.HUMAN)
    body = serializers.CharField(max_length=100_000)
    from_address = serializers.CharField(max_length=320, required=False, allow_blank=True, default="")


class ResolveSerializer(serializers.Serializer):
    resolved_at = serializers.DateTimeField(required=False)
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")


class MarkSentSerializer(serializers.Serializer):
    sent_at = serializers.DateTimeField(required=False)


class RatingInputSerializer(serializers.Serializer):
    score = serializers.IntegerField(min_value=1, max_value=5)
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")


class InboundResultSerializer(serializers.Serializer):
    matched = serializers.BooleanField()
    probe = serializers.IntegerField(allow_null=True)
    reply = serializers.IntegerField(allow_null=True)
    duplicate = serializers.BooleanField()


class AttainmentSerializer(serializers.Serializer):
    met = serializers.IntegerField()
    missed = serializers.IntegerField()
    pending = serializers.IntegerField()
    share = serializers.FloatField(allow_null=True)


class PromiseSerializer(serializers.Serializer):
    response_minutes = serializers.IntegerField(allow_null=True)
    fix_minutes = serializers.IntegerField(allow_null=True)
    clock = serializers.CharField()
    acknowledgement_counts = serializers.BooleanField()


class SeverityMetricsSerializer(serializers.Serializer):
    severity = serializers.CharField()
    count = serializers.IntegerField()
    answered = serializers.IntegerField()
    settled = serializers.IntegerField()
    answered_share = serializers.FloatField(allow_null=True)
    median_response_minutes = serializers.FloatField(allow_null=True)
    p90_response_minutes = serializers.FloatField(allow_null=True)
    median_response_business_minutes = serializers.FloatField(allow_null=True)
    p90_response_business_minutes = serializers.FloatField(allow_null=True)
    median_resolution_minutes = serializers.FloatField(allow_null=True)
    median_resolution_business_minutes = serializers.FloatField(allow_null=True)
    mean_quality = serializers.FloatField(allow_null=True)
    promise = PromiseSerializer(allow_null=True)
    sla_response = AttainmentSerializer(allow_null=True)
    sla_fix = AttainmentSerializer(allow_null=True)


class MonthSerializer(serializers.Serializer):
    month = serializers.CharField()
    count = serializers.IntegerField()
    answered_share = serializers.FloatField(allow_null=True)
    median_response_minutes = serializers.FloatField(allow_null=True)
    median_response_business_minutes = serializers.FloatField(allow_null=True)


class ProbeMetricsSerializer(serializers.Serializer):
    vendor = serializers.IntegerField()
    since = serializers.DateTimeField()
    until = serializers.DateTimeField()
    contract = serializers.IntegerField(allow_null=True)
    overall = SeverityMetricsSerializer()
    severities = SeverityMetricsSerializer(many=True)
    monthly = MonthSerializer(many=True)
    unanswered_streak = serializers.ListField(child=serializers.IntegerField())
