from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from rest_framework import serializers

from contracts import costs
from contracts.choices import ChecklistItem, LicenceBinding, Module, Risk
from contracts.documents import MAX_TEXT_CHARS
from contracts.models import (
    ClauseCheck,
    Contract,
    ContractFee,
    ContractReview,
    SlaCommitment,
    ThirdPartyService,
)
from vendors.models import Vendor
from vendorscore.api import ValidatedModelSerializer


class ChoiceListField(serializers.MultipleChoiceField):
    """A list of distinct choices, returned in the choices' own order (DRF gives a set)."""

    def to_internal_value(self, data):
        if isinstance(data, str) or not hasattr(data, "__iter__"):
            self.fail("not_a_list", input_type=type(data).__name__)
        values = super().to_internal_value(data)
        return [value for value in self.choices if value in values]

    def to_representation(self, value):
        return list(value or [])


class WholeRowSerializer(serializers.ModelSerializer):
    """A row of a list that is replaced whole: its required fields stay required in a PATCH.

    DRF skips missing required fields for every nested serializer of a partial update; a row
    written without them would reach the database half empty (or fail there with a 500).
    """

    def validate(self, attrs):
        missing = {
            name: [serializers.Field.default_error_messages["required"]]
            for name, field in self.fields.items()
            if field.required and not field.read_only and name not in attrs
        }
        if missing:
            raise serializers.ValidationError(missing)
        return super().validate(attrs)


class SlaCommitmentSerializer(WholeRowSerializer):
    class Meta:
        model = SlaCommitment
        fields = [
            "severity",
            "response_minutes",
            "fix_minutes",
            "clock",
            "acknowledgement_counts",
            "credit_percent",
            "penalty",
        ]
        # The contract's rows are replaced together; the parent checks one row per severity.
        validators: list = []


class ContractFeeSerializer(WholeRowSerializer):
    class Meta:
        model = ContractFee
        fields = ["name", "amount", "recurrence"]


class ThirdPartyServiceSerializer(WholeRowSerializer):
    class Meta:
        model = ThirdPartyService
        fields = ["kind", "provider", "account_holder", "yearly_cost", "supported_by"]


NESTED = {
    "sla_commitments": SlaCommitment,
    "fees": ContractFee,
    "third_party_services": ThirdPartyService,
}


class ContractSerializer(ValidatedModelSerializer):
    """A contract with its SLA rows, fees and third-party services.

    Sending ``sla_commitments``, ``fees`` or ``third_party_services`` replaces that list
    whole; leaving a key out keeps it. ``text`` is returned to evaluators and managers only.
    """

    vendor = serializers.PrimaryKeyRelatedField(queryset=Vendor.objects.alive())
    delivered_modules = ChoiceListField(choices=Module.choices, required=False)
    licence_bindings = ChoiceListField(choices=LicenceBinding.choices, required=False)
    sla_commitments = SlaCommitmentSerializer(many=True, required=False)
    fees = ContractFeeSerializer(many=True, required=False)
    third_party_services = ThirdPartyServiceSerializer(many=True, required=False)
    text = serializers.CharField(required=False, allow_blank=True, max_length=MAX_TEXT_CHARS, trim_whitespace=False)
    notice_deadline = serializers.DateField(read_only=True, allow_null=True)  # none without a term end
    file = serializers.SerializerMethodField()
    cost_of_ownership = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Contract
        fields = [
            "id",
            "url",
            "vendor",
            "title",
            "status",
            "notice_deadline",
            *Contract.TERM_FIELDS,
            "sla_commitments",
            "fees",
            "third_party_services",
            "cost_of_ownership",
            "file",
            "text",
            "text_language",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["text_language", "created_at", "updated_at"]

    def get_url(self, contract: Contract) -> str:
        return contract.get_absolute_url()

    def get_file(self, contract: Contract) -> dict | None:
        if not contract.file:
            return None
        return {
            "name": contract.file_name,
            "content_type": contract.file_type,
            "size": contract.file_size,
            "sha256": contract.file_sha256,
            "uploaded_at": serializers.DateTimeField().to_representation(contract.uploaded_at)
            if contract.uploaded_at
            else None,
            "download": reverse("api:contract-file", args=[contract.pk]),
        }

    def get_cost_of_ownership(self, contract: Contract) -> dict:
        projection = costs.project(costs.inputs_for(contract))
        return {
            "currency": contract.currency,
            "totals": {str(years): str(total) for years, total in projection.horizons()},
            "per_year": [str(year.total) for year in projection.years],
            "renewal_increase_percent": str(projection.increase_percent),
            "renewal_increase_assumed": projection.increase_assumed,
            "unknowns": projection.unknowns,
        }

    def to_representation(self, contract):
        data = super().to_representation(contract)
        request = self.context.get("request")
        if request is None or not Contract.can_read_document(request.user):
            data.pop("text", None)
        return data

    def validate(self, attrs):
        nested = {name: attrs.pop(name) for name in NESTED if name in attrs}
        if self.instance is not None and "vendor" in attrs and attrs["vendor"].pk != self.instance.vendor_id:
            raise serializers.ValidationError({"vendor": ["A contract stays with its vendor."]})
        attrs = super().validate(attrs)
        severities = [row["severity"] for row in nested.get("sla_commitments", [])]
        if len(severities) != len(set(severities)):
            raise serializers.ValidationError({"sla_commitments": ["One row per severity."]})
        attrs.update(nested)
        return attrs

    def _save_nested(self, contract: Contract, nested: dict) -> None:
        for name, model in NESTED.items():
            if name in nested:
                getattr(contract, name).all().delete()
                model.objects.bulk_create(model(contract=contract, **row) for row in nested[name])

    def _text_changed(self, validated_data: dict) -> None:
        if "text" in validated_data:
            from contracts.clauses import language_of

            text = validated_data["text"].replace("\x00", "")
            validated_data["text"] = text
            validated_data["text_language"] = language_of(text) if text.strip() else ""
            validated_data["text_truncated"] = False

    @transaction.atomic
    def create(self, validated_data):
        nested = {name: validated_data.pop(name) for name in NESTED if name in validated_data}
        self._text_changed(validated_data)
        contract = super().create(validated_data)
        self._save_nested(contract, nested)
        return contract

    @transaction.atomic
    def update(self, instance, validated_data):
        nested = {name: validated_data.pop(name) for name in NESTED if name in validated_data}
        self._text_changed(validated_data)
        contract = super().update(instance, validated_data)
        self._save_nested(contract, nested)
        return contract


class ContractListSerializer(ContractSerializer):
    class Meta(ContractSerializer.Meta):
        fields = [name for name in ContractSerializer.Meta.fields if name not in ("text", "notes")]


class AnalyzeInputSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=MAX_TEXT_CHARS, trim_whitespace=False)


class AnalysisItemSerializer(serializers.Serializer):
    key = serializers.ChoiceField(choices=ChecklistItem.choices)
    status = serializers.ChoiceField(choices=["present", "weak", "missing"])
    red_flag = serializers.BooleanField()
    flag = serializers.CharField(help_text="Which red flag, when red_flag is true; else empty.")
    excerpt = serializers.CharField()
    note = serializers.CharField()
    start = serializers.IntegerField(allow_null=True, help_text="Where the excerpt starts in the text.")
    end = serializers.IntegerField(allow_null=True)


class AnalysisSlaSerializer(serializers.Serializer):
    severity = serializers.CharField(allow_null=True)
    response_minutes = serializers.IntegerField(allow_null=True)
    fix_minutes = serializers.IntegerField(allow_null=True)
    clock = serializers.ChoiceField(choices=["calendar", "business"])
    acknowledgement_counts = serializers.BooleanField()


class AnalysisRenewalSerializer(serializers.Serializer):
    cap_percent = serializers.FloatField(allow_null=True)
    notice_days = serializers.IntegerField(allow_null=True)
    auto_renew = serializers.BooleanField()


class AnalysisSerializer(serializers.Serializer):
    language = serializers.ChoiceField(choices=["zh", "en"])
    items = AnalysisItemSerializer(many=True)
    sla = AnalysisSlaSerializer(many=True)
    renewal = AnalysisRenewalSerializer()


class ClauseCheckSerializer(serializers.ModelSerializer):
    flag = serializers.CharField(read_only=True)

    class Meta:
        model = ClauseCheck
        fields = [
            "key",
            "status",
            "red_flag",
            "flag",
            "excerpt",
            "note",
            "risk",
            "suggested_status",
            "suggested_red_flag",
            "suggested_excerpt",
            "revision",
            "updated_at",
        ]


class CheckConflictSerializer(serializers.Serializer):
    """409 from ``check/``: someone saved this item first; ``current`` is what they saved."""

    detail = serializers.CharField()
    current = ClauseCheckSerializer()


class CheckInputSerializer(serializers.Serializer):
    key = serializers.ChoiceField(choices=ChecklistItem.choices)
    status = serializers.ChoiceField(choices=["present", "weak", "missing", "na"])
    red_flag = serializers.BooleanField(required=False, default=False)
    excerpt = serializers.CharField(required=False, allow_blank=True, max_length=4000, default="")
    note = serializers.CharField(required=False, allow_blank=True, max_length=4000, default="")
    risk = serializers.ChoiceField(choices=Risk.choices, required=False, allow_blank=True, default="")
    revision = serializers.IntegerField(min_value=0, max_value=2**31 - 1)


class SummaryInputSerializer(serializers.Serializer):
    overall_risk = serializers.ChoiceField(choices=Risk.choices, allow_blank=True)
    summary = serializers.CharField(required=False, allow_blank=True, max_length=10_000, default="")


class CommentSerializer(serializers.Serializer):
    comment = serializers.CharField(required=False, allow_blank=True, max_length=4000, default="")


class ContractReviewSerializer(serializers.ModelSerializer):
    contract = serializers.PrimaryKeyRelatedField(queryset=Contract.objects.alive())
    reviewer = serializers.SlugRelatedField(slug_field="username", read_only=True)
    reviewed_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    overall_risk = serializers.ChoiceField(choices=Risk.choices, allow_blank=True, read_only=True)  # "" until chosen
    progress = serializers.SerializerMethodField()
    suggested_risk = serializers.SerializerMethodField()
    checks = serializers.SerializerMethodField()

    class Meta:
        model = ContractReview
        fields = [
            "id",
            "contract",
            "reviewer",
            "status",
            "overall_risk",
            "summary",
            "progress",
            "suggested_risk",
            "submitted_at",
            "reviewed_at",
            "reviewed_by",
            "review_comment",
            "created_at",
            "updated_at",
            "checks",
        ]
        read_only_fields = [
            "status",
            "overall_risk",
            "summary",
            "submitted_at",
            "reviewed_at",
            "review_comment",
            "created_at",
            "updated_at",
        ]

    def get_progress(self, review: ContractReview) -> dict:
        checked, total = review.progress()
        return {"checked": checked, "total": total}

    def get_suggested_risk(self, review: ContractReview) -> str:
        return review.suggested_risk()

    def get_checks(self, review: ContractReview) -> list[dict]:
        order = {key: index for index, key in enumerate(ChecklistItem.values)}
        checks = sorted(review.checks.all(), key=lambda check: order[check.key])
        return ClauseCheckSerializer(checks, many=True).data
