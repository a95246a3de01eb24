"""Admin: weight profiles are configured here; checklists, evaluations and snapshots are
read-only, because their history must not change behind the app's back (checklist edits
go through the app, which versions them)."""

from __future__ import annotations

from django.contrib import admin

from evaluations.models import (
    ChecklistTemplate,
    Criterion,
    Evaluation,
    EvaluationEvent,
    PendingRecompute,
    ScoreSnapshot,
    WeightProfile,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class CriterionInline(admin.TabularInline):
    model = Criterion
    fields = ["position", "key", "dimension", "answer_type", "weight", "na_allowed"]
    extra = 0

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ChecklistTemplate)
class ChecklistTemplateAdmin(ReadOnlyAdmin):
    list_display = ["slug", "version", "name_en", "is_current", "created_at"]
    inlines = [CriterionInline]


@admin.register(Evaluation)
class EvaluationAdmin(ReadOnlyAdmin):
    list_display = ["vendor", "evaluator", "status", "template", "updated_at", "deleted_at"]
    list_filter = ["status"]
    search_fields = ["vendor__name", "evaluator__username"]


@admin.register(EvaluationEvent)
class EvaluationEventAdmin(ReadOnlyAdmin):
    list_display = ["evaluation", "kind", "actor", "at"]
    list_filter = ["kind"]


@admin.register(ScoreSnapshot)
class ScoreSnapshotAdmin(ReadOnlyAdmin):
    list_display = ["vendor", "profile", "overall", "grade", "coverage", "computed_at", "is_latest"]
    list_filter = ["profile", "is_latest", "grade"]


@admin.register(PendingRecompute)
class PendingRecomputeAdmin(ReadOnlyAdmin):
    """The score outbox, for operators: what is waiting, and why a vendor keeps failing."""

    list_display = ["vendor", "requested_at", "next_attempt_at", "attempts", "last_error"]
    list_select_related = ["vendor"]


@admin.register(WeightProfile)
class WeightProfileAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "name_zh", "is_builtin", "updated_at"]
    readonly_fields = ["is_builtin"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return obj is None or not obj.is_builtin
