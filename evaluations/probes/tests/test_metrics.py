"""Measured support arithmetic (evaluations/probes/metrics.py), without a database."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evaluations.probes import metrics
from evaluations.probes.metrics import ProbeFact, Promise

T0 = dt.datetime(2026, 11, 2, 10, tzinfo=dt.UTC)


def fact(probe_id, severity="P2", *, sent=T0, **kwargs) -> ProbeFact:
    return ProbeFact(probe_id=probe_id, severity=severity, sent_at=sent, **kwargs)


def test_worked_example_from_the_module_docstring():
    promise = Promise("P2", response_minutes=60, fix_minutes=480)
    facts = [
        fact(1, response_minutes=30, response_business_minutes=30, resolution_minutes=300,
             resolution_business_minutes=300, sla_response=30, sla_fix=300),
        fact(2, response_minutes=90, response_business_minutes=90, sla_response=90, sla_fix_waited=700),
        fact(3, timed_out=True, sla_response_waited=4320, sla_fix_waited=4320),
    ]  # fmt: skip
    row = metrics.severity_metrics("P2", facts, promise)
    assert row.answered_share == pytest.approx(2 / 3)
    assert row.median_response_business_minutes == 60
    assert row.p90_response_business_minutes == 90
    assert (row.sla_response.met, row.sla_response.missed, row.sla_response.pending) == (1, 2, 0)
    assert row.sla_response.share == pytest.approx(1 / 3)
    assert (row.sla_fix.met, row.sla_fix.missed) == (1, 2)
    assert metrics.unanswered_streak(facts) == []


def test_probes_still_inside_their_time_out_count_neither_way():
    row = metrics.severity_metrics("P3", [fact(1, "P3", response_minutes=10), fact(2, "P3")])
    assert (row.answered, row.settled, row.answered_share) == (1, 1, 1.0)


def test_a_promise_not_yet_due_is_pending_not_missed():
    attainment = metrics.attainment(240, [(None, 100), (None, None), (120, None), (300, None)])
    assert (attainment.met, attainment.missed, attainment.pending) == (1, 1, 2)
    assert attainment.share == 0.5


def test_no_promise_means_no_attainment():
    assert metrics.attainment(None, [(10, None)]) is None
    assert metrics.severity_metrics("P4", [fact(1, "P4", response_minutes=5)]).sla_response is None


def test_two_urgent_probes_unanswered_in_a_row_raise_the_streak():
    facts = [
        fact(1, "P1", sent=T0, timed_out=True),
        fact(2, "P3", sent=T0 + dt.timedelta(days=1), timed_out=True),  # not urgent: does not break the row
        fact(3, "P2", sent=T0 + dt.timedelta(days=2), timed_out=True),
    ]
    assert metrics.unanswered_streak(facts) == [1, 3]
    answered_between = [*facts[:2], fact(4, "P2", sent=T0 + dt.timedelta(hours=30), response_minutes=20), facts[2]]
    assert metrics.unanswered_streak(answered_between) == []


def test_the_monthly_trend_uses_the_readers_zone():
    shanghai = zoneinfo.ZoneInfo("Asia/Shanghai")
    late_october_utc = dt.datetime(2026, 10, 31, 20, tzinfo=dt.UTC)  # already November 1 in Shanghai
    rows = metrics.monthly_trend(
        [fact(1, sent=late_october_utc, response_minutes=30, response_business_minutes=10)], shanghai
    )
    assert [row.month for row in rows] == ["2026-11"]
    assert rows[0].by_severity["P2"] == 10


def test_by_severity_lists_only_severities_that_have_probes_most_urgent_first():
    rows = metrics.by_severity([fact(1, "P4"), fact(2, "P1"), fact(3, "P4")], {})
    assert [(row.severity, row.count) for row in rows] == [("P1", 1), ("P4", 2)]


@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=1, max_size=60))
def test_percentiles_are_values_of_the_list_and_ordered(values):
    p50, p90 = metrics.percentile(values, 0.5), metrics.percentile(values, 0.9)
    assert p50 in values
    assert p90 in values
    assert min(values) <= p50 <= p90 <= max(values)
