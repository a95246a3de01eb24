from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command

from contracts.models import ClauseCheck, Contract, ContractFee, ContractReview, SlaCommitment, ThirdPartyService
from vendors.models import Contact, CustomerReference, DocumentationItem, Release, SupportChannel, Vendor
from vendorscore.roles import Role, role_of

pytestmark = pytest.mark.django_db
MODELS = (Vendor, Contact, SupportChannel, Release, DocumentationItem, CustomerReference)
CONTRACT_MODELS = (Contract, SlaCommitment, ContractFee, ThirdPartyService, ContractReview, ClauseCheck)


def counts() -> list[int]:
    return [model.objects.count() for model in (*MODELS, *CONTRACT_MODELS)]


def test_it_creates_three_demo_users_and_six_varied_vendors():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert role_of(authenticate(username="manager", password="vendorscore-demo")) == Role.MANAGER
    assert role_of(authenticate(username="evaluator", password="vendorscore-demo")) == Role.EVALUATOR
    assert role_of(authenticate(username="viewer", password="vendorscore-demo")) == Role.VIEWER
    assert "manager" in out.getvalue()
    vendors = list(Vendor.objects.all())
    assert len(vendors) == 6
    assert all(v.name_zh and v.name_en for v in vendors)
    assert len({v.status for v in vendors}) >= 3
    rates = {v.turnover().rate for v in vendors}
    assert len(rates) >= 3  # different enough to score differently
    for model in MODELS:
        for row in model.objects.all():
            row.full_clean()


def test_running_it_again_changes_nothing():
    call_command("seed_demo", stdout=StringIO())
    first = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first


def test_the_password_can_be_chosen():
    call_command("seed_demo", "--password", "another-secret-42", stdout=StringIO())
    assert authenticate(username="viewer", password="another-secret-42") is not None
    assert authenticate(username="viewer", password="vendorscore-demo") is None


def test_every_demo_vendor_gets_a_scorecard_and_the_profiles_rank_them_differently():
    from evaluations.models import Evaluation, ScoreSnapshot, WeightProfile

    call_command("seed_demo", stdout=StringIO())
    assert Evaluation.objects.filter(status="approved").values("evaluator").distinct().count() == 3
    assert set(Evaluation.objects.values_list("template__version", flat=True)) == {2}  # the demo uses checklist 2
    rankings = {}
    for profile in WeightProfile.objects.filter(is_builtin=True):
        latest = ScoreSnapshot.objects.latest().filter(profile=profile)
        assert latest.count() == 6
        assert all(s.overall is not None for s in latest)
        rankings[profile.slug] = list(latest.order_by("-overall").values_list("vendor__name", flat=True))
    assert len({tuple(order) for order in rankings.values()}) >= 2
    assert ScoreSnapshot.objects.filter(is_latest=False).exists()  # a history to draw the trend from
    snapshots = ScoreSnapshot.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert ScoreSnapshot.objects.count() == snapshots  # idempotent, scores included


def test_every_demo_vendor_has_a_contract_with_its_text_and_a_review():
    call_command("seed_demo", stdout=StringIO())
    contracts = Contract.objects.select_related("vendor")
    assert contracts.count() == 6
    for contract in contracts:
        contract.full_clean()
        assert contract.text
        assert contract.file_name
        assert contract.file_sha256
        assert contract.reviews.exists()
    assert {c.text_language for c in contracts} == {"zh", "en"}
    statuses = set(ContractReview.objects.values_list("status", flat=True))
    assert {"approved", "submitted"} <= statuses  # a manager finds one awaiting approval
    risks = set(ContractReview.objects.exclude(overall_risk="").values_list("overall_risk", flat=True))
    assert {"low", "critical"} <= risks  # some solid, some full of holes
