"""The weekly-hours format and the holiday calendar, without a database."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vendors.hours import DAYS, HoursError, WeeklyHours, holiday_name, is_supported_country


def test_it_parses_ranges_and_several_intervals_a_day():
    hours = WeeklyHours.parse("mon-fri 09:00-12:00,13:00-18:00; sat 10:00-16:00")
    assert hours.to_json()["wed"] == [["09:00", "12:00"], ["13:00", "18:00"]]
    assert hours.to_json()["sat"] == [["10:00", "16:00"]]
    assert "sun" not in hours.to_json()
    assert hours.hours_per_week() == 5 * 8 + 6


def test_it_writes_the_shortest_text_back():
    assert str(WeeklyHours.parse("mon 09:00-18:00; tue 09:00-18:00; wed 09:00-18:00")) == "mon-wed 09:00-18:00"
    assert str(WeeklyHours.parse("mon,wed 09:00-18:00")) == "mon 09:00-18:00; wed 09:00-18:00"
    assert str(WeeklyHours.parse("mon-sun 00:00-24:00")) == "24/7"


def test_24_7_is_open_at_any_minute():
    hours = WeeklyHours.parse("24/7")
    assert hours.hours_per_week() == 168
    assert hours.is_open(dt.datetime(2026, 11, 22, 3, 17))


def test_empty_text_means_no_hours_recorded():
    assert WeeklyHours.parse("").is_empty
    assert WeeklyHours.from_json({}).is_empty


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("mon 18:00-09:00", "ends before it starts"),
        ("xyz 09:00-10:00", "not a weekday"),
        ("fri-mon 09:00-10:00", "not a range of weekdays"),
        ("mon 9-10", "not a time"),
        ("mon 09:00-25:00", "not a time of day"),
        ("mon 09:60-10:00", "not a time of day"),
        ("mon 09:00-12:00,11:00-13:00", "overlap"),
        ("mon-fri", "needs days and times"),
        ("mon 09:00", "not an interval"),
    ],
)
def test_it_refuses_bad_text_with_a_reason(text, reason):
    with pytest.raises(HoursError, match=reason):
        WeeklyHours.parse(text)


@pytest.mark.parametrize(
    "data", [["mon"], {"funday": [["09:00", "10:00"]]}, {"mon": [["09:00"]]}, {"mon": [[9, 10]]}, {"mon": "09-10"}]
)
def test_it_refuses_malformed_json(data):
    with pytest.raises(HoursError):
        WeeklyHours.from_json(data)


def test_open_follows_the_local_weekday_and_minute():
    hours = WeeklyHours.parse("mon-fri 09:00-18:00")
    monday = dt.datetime(2026, 11, 23, 9, 0)
    assert hours.is_open(monday)
    assert not hours.is_open(monday.replace(hour=8, minute=59))
    assert not hours.is_open(monday.replace(hour=18, minute=0))  # the end minute is closed
    assert not hours.is_open(dt.datetime(2026, 11, 22, 10, 0))  # Sunday


def test_a_holiday_closes_the_day_and_a_make_up_sunday_opens_with_weekday_hours():
    hours = WeeklyHours.parse("mon-fri 09:00-18:00; sat 10:00-12:00")
    assert hours.spans_on(dt.date(2025, 1, 29), "CN") == ()  # Spring Festival (a Wednesday)
    assert hours.spans_on(dt.date(2025, 2, 3), "CN") == ()  # the Monday given off in exchange
    assert hours.spans_on(dt.date(2025, 1, 26), "CN") == ((540, 1080),)  # the Sunday worked instead (调休)
    assert hours.spans_on(dt.date(2025, 1, 26)) == ()  # without a calendar, Sunday is Sunday
    assert hours.spans_on(dt.date(2025, 1, 29)) == ((540, 1080),)
    assert hours.is_open(dt.datetime(2025, 1, 26, 10, 0), "CN")
    assert not hours.is_open(dt.datetime(2025, 1, 29, 10, 0), "CN")


def test_weekend_hours_stay_open_on_an_ordinary_weekend():
    hours = WeeklyHours.parse("sat-sun 10:00-18:00")
    assert hours.is_open(dt.datetime(2026, 11, 22, 15, 44), "SG")


def test_the_typical_weekday_is_the_most_common_weekday_schedule():
    hours = WeeklyHours.parse("mon-thu 09:00-18:00; fri 09:00-17:00")
    assert hours.typical_weekday() == ((540, 1080),)
    assert WeeklyHours.parse("sat 10:00-12:00").typical_weekday() == ()


def test_holiday_names_come_from_the_calendar():
    assert holiday_name(dt.date(2025, 1, 29), "CN")
    assert holiday_name(dt.date(2025, 1, 29)) is None
    assert holiday_name(dt.date(2025, 3, 5), "CN") is None


def test_it_knows_which_countries_have_calendars():
    assert is_supported_country("CN")
    assert is_supported_country("SG")
    assert not is_supported_country("XX")
    assert not is_supported_country("")


# --- properties ---------------------------------------------------------------
minutes = st.integers(min_value=0, max_value=24 * 60)


@st.composite
def weekly_hours(draw) -> WeeklyHours:
    days = {}
    for day in draw(st.lists(st.sampled_from(DAYS), unique=True)):
        cuts = sorted(draw(st.lists(minutes, min_size=2, max_size=6, unique=True)))
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        days[day] = [[f"{s // 60:02d}:{s % 60:02d}", f"{e // 60:02d}:{e % 60:02d}"] for s, e in spans]
    return WeeklyHours.from_json(days)


@given(weekly_hours())
def test_text_and_json_round_trip(hours):
    assert WeeklyHours.parse(str(hours)) == hours
    assert WeeklyHours.from_json(hours.to_json()) == hours


@given(weekly_hours())
def test_weekly_hours_stay_within_a_week(hours):
    assert 0 <= hours.hours_per_week() <= 168


@given(weekly_hours(), st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1)))
def test_open_means_inside_one_of_the_days_intervals(hours, moment):
    minute = moment.hour * 60 + moment.minute
    spans = hours.days.get(DAYS[moment.weekday()], ())
    assert hours.is_open(moment) == any(start <= minute < end for start, end in spans)
