"""Deploy checks (``manage.py check --deploy``) for settings that only matter once vendors see our mail."""

from __future__ import annotations

from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}  # noqa: S104  (names to warn about, not to bind)


@register(Tags.security, deploy=True)
def probe_mail_reaches_vendors(app_configs, **kwargs) -> list[Warning]:
    warnings = []
    if (urlsplit(settings.SITE_URL).hostname or "") in LOCAL_HOSTS:
        warnings.append(
            Warning(
                "SITE_URL points at this machine: the reply links in probe mail would not reach vendors.",
                hint="Set SITE_URL to the address people reach this site at, e.g. https://desk.example.com.",
                id="vendorscore.W001",
            )
        )
    domain = parseaddr(settings.PROBE_REPLY_ADDRESS)[1].rpartition("@")[2].lower()
    if domain in LOCAL_HOSTS or domain.endswith(".localdomain"):
        warnings.append(
            Warning(
                "PROBE_REPLY_ADDRESS is a local address: vendors could not answer probe mail.",
                hint="Set PROBE_REPLY_ADDRESS (or DEFAULT_FROM_EMAIL) to a mailbox of your company.",
                id="vendorscore.W002",
            )
        )
    return warnings
