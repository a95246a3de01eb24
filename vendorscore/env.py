"""Typed readers for environment variables that refuse bad values.

django-environ parses URLs and lists well, but it quietly reads "flase" as
False and accepts any string as a time zone. These helpers sit on top of it
and raise ImproperlyConfigured naming the variable, so a typo stops start-up
instead of producing a half-configured production server.
"""

from __future__ import annotations

import os
import re
import warnings
import zoneinfo
from email.utils import parseaddr
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

env = environ.Env()

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name: str) -> str | None:
    return os.environ.get(name)


def get_bool(name: str, default: bool) -> bool:
    raw = _raw(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; use true/false, 1/0, yes/no or on/off.")


def get_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = _raw(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} must be at least {minimum}.")
    return value


def get_str(name: str, default: str) -> str:
    raw = _raw(name)
    return default if raw is None or raw.strip() == "" else raw.strip()


def get_list(name: str, default: list[str]) -> list[str]:
    raw = _raw(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def get_choice(name: str, default: str, choices: list[str]) -> str:
    value = get_str(name, default)
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={value!r} is not one of: {', '.join(choices)}.")
    return value


def get_time_zone(name: str, default: str) -> str:
    value = get_str(name, default)
    if value not in zoneinfo.available_timezones():
        raise ImproperlyConfigured(f"{name}={value!r} is not a known IANA time zone (e.g. Asia/Shanghai).")
    return value


SUPPORTED_DB_ENGINES = {"django.db.backends.sqlite3", "django.db.backends.postgresql"}


def get_db_url(name: str, default: str) -> dict:
    value = get_str(name, default)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # we raise our own, clearer error below
            config = env.db_url_config(value)
    except (ImproperlyConfigured, ValueError, KeyError) as exc:
        raise ImproperlyConfigured(f"{name} could not be parsed: {exc}") from None
    if config.get("ENGINE") not in SUPPORTED_DB_ENGINES:
        raise ImproperlyConfigured(f"{name} must be a sqlite:/// or postgres:// URL, not {value.split(':')[0]!r}.")
    return config


def get_email_config(name: str, default: str) -> dict:
    value = get_str(name, default)
    try:
        return env.email_url_config(value)
    except (ImproperlyConfigured, ValueError, KeyError) as exc:
        raise ImproperlyConfigured(f"{name} could not be parsed: {exc}") from None


def get_url(name: str, default: str) -> str:
    """An absolute http(s) base URL such as https://vendorscore.example.com (no trailing slash needed)."""
    value = get_str(name, default)
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"{name}={value!r} is not an http(s) URL such as https://vendorscore.example.com.")
    return value.rstrip("/")


def get_email_address(name: str, default: str) -> str:
    """An email address, optionally with a display name: ``probes@example.com`` or ``Name <probes@example.com>``."""
    value = get_str(name, default)
    _display, address = parseaddr(value)
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain or "+" in local:
        raise ImproperlyConfigured(
            f"{name}={value!r} is not an email address without a plus sign (plus-addressing adds its own)."
        )
    return value


_RATE = re.compile(r"^(\d+)/(\d*)([smhd])$")
_PERIOD_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def get_rate(name: str, default: str) -> tuple[int, int]:
    """A rate such as ``30/10m`` (30 per 10 minutes) or ``5/s``, as (requests, seconds)."""
    value = get_str(name, default)
    match = _RATE.match(value)
    if not match or int(match.group(1)) < 1:
        raise ImproperlyConfigured(f"{name}={value!r} is not a rate such as 30/10m or 5/s.")
    count, multiple, unit = int(match.group(1)), int(match.group(2) or 1), match.group(3)
    return count, multiple * _PERIOD_SECONDS[unit]


_THROTTLE_RATE = re.compile(r"^(\d+)/(s|sec|second|m|min|minute|h|hour|d|day)$")


def get_throttle_rate(name: str, default: str) -> str:
    """A REST framework throttle rate such as ``600/min``, ``20/m``, ``5/s`` or ``1000/day``."""
    value = get_str(name, default).strip()
    match = _THROTTLE_RATE.match(value)
    if not match or int(match.group(1)) < 1:
        raise ImproperlyConfigured(f"{name}={value!r} is not a rate such as 600/min, 5/s, 100/hour or 1000/day.")
    return value
