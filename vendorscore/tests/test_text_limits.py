"""One limit per free-text field, enforced in the model (issue 10, A9)."""

from __future__ import annotations

import pytest

from evaluations.models import Evaluation
from evaluations.tests.factories import CriterionFactory, small_template
from vendors.models import Vendor
from vendors.tests.factories import VendorFactory
from vendorscore.validators import NOTES_MAX_CHARS

pytestmark = pytest.mark.django_db


def test_vendor_notes_over_the_limit_are_a_400_and_change_nothing(api_as, manager):
    vendor = VendorFactory(name="Noted", notes="short")
    too_long = {"notes": "x" * (NOTES_MAX_CHARS + 1)}
    response = api_as(manager).patch(f"/api/vendors/{vendor.pk}/", too_long, format="json")
    assert response.status_code == 400
    assert "notes" in response.json()
    assert Vendor.objects.get(pk=vendor.pk).notes == "short"


def test_a_text_answer_over_the_limit_is_a_400_through_the_api(api_as, evaluator):
    template = small_template()
    CriterionFactory(template=template, key="story", dimension="support_depth", answer_type="text")
    evaluation = Evaluation.objects.create(vendor=VendorFactory(name="Told"), template=template, evaluator=evaluator)
    body = {"criterion": "story", "value": "y" * 10_001, "revision": 0}
    response = api_as(evaluator).post(f"/api/evaluations/{evaluation.pk}/answer/", body, format="json")
    assert response.status_code == 400
    assert "10,000 characters" in str(response.json())
    assert not evaluation.answers.exists()
    body["value"] = "y" * 10_000
    assert api_as(evaluator).post(f"/api/evaluations/{evaluation.pk}/answer/", body, format="json").status_code == 200
