from __future__ import annotations

import zoneinfo
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@cache
def time_zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError(
            _("“%(value)s” is not a known time zone. Use an IANA name such as Asia/Shanghai."),
            code="invalid_time_zone",
            params={"value": value},
        )


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(time_zone_names())]


# One limit for free-text notes on every record (vendors and their contacts, contracts, evidence):
# 10,000 characters is several pages; 4.9 MB of notes was accepted once and served back whole.
NOTES_MAX_CHARS = 10_000


# Dates that arithmetic runs on (a contract's term: notice deadlines, months, renewals) stay well
# inside Python's calendar: year 1 or 9999 overflowed once. No contract runs outside these years.
PLAUSIBLE_YEARS = (1900, 2999)


def validate_plausible_date(value) -> None:
    if value is not None and not PLAUSIBLE_YEARS[0] <= value.year <= PLAUSIBLE_YEARS[1]:
        raise ValidationError(
            _("Enter a date between the years %(first)s and %(last)s."),
            code="implausible_date",
            params={"first": PLAUSIBLE_YEARS[0], "last": PLAUSIBLE_YEARS[1]},
        )
