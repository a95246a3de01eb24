"""The cost of every list and page stays constant in the size of the data (issue 11).

Each URL is requested with 10 vendors and again with 1,000, every vendor with a latest snapshot
under every profile whose ``data`` is padded to the size real breakdowns and evidence reach. Lists
hold ``PAGE`` rows at both sizes (the HTML lists' page size is set to it), so what a page shows
is the same and any growth is cost that follows the data, not the page:

- the same number of queries at both sizes;
- bytes read from the database within 2× (tests/cost.py counts what every fetch returns);
- a list never reads the snapshots' ``data``: its bytes stay below one blob per row shown.
"""

from __future__ import annotations

import pytest

from evaluations.models import ScoreSnapshot, WeightProfile
from evaluations.scorecards import recompute_vendor
from evaluations.tests.factories import approved_evaluation
from tests.cost import measured, padded, populate
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 1_000
PAGE = 10
BLOB = 12_000  # bytes of JSON in each snapshot's data: enough that reading it per row shows


@pytest.fixture
def scored(evaluator, manager):
    """One vendor scored by the engine (its snapshots are the model for the bulk ones), with a red flag."""
    vendor = VendorFactory(name="Engine-scored", scenarios=["show-live"])
    approved_evaluation(vendor, evaluator, manager, {"depth": 4, "sla_signed": "no", "first_answer_hours": 2})
    recompute_vendor(vendor.pk)
    model = ScoreSnapshot.objects.latest().get(vendor=vendor, profile__slug=WeightProfile.DEFAULT_SLUG)
    model.data = padded(model.data, BLOB)
    ScoreSnapshot.objects.filter(vendor=vendor).update(data=model.data)
    return vendor, model


URLS = {
    "api-scores": ("/api/scores/?page_size={page}", True),
    "api-vendors": ("/api/vendors/?page_size={page}", True),
    "api-scorecard": ("/api/vendors/{vendor}/scorecard/", False),
    "ranking": ("/scores/", True),
    "vendor-list": ("/vendors/", True),
    "scorecard": ("/vendors/{vendor}/scorecard/", False),
    "compare": ("/compare/?profile=balanced&{four}", False),
    "dashboard": ("/", False),
}


def with_page_size(monkeypatch, size: int) -> None:
    """The HTML lists show ``size`` rows, as the API lists do with ``?page_size=``."""
    from evaluations.views import scores
    from vendors.views import VendorListView

    monkeypatch.setattr(VendorListView, "paginate_by", size)
    monkeypatch.setattr(scores, "RANKING_PAGE_SIZE", size)


@pytest.mark.parametrize(
    "name",
    [
        "api-scores",
        "api-vendors",
        "api-scorecard",
        "ranking",
        "vendor-list",
        "scorecard",
        "compare",
        "dashboard",
    ],
)
def test_a_page_costs_the_same_at_10_and_at_1000_vendors(name, client, viewer, scored, monkeypatch):
    vendor, model = scored
    with_page_size(monkeypatch, PAGE)
    client.force_login(viewer)
    first = populate(SMALL - 1, model, prefix="Early")
    template, is_list = URLS[name]
    four = "&".join(f"vendors={pk}" for pk in [vendor.pk, *(v.pk for v in first[:3])])
    url = template.format(page=PAGE, vendor=vendor.pk, four=four)

    def cost():
        client.get(url)  # warm: sessions, first-request caches
        with measured() as spent:
            response = client.get(url)
        assert response.status_code == 200, response.content[:500]
        return spent

    small = cost()
    populate(LARGE - SMALL, model, prefix="Late")
    large = cost()
    print(f"{name}: {SMALL} vendors {small}; {LARGE} vendors {large}")

    assert large.queries == small.queries, "\n".join(large.sql)
    assert large.bytes_read <= 2 * small.bytes_read
    if is_list:
        assert large.bytes_read < PAGE * BLOB / 2, "a list reads the snapshots' data"


def test_the_ranking_export_reads_summaries_not_breakdowns(client, viewer, scored):
    """The CSV lists every vendor (a download may), with each red flag's text: from the summary."""
    _vendor, model = scored
    populate(LARGE - 1, model)
    client.force_login(viewer)
    with measured() as spent:
        response = client.get("/scores/", {"export": "csv"})
    assert response.status_code == 200
    assert response.content.decode().count("No SLA") == LARGE
    print(f"ranking export: {LARGE} vendors {spent}")
    assert spent.bytes_read < LARGE * BLOB / 4
