"""What a client sends never makes a 500 (issue 10, A6): deep JSON, NUL characters, huge numbers.

PostgreSQL refuses NUL in text and in jsonb, so these tests mean most when run there (CI does);
the answers they expect are the same on SQLite.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token

from evaluations.models import Answer, Evaluation
from evaluations.tests.factories import CriterionFactory, small_template
from vendors.models import Vendor
from vendors.tests.factories import VendorFactory
from vendorscore.api import MAX_JSON_DEPTH

pytestmark = pytest.mark.django_db

NUL = "%00"


@pytest.fixture
def anonymous():
    return Client(raise_request_exception=False)


@pytest.fixture
def signed_in(manager):
    client = Client(raise_request_exception=False)
    client.force_login(manager)
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {Token.objects.create(user=manager).key}"
    return client


@pytest.fixture
def draft(manager):
    template = small_template()
    CriterionFactory(template=template, key="evidence", dimension="sla", answer_type="text")
    return Evaluation.objects.create(vendor=VendorFactory(name="Acme"), template=template, evaluator=manager)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_to_the_token_endpoint_is_a_400(anonymous, depth):
    response = anonymous.post("/api/auth/token/", nested(depth), content_type="application/json")
    print(f"\nJSON nested {depth} deep on /api/auth/token/: {response.status_code}")
    assert response.status_code == 400
    assert response.json() == {
        "detail": f"The JSON is nested too deeply: at most {MAX_JSON_DEPTH} levels of objects and lists."
    }


def test_deep_json_is_refused_on_any_endpoint_and_shallow_json_still_reaches_validation(signed_in, draft):
    deep = {"name": "Deep", "notes": json.loads(nested(MAX_JSON_DEPTH))}
    response = signed_in.post("/api/vendors/", json.dumps(deep), content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]
    answer = {"criterion": "evidence", "value": json.loads(nested(MAX_JSON_DEPTH + 1)), "revision": 0}
    url = f"/api/evaluations/{draft.pk}/answer/"
    assert signed_in.post(url, json.dumps(answer), content_type="application/json").status_code == 400
    shallow = {"name": "Shallow", "scenarios": [[["show-live"]]]}
    response = signed_in.post("/api/vendors/", json.dumps(shallow), content_type="application/json")
    assert response.status_code == 400
    assert "scenarios" in response.json()  # an ordinary field error: nesting within the limit is parsed
    assert not Vendor.objects.filter(name__in=["Deep", "Shallow"]).exists()


@pytest.mark.parametrize(
    "path",
    [
        # the API: filters, searches, lookups and parameters views read themselves
        f"/api/vendors/?q=a{NUL}b",
        f"/api/vendors/?search=a{NUL}b",
        f"/api/vendors/?name=a{NUL}b",
        f"/api/vendors/?ordering=a{NUL}",
        f"/api/evaluations/?evaluator=a{NUL}b",
        f"/api/scores/?profile=a{NUL}b",
        "/api/vendors/{vendor}/scorecard/?profile=" + f"x{NUL}",
        f"/api/profiles/a{NUL}b/",
        f"/api/probe-questions/?q=a{NUL}b",
        f"/api/contracts/?q=a{NUL}b",
        f"/api/vendors/?a{NUL}b=1",
        # pages
        f"/vendors/?q=a{NUL}b",
        f"/evaluations/?evaluator=a{NUL}b",
        f"/scores/?profile=a{NUL}b",
        "/vendors/{vendor}/scorecard/?profile=" + f"x{NUL}",
        f"/compare/?vendors=a{NUL}b",
        f"/contracts/?q=a{NUL}b",
        f"/probes/?vendor=a{NUL}b",
        f"/profiles/a{NUL}b/edit/",
    ],
)
def test_a_nul_character_in_the_address_is_a_400_on_the_api_and_the_pages(signed_in, draft, path):
    response = signed_in.get(path.replace("{vendor}", str(draft.vendor_id)))
    assert response.status_code == 400
    if path.startswith("/api/"):
        assert response.json() == {"detail": "Null characters are not allowed."}
    else:
        assert "Null characters are not allowed." in response.content.decode()


def test_a_nul_character_in_a_header_is_a_400(anonymous, viewer):
    response = anonymous.post(
        "/accounts/login/", {"username": viewer.username, "password": "wrong"}, HTTP_USER_AGENT="probe\x00"
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "body",
    [
        {"criterion": "evidence", "value": "seen on\x00 the call", "revision": 0},  # jsonb refuses \u0000
        {"criterion": "evidence", "value": {"k\x00": "v"}, "revision": 0},
        {"criterion": "evidence", "value": "fine", "note": "a\x00b", "revision": 0},
    ],
)
def test_a_nul_character_in_a_json_answer_is_a_400_and_saves_nothing(signed_in, draft, body):
    response = signed_in.post(f"/api/evaluations/{draft.pk}/answer/", json.dumps(body), content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "Null characters are not allowed."}
    assert not Answer.objects.exists()


def test_a_nul_character_in_a_form_encoded_api_answer_is_a_400(signed_in, draft):
    response = signed_in.post(
        f"/api/evaluations/{draft.pk}/answer/", {"criterion": "evidence", "value": "a\x00b", "revision": 0}
    )
    assert response.status_code == 400
    assert not Answer.objects.exists()


def test_a_nul_character_in_a_page_form_is_a_field_error(signed_in, draft):
    criterion = draft.template.criteria.get(key="evidence")
    prefix = f"c{criterion.pk}"
    answer = signed_in.post(
        f"/evaluations/{draft.pk}/answers/{criterion.pk}/",
        {f"{prefix}-revision": 0, f"{prefix}-value": "a\x00b"},
        headers={"HX-Request": "true"},
    )
    assert answer.status_code == 400
    assert not Answer.objects.exists()
    vendor = signed_in.post("/vendors/new/", {"name": "Nul\x00Corp", "status": "prospect"})
    assert vendor.status_code == 200
    assert "Null characters are not allowed." in vendor.context["form"].errors["name"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/evaluations/?vendor=3.4e38",
        "/api/evaluations/?vendor=99999999999999999999999",
        "/api/probes/?vendor=1e400",
        "/api/channels/?vendor=-1",
        "/api/contracts/?ends_within=3.4e38",
        "/api/contracts/?ends_within=NaN",
        "/api/contracts/?vendor=inf",
        "/api/contract-reviews/?contract=3.4e38",
        "/api/probe-schedules/?vendor=3.4e38",
        "/api/vendors/{vendor}/probe-metrics/?days=1e308",
        "/api/vendors/{vendor}/probe-metrics/?days=99999999999999999999",
    ],
)
def test_huge_numbers_in_api_filters_are_a_400(signed_in, draft, path):
    response = signed_in.get(path.replace("{vendor}", str(draft.vendor_id)))
    assert response.status_code == 400, response.content


@pytest.mark.parametrize(
    "path",
    [
        "/api/vendors/?page=3.4e38",
        "/api/vendors/?page=99999999999999999999999",
        "/api/vendors/?page_size=1e308",
        "/evaluations/?vendor=3.4e38",
        "/evaluations/?page=1e308",
        "/contracts/?ends_within=3.4e38",
        "/contracts/?vendor=99999999999999999999999",
        "/probes/?vendor=1e400",
        "/vendors/?page=99999999999999999999999",
        "/notifications/?page=3.4e38",
        "/contracts/new/?vendor=99999999999999999999999",
    ],
)
def test_huge_numbers_elsewhere_are_never_a_server_error(signed_in, draft, path):
    response = signed_in.get(path)
    assert response.status_code in (200, 400, 404), response.status_code


def test_a_mail_carrying_nul_characters_is_taken_in_without_them(api, settings):
    """Vendors' mail reaches the database through the signed inbound webhook (and IMAP): a NUL
    in a header or the body (quoted-printable ``=00``) must not make it a 500, or be lost."""
    import datetime as dt

    from django.utils import timezone

    from evaluations.probes.models import ProbeReply
    from evaluations.probes.tests.test_reply_capture import SECRET, message_for, sent_probe, signed_post

    settings.INBOUND_EMAIL_SECRET = SECRET
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=3))
    raw = message_for(probe).replace(
        b"Subject: =?utf-8?b?UmU6IOWuieWNk+ingueJp+i/m+aIv+m7keWxjw==?=", b"Subject: =?utf-8?q?Re=3A_fix=00ed?="
    )
    raw = raw.replace(b"Content-Transfer-Encoding: 8bit", b"Content-Transfer-Encoding: quoted-printable")
    raw = raw.replace("我们今晚出补丁。".encode(), b"patch=00 tonight")
    api.raise_request_exception = False
    response = signed_post(api, raw)
    assert response.status_code == 200, response.content
    reply = ProbeReply.objects.get()
    assert "patch tonight" in reply.body
    assert "\x00" not in reply.body + reply.subject
