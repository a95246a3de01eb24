"""Configuration views: questions and schedules are edited here too; probes and what came back
are read-only evidence."""

from __future__ import annotations

from django.contrib import admin

from evaluations.probes.models import Probe, ProbeAttempt, ProbeQuestion, ProbeReply, ProbeSchedule


@admin.register(ProbeQuestion)
class ProbeQuestionAdmin(admin.ModelAdmin):
    list_display = ["title_zh", "title_en", "category", "severity", "is_active"]
    list_filter = ["category", "severity", "is_active"]
    search_fields = ["title_zh", "title_en", "body_zh", "body_en"]
    readonly_fields = ["key", "retired_at", "created_at", "updated_at"]


@admin.register(ProbeSchedule)
class ProbeScheduleAdmin(admin.ModelAdmin):
    list_display = ["vendor", "channel", "interval_days", "cron", "is_paused", "next_slot_at"]
    list_filter = ["is_paused"]
    readonly_fields = ["next_slot_at", "created_at", "updated_at"]


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ProbeAttemptInline(admin.TabularInline):
    model = ProbeAttempt
    extra = 0
    can_delete = False
    fields = ["number", "started_at", "finished_at", "outcome", "error", "worker"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Probe)
class ProbeAdmin(ReadOnly):
    list_display = ["pk", "vendor", "severity", "subject", "status", "due_at", "sent_at", "response_minutes"]
    list_filter = ["status", "severity"]
    search_fields = ["subject", "message_id", "vendor__name"]
    inlines = [ProbeAttemptInline]


@admin.register(ProbeReply)
class ProbeReplyAdmin(ReadOnly):
    list_display = ["probe", "kind", "source", "received_at", "from_address"]
    list_filter = ["kind", "source"]
