"""Red flags by severity (issue 9): critical caps at D, major at C, a warning caps nothing."""

from __future__ import annotations

import pytest

from evaluations.scoring import (
    AnswerInput,
    CriterionError,
    CriterionSpec,
    RedFlag,
    overall,
    score_evaluation,
    strictest_cap,
    validate_criterion,
)

BALANCED = dict.fromkeys(
    ["response_speed", "support_depth", "team_stability", "bug_fix", "iteration", "documentation", "sla",
     "custom_dev", "pricing", "credibility"],
    1,
)  # fmt: skip


def spec(key: str, severity: str | None) -> CriterionSpec:
    flag = {"equals": "no", "label_en": key}
    if severity:
        flag["severity"] = severity
    return CriterionSpec(
        key=key,
        dimension="sla",
        answer_type="yes_no",
        weight=1,
        rule={"yes": 100, "no": 0},
        red_flag=flag,
        na_allowed=False,
    )


def strong_with(*flagged: CriterionSpec):
    """A vendor scoring 100 everywhere except the flagged answers: grade A before any cap."""
    depth = CriterionSpec(
        key="depth", dimension="sla", answer_type="scale", weight=20, rule={}, red_flag=None, na_allowed=False
    )
    answers = {"depth": AnswerInput(5), **{s.key: AnswerInput("no") for s in flagged}}
    return overall(score_evaluation([depth, *flagged], answers), BALANCED)


@pytest.mark.parametrize(("severity", "grade"), [("critical", "D"), ("major", "C"), (None, "C"), ("warning", "A")])
def test_each_severity_caps_as_specified(severity, grade):
    card = strong_with(spec("flagged", severity))
    assert card.red_flags[0].severity == (severity or "major")
    assert card.grade == grade
    assert card.grade_capped is (grade != "A")


def test_the_strictest_confirmed_flag_wins():
    card = strong_with(spec("minor", "warning"), spec("serious", "major"), spec("fatal", "critical"))
    assert card.grade == "D"
    assert card.grade_cap == "D"
    assert strictest_cap([RedFlag("a", "a", "a", severity="warning")]) is None
    assert strictest_cap([RedFlag("a", "a", "a", severity="critical", confirmed=False)]) is None


def test_flags_passed_in_by_callers_carry_their_severity():
    depth = CriterionSpec(
        key="depth", dimension="support_depth", answer_type="scale", weight=1, rule={}, red_flag=None, na_allowed=False
    )
    result = score_evaluation(
        [depth], {"depth": AnswerInput(5)}, extra_flags=[RedFlag("owns", "Vendor owns code", "x", severity="critical")]
    )
    assert overall(result, BALANCED).grade == "D"


def test_an_unknown_severity_is_refused():
    with pytest.raises(CriterionError, match="severity"):
        validate_criterion(spec("odd", "apocalyptic"))


def test_contract_flags_that_take_the_product_away_are_critical():
    from contracts.choices import RedFlag as ContractFlag
    from evaluations.contract_signals import FLAG_SEVERITY

    assert set(FLAG_SEVERITY) == set(ContractFlag)  # every contract flag has a level
    assert FLAG_SEVERITY[ContractFlag.VENDOR_OWNS_CUSTOM_CODE] == "critical"
    assert FLAG_SEVERITY[ContractFlag.ENCRYPTED_OR_LICENCE_BOUND] == "critical"
    assert FLAG_SEVERITY[ContractFlag.NO_SLA_NUMBERS] == "critical"


def test_chinese_says_red_line_for_red_flag_and_nothing_else():
    from pathlib import Path

    po = (Path(__file__).resolve().parents[2] / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po").read_text()
    assert "风险警示" not in po
    assert "红旗" not in po
    assert po.count("红线") >= 5
