"""Schedule slots and send times, without a database (the rules of evaluations/probes/cadence.py)."""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluations.probes import cadence

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
TEN, FIVE = dt.time(10), dt.time(17)


def at(tz, *parts) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=tz)


def test_worked_example_every_seven_days_sends_inside_the_window():
    options = {"tz": SHANGHAI, "starts_on": dt.date(2026, 11, 2), "interval_days": 7}
    first = cadence.next_slot(at(SHANGHAI, 2026, 11, 1), **options)
    assert first == at(SHANGHAI, 2026, 11, 2)
    assert cadence.next_slot(first, **options) == at(SHANGHAI, 2026, 11, 9)
    assert cadence.send_window(first, TEN, FIVE, SHANGHAI) == (
        at(SHANGHAI, 2026, 11, 2, 10),
        at(SHANGHAI, 2026, 11, 2, 17),
    )


def test_worked_example_a_cron_slot_inside_the_window_sends_no_earlier_than_the_slot():
    slot = cadence.next_slot(at(SHANGHAI, 2026, 11, 2), tz=SHANGHAI, starts_on=dt.date(2026, 11, 1), cron="30 14 * * 3")
    assert slot == at(SHANGHAI, 2026, 11, 4, 14, 30)
    assert cadence.send_window(slot, TEN, FIVE, SHANGHAI) == (slot, at(SHANGHAI, 2026, 11, 4, 17))


def test_worked_example_a_cron_slot_after_the_window_moves_to_the_next_day():
    slot = at(SHANGHAI, 2026, 11, 6, 19)
    assert cadence.send_window(slot, TEN, FIVE, SHANGHAI) == (
        at(SHANGHAI, 2026, 11, 7, 10),
        at(SHANGHAI, 2026, 11, 7, 17),
    )


def test_a_cron_runs_in_the_vendors_zone_across_daylight_saving():
    # Mondays at 10:00 in Berlin: 08:00 UTC before summer time ends on 2026-10-25, 09:00 UTC after.
    summer = cadence.next_slot(at(BERLIN, 2026, 10, 13), tz=BERLIN, starts_on=dt.date(2026, 1, 1), cron="0 10 * * 1")
    winter = cadence.next_slot(at(BERLIN, 2026, 10, 27), tz=BERLIN, starts_on=dt.date(2026, 1, 1), cron="0 10 * * 1")
    assert summer.astimezone(dt.UTC).hour == 8
    assert winter.astimezone(dt.UTC).hour == 9
    assert summer.astimezone(BERLIN).hour == winter.astimezone(BERLIN).hour == 10


def test_there_is_no_slot_after_the_end_date():
    options = {"tz": SHANGHAI, "starts_on": dt.date(2026, 11, 2), "ends_on": dt.date(2026, 11, 8), "interval_days": 7}
    assert cadence.next_slot(at(SHANGHAI, 2026, 11, 2, 1), **options) is None


def test_slots_never_come_before_the_start_date():
    slot = cadence.next_slot(at(SHANGHAI, 2026, 1, 1), tz=SHANGHAI, starts_on=dt.date(2026, 3, 1), cron="0 10 * * *")
    assert slot == at(SHANGHAI, 2026, 3, 1, 10)


@pytest.mark.parametrize(
    ("expression", "reason"), [("0 0 30 2 *", "day-of-month"), ("nonsense", "."), ("61 * * * *", "minute")]
)
def test_a_cron_that_cannot_fire_is_refused(expression, reason):
    with pytest.raises(cadence.CadenceError, match=reason):
        cadence.check_cron(expression)


def test_a_slot_planned_inside_its_window_is_sent_no_earlier_than_the_planning_and_a_late_one_at_once():
    slot = at(SHANGHAI, 2026, 11, 2)
    assert cadence.send_window(slot, TEN, FIVE, SHANGHAI, not_before=at(SHANGHAI, 2026, 11, 2, 12)) == (
        at(SHANGHAI, 2026, 11, 2, 12), at(SHANGHAI, 2026, 11, 2, 17),
    )  # fmt: skip
    late = at(SHANGHAI, 2026, 11, 2, 20)
    assert cadence.send_window(slot, TEN, FIVE, SHANGHAI, not_before=late) == (late, late)
    assert cadence.send_time(slot, (late, late), random.Random(3)) == late


def test_an_empty_window_is_refused():
    with pytest.raises(cadence.CadenceError, match="empty"):
        cadence.send_window(at(SHANGHAI, 2026, 11, 2), FIVE, TEN, SHANGHAI)


def test_the_first_open_slot_skips_slots_whose_window_has_closed():
    options = {"tz": SHANGHAI, "starts_on": dt.date(2026, 11, 2), "ends_on": None, "interval_days": 1, "cron": ""}
    # At 18:00 on the 5th, the 5th's window (10-17) has closed: the first slot is the 6th.
    first = cadence.first_open_slot(at(SHANGHAI, 2026, 11, 5, 18), window_start=TEN, window_end=FIVE, **options)
    assert first == at(SHANGHAI, 2026, 11, 6)
    # At 12:00 the window is still open: today's slot.
    first = cadence.first_open_slot(at(SHANGHAI, 2026, 11, 5, 12), window_start=TEN, window_end=FIVE, **options)
    assert first == at(SHANGHAI, 2026, 11, 5)


def test_a_seeded_draw_is_the_same_every_time():
    slot = at(SHANGHAI, 2026, 11, 2)
    window = cadence.send_window(slot, TEN, FIVE, SHANGHAI)
    first = cadence.send_time(slot, window, cadence.seeded(7, slot))
    assert first == cadence.send_time(slot, window, cadence.seeded(7, slot))
    assert first != cadence.send_time(slot, window, cadence.seeded(8, slot))


def test_severities_follow_the_mix():
    rng = random.Random(1)
    draws = [cadence.pick_severity({"P1": 1, "P3": 3, "P4": 0}, rng) for _ in range(4000)]
    assert set(draws) == {"P1", "P3"}
    assert 0.2 < draws.count("P1") / len(draws) < 0.3


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 12, 31)),
    st.integers(0, 23 * 60),
    st.integers(1, 24 * 60),
    st.integers(0, 2**32),
)
def test_a_send_time_is_inside_its_window_and_not_before_its_slot(local_slot, start_minute, length, seed):
    opens = dt.time(start_minute // 60, start_minute % 60)
    end_minute = min(start_minute + length, 24 * 60 - 1)
    if end_minute <= start_minute:
        return
    closes = dt.time(end_minute // 60, end_minute % 60)
    slot = local_slot.replace(tzinfo=SHANGHAI)
    window = cadence.send_window(slot, opens, closes, SHANGHAI)
    moment = cadence.send_time(slot, window, random.Random(seed))
    assert moment >= slot
    assert window[0] <= moment <= window[1]
    local = moment.astimezone(SHANGHAI).time()
    assert opens <= local <= closes
