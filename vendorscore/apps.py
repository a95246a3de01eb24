from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class VendorscoreConfig(AppConfig):
    name = "vendorscore"
    verbose_name = _("vendorscore")

    def ready(self) -> None:
        from vendorscore import checks, signals  # noqa: F401  (registers checks, connects receivers)
        from vendorscore.roles import grant_role_permissions

        # Runs after every migrate, so models added by later migrations reach the groups too.
        post_migrate.connect(grant_role_permissions, dispatch_uid="vendorscore.grant_role_permissions")
