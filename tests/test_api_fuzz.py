"""Fuzzing: nothing a client sends to the vendor API or pages produces a 500.

Hypothesis builds request bodies from the real field names with values of every
JSON type, plus garbage keys and query strings. Each example runs in its own
transaction (hypothesis.extra.django.TestCase). The number of examples is
raised with HYPOTHESIS_FUZZ_EXAMPLES for longer runs.
"""

from __future__ import annotations

import datetime as dt
import os

from django.contrib.auth.models import Group, User
from django.utils import timezone
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
        # 400: a NUL character anywhere in the query (vendorscore.middleware.RejectNulCharactersMiddleware)
        assert self.client.get("/vendors/", params).status_code in (200, 400, 404)

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


class ProbeApiFuzz(TestCase):
    """Random probe, reply, schedule, channel and inbound-mail requests: 2xx or 4xx, never a 500,
    and a refused request writes nothing."""

    @classmethod
    def setUpTestData(cls):
        from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel, sent_probe

        cls.manager = User.objects.create_user("fuzz-probe-manager", password="x")
        cls.manager.groups.add(Group.objects.get(name="manager"))
        cls.channel = email_channel()
        cls.question = ProbeQuestionFactory()
        cls.probe = sent_probe(cls.channel, sent_at=timezone.now() - dt.timedelta(hours=2))

    def setUp(self):
        self.client_api = APIClient()
        self.client_api.force_authenticate(self.manager)

    def counts(self):
        from evaluations.probes.models import Probe, ProbeReply, ProbeSchedule
        from vendors.models import SupportChannel

        return [model.objects.count() for model in (Probe, ProbeReply, ProbeSchedule, SupportChannel)]

    def post(self, url, body, ok=(200, 201)):
        before = self.counts()
        response = self.client_api.post(url, body, format="json")
        assert response.status_code in (*ok, 400, 404, 409), (response.status_code, url, body)
        if response.status_code >= 400:
            assert self.counts() == before, (url, body)
        return response

    @fuzz
    @given(st.data())
    def test_creating_probes_never_fails_with_a_server_error(self, data):
        keys = st.sampled_from(["vendor", "channel", "question", "severity", "language"]) | st.text(max_size=8)
        values = json_value | st.sampled_from(
            [self.channel.pk, self.channel.vendor_id, self.question.pk, "P1", "P9", "en"]
        )
        self.post("/api/probes/", data.draw(st.dictionaries(keys, values, max_size=6)))

    @fuzz
    @given(st.data())
    def test_logging_replies_never_fails_with_a_server_error(self, data):
        keys = st.sampled_from(["received_at", "kind", "body", "from_address"]) | st.text(max_size=8)
        values = json_value | st.sampled_from(["human", "auto", "2026-11-22T10:00:00+08:00", "2999-01-01", "\x00"])
        self.post(f"/api/probes/{self.probe.pk}/replies/", data.draw(st.dictionaries(keys, values, max_size=5)))

    @fuzz
    @given(st.data())
    def test_creating_schedules_never_fails_with_a_server_error(self, data):
        keys = st.sampled_from(
            [
                "vendor",
                "channel",
                "interval_days",
                "cron",
                "window_start",
                "window_end",
                "severity_mix",
                "starts_on",
                "ends_on",
            ]
        ) | st.text(max_size=8)
        values = json_value | st.sampled_from(
            [
                self.channel.pk,
                self.channel.vendor_id,
                "0 10 * * 1",
                "0 0 30 2 *",
                "10:00",
                "25:00",
                {"P1": 1},
                "2026-13-01",
            ]
        )
        self.post("/api/probe-schedules/", data.draw(st.dictionaries(keys, values, max_size=9)))

    @fuzz
    @given(st.data())
    def test_creating_channels_never_fails_with_a_server_error(self, data):
        keys = st.sampled_from(["vendor", "kind", "address", "hours", "secret", "is_active"]) | st.text(max_size=8)
        values = json_value | st.sampled_from(
            [self.channel.vendor_id, "webhook", "wecom", "email", "http://127.0.0.1/", "http://[::1]:0/", "http://x:99999/",
             "https://hooks.example.com/a", "mon-fri 09:00-18:00", "a@b.example"]
        )  # fmt: skip
        self.post("/api/channels/", data.draw(st.dictionaries(keys, values, max_size=6)))

    @fuzz
    @given(st.binary(max_size=3000))
    def test_signed_inbound_mail_of_any_bytes_never_fails_with_a_server_error(self, raw):
        import hashlib
        import hmac
        import time

        from django.test import override_settings

        stamp = str(int(time.time()))
        signature = hmac.new(b"fuzz-secret", stamp.encode() + b"." + raw, hashlib.sha256).hexdigest()
        with override_settings(INBOUND_EMAIL_SECRET="fuzz-secret"):
            response = APIClient().generic(
                "POST", "/api/inbound/email/", raw, content_type="message/rfc822",
                HTTP_X_VENDORSCORE_TIMESTAMP=stamp, HTTP_X_VENDORSCORE_SIGNATURE=signature,
            )  # fmt: skip
        assert response.status_code in (200, 400), response.status_code


class ContractApiFuzz(TestCase):
    """Random contract, analysis, review and file requests: 2xx or 4xx, never a 500, and a refused
    request writes nothing."""

    @classmethod
    def setUpTestData(cls):
        from contracts.models import Contract, ContractReview

        cls.manager = User.objects.create_user("fuzz-contract-manager", password="x")
        cls.manager.groups.add(Group.objects.get(name="manager"))
        cls.vendor = Vendor.objects.create(name="Fuzz contract vendor")
        cls.contract = Contract.objects.create(vendor=cls.vendor, title="Fuzzed", text="一级故障30分钟内响应。")
        cls.review = ContractReview.start(cls.contract, cls.manager)

    def setUp(self):
        self.client_api = APIClient()
        self.client_api.force_authenticate(self.manager)

    def counts(self):
        from contracts.models import ClauseCheck, Contract, ContractFee, ReviewEvent, SlaCommitment

        rows = [model.objects.count() for model in (Contract, SlaCommitment, ContractFee)]
        checks = list(ClauseCheck.objects.order_by("pk").values_list("status", "revision"))
        return rows, checks, ReviewEvent.objects.exclude(kind="conflict").count()

    def send(self, method, url, body, ok=(200, 201)):
        before = self.counts()
        response = getattr(self.client_api, method)(url, body, format="json")
        assert response.status_code in (*ok, 400, 404, 409), (response.status_code, url, body)
        if response.status_code >= 400:
            assert self.counts() == before, (url, body)
        return response

    CONTRACT_KEYS = [
        "vendor", "title", "status", "term_start", "term_end", "price_model", "currency", "support_fee",
        "renewal_cap_percent", "notice_days", "delivered_modules", "licence_bindings", "feature_updates_paid",
        "feature_update_price", "custom_code_owner", "sla_commitments", "fees", "third_party_services", "text",
    ]  # fmt: skip
    PLAUSIBLE = [
        "signed", "annual", "CNY", "BTC", "2026-01-01", "2025-01-01", "1e400", "-1", "99999999999999",
        ["ios", "server"], ["desktop"], {"severity": "P1"}, [{"severity": "P1", "response_minutes": 30}],
        [{"severity": "P1"}, {"severity": "P1"}], [{"name": "x", "amount": "1", "recurrence": "yearly"}],
        [{"kind": "sms", "yearly_cost": "abc"}], "vendor", "shared",
    ]  # fmt: skip

    @fuzz
    @given(st.data())
    def test_creating_contracts_never_fails_with_a_server_error(self, data):
        keys = st.sampled_from(self.CONTRACT_KEYS) | st.text(max_size=8)
        values = json_value | st.sampled_from([*self.PLAUSIBLE, self.vendor.pk])
        self.send("post", "/api/contracts/", data.draw(st.dictionaries(keys, values, max_size=8)), ok=(201,))

    @fuzz
    @given(st.data())
    def test_updating_contracts_never_fails_with_a_server_error(self, data):
        keys = st.sampled_from(self.CONTRACT_KEYS) | st.text(max_size=8)
        values = json_value | st.sampled_from(self.PLAUSIBLE)
        body = data.draw(st.dictionaries(keys, values, max_size=6))
        self.send("patch", f"/api/contracts/{self.contract.pk}/", body, ok=(200,))

    @fuzz
    @given(st.one_of(json_value, st.dictionaries(st.sampled_from(["text", "x"]), json_value, max_size=2)))
    def test_analysing_anything_never_fails_with_a_server_error(self, body):
        self.send("post", "/api/contracts/analyze/", body, ok=(200,))

    @fuzz
    @given(st.data())
    def test_checking_review_items_never_fails_with_a_server_error(self, data):
        keys = st.sampled_from(["key", "status", "red_flag", "excerpt", "note", "risk", "revision"]) | st.text(
            max_size=6
        )
        values = json_value | st.sampled_from(["penalty", "sla_numbers", "weak", "na", "high", 0, 1, -1, 2**40])
        body = data.draw(st.dictionaries(keys, values, max_size=7))
        self.send("post", f"/api/contract-reviews/{self.review.pk}/check/", body)

    @fuzz
    @given(
        st.binary(max_size=2000), st.sampled_from(["a.pdf", "a.docx", "a.txt", "a", "a.PDF", "../../etc/passwd.txt"])
    )
    def test_uploading_any_bytes_never_fails_with_a_server_error(self, raw, name):
        from django.core.files.uploadedfile import SimpleUploadedFile

        response = self.client_api.put(
            f"/api/contracts/{self.contract.pk}/file/", {"file": SimpleUploadedFile(name, raw)}, format="multipart"
        )
        assert response.status_code in (200, 400), response.status_code
