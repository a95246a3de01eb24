from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vendorscore.validators import validate_time_zone


class UserPreference(models.Model):
    """Per-user display settings. The time zone is copied into the session at
    login (see vendorscore.signals) so that no page pays a query for it."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="preference")
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Asia/Shanghai",
        validators=[validate_time_zone],
        help_text=_("Dates and times are shown in this zone."),
    )

    class Meta:
        verbose_name = _("user preference")
        verbose_name_plural = _("user preferences")

    def __str__(self) -> str:
        return f"{self.user} ({self.time_zone})"

    @classmethod
    def time_zone_for(cls, user) -> str:
        pref = cls.objects.filter(user=user).only("time_zone").first()
        return pref.time_zone if pref else settings.TIME_ZONE
