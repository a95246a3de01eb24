from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from vendorscore.models import UserPreference

admin.site.site_header = _("vendorscore configuration")
admin.site.site_title = _("vendorscore")


@admin.register(UserPreference)
class UserPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "time_zone", "language"]
    search_fields = ["user__username"]
