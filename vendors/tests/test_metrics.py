"""Turnover and release cadence, from plain values."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from vendors.metrics import ContactSpan, ReleaseFact, contact_turnover, release_cadence

TODAY = dt.date(2026, 11, 22)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_turnover_counts_leavers_in_the_last_twelve_months_against_everyone_on_the_team_then():
    spans = [
        ContactSpan(days_ago(900), None, is_dedicated=True),  # still here
        ContactSpan(days_ago(700), days_ago(100)),  # left this year
        ContactSpan(days_ago(200), days_ago(30)),  # joined and left this year
        ContactSpan(days_ago(900), days_ago(400)),  # left before the window: not counted at all
        ContactSpan(days_ago(10), None),  # new
    ]
    turnover = contact_turnover(spans, TODAY)
    assert (turnover.left, turnover.on_team_in_window, turnover.current) == (2, 4, 2)
    assert turnover.rate == 0.5
    assert turnover.has_dedicated_contact


def test_a_dedicated_contact_who_left_does_not_count():
    turnover = contact_turnover([ContactSpan(days_ago(300), days_ago(5), is_dedicated=True)], TODAY)
    assert not turnover.has_dedicated_contact
    assert turnover.rate == 1.0


def test_no_contacts_means_no_rate_rather_than_zero():
    assert contact_turnover([], TODAY).rate is None


def test_release_cadence_counts_the_window_and_the_free_share_of_fixes():
    releases = [
        ReleaseFact(days_ago(20), is_fix=True, is_paid=False),
        ReleaseFact(days_ago(80), is_fix=True, is_paid=True),
        ReleaseFact(days_ago(150), is_fix=False, is_paid=True),
        ReleaseFact(days_ago(500), is_fix=True, is_paid=False),
    ]
    cadence = release_cadence(releases, TODAY)
    assert cadence.in_window == 3
    assert cadence.days_since_last == 20
    assert cadence.free_fix_share == 0.5


def test_no_releases_gives_no_figures():
    cadence = release_cadence([], TODAY)
    assert (cadence.in_window, cadence.days_since_last, cadence.free_fix_share) == (0, None, None)


spans = st.builds(
    lambda joined, length, left: ContactSpan(days_ago(joined), days_ago(max(joined - length, 0)) if left else None),
    st.integers(0, 3000),
    st.integers(0, 3000),
    st.booleans(),
)


@given(st.lists(spans, max_size=30))
def test_turnover_rate_is_a_share(spans):
    turnover = contact_turnover(spans, TODAY)
    assert turnover.left <= turnover.on_team_in_window
    assert turnover.current <= turnover.on_team_in_window
    assert turnover.rate is None or 0 <= turnover.rate <= 1
