from __future__ import annotations

from django.contrib import admin

from contracts.models import (
    ClauseCheck,
    Contract,
    ContractFee,
    ContractReminder,
    ContractReview,
    SlaCommitment,
    ThirdPartyService,
)
from vendors.fields import WeeklyHoursFormField


class SlaCommitmentInline(admin.TabularInline):
    model = SlaCommitment
    extra = 0
    fields = ["severity", "response_minutes", "fix_minutes", "clock", "business_hours", "acknowledgement_counts"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "business_hours":
            return WeeklyHoursFormField(label=db_field.verbose_name, help_text=db_field.help_text)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ContractFeeInline(admin.TabularInline):
    model = ContractFee
    extra = 0


class ThirdPartyServiceInline(admin.TabularInline):
    model = ThirdPartyService
    extra = 0


@admin.register(Contract)
class ContractAdmin(admin.ModelAdmin):
    list_display = ["title", "vendor", "status", "term_start", "term_end", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "vendor__name", "vendor__name_zh"]
    readonly_fields = ["created_at", "updated_at", "deleted_at", "file_sha256", "uploaded_at", "uploaded_by"]
    inlines = [SlaCommitmentInline, ContractFeeInline, ThirdPartyServiceInline]


class ClauseCheckInline(admin.TabularInline):
    model = ClauseCheck
    extra = 0
    can_delete = False
    fields = ["key", "status", "red_flag", "risk", "note", "suggested_status", "suggested_red_flag", "revision"]
    readonly_fields = ["key", "suggested_status", "suggested_red_flag", "revision"]


@admin.register(ContractReview)
class ContractReviewAdmin(admin.ModelAdmin):
    """Reviews are made on their pages; the admin is for looking up and correcting."""

    list_display = ["contract", "reviewer", "status", "overall_risk", "updated_at"]
    list_filter = ["status", "overall_risk"]
    search_fields = ["contract__title", "contract__vendor__name", "reviewer__username"]
    readonly_fields = ["created_at", "updated_at", "submitted_at", "reviewed_at", "reviewed_by", "text_sha256"]
    inlines = [ClauseCheckInline]


@admin.register(ContractReminder)
class ContractReminderAdmin(admin.ModelAdmin):
    list_display = ["contract", "kind", "due_on", "threshold_days", "sent_at", "recipients"]
    list_filter = ["kind", "threshold_days"]
