"""combine_views: a vendor's scenario views scored in one pass give what one combine per view gives."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from evaluations.scoring import (
    AnswerInput,
    RedFlag,
    Signal,
    combine,
    combine_views,
    for_scenario,
    weighted_median,
)
from evaluations.tests.test_scoring import spec

CRITERIA = [
    spec("depth", "scale", "support_depth"),
    spec("signed", "yes_no", "sla", red_flag={"equals": "no", "label_en": "No SLA"}),
    spec("first_answer", "number", "response_speed", weight=2, red_flag={"gt": 100}),
    dataclasses.replace(spec("channel", "single", "response_speed"), scenarios=("1v1-social",)),
    dataclasses.replace(spec("docs", "multi", "documentation", weight=3), scenarios=("show-live", "voice-room")),
    spec("notes", "text", "credibility"),
]
SCENARIOS = ["", "1v1-social", "show-live", "overseas"]
ANSWERS = {
    "depth": st.sampled_from([None, 1, 2, 3, 4, 5]),
    "signed": st.sampled_from([None, "yes", "no"]),
    "first_answer": st.sampled_from([None, 0, 10.5, 60, 240, 1000]),
    "channel": st.sampled_from([None, "group", "im", "ticket"]),
    "docs": st.sampled_from([None, [], ["docs"], ["api", "faq"], ["docs", "api", "faq"]]),
    "notes": st.sampled_from([None, "", "fine"]),
}


@st.composite
def evaluator(draw) -> tuple[dict[str, AnswerInput], float]:
    answers = {
        key: AnswerInput(None, is_na=True) if draw(st.booleans()) and draw(st.booleans()) else AnswerInput(draw(values))
        for key, values in ANSWERS.items()
        if draw(st.booleans())
    }
    return answers, draw(st.sampled_from([0.0, 0.25, 0.5, 1.0, 0.7071067811865476]))


@settings(max_examples=200, deadline=None)
@given(st.lists(evaluator(), max_size=5), st.lists(st.sampled_from(["1v1-social", "show-live"]), unique=True))
def test_scoring_every_view_at_once_equals_one_combine_per_view(evaluations, served):
    signals = [Signal("fact", "team_stability", "A fact", 80, 2, supersedes=("depth",))]
    flags = [RedFlag("hidden", "Hidden fees", "隐藏费用")]
    views = [for_scenario(CRITERIA, scenario, served).criteria for scenario in SCENARIOS]
    together = combine_views(evaluations, views, signals, flags)
    assert [result.to_dict() for result in together] == [
        combine(evaluations, criteria, signals, flags).to_dict() for criteria in views
    ]


def test_a_single_evaluator_is_its_own_weighted_median():
    assert weighted_median([(75.0, 0.3)]) == 75.0


def reference_median(values: list[tuple[float, float]]) -> float:
    """weighted_median as first written: the halfway test on exact fractions."""
    items = sorted((value, weight) for value, weight in values if weight > 0)
    total = sum((Fraction(weight) for _, weight in items), Fraction(0))
    cumulative = Fraction(0)
    for index, (value, weight) in enumerate(items):
        cumulative += Fraction(weight)
        if 2 * cumulative > total:
            return value
        if 2 * cumulative == total:
            return (value + items[index + 1][0]) / 2
    raise AssertionError


weights = st.one_of(
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.sampled_from([0.5, 0.25, 1.0, 0.125, 3, Decimal("0.1"), Fraction(1, 3)]),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([0.0, 25.0, 50.0, 75.0, 100.0, 33.3]), weights), min_size=1, max_size=6))
def test_the_weighted_median_in_whole_units_is_the_fractions_one(values):
    if any(weight > 0 for _, weight in values):
        assert weighted_median(values) == reference_median(values)
