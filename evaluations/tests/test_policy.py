"""Who may approve and who may delete (issue 10, A7)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from evaluations.models import Evaluation
from evaluations.tests.factories import approved_evaluation, small_template
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


def submitted_by(user):
    template = small_template()
    evaluation = Evaluation.objects.create(vendor=VendorFactory(name="Policy"), template=template, evaluator=user)
    evaluation.save_answer(template.criteria.get(key="depth"), {"value": 4}, user, 0)
    evaluation.submit(user)
    return evaluation


def test_a_manager_cannot_approve_their_own_evaluation(manager, second_manager):
    evaluation = submitted_by(manager)
    with pytest.raises(ValidationError, match="second person"):
        evaluation.approve(manager)
    evaluation.approve(second_manager)
    evaluation.refresh_from_db()
    assert evaluation.status == "approved"


def test_self_approval_can_be_allowed_by_a_setting(manager, settings):
    settings.ALLOW_SELF_APPROVAL = True
    evaluation = submitted_by(manager)
    evaluation.approve(manager)
    evaluation.refresh_from_db()
    assert evaluation.status == "approved"


def test_an_evaluator_cannot_delete_their_submitted_or_approved_evaluation(api_as, evaluator, manager):
    submitted = submitted_by(evaluator)
    approved = approved_evaluation(VendorFactory(name="Counted"), evaluator, manager, {"depth": 5})
    for evaluation in (submitted, approved):
        assert api_as(evaluator).delete(f"/api/evaluations/{evaluation.pk}/").status_code == 403
        evaluation.refresh_from_db()
        assert evaluation.deleted_at is None
    assert api_as(manager).delete(f"/api/evaluations/{approved.pk}/").status_code == 204
    approved.refresh_from_db()
    assert approved.deleted_at is not None
    assert approved.events.filter(kind="deleted").exists()  # recorded


def test_an_evaluator_may_delete_their_own_draft(api_as, evaluator):
    draft = Evaluation.objects.create(
        vendor=VendorFactory(name="Drafty"), template=small_template(), evaluator=evaluator
    )
    assert api_as(evaluator).delete(f"/api/evaluations/{draft.pk}/").status_code == 204
