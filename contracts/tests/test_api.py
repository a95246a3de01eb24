# ruff: noqa: E501  (contract sentences stay whole)
"""The contracts API: the stateless analysis, contracts with their rows, the file, reviews, roles."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from contracts.models import ClauseCheck, Contract, ContractReview
from contracts.tests.factories import HOLLOW_ZH, SOLID_ZH, ContractFactory
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


# --- analyze -----------------------------------------------------------------------------------
def test_analyze_returns_the_documented_shape(api_as, evaluator):
    text = "一级故障：乙方应在三十分钟内响应，4小时内修复。续费价格上涨不超过10%，需提前30天书面通知。定制开发的代码归乙方所有。"
    response = api_as(evaluator).post("/api/contracts/analyze/", {"text": text}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == "zh"
    assert [item["key"] for item in body["items"]][:3] == ["service_list", "responsibility_boundary", "penalty"]
    assert len(body["items"]) == 15
    custom = next(item for item in body["items"] if item["key"] == "custom_code_ownership")
    assert (custom["status"], custom["red_flag"]) == ("weak", True)
    assert custom["excerpt"] == "定制开发的代码归乙方所有"
    assert set(custom) >= {"key", "status", "red_flag", "excerpt", "note"}
    assert body["sla"] == [
        {
            "severity": "P1",
            "response_minutes": 30,
            "fix_minutes": 240,
            "clock": "calendar",
            "acknowledgement_counts": False,
        }
    ]
    assert body["renewal"] == {"cap_percent": 10.0, "notice_days": 30, "auto_renew": False}


def test_analyze_in_english_with_hours(api_as, manager):
    text = "Severity 1: response within 1 hour, resolution within 4 business hours."
    body = api_as(manager).post("/api/contracts/analyze/", {"text": text}, format="json").json()
    assert body["language"] == "en"
    assert body["sla"][0]["response_minutes"] == 60
    assert body["sla"][0]["fix_minutes"] == 240
    assert body["renewal"] == {"cap_percent": None, "notice_days": None, "auto_renew": False}


@pytest.mark.parametrize(
    "body",
    [{}, {"text": ""}, {"text": None}, {"text": ["a"]}, {"text": {"a": 1}}, {"text": "x" * 400_001}, {"txt": "a"}],
)
def test_analyze_refuses_bad_bodies(api_as, evaluator, body):
    response = api_as(evaluator).post("/api/contracts/analyze/", body, format="json")
    assert response.status_code == 400
    assert "text" in response.json()


def test_analyze_is_for_evaluators_and_managers(api, api_as, viewer):
    assert api.post("/api/contracts/analyze/", {"text": "a"}, format="json").status_code == 401
    assert api_as(viewer).post("/api/contracts/analyze/", {"text": "a"}, format="json").status_code == 403


# --- contracts -----------------------------------------------------------------------------------
def contract_body(vendor, **extra):
    return {
        "vendor": vendor.pk,
        "title": "年度服务协议",
        "status": "signed",
        "price_model": "annual",
        "support_fee": "50000.00",
        "renewal_cap_percent": "5.00",
        "delivered_modules": ["ios", "server"],
        "sla_commitments": [
            {"severity": "P1", "response_minutes": 30, "fix_minutes": 240, "clock": "calendar"},
            {"severity": "P2", "response_minutes": 120, "fix_minutes": 1440, "clock": "business"},
        ],
        "fees": [{"name": "部署费", "amount": "8000.00", "recurrence": "one_off"}],
        "third_party_services": [{"kind": "sms", "provider": "腾讯云", "yearly_cost": None}],
        **extra,
    }


def test_a_manager_creates_and_replaces_rows(api_as, manager):
    client = api_as(manager)
    response = client.post("/api/contracts/", contract_body(VendorFactory(), text=SOLID_ZH), format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["delivered_modules"] == ["server", "ios"]  # in the choices' order
    assert len(body["sla_commitments"]) == 2
    assert body["text_language"] == "zh"
    assert body["cost_of_ownership"]["currency"] == "CNY"
    assert body["cost_of_ownership"]["totals"]["1"] == "58000.00"
    assert "third_party_cost" in body["cost_of_ownership"]["unknowns"]
    url = f"/api/contracts/{body['id']}/"
    response = client.patch(url, {"sla_commitments": [{"severity": "P1", "response_minutes": 15}]}, format="json")
    assert response.status_code == 200
    assert [row["response_minutes"] for row in response.json()["sla_commitments"]] == [15]
    assert len(response.json()["fees"]) == 1  # left out: kept


@pytest.mark.parametrize(
    "change",
    [
        {"sla_commitments": [{"severity": "P1"}, {"severity": "P1"}]},
        {"sla_commitments": [{"severity": "P9"}]},
        {"sla_commitments": [{"severity": "P1", "response_minutes": 0}]},
        {"delivered_modules": "ios"},
        {"delivered_modules": ["desktop"]},
        {"currency": "BTC"},
        {"renewal_cap_percent": "-1"},
        {"term_start": "2026-05-01", "term_end": "2026-01-01"},
        {"term_end": "0002-01-01", "notice_days": 30},  # its notice deadline once overflowed: a 500
        {"term_start": "9999-12-31"},
        {"feature_updates_paid": False, "feature_update_price": "100"},
        {"fees": [{"name": "x", "amount": "-5", "recurrence": "yearly"}]},
        {"vendor": 999999},
    ],
)
def test_bad_contracts_are_400_and_change_nothing(api_as, manager, change):
    contract = ContractFactory(title="原标题")
    before = (Contract.objects.count(), contract.sla_commitments.count())
    response = api_as(manager).patch(f"/api/contracts/{contract.pk}/", {"title": "新", **change}, format="json")
    assert response.status_code == 400, response.json()
    contract.refresh_from_db()
    assert contract.title == "原标题"
    assert (Contract.objects.count(), contract.sla_commitments.count()) == before


def test_roles_and_the_text(api_as, users):
    contract = ContractFactory(text=SOLID_ZH)
    url = f"/api/contracts/{contract.pk}/"
    assert "text" not in api_as(users["viewer"]).get(url).json()
    assert api_as(users["evaluator"]).get(url).json()["text"] == SOLID_ZH
    for role in ("viewer", "evaluator"):
        assert api_as(users[role]).patch(url, {"title": "x"}, format="json").status_code == 403
        assert api_as(users[role]).delete(url).status_code == 403
    assert api_as(users["stranger"]).get("/api/contracts/").status_code == 403
    assert api_as(users["manager"]).delete(url).status_code == 204
    assert not Contract.objects.alive().exists()


# --- the file ------------------------------------------------------------------------------------
def test_uploading_and_downloading_the_file(api_as, users):
    contract = ContractFactory(text="")
    url = f"/api/contracts/{contract.pk}/file/"
    pdf = (FIXTURES / "contract_zh.pdf").read_bytes()
    upload = SimpleUploadedFile("合同.pdf", pdf, content_type="application/pdf")
    assert api_as(users["evaluator"]).put(url, {"file": upload}, format="multipart").status_code == 403
    upload.seek(0)
    response = api_as(users["manager"]).put(url, {"file": upload}, format="multipart")
    assert response.status_code == 200, response.json()
    assert response.json()["file"]["name"] == "合同.pdf"
    assert "30分钟内响应" in response.json()["text"]
    assert api_as(users["viewer"]).get(url).status_code == 403
    download = api_as(users["evaluator"]).get(url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == pdf
    assert download["Content-Type"] == "application/pdf"
    assert api_as(users["manager"]).delete(url).status_code == 204
    assert api_as(users["evaluator"]).get(url).status_code == 404


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("a.pdf", b"", "empty"),
        ("a.pdf", b"hello, this is text", "mismatch"),
        ("a.pdf", (FIXTURES / "encrypted.pdf").read_bytes(), "encrypted"),
        ("a.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50, "corrupt"),
        ("a.docx", b"PK\x03\x04broken", "corrupt"),
        ("a.png", b"\x89PNG\r\n\x1a\n", "extension"),
    ],
)
def test_bad_files_are_400_and_keep_the_old_one(api_as, manager, name, data, code):
    contract = ContractFactory(text="原文")
    response = api_as(manager).put(
        f"/api/contracts/{contract.pk}/file/", {"file": SimpleUploadedFile(name, data)}, format="multipart"
    )
    assert response.status_code == 400
    assert response.json()["file"][0]
    contract.refresh_from_db()
    assert (contract.text, contract.file.name) == ("原文", "")


def test_an_oversized_file_is_refused(api_as, manager, settings):
    settings.CONTRACT_MAX_MB = 1
    contract = ContractFactory()
    big = SimpleUploadedFile("a.txt", b"a" * (1024 * 1024 + 10))
    response = api_as(manager).put(f"/api/contracts/{contract.pk}/file/", {"file": big}, format="multipart")
    assert response.status_code == 400
    assert "1 MB" in response.json()["file"][0]


def test_a_missing_file_field_is_a_clear_400(api_as, manager):
    contract = ContractFactory()
    response = api_as(manager).put(f"/api/contracts/{contract.pk}/file/", {"other": "x"}, format="multipart")
    assert response.status_code == 400
    assert "file" in response.json()


def test_a_docx_upload_is_read(api_as, manager):
    import docx

    document = docx.Document()
    document.add_paragraph("Severity 1: response within 15 minutes, resolution within 2 hours.")
    buffer = io.BytesIO()
    document.save(buffer)
    contract = ContractFactory()
    response = api_as(manager).post(
        f"/api/contracts/{contract.pk}/file/",
        {"file": SimpleUploadedFile("terms.docx", buffer.getvalue())},
        format="multipart",
    )
    assert response.status_code == 200
    assert response.json()["text_language"] == "en"


# --- reviews ---------------------------------------------------------------------------------------
def test_the_review_workflow_through_the_api(api_as, users):
    contract = ContractFactory(text=HOLLOW_ZH)
    evaluator = api_as(users["evaluator"])
    response = evaluator.post("/api/contract-reviews/", {"contract": contract.pk}, format="json")
    assert response.status_code == 201
    review = response.json()
    assert review["progress"] == {"checked": 0, "total": 15}
    suggestions = {check["key"]: check for check in review["checks"]}
    assert suggestions["term_renewal"]["suggested_red_flag"] is True
    url = f"/api/contract-reviews/{review['id']}/"
    for key, check in suggestions.items():
        body = {"key": key, "status": check["suggested_status"], "red_flag": check["suggested_red_flag"], "revision": 0}
        assert evaluator.post(url + "check/", body, format="json").status_code == 200
    stale = evaluator.post(url + "check/", {"key": "penalty", "status": "present", "revision": 0}, format="json")
    assert stale.status_code == 409
    assert stale.json()["current"]["status"] == "weak"
    assert evaluator.post(url + "submit/", format="json").status_code == 400  # no overall risk yet
    assert evaluator.post(url + "summary/", {"overall_risk": "critical"}, format="json").status_code == 200
    assert evaluator.post(url + "submit/", format="json").status_code == 200
    assert evaluator.post(url + "approve/", format="json").status_code == 403
    manager = api_as(users["manager"])
    assert manager.post(url + "return/", {"comment": ""}, format="json").status_code == 400
    response = manager.post(url + "approve/", {"comment": "ok"}, format="json")
    assert response.status_code == 200
    assert response.json()["status"] == "approved"
    assert response.json()["reviewed_by"] == users["manager"].username


@pytest.mark.parametrize(
    "body",
    [
        {"key": "nothing", "status": "weak", "revision": 0},
        {"key": "penalty", "status": "excellent", "revision": 0},
        {"key": "penalty", "status": "weak"},
        {"key": "penalty", "status": "weak", "revision": -1},
        {"key": "penalty", "status": "weak", "revision": 0, "risk": "apocalyptic"},
        {"key": "penalty", "status": "weak", "revision": 0, "note": "x" * 5000},
    ],
)
def test_bad_checks_are_400_and_change_nothing(api_as, evaluator, body):
    review = ContractReview.start(ContractFactory(), evaluator)
    response = api_as(evaluator).post(f"/api/contract-reviews/{review.pk}/check/", body, format="json")
    assert response.status_code == 400
    assert set(ClauseCheck.objects.filter(review=review).values_list("status", flat=True)) == {""}


def test_viewers_read_reviews_but_do_not_write(api_as, viewer, evaluator):
    contract = ContractFactory()
    review = ContractReview.start(contract, evaluator)
    client = api_as(viewer)
    assert client.get(f"/api/contract-reviews/{review.pk}/").status_code == 404  # a draft: its reviewer's own
    ContractReview.objects.filter(pk=review.pk).update(status="submitted")
    assert client.get(f"/api/contract-reviews/{review.pk}/").status_code == 200
    assert client.post("/api/contract-reviews/", {"contract": contract.pk}, format="json").status_code == 403
    body = {"key": "penalty", "status": "weak", "revision": 0}
    assert client.post(f"/api/contract-reviews/{review.pk}/check/", body, format="json").status_code == 403


def test_lists_filter_and_cost_constant_queries(api_as, evaluator, django_assert_max_num_queries):
    vendor = VendorFactory()
    for _ in range(5):
        ContractReview.start(ContractFactory(vendor=vendor, support_fee=Decimal(1)), evaluator)
    ContractFactory(status="draft")
    client = api_as(evaluator)
    assert client.get(f"/api/contracts/?vendor={vendor.pk}").json()["count"] == 5
    assert client.get("/api/contracts/?status=draft").json()["count"] == 1
    assert client.get("/api/contracts/?vendor=abc").status_code == 400
    with django_assert_max_num_queries(8):
        assert client.get("/api/contracts/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/api/contract-reviews/").status_code == 200


@pytest.mark.parametrize(
    ("field", "rows"),
    [("sla_commitments", [{}]), ("sla_commitments", [{"response_minutes": 30}]), ("fees", [{"amount": "10"}])],
)
def test_a_patch_with_a_half_row_is_a_400_not_a_500(api_as, manager, field, rows):
    from contracts.tests.factories import ContractFactory

    contract = ContractFactory()
    response = api_as(manager).patch(f"/api/contracts/{contract.pk}/", {field: rows}, format="json")
    assert response.status_code == 400
    assert field in response.json()
