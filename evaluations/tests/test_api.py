"""/api/templates/, /api/evaluations/, /api/profiles/, /api/scores/ and /api/vendors/{id}/scorecard/."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from evaluations.choices import Dimension
from evaluations.models import Answer, Evaluation, WeightProfile
from evaluations.scorecards import recompute_vendor
from evaluations.tests.factories import approved_evaluation, small_template
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


def test_every_endpoint_refuses_anonymous_requests_with_401(api):
    vendor = VendorFactory()
    for url in ["/api/templates/", "/api/evaluations/", "/api/profiles/", "/api/scores/",
                f"/api/vendors/{vendor.pk}/scorecard/"]:  # fmt: skip
        assert api.get(url).status_code == 401, url
    assert api.post("/api/evaluations/", {"vendor": vendor.pk}, format="json").status_code == 401


def test_templates_list_their_criteria(api_as, viewer):
    client = api_as(viewer)
    listing = client.get("/api/templates/").json()
    default = next(t for t in listing["results"] if t["slug"] == "default")
    detail = client.get(f"/api/templates/{default['id']}/").json()
    assert len(detail["criteria"]) >= 45
    assert {"key", "dimension", "answer_type", "weight", "rule", "red_flag", "na_allowed"} <= set(detail["criteria"][0])


def test_the_evaluation_flow_through_the_api(api, evaluator, manager):
    vendor = VendorFactory()
    api.force_authenticate(evaluator)
    created = api.post("/api/evaluations/", {"vendor": vendor.pk}, format="json")
    assert created.status_code == 201
    evaluation_id = created.json()["id"]
    url = f"/api/evaluations/{evaluation_id}/"
    answer = api.post(url + "answer/", {"criterion": "formal_sla", "value": "yes", "revision": 0}, format="json")
    assert answer.status_code == 200
    assert (answer.json()["value"], answer.json()["revision"]) == ("yes", 1)
    assert api.post(url + "approve/").status_code == 403  # an evaluator cannot approve
    assert api.post(url + "submit/").status_code == 200
    api.force_authenticate(manager)
    returned = api.post(url + "return/", {"comment": ""}, format="json")
    assert returned.status_code == 400
    assert "comment" in returned.json()
    approved = api.post(url + "approve/", {"comment": "Evidence is solid."}, format="json")
    assert approved.json()["status"] == "approved"
    assert api.post(url + "approve/").status_code == 400  # not twice
    detail = api.get(url).json()
    assert [a["criterion"] for a in detail["answers"]] == ["formal_sla"]


def test_a_viewer_cannot_create_or_answer(api_as, viewer, evaluator):
    evaluation = Evaluation.objects.create(vendor=VendorFactory(), template=small_template(), evaluator=evaluator)
    client = api_as(viewer)
    assert client.post("/api/evaluations/", {"vendor": evaluation.vendor_id}, format="json").status_code == 403
    answer = {"criterion": "depth", "value": 3, "revision": 0}
    assert client.post(f"/api/evaluations/{evaluation.pk}/answer/", answer, format="json").status_code == 403
    assert not Answer.objects.exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"criterion": "depth", "value": 7, "revision": 0}, "value"),  # a score out of range
        ({"criterion": "depth", "value": "deep", "revision": 0}, "value"),
        ({"criterion": "sla_signed", "value": "maybe", "revision": 0}, "value"),
        ({"criterion": "first_answer_hours", "value": -1, "revision": 0}, "value"),
        ({"criterion": "no_such_key", "value": 3, "revision": 0}, "criterion"),  # another checklist's key
        ({"criterion": "depth", "value": 3, "is_na": True, "revision": 0}, "is_na"),
        ({"criterion": "depth", "value": 3}, "revision"),
        ({"criterion": "depth", "value": 3, "revision": -1}, "revision"),
        ({"criterion": "depth", "value": 3, "revision": 0, "link": "nope"}, "link"),
    ],
)
def test_bad_answers_get_400_with_field_errors_and_save_nothing(api_as, evaluator, payload, field):
    evaluation = Evaluation.objects.create(vendor=VendorFactory(), template=small_template(), evaluator=evaluator)
    response = api_as(evaluator).post(f"/api/evaluations/{evaluation.pk}/answer/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert not Answer.objects.exists()


def test_a_stale_revision_gets_409_and_the_current_answer(api_as, evaluator, manager):
    evaluation = Evaluation.objects.create(vendor=VendorFactory(), template=small_template(), evaluator=evaluator)
    url = f"/api/evaluations/{evaluation.pk}/answer/"
    api_as(manager).post(url, {"criterion": "depth", "value": 5, "revision": 0}, format="json")
    response = api_as(evaluator).post(url, {"criterion": "depth", "value": 1, "revision": 0}, format="json")
    assert response.status_code == 409
    assert response.json()["current"]["value"] == 5
    assert evaluation.events.filter(kind="conflict").count() == 1


def test_profiles_carry_slugs_and_validate_weights(api_as, viewer, manager):
    listing = api_as(viewer).get("/api/profiles/").json()["results"]
    assert {p["slug"] for p in listing} >= {"balanced", "show-live", "1v1-social", "overseas", "ecommerce-live"}
    client = api_as(manager)
    bad = [
        {"slug": "x", "name_en": "X", "name_zh": "X", "weights": {"sla": -1}},
        {"slug": "x", "name_en": "X", "name_zh": "X", "weights": {}},
        {"slug": "x", "name_en": "X", "name_zh": "X", "weights": {"speed": 1}},
        {"slug": "x", "name_en": "X", "name_zh": "X", "weights": [1, 2]},
    ]
    for payload in bad:
        response = client.post("/api/profiles/", payload, format="json")
        assert response.status_code == 400, payload
        assert "weights" in response.json()
    assert not WeightProfile.objects.filter(slug="x").exists()
    created = client.post("/api/profiles/", {**bad[0], "weights": {"sla": 2, "pricing": 1}}, format="json")
    assert created.status_code == 201
    assert created.json()["weights"]["sla"] == 2
    assert client.delete("/api/profiles/balanced/").status_code == 400  # built in
    assert api_as(viewer).post("/api/profiles/", bad[0], format="json").status_code == 403


def score_setup(evaluator, manager):
    strong = VendorFactory(name="Strong", status="shortlisted", scenarios=["show-live"])
    weak = VendorFactory(name="Weak", status="candidate", scenarios=["overseas"])
    template = approved_evaluation(strong, evaluator, manager, {"depth": 5, "sla_signed": "yes"}).template
    approved_evaluation(weak, evaluator, manager, {"depth": 2, "sla_signed": "no"}, template=template)
    for vendor in (strong, weak):
        recompute_vendor(vendor.pk)
    return strong, weak


def test_scores_have_the_documented_shape_and_order(api_as, viewer, evaluator, manager):
    strong, _weak = score_setup(evaluator, manager)
    body = api_as(viewer).get("/api/scores/", {"profile": "balanced"}).json()
    assert set(body) == {"count", "next", "previous", "results"}
    first = body["results"][0]
    assert set(first) == {"vendor", "profile", "overall", "grade", "coverage", "dimensions", "red_flags", "computed_at"}
    assert first["vendor"] == {"id": strong.pk, "name": "Strong"}
    assert first["profile"] == "balanced"
    assert [d["key"] for d in first["dimensions"]] == Dimension.values
    assert set(first["dimensions"][0]) == {"key", "label", "score", "weight", "coverage"}
    assert 0 <= first["coverage"] <= 1
    weak_item = body["results"][1]
    assert weak_item["red_flags"][0]["key"] == "sla_signed"
    assert set(weak_item["red_flags"][0]) >= {"key", "label"}


def test_scores_filter_by_vendor_status_and_scenario_and_order_by_overall(api_as, viewer, evaluator, manager):
    score_setup(evaluator, manager)
    client = api_as(viewer)

    def names(params):
        return [item["vendor"]["name"] for item in client.get("/api/scores/", params).json()["results"]]

    assert names({"vendor_status": "candidate"}) == ["Weak"]
    assert names({"scenario": "show-live"}) == ["Strong"]
    assert names({"ordering": "overall"}) == ["Weak", "Strong"]
    assert names({"ordering": "-overall"}) == ["Strong", "Weak"]


def test_an_unknown_profile_is_a_400_not_a_500(api_as, viewer):
    vendor = VendorFactory()
    client = api_as(viewer)
    assert client.get("/api/scores/", {"profile": "nope"}).status_code == 400
    response = client.get(f"/api/vendors/{vendor.pk}/scorecard/", {"profile": "nope"})
    assert response.status_code == 400
    assert "profile" in response.json()


def test_the_scorecard_carries_the_breakdown(api_as, viewer, evaluator, manager):
    strong, _weak = score_setup(evaluator, manager)
    body = api_as(viewer).get(f"/api/vendors/{strong.pk}/scorecard/", {"profile": "overseas"}).json()
    assert body["profile"] == "overseas"
    assert set(body["breakdown"]) == set(Dimension.values)
    line = next(x for x in body["breakdown"]["support_depth"] if x["key"] == "depth")
    assert (line["score"], line["n"], line["label"]) == (100, 1, line["label"])
    assert line["label"]
    assert body["evaluators"][0]["evaluator"] == evaluator.username


def count_queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params or {}).status_code == 200
    return len(queries)


def test_scores_and_scorecard_cost_the_same_queries_for_1_and_for_50_vendors(api, viewer, evaluator, manager):
    strong, _weak = score_setup(evaluator, manager)
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=viewer).key}")
    urls = [("/api/scores/", {"profile": "balanced"}), (f"/api/vendors/{strong.pk}/scorecard/", {})]
    before = [count_queries(api, url, params) for url, params in urls]
    for vendor in VendorFactory.create_batch(48):
        recompute_vendor(vendor.pk)
    after = [count_queries(api, url, params) for url, params in urls]
    # scores: token with its user, role, profile, count, page of snapshots with their vendors;
    # scorecard: token, role, vendor, profile, latest snapshot, then the labels (criteria of current checklists)
    assert after == before == [5, 6]


def test_scores_are_read_from_the_summary_never_from_the_breakdown(api_as, viewer, evaluator, manager):
    score_setup(evaluator, manager)
    client = api_as(viewer)
    with CaptureQueriesContext(connection) as queries:
        body = client.get("/api/scores/").json()
    snapshot_sql = [q["sql"] for q in queries.captured_queries if 'FROM "evaluations_scoresnapshot"' in q["sql"]]
    assert snapshot_sql
    assert not [sql for sql in snapshot_sql if '"evaluations_scoresnapshot"."data"' in sql]
    assert not [sql for sql in snapshot_sql if '"vendors_vendor"."support_hours"' in sql]
    # A list row says what the scorecard says, field for field.
    for item in body["results"]:
        card = client.get(f"/api/vendors/{item['vendor']['id']}/scorecard/").json()
        assert {key: card[key] for key in item} == item


def test_scores_speak_the_readers_language(api_as, viewer, evaluator, manager):
    score_setup(evaluator, manager)
    client = api_as(viewer)
    chinese = client.get("/api/scores/", {"ordering": "overall"}, headers={"Accept-Language": "zh-hans"}).json()
    english = client.get("/api/scores/", {"ordering": "overall"}, headers={"Accept-Language": "en"}).json()
    weak_zh, weak_en = chinese["results"][0], english["results"][0]
    assert weak_zh["red_flags"][0]["label"] == "没有 SLA"
    assert weak_en["red_flags"][0]["label"] == "No SLA"
    assert weak_en["dimensions"][0]["label"] == "Response speed"
    assert weak_zh["dimensions"][0]["label"] not in ("Response speed", "")


def test_an_ordering_of_blanks_keeps_the_list_ordered(api_as, client, manager):
    """``?ordering=,,`` (found by schemathesis) cleared the ordering: an unordered page is a 500 under
    warnings-as-errors and, in production, pages that repeat and skip rows."""
    for name in ("One", "Two"):
        Evaluation.objects.create(vendor=VendorFactory(name=name), template=small_template(), evaluator=manager)
    response = api_as(manager).get("/api/evaluations/", {"ordering": ",,", "page_size": 1})
    assert response.status_code == 200
    assert response.json()["count"] == 2
    client.force_login(manager)
    assert client.get("/evaluations/", {"ordering": ",,", "status": "draft"}).status_code == 200
