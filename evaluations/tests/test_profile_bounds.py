"""One weight profile must not break every recompute (issue 10, A4)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from evaluations.models import ScoreSnapshot, WeightProfile
from evaluations.scorecards import recompute_vendor
from evaluations.tasks import recompute_all_scores
from evaluations.tests.factories import approved_evaluation
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db
HUGE = dict.fromkeys(["response_speed", "support_depth", "sla"], 1e308)


def test_the_api_refuses_weights_beyond_the_forms_bound(api_as, manager):
    body = {"slug": "huge", "name_en": "Huge", "name_zh": "巨大", "weights": HUGE}
    response = api_as(manager).post("/api/profiles/", body, format="json")
    assert response.status_code == 400
    assert "at most 100" in str(response.json())
    assert not WeightProfile.objects.filter(slug="huge").exists()


def test_the_model_refuses_them_too():
    from django.core.exceptions import ValidationError

    profile = WeightProfile(slug="huge", name_en="Huge", name_zh="巨大", weights={"sla": 101})
    with pytest.raises(ValidationError):
        profile.full_clean()


def test_a_broken_profile_stored_around_the_validation_stops_nothing(client, viewer, evaluator, manager):
    vendors = [VendorFactory(name=f"V{n}") for n in range(2)]
    for vendor in vendors:
        approved_evaluation(vendor, evaluator, manager, {"depth": 4})
    broken = WeightProfile.objects.create(slug="broken", name_en="Broken", name_zh="坏", weights={"sla": 1})
    WeightProfile.objects.filter(pk=broken.pk).update(weights=HUGE)  # as an old row or a raw edit would
    ScoreSnapshot.objects.all().delete()
    assert recompute_all_scores() > 0
    for vendor in vendors:
        scored = set(ScoreSnapshot.objects.latest().filter(vendor=vendor).values_list("profile__slug", flat=True))
        assert "balanced" in scored
        assert "broken" not in scored
    client.force_login(viewer)
    response = client.get(reverse("evaluations:scorecard", args=[vendors[0].pk]), {"profile": "broken"})
    assert response.status_code == 200
    assert "cannot score vendors" in response.content.decode()
    assert recompute_vendor(vendors[0].pk) == 0  # nothing changed for the sound profiles
