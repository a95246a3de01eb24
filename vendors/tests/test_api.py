"""/api/vendors/: roles, CRUD, filters, pagination, errors, query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from vendors.hours import DAYS
from vendors.models import Vendor
from vendors.tests.factories import VendorFactory, vendor_with_everything

pytestmark = pytest.mark.django_db
LIST = "/api/vendors/"


def detail(vendor) -> str:
    return f"/api/vendors/{vendor.pk}/"


def test_anonymous_requests_are_refused_with_401(api):
    vendor = VendorFactory()
    for method, url in [("get", LIST), ("post", LIST), ("get", detail(vendor)), ("delete", detail(vendor))]:
        response = getattr(api, method)(url)
        assert response.status_code == 401, (method, url)
        assert response["WWW-Authenticate"] == "Token"


def test_a_user_without_a_role_gets_403(api_as, stranger):
    assert api_as(stranger).get(LIST).status_code == 403


def test_a_token_from_the_token_endpoint_authenticates(api, viewer):
    from conftest import PASSWORD

    response = api.post("/api/auth/token/", {"username": "vic", "password": PASSWORD}, format="json")
    assert response.status_code == 200
    token = response.json()["token"]
    assert token == Token.objects.get(user=viewer).key
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api.get(LIST).status_code == 200


def test_a_wrong_password_gets_400_and_no_token(api, viewer):
    response = api.post("/api/auth/token/", {"username": "vic", "password": "wrong"}, format="json")
    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert not Token.objects.exists()


def test_a_bad_token_is_401(api, viewer):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert api.get(LIST).status_code == 401


@pytest.mark.parametrize("role", ["viewer", "evaluator"])
def test_read_only_roles_get_403_on_every_write(api_as, users, role):
    vendor = VendorFactory(name="Keep")
    client = api_as(users[role])
    assert client.get(LIST).status_code == 200
    assert client.post(LIST, {"name": "New"}, format="json").status_code == 403
    assert client.patch(detail(vendor), {"name": "Changed"}, format="json").status_code == 403
    assert client.put(detail(vendor), {"name": "Changed"}, format="json").status_code == 403
    assert client.delete(detail(vendor)).status_code == 403
    assert list(Vendor.objects.alive().values_list("name", flat=True)) == ["Keep"]


def test_creating_needs_only_a_name(api_as, manager):
    response = api_as(manager).post(LIST, {"name": "Lime Video"}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "Lime Video"
    assert body["status"] == "candidate"
    assert body["time_zone"] == "Asia/Shanghai"
    assert body["contacts"] == []
    assert Vendor.objects.filter(name="Lime Video").exists()


def test_a_manager_creates_reads_updates_and_deletes(api_as, manager):
    client = api_as(manager)
    payload = {
        "name": "StarRiver",
        "name_zh": "星河云播",
        "support_hours": "mon-fri 09:00-18:00; sat 10:00-16:00",
        "holiday_country": "CN",
        "scenarios": ["show-live", "overseas"],
        "team_size": 40,
    }
    created = client.post(LIST, payload, format="json").json()
    assert created["support_hours"] == "mon-fri 09:00-18:00; sat 10:00-16:00"
    assert sorted(created["scenarios"]) == ["overseas", "show-live"]
    url = f"{LIST}{created['id']}/"

    updated = client.patch(url, {"status": "shortlisted", "support_hours": "24/7"}, format="json")
    assert updated.status_code == 200
    assert (updated.json()["status"], updated.json()["support_hours"]) == ("shortlisted", "24/7")

    assert client.delete(url).status_code == 204
    assert client.get(url).status_code == 404
    assert Vendor.objects.get(pk=created["id"]).deleted_at is not None  # soft


def test_detail_includes_contacts_channels_releases_documentation_and_references(api_as, viewer):
    vendor = vendor_with_everything(name="Full")
    body = api_as(viewer).get(detail(vendor)).json()
    for key in ("contacts", "channels", "releases", "documentation", "references"):
        assert len(body[key]) >= 1, key
    assert body["turnover"]["on_team_in_window"] >= 1
    assert set(body["release_cadence"]) == {"in_window", "days_since_last", "free_fix_share"}
    assert set(body["contacts"][0]) >= {"name", "role", "joined_on", "left_on", "is_dedicated"}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "X", "time_zone": "Mars/Olympus"}, "time_zone"),
        ({"name": "X", "support_hours": "mon 18:00-09:00"}, "support_hours"),
        ({"name": "X", "support_hours": {"mon": "x"}}, "support_hours"),
        ({"name": "X", "holiday_country": "XX"}, "holiday_country"),
        ({"name": "X", "status": "bankrupt"}, "status"),
        ({"name": "X", "team_size": -1}, "team_size"),
        ({"name": "X", "team_size": "lots"}, "team_size"),
        ({"name": "X", "scenarios": ["space-live"]}, "scenarios"),
        ({"name": "X", "website": "not a url"}, "website"),
        ({"name": "taken"}, "name"),
    ],
)
def test_bad_input_gets_400_with_field_errors_and_saves_nothing(api_as, manager, payload, field):
    VendorFactory(name="TAKEN")
    response = api_as(manager).post(LIST, payload, format="json")
    assert response.status_code == 400
    errors = response.json()
    assert isinstance(errors[field], list)
    assert all(isinstance(message, str) for message in errors[field])
    assert Vendor.objects.count() == 1


def test_malformed_json_is_a_400(api_as, manager):
    response = api_as(manager).generic("POST", LIST, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert Vendor.objects.count() == 0


def test_renaming_to_a_taken_name_is_a_400(api_as, manager):
    VendorFactory(name="First")
    second = VendorFactory(name="Second")
    response = api_as(manager).patch(detail(second), {"name": "first"}, format="json")
    assert response.status_code == 400
    assert "name" in response.json()
    second.refresh_from_db()
    assert second.name == "Second"


def test_list_filters_use_the_same_filterset_as_the_page(api_as, viewer):
    VendorFactory(name="Alpha", name_en="Alpha Live", status="shortlisted", scenarios=["show-live"])
    VendorFactory(name="Beta", status="rejected", scenarios=["overseas", "show-live"])
    client = api_as(viewer)

    def names(params):
        return [item["name"] for item in client.get(LIST, params).json()["results"]]

    assert names({"status": "shortlisted"}) == ["Alpha"]
    assert names({"scenario": "show-live", "ordering": "-name"}) == ["Beta", "Alpha"]
    assert names({"q": "alpha live"}) == ["Alpha"]
    assert names({"status": ["shortlisted", "rejected"]}) == ["Alpha", "Beta"]


def test_an_invalid_filter_value_is_a_400(api_as, viewer):
    response = api_as(viewer).get(LIST, {"status": "bogus"})
    assert response.status_code == 400
    assert "status" in response.json()


def test_pagination_has_count_next_previous_results_and_caps_page_size(api_as, viewer):
    VendorFactory.create_batch(105)
    client = api_as(viewer)
    first = client.get(LIST).json()
    assert set(first) == {"count", "next", "previous", "results"}
    assert (first["count"], len(first["results"]), first["previous"]) == (105, 25, None)
    assert "page=2" in first["next"]
    assert len(client.get(LIST, {"page_size": 10}).json()["results"]) == 10
    assert len(client.get(LIST, {"page_size": 1000}).json()["results"]) == 100
    last = client.get(LIST, {"page_size": 100, "page": 2}).json()
    assert (len(last["results"]), last["next"]) == (5, None)
    assert client.get(LIST, {"page": 99}).status_code == 404


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def token_client(api, viewer):
    """Authenticates every request afresh, as a real client does (force_authenticate would cache the user)."""
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=viewer).key}")
    return api


def test_the_list_costs_the_same_queries_for_1_and_for_50_vendors(token_client):
    client = token_client
    VendorFactory(scenarios=["show-live"])
    one = count_queries(client, LIST)
    VendorFactory.create_batch(49, scenarios=["show-live", "overseas"])
    # token with its user, role groups, count, page of vendors, their scenarios
    assert count_queries(client, LIST) == one == 5


def test_the_detail_costs_a_fixed_number_of_queries(token_client):
    client = token_client
    small = vendor_with_everything(name="Small")
    big = vendor_with_everything(name="Big")
    for _i in range(10):
        vendor_with_everything(name=f"Noise {_i}")
    # token with its user, role groups, vendor, then scenarios, contacts, channels,
    # releases, documentation and references
    assert count_queries(client, detail(small)) == count_queries(client, detail(big)) == 9


def test_each_listed_vendor_has_its_own_url_hours_and_scenarios(api_as, viewer):
    """The list works out the detail URL and the hours text once per response: every row still gets its own."""
    weekdays = VendorFactory(name="Weekdays", support_hours={"mon": [["09:00", "18:00"]]}, scenarios=["show-live"])
    always = VendorFactory(name="Always", support_hours={d: [["00:00", "24:00"]] for d in DAYS}, scenarios=[])
    same = VendorFactory(name="Same hours", support_hours={"mon": [["09:00", "18:00"]]}, scenarios=["overseas"])
    rows = {row["name"]: row for row in api_as(viewer).get(LIST, {"page_size": 10}).json()["results"]}
    for vendor in (weekdays, always, same):
        assert rows[vendor.name]["url"] == f"http://testserver/api/vendors/{vendor.pk}/"
        assert api_as(viewer).get(rows[vendor.name]["url"]).json()["id"] == vendor.pk
    assert rows["Weekdays"]["support_hours"] == rows["Same hours"]["support_hours"] == "mon 09:00-18:00"
    assert rows["Always"]["support_hours"] == "24/7"
    assert [row["scenarios"] for row in (rows["Weekdays"], rows["Always"], rows["Same hours"])] == [
        ["show-live"],
        [],
        ["overseas"],
    ]
