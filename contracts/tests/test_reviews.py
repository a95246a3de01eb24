"""Contract reviews: suggestions on start, verdicts with revisions, the approval workflow and its history."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from contracts.choices import ChecklistItem, ReviewStatus
from contracts.models import ClauseCheck, ContractReview, StaleCheck, suggest_risk
from contracts.tests.factories import HOLLOW_ZH, SOLID_ZH, ContractFactory

pytestmark = pytest.mark.django_db


def confirm_all(review: ContractReview, user) -> None:
    for check in review.checks.all():
        review.check_item(check.key, {"status": check.suggested_status or "missing"}, user, check.revision)


def test_a_new_review_has_every_item_with_the_detectors_suggestion(evaluator):
    review = ContractReview.start(ContractFactory(text=HOLLOW_ZH), evaluator)
    checks = {check.key: check for check in review.checks.all()}
    assert set(checks) == set(ChecklistItem.values)
    assert all(check.status == "" for check in checks.values())  # nothing decided for the reviewer
    assert checks["custom_code_ownership"].suggested_status == "weak"
    assert checks["custom_code_ownership"].suggested_red_flag is True
    assert "归乙方所有" in checks["custom_code_ownership"].suggested_excerpt
    start, end = checks["custom_code_ownership"].suggested_start, checks["custom_code_ownership"].suggested_end
    assert HOLLOW_ZH[start:end] == checks["custom_code_ownership"].suggested_excerpt
    assert review.events.get().kind == "created"
    assert review.progress() == (0, 15)


def test_a_verdict_is_saved_with_its_history_and_a_stale_one_is_refused(evaluator, manager):
    review = ContractReview.start(ContractFactory(text=SOLID_ZH), evaluator)
    check = review.check_item("penalty", {"status": "weak", "note": "只有抵扣"}, evaluator, 0)
    assert (check.status, check.revision, check.updated_by) == ("weak", 1, evaluator)
    assert check.overridden  # the suggestion was "present"
    with pytest.raises(StaleCheck) as stale:
        review.check_item("penalty", {"status": "present"}, manager, 0)
    assert stale.value.current.status == "weak"
    assert ClauseCheck.objects.get(review=review, key="penalty").status == "weak"
    kinds = list(review.events.order_by("id").values_list("kind", flat=True))
    assert kinds == ["created", "checked", "conflict"]
    conflict = review.events.get(kind="conflict")
    assert conflict.after == {"status": "present"}  # the refused verdict is kept


def test_a_red_flag_sticks_only_to_items_that_can_raise_one(evaluator):
    review = ContractReview.start(ContractFactory(text=""), evaluator)
    check = review.check_item("confidentiality", {"status": "missing", "red_flag": True}, evaluator, 0)
    assert check.red_flag is False
    check = review.check_item("penalty", {"status": "weak", "red_flag": True}, evaluator, 0)
    assert (check.red_flag, check.flag) == (True, "compensation_excluded")


def test_an_unknown_status_is_refused_and_changes_nothing(evaluator):
    review = ContractReview.start(ContractFactory(), evaluator)
    with pytest.raises(ValidationError):
        review.check_item("penalty", {"status": "excellent"}, evaluator, 0)
    assert ClauseCheck.objects.get(review=review, key="penalty").status == ""


def test_submitting_needs_every_item_checked_and_an_overall_risk(evaluator):
    review = ContractReview.start(ContractFactory(text=SOLID_ZH), evaluator)
    with pytest.raises(ValidationError, match="still open"):
        review.submit(evaluator)
    confirm_all(review, evaluator)
    with pytest.raises(ValidationError, match="overall risk"):
        review.submit(evaluator)
    review.save_summary(evaluator, "low", "稳")
    review.submit(evaluator)
    assert review.status == ReviewStatus.SUBMITTED
    assert not review.can_edit(evaluator)
    with pytest.raises(ValidationError):
        review.check_item("penalty", {"status": "weak"}, evaluator, 1)


def test_approving_and_returning(evaluator, manager):
    review = ContractReview.start(ContractFactory(text=SOLID_ZH), evaluator)
    confirm_all(review, evaluator)
    review.save_summary(evaluator, "low", "")
    review.submit(evaluator)
    with pytest.raises(ValidationError):
        review.send_back(manager, "  ")  # a return needs a reason
    review.send_back(manager, "第四条的抵扣比例再核对一下")
    assert review.status == ReviewStatus.RETURNED
    assert review.can_edit(evaluator)
    review.submit(evaluator)
    review.approve(manager, "同意")
    assert (review.status, review.reviewed_by) == (ReviewStatus.APPROVED, manager)
    with pytest.raises(ValidationError):
        review.approve(manager)  # only once
    kinds = list(review.events.order_by("id").values_list("kind", flat=True))
    assert kinds[-4:] == ["submitted", "returned", "submitted", "approved"]


def test_rereading_suggestions_keeps_the_verdicts(evaluator):
    contract = ContractFactory(text=HOLLOW_ZH)
    review = ContractReview.start(contract, evaluator)
    review.check_item("penalty", {"status": "missing", "note": "我的判断"}, evaluator, 0)
    contract.text = SOLID_ZH
    contract.save()
    review = ContractReview.objects.get(pk=review.pk)
    assert review.text_changed
    review.read_suggestions(evaluator)
    penalty = review.checks.get(key="penalty")
    assert (penalty.status, penalty.note) == ("missing", "我的判断")
    assert penalty.suggested_status == "present"
    assert not ContractReview.objects.get(pk=review.pk).text_changed


@pytest.mark.parametrize(
    ("flags", "missing", "weak", "risk"),
    [
        (3, 0, 0, "critical"),
        (1, 0, 0, "high"),
        (0, 4, 0, "high"),
        (0, 1, 0, "medium"),
        (0, 0, 3, "medium"),
        (0, 0, 2, "low"),
    ],
)
def test_the_suggested_overall_risk(flags, missing, weak, risk):
    checks = (
        [ClauseCheck(key="penalty", status="weak", red_flag=True) for _ in range(flags)]
        + [ClauseCheck(key="acceptance", status="missing") for _ in range(missing)]
        + [ClauseCheck(key="acceptance", status="weak") for _ in range(weak)]
        + [ClauseCheck(key="acceptance", status="present")]
    )
    assert suggest_risk(checks) == risk


def test_deleting_an_approved_review_is_recorded(evaluator, manager):
    review = ContractReview.start(ContractFactory(text=SOLID_ZH), evaluator)
    review.soft_delete(manager)
    assert not ContractReview.objects.alive().exists()
    assert review.events.filter(kind="deleted", actor=manager).exists()
