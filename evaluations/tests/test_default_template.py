"""The default checklist and profiles that the data migration loads."""

from __future__ import annotations

import pytest

from evaluations import scoring
from evaluations.choices import AnswerType, Dimension
from evaluations.models import ChecklistTemplate, WeightProfile

pytestmark = pytest.mark.django_db


def test_the_default_checklist_has_at_least_45_valid_bilingual_criteria_in_every_dimension():
    template = ChecklistTemplate.objects.get(slug="default", is_current=True)
    criteria = list(template.criteria.all())
    assert len(criteria) >= 45
    for dimension in Dimension.values:
        assert sum(c.dimension == dimension for c in criteria) >= 4, dimension
    for criterion in criteria:
        scoring.validate_criterion(criterion.spec())
        assert criterion.question_en
        assert criterion.question_zh
        assert criterion.help_en
        assert criterion.help_zh
    assert {c.answer_type for c in criteria} == set(AnswerType.values)


def test_the_red_flags_the_articles_name_are_there():
    template = ChecklistTemplate.objects.get(slug="default", is_current=True)
    flagged = {c.key for c in template.criteria.all() if c.red_flag}
    assert {"formal_sla", "support_channel", "code_level_support", "custom_code_ownership", "renewal_policy"} <= flagged


def test_the_built_in_profiles_weigh_their_scenarios():
    builtin = WeightProfile.objects.filter(is_builtin=True)
    profiles = {p.slug: p.weights for p in builtin}
    assert set(profiles) == {"balanced", "show-live", "1v1-social", "overseas", "ecommerce-live", "voice-room"}
    assert {p.slug: p.scenario for p in builtin} == {slug: "" if slug == "balanced" else slug for slug in profiles}
    for weights in profiles.values():
        assert set(weights) == set(Dimension.values)
        assert scoring.validate_weights(weights) == weights  # valid, and nothing dropped or changed
    assert profiles["1v1-social"]["response_speed"] > profiles["balanced"]["response_speed"]
    assert profiles["overseas"]["support_depth"] > profiles["balanced"]["support_depth"]
    assert profiles["ecommerce-live"]["sla"] > profiles["balanced"]["sla"]
    assert profiles["show-live"]["iteration"] > profiles["balanced"]["iteration"]


def best_and_worst(spec) -> tuple[object, object] | None:
    """The answers that score highest and lowest on a criterion (None for text)."""
    from evaluations.scoring import AnswerInput, score_answer

    kind = spec.answer_type
    if kind == "text":
        return None
    if kind == "yes_no":
        candidates = ["yes", "no"]
    elif kind == "scale":
        candidates = [1, 2, 3, 4, 5]
    elif kind == "number":
        candidates = [0, *[band[0] for band in spec.rule["bands"]], 1_000_000]
    elif kind == "single":
        candidates = [option["key"] for option in spec.rule["options"]]
    else:  # multi
        options = spec.rule["options"]
        candidates = [[o["key"] for o in options], [min(options, key=lambda o: o["score"])["key"]]]
    scored = sorted(candidates, key=lambda value: score_answer(spec, AnswerInput(value)))
    return scored[-1], scored[0]


@pytest.mark.parametrize("scenario", ["show-live", "1v1-social", "overseas", "ecommerce-live", "voice-room"])
def test_worked_example_each_scenario_profile_favours_a_vendor_strong_in_its_scenario(scenario):
    """A vendor that answers its scenario's questions best and everything else worst scores higher
    under that scenario's profile than under balanced, as the profile's description promises."""
    from evaluations import default_template_v2 as v2
    from evaluations.scoring import AnswerInput, CriterionSpec, combine, for_scenario, overall

    specs = [
        CriterionSpec(
            key=c["key"], dimension=c["dimension"], answer_type=c["answer_type"], weight=c["weight"], rule=c["rule"],
            red_flag=None, na_allowed=c["na_allowed"], scenarios=tuple(c.get("scenarios", ())),
        )
        for c in v2.CRITERIA
    ]  # fmt: skip
    answers = {}
    for spec in specs:
        extremes = best_and_worst(spec)
        if extremes:
            answers[spec.key] = AnswerInput(extremes[0] if scenario in spec.scenarios else extremes[1])
    profiles = {p["slug"]: p for p in v2.PROFILES}

    def score(slug, served):
        view = for_scenario(specs, profiles[slug]["scenario"], served)
        return overall(combine([(answers, 1.0)], view.criteria), profiles[slug]["weights"]).overall

    own = next(slug for slug, p in profiles.items() if p["scenario"] == scenario)
    assert score(own, [scenario]) > score("balanced", [scenario])


def test_version_2_is_the_default_and_version_1_evaluations_still_score_and_show(client, viewer, evaluator, manager):
    from django.urls import reverse

    from evaluations.models import ScoreSnapshot
    from evaluations.scorecards import recompute_vendor
    from evaluations.tests.factories import approved_evaluation
    from vendors.tests.factories import VendorFactory

    v1 = ChecklistTemplate.objects.get(slug="default", version=1)
    assert ChecklistTemplate.objects.for_new_evaluations().version == 2
    assert not v1.is_current
    vendor = VendorFactory(name="Old Friend")
    evaluation = approved_evaluation(vendor, evaluator, manager, {"test_first_answer_hours": 2}, template=v1)
    recompute_vendor(vendor.pk)
    snapshot = ScoreSnapshot.objects.latest().get(vendor=vendor, profile__slug="balanced")
    assert snapshot.overall is not None
    client.force_login(viewer)
    page = client.get(reverse("evaluations:evaluation_detail", args=[evaluation.pk]))
    assert page.status_code == 200
    assert v1.criteria.get(key="test_first_answer_hours").question_en in page.content.decode()
