"""Importing vendors from CSV and XLSX: reading files, the rules, the pages, the task and the command.

Every file here is made by the test that uses it; none is committed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import Workbook, load_workbook

from conftest import make_user
from vendors import importing
from vendors.choices import ImportStatus
from vendors.importing import ImportFileError, Table, read_table
from vendors.models import Contact, ImportJob, SupportChannel, Vendor
from vendors.tasks import run_import
from vendors.tests.factories import ContactFactory, SupportChannelFactory, VendorFactory
from vendorscore.middleware import SESSION_TZ_KEY
from vendorscore.roles import Role

pytestmark = pytest.mark.django_db

HEADER = [
    "name",
    "status",
    "website",
    "scenarios",
    "team_size",
    "contact_name",
    "contact_email",
    "contact_joined_on",
    "channel_kind",
    "channel_address",
]
STARRIVER = [
    "StarRiver",
    "shortlisted",
    "https://starriver.example.com",
    "show-live, voice-room",
    "12",
    "Wang Fang",
    "wang@starriver.example.com",
    "2024-03-01",
    "email",
    "support@starriver.example.com",
]
STARRIVER_2 = ["StarRiver", "", "", "", "", "Li Lei", "li@starriver.example.com", "2024-05-01", "phone", "+86 10 8888"]
LIME = ["Lime Video", "candidate", "", "1v1-social", "", "", "", "", "", ""]


def csv_bytes(rows, *, encoding="utf-8", delimiter=",") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows, *, start_row=1) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            if value not in ("", None):
                sheet.cell(row=start_row + offset, column=column, value=value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def run_rows(rows, *, dry_run=False) -> importing.Outcome:
    return importing.run(read_table("vendors.csv", csv_bytes(rows)), dry_run=dry_run)


def errors_of(outcome) -> list[tuple[int, str]]:
    return [(error.row, error.column) for error in outcome.errors]


def refusal(name: str, data: bytes) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_table(name, data)
    return caught.value


# --- reading files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ","), ("utf-8-sig", ";"), ("gb18030", ","), ("gbk", ";"), ("utf-16", "\t")],
)
def test_csv_is_read_in_every_encoding_and_delimiter_excel_saves(encoding, delimiter):
    rows = [["name", "name_zh", "notes"], ["StarRiver", "星河科技", "售后; 很好, 真的"]]
    table = read_table("供应商.csv", csv_bytes(rows, encoding=encoding, delimiter=delimiter))
    assert table.rows == [(2, {"name": "StarRiver", "name_zh": "星河科技", "notes": "售后; 很好, 真的"})]


def test_xlsx_cells_become_text_dates_numbers_and_formulas_alike():
    rows = [
        ["name", "team_size", "contact_name", "contact_joined_on", "contact_dedicated", "notes"],
        ["StarRiver", 12.0, "Wang", dt.datetime(2024, 3, 1), True, '=HYPERLINK("http://evil.example")'],
    ]
    table = read_table("vendors.xlsx", xlsx_bytes(rows))
    assert table.kind == importing.XLSX
    assert table.rows[0][1] == {
        "name": "StarRiver",
        "team_size": "12",
        "contact_name": "Wang",
        "contact_joined_on": "2024-03-01",
        "contact_dedicated": "yes",
        "notes": '=HYPERLINK("http://evil.example")',
    }


def test_a_formula_is_imported_as_the_text_typed_never_evaluated():
    rows = [["name", "notes"], ["StarRiver", "=1+1"]]
    importing.run(read_table("v.xlsx", xlsx_bytes(rows)), dry_run=False)
    importing.run(read_table("v.csv", csv_bytes([["name", "name_en"], ["Lime", "=cmd|' /C calc'!A0"]])), dry_run=False)
    assert Vendor.objects.get(name="StarRiver").notes == "=1+1"
    assert Vendor.objects.get(name="Lime").name_en == "=cmd|' /C calc'!A0"


def test_chinese_headers_and_labels_are_understood():
    rows = [
        [
            "名称",
            "状态",
            "服务场景",
            "总部所在地区",
            "公司规模",
            "联系人",
            "联系人职位",
            "专属对接人",
            "渠道类型",
            "渠道地址",
        ],
        [
            "星河科技",
            "入围",
            "秀场直播、语聊房",
            "中国大陆",
            "小型（50 人以下）",
            "王芳",
            "客户经理",
            "是",
            "企业微信",
            "星河售后群",
        ],
    ]
    outcome = importing.run(read_table("供应商.xlsx", xlsx_bytes(rows)), dry_run=False)
    assert outcome.errors == []
    vendor = Vendor.objects.get(name="星河科技")
    assert (vendor.status, vendor.hq_region, vendor.company_scale) == ("shortlisted", "cn", "small")
    assert sorted(vendor.scenarios.values_list("key", flat=True)) == ["show-live", "voice-room"]
    contact = vendor.contacts.get()
    assert (contact.name, contact.role, contact.is_dedicated) == ("王芳", "account-manager", True)
    assert vendor.channels.get().kind == "wecom"


@pytest.mark.parametrize("value", ["shortlisted", "Shortlisted", " SHORTLISTED ", "入围"])
def test_a_choice_is_its_code_or_its_english_or_chinese_label(value):
    assert run_rows([["name", "status"], ["StarRiver", value]]).errors == []
    assert Vendor.objects.get().status == "shortlisted"


def test_english_labels_of_headers_are_understood():
    rows = [["Vendor name", "Headquarters region", "Contact email", "Contact", "Channel kind", "Channel address"]]
    rows.append(["StarRiver", "Southeast Asia", "w@x.example.com", "Wang", "Phone", "+65 1234"])
    assert run_rows(rows).errors == []
    assert Vendor.objects.get().hq_region == "sea"


def test_unknown_columns_are_ignored_with_a_warning():
    table = read_table("v.csv", csv_bytes([["name", "favourite colour"], ["StarRiver", "blue"]]))
    assert table.rows == [(2, {"name": "StarRiver"})]
    assert table.warnings == ["The column “favourite colour” is not known and was ignored."]
    assert importing.run(table, dry_run=True).warnings == table.warnings


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("v.csv", b"", "empty", "empty"),
        ("v.csv", b"\n\n ,, \n", "no_header", "no rows"),
        ("v.csv", b"name,status\n,\n", "no_rows", "no data rows"),
        ("v.csv", b"name,colour\n,blue\n", "no_rows", "no data rows"),
        ("v.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "mismatch", "PNG image"),
        ("v.xlsx", b"name\nStarRiver\n", "mismatch", "CSV text"),
        ("v.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "mismatch", ".xls"),
        ("v.pdf", b"%PDF-1.7", "extension", "CSV and XLSX"),
        ("vendors", b"name\nx\n", "extension", "CSV and XLSX"),
        ("v.csv", b"name\nStar\x00River\n", "binary", "NUL"),
        ("v.csv", b"name\nStar\x01River\n", "control", "Row 2, column 1"),
        ("v.csv", b"\xff\xfe\x00\xd8", "encoding", "UTF-8"),
        ("v.csv", "status,备注\ncandidate,x\n".encode(), "missing_columns", "“name”"),
        ("v.csv", "name,名称\nA,B\n".encode(), "duplicate_columns", "“name” and “名称”"),
        ("v.xlsx", b"PK\x03\x04" + b"garbage" * 50, "corrupt", "damaged"),
        ("v.csv", b'name\n"unterminated\n' + b"x" * 140_000, "corrupt", "Row 2"),
    ],
)
def test_files_that_cannot_be_read_are_refused_with_a_reason(name, data, code, words):
    error = refusal(name, data)
    assert error.code == code
    assert words in str(error)


def zip_of(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_that_is_not_a_workbook_is_named_as_such():
    error = refusal("v.xlsx", zip_of({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}))
    assert error.code == "mismatch"
    assert "ZIP archive" in str(error)


def test_a_workbook_that_unpacks_to_too_much_is_not_opened(monkeypatch):
    monkeypatch.setattr(importing, "MAX_XLSX_UNCOMPRESSED", 1024 * 1024)
    bomb = zip_of({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>", "xl/worksheets/s.xml": bytes(2 << 20)})
    assert len(bomb) < 20_000
    assert refusal("v.xlsx", bomb).code == "bomb"


def test_a_workbook_with_too_many_parts_is_not_opened():
    parts = {f"xl/p{n}.bin": b"" for n in range(importing.MAX_XLSX_ENTRIES)}
    bomb = zip_of({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>", **parts})
    assert refusal("v.xlsx", bomb).code == "bomb"


def rewrite(workbook: bytes, name: str, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(workbook))
    return zip_of(
        {
            info.filename: change(source.read(info)) if info.filename == name else source.read(info)
            for info in source.infolist()
        }
    )


def test_a_workbook_with_a_dtd_or_broken_xml_is_refused_as_damaged():
    workbook = xlsx_bytes([["name"], ["StarRiver"]])
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
    with_dtd = rewrite(workbook, "xl/worksheets/sheet1.xml", lambda data: laughs + data)
    assert refusal("v.xlsx", with_dtd).code == "corrupt"
    broken = rewrite(workbook, "xl/workbook.xml", lambda data: data[: len(data) // 2])
    assert refusal("v.xlsx", broken).code == "corrupt"


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(importing, "MAX_BYTES", 1024)
    assert refusal("v.csv", b"name\n" + b"x" * 1100).code == "too_large"


def test_ten_thousand_rows_are_refused_without_reading_them_all():
    data = csv_bytes([["name"]] + [[f"Vendor {n}"] for n in range(10_000)])
    error = refusal("v.csv", data)
    assert error.code == "too_many_rows"
    assert "5,000" in str(error)


def test_too_many_columns_are_refused():
    assert refusal("v.csv", csv_bytes([["name", *[f"c{n}" for n in range(120)]], ["x"] * 121])).code == (
        "too_many_columns"
    )


def test_a_stored_sheet_size_is_not_trusted():
    # A sheet whose stored size says "one cell" still has all its rows read.
    workbook = xlsx_bytes([["name"], ["StarRiver"], ["Lime"]])
    lying = rewrite(workbook, "xl/worksheets/sheet1.xml", lambda data: data.replace(b'ref="A1:A3"', b'ref="A1"'))
    assert lying != workbook
    assert [cells["name"] for _row, cells in read_table("v.xlsx", lying).rows] == ["StarRiver", "Lime"]


def test_upload_reads_at_most_one_byte_past_the_limit(monkeypatch):
    monkeypatch.setattr(importing, "MAX_BYTES", 100)
    upload = SimpleUploadedFile("v.csv", b"name\n" + b"x" * 500)
    upload.size = 10  # a wrong reported size must not let the file through
    with pytest.raises(ImportFileError, match="larger than"):
        importing.read_upload(upload)


# --- values ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", dt.date(2024, 3, 1)),
        ("2024/3/1", dt.date(2024, 3, 1)),
        ("2024.03.01", dt.date(2024, 3, 1)),
        ("2024年3月1日", dt.date(2024, 3, 1)),
        ("２０２４年３月１日", dt.date(2024, 3, 1)),
        ("20240301", dt.date(2024, 3, 1)),
        ("2024-03-01 00:00:00", dt.date(2024, 3, 1)),
        ("2024-03-01T09:30", dt.date(2024, 3, 1)),
    ],
)
def test_unambiguous_date_spellings_are_read(text, expected):
    assert importing.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("03/01/2024", "YYYY-MM-DD"),
        ("1 March 2024", "YYYY-MM-DD"),
        ("45352", "YYYY-MM-DD"),
        ("2024-03-01 lunch", "YYYY-MM-DD"),
        ("2024-02-30", "not a real date"),
        ("202403011", "YYYY-MM-DD"),
    ],
)
def test_odd_or_ambiguous_dates_are_errors_in_their_cell(text, message):
    outcome = run_rows([["name", "contact_name", "contact_joined_on"], ["StarRiver", "Wang", text]])
    assert errors_of(outcome) == [(2, "contact_joined_on")]
    assert message in outcome.errors[0].message
    assert not Vendor.objects.exists()


def test_a_future_date_is_refused_by_the_same_rule_as_the_page():
    outcome = run_rows([["name", "contact_name", "contact_joined_on"], ["StarRiver", "Wang", "2999-01-01"]])
    assert errors_of(outcome) == [(2, "contact_joined_on")]
    assert "future" in outcome.errors[0].message


# --- the rules -----------------------------------------------------------------------------------------


def test_rows_of_one_vendor_add_its_contacts_and_channels():
    outcome = run_rows([HEADER, STARRIVER, STARRIVER_2, LIME])
    assert outcome.errors == []
    assert outcome.applied
    vendor = Vendor.objects.get(name="StarRiver")
    assert vendor.status == "shortlisted"
    assert vendor.team_size == 12
    assert sorted(vendor.scenarios.values_list("key", flat=True)) == ["show-live", "voice-room"]
    assert sorted(vendor.contacts.values_list("name", flat=True)) == ["Li Lei", "Wang Fang"]
    assert sorted(vendor.channels.values_list("kind", flat=True)) == ["email", "phone"]
    assert Vendor.objects.get(name="Lime Video").contacts.count() == 0
    counts = outcome.counts
    assert (counts["vendors_create"], counts["contacts_create"], counts["channels_create"]) == (2, 2, 2)


def test_rows_match_the_vendor_ignoring_case_and_outer_spaces():
    outcome = run_rows([HEADER, STARRIVER, ["  starriver ", *STARRIVER_2[1:]]])
    assert outcome.errors == []
    assert Vendor.objects.get().contacts.count() == 2


def test_one_bad_row_saves_nothing_at_all():
    bad = [*STARRIVER_2]
    bad[6] = "not-an-email"
    outcome = run_rows([HEADER, LIME, STARRIVER, bad])
    assert errors_of(outcome) == [(4, "contact_email")]
    assert not outcome.applied
    assert not Vendor.objects.exists()
    assert not Contact.objects.exists()
    assert not SupportChannel.objects.exists()


def test_errors_name_the_row_the_spreadsheet_shows_and_the_column_as_written():
    # Row 3 holds a line break inside a cell and row 4 is empty: spreadsheet rows, not lines, count.
    rows = [
        ["名称", "状态", "联系人", "联系人邮箱"],
        ["StarRiver", "候选", "Wang", "wang@x.example.com"],
        ["Lime", "candidate", "Zhao\nWei", "zhao@x.example.com"],
        [],
        ["Moon", "bankrupt", "", ""],
        ["", "candidate", "", ""],
        ["Sun", "", "Qian", "qian@"],
    ]
    outcome = run_rows(rows)
    assert errors_of(outcome) == [(5, "状态"), (6, "名称"), (7, "联系人邮箱")]
    assert "“bankrupt” is not one of" in outcome.errors[0].message
    assert "candidate (Candidate)" in outcome.errors[0].message


def test_xlsx_row_numbers_count_empty_rows_too():
    rows = [["name", "website"], ["StarRiver", "https://ok.example.com"], [], [], ["Lime", "javascript:alert(1)"]]
    outcome = importing.run(read_table("v.xlsx", xlsx_bytes(rows)), dry_run=True)
    assert errors_of(outcome) == [(5, "website")]


def test_a_vendor_detail_repeated_differently_is_an_error_on_the_later_row():
    rows = [HEADER, STARRIVER, ["StarRiver", "rejected", *[""] * 8]]
    outcome = run_rows(rows)
    assert errors_of(outcome) == [(3, "status")]
    assert "Row 2 gives “shortlisted”" in outcome.errors[0].message


def test_a_vendor_detail_repeated_exactly_or_by_label_is_fine():
    rows = [HEADER, STARRIVER, ["StarRiver", "Shortlisted", *[""] * 8]]
    assert run_rows(rows).errors == []


def test_a_contact_needs_a_name_and_a_channel_both_kind_and_address():
    rows = [
        ["name", "contact_name", "contact_email", "channel_kind", "channel_address"],
        ["StarRiver", "", "wang@x.example.com", "", ""],
        ["StarRiver", "", "", "email", ""],
        ["StarRiver", "", "", "pigeon", "roof"],
    ]
    outcome = run_rows(rows)
    assert errors_of(outcome) == [(2, "contact_name"), (3, "channel_address"), (4, "channel_kind")]


def test_every_mistake_is_reported_at_once_even_under_a_bad_vendor():
    rows = [
        ["name", "website", "time_zone", "contact_name", "contact_email", "channel_kind", "channel_address"],
        ["StarRiver", "not a url", "Mars/Olympus", "Wang", "wang@", "email", "nope"],
    ]
    outcome = run_rows(rows)
    assert sorted(errors_of(outcome)) == [
        (2, "channel_address"),
        (2, "contact_email"),
        (2, "time_zone"),
        (2, "website"),
    ]


def test_the_same_contact_twice_in_the_file_is_one_contact():
    rows = [HEADER, STARRIVER, ["StarRiver", "", "", "", "", "wang fang", "wang@starriver.example.com", "", "", ""]]
    assert run_rows(rows).errors == []
    assert Vendor.objects.get().contacts.count() == 1


def test_an_existing_vendor_is_updated_not_duplicated():
    vendor = VendorFactory(name="StarRiver", status="candidate", website="https://old.example.com", team_size=3)
    ContactFactory(vendor=vendor, name="Wang Fang", email="old@starriver.example.com")
    SupportChannelFactory(vendor=vendor, kind="email", address="support@starriver.example.com")
    rows = [
        ["name", "status", "website", "contact_name", "contact_left_on", "channel_kind", "channel_address"],
        ["STARRIVER", "shortlisted", "", "wang fang", "2025-01-31", "email", "support@starriver.example.com"],
        ["starriver", "", "", "", "", "phone", "+86 10 8888"],
    ]
    outcome = run_rows(rows)
    assert outcome.errors == []
    vendor.refresh_from_db()
    assert vendor.name == "StarRiver"  # the stored spelling stays
    assert vendor.status == "shortlisted"
    assert vendor.website == "https://old.example.com"  # an empty cell leaves it alone
    assert vendor.team_size == 3
    contact = vendor.contacts.get()
    assert contact.name == "Wang Fang"  # found as "wang fang", kept as stored
    assert contact.left_on == dt.date(2025, 1, 31)
    assert contact.email == "old@starriver.example.com"
    assert sorted(vendor.channels.values_list("kind", flat=True)) == ["email", "phone"]
    assert Vendor.objects.count() == 1
    entry = outcome.vendors[0]
    assert entry["action"] == "update"
    assert entry["changes"] == ["Status"]
    assert [c["action"] for c in entry["contacts"]] == ["update"]
    assert [c["action"] for c in entry["channels"]] == ["unchanged", "create"]


def test_importing_the_same_file_twice_changes_nothing():
    data = xlsx_bytes([HEADER, STARRIVER, STARRIVER_2, LIME])
    first = importing.run(read_table("v.xlsx", data), dry_run=False)
    assert first.applied
    before = {v.pk: v.updated_at for v in Vendor.objects.all()}
    contacts_before = {c.pk: c.updated_at for c in Contact.objects.all()}
    second = importing.run(read_table("v.xlsx", data), dry_run=False)
    assert second.errors == []
    counts = second.counts
    assert counts["vendors_unchanged"] == 2
    assert counts["contacts_unchanged"] == counts["channels_unchanged"] == 2
    assert counts["vendors_update"] == counts["contacts_create"] == counts["channels_create"] == 0
    assert {v.pk: v.updated_at for v in Vendor.objects.all()} == before
    assert {c.pk: c.updated_at for c in Contact.objects.all()} == contacts_before
    assert SupportChannel.objects.count() == 2


def test_a_deleted_vendor_of_that_name_is_not_revived():
    ghost = VendorFactory(name="StarRiver")
    ghost.soft_delete()
    assert run_rows([["name"], ["StarRiver"]]).errors == []
    assert Vendor.objects.alive().get().pk != ghost.pk


def test_a_dry_run_reports_what_would_happen_and_saves_nothing():
    outcome = run_rows([HEADER, STARRIVER, STARRIVER_2], dry_run=True)
    assert outcome.errors == []
    assert not outcome.applied
    assert outcome.counts["vendors_create"] == 1
    assert outcome.vendors[0]["contacts"] == [
        {"label": "Wang Fang", "action": "create"},
        {"label": "Li Lei", "action": "create"},
    ]
    assert not Vendor.objects.exists()


@pytest.mark.parametrize(("dry_run", "steps"), [(True, 3), (False, 6)])
def test_progress_counts_rows_checked_then_rows_saved(dry_run, steps):
    calls = []
    importing.run(
        read_table("v.csv", csv_bytes([HEADER, STARRIVER, STARRIVER_2, LIME])),
        dry_run=dry_run,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[0] == (0, steps)
    assert calls[-1] == (steps, steps)
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_a_clash_saved_between_checking_and_saving_rolls_everything_back():
    def someone_else_adds_starriver(done, total):
        if done == 3 and not Vendor.objects.filter(name="starriver").exists():
            VendorFactory(name="starriver")  # after every row was checked, before any is saved

    table = read_table("v.csv", csv_bytes([HEADER, LIME, STARRIVER, STARRIVER_2]))
    outcome = importing.run(table, dry_run=False, progress=someone_else_adds_starriver)
    assert not outcome.applied
    assert errors_of(outcome) == [(0, "")]
    assert "saved meanwhile" in outcome.errors[0].message
    assert list(Vendor.objects.values_list("name", flat=True)) == ["starriver"]
    assert not Contact.objects.exists()


def test_checking_a_file_writes_nothing():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        importing.run(read_table("v.csv", csv_bytes([HEADER, STARRIVER, STARRIVER_2, LIME])), dry_run=True)
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert len(queries) > 10
    assert writes == []


# --- templates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_template_downloads_and_its_example_row_imports_cleanly(client, manager, language, fmt):
    client.force_login(manager)
    with translation.override(language):
        response = client.get(reverse("vendors:import_template", args=[fmt]), headers={"accept-language": language})
    assert response.status_code == 200
    assert f"vendorscore-vendors-template.{fmt}" in response["Content-Disposition"]
    table = read_table(f"template.{fmt}", response.content)
    assert table.warnings == []
    assert set(table.headers) == set(importing.COLUMNS_BY_KEY)
    outcome = importing.run(table, dry_run=False)
    assert outcome.errors == []
    vendor = Vendor.objects.get()
    assert vendor.contacts.count() == vendor.channels.count() == 1
    assert vendor.status == "candidate"


def test_the_xlsx_template_explains_the_columns_on_a_second_sheet():
    workbook = load_workbook(io.BytesIO(importing.template_xlsx()))
    assert len(workbook.worksheets) == 2
    keys = [row[0] for row in workbook.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert keys == [column.key for column in importing.COLUMNS]


def test_an_unknown_template_format_is_not_found(client, manager):
    client.force_login(manager)
    assert client.get(reverse("vendors:import_template", args=["pdf"])).status_code == 404


# --- pages -----------------------------------------------------------------------------------------------


@pytest.fixture
def job(manager):
    table = read_table("v.csv", csv_bytes([HEADER, STARRIVER, STARRIVER_2]))
    return importing.start_job(manager, "v.csv", table, "en")  # checked at once: tasks run eagerly in tests


def import_urls(job) -> list[str]:
    return [
        reverse("vendors:import"),
        reverse("vendors:import_template", args=["csv"]),
        reverse("vendors:import_template", args=["xlsx"]),
        reverse("vendors:import_job", args=[job.pk]),
        reverse("vendors:import_progress", args=[job.pk]),
    ]


def test_anonymous_visitors_are_sent_to_the_login_page(client, job):
    for url in [*import_urls(job), reverse("vendors:import_confirm", args=[job.pk])]:
        response = client.get(url) if "confirm" not in url else client.post(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("login")), url


@pytest.mark.parametrize("role", ["viewer", "evaluator", "stranger"])
def test_only_managers_may_import(client, users, job, role):
    client.force_login(users[role])
    for url in import_urls(job):
        assert client.get(url).status_code == 403, url
    upload = SimpleUploadedFile("v.csv", csv_bytes([["name"], ["Hijack"]]))
    assert client.post(reverse("vendors:import"), {"file": upload}).status_code == 403
    assert client.post(reverse("vendors:import_confirm", args=[job.pk])).status_code == 403
    assert not Vendor.objects.exists()
    assert ImportJob.objects.count() == 1


def test_the_vendor_list_links_to_the_import_page_for_managers_only(client, manager, viewer):
    client.force_login(viewer)
    assert reverse("vendors:import") not in client.get(reverse("vendors:vendor_list")).content.decode()
    client.force_login(manager)
    assert reverse("vendors:import") in client.get(reverse("vendors:vendor_list")).content.decode()


def test_the_import_page_documents_the_columns(client, manager):
    client.force_login(manager)
    body = client.get(reverse("vendors:import")).content.decode()
    for column in importing.COLUMNS:
        assert f"<code>{column.key}</code>" in body
    assert 'class="table-scroll"' in body


def test_upload_preview_then_import(client, manager):
    client.force_login(manager)
    upload = SimpleUploadedFile("星河.xlsx", xlsx_bytes([HEADER, STARRIVER, STARRIVER_2, LIME]))
    response = client.post(reverse("vendors:import"), {"file": upload})
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == job.get_absolute_url()

    preview = client.get(response.url).content.decode()
    assert job.owner == manager
    assert "The file is correct" in preview
    for text in ("StarRiver", "Li Lei", "Phone: +86 10 8888", "Lime Video"):
        assert text in preview
    assert reverse("vendors:import_confirm", args=[job.pk]) in preview
    assert not Vendor.objects.exists()  # a preview saves nothing

    response = client.post(reverse("vendors:import_confirm", args=[job.pk]))
    assert response.url == job.get_absolute_url()
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE
    assert job.table == {}  # the upload is not kept once imported
    assert sorted(Vendor.objects.values_list("name", flat=True)) == ["Lime Video", "StarRiver"]
    done = client.get(job.get_absolute_url()).content.decode()
    assert "The import is complete." in done
    assert reverse("vendors:vendor_list") in done
    assert "every 1s" not in done


def test_confirming_twice_imports_once(client, manager, job):
    client.force_login(manager)
    url = reverse("vendors:import_confirm", args=[job.pk])
    client.post(url)
    client.post(url)
    assert Vendor.objects.count() == 1
    assert Contact.objects.count() == 2


def test_a_file_with_errors_shows_them_and_cannot_be_imported(client, manager):
    client.force_login(manager)
    rows = [HEADER, STARRIVER, ["Lime", "bankrupt", *[""] * 8]]
    client.post(reverse("vendors:import"), {"file": SimpleUploadedFile("v.csv", csv_bytes(rows))})
    job = ImportJob.objects.get()
    page = client.get(job.get_absolute_url()).content.decode()
    assert "The file has 1 error." in page
    assert "bankrupt" in page
    assert '<td class="num">3</td><td>status</td>' in page
    assert reverse("vendors:import_confirm", args=[job.pk]) not in page
    client.post(reverse("vendors:import_confirm", args=[job.pk]))
    assert not Vendor.objects.exists()
    job.refresh_from_db()
    assert job.status == ImportStatus.CHECKED


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("v.csv", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("v.xlsx", b"PK\x03\x04" + bytes(64)),
        ("v.csv", b"name\nA\x00B\n"),
        ("v.csv", b"status\ncandidate\n"),
        ("v.txt", b"name\nA\n"),
        ("v.csv", csv_bytes([["name"]] + [[f"V{n}"] for n in range(10_000)])),
    ],
)
def test_a_bad_file_is_a_form_error_not_a_crash(client, manager, name, data):
    client.force_login(manager)
    response = client.post(reverse("vendors:import"), {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not ImportJob.objects.exists()


def test_an_empty_upload_is_a_form_error(client, manager):
    client.force_login(manager)
    response = client.post(reverse("vendors:import"), {"file": SimpleUploadedFile("v.csv", b"")})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_another_managers_upload_is_not_found(client, manager, job):
    other = make_user("mgr2", Role.MANAGER)
    client.force_login(other)
    for url in import_urls(job)[3:]:
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("vendors:import_confirm", args=[job.pk])).status_code == 404
    assert not Vendor.objects.exists()


def test_an_expired_preview_cannot_be_imported(client, manager, job):
    client.force_login(manager)
    with time_machine.travel(timezone.now() + ImportJob.PREVIEW_TTL + dt.timedelta(minutes=1)):
        response = client.post(reverse("vendors:import_confirm", args=[job.pk]), follow=True)
    assert "This preview has expired" in response.content.decode()
    assert not Vendor.objects.exists()


def test_a_running_job_is_polled_every_second_with_its_progress(client, manager, job):
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.IMPORTING)
    job.refresh_from_db()
    job.set_progress(1, 4)
    client.force_login(manager)
    body = client.get(reverse("vendors:import_progress", args=[job.pk]), headers={"HX-Request": "true"})
    html = body.content.decode()
    assert 'hx-trigger="every 1s"' in html
    assert '<progress max="100" value="25">' in html
    assert "25 % of 2 rows" in html
    assert "<html" not in html


def test_a_job_whose_worker_died_stops_polling(client, manager, job):
    stale = timezone.now() - ImportJob.STALE_AFTER - dt.timedelta(minutes=1)
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.IMPORTING, updated_at=stale)
    client.force_login(manager)
    html = client.get(reverse("vendors:import_progress", args=[job.pk])).content.decode()
    assert "every 1s" not in html
    assert "the worker stopped" in html


def test_times_are_shown_in_the_users_time_zone(client, manager):
    with time_machine.travel(dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC), tick=False):
        job = importing.start_job(manager, "v.csv", read_table("v.csv", csv_bytes([["name"], ["A"]])), "en")
        client.force_login(manager)
        session = client.session
        session[SESSION_TZ_KEY] = "America/New_York"
        session.save()
        page = client.get(job.get_absolute_url()).content.decode()
    assert "Uploaded 2026-05-01 08:00" in page
    assert "until 09:00" in page


def test_a_chinese_page_shows_the_preview_in_chinese_terms(client, manager):
    client.force_login(manager)
    with translation.override("zh-hans"):
        client.post(
            reverse("vendors:import"),
            {"file": SimpleUploadedFile("v.csv", csv_bytes([["名称", "状态"], ["星河", "倒闭"]]))},
            headers={"accept-language": "zh-hans"},
        )
    job = ImportJob.objects.get()
    assert job.language == "zh-hans"
    assert "candidate (候选)" in job.report["errors"][0]["message"]


# --- the task ----------------------------------------------------------------------------------------------


def test_the_task_checks_then_imports_a_job(manager):
    table = read_table("v.csv", csv_bytes([HEADER, STARRIVER]))
    job = ImportJob.objects.create(owner=manager, file_name="v.csv", table=table.to_json(), row_count=1)
    assert run_import.delay(str(job.pk)).get() == ImportStatus.CHECKED
    job.refresh_from_db()
    assert job.report["counts"]["vendors_create"] == 1
    assert job.progress == (1, 1)
    assert not Vendor.objects.exists()
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.IMPORTING)
    assert run_import.delay(str(job.pk)).get() == ImportStatus.DONE
    assert Vendor.objects.get().name == "StarRiver"
    assert run_import.delay(str(job.pk)).get() == "skipped"  # a finished job is not run again


def test_the_task_ignores_an_unknown_job():
    assert run_import.delay("00000000-0000-0000-0000-000000000000").get() == "skipped"


def test_a_job_that_crashes_ends_failed_and_saves_nothing(manager, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(importing, "run", explode)
    job = importing.start_job(manager, "v.csv", read_table("v.csv", csv_bytes([["name"], ["A"]])), "en")
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert "stopped unexpectedly" in job.message


def test_an_unreachable_queue_is_said_not_hidden(manager, monkeypatch):
    monkeypatch.setattr("vendorscore.tasks.wake", lambda task, *args: False)
    job = importing.start_job(manager, "v.csv", read_table("v.csv", csv_bytes([["name"], ["A"]])), "en")
    assert job.status == ImportStatus.FAILED
    assert "task queue" in job.message


def test_progress_is_written_about_a_hundred_times_not_once_a_row(manager, monkeypatch):
    writes = []
    monkeypatch.setattr(ImportJob, "set_progress", lambda self, done, total: writes.append(done))
    rows = [["name"]] + [[f"Vendor {n}"] for n in range(400)]
    importing.start_job(manager, "v.csv", read_table("v.csv", csv_bytes(rows)), "en")
    assert 100 <= len(writes) <= 104
    assert writes[-1] == 400


def test_stale_jobs_are_deleted_when_a_new_file_comes(manager, job):
    ImportJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - ImportJob.KEEP_FOR - dt.timedelta(hours=1))
    importing.start_job(manager, "w.csv", read_table("w.csv", csv_bytes([["name"], ["A"]])), "en")
    assert not ImportJob.objects.filter(pk=job.pk).exists()
    assert ImportJob.objects.count() == 1


# --- the command ---------------------------------------------------------------------------------------------


def command(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_vendors", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_imports_a_file(tmp_path):
    path = tmp_path / "vendors.xlsx"
    path.write_bytes(xlsx_bytes([HEADER, STARRIVER, STARRIVER_2, LIME]))
    out, err = command(str(path))
    assert "vendors: 2 created, 0 updated, 0 unchanged" in out
    assert "6/6" in err  # the progress bar: three rows checked, then saved
    assert Vendor.objects.count() == 2
    out, _err = command(str(path))
    assert "vendors: 0 created, 0 updated, 2 unchanged" in out


def test_the_command_dry_run_saves_nothing(tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_bytes(csv_bytes([HEADER, STARRIVER]))
    out, _err = command(str(path), "--dry-run")
    assert "vendors: 1 created" in out
    assert "Dry run" in out
    assert not Vendor.objects.exists()


def test_the_command_fails_with_every_error_and_saves_nothing(tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_bytes(
        csv_bytes([HEADER, STARRIVER, ["Lime", "bankrupt", *[""] * 8], ["Moon", "", "ftp://x", *[""] * 7]])
    )
    err = io.StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_vendors", str(path), stdout=io.StringIO(), stderr=err)
    assert caught.value.returncode == 1
    assert "2 error(s)" in str(caught.value)
    assert "row 3, status: “bankrupt” is not one of" in err.getvalue()
    assert "row 4, website:" in err.getvalue()
    assert not Vendor.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "words"), [("missing.csv", None, "cannot read"), ("v.csv", b"\x89PNG\r\n\x1a\n", "PNG image")]
)
def test_the_command_refuses_a_file_it_cannot_read(tmp_path, name, data, words):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(CommandError, match=words):
        command(str(path))


def test_a_table_survives_its_trip_through_the_database(manager):
    table = read_table("v.csv", csv_bytes([HEADER, STARRIVER, LIME]))
    job = ImportJob.objects.create(owner=manager, file_name="v.csv", table=table.to_json())
    job.refresh_from_db()
    assert Table.from_json(job.table) == table
