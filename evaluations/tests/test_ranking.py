"""The ranking page at scale: pages of RANKING_PAGE_SIZE that keep their filters and order, rows
read from the snapshots' summaries, and a cheap check for vendors not yet scored."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from evaluations.models import ScoreSnapshot, WeightProfile
from evaluations.scorecards import recompute_vendor
from evaluations.tests.factories import approved_evaluation, small_template
from evaluations.views import scores
from tests.cost import populate
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagged(evaluator, manager):
    """A vendor scored by the engine with one red flag ("No SLA")."""
    vendor = VendorFactory(name="Flagged", status="candidate")
    approved_evaluation(vendor, evaluator, manager, {"depth": 3, "sla_signed": "no"}, template=small_template())
    recompute_vendor(vendor.pk)
    return vendor


def model_snapshot(vendor) -> ScoreSnapshot:
    return ScoreSnapshot.objects.latest().get(vendor=vendor, profile__slug=WeightProfile.DEFAULT_SLUG)


def ranks(response) -> list[int]:
    return [int(rank) for rank in re.findall(r"<tr><td>(\d+)</td>", response.content.decode())]


def test_the_ranking_pages_through_every_vendor_numbering_on(client, viewer, flagged, monkeypatch):
    monkeypatch.setattr(scores, "RANKING_PAGE_SIZE", 4)
    populate(5, model_snapshot(flagged))
    client.force_login(viewer)
    first = client.get(reverse("evaluations:ranking"))
    second = client.get(reverse("evaluations:ranking"), {"page": 2})
    assert first.context["page"].paginator.count == 6
    assert ranks(first) == [1, 2, 3, 4]
    assert ranks(second) == [5, 6]
    listed = [s.vendor_id for page in (first, second) for s in page.context["snapshots"]]
    assert len(set(listed)) == 6
    overall = [s.overall for page in (first, second) for s in page.context["snapshots"]]
    assert overall == sorted(overall, reverse=True)
    assert "Page 1 of 2" in first.content.decode()


def test_the_pages_keep_the_filters_and_the_order(client, viewer, flagged, monkeypatch):
    monkeypatch.setattr(scores, "RANKING_PAGE_SIZE", 2)
    populate(4, model_snapshot(flagged))  # status "candidate" by default, like Flagged
    VendorFactory(name="Rejected", status="rejected")
    client.force_login(viewer)
    params = {"vendor_status": "candidate", "ordering": "vendor", "profile": "balanced"}
    response = client.get(reverse("evaluations:ranking"), params)
    body = response.content.decode()
    assert "?vendor_status=candidate&amp;ordering=vendor&amp;profile=balanced&amp;page=2" in body
    second = client.get(reverse("evaluations:ranking"), {**params, "page": 2})
    names = [s.vendor.name for page in (response, second) for s in page.context["snapshots"]]
    assert names == sorted(names)
    assert "Rejected" not in names
    assert "selected>Vendor</option>" in body  # the sort menu says how the list is ordered


def test_red_flags_are_counted_from_the_summary(client, viewer, flagged):
    ScoreSnapshot.objects.filter(vendor=flagged).update(data={})  # what a list must not need
    client.force_login(viewer)
    body = client.get(reverse("evaluations:ranking")).content.decode()
    assert "⚑ 1" in body


def test_the_page_never_reads_the_snapshots_data(client, viewer, flagged):
    client.force_login(viewer)
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("evaluations:ranking"))
    page = [q["sql"] for q in queries.captured_queries if 'FROM "evaluations_scoresnapshot"' in q["sql"]]
    assert page
    assert not [sql for sql in page if '"evaluations_scoresnapshot"."data"' in sql]


def test_with_every_vendor_scored_one_count_is_all_it_costs(flagged, django_assert_num_queries):
    profile = WeightProfile.objects.get(slug=WeightProfile.DEFAULT_SLUG)
    with django_assert_num_queries(1):
        assert scores.ensure_scored(profile) == 0


def test_a_deleted_vendor_is_not_waited_for(flagged, django_assert_num_queries):
    gone = VendorFactory(name="Gone")
    gone.soft_delete()
    profile = WeightProfile.objects.get(slug=WeightProfile.DEFAULT_SLUG)
    with django_assert_num_queries(1):
        assert scores.ensure_scored(profile) == 0


def test_the_ranking_filters_are_checkboxes_not_bare_option_text(client, viewer):
    client.force_login(viewer)
    html = client.get(reverse("evaluations:ranking")).content.decode()
    assert html.count('type="checkbox" name="vendor_status"') == 4
    assert html.count('type="checkbox" name="scenario"') == 5
