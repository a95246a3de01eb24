"""Who may delete a contract review: the same rule as for evaluations (issue 10, A7 and B7).

An approved review feeds the vendor's scores, and a submitted one awaits a manager: only a
manager deletes those. A reviewer deletes their own draft or returned review.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from contracts.models import ContractReview
from contracts.tests.factories import ContractFactory

pytestmark = pytest.mark.django_db


def review_in(status: str, reviewer) -> ContractReview:
    review = ContractReview.start(ContractFactory(), reviewer)
    ContractReview.objects.filter(pk=review.pk).update(status=status)
    review.refresh_from_db()
    return review


@pytest.mark.parametrize("status", ["submitted", "approved"])
def test_a_reviewer_cannot_delete_their_submitted_or_approved_review(api_as, client, evaluator, manager, status):
    review = review_in(status, evaluator)
    response = api_as(evaluator).delete(f"/api/contract-reviews/{review.pk}/")
    assert response.status_code == 403
    assert "Only a manager deletes" in response.json()["detail"]
    client.force_login(evaluator)
    page = client.post(reverse("contracts:review_action", args=[review.pk, "delete"]), follow=True)
    assert "Only a manager deletes" in page.content.decode()
    assert 'action="{}"'.format(reverse("contracts:review_action", args=[review.pk, "delete"])) not in (
        page.content.decode()
    )  # no Delete button either
    review.refresh_from_db()
    assert review.deleted_at is None
    assert api_as(manager).delete(f"/api/contract-reviews/{review.pk}/").status_code == 204
    review.refresh_from_db()
    assert review.deleted_at is not None
    assert review.events.filter(kind="deleted", actor=manager).exists()  # recorded


@pytest.mark.parametrize("status", ["draft", "returned"])
def test_a_reviewer_deletes_their_own_draft_or_returned_review(api_as, evaluator, status):
    review = review_in(status, evaluator)
    assert api_as(evaluator).delete(f"/api/contract-reviews/{review.pk}/").status_code == 204
    review.refresh_from_db()
    assert review.deleted_at is not None
