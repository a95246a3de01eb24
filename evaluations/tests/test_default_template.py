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


def test_the_five_built_in_profiles_weigh_their_scenarios():
    profiles = {p.slug: p.weights for p in WeightProfile.objects.filter(is_builtin=True)}
    assert set(profiles) == {"balanced", "show-live", "1v1-social", "overseas", "ecommerce-live"}
    for weights in profiles.values():
        assert set(weights) == set(Dimension.values)
        assert scoring.validate_weights(weights) == weights  # valid, and nothing dropped or changed
    assert profiles["1v1-social"]["response_speed"] > profiles["balanced"]["response_speed"]
    assert profiles["overseas"]["support_depth"] > profiles["balanced"]["support_depth"]
    assert profiles["ecommerce-live"]["sla"] > profiles["balanced"]["sla"]
    assert profiles["show-live"]["iteration"] > profiles["balanced"]["iteration"]
