from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from evaluations.choices import EvaluationStatus
from evaluations.models import Evaluation, EvaluationEvent, StaleAnswer
from evaluations.tests.factories import approved_evaluation, small_template
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def evaluation(evaluator):
    return Evaluation.objects.create(vendor=VendorFactory(), template=small_template(), evaluator=evaluator)


def test_a_first_answer_then_an_update_bump_the_revision(evaluation, evaluator):
    criterion = evaluation.template.criteria.get(key="depth")
    first = evaluation.save_answer(criterion, {"value": 3}, evaluator, expected_revision=0)
    second = evaluation.save_answer(criterion, {"value": 4, "note": "checked"}, evaluator, expected_revision=1)
    assert (first.pk, second.revision, second.value, second.note) == (second.pk, 2, 4, "checked")
    assert evaluation.events.filter(kind="answered").count() == 2


def test_a_stale_save_is_refused_and_both_versions_are_kept(evaluation, evaluator, manager):
    criterion = evaluation.template.criteria.get(key="depth")
    evaluation.save_answer(criterion, {"value": 3}, evaluator, expected_revision=0)
    evaluation.save_answer(criterion, {"value": 5}, manager, expected_revision=1)  # the manager saves first
    with pytest.raises(StaleAnswer) as refused:
        evaluation.save_answer(criterion, {"value": 1}, evaluator, expected_revision=1)  # loaded before that
    assert refused.value.current.value == 5
    conflict = EvaluationEvent.objects.get(evaluation=evaluation, kind="conflict")
    assert (conflict.before["value"], conflict.after["value"], conflict.actor) == (5, 1, evaluator)
    assert evaluation.answers.get(criterion=criterion).value == 5


def test_two_first_answers_to_the_same_question_conflict_too(evaluation, evaluator, manager):
    criterion = evaluation.template.criteria.get(key="depth")
    evaluation.save_answer(criterion, {"value": 2}, manager, expected_revision=0)
    with pytest.raises(StaleAnswer):
        evaluation.save_answer(criterion, {"value": 4}, evaluator, expected_revision=0)


def test_an_answer_to_a_criterion_of_another_checklist_is_refused(evaluation, evaluator):
    foreign = small_template().criteria.get(key="depth")
    with pytest.raises(ValidationError, match="another checklist"):
        evaluation.save_answer(foreign, {"value": 3}, evaluator, 0)
    assert not evaluation.answers.exists()


def test_the_workflow_moves_draft_submitted_returned_submitted_approved(evaluation, evaluator, manager):
    criterion = evaluation.template.criteria.get(key="depth")
    with pytest.raises(ValidationError, match="at least one"):
        evaluation.submit(evaluator)
    evaluation.save_answer(criterion, {"value": 3}, evaluator, 0)
    evaluation.submit(evaluator)
    assert not evaluation.is_editable
    with pytest.raises(ValidationError):
        evaluation.send_back(manager, "   ")  # a return needs a reason
    evaluation.send_back(manager, "Add evidence for the depth answer.")
    assert evaluation.status == EvaluationStatus.RETURNED
    assert evaluation.is_editable
    evaluation.submit(evaluator)
    evaluation.approve(manager, "ok")
    assert evaluation.status == EvaluationStatus.APPROVED
    with pytest.raises(ValidationError):
        evaluation.approve(manager)  # already approved: the conditional update refuses
    kinds = list(evaluation.events.order_by("at", "id").values_list("kind", flat=True))
    assert kinds == ["answered", "submitted", "returned", "submitted", "approved"]


def test_an_approved_evaluation_cannot_be_answered(evaluator, manager):
    evaluation = approved_evaluation(VendorFactory(), evaluator, manager, {"depth": 4})
    with pytest.raises(ValidationError, match="no longer editable"):
        evaluation.save_answer(evaluation.template.criteria.get(key="depth"), {"value": 1}, evaluator, 1)


def test_only_each_evaluators_latest_approved_evaluation_counts(evaluator, viewer, manager, second_manager):
    vendor = VendorFactory()
    old = approved_evaluation(vendor, evaluator, manager, {"depth": 2})
    new = approved_evaluation(vendor, evaluator, manager, {"depth": 5})
    other = approved_evaluation(vendor, manager, second_manager, {"depth": 3})
    counted = set(Evaluation.objects.latest_approved_per_evaluator().filter(vendor=vendor))
    assert counted == {new, other}
    assert old not in counted


def test_editing_a_checklist_in_use_creates_a_new_version(evaluator, manager):
    evaluation = approved_evaluation(VendorFactory(), evaluator, manager, {"depth": 4})
    template = evaluation.template
    new = template.editable_version(manager)
    template.refresh_from_db()
    assert (new.version, new.is_current, template.is_current) == (2, True, False)
    assert sorted(new.criteria.values_list("key", flat=True)) == sorted(template.criteria.values_list("key", flat=True))
    assert evaluation.template_id == template.pk  # the old evaluation keeps its version
    assert new.editable_version(manager) == new  # not in use yet: edited in place


def test_an_unused_checklist_is_edited_in_place():
    template = small_template()
    assert template.editable_version() == template


def test_new_evaluations_use_the_current_default_checklist_even_beside_others():
    from evaluations.models import ChecklistTemplate
    from evaluations.tests.factories import TemplateFactory

    TemplateFactory(slug="aaa-first-alphabetically")
    assert ChecklistTemplate.objects.for_new_evaluations().slug == "default"


def test_a_criterion_with_a_broken_rule_is_refused_by_the_model():
    criterion = small_template().criteria.get(key="first_answer_hours")
    criterion.rule = {"better": "lower", "bands": [[1, 150]], "otherwise": 0}  # a score above 100
    with pytest.raises(ValidationError):
        criterion.full_clean()
    criterion.refresh_from_db()
    criterion.weight = 2
    criterion.full_clean()
