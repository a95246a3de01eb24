"""Scoring is pure: every test here runs without a database."""

from __future__ import annotations

import json
import math
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from evaluations.scoring import (
    DIMENSIONS,
    MAX_WEIGHT,
    RED_FLAG_GRADE_CAP,
    AnswerError,
    AnswerInput,
    CombinedResult,
    CriterionError,
    CriterionSpec,
    EvaluationResult,
    RedFlag,
    Signal,
    SignalError,
    WeightError,
    combine,
    decay_weight,
    grade_for,
    overall,
    raises_red_flag,
    score_answer,
    score_evaluation,
    validate_answer,
    validate_criterion,
    validate_weights,
    weighted_median,
)

A = AnswerInput
NA = AnswerInput(None, is_na=True)
TOLERANCE = 1e-6
PROPERTY = settings(max_examples=200, deadline=None)


def spec(
    key: str = "q",
    answer_type: str = "yes_no",
    dimension: str = "sla",
    weight: float = 1.0,
    rule: dict | None = None,
    red_flag: dict | None = None,
    na_allowed: bool = True,
    label: str = "",
) -> CriterionSpec:
    default_rules = {
        "yes_no": {"yes": 100, "no": 0},
        "scale": {},
        "number": {"better": "lower", "bands": [[15, 100], [60, 75], [240, 50]], "otherwise": 0},
        "single": {
            "options": [{"key": "group", "score": 100}, {"key": "im", "score": 70}, {"key": "ticket", "score": 20}]
        },
        "multi": {"options": [{"key": "docs", "score": 40}, {"key": "api", "score": 40}, {"key": "faq", "score": 30}]},
        "text": {},
    }
    return CriterionSpec(
        key=key,
        dimension=dimension,
        answer_type=answer_type,
        weight=weight,
        rule=default_rules[answer_type] if rule is None else rule,
        red_flag=red_flag,
        na_allowed=na_allowed,
        label=label or key,
    )


ONLY = dict.fromkeys(DIMENSIONS, 0.0)


def profile(**weights: float) -> dict[str, float]:
    return {**ONLY, **weights}


# ---------------------------------------------------------------------------
# One answer per answer type


def test_yes_no_scores_come_from_the_rule():
    criterion = spec(rule={"yes": 90, "no": 10})
    assert score_answer(criterion, A("yes")) == 90
    assert score_answer(criterion, A("no")) == 10


@pytest.mark.parametrize(("value", "expected"), [(1, 0), (2, 25), (3, 50), (4, 75), (5, 100)])
def test_a_scale_answer_maps_1_to_5_onto_0_to_100(value, expected):
    assert score_answer(spec(answer_type="scale"), A(value)) == expected


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(0, 100), (15, 100), (15.5, 75), (60, 75), (61, 50), (240, 50), (241, 0)],
)
def test_a_lower_is_better_number_takes_the_first_band_it_is_at_or_under(minutes, expected):
    assert score_answer(spec(answer_type="number"), A(minutes)) == expected


@pytest.mark.parametrize(("engineers", "expected"), [(50, 100), (20, 100), (19, 60), (5, 60), (4.9, 10), (0, 10)])
def test_a_higher_is_better_number_takes_the_first_band_it_is_at_or_over(engineers, expected):
    rule = {"better": "higher", "bands": [[20, 100], [5, 60]], "otherwise": 10}
    assert score_answer(spec(answer_type="number", rule=rule), A(engineers)) == expected


def test_a_single_choice_scores_the_chosen_option():
    assert score_answer(spec(answer_type="single"), A("im")) == 70


@pytest.mark.parametrize(
    ("selected", "expected"),
    [([], 0), (["faq"], 30), (["docs", "faq"], 70), (["docs", "api", "faq"], 100), (("docs", "api"), 80)],
)
def test_a_multiple_choice_sums_the_selected_options_capped_at_100(selected, expected):
    assert score_answer(spec(answer_type="multi"), A(selected)) == expected


def test_text_answers_are_never_scored():
    assert score_answer(spec(answer_type="text"), A("They answered within the hour.")) is None


@pytest.mark.parametrize("answer", [NA, A(None), A(""), A("yes", is_na=True)])
def test_na_and_unanswered_have_no_score(answer):
    assert score_answer(spec(), answer) is None


# ---------------------------------------------------------------------------
# Validation


@pytest.mark.parametrize(
    ("answer_type", "value", "message"),
    [
        ("yes_no", "maybe", 'expected "yes" or "no"'),
        ("yes_no", True, 'expected "yes" or "no"'),
        ("scale", 0, "from 1 to 5"),
        ("scale", 6, "from 1 to 5"),
        ("scale", 3.0, "from 1 to 5"),
        ("scale", "3", "from 1 to 5"),
        ("scale", True, "from 1 to 5"),
        ("number", "12", "finite number"),
        ("number", math.nan, "finite number"),
        ("number", math.inf, "finite number"),
        ("number", False, "finite number"),
        ("single", "email", "expected one of"),
        ("single", ["im"], "expected one of"),
        ("multi", "docs", "list of option keys"),
        ("multi", [1], "list of option keys"),
        ("multi", ["docs", "video"], "unknown options ['video']"),
        ("multi", ["docs", "docs"], "more than once"),
        ("text", 5, "expected text"),
    ],
)
def test_invalid_answers_are_refused_with_a_clear_message(answer_type, value, message):
    criterion = spec(key="the_question", answer_type=answer_type)
    for check in (validate_answer, score_answer, raises_red_flag):
        with pytest.raises(AnswerError, match="the_question") as error:
            check(criterion, A(value))
        assert message in str(error.value)


def test_na_is_refused_where_the_question_does_not_allow_it():
    with pytest.raises(AnswerError, match="cannot be answered N/A"):
        validate_answer(spec(na_allowed=False), NA)


def test_answer_errors_are_value_errors():
    assert issubclass(AnswerError, ValueError)
    assert issubclass(WeightError, ValueError)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"dimension": "speed"}, "unknown dimension"),
        ({"answer_type": "stars", "rule": {}}, "unknown answer type"),
        ({"weight": -1}, "weight"),
        ({"weight": math.nan}, "weight"),
        ({"key": ""}, "non-empty key"),
        ({"rule": {"yes": 100}}, 'score for "no"'),
        ({"rule": {"yes": 120, "no": 0}}, "from 0 to 100"),
        ({"red_flag": {"equals": "maybe"}}, '"yes" or "no"'),
        ({"red_flag": {"any_of": ["no"]}}, "cannot have a 'any_of' red flag"),
        ({"red_flag": {"equal": "no"}}, "unknown red-flag keys"),
        ({"red_flag": {"label_en": "No SLA"}}, "needs one of"),
        ({"answer_type": "number", "rule": {"better": "lower", "bands": []}}, '"otherwise"'),
        ({"answer_type": "number", "rule": {"better": "less", "bands": [], "otherwise": 0}}, '"better"'),
        ({"answer_type": "number", "rule": {"better": "lower", "bands": [[1]], "otherwise": 0}}, "[threshold, score]"),
        ({"answer_type": "single", "rule": {"options": []}}, "non-empty list of options"),
        ({"answer_type": "single", "rule": {"options": [{"key": "a", "score": 1}] * 2}}, "appears twice"),
        ({"answer_type": "multi", "red_flag": {"any_of": ["video"]}}, "unknown options"),
        ({"answer_type": "text", "red_flag": {"equals": "x"}}, "cannot have"),
    ],
)
def test_unscorable_criteria_are_refused_with_a_clear_message(changes, message):
    arguments = {"key": "sla_signed", **changes}
    with pytest.raises(CriterionError) as error:
        validate_criterion(spec(**arguments))
    assert message in str(error.value)


def test_every_answer_type_accepts_its_default_rule():
    for answer_type in ("yes_no", "scale", "number", "single", "multi", "text"):
        validate_criterion(spec(answer_type=answer_type))


# ---------------------------------------------------------------------------
# Red flags


def test_a_yes_no_red_flag_is_raised_by_the_matching_answer():
    criterion = spec(red_flag={"equals": "no", "label_en": "No SLA", "label_zh": "没有SLA"})
    assert raises_red_flag(criterion, A("no"))
    assert not raises_red_flag(criterion, A("yes"))


def test_a_number_red_flag_is_raised_above_gt_or_below_lt():
    over = spec(answer_type="number", red_flag={"gt": 24})
    under = spec(answer_type="number", red_flag={"lt": 2})
    assert raises_red_flag(over, A(25))
    assert not raises_red_flag(over, A(24))
    assert raises_red_flag(under, A(1.5))
    assert not raises_red_flag(under, A(2))


def test_choice_red_flags_are_raised_by_any_listed_option():
    single = spec(answer_type="single", red_flag={"any_of": ["ticket"]})
    multi = spec(answer_type="multi", red_flag={"any_of": ["faq", "api"]})
    assert raises_red_flag(single, A("ticket"))
    assert not raises_red_flag(single, A("im"))
    assert raises_red_flag(multi, A(["docs", "api"]))
    assert not raises_red_flag(multi, A(["docs"]))
    assert not raises_red_flag(multi, A([]))


@pytest.mark.parametrize("answer", [NA, A(None), A("")])
def test_na_or_unanswered_never_raises_a_red_flag(answer):
    assert not raises_red_flag(spec(red_flag={"equals": "no"}), answer)


def test_a_criterion_without_a_red_flag_rule_never_raises_one():
    assert not raises_red_flag(spec(), A("no"))


def test_one_evaluator_raising_a_flag_confirms_it_and_caps_the_grade():
    criteria = [
        spec("sla_signed", red_flag={"equals": "no", "label_en": "No SLA", "label_zh": "没有SLA"}),
        spec("docs", "scale", dimension="documentation"),
    ]
    result = score_evaluation(criteria, {"sla_signed": A("no"), "docs": A(5)})
    [flag] = result.red_flags
    assert (flag.key, flag.label_en, flag.label_zh, flag.dimension) == ("sla_signed", "No SLA", "没有SLA", "sla")
    assert (flag.raised, flag.answered, flag.confirmed) == (1, 1, True)
    card = overall(result, profile(documentation=1))
    assert card.overall == 100
    assert card.grade == RED_FLAG_GRADE_CAP == "C"
    assert card.grade_capped


def test_a_red_flag_without_labels_falls_back_to_the_question():
    criteria = [spec("sla_signed", red_flag={"equals": "no"}, label="Is an SLA signed?")]
    [flag] = score_evaluation(criteria, {"sla_signed": A("no")}).red_flags
    assert flag.label_en == flag.label_zh == "Is an SLA signed?"


# ---------------------------------------------------------------------------
# One evaluation


def test_the_dimension_score_is_the_weighted_mean_of_answered_criteria():
    criteria = [spec("a", weight=3), spec("b", weight=1)]
    result = score_evaluation(criteria, {"a": A("yes"), "b": A("no")})
    sla = result.dimension("sla")
    assert sla.score == 75
    assert sla.coverage == 1
    assert [c.contribution for c in sla.criteria] == [75, 0]


def test_unanswered_criteria_lower_coverage_and_are_not_counted_as_zero():
    criteria = [spec("a", weight=3), spec("b", weight=1)]
    sla = score_evaluation(criteria, {"a": A("yes")}).dimension("sla")
    assert sla.score == 100
    assert sla.coverage == 0.75
    assert (sla.answered, sla.applicable) == (1, 2)
    assert [c.status for c in sla.criteria] == ["scored", "unanswered"]


def test_na_criteria_leave_both_score_and_coverage():
    criteria = [spec("a", weight=3), spec("b", weight=1)]
    sla = score_evaluation(criteria, {"a": A("no"), "b": NA}).dimension("sla")
    assert (sla.score, sla.coverage, sla.answered, sla.applicable) == (0, 1, 1, 1)
    assert sla.criteria[1].status == "na"


def test_a_dimension_without_answers_has_no_data_rather_than_zero():
    sla = score_evaluation([spec("a")], {}).dimension("sla")
    assert sla.score is None
    assert sla.coverage == 0
    assert (sla.answered, sla.applicable) == (0, 1)


def test_a_dimension_whose_criteria_are_all_na_has_no_score_and_no_coverage():
    sla = score_evaluation([spec("a"), spec("b")], {"a": NA, "b": NA}).dimension("sla")
    assert (sla.score, sla.coverage, sla.applicable) == (None, 0, 0)


def test_text_criteria_count_for_neither_score_nor_coverage():
    criteria = [spec("a"), spec("notes", "text")]
    sla = score_evaluation(criteria, {"a": A("yes")}).dimension("sla")
    assert (sla.score, sla.coverage, sla.applicable) == (100, 1, 1)
    assert sla.criteria[1].status == "not_scored"


def test_zero_weight_criteria_count_for_nothing():
    criteria = [spec("a"), spec("free", weight=0), spec("open", weight=0)]
    sla = score_evaluation(criteria, {"a": A("yes"), "free": A("no")}).dimension("sla")
    assert (sla.score, sla.coverage, sla.answered, sla.applicable) == (100, 1, 1, 1)
    only_zero = score_evaluation([spec("free", weight=0)], {"free": A("yes")}).dimension("sla")
    assert (only_zero.score, only_zero.coverage) == (None, 0)


def test_every_dimension_is_reported_in_dimension_order():
    result = score_evaluation([spec("a")], {"a": A("yes")})
    assert [d.key for d in result.dimensions] == list(DIMENSIONS)
    assert [d.score for d in result.dimensions if d.key != "sla"] == [None] * 9


def test_answers_to_unknown_criteria_are_ignored():
    result = score_evaluation([spec("a")], {"a": A("yes"), "gone": A(12)})
    assert result.dimension("sla").score == 100


def test_repeated_criterion_keys_are_refused():
    with pytest.raises(CriterionError, match="repeated"):
        score_evaluation([spec("a"), spec("a")], {})


def test_one_bad_answer_fails_the_whole_evaluation():
    with pytest.raises(AnswerError, match="a:"):
        score_evaluation([spec("a")], {"a": A("perhaps")})


def test_the_evaluation_result_serialises_to_rounded_json():
    criteria = [spec("a", weight=2), spec("b"), spec("c")]
    data = score_evaluation(criteria, {"a": A("yes"), "b": A("no")}).to_dict()
    json.dumps(data)
    sla = next(d for d in data["dimensions"] if d["key"] == "sla")
    assert sla["score"] == 66.67
    assert sla["coverage"] == 0.75
    assert sla["criteria"][0]["contribution"] == 66.67


# ---------------------------------------------------------------------------
# Several evaluators


def test_weighted_median_of_equal_weights_is_the_middle_value():
    assert weighted_median([(10, 1), (90, 1), (40, 1)]) == 40


def test_weighted_median_averages_the_middle_pair_when_weights_split_evenly():
    assert weighted_median([(10, 1), (90, 1)]) == 50
    assert weighted_median([(0, 2), (60, 1), (100, 1)]) == 30


def test_weighted_median_follows_the_heavier_evaluator():
    assert weighted_median([(10, 3), (90, 1)]) == 10
    assert weighted_median([(10, 1), (90, 1.01)]) == 90


def test_weighted_median_does_not_depend_on_the_order_of_evaluators():
    pairs = [(0, 0.5), (50, 0.25), (100, 0.25)]
    assert weighted_median(pairs) == weighted_median(pairs[::-1]) == 25


def test_weighted_median_ignores_zero_weights_and_needs_one_positive():
    assert weighted_median([(0, 0), (70, 1)]) == 70
    with pytest.raises(ValueError, match="positive weight"):
        weighted_median([(0, 0)])


@pytest.mark.parametrize(("age", "expected"), [(0, 1), (365, 0.5), (730, 0.25), (182.5, 2**-0.5), (-3, 1)])
def test_decay_halves_an_evaluations_weight_every_year(age, expected):
    assert decay_weight(age) == pytest.approx(expected)


def test_decay_takes_a_custom_half_life_and_refuses_bad_ones():
    assert decay_weight(90, half_life_days=90) == 0.5
    for half_life in (0, -1, math.inf, math.nan):
        with pytest.raises(WeightError, match="Half-life"):
            decay_weight(10, half_life_days=half_life)
    with pytest.raises(WeightError, match="Age"):
        decay_weight(math.nan)


def test_combining_takes_the_weighted_median_per_criterion_with_spread_and_count():
    criteria = [spec("a", "scale"), spec("b", "scale")]
    evaluations = [({"a": A(5), "b": A(1)}, 1.0), ({"a": A(1)}, 1.0), ({"a": A(4), "b": NA}, 1.0)]
    result = combine(evaluations, criteria)
    assert isinstance(result, CombinedResult)
    assert result.evaluators == 3
    a, b = result.dimension("sla").criteria
    assert (a.score, a.n, a.spread) == (75, 3, 100)
    assert (b.score, b.n, b.spread) == (0, 1, 0)
    assert result.dimension("sla").score == 37.5
    assert result.dimension("sla").spread == 100


def test_a_combined_criterion_is_na_only_when_nobody_scored_it():
    criteria = [spec("a"), spec("b")]
    result = combine([({"a": NA, "b": NA}, 1.0), ({"b": A("yes")}, 1.0), ({}, 1.0)], criteria)
    a, b = result.dimension("sla").criteria
    assert (a.status, b.status, b.score, b.n) == ("na", "scored", 100, 1)
    assert result.dimension("sla").coverage == 1


def test_evaluators_with_zero_weight_are_left_out():
    criteria = [spec("a", red_flag={"equals": "no"})]
    result = combine([({"a": A("yes")}, 1.0), ({"a": A("no")}, 0.0)], criteria)
    assert result.evaluators == 1
    assert result.dimension("sla").score == 100
    assert result.red_flags == []


def test_negative_or_non_finite_evaluator_weights_are_refused():
    for weight in (-1, math.nan, math.inf):
        with pytest.raises(WeightError, match="Evaluator weight"):
            combine([({}, weight)], [spec("a")])


def test_a_red_flag_is_confirmed_when_at_least_half_of_those_who_answered_raise_it():
    criteria = [spec("sla_signed", red_flag={"equals": "no"}), spec("docs", "scale", dimension="documentation")]
    half = combine(
        [({"sla_signed": A("no")}, 1.0), ({"sla_signed": A("yes")}, 1.0), ({"sla_signed": NA, "docs": A(5)}, 1.0)],
        criteria,
    )
    [flag] = half.red_flags
    assert (flag.raised, flag.answered, flag.confirmed) == (1, 2, True)
    minority = combine([({"sla_signed": A("no")}, 1.0)] + [({"sla_signed": A("yes"), "docs": A(5)}, 1.0)] * 2, criteria)
    [flag] = minority.red_flags
    assert (flag.raised, flag.answered, flag.confirmed) == (1, 3, False)


def test_an_unconfirmed_red_flag_is_listed_but_does_not_cap_the_grade():
    criteria = [spec("sla_signed", red_flag={"equals": "no"})]
    result = combine([({"sla_signed": A("no")}, 1.0)] + [({"sla_signed": A("yes")}, 1.0)] * 2, criteria)
    card = overall(result, profile(sla=1))
    assert (card.overall, card.grade, card.grade_capped) == (100, "A", False)
    assert [f.key for f in card.red_flags] == ["sla_signed"]
    assert card.confirmed_red_flags == []


def test_combining_one_evaluation_gives_the_same_scores_as_scoring_it():
    criteria = [spec("a", weight=2), spec("b", "scale"), spec("c", "number", dimension="response_speed")]
    answers = {"a": A("no"), "b": A(4), "c": A(30)}
    single = score_evaluation(criteria, answers)
    combined = combine([(answers, 0.3)], criteria)
    assert single.to_dict()["dimensions"] == combined.to_dict()["dimensions"]


# ---------------------------------------------------------------------------
# Signals


def test_a_signal_counts_as_a_fully_answered_criterion_of_its_dimension():
    criteria = [spec("a", weight=1, dimension="iteration"), spec("b", weight=1, dimension="iteration")]
    release_cadence = Signal("release_cadence", "iteration", "Releases per year", score=40, weight=2, evidence="6")
    iteration = score_evaluation(criteria, {"a": A("yes")}, signals=[release_cadence]).dimension("iteration")
    assert iteration.score == pytest.approx((100 + 2 * 40) / 3)
    assert iteration.coverage == 0.75
    assert (iteration.answered, iteration.applicable) == (2, 3)
    line = iteration.criteria[-1]
    assert (line.kind, line.key, line.evidence, line.n, line.spread) == ("signal", "release_cadence", "6", None, None)
    assert line.contribution == pytest.approx(80 / 3)


def test_a_dimension_can_be_scored_by_signals_alone():
    signal = Signal("turnover", "team_stability", "Contacts who left this year", score=20, weight=1)
    result = combine([], [], signals=[signal])
    team = result.dimension("team_stability")
    assert (team.score, team.coverage) == (20, 1)
    assert overall(result, profile(team_stability=1)).grade == "F"


@pytest.mark.parametrize(
    ("signal", "message"),
    [
        (Signal("s", "speed", "", 50, 1), "unknown dimension"),
        (Signal("s", "sla", "", 101, 1), "from 0 to 100"),
        (Signal("s", "sla", "", math.nan, 1), "from 0 to 100"),
        (Signal("s", "sla", "", 50, -1), "weight"),
        (Signal("a", "sla", "", 50, 1), "already used"),
    ],
)
def test_invalid_signals_are_refused(signal, message):
    with pytest.raises(SignalError, match=message):
        score_evaluation([spec("a")], {}, signals=[signal])


def test_extra_red_flags_from_callers_cap_the_grade_when_confirmed():
    result = score_evaluation(
        [spec("a")], {"a": A("yes")}, extra_flags=[RedFlag("hidden_fees", "Hidden fees", "隐性费用")]
    )
    card = overall(result, profile(sla=1))
    assert (card.grade, card.grade_capped) == ("C", True)
    unconfirmed = RedFlag("maybe_fees", "Maybe fees", "可能有费用", confirmed=False)
    card = overall(score_evaluation([spec("a")], {"a": A("yes")}, extra_flags=[unconfirmed]), profile(sla=1))
    assert (card.grade, card.grade_capped) == ("A", False)


# ---------------------------------------------------------------------------
# Scorecard


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100, "A"),
        (85, "A"),
        (84.99999999999999, "A"),
        (84.99, "B"),
        (70, "B"),
        (69.99, "C"),
        (55, "C"),
        (54.99, "D"),
        (40, "D"),
        (39.99, "F"),
        (0, "F"),
        (None, None),
    ],
)
def test_grades_follow_the_thresholds(score, grade):
    assert grade_for(score) == grade


@pytest.mark.parametrize(("answer", "uncapped", "capped"), [(5, "A", "C"), (4, "B", "C"), (3, "D", "D"), (1, "F", "F")])
def test_a_confirmed_red_flag_caps_a_and_b_at_c_and_leaves_lower_grades(answer, uncapped, capped):
    criteria = [spec("q", "scale")]
    flag = [RedFlag("no_sla", "No SLA", "没有SLA")]
    assert overall(score_evaluation(criteria, {"q": A(answer)}), profile(sla=1)).grade == uncapped
    card = overall(score_evaluation(criteria, {"q": A(answer)}, extra_flags=flag), profile(sla=1))
    assert card.grade == capped
    assert card.grade_capped is (uncapped != capped)


def test_overall_is_the_profile_weighted_mean_of_scored_dimensions():
    criteria = [spec("a", dimension="sla"), spec("b", dimension="pricing"), spec("c", dimension="credibility")]
    result = score_evaluation(criteria, {"a": A("yes"), "b": A("no")})
    card = overall(result, profile(sla=3, pricing=1, credibility=4))
    assert card.overall == 75
    assert card.coverage == pytest.approx(0.5)


def test_overall_has_no_data_when_no_weighted_dimension_has_a_score():
    result = score_evaluation([spec("a", dimension="sla")], {"a": A("yes")})
    card = overall(result, profile(pricing=1))
    assert (card.overall, card.grade, card.coverage) == (None, None, 0)
    empty = overall(score_evaluation([], {}), profile(sla=1))
    assert (empty.overall, empty.grade, empty.coverage) == (None, None, 0)


def test_a_capping_flag_leaves_a_grade_of_no_data_alone():
    result = score_evaluation([], {}, extra_flags=[RedFlag("x", "x", "x")])
    card = overall(result, profile(sla=1))
    assert (card.grade, card.grade_capped, len(card.red_flags)) == (None, False, 1)


def test_the_scorecard_lists_all_ten_dimensions_with_weight_coverage_and_spread():
    criteria = [spec("a", "scale", dimension="sla"), spec("b", dimension="pricing")]
    result = combine([({"a": A(2)}, 1.0), ({"a": A(4)}, 1.0)], criteria)
    card = overall(result, {"sla": 2, "pricing": 1})
    assert [d.key for d in card.dimensions] == list(DIMENSIONS)
    sla = card.dimension("sla")
    assert (sla.score, sla.weight, sla.coverage, sla.spread) == (50, 2, 1, 50)
    pricing = card.dimension("pricing")
    assert (pricing.score, pricing.weight, pricing.coverage, pricing.spread) == (None, 1, 0, None)
    assert card.dimension("credibility").weight == 0
    assert card.coverage == pytest.approx(2 / 3)


def test_the_scorecard_serialises_to_rounded_json_with_a_breakdown():
    criteria = [spec("a", "scale", weight=2), spec("b", "scale"), spec("notes", "text")]
    signal = Signal("sla_attained", "sla", "SLA attainment", score=100 / 3, weight=1)
    result = score_evaluation(criteria, {"a": A(4), "b": A(2), "notes": A("fine")}, signals=[signal])
    data = overall(result, {"sla": 1, "pricing": 2}).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {
        "overall",
        "coverage",
        "grade",
        "grade_capped",
        "grade_cap",
        "red_flags",
        "dimensions",
        "breakdown",
    }
    assert data["overall"] == 52.08
    assert data["coverage"] == 0.33
    assert data["dimensions"][DIMENSIONS.index("sla")] == {
        "key": "sla",
        "score": 52.08,
        "weight": 1.0,
        "coverage": 1.0,
        "spread": 0.0,
        "answered": 3,
        "applicable": 3,
    }
    lines = data["breakdown"]["sla"]
    assert [(line["key"], line["kind"], line["status"]) for line in lines] == [
        ("a", "criterion", "scored"),
        ("b", "criterion", "scored"),
        ("notes", "criterion", "not_scored"),
        ("sla_attained", "signal", "scored"),
    ]
    assert [line["contribution"] for line in lines] == [37.5, 6.25, None, 8.33]
    assert lines[3]["score"] == 33.33
    assert data["breakdown"]["pricing"] == []


# ---------------------------------------------------------------------------
# Profile weights


def test_profile_weights_fill_missing_dimensions_with_zero():
    weights = validate_weights({"sla": 2, "pricing": Decimal("0.5")})
    assert list(weights) == list(DIMENSIONS)
    assert weights["sla"] == 2
    assert weights["pricing"] == 0.5
    assert weights["credibility"] == 0


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ({"speed": 1}, "Unknown dimensions ['speed']"),
        ({"sla": -1}, "must not be negative"),
        ({"sla": math.nan}, "finite number"),
        ({"sla": math.inf}, "finite number"),
        ({"sla": "2"}, "finite number"),
        ({"sla": True}, "finite number"),
        ({"sla": None}, "finite number"),
        ({"sla": 0, "pricing": 0}, "above 0"),
        ({}, "above 0"),
        (["sla"], "must map"),
    ],
)
def test_unusable_profile_weights_are_refused_with_a_clear_message(weights, message):
    with pytest.raises(WeightError) as error:
        validate_weights(weights)
    assert message in str(error.value)


def test_the_scorecard_refuses_unusable_profile_weights():
    with pytest.raises(WeightError):
        overall(score_evaluation([], {}), {"sla": 0})


# ---------------------------------------------------------------------------
# The module docstring's worked examples


def test_worked_example_one_unanswered_and_na_criteria():
    criteria = [
        spec("first_response_minutes", "number", dimension="response_speed", weight=2),
        spec("im_group", "yes_no", dimension="response_speed"),
        spec("weekend_on_call", "scale", dimension="response_speed"),
        spec("api_docs", "scale", dimension="documentation"),
        spec("onsite_training", "yes_no", dimension="documentation", na_allowed=True),
    ]
    answers = {"first_response_minutes": A(45), "im_group": A("yes"), "api_docs": A(4), "onsite_training": NA}
    result = score_evaluation(criteria, answers)
    speed = result.dimension("response_speed")
    assert speed.score == pytest.approx(250 / 3)
    assert speed.coverage == 0.75
    docs = result.dimension("documentation")
    assert (docs.score, docs.coverage) == (75, 1)
    card = overall(result, {"response_speed": 3, "documentation": 1})
    assert card.overall == pytest.approx(81.25)
    assert card.coverage == pytest.approx(0.8125)
    assert card.grade == "B"
    assert card.to_dict()["dimensions"][0]["score"] == 83.33


def test_worked_example_two_three_evaluators_a_signal_and_red_flags():
    response_rule = {"better": "lower", "bands": [[1, 100], [4, 80], [24, 40]], "otherwise": 0}
    criteria = [
        spec("sla_signed", "yes_no", red_flag={"equals": "no", "label_en": "No SLA", "label_zh": "没有SLA"}),
        spec("response_hours", "number", rule=response_rule),
    ]
    evaluations = [
        ({"sla_signed": A("yes"), "response_hours": A(2)}, decay_weight(0)),
        ({"sla_signed": A("no"), "response_hours": A(30)}, decay_weight(365)),
        ({"sla_signed": A("yes"), "response_hours": A(0.5)}, decay_weight(730)),
    ]
    assert [weight for _, weight in evaluations] == [1, 0.5, 0.25]
    release_cadence = Signal("release_cadence", "iteration", "Releases in the last 12 months", score=60, weight=1)
    result = combine(evaluations, criteria, signals=[release_cadence])
    signed, hours = result.dimension("sla").criteria
    assert (signed.score, signed.spread, signed.n) == (100, 100, 3)
    assert (hours.score, hours.spread, hours.n) == (80, 100, 3)
    assert (result.dimension("sla").score, result.dimension("sla").coverage) == (90, 1)
    assert (result.dimension("iteration").score, result.dimension("iteration").coverage) == (60, 1)
    [flag] = result.red_flags
    assert (flag.key, flag.raised, flag.answered, flag.confirmed) == ("sla_signed", 1, 3, False)

    card = overall(result, {"sla": 2, "iteration": 1})
    assert (card.overall, card.coverage, card.grade) == (80, 1, "B")

    hidden_fees = RedFlag("hidden_fees", "Hidden fees in the contract", "合同含隐性费用")
    capped = overall(
        combine(evaluations, criteria, signals=[release_cadence], extra_flags=[hidden_fees]), {"sla": 2, "iteration": 1}
    )
    assert (capped.overall, capped.grade, capped.grade_capped) == (80, "C", True)


# ---------------------------------------------------------------------------
# Laws, checked on generated checklists

SOME_DIMENSIONS = DIMENSIONS[:3]  # few dimensions, so generated criteria share them
ANSWER_TYPES = ("yes_no", "scale", "number", "single", "multi", "text")
rule_scores = st.floats(min_value=0, max_value=100)
criterion_weights = st.one_of(st.just(0.0), st.floats(min_value=0.01, max_value=100))
positive_weights = st.floats(min_value=0.01, max_value=100)
scale_factors = st.floats(min_value=1e-3, max_value=1e3)


@st.composite
def criteria_specs(draw, key: str, answer_types=ANSWER_TYPES, weights=criterion_weights) -> CriterionSpec:
    answer_type = draw(st.sampled_from(answer_types))
    if answer_type == "yes_no":
        rule: dict = {"yes": draw(rule_scores), "no": draw(rule_scores)}
    elif answer_type == "number":
        bands = draw(st.lists(st.tuples(st.floats(-1e6, 1e6), rule_scores).map(list), max_size=4))
        rule = {"better": draw(st.sampled_from(["lower", "higher"])), "bands": bands, "otherwise": draw(rule_scores)}
    elif answer_type in ("single", "multi"):
        scores = draw(st.lists(rule_scores, min_size=1, max_size=4))
        rule = {"options": [{"key": f"o{i}", "score": score} for i, score in enumerate(scores)]}
    else:
        rule = {}
    return CriterionSpec(
        key=key,
        dimension=draw(st.sampled_from(SOME_DIMENSIONS)),
        answer_type=answer_type,
        weight=draw(weights),
        rule=rule,
        red_flag=None,
        na_allowed=draw(st.booleans()),
    )


def values_for(criterion: CriterionSpec) -> st.SearchStrategy:
    kind = criterion.answer_type
    if kind == "yes_no":
        return st.sampled_from(["yes", "no"])
    if kind == "scale":
        return st.integers(1, 5)
    if kind == "number":
        return st.one_of(st.integers(0, 10**6), st.floats(0, 1e6))
    if kind == "text":
        return st.text(max_size=5)
    keys = [option["key"] for option in criterion.rule["options"]]
    if kind == "single":
        return st.sampled_from(keys)
    return st.lists(st.sampled_from(keys), unique=True)


def answers_for(criterion: CriterionSpec) -> st.SearchStrategy:
    """An answer, or None for "no answer row at all"."""
    choices = [st.none(), st.just(A(None)), values_for(criterion).map(A)]
    if criterion.na_allowed:
        choices.append(st.just(NA))
    return st.one_of(choices)


@st.composite
def checklists(draw, min_size: int = 1, max_size: int = 8, answer_types=ANSWER_TYPES):
    size = draw(st.integers(min_size, max_size))
    criteria = [draw(criteria_specs(f"c{i}", answer_types)) for i in range(size)]
    return criteria


@st.composite
def evaluated_checklists(draw, answer_types=ANSWER_TYPES):
    criteria = draw(checklists(answer_types=answer_types))
    answers = {}
    for criterion in criteria:
        answer = draw(answers_for(criterion))
        if answer is not None:
            answers[criterion.key] = answer
    return criteria, answers


@st.composite
def profiles(draw) -> dict[str, float]:
    weights = {key: draw(st.one_of(st.just(0.0), positive_weights)) for key in DIMENSIONS}
    weights[draw(st.sampled_from(SOME_DIMENSIONS))] = draw(positive_weights)
    return weights


def scaled(criteria: list[CriterionSpec], factor: float) -> list[CriterionSpec]:
    return [CriterionSpec(**{**c.__dict__, "weight": c.weight * factor}) for c in criteria]


def assert_same_scores(first: EvaluationResult, second: EvaluationResult) -> None:
    for one, other in zip(first.dimensions, second.dimensions, strict=True):
        assert (one.score is None) == (other.score is None)
        if one.score is not None:
            assert one.score == pytest.approx(other.score, abs=TOLERANCE)
        assert one.coverage == pytest.approx(other.coverage, abs=TOLERANCE)


def assert_not_lower(higher: float | None, lower: float | None) -> None:
    """Whether a dimension has a score does not depend on the answer's value, only its level does."""
    assert (higher is None) == (lower is None)
    if lower is not None:
        assert higher >= lower


def assert_same_cards(first, second) -> None:
    assert (first.overall is None) == (second.overall is None)
    if first.overall is not None:
        assert first.overall == pytest.approx(second.overall, abs=TOLERANCE)
    assert first.coverage == pytest.approx(second.coverage, abs=TOLERANCE)
    assert first.grade == second.grade


@PROPERTY
@given(evaluated_checklists(), profiles())
def test_every_score_stays_between_0_and_100(checklist, weights):
    criteria, answers = checklist
    result = score_evaluation(criteria, answers)
    for dimension in result.dimensions:
        assert 0 <= dimension.coverage <= 1
        assert dimension.score is None or 0 <= dimension.score <= 100
        for line in dimension.criteria:
            assert line.score is None or 0 <= line.score <= 100
    card = overall(result, weights)
    assert card.overall is None or 0 <= card.overall <= 100
    assert 0 <= card.coverage <= 1


@PROPERTY
@given(st.data(), checklists(), st.lists(st.floats(0, 1), min_size=1, max_size=4), profiles())
def test_combined_scores_stay_between_0_and_100(data, criteria, evaluator_weights, weights):
    evaluations = []
    for evaluator_weight in evaluator_weights:
        answers = {c.key: a for c in criteria if (a := data.draw(answers_for(c))) is not None}
        evaluations.append((answers, evaluator_weight))
    result = combine(evaluations, criteria)
    for dimension in result.dimensions:
        assert 0 <= dimension.coverage <= 1
        assert dimension.score is None or 0 <= dimension.score <= 100
        for line in dimension.criteria:
            assert line.score is None or 0 <= line.score <= 100
            assert line.spread is None or 0 <= line.spread <= 100
    card = overall(result, weights)
    assert card.overall is None or 0 <= card.overall <= 100


@PROPERTY
@given(st.data(), evaluated_checklists(answer_types=ANSWER_TYPES[:5]), profiles())
def test_raising_one_answers_score_never_lowers_its_dimension_or_the_overall(data, checklist, weights):
    criteria, answers = checklist
    index = data.draw(st.integers(0, len(criteria) - 1))
    criterion = criteria[index]
    first, second = A(data.draw(values_for(criterion))), A(data.draw(values_for(criterion)))
    if score_answer(criterion, first) > score_answer(criterion, second):
        first, second = second, first
    lower = score_evaluation(criteria, {**answers, criterion.key: first})
    higher = score_evaluation(criteria, {**answers, criterion.key: second})
    assert_not_lower(higher.dimension(criterion.dimension).score, lower.dimension(criterion.dimension).score)
    assert_not_lower(overall(higher, weights).overall, overall(lower, weights).overall)


@PROPERTY
@given(st.data(), checklists(answer_types=ANSWER_TYPES[:5]), st.lists(positive_weights, min_size=1, max_size=4))
def test_raising_one_evaluators_answer_never_lowers_the_combined_score(data, criteria, evaluator_weights):
    evaluations = [
        ({c.key: a for c in criteria if (a := data.draw(answers_for(c))) is not None}, weight)
        for weight in evaluator_weights
    ]
    who = data.draw(st.integers(0, len(evaluations) - 1))
    criterion = criteria[data.draw(st.integers(0, len(criteria) - 1))]
    first, second = A(data.draw(values_for(criterion))), A(data.draw(values_for(criterion)))
    if score_answer(criterion, first) > score_answer(criterion, second):
        first, second = second, first

    def with_answer(answer: AnswerInput) -> CombinedResult:
        changed = list(evaluations)
        changed[who] = ({**evaluations[who][0], criterion.key: answer}, evaluations[who][1])
        return combine(changed, criteria)

    lower, higher = with_answer(first), with_answer(second)
    assert_not_lower(higher.dimension(criterion.dimension).score, lower.dimension(criterion.dimension).score)
    weights = profile(**{criterion.dimension: 1.0})
    assert_not_lower(overall(higher, weights).overall, overall(lower, weights).overall)


@PROPERTY
@given(evaluated_checklists(), scale_factors, profiles())
def test_scaling_every_criterion_weight_changes_no_score(checklist, factor, weights):
    criteria, answers = checklist
    original = score_evaluation(criteria, answers)
    rescaled = score_evaluation(scaled(criteria, factor), answers)
    assert_same_scores(original, rescaled)
    assert_same_cards(overall(original, weights), overall(rescaled, weights))


@PROPERTY
@given(evaluated_checklists(), scale_factors, profiles())
def test_scaling_every_profile_weight_changes_no_score(checklist, factor, weights):
    criteria, answers = checklist
    result = score_evaluation(criteria, answers)
    # Both sides within the bound profiles allow (MAX_WEIGHT): shrink first when the factor would pass it.
    heaviest = max(weights.values())
    if heaviest * factor > MAX_WEIGHT:
        weights = {key: weight * MAX_WEIGHT / (heaviest * factor) for key, weight in weights.items()}
    rescaled = {key: min(weight * factor, MAX_WEIGHT) for key, weight in weights.items()}
    assert_same_cards(overall(result, weights), overall(result, rescaled))


@PROPERTY
@given(st.data(), checklists(), st.lists(positive_weights, min_size=1, max_size=4), st.integers(-8, 8))
def test_scaling_every_evaluator_weight_changes_no_score(data, criteria, evaluator_weights, exponent):
    evaluations = [
        ({c.key: a for c in criteria if (a := data.draw(answers_for(c))) is not None}, weight)
        for weight in evaluator_weights
    ]
    # Powers of two scale floats exactly, so the median's halfway test sees the same ties.
    rescaled = [(answers, weight * 2.0**exponent) for answers, weight in evaluations]
    assert_same_scores(combine(evaluations, criteria), combine(rescaled, criteria))


@PROPERTY
@given(st.data(), evaluated_checklists(), profiles())
def test_marking_an_answered_criterion_na_equals_removing_it(data, checklist, weights):
    criteria, answers = checklist
    answered = [
        c for c in criteria if c.key in answers and not answers[c.key].is_na and answers[c.key].value is not None
    ]
    assume(answered)
    criterion = data.draw(st.sampled_from(answered))
    criterion = CriterionSpec(**{**criterion.__dict__, "na_allowed": True})
    with_na = score_evaluation(
        [criterion if c.key == criterion.key else c for c in criteria], {**answers, criterion.key: NA}
    )
    without = score_evaluation(
        [c for c in criteria if c.key != criterion.key], {k: a for k, a in answers.items() if k != criterion.key}
    )
    assert_same_scores(with_na, without)
    for one, other in zip(with_na.dimensions, without.dimensions, strict=True):
        assert (one.answered, one.applicable) == (other.answered, other.applicable)
    assert_same_cards(overall(with_na, weights), overall(without, weights))


@PROPERTY
@given(evaluated_checklists(), criteria_specs("extra", ANSWER_TYPES[:5], positive_weights), profiles(), st.booleans())
def test_an_unanswered_criterion_lowers_coverage_but_never_the_score(checklist, extra, weights, row_exists):
    criteria, answers = checklist
    before = score_evaluation(criteria, answers)
    after = score_evaluation([*criteria, extra], {**answers, **({"extra": A(None)} if row_exists else {})})
    for old, new in zip(before.dimensions, after.dimensions, strict=True):
        assert new.score == old.score
        assert new.answered == old.answered
        if old.key == extra.dimension:
            assert new.applicable == old.applicable + 1
            assert new.coverage < old.coverage or old.coverage == new.coverage == 0
        else:
            assert (new.coverage, new.applicable) == (old.coverage, old.applicable)
    old_card, new_card = overall(before, weights), overall(after, weights)
    assert new_card.overall == old_card.overall
    assert new_card.coverage <= old_card.coverage


@PROPERTY
@given(st.lists(st.tuples(rule_scores, positive_weights), min_size=1, max_size=6), st.integers(0, 5), rule_scores)
def test_weighted_median_stays_within_its_values_and_rises_with_any_of_them(pairs, which, raise_by):
    median = weighted_median(pairs)
    values = [value for value, _ in pairs]
    assert min(values) <= median <= max(values)
    index = which % len(pairs)
    raised = list(pairs)
    raised[index] = (pairs[index][0] + raise_by, pairs[index][1])
    assert weighted_median(raised) >= median


@pytest.mark.parametrize("value", [-1, -0.5, 1_000_001])
def test_a_number_answer_must_be_a_plausible_measurement(value):
    with pytest.raises(AnswerError, match="from 0 to"):
        validate_answer(spec("n", "number"), AnswerInput(value))


# ---------------------------------------------------------------------------
# Measured evidence supersedes what was typed about the same thing


def test_a_signal_that_supersedes_a_criterion_replaces_its_score_and_its_red_flag():
    hours_rule = {"better": "lower", "bands": [[1, 100], [4, 80], [24, 40]], "otherwise": 0}
    flag = {"gt": 24, "label_en": "Slow", "label_zh": "慢"}
    criteria = [
        spec("typed_first_answer", "number", dimension="response_speed", rule=hours_rule, red_flag=flag),
        spec("other", "scale", dimension="response_speed"),
    ]
    answers = {"typed_first_answer": A(30), "other": A(5)}  # typed: 30 h (0 points, flag raised)
    measured = Signal(
        "measured_first_answer", "response_speed", "Measured", score=90, weight=5,
        supersedes=("typed_first_answer",), link="/vendors/1/probes/",
    )  # fmt: skip
    typed_only = score_evaluation(criteria, answers)
    assert typed_only.dimension("response_speed").score == 50
    assert [f.key for f in typed_only.red_flags] == ["typed_first_answer"]

    result = score_evaluation(criteria, answers, signals=[measured])
    lines = {line.key: line for line in result.dimension("response_speed").criteria}
    assert lines["typed_first_answer"].status == "superseded"
    assert lines["typed_first_answer"].superseded_by == "measured_first_answer"
    assert not lines["typed_first_answer"].red_flag
    assert lines["measured_first_answer"].link == "/vendors/1/probes/"
    # (5 × 90 + 1 × 100) / 6: the typed 0 no longer counts, nor lowers coverage.
    assert result.dimension("response_speed").score == pytest.approx(550 / 6)
    assert result.dimension("response_speed").coverage == 1
    assert result.red_flags == []


def test_superseding_an_unknown_criterion_changes_nothing():
    criteria = [spec("a", "scale", dimension="sla")]
    signal = Signal("s", "sla", "S", score=50, weight=1, supersedes=("not_in_this_checklist",))
    assert score_evaluation(criteria, {"a": A(5)}, signals=[signal]).dimension("sla").score == 75
