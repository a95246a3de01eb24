"""Weekly support hours: a small text format people can type, and its JSON form.

Text: ``mon-fri 09:00-18:00; sat 10:00-12:00,13:00-16:00`` or ``24/7``.
Days are mon tue wed thu fri sat sun; a day may have several intervals;
``24:00`` may end an interval. Stored as ``{"mon": [["09:00", "18:00"]], …}``.
Public holidays and make-up working days (调休) come from the ``holidays``
package's calendar for the vendor's holiday country.

``business_time(start, end, hours, time_zone, country)`` is the clock that
measures support in the vendor's hours: how much of the real time between two
instants fell inside the hours served, day by day in the vendor's zone.

Worked example 1 (a Friday question answered on Monday, Asia/Shanghai, CN):

    hours "mon-fri 09:00-18:00", country CN
    sent      Fri 2026-11-20 17:30 +08:00
    answered  Mon 2026-11-23 10:15 +08:00
    wall clock: 2 days 16 h 45 min = 3,885 minutes
    business:   Fri 17:30-18:00 (30) + Sat, Sun closed (0) + Mon 09:00-10:15 (75) = 105 minutes

Worked example 2 (调休: a make-up working Sunday counts, a holiday does not):

    hours "mon-fri 09:00-18:00", country CN
    sent      Wed 2026-09-30 17:00 +08:00   (the day before National Day)
    answered  Sat 2026-10-10 10:00 +08:00   (a make-up working Saturday)
    business: Wed 17:00-18:00 (60) + Oct 1-7 holidays (0) + Thu 8, Fri 9 (540 + 540)
              + Sat 10 09:00-10:00, worked like a weekday (60) = 1,200 minutes

Worked example 3 (daylight saving time: hours are wall-clock, minutes are real):

    hours "sun 00:00-24:00", time zone America/New_York, no country
    Sunday 2026-03-08 has 23 hours: 02:00 EST jumps to 03:00 EDT
    from Sat 23:00 EST to Mon 01:00 EDT: 23 h = 1,380 business minutes

Pure: no models, no database.
"""

from __future__ import annotations

import datetime as dt
import gettext as gettext_module
import itertools
import re
import zoneinfo
from dataclasses import dataclass, field
from functools import cache, lru_cache

import holidays
import holidays.registry
import pycountry
from django.utils.translation import get_language
from django.utils.translation import gettext as _

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALWAYS = "24/7"
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


class HoursError(ValueError):
    """The text or JSON does not describe valid weekly hours; the message says why."""


def _minutes(text: str) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise HoursError(_("“%(text)s” is not a time; write HH:MM, e.g. 09:00.") % {"text": text.strip()})
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise HoursError(_("“%(text)s” is not a time of day.") % {"text": text.strip()})
    return hours * 60 + minutes


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class WeeklyHours:
    """Intervals per weekday, in minutes after local midnight, sorted and non-overlapping."""

    days: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    # --- constructing -----------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> WeeklyHours:
        text = (text or "").strip()
        if not text:
            return cls({})
        if text.lower() == ALWAYS:
            return cls(dict.fromkeys(DAYS, ((0, 24 * 60),)))
        days: dict[str, list[tuple[int, int]]] = {}
        for part in filter(None, (p.strip() for p in text.split(";"))):
            pieces = part.split(None, 1)
            if len(pieces) != 2:
                raise HoursError(_("“%(part)s” needs days and times, e.g. mon-fri 09:00-18:00.") % {"part": part})
            for day in _expand_days(pieces[0].lower()):
                days.setdefault(day, []).extend(_parse_intervals(pieces[1]))
        return cls._checked(days)

    @classmethod
    def from_json(cls, data: object) -> WeeklyHours:
        if not data:
            return cls({})
        if not isinstance(data, dict):
            raise HoursError(_("Weekly hours must be an object keyed by weekday."))
        days: dict[str, list[tuple[int, int]]] = {}
        for day, intervals in data.items():
            if day not in DAYS or not isinstance(intervals, list):
                raise HoursError(_("“%(day)s” is not a weekday (use mon … sun).") % {"day": day})
            for pair in intervals:
                if not (isinstance(pair, list | tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
                    raise HoursError(_("Each interval must be a pair of HH:MM times."))
                days.setdefault(day, []).append((_minutes(pair[0]), _minutes(pair[1])))
        return cls._checked(days)

    @classmethod
    def _checked(cls, days: dict[str, list[tuple[int, int]]]) -> WeeklyHours:
        result: dict[str, tuple[tuple[int, int], ...]] = {}
        for day in DAYS:
            intervals = sorted(days.get(day, []))
            for start, end in intervals:
                if end <= start:
                    raise HoursError(
                        _("%(start)s-%(end)s ends before it starts; split hours that pass midnight into two days.")
                        % {"start": _clock(start), "end": _clock(end)}
                    )
            for (_s1, e1), (s2, _e2) in itertools.pairwise(intervals):
                if s2 < e1:
                    raise HoursError(_("Intervals on %(day)s overlap.") % {"day": day})
            if intervals:
                result[day] = tuple(intervals)
        return cls(result)

    # --- reading ------------------------------------------------------------
    def to_json(self) -> dict[str, list[list[str]]]:
        return {day: [[_clock(s), _clock(e)] for s, e in spans] for day, spans in self.days.items()}

    def __str__(self) -> str:
        if all(self.days.get(day) == ((0, 24 * 60),) for day in DAYS):
            return ALWAYS
        groups: list[tuple[list[str], tuple[tuple[int, int], ...]]] = []
        for day in DAYS:
            spans = self.days.get(day)
            if not spans:
                continue
            previous = groups[-1] if groups else None
            if previous and previous[1] == spans and DAYS.index(previous[0][-1]) == DAYS.index(day) - 1:
                previous[0].append(day)
            else:
                groups.append(([day], spans))
        parts = []
        for group_days, spans in groups:
            label = group_days[0] if len(group_days) == 1 else f"{group_days[0]}-{group_days[-1]}"
            parts.append(f"{label} " + ",".join(f"{_clock(s)}-{_clock(e)}" for s, e in spans))
        return "; ".join(parts)

    @property
    def is_empty(self) -> bool:
        return not self.days

    def hours_per_week(self) -> float:
        return sum(e - s for spans in self.days.values() for s, e in spans) / 60

    def typical_weekday(self) -> tuple[tuple[int, int], ...]:
        """The most common Monday-to-Friday schedule: what a make-up working weekend day follows."""
        weekday_spans = [self.days[day] for day in DAYS[:5] if day in self.days]
        return max(weekday_spans, key=weekday_spans.count, default=())

    def spans_on(self, day: dt.date, country: str = "") -> tuple[tuple[int, int], ...]:
        """The intervals served on a calendar day, after the country's holidays.

        A public holiday or a substituted day off has none; a weekend day the
        calendar makes a working day (调休) follows the typical weekday. With no
        country, the weekly hours apply every week unchanged (round-the-clock
        teams leave the country empty).
        """
        if country:
            calendar = _calendar(country, day.year)
            working = calendar.is_working_day(day)
            if day in calendar and not working:
                return ()
            if day.weekday() >= 5 and working:
                return self.typical_weekday()
        return self.days.get(DAYS[day.weekday()], ())

    def is_open(self, local: dt.datetime, country: str = "") -> bool:
        """Open at this local wall-clock time?"""
        minute = local.hour * 60 + local.minute
        return any(s <= minute < e for s, e in self.spans_on(local.date(), country))


def _expand_days(text: str) -> list[str]:
    days: list[str] = []
    for chunk in text.split(","):
        if "-" in chunk:
            first, _sep, last = chunk.partition("-")
            if first not in DAYS or last not in DAYS or DAYS.index(last) < DAYS.index(first):
                raise HoursError(_("“%(range)s” is not a range of weekdays like mon-fri.") % {"range": chunk})
            days.extend(DAYS[DAYS.index(first) : DAYS.index(last) + 1])
        elif chunk in DAYS:
            days.append(chunk)
        else:
            raise HoursError(_("“%(day)s” is not a weekday (use mon … sun).") % {"day": chunk})
    return days


def _parse_intervals(text: str) -> list[tuple[int, int]]:
    intervals = []
    for chunk in text.split(","):
        start, sep, end = chunk.strip().partition("-")
        if not sep:
            raise HoursError(_("“%(chunk)s” is not an interval like 09:00-18:00.") % {"chunk": chunk.strip()})
        intervals.append((_minutes(start), _minutes(end)))
    return intervals


# --- holiday calendars --------------------------------------------------------
def holiday_country_choices() -> list[tuple[str, str]]:
    """(ISO code, "CN – China" or "CN – 中国") for every country the holidays package knows,
    named in the active language and sorted by code."""
    return _country_choices(get_language() or "en")


@cache
def _country_choices(language: str) -> list[tuple[str, str]]:
    return [(code, f"{code} – {country_name(code, language)}") for code in _holiday_codes()]


@cache
def _holiday_codes() -> tuple[str, ...]:
    known = {code for _class_name, code, *_rest in holidays.registry.COUNTRIES.values()}
    return tuple(sorted(code for code in holidays.list_supported_countries() if code in known))


@cache
def _chinese_country_names() -> gettext_module.NullTranslations:
    return gettext_module.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)


def country_name(code: str, language: str = "en") -> str:
    """A country's usual name (ISO 3166 via pycountry): "China", "中国", "DR Congo"-style names
    as the standard spells them, never a code glued into a class name."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    if language.lower().startswith("zh"):
        return _chinese_country_names().gettext(country.name)
    return getattr(country, "common_name", None) or country.name


def holiday_country_label(code: str) -> str:
    """ "CN – China" in the active language, or "" when the vendor follows no holiday calendar."""
    return f"{code} – {country_name(code, get_language() or 'en')}" if code else ""


def is_supported_country(code: str) -> bool:
    return any(code == choice for choice, _label in holiday_country_choices())


@cache
def _calendar(country: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, years=year)


def holiday_name(day: dt.date, country: str = "") -> str | None:
    if not country:
        return None
    return _calendar(country, day.year).get(day)


# --- the business clock ---------------------------------------------------------
def _instant(day: dt.date, minute: int, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """The real instant of a wall-clock minute of a local day (24:00 is the next midnight).

    A wall time skipped by a DST jump maps to the same instant as the jump, so a
    span that lies inside the gap is empty; a repeated one takes its first occurrence.
    """
    if minute >= 24 * 60:
        day, minute = day + dt.timedelta(days=1), minute - 24 * 60
    local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=tz)
    return local.astimezone(dt.UTC)


def business_time(
    start: dt.datetime, end: dt.datetime, hours: WeeklyHours, time_zone: str, country: str = ""
) -> dt.timedelta:
    """Real time between two aware instants that fell inside the hours served.

    Additive (``d(a, c) == d(a, b) + d(b, c)`` for ``a <= b <= c``), zero when
    ``end <= start``, never more than ``end - start``. Holidays of ``country``
    are closed; its make-up working weekend days follow the typical weekday.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("business_time needs aware datetimes")
    if end <= start or hours.is_empty:
        return dt.timedelta(0)
    tz = zoneinfo.ZoneInfo(time_zone)
    first = start.astimezone(tz).date()
    last = end.astimezone(tz).date()
    if (last - first).days <= WHOLE_DAYS_FROM:
        return _served(first, last, start, end, hours, tz, country)
    # The days in between are served whole: read from running totals instead of day by day.
    return (
        _served(first, first, start, end, hours, tz, country)
        + _whole_days(first + dt.timedelta(days=1), last - dt.timedelta(days=1), hours, time_zone, country)
        + _served(last, last, start, end, hours, tz, country)
    )


# From this many days apart on, the whole days between two instants (a probe waiting for months)
# come from per-year running totals: the same sum of the same exact timedeltas, without the walk.
WHOLE_DAYS_FROM = 7


def _served(
    day: dt.date,
    last: dt.date,
    start: dt.datetime,
    end: dt.datetime,
    hours: WeeklyHours,
    tz: zoneinfo.ZoneInfo,
    country: str,
) -> dt.timedelta:
    """Time served from ``day`` to ``last`` (local dates), clipped to [start, end]."""
    total = dt.timedelta(0)
    while day <= last:
        for open_minute, close_minute in hours.spans_on(day, country):
            opened = max(_instant(day, open_minute, tz), start)
            closed = min(_instant(day, close_minute, tz), end)
            if closed > opened:
                total += closed - opened
        day += dt.timedelta(days=1)
    return total


def _whole_days(first: dt.date, last: dt.date, hours: WeeklyHours, time_zone: str, country: str) -> dt.timedelta:
    """Time served over the whole local days ``first`` … ``last``."""
    schedule = tuple(hours.days.items())
    total = dt.timedelta(0)
    for year in range(first.year, last.year + 1):
        totals = _running_totals(schedule, time_zone, country, year)
        since = first.timetuple().tm_yday if year == first.year else 1
        until = last.timetuple().tm_yday if year == last.year else len(totals) - 1
        total += totals[until] - totals[since - 1]
    return total


@lru_cache(maxsize=256)
def _running_totals(
    schedule: tuple[tuple[str, tuple[tuple[int, int], ...]], ...], time_zone: str, country: str, year: int
) -> list[dt.timedelta]:
    """``totals[n]``: time served over the first ``n`` whole days of ``year``."""
    hours = WeeklyHours(dict(schedule))
    tz = zoneinfo.ZoneInfo(time_zone)
    day = dt.date(year, 1, 1)
    totals = [dt.timedelta(0)]
    while day.year == year:
        served = totals[-1]
        for open_minute, close_minute in hours.spans_on(day, country):
            opened, closed = _instant(day, open_minute, tz), _instant(day, close_minute, tz)
            if closed > opened:
                served += closed - opened
        totals.append(served)
        day += dt.timedelta(days=1)
    return totals


def business_minutes(
    start: dt.datetime, end: dt.datetime, hours: WeeklyHours, time_zone: str, country: str = ""
) -> float:
    """``business_time`` in minutes."""
    return business_time(start, end, hours, time_zone, country).total_seconds() / 60


def add_business_time(
    start: dt.datetime, amount: dt.timedelta, hours: WeeklyHours, time_zone: str, country: str = ""
) -> dt.datetime | None:
    """The instant at which ``amount`` of business time has passed since ``start``: a deadline
    such as "answer within 4 business hours". The inverse of ``business_time``; None when
    the hours never open in the next two years."""
    if start.tzinfo is None:
        raise ValueError("add_business_time needs an aware datetime")
    if amount <= dt.timedelta(0):
        return start
    if hours.is_empty:
        return None
    tz = zoneinfo.ZoneInfo(time_zone)
    left = amount
    day = start.astimezone(tz).date()
    for _offset in range(2 * 366):
        for open_minute, close_minute in hours.spans_on(day, country):
            opened = max(_instant(day, open_minute, tz), start)
            closed = _instant(day, close_minute, tz)
            if closed <= opened:
                continue
            if closed - opened >= left:
                return opened + left
            left -= closed - opened
        day += dt.timedelta(days=1)
    return None
