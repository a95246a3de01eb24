"""Scenario-aware weighting (issue 9): a profile boosts its scenario's questions and leaves the
other scenarios' questions out, and the score moves the way the profile says it will."""

from __future__ import annotations

import pytest
from django.urls import reverse

from evaluations.models import ScoreSnapshot, WeightProfile
from evaluations.scorecards import recompute_vendor
from evaluations.scoring import SCENARIO_BOOST, AnswerInput, CriterionSpec, combine, for_scenario, overall
from evaluations.tests.factories import CriterionFactory, TemplateFactory, approved_evaluation
from vendors.tests.factories import VendorFactory

EQUAL = dict.fromkeys(
    ["response_speed", "support_depth", "team_stability", "bug_fix", "iteration", "documentation", "sla",
     "custom_dev", "pricing", "credibility"],
    1,
)  # fmt: skip


def spec(key: str, scenarios: tuple[str, ...] = (), weight: float = 2) -> CriterionSpec:
    return CriterionSpec(
        key=key, dimension="support_depth", answer_type="scale", weight=weight, rule={}, red_flag=None,
        na_allowed=False, scenarios=scenarios,
    )  # fmt: skip


CRITERIA = [spec("docs"), spec("connect_time", ("1v1-social",)), spec("pk_battles", ("show-live",))]


def test_a_scenario_profile_boosts_its_own_questions_and_leaves_the_others_out():
    view = for_scenario(CRITERIA, "1v1-social")
    weights = {c.key: c.weight for c in view.criteria}
    assert weights == {"docs": 2, "connect_time": 2 * SCENARIO_BOOST}
    assert view.boosted == ["connect_time"]
    assert view.left_out == ["pk_battles"]


def test_without_a_scenario_only_what_the_vendor_does_not_serve_is_left_out():
    assert for_scenario(CRITERIA, "", ["show-live"]).left_out == ["connect_time"]
    assert for_scenario(CRITERIA, "", []).left_out == []  # scenarios unknown: everything counts
    assert for_scenario(CRITERIA, "", []).boosted == []


def test_worked_example_a_fast_1v1_vendor_with_weak_pk_rises_under_1v1_and_falls_under_show_live():
    answers = {"docs": AnswerInput(3), "connect_time": AnswerInput(5), "pk_battles": AnswerInput(1)}

    def score(scenario):
        view = for_scenario(CRITERIA, scenario)
        return overall(combine([(answers, 1.0)], view.criteria), EQUAL).overall

    # docs 50, connect time 100, PK 0
    assert score("") == pytest.approx(50.0)  # all three, equal weight
    assert score("1v1-social") == pytest.approx((2 * 50 + 6 * 100) / 8)  # 87.5: its strength counts triple
    assert score("show-live") == pytest.approx((2 * 50 + 6 * 0) / 8)  # 12.5: its weakness counts triple


@pytest.mark.django_db
def test_the_scorecard_shows_what_a_profile_boosts_and_leaves_out(client, viewer, evaluator, manager):
    template = TemplateFactory()
    CriterionFactory(template=template, key="docs", dimension="documentation", answer_type="scale")
    CriterionFactory(
        template=template, key="connect_time", dimension="support_depth", answer_type="scale", scenarios=["1v1-social"]
    )
    CriterionFactory(
        template=template, key="pk_battles", dimension="support_depth", answer_type="scale", scenarios=["show-live"]
    )
    vendor = VendorFactory(name="Duet")
    approved_evaluation(vendor, evaluator, manager, {"docs": 3, "connect_time": 5, "pk_battles": 1}, template=template)
    recompute_vendor(vendor.pk)
    assert WeightProfile.objects.get(slug="1v1-social").scenario == "1v1-social"  # set by the migration
    by_profile = {s.profile.slug: s for s in ScoreSnapshot.objects.latest().filter(vendor=vendor)}
    assert by_profile["1v1-social"].overall > by_profile["balanced"].overall > by_profile["show-live"].overall
    assert by_profile["1v1-social"].data["boosted"] == ["connect_time"]
    assert by_profile["1v1-social"].data["left_out"] == ["pk_battles"]
    client.force_login(viewer)
    body = client.get(reverse("evaluations:scorecard", args=[vendor.pk]), {"profile": "1v1-social"}).content.decode()
    section = body.split('id="scenario-view"')[1].split("</section>")[0]
    assert "connect_time" not in section  # labels, not keys
    assert section.index("Counts three times") < section.index("Left out")


@pytest.mark.django_db
def test_an_unknown_scenario_on_a_criterion_is_a_field_error():
    from django.core.exceptions import ValidationError

    criterion = CriterionFactory(scenarios=["moon-live"])
    with pytest.raises(ValidationError) as error:
        criterion.full_clean()
    assert "scenarios" in error.value.message_dict


@pytest.mark.django_db
def test_a_fact_on_the_vendor_replaces_the_answer_about_the_same_thing(evaluator, manager):
    import datetime as dt

    from evaluations.models import ChecklistTemplate
    from vendors.tests.factories import ReleaseFactory

    vendor = VendorFactory(name="Releaser")
    today = dt.date.today()
    for n in range(12):
        ReleaseFactory(vendor=vendor, released_on=today - dt.timedelta(days=25 * n + 1))
    v2 = ChecklistTemplate.objects.for_new_evaluations()
    approved_evaluation(vendor, evaluator, manager, {"releases_last_year": 2}, template=v2)
    recompute_vendor(vendor.pk)
    snapshot = ScoreSnapshot.objects.latest().get(vendor=vendor, profile__slug="balanced")
    lines = {line["key"]: line for line in snapshot.data["breakdown"]["iteration"]}
    assert lines["releases_last_year"]["status"] == "superseded"  # counted once, as the fact
    assert lines["fact_releases_12m"]["score"] == 100  # 12 a year: the fact's band
