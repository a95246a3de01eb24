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


# --- lists of contracts, probe schedules and probes ----------------------------------------------
CONTRACT_TEXT = "第一条 乙方提供七乘二十四小时技术支持。Clause 1: the vendor supports the buyer around the clock. " * 60
PROBES_EACH = 3


def with_contracts_and_probes(count: int, prefix: str) -> list:
    """``count`` vendors, each with a signed contract whose text is a few KB, an email channel, a
    schedule and ``PROBES_EACH`` answered probes. Bulk inserts."""
    import datetime as dt

    from django.utils import timezone

    from contracts.tests.factories import ContractFactory
    from evaluations.probes.models import Probe, ProbeSchedule
    from evaluations.probes.tests.factories import ProbeQuestionFactory
    from vendors.models import SupportChannel, Vendor
    from vendors.tests.factories import SupportChannelFactory

    now = timezone.now()
    question = ProbeQuestionFactory()
    vendors = Vendor.objects.bulk_create(
        [
            Vendor(name=f"{prefix} {n:04d}", name_en=f"{prefix} {n:04d}", name_zh=f"{prefix}厂商{n:04d}")
            for n in range(count)
        ]
    )
    if not vendors or vendors[0].pk is None:
        vendors = list(Vendor.objects.filter(name__startswith=f"{prefix} ").order_by("pk"))
    ContractFactory._meta.model.objects.bulk_create(
        [ContractFactory.build(vendor=vendor, text=CONTRACT_TEXT, term_start=None, term_end=None) for vendor in vendors]
    )
    SupportChannel.objects.bulk_create([SupportChannelFactory.build(vendor=vendor) for vendor in vendors])
    channels = {channel.vendor_id: channel for channel in SupportChannel.objects.filter(vendor__in=vendors)}
    ProbeSchedule.objects.bulk_create(
        [ProbeSchedule(vendor=vendor, channel=channels[vendor.pk], interval_days=7) for vendor in vendors]
    )
    schedules = {schedule.vendor_id: schedule for schedule in ProbeSchedule.objects.filter(vendor__in=vendors)}
    Probe.objects.bulk_create(
        [
            Probe(
                vendor=vendor,
                channel=channels[vendor.pk],
                schedule=schedules[vendor.pk],
                slot_at=now - dt.timedelta(days=n),
                question=question,
                severity="P3",
                subject=f"直播卡顿 stream stalls {n}",
                question_text="推流一小时后卡顿。The stream stalls after an hour. " * 20,
                status="answered",
                due_at=now - dt.timedelta(days=n, minutes=vendor.pk),
                sent_at=now - dt.timedelta(days=n, minutes=vendor.pk),
                first_response_at=now - dt.timedelta(days=n, minutes=vendor.pk - 30),
                response_minutes=30,
                reply_expires_at=now + dt.timedelta(days=30),
                message_id=f"<{prefix}-{vendor.pk}-{n}@probes.example>",
                reply_token_hash=f"{prefix}-{vendor.pk}-{n}",
            )
            for vendor in vendors
            for n in range(PROBES_EACH)
        ],
        batch_size=500,
    )
    return vendors


LIST_URLS = {
    "schedules": "/probes/schedules/",
    "contracts": "/contracts/",
    "contracts-of-a-vendor": "/contracts/?vendor={vendor}",
    "contracts-by-vendor-name": "/contracts/?vendor_q=000",
    "probes": "/probes/",
    "probes-of-a-vendor": "/probes/?vendor={vendor}",
    "api-probes": "/api/probes/?page_size={page}",
    "api-contracts": "/api/contracts/?page_size={page}",
}


@pytest.mark.parametrize("name", list(LIST_URLS))
def test_a_contract_or_probe_list_costs_the_same_at_10_and_at_1000_vendors(name, client, manager, monkeypatch):
    from contracts import views as contract_views
    from evaluations.probes import views as probe_views

    monkeypatch.setattr(contract_views, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(probe_views, "PAGE_SIZE", PAGE)
    client.force_login(manager)
    first = with_contracts_and_probes(SMALL, "Early")
    url = LIST_URLS[name].format(page=PAGE, vendor=first[0].pk)

    def cost():
        client.get(url)
        with measured() as spent:
            response = client.get(url)
        assert response.status_code == 200, response.content[:500]
        return spent, response

    small, small_response = cost()
    with_contracts_and_probes(LARGE - SMALL, "Late")
    large, large_response = cost()
    print(f"{name}: {SMALL} vendors {small}; {LARGE} vendors {large}; page {len(large_response.content):,} bytes")

    assert large.queries == small.queries, "\n".join(large.sql)
    assert large.bytes_read <= 2 * small.bytes_read
    assert len(large_response.content) <= 2 * len(small_response.content), "the page grows with the data"
    if name.startswith(("contracts", "api-contracts")):
        assert large.bytes_read < PAGE * len(CONTRACT_TEXT.encode()) / 2, "a contract list reads the contracts' text"


# --- the evaluations API list -----------------------------------------------------------------------
def evaluations_of(vendors, evaluator, template) -> None:
    """One draft evaluation per vendor with every criterion answered (a note of a few hundred bytes each)."""
    from evaluations.models import Answer, Evaluation

    evaluations = Evaluation.objects.bulk_create(
        [Evaluation(vendor=vendor, evaluator=evaluator, template=template) for vendor in vendors]
    )
    if not evaluations or evaluations[0].pk is None:
        evaluations = list(Evaluation.objects.filter(vendor__in=vendors))
    criteria = list(template.criteria.all())
    Answer.objects.bulk_create(
        [
            Answer(evaluation=evaluation, criterion=criterion, value=3, note="文档齐全 documented " * 20)
            for evaluation in evaluations
            for criterion in criteria
        ],
        batch_size=500,
    )


def test_the_evaluations_api_list_counts_progress_instead_of_reading_answers(client, evaluator, manager):
    from evaluations.tests.factories import small_template
    from vendors.models import Vendor

    template = small_template()
    client.force_login(manager)
    url = f"/api/evaluations/?page_size={PAGE}"

    def cost():
        client.get(url)
        with measured() as spent:
            response = client.get(url)
        assert response.status_code == 200, response.content[:500]
        return spent

    def vendors(count, prefix):
        return Vendor.objects.bulk_create([Vendor(name=f"{prefix} {n:04d}") for n in range(count)]) and list(
            Vendor.objects.filter(name__startswith=f"{prefix} ")
        )

    evaluations_of(vendors(SMALL, "Early"), evaluator, template)
    small = cost()
    evaluations_of(vendors(LARGE - SMALL, "Late"), evaluator, template)
    large = cost()
    print(f"api-evaluations: {SMALL} evaluations {small}; {LARGE} evaluations {large}")
    assert large.queries == small.queries, "\n".join(large.sql)
    assert large.bytes_read <= 2 * small.bytes_read
    answers_bytes = PAGE * template.criteria.count() * len(("文档齐全 documented " * 20).encode())
    assert large.bytes_read < answers_bytes / 2, "the list reads every answer to count them"


def test_the_evaluations_api_list_shows_the_progress_the_model_counts(client, evaluator, manager):
    """Blank, empty-list and N/A answers count as the model counts them."""
    from evaluations.models import Answer, Evaluation
    from evaluations.tests.factories import small_template

    template = small_template()
    criteria = list(template.criteria.all())
    blank = Evaluation.objects.create(vendor=VendorFactory(), evaluator=evaluator, template=template)
    for criterion, (value, is_na) in zip(criteria, [("", False), ([], False), (None, True)], strict=False):
        Answer.objects.create(evaluation=blank, criterion=criterion, value=value, is_na=is_na)
    partly = Evaluation.objects.create(vendor=VendorFactory(), evaluator=evaluator, template=template)
    Answer.objects.create(evaluation=partly, criterion=criteria[0], value=3)
    Answer.objects.create(evaluation=partly, criterion=criteria[1], value=None)
    Evaluation.objects.create(vendor=VendorFactory(), evaluator=evaluator, template=template)  # nothing answered
    client.force_login(manager)
    listed = {row["id"]: row["progress"] for row in client.get("/api/evaluations/").json()["results"]}
    for each in Evaluation.objects.prefetch_related("answers", "template__criteria"):
        answered, total = each.progress()
        assert listed[each.pk] == {"answered": answered, "total": total}
    assert listed[blank.pk]["answered"] == 1
    assert listed[partly.pk] == {"answered": 1, "total": len(criteria)}
