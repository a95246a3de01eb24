"""Fuzzing: nothing a client sends to the vendor API or pages produces a 500.

Hypothesis builds request bodies from the real field names with values of every
JSON type, plus garbage keys and query strings. Each example runs in its own
transaction (hypothesis.extra.django.TestCase). The number of examples is
raised with HYPOTHESIS_FUZZ_EXAMPLES for longer runs.
"""

from __future__ import annotations

import os

from django.contrib.auth.models import Group, User
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from rest_framework.test import APIClient

from vendors.api.serializers import VendorSerializer
from vendors.models import Vendor
from vendors.views import VENDOR_CHILDREN

EXAMPLES = int(os.environ.get("HYPOTHESIS_FUZZ_EXAMPLES", "60"))
FIELDS = [f for f in VendorSerializer.Meta.fields if f not in {"id", "url"}]

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=300),
    st.sampled_from(["24/7", "mon-fri 09:00-18:00", "show-live", "CN", "Asia/Shanghai", "candidate", "", "\x00"]),
)
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner))
bodies = st.dictionaries(st.sampled_from([*FIELDS, "deleted_at", "pk", "__proto__"]) | st.text(max_size=12), json_value)
FORM_FIELDS = ["name", "time_zone", "support_hours", "holiday_country", "team_size", "status", "website", "scenarios"]
PLAUSIBLE_FORM_VALUES = [
    *["2026-01-01", "9999-12-31", "1900-02-30", "0", "-1", "5", "99999999999", "on", "fix", "email", "webhook"],
    *["api", "https://x.example.com", "a@b.example", "mon-fri 09:00-18:00"],
]
query = st.dictionaries(
    st.sampled_from(["q", "status", "scenario", "ordering", "page", "page_size", "hq_region", "x"]),
    st.text(max_size=40),
)
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class VendorApiFuzz(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = User.objects.create_user("fuzz-manager", password="x")
        cls.manager.groups.add(Group.objects.get(name="manager"))
        cls.vendor = Vendor.objects.create(name="Fuzz target")

    def setUp(self):
        self.client_api = APIClient()
        self.client_api.force_authenticate(self.manager)

    @fuzz
    @given(bodies)
    def test_creating_never_fails_with_a_server_error(self, body):
        before = Vendor.objects.count()
        response = self.client_api.post("/api/vendors/", body, format="json")
        assert response.status_code in (201, 400), (response.status_code, body)
        if response.status_code == 400:
            assert isinstance(response.json(), dict)
            assert Vendor.objects.count() == before

    @fuzz
    @given(bodies)
    def test_updating_never_fails_with_a_server_error(self, body):
        url = f"/api/vendors/{self.vendor.pk}/"
        snapshot = self.client_api.get(url).json()
        response = self.client_api.patch(url, body, format="json")
        assert response.status_code in (200, 400), (response.status_code, body)
        if response.status_code == 400:
            assert self.client_api.get(url).json() == snapshot

    @fuzz
    @given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
    def test_raw_bodies_never_fail_with_a_server_error(self, raw):
        before = Vendor.objects.count()
        response = self.client_api.generic("POST", "/api/vendors/", raw, content_type="application/json")
        assert response.status_code in (201, 400), (response.status_code, raw)
        if response.status_code == 400:
            assert Vendor.objects.count() == before

    @fuzz
    @given(query)
    def test_listing_with_any_query_string_never_fails(self, params):
        assert self.client_api.get("/api/vendors/", params).status_code in (200, 400, 404)
        self.client.force_login(self.manager)
        assert self.client.get("/vendors/", params).status_code in (200, 404)

    @fuzz
    @given(st.dictionaries(st.sampled_from(FORM_FIELDS), st.text(max_size=80)))
    def test_the_vendor_form_never_fails_with_a_server_error(self, data):
        self.client.force_login(self.manager)
        before = Vendor.objects.count()
        response = self.client.post("/vendors/new/", data)
        assert response.status_code in (200, 302), (response.status_code, data)
        if response.status_code == 200:
            assert Vendor.objects.count() == before

    @fuzz
    @given(st.sampled_from(sorted(VENDOR_CHILDREN)), st.data())
    def test_the_sub_record_forms_never_fail_with_a_server_error(self, section, data):
        model, form_class = VENDOR_CHILDREN[section]
        keys = st.sampled_from(list(form_class.Meta.fields)) | st.text(max_size=10)
        values = st.text(max_size=60) | st.sampled_from(PLAUSIBLE_FORM_VALUES)
        body = data.draw(st.dictionaries(keys, values, max_size=12))
        self.client.force_login(self.manager)
        before = model.objects.count()
        response = self.client.post(f"/vendors/{self.vendor.pk}/{section}/add/", body)
        assert response.status_code in (200, 302), (response.status_code, section, body)
        if response.status_code == 200:
            assert model.objects.count() == before


class AnswerApiFuzz(TestCase):
    """Random answers to the real default checklist: 200, 400 or 409, never a 500."""

    @classmethod
    def setUpTestData(cls):
        from evaluations.models import ChecklistTemplate, Evaluation

        cls.evaluator = User.objects.create_user("fuzz-evaluator", password="x")
        cls.evaluator.groups.add(Group.objects.get(name="evaluator"))
        template = ChecklistTemplate.objects.get(slug="default", is_current=True)
        cls.keys = list(template.criteria.values_list("key", flat=True))
        cls.evaluation = Evaluation.objects.create(
            vendor=Vendor.objects.create(name="Fuzz answers"), template=template, evaluator=cls.evaluator
        )

    @fuzz
    @given(st.data())
    def test_answering_never_fails_with_a_server_error(self, data):
        from evaluations.models import Answer

        body = {
            "criterion": data.draw(st.sampled_from(self.keys) | st.text(max_size=20)),
            "value": data.draw(json_value),
            "revision": data.draw(st.integers(-2, 3) | st.text(max_size=3)),
        }
        body.update(data.draw(st.dictionaries(st.sampled_from(["is_na", "note", "link"]), json_value, max_size=3)))
        client = APIClient()
        client.force_authenticate(self.evaluator)
        before = list(Answer.objects.values_list("pk", "revision"))
        response = client.post(f"/api/evaluations/{self.evaluation.pk}/answer/", body, format="json")
        assert response.status_code in (200, 400, 409), (response.status_code, body)
        if response.status_code != 200:
            assert list(Answer.objects.values_list("pk", "revision")) == before
