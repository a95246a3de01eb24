from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendors.forms import VendorForm
from vendors.models import Contact, CustomerReference, DocumentationItem, Release, SupportChannel, Vendor


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0
    fields = ["name", "role", "email", "is_dedicated", "joined_on", "left_on"]


class SupportChannelInline(admin.TabularInline):
    model = SupportChannel
    extra = 0
    fields = ["kind", "address", "is_active"]


class ReleaseInline(admin.TabularInline):
    model = Release
    extra = 0
    fields = ["version", "released_on", "kind", "is_paid", "delivery", "downtime_minutes"]


class DocumentationItemInline(admin.TabularInline):
    model = DocumentationItem
    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fields = ["kind", "title", "url", "last_updated", "quality"]


class CustomerReferenceInline(admin.TabularInline):
    model = CustomerReference
    extra = 0
    fields = ["name", "scenario", "is_similar"]


class LiveFilter(admin.SimpleListFilter):
    title = _("deleted")
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return [("no", _("Live vendors")), ("yes", _("Deleted vendors"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(deleted_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(deleted_at__isnull=True)
        return queryset


@admin.register(Vendor)
class VendorAdmin(admin.ModelAdmin):
    """Configuration view of vendors, including deleted ones, which can be restored here."""

    form = VendorForm
    formfield_overrides = DocumentationItemInline.formfield_overrides
    list_display = ["name", "name_zh", "status", "support_team", "team_size", "updated_at", "deleted_at"]
    list_filter = [LiveFilter, "status", "support_team", "company_scale", "scenarios"]
    search_fields = ["name", "name_zh", "name_en"]
    readonly_fields = ["created_at", "updated_at", "deleted_at"]
    inlines = [ContactInline, SupportChannelInline, ReleaseInline, DocumentationItemInline, CustomerReferenceInline]
    actions = ["restore"]

    @admin.action(description=_("Restore the selected deleted vendors"))
    def restore(self, request, queryset):
        restored = 0
        for vendor in queryset.filter(deleted_at__isnull=False):
            if Vendor.objects.alive().filter(name__iexact=vendor.name).exists():
                self.message_user(
                    request,
                    _("“%(name)s” was not restored: a live vendor already has that name.") % {"name": vendor.name},
                    messages.WARNING,
                )
                continue
            vendor.deleted_at = None
            vendor.save(update_fields=["deleted_at", "updated_at"])
            restored += 1
        self.message_user(request, _("%(count)d vendors restored.") % {"count": restored}, messages.SUCCESS)
