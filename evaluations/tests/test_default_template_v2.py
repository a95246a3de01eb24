"""Checklist version 2 as data: valid for the engine, bilingual, traceable, with graded red flags.

No database: the data module is read directly, as the migration that loads it will.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from evaluations import scoring
from evaluations.choices import AnswerType, Dimension
from evaluations.default_template import CRITERIA as V1_CRITERIA
from evaluations.default_template_v2 import CRITERIA, PROFILES, TEMPLATE
from vendors.choices import CompanyScale, ScenarioKey

SEVERITIES = {"critical", "major", "warning"}
SPEC_FIELDS = {field.name for field in dataclasses.fields(scoring.CriterionSpec)}


def spec_of(item: dict, red_flag: dict | None) -> scoring.CriterionSpec:
    """The engine's spec, built only from the fields the engine knows (as ``Criterion.spec()`` does)."""
    known = {name: item[name] for name in SPEC_FIELDS if name in item and name not in ("red_flag", "label")}
    return scoring.CriterionSpec(**known, red_flag=red_flag, label=item["question_en"])


@pytest.mark.parametrize("item", CRITERIA, ids=[item["key"] for item in CRITERIA])
def test_every_criterion_is_valid_for_the_engine(item):
    flag = item["red_flag"]
    try:
        scoring.validate_criterion(spec_of(item, flag))
    except scoring.CriterionError as error:
        # An engine that does not know severities yet: the rest of the flag must still be valid.
        if flag is None or "severity" not in str(error):
            raise
        scoring.validate_criterion(spec_of(item, {k: v for k, v in flag.items() if k != "severity"}))


def test_the_template_is_version_2_of_the_default_checklist():
    assert TEMPLATE["slug"] == "default"
    assert TEMPLATE["version"] == 2
    for field in ("name_en", "name_zh", "description_en", "description_zh"):
        assert TEMPLATE[field].strip(), field


def test_keys_are_unique_and_no_v1_key_is_reused_with_another_answer_shape():
    keys = [item["key"] for item in CRITERIA]
    assert len(keys) == len(set(keys))
    v1 = {item["key"]: item for item in V1_CRITERIA}
    for item in CRITERIA:
        old = v1.get(item["key"])
        if old is None:
            continue
        assert item["answer_type"] == old["answer_type"], item["key"]
        if item["answer_type"] in (AnswerType.SINGLE, AnswerType.MULTI):
            old_options = {option["key"] for option in old["rule"]["options"]}
            new_options = {option["key"] for option in item["rule"]["options"]}
            assert old_options <= new_options, item["key"]  # stored answers stay valid


def test_replaced_v1_keys_are_gone():
    keys = {item["key"] for item in CRITERIA}
    assert not keys & {"fee_model", "company_scale", "sla_response_minutes", "sla_resolution_hours"}
    assert {"support_fee_protection", "company_scale_tier", "sla_critical_response", "sla_critical_resolution"} <= keys


@pytest.mark.parametrize("item", CRITERIA, ids=[item["key"] for item in CRITERIA])
def test_questions_and_help_are_in_both_languages(item):
    for field in ("question_en", "question_zh", "help_en", "help_zh"):
        assert isinstance(item[field], str), field
        assert item[field].strip(), field
    assert re.search(r"[\u4e00-\u9fff]", item["question_zh"])
    assert re.search(r"[\u4e00-\u9fff]", item["help_zh"])
    for option in item["rule"].get("options", []) if isinstance(item["rule"], dict) else []:
        assert option["label_en"].strip()
        assert re.search(r"[\u4e00-\u9fff]", option["label_zh"]), option["key"]


@pytest.mark.parametrize("item", CRITERIA, ids=[item["key"] for item in CRITERIA])
def test_scenarios_and_sources_are_valid(item):
    assert isinstance(item["scenarios"], list)
    assert set(item["scenarios"]) <= set(ScenarioKey.values)
    assert len(item["scenarios"]) == len(set(item["scenarios"]))
    assert item["sources"]
    for source in item["sources"]:
        assert re.fullmatch(r"(article-1|article-2|issue-9): \S.*", source), source


def test_red_flags_have_a_valid_severity_and_labels_in_both_languages():
    flagged = [item for item in CRITERIA if item["red_flag"]]
    for item in flagged:
        flag = item["red_flag"]
        assert flag.get("severity") in SEVERITIES, item["key"]
        assert flag["label_en"].strip()
        assert re.search(r"[\u4e00-\u9fff]", flag["label_zh"])
    assert {item["red_flag"]["severity"] for item in flagged} == SEVERITIES


def test_the_deal_breakers_are_graded_as_the_issue_list_says():
    severity = {item["key"]: item["red_flag"]["severity"] for item in CRITERIA if item["red_flag"]}
    for key in ("formal_sla", "custom_code_ownership", "closed_modules", "licence_lock", "third_party_disclosure"):
        assert severity[key] == "critical", key
    # Almost every vendor answers "no" today: shown, but it must not cap the grade.
    assert severity["response_fix_defined"] == "warning"
    for key in ("off_hours_coverage", "sla_hours", "custom_dev_team", "confidentiality_clause"):
        assert key in severity, key


def test_the_24_hour_rule_looks_at_the_slowest_test_answer_not_the_average():
    by_key = {item["key"]: item for item in CRITERIA}
    assert by_key["test_first_answer_hours"]["red_flag"] is None
    slowest = by_key["test_slowest_first_answer_hours"]
    assert slowest["answer_type"] == AnswerType.NUMBER
    assert slowest["red_flag"]["gt"] == 24


def test_every_dimension_has_criteria_that_count():
    for dimension in Dimension.values:
        scored = [c for c in CRITERIA if c["dimension"] == dimension and c["answer_type"] != AnswerType.TEXT]
        assert len(scored) >= 4, dimension


def test_each_scenario_has_at_least_two_criteria_of_its_own():
    for scenario in ScenarioKey.values:
        tagged = [item["key"] for item in CRITERIA if scenario in item["scenarios"]]
        assert len(tagged) >= 2, scenario


def test_every_profile_weighs_all_ten_dimensions_and_stands_for_a_scenario():
    slugs = [profile["slug"] for profile in PROFILES]
    assert len(slugs) == len(set(slugs))
    for profile in PROFILES:
        assert set(profile["weights"]) == set(Dimension.values), profile["slug"]
        assert scoring.validate_weights(profile["weights"]) == profile["weights"]
        assert profile["scenario"] in {"", *ScenarioKey.values}, profile["slug"]
        for field in ("name_en", "name_zh", "description_en", "description_zh"):
            assert profile[field].strip(), (profile["slug"], field)
    scenarios = {profile["scenario"] for profile in PROFILES}
    assert scenarios == {"", *ScenarioKey.values}
    assert any(p["slug"] == "voice-room" and p["scenario"] == "voice-room" for p in PROFILES)


def _top_dimensions(weights: dict) -> set[str]:
    top = max(weights.values())
    return {key for key, weight in weights.items() if weight == top}


def test_each_scenario_profile_names_the_dimensions_it_weighs_most():
    names_en = {
        "response_speed": "response speed",
        "support_depth": "support depth",
        "bug_fix": "bug fixing",
        "iteration": "iteration",
        "sla": "SLA",
        "credibility": "credibility",
    }
    for profile in PROFILES:
        if not profile["scenario"]:
            assert len(set(profile["weights"].values())) == 1
            continue
        for dimension in _top_dimensions(profile["weights"]):
            assert names_en[dimension].lower() in profile["description_en"].lower(), (profile["slug"], dimension)


def test_the_chinese_text_uses_the_house_terms():
    banned = ("共享群聊", "修复政策", "风险警示", "实际上手", "距今天数")
    for item in CRITERIA:
        texts = [item["question_zh"], item["help_zh"]]
        texts += [option["label_zh"] for option in (item["rule"] or {}).get("options", [])]
        if item["red_flag"]:
            texts.append(item["red_flag"]["label_zh"])
        for text in texts:
            for word in banned:
                assert word not in text, (item["key"], word)
    for text in (TEMPLATE["description_zh"], *(p["description_zh"] for p in PROFILES)):
        for word in banned:
            assert word not in text


def test_no_number_criterion_uses_a_placeholder_for_not_promised():
    placeholder = re.compile(r"\b(999+|1440|9999+)\b")
    for item in CRITERIA:
        if item["answer_type"] != AnswerType.NUMBER:
            continue
        for field in ("question_en", "question_zh", "help_en", "help_zh"):
            assert not placeholder.search(item[field]), (item["key"], field)
        assert "not promised" not in item["help_en"].lower(), item["key"]
        assert "承诺时填" not in item["help_zh"], item["key"]
        for threshold, _ in item["rule"]["bands"]:
            assert threshold not in (999, 9999), item["key"]


def test_not_promised_is_an_explicit_option_for_sla_times():
    by_key = {item["key"]: item for item in CRITERIA}
    for key in ("sla_critical_response", "sla_critical_resolution"):
        options = {option["key"]: option["score"] for option in by_key[key]["rule"]["options"]}
        assert options["not_promised"] == 0


@pytest.mark.parametrize(
    "item", [c for c in CRITERIA if c["answer_type"] == AnswerType.SCALE], ids=lambda item: item["key"]
)
def test_scale_criteria_anchor_every_point_in_both_languages(item):
    for field in ("help_en", "help_zh"):
        for point in range(1, 6):
            assert re.search(rf"(?<![\d.]){point} = ", item[field]), (field, point)


def test_one_band_per_fact():
    by_key = {item["key"]: item for item in CRITERIA}
    releases = by_key["releases_last_year"]["rule"]
    assert releases["better"] == "higher"
    assert releases["bands"] == [[12, 100], [6, 85], [3, 65], [1, 35]]  # evaluations.objective, a plateau at 12
    origin = {o["key"]: o["score"] for o in by_key["support_team_origin"]["rule"]["options"]}
    assert origin == {"in_house": 100, "mixed": 70, "outsourced": 30}
    assert by_key["dedicated_contact"]["rule"] == {"yes": 100, "no": 20}


def test_company_scale_uses_the_vendor_record_boundaries():
    by_key = {item["key"]: item for item in CRITERIA}
    options = {o["key"] for o in by_key["company_scale_tier"]["rule"]["options"]}
    assert set(CompanyScale.values) - {"unknown"} <= options
    labels = " ".join(o["label_en"] for o in by_key["company_scale_tier"]["rule"]["options"])
    assert "500" in labels
    assert "200" not in labels


def test_the_fee_model_scores_what_protects_the_buyer():
    by_key = {item["key"]: item for item in CRITERIA}
    scores = {o["key"]: o["score"] for o in by_key["support_fee_protection"]["rule"]["options"]}
    assert scores["fixed_scoped"] > scores["fixed_vague"]
    assert scores["per_incident_capped"] > scores["per_incident_open"]
