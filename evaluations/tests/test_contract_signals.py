"""Contracts reach the scores through SIGNAL_PROVIDERS: SLA commitments and approved reviews feed
the sla, pricing and custom_dev dimensions, raise red flags and outweigh typed answers."""

from __future__ import annotations

import datetime as dt

import pytest

from contracts.models import ContractReview, SlaCommitment
from contracts.tests.factories import HOLLOW_ZH, SOLID_ZH, ContractFactory
from evaluations.contract_signals import contract_evidence
from evaluations.models import ChecklistTemplate, ScoreSnapshot
from evaluations.objective import SIGNAL_PROVIDERS
from evaluations.scorecards import recompute_vendor
from evaluations.scoring import RedFlag, Signal
from evaluations.tests.factories import approved_evaluation
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


def approved_review(contract, evaluator, manager, verdicts: dict | None = None) -> ContractReview:
    review = ContractReview.start(contract, evaluator)
    for check in review.checks.all():
        status, flag = (verdicts or {}).get(check.key, (check.suggested_status, check.suggested_red_flag))
        review.check_item(check.key, {"status": status, "red_flag": flag}, evaluator, 0)
    review.save_summary(evaluator, review.suggested_risk(), "")
    review.submit(evaluator)
    review.approve(manager)
    return review


def snapshot(vendor) -> ScoreSnapshot:
    recompute_vendor(vendor.pk)
    return ScoreSnapshot.objects.get(vendor=vendor, profile__slug="balanced", is_latest=True)


def lines(snap, dimension: str) -> dict:
    return {line["key"]: line for line in snap.data["breakdown"][dimension]}


def test_the_contract_provider_is_registered():
    assert contract_evidence in SIGNAL_PROVIDERS


def test_no_contract_no_evidence():
    assert contract_evidence(VendorFactory(), dt.date.today()) == []


def test_sla_commitments_score_even_before_a_review():
    contract = ContractFactory()
    SlaCommitment.objects.create(contract=contract, severity="P1", response_minutes=30, fix_minutes=240)
    SlaCommitment.objects.create(
        contract=contract, severity="P2", response_minutes=60, fix_minutes=480, acknowledgement_counts=True
    )
    items = contract_evidence(contract.vendor, dt.date.today())
    signals = {item.key: item for item in items if isinstance(item, Signal)}
    assert signals["contract_sla_response"].score == 75  # 30 min banded 90, minus 15 on the business clock
    assert signals["contract_sla_response"].supersedes == ("sla_response_minutes",)
    assert signals["contract_sla_fix"].score == 85
    assert not [item for item in items if isinstance(item, RedFlag)]
    assert not [key for key in signals if key.startswith("contract_item_")]  # nothing read yet


def test_an_acknowledgement_counting_as_the_response_costs_the_promise():
    contract = ContractFactory()
    SlaCommitment.objects.create(
        contract=contract, severity="P1", response_minutes=30, clock="calendar", acknowledgement_counts=True
    )
    (signal,) = contract_evidence(contract.vendor, dt.date.today())
    assert signal.score == 90 - 35
    assert "auto-ack" in signal.evidence


def test_an_approved_review_scores_each_item_and_raises_its_red_flags(evaluator, manager):
    contract = ContractFactory(text=HOLLOW_ZH)
    approved_review(contract, evaluator, manager)
    snap = snapshot(contract.vendor)
    pricing = lines(snap, "pricing")
    assert pricing["contract_item_term_renewal"]["score"] == 0  # red-flagged
    assert pricing["contract_item_fees_itemised"]["score"] == 0
    custom = lines(snap, "custom_dev")
    assert custom["contract_item_custom_code_ownership"]["score"] == 0
    flags = {flag["key"] for flag in snap.data["red_flags"]}
    assert {
        "contract_vendor_owns_custom_code",
        "contract_encrypted_or_licence_bound",
        "contract_compensation_excluded",
        "contract_renewal_price_open",
        "contract_open_ended_fees",
        "contract_no_sla_numbers",
    } <= flags
    assert snap.grade in ("C", "D", "F")  # confirmed flags cap the grade


def test_a_reviewed_clause_outweighs_the_evaluators_typed_answer(evaluator, manager):
    contract = ContractFactory(text=SOLID_ZH)
    template = ChecklistTemplate.objects.for_new_evaluations()
    # The evaluator believed the vendor owns the custom code and there is no written SLA.
    approved_evaluation(
        contract.vendor,
        evaluator,
        manager,
        {"custom_code_ownership": "vendor_owns", "formal_sla": "no", "fees_itemised": "no"},
        template=template,
    )
    before = snapshot(contract.vendor)
    assert "custom_code_ownership" in {flag["key"] for flag in before.data["red_flags"]}
    approved_review(contract, evaluator, manager)
    after = snapshot(contract.vendor)
    custom = lines(after, "custom_dev")
    assert custom["custom_code_ownership"]["status"] == "superseded"
    assert custom["custom_code_ownership"]["superseded_by"] == "contract_item_custom_code_ownership"
    assert custom["contract_item_custom_code_ownership"]["score"] == 100
    assert lines(after, "sla")["formal_sla"]["status"] == "superseded"
    assert "custom_code_ownership" not in {flag["key"] for flag in after.data["red_flags"]}
    assert after.overall > before.overall


def test_a_draft_or_submitted_review_does_not_count_yet(evaluator, manager):
    contract = ContractFactory(text=HOLLOW_ZH)
    review = ContractReview.start(contract, evaluator)
    for check in review.checks.all():
        review.check_item(check.key, {"status": check.suggested_status, "red_flag": True}, evaluator, 0)
    assert not [i for i in contract_evidence(contract.vendor, dt.date.today()) if i.key.startswith("contract_item")]


def test_facts_on_the_record_raise_flags_without_a_review():
    contract = ContractFactory(custom_code_owner="vendor", licence_bindings=["domain"])
    keys = {item.key for item in contract_evidence(contract.vendor, dt.date.today()) if isinstance(item, RedFlag)}
    assert keys == {"contract_vendor_owns_custom_code", "contract_encrypted_or_licence_bound"}


def test_approving_a_review_recomputes_the_vendors_scores(evaluator, manager, django_capture_on_commit_callbacks):
    contract = ContractFactory(text=HOLLOW_ZH)
    snapshot(contract.vendor)
    with django_capture_on_commit_callbacks(execute=True):
        approved_review(contract, evaluator, manager)
    latest = ScoreSnapshot.objects.get(vendor=contract.vendor, profile__slug="balanced", is_latest=True)
    assert "contract_renewal_price_open" in {flag["key"] for flag in latest.data["red_flags"]}


def test_an_expired_contract_promises_nothing(evaluator, manager):
    contract = ContractFactory(status="expired", text=HOLLOW_ZH)
    approved_review(contract, evaluator, manager)
    assert contract_evidence(contract.vendor, dt.date.today()) == []
