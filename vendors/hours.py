"""Weekly support hours: a small text format people can type, and its JSON form.

Text: ``mon-fri 09:00-18:00; sat 10:00-12:00,13:00-16:00`` or ``24/7``.
Days are mon tue wed thu fri sat sun; a day may have several intervals;
``24:00`` may end an interval. Stored as ``{"mon": [["09:00", "18:00"]], …}``.
Public holidays and make-up working days (调休) come from the ``holidays``
package's calendar for the vendor's holiday country.

Pure: no models, no database.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from functools import cache

import holidays
import holidays.registry
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
@cache
def holiday_country_choices() -> list[tuple[str, str]]:
    """(ISO code, "CN – China") for every country the holidays package knows."""
    names = {}
    for class_name, code, *_rest in holidays.registry.COUNTRIES.values():
        names[code] = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)
    return sorted((code, f"{code} – {names[code]}") for code in holidays.list_supported_countries() if code in names)


def is_supported_country(code: str) -> bool:
    return any(code == choice for choice, _label in holiday_country_choices())


@cache
def _calendar(country: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, years=year)


def holiday_name(day: dt.date, country: str = "") -> str | None:
    if not country:
        return None
    return _calendar(country, day.year).get(day)
