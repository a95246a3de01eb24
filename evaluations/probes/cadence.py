"""When a schedule's probes go out: slots from a cadence, send times inside a window.

Pure: no models, no database. The rules, in one place:

* A **slot** is a nominal moment of the cadence, in the vendor's zone: every
  ``N`` days at local midnight counted from the start date, or each moment a
  cron expression matches (evaluated in the vendor's zone, so "0 10 * * 1" is
  Monday 10:00 there, across DST). Slots before the start date or after the end
  date do not exist.
* The **send time** of a slot is a random moment inside the send window
  ``[window_start, window_end)`` of the slot's local day, but no earlier than
  the slot itself, nor than the moment it is planned; a slot after the day's
  window closes moves to the next day's window. A slot planned after its window
  has closed (the scheduler was down) goes out at once. A random draw seeded with
  the schedule and the slot picks the moment.
* The **severity** of a slot is drawn from the schedule's mix with the same seed.

Worked example (Asia/Shanghai, window 10:00-17:00):

    every 7 days from Mon 2026-11-02 -> slots Mon 11-02 00:00, Mon 11-09 00:00, ...
        send time: uniformly in Mon 10:00-17:00
    cron "30 14 * * 3"           -> slots Wed 14:30
        send time: uniformly in Wed 14:30-17:00
    cron "0 19 * * 5"            -> slots Fri 19:00 (after the window)
        send time: uniformly in Sat 10:00-17:00
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from collections.abc import Mapping

from cronsim import CronSim, CronSimError

MAX_INTERVAL_DAYS = 365


class CadenceError(ValueError):
    """A cadence that cannot produce slots; the message says why."""


def local_midnight(day: dt.date, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz)


def check_cron(expression: str) -> None:
    """Refuse an expression that is malformed or never matches (e.g. 30 February)."""
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    try:
        next(CronSim(expression, start))
    except CronSimError as exc:
        raise CadenceError(str(exc)) from None
    except StopIteration:
        raise CadenceError("it never matches a date") from None


def next_slot(
    after: dt.datetime,
    *,
    tz: zoneinfo.ZoneInfo,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
    interval_days: int | None = None,
    cron: str = "",
) -> dt.datetime | None:
    """The first slot strictly after ``after`` (aware), or None when the schedule has ended."""
    first = local_midnight(starts_on, tz)
    if interval_days:
        if after < first:
            slot = first
        else:
            elapsed = (after.astimezone(tz).date() - starts_on).days
            slot = local_midnight(starts_on + dt.timedelta(days=(elapsed // interval_days) * interval_days), tz)
            while slot <= after:
                slot = local_midnight(slot.date() + dt.timedelta(days=interval_days), tz)
    elif cron:
        start = max(after, first - dt.timedelta(microseconds=1)).astimezone(tz)
        try:
            slot = next(CronSim(cron, start))
        except (StopIteration, CronSimError):
            return None
    else:
        raise CadenceError("a cadence needs an interval or a cron expression")
    if ends_on is not None and slot.astimezone(tz).date() > ends_on:
        return None
    return slot


def send_window(
    slot: dt.datetime,
    window_start: dt.time,
    window_end: dt.time,
    tz: zoneinfo.ZoneInfo,
    not_before: dt.datetime | None = None,
) -> tuple[dt.datetime, dt.datetime]:
    """The stretch of real time a slot's probe may go out in (empty, at ``not_before``, when it is too late)."""
    if window_end <= window_start:
        raise CadenceError("the send window is empty")
    local = slot.astimezone(tz)
    day = local.date()
    close = dt.datetime.combine(day, window_end, tzinfo=tz)
    if local >= close:
        day += dt.timedelta(days=1)
        close = dt.datetime.combine(day, window_end, tzinfo=tz)
    opens = max(dt.datetime.combine(day, window_start, tzinfo=tz), local)
    if not_before is not None:
        opens = max(opens, not_before)
        close = max(close, opens)
    return opens, close


def seeded(schedule_id: int, slot: dt.datetime) -> random.Random:
    return random.Random(f"{schedule_id}|{slot.astimezone(dt.UTC).isoformat()}")  # noqa: S311  (not security)


def send_time(slot: dt.datetime, window: tuple[dt.datetime, dt.datetime], rng: random.Random) -> dt.datetime:
    opens, closes = window
    seconds = (closes - opens).total_seconds()
    return opens + dt.timedelta(seconds=int(rng.random() * seconds))


def pick_severity(mix: Mapping[str, float], rng: random.Random) -> str:
    """A severity drawn with the mix's weights (keys in sorted order, so the draw is stable)."""
    keys = sorted(key for key, weight in mix.items() if weight > 0)
    if not keys:
        raise CadenceError("the severity mix has no positive weight")
    return rng.choices(keys, weights=[mix[key] for key in keys])[0]


def first_open_slot(
    now: dt.datetime,
    *,
    tz: zoneinfo.ZoneInfo,
    starts_on: dt.date,
    ends_on: dt.date | None,
    interval_days: int | None,
    cron: str,
    window_start: dt.time,
    window_end: dt.time,
) -> dt.datetime | None:
    """The first slot whose send window has not closed by ``now``: where a new, resumed
    or edited schedule starts, so that it never sends for slots from before it existed."""
    options = {"tz": tz, "starts_on": starts_on, "ends_on": ends_on, "interval_days": interval_days, "cron": cron}
    slot = next_slot(local_midnight(starts_on, tz) - dt.timedelta(microseconds=1), **options)
    if slot is not None and slot < now - dt.timedelta(days=2):
        # Jump close to now instead of walking every past slot.
        slot = next_slot(now - dt.timedelta(days=2), **options)
    while slot is not None and send_window(slot, window_start, window_end, tz)[1] <= now:
        slot = next_slot(slot, **options)
    return slot
