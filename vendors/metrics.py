"""Objective facts derived from a vendor's rows: contact turnover, release cadence.

Pure functions over plain values, so scoring (evaluations) can reuse them and
they are tested without a database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

WINDOW_DAYS = 365


@dataclass(frozen=True)
class ContactSpan:
    joined_on: dt.date | None
    left_on: dt.date | None
    is_dedicated: bool = False


@dataclass(frozen=True)
class Turnover:
    """Contacts who left within the window, against everyone on the team at some point in it."""

    left: int
    on_team_in_window: int
    current: int
    has_dedicated_contact: bool

    @property
    def rate(self) -> float | None:
        return self.left / self.on_team_in_window if self.on_team_in_window else None


def contact_turnover(spans: Iterable[ContactSpan], today: dt.date, window_days: int = WINDOW_DAYS) -> Turnover:
    start = today - dt.timedelta(days=window_days)
    left = on_team = current = 0
    dedicated = False
    for span in spans:
        joined_by_end = span.joined_on is None or span.joined_on <= today
        still_there_at_start = span.left_on is None or span.left_on >= start
        if joined_by_end and still_there_at_start:
            on_team += 1
        if span.left_on is not None and start <= span.left_on <= today:
            left += 1
        if joined_by_end and (span.left_on is None or span.left_on > today):
            current += 1
            dedicated = dedicated or span.is_dedicated
    return Turnover(left=left, on_team_in_window=on_team, current=current, has_dedicated_contact=dedicated)


@dataclass(frozen=True)
class ReleaseFact:
    released_on: dt.date
    is_fix: bool
    is_paid: bool


@dataclass(frozen=True)
class ReleaseCadence:
    in_window: int
    days_since_last: int | None
    free_fix_share: float | None  # of the fix releases in the window, the share that was free


def release_cadence(releases: Iterable[ReleaseFact], today: dt.date, window_days: int = WINDOW_DAYS) -> ReleaseCadence:
    start = today - dt.timedelta(days=window_days)
    past = [r for r in releases if r.released_on <= today]
    recent = [r for r in past if r.released_on >= start]
    last = max((r.released_on for r in past), default=None)
    fixes = [r for r in recent if r.is_fix]
    return ReleaseCadence(
        in_window=len(recent),
        days_since_last=(today - last).days if last else None,
        free_fix_share=(sum(not r.is_paid for r in fixes) / len(fixes)) if fixes else None,
    )
