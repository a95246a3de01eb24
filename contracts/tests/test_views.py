"""Contract pages: who may see and do what, uploads checked by content, the edit page's rows,
reviews with suggestions beside the text, the overview's deadlines, and their query counts."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contracts.models import ClauseCheck, Contract, ContractReview, SlaCommitment
from contracts.tests.factories import HOLLOW_ZH, SOLID_ZH, ContractFactory, SlaCommitmentFactory
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


def login(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def contract(db):
    return ContractFactory(text=SOLID_ZH, term_start=dt.date(2026, 1, 1), term_end=dt.date(2026, 12, 31))


# --- roles ----------------------------------------------------------------------------------
def page_urls(contract, review):
    return {
        "list": reverse("contracts:contract_list"),
        "detail": contract.get_absolute_url(),
        "reviews": reverse("contracts:review_list"),
        "review": review.get_absolute_url(),
        "history": reverse("contracts:review_history", args=[review.pk]),
        "add": reverse("contracts:contract_add"),
        "edit": reverse("contracts:contract_edit", args=[contract.pk]),
        "delete": reverse("contracts:contract_delete", args=[contract.pk]),
        "analyze": reverse("contracts:analyze"),
        "home": reverse("home"),
    }


EXPECTED = {
    # page: (viewer, evaluator, manager)
    "list": (200, 200, 200),
    "detail": (200, 200, 200),
    "reviews": (200, 200, 200),
    # The review is the evaluator's draft: until it is submitted, only its reviewer and the managers find it.
    "review": (404, 200, 200),
    "history": (404, 200, 200),
    "add": (403, 403, 200),
    "edit": (403, 403, 200),
    "delete": (403, 403, 200),
    "analyze": (403, 200, 200),
    "home": (200, 200, 200),
}


def test_each_role_sees_what_it_may(client, contract, users):
    review = ContractReview.start(contract, users["evaluator"])
    urls = page_urls(contract, review)
    for page, url in urls.items():
        client.logout()
        assert client.get(url).status_code == 302, page  # anonymous: to the login page
        login(client, users["stranger"])
        assert client.get(url).status_code == 403, page
        for role, expected in zip(("viewer", "evaluator", "manager"), EXPECTED[page], strict=True):
            login(client, users[role])
            assert client.get(url).status_code == expected, (page, role)


def test_the_file_and_text_are_for_evaluators_and_managers_only(client, users, manager):
    contract = ContractFactory(text="")
    response = login(client, manager).post(
        reverse("contracts:contract_edit", args=[contract.pk]),
        contract_form_data(contract, upload=SimpleUploadedFile("合同.txt", SOLID_ZH.encode("gb18030"))),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    contract.refresh_from_db()
    assert contract.file_name == "合同.txt"
    assert contract.text.startswith("第一条")
    url = reverse("contracts:contract_file", args=[contract.pk])
    login(client, users["viewer"])
    assert client.get(url).status_code == 403
    page = client.get(contract.get_absolute_url()).content.decode()
    assert "第一条 服务内容" not in page  # the text is not shown to viewers either
    for role in ("evaluator", "manager"):
        login(client, users[role])
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).decode("gb18030").startswith("第一条")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "attachment" in response["Content-Disposition"]
        assert "%E5%90%88%E5%90%8C.txt" in response["Content-Disposition"]
    with pytest.raises(ValueError, match="no public URL"):
        contract.file.url  # noqa: B018 - private storage: there is no URL to leak


# --- the edit page --------------------------------------------------------------------------
def contract_form_data(contract=None, upload=None, **overrides) -> dict:
    data = {
        "title": contract.title if contract else "新合同",
        "status": "signed",
        "price_model": "annual",
        "currency": "CNY",
        "custom_code_owner": "unspecified",
        "source_form": "unspecified",
        "text": contract.text if contract else "",
    }
    if contract is None:
        data["vendor"] = VendorFactory().pk
    for prefix in ("sla", "fees", "services"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    if upload is not None:
        data["upload"] = upload
    data.update(overrides)
    return data


def test_a_manager_adds_a_contract_with_its_rows(client, manager):
    data = contract_form_data(
        support_fee="50000",
        renewal_cap_percent="5",
        delivered_modules=["server", "ios"],
        fix_updates_free="yes",
        **{
            "sla-TOTAL_FORMS": "2",
            "sla-0-severity": "P1",
            "sla-0-response_minutes": "30min",
            "sla-0-fix_minutes": "4小时",
            "sla-0-clock": "calendar",
            "sla-1-severity": "P2",
            "sla-1-response_minutes": "1.5h",
            "sla-1-fix_minutes": "2d",
            "sla-1-clock": "business",
            "fees-TOTAL_FORMS": "1",
            "fees-0-name": "部署费",
            "fees-0-amount": "8000",
            "fees-0-recurrence": "one_off",
            "services-TOTAL_FORMS": "1",
            "services-0-kind": "rtc_cdn",
            "services-0-provider": "声网",
            "services-0-account_holder": "customer",
            "services-0-yearly_cost": "30000",
            "services-0-supported_by": "vendor",
        },
    )
    response = login(client, manager).post(reverse("contracts:contract_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    contract = Contract.objects.get()
    assert contract.created_by == manager
    assert contract.fix_updates_free is True
    assert contract.delivered_modules == ["server", "ios"]
    rows = {(c.severity, c.response_minutes, c.fix_minutes, c.clock) for c in contract.sla_commitments.all()}
    assert rows == {("P1", 30, 240, "calendar"), ("P2", 90, 2880, "business")}
    assert contract.fees.get().amount == Decimal(8000)
    assert contract.third_party_services.get().provider == "声网"
    page = client.get(contract.get_absolute_url()).content.decode()
    assert "CNY 8,000" in page
    assert "30 min" in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sla-0-response_minutes", "soon", "Write a duration"),
        ("sla-0-response_minutes", "400d", "between one minute and a year"),
        ("renewal_cap_percent", "-3", "greater than or equal to 0"),
        ("delivered_modules", "desktop", "Select a valid choice"),
        ("term_end", "2025-01-01", "cannot end before it starts"),
    ],
)
def test_bad_input_is_refused_and_saves_nothing(client, manager, field, value, message):
    data = contract_form_data(
        term_start="2026-01-01",
        **{"sla-TOTAL_FORMS": "1", "sla-0-severity": "P1", "sla-0-clock": "calendar"},
    )
    data[field] = value
    response = login(client, manager).post(reverse("contracts:contract_add"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Contract.objects.exists()
    assert not SlaCommitment.objects.exists()


# --- uploads ---------------------------------------------------------------------------------
def docx_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(150):
                member.write(chunk)
    return buffer.getvalue()


BAD_UPLOADS = {
    "oversized": ("big.txt", b"a" * (1024 * 1024 + 1), "limit is 1 MB"),
    "content does not match the extension": ("contract.pdf", "第一条 服务内容".encode(), "PDF"),
    "corrupt PDF": ("contract.pdf", (FIXTURES / "contract_zh.pdf").read_bytes()[:3000], "damaged"),
    "encrypted PDF": ("contract.pdf", (FIXTURES / "encrypted.pdf").read_bytes(), "password"),
    "DOCX bomb": ("contract.docx", docx_bomb(), None),
    "wrong kind": ("contract.exe", b"MZ\x90\x00", "PDF, DOCX"),
}


@pytest.mark.parametrize("case", list(BAD_UPLOADS))
def test_a_bad_upload_gets_a_clear_error_and_saves_nothing(client, manager, settings, case):
    settings.CONTRACT_MAX_MB = 1
    contract = ContractFactory(text="原文", title="原标题")
    name, data, message = BAD_UPLOADS[case]
    form = contract_form_data(contract, upload=SimpleUploadedFile(name, data), title="改过的标题")
    response = login(client, manager).post(reverse("contracts:contract_edit", args=[contract.pk]), form)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="error"' in page
    if message:
        assert message in page
    contract.refresh_from_db()
    assert (contract.title, contract.text, contract.file.name) == ("原标题", "原文", "")


def test_a_real_pdf_and_docx_are_read(client, manager):
    import docx

    document = docx.Document()
    document.add_paragraph("第三条 一级故障：乙方应在30分钟内响应，4小时内修复。")
    buffer = io.BytesIO()
    document.save(buffer)
    for name, data, expected in (
        ("合同.pdf", (FIXTURES / "contract_zh.pdf").read_bytes(), "30分钟内响应"),
        ("合同.docx", buffer.getvalue(), "30分钟内响应"),
    ):
        contract = ContractFactory(text="")
        response = login(client, manager).post(
            reverse("contracts:contract_edit", args=[contract.pk]),
            contract_form_data(contract, upload=SimpleUploadedFile(name, data)),
        )
        assert response.status_code == 302
        contract.refresh_from_db()
        assert expected in contract.text
        assert contract.text_language == "zh"
        assert len(contract.file_sha256) == 64


def test_taking_sla_rows_and_renewal_from_the_text(client, manager, contract):
    SlaCommitmentFactory(contract=contract, severity="P1", response_minutes=10)
    response = login(client, manager).post(reverse("contracts:contract_take_suggestions", args=[contract.pk]))
    assert response.status_code == 302
    rows = {c.severity: (c.response_minutes, c.fix_minutes) for c in contract.sla_commitments.all()}
    assert rows == {"P1": (10, 240), "P2": (120, 1440)}  # P1 was typed in already and is kept
    contract.refresh_from_db()
    assert (contract.renewal_cap_percent, contract.notice_days) == (Decimal(10), 30)


# --- reviews ----------------------------------------------------------------------------------
def test_an_evaluator_reviews_beside_the_highlighted_text(client, evaluator):
    contract = ContractFactory(text=HOLLOW_ZH)
    response = login(client, evaluator).post(reverse("contracts:review_start", args=[contract.pk]))
    review = ContractReview.objects.get()
    assert response.url == review.get_absolute_url()
    page = client.get(review.get_absolute_url()).content.decode()
    assert '<mark id="excerpt-custom_code_ownership"' in page
    assert "定制开发的代码归乙方所有" in page
    assert "0 of 15 items checked" in page
    # Confirming a suggestion through htmx swaps the item and the progress bar.
    check = review.checks.get(key="custom_code_ownership")
    url = reverse("contracts:review_check", args=[review.pk, check.key])
    data = {
        f"{check.key}-status": "weak",
        f"{check.key}-red_flag": "on",
        f"{check.key}-excerpt": check.suggested_excerpt,
        f"{check.key}-note": "",
        f"{check.key}-risk": "high",
        f"{check.key}-revision": "0",
    }
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    fragment = response.content.decode()
    assert 'id="item-custom_code_ownership"' in fragment
    assert 'hx-swap-oob="true"' in fragment
    assert "1 of 15 items checked" in fragment
    check.refresh_from_db()
    assert (check.status, check.red_flag, check.risk, check.revision) == ("weak", True, "high", 1)
    # The same revision again is a conflict: 409, the current verdict shown, nothing overwritten.
    data[f"{check.key}-status"] = "present"
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 409
    assert "Someone else changed this item" in response.content.decode()
    check.refresh_from_db()
    assert check.status == "weak"


def test_a_viewer_cannot_start_or_change_a_review(client, viewer, evaluator, contract):
    review = ContractReview.start(contract, evaluator)
    login(client, viewer)
    assert client.post(reverse("contracts:review_start", args=[contract.pk])).status_code == 403
    url = reverse("contracts:review_check", args=[review.pk, "penalty"])
    assert client.post(url, {"penalty-status": "weak", "penalty-revision": "0"}).status_code == 403
    assert ClauseCheck.objects.get(review=review, key="penalty").status == ""


def test_another_evaluator_cannot_change_someone_elses_review(client, evaluator, contract):
    from conftest import make_user
    from vendorscore.roles import Role

    other = make_user("eva2", Role.EVALUATOR)
    review = ContractReview.start(contract, evaluator)
    url = reverse("contracts:review_check", args=[review.pk, "penalty"])
    response = login(client, other).post(url, {"penalty-status": "weak", "penalty-revision": "0"})
    assert response.status_code == 404  # a draft is its reviewer's own: not even found
    assert ClauseCheck.objects.get(review=review, key="penalty").status == ""


def test_submit_approve_and_the_overview(client, evaluator, manager, contract):
    review = ContractReview.start(contract, evaluator)
    for check in review.checks.all():
        review.check_item(check.key, {"status": check.suggested_status or "missing"}, evaluator, 0)
    login(client, evaluator)
    client.post(reverse("contracts:review_summary", args=[review.pk]), {"overall_risk": "low", "summary": "好"})
    client.post(reverse("contracts:review_action", args=[review.pk, "submit"]))
    review.refresh_from_db()
    assert review.status == "submitted"
    # An evaluator may not approve.
    client.post(reverse("contracts:review_action", args=[review.pk, "approve"]))
    review.refresh_from_db()
    assert review.status == "submitted"
    login(client, manager)
    assert "Contract reviews awaiting your approval" in client.get(reverse("home")).content.decode()
    assert contract.title in client.get(reverse("home")).content.decode()
    client.post(reverse("contracts:review_action", args=[review.pk, "approve"]), {"comment": "同意"})
    review.refresh_from_db()
    assert (review.status, review.reviewed_by) == ("approved", manager)
    history = client.get(reverse("contracts:review_history", args=[review.pk])).content.decode()
    assert "approved" in history
    assert "Verdict" in history


def test_returning_needs_a_comment(client, evaluator, manager, contract):
    review = ContractReview.start(contract, evaluator)
    ContractReview.objects.filter(pk=review.pk).update(status="submitted")
    login(client, manager).post(reverse("contracts:review_action", args=[review.pk, "return"]), {"comment": ""})
    review.refresh_from_db()
    assert review.status == "submitted"


def test_pages_in_chinese(client, manager, contract):
    client.cookies["django_language"] = "zh-hans"
    review = ContractReview.start(contract, manager)
    for url in (contract.get_absolute_url(), review.get_absolute_url(), reverse("contracts:contract_list")):
        page = login(client, manager).get(url).content.decode()
        assert "合同" in page
        assert "Cost of ownership" not in page
        assert "Contract review" not in page


# --- the overview -----------------------------------------------------------------------------
def test_the_overview_lists_the_coming_deadlines(client, viewer):
    import time_machine

    ContractFactory(title="快到期的合同", term_end=dt.date(2026, 12, 10), notice_days=30)
    ContractFactory(title="还早的合同", term_end=dt.date(2027, 6, 1))
    with time_machine.travel(dt.datetime(2026, 11, 22, 9, tzinfo=dt.UTC), tick=False):
        page = login(client, viewer).get(reverse("home")).content.decode()
    assert "快到期的合同" in page
    assert "还早的合同" not in page
    assert "2026-11-10" not in page  # the notice deadline has passed
    assert "in 18 days" in page


# --- query counts -------------------------------------------------------------------------------
def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_list_and_a_contract_cost_the_same_queries_for_1_and_for_20_contracts(client, evaluator):
    first = ContractFactory(text=SOLID_ZH, term_end=dt.date.today() + dt.timedelta(days=20))
    SlaCommitmentFactory(contract=first)
    ContractReview.start(first, evaluator)
    login(client, evaluator)
    urls = [reverse("contracts:contract_list"), first.get_absolute_url(), reverse("contracts:review_list")]
    before = [count_queries(client, url) for url in urls]
    for _ in range(19):
        contract = ContractFactory(text=SOLID_ZH, term_end=dt.date.today() + dt.timedelta(days=20))
        SlaCommitmentFactory(contract=contract)
        ContractReview.start(contract, evaluator)
    after = [count_queries(client, url) for url in urls]
    assert after == before
    assert max(after) <= 12


def test_production_keeps_contract_files_apart_from_public_uploads():
    from django.utils.module_loading import import_string

    from vendorscore import settings as production

    private = production.STORAGES["private"]
    assert private["OPTIONS"]["location"] != production.MEDIA_ROOT
    storage = import_string(private["BACKEND"])(**private["OPTIONS"])
    with pytest.raises(ValueError, match="no public URL"):
        storage.url("contracts/1/x.pdf")
