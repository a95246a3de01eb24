"""The business-minutes clock: worked examples from the module docstring, then its laws."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendors.hours import WeeklyHours, _instant, add_business_time, business_minutes, business_time

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
OFFICE = WeeklyHours.parse("mon-fri 09:00-18:00")


def at(zone, *parts) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=zone)


# --- the module docstring's worked examples ----------------------------------------
def test_worked_example_one_a_friday_question_answered_on_monday():
    sent, answered = at(SHANGHAI, 2026, 11, 20, 17, 30), at(SHANGHAI, 2026, 11, 23, 10, 15)
    assert (answered - sent) / dt.timedelta(minutes=1) == 3885
    assert business_minutes(sent, answered, OFFICE, "Asia/Shanghai", "CN") == 105


def test_worked_example_two_holidays_close_and_a_make_up_saturday_opens():
    sent, answered = at(SHANGHAI, 2026, 9, 30, 17), at(SHANGHAI, 2026, 10, 10, 10)
    assert business_minutes(sent, answered, OFFICE, "Asia/Shanghai", "CN") == 1200


def test_worked_example_three_a_spring_forward_sunday_has_23_hours():
    hours = WeeklyHours.parse("sun 00:00-24:00")
    start, end = at(NEW_YORK, 2026, 3, 7, 23), at(NEW_YORK, 2026, 3, 9, 1)
    assert business_minutes(start, end, hours, "America/New_York") == 1380


# --- particular cases ----------------------------------------------------------------
def test_a_make_up_working_sunday_counts_like_a_weekday():
    # 2026-01-04 is a Sunday that China works to make up for New Year.
    sunday = business_minutes(at(SHANGHAI, 2026, 1, 4), at(SHANGHAI, 2026, 1, 5), OFFICE, "Asia/Shanghai", "CN")
    assert sunday == 9 * 60
    # Without the calendar it is an ordinary closed Sunday.
    assert business_minutes(at(SHANGHAI, 2026, 1, 4), at(SHANGHAI, 2026, 1, 5), OFFICE, "Asia/Shanghai") == 0


def test_a_public_holiday_on_a_weekday_is_closed():
    national_day = (at(SHANGHAI, 2026, 10, 1), at(SHANGHAI, 2026, 10, 2))
    assert business_minutes(*national_day, OFFICE, "Asia/Shanghai", "CN") == 0


def test_the_fall_back_hour_is_counted_twice_because_it_happens_twice():
    hours = WeeklyHours.parse("sun 00:00-24:00")
    # 2026-11-01: 02:00 EDT falls back to 01:00 EST; the day lasts 25 hours.
    assert business_minutes(at(NEW_YORK, 2026, 11, 1), at(NEW_YORK, 2026, 11, 2), hours, "America/New_York") == 1500


def test_hours_in_the_skipped_hour_are_empty():
    hours = WeeklyHours.parse("sun 02:00-03:00")
    assert business_time(at(NEW_YORK, 2026, 3, 8), at(NEW_YORK, 2026, 3, 9), hours, "America/New_York").seconds == 0


def test_the_vendor_zone_decides_what_is_open_not_the_reader():
    # 09:00-10:00 in Berlin is 16:00-17:00 in Shanghai in winter.
    hours = WeeklyHours.parse("mon 09:00-10:00")
    start, end = at(SHANGHAI, 2026, 11, 23, 15), at(SHANGHAI, 2026, 11, 23, 18)
    assert business_minutes(start, end, hours, "Europe/Berlin") == 60
    assert business_minutes(start, end, hours, "Asia/Shanghai") == 0


def test_no_hours_recorded_means_no_business_time_and_backwards_means_zero():
    assert business_minutes(at(SHANGHAI, 2026, 1, 5), at(SHANGHAI, 2026, 1, 9), WeeklyHours(), "Asia/Shanghai") == 0
    assert business_minutes(at(SHANGHAI, 2026, 1, 9), at(SHANGHAI, 2026, 1, 5), OFFICE, "Asia/Shanghai") == 0


def test_it_refuses_naive_datetimes():
    with pytest.raises(ValueError, match="aware"):
        business_time(dt.datetime(2026, 1, 5), dt.datetime(2026, 1, 6), OFFICE, "Asia/Shanghai")


# --- laws ------------------------------------------------------------------------------
ZONES = ["Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Sydney", "UTC"]
HOURS = [
    "mon-fri 09:00-18:00",
    "mon-fri 09:00-12:00,13:30-18:00; sat 10:00-16:00",
    "24/7",
    "sun 00:00-24:00",
    "mon-sun 01:30-02:30",
    "",
]
instants = st.datetimes(
    min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 12, 31), timezones=st.just(dt.UTC)
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(instants, min_size=3, max_size=3),
    st.sampled_from(HOURS),
    st.sampled_from(ZONES),
    st.sampled_from(["", "CN", "US", "DE"]),
)
def test_business_time_is_additive(moments, text, zone, country):
    a, b, c = sorted(moments)
    hours = WeeklyHours.parse(text)
    whole = business_time(a, c, hours, zone, country)
    assert whole == business_time(a, b, hours, zone, country) + business_time(b, c, hours, zone, country)
    assert dt.timedelta(0) <= whole <= c - a


@settings(max_examples=200, deadline=None)
@given(instants, st.integers(min_value=0, max_value=60 * 24 * 20), st.sampled_from(ZONES))
def test_round_the_clock_without_holidays_is_the_wall_clock(start, minutes, zone):
    end = start + dt.timedelta(minutes=minutes)
    assert business_time(start, end, WeeklyHours.parse("24/7"), zone) == end - start


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 12, 31)), st.integers(0, 15 * 60))
def test_nothing_counts_outside_the_hours(day, offset):
    # Any stretch inside 18:00 .. 09:00 the next morning, in the vendor's zone, is closed.
    evening = dt.datetime.combine(day, dt.time(18), tzinfo=SHANGHAI)
    end = evening + dt.timedelta(minutes=offset)
    assert business_time(evening, end, OFFICE, "Asia/Shanghai", "CN") == dt.timedelta(0)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_holidays_are_closed_and_make_up_days_open(day):
    import holidays

    calendar = holidays.country_holidays("CN", years=day.year)
    start = dt.datetime.combine(day, dt.time(0), tzinfo=SHANGHAI)
    minutes = business_minutes(start, start + dt.timedelta(days=1), OFFICE, "Asia/Shanghai", "CN")
    if day in calendar and not calendar.is_working_day(day):
        assert minutes == 0
    elif calendar.is_working_day(day):
        assert minutes == 9 * 60
    else:
        assert minutes == 0  # an ordinary weekend


def test_a_deadline_in_business_hours_skips_nights_weekends_and_holidays():
    friday_evening = at(SHANGHAI, 2026, 11, 20, 17, 30)
    # 4 business hours from Friday 17:30: 30 min on Friday, the rest from Monday 09:00.
    deadline = add_business_time(friday_evening, dt.timedelta(hours=4), OFFICE, "Asia/Shanghai", "CN")
    assert deadline == at(SHANGHAI, 2026, 11, 23, 12, 30)
    # Across National Day to the make-up Saturday 2026-10-10.
    deadline = add_business_time(
        at(SHANGHAI, 2026, 9, 30, 17), dt.timedelta(minutes=1200), OFFICE, "Asia/Shanghai", "CN"
    )
    assert deadline == at(SHANGHAI, 2026, 10, 10, 10)  # worked example 2, read backwards


def test_no_hours_means_no_deadline():
    assert add_business_time(at(SHANGHAI, 2026, 1, 5), dt.timedelta(hours=1), WeeklyHours(), "Asia/Shanghai") is None


@settings(max_examples=200, deadline=None)
@given(instants, st.integers(min_value=0, max_value=60 * 24 * 10), st.sampled_from(HOURS[:-1]), st.sampled_from(ZONES))
def test_the_deadline_is_the_inverse_of_the_clock(start, minutes, text, zone):
    hours = WeeklyHours.parse(text)
    amount = dt.timedelta(minutes=minutes)
    deadline = add_business_time(start, amount, hours, zone, "CN")
    assert deadline is not None
    assert business_time(start, deadline, hours, zone, "CN") == amount


def day_by_day(start: dt.datetime, end: dt.datetime, hours: WeeklyHours, zone: str, country: str) -> dt.timedelta:
    """The clock's definition, walked one local day at a time."""
    tz, total = zoneinfo.ZoneInfo(zone), dt.timedelta(0)
    day, last = start.astimezone(tz).date(), end.astimezone(tz).date()
    while end > start and day <= last:
        for open_minute, close_minute in hours.spans_on(day, country):
            opened = max(_instant(day, open_minute, tz), start)
            closed = min(_instant(day, close_minute, tz), end)
            total += max(closed - opened, dt.timedelta(0))
        day += dt.timedelta(days=1)
    return total


@settings(max_examples=300, deadline=None)
@given(
    instants,
    st.integers(min_value=0, max_value=60 * 24 * 800),
    st.sampled_from(HOURS),
    st.sampled_from(ZONES),
    st.sampled_from(["", "CN", "US"]),
)
def test_long_spans_count_what_the_day_by_day_walk_counts(start, minutes, text, zone, country):
    end = start + dt.timedelta(minutes=minutes)
    hours = WeeklyHours.parse(text)
    assert business_time(start, end, hours, zone, country) == day_by_day(start, end, hours, zone, country)
