"""Exports of the ranking, the scorecard and the comparison: CSV, XLSX and PDF.

They carry what the page shows (numbers rounded the same way, numeric cells in XLSX) and the
context to read them by (profile, when, per vendor coverage, evaluators, grade and why it is
capped); text cells never become formulas; PDFs are real, in the reader's language.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from conftest import make_user
from contracts.tests.factories import ContractFactory
from evaluations import exports
from evaluations.models import Evaluation, ScoreSnapshot, WeightProfile
from evaluations.scorecards import recompute_vendor
from evaluations.tests.factories import approved_evaluation, small_template
from vendors.tests.factories import VendorFactory
from vendorscore.models import UserPreference
from vendorscore.roles import Role

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://x","y")'
DDE = "=cmd|' /C calc'!A0"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def weasyprint_loads() -> bool:
    try:
        exports.load_weasyprint()
    except exports.PdfUnavailable:
        return False
    return True


# CI sets REQUIRE_WEASYPRINT: there the PDF tests fail instead of skipping when Pango is missing.
needs_weasyprint = pytest.mark.skipif(
    not os.environ.get("REQUIRE_WEASYPRINT") and not weasyprint_loads(), reason="WeasyPrint or Pango is not installed"
)


def rounded(value: float, places: int = 0) -> str:
    """What the page shows: half up, as Django's floatformat rounds."""
    return str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


@pytest.fixture
def second_evaluator(db):
    return make_user("eve-two", Role.EVALUATOR)


@pytest.fixture
def pair(evaluator, second_evaluator, manager):
    """Steady (no flag, an overall with decimals) and Flagged (an A capped at C by "No SLA", 2 of 2)."""
    template = small_template()
    steady, flagged = VendorFactory(name="Steady", name_zh="稳健"), VendorFactory(name="Flagged", name_zh="有旗")
    approved_evaluation(
        steady, evaluator, manager, {"depth": 4, "sla_signed": "yes", "first_answer_hours": 3}, template=template
    )
    approved_evaluation(
        steady, second_evaluator, manager, {"depth": 3, "sla_signed": "yes", "first_answer_hours": 2}, template=template
    )
    for who in (evaluator, second_evaluator):
        approved_evaluation(flagged, who, manager, {"depth": 5, "sla_signed": "no", "first_answer_hours": 0.5},
                            template=template)  # fmt: skip
    WeightProfile.objects.create(
        slug="depth-only", name_en="Depth only", name_zh="只看深度", weights={"support_depth": 1, "response_speed": 1}
    )
    for vendor in (steady, flagged):
        recompute_vendor(vendor.pk)
    return steady, flagged


def snapshot_of(vendor, slug="balanced") -> ScoreSnapshot:
    return ScoreSnapshot.objects.get(vendor=vendor, profile__slug=slug, is_latest=True)


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def read_xlsx(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == XLSX_TYPE
    return load_workbook(io.BytesIO(response.content)).active


def xlsx_rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def row_named(rows: list[list], label) -> list:
    return next(row for row in rows if row and row[0] == label)


def compare(client, vendors, profile="balanced", **params):
    params = {"vendors": [v.pk for v in vendors], "profile": profile, **params}
    return client.get(reverse("evaluations:compare"), params)


def pdf_text(response) -> str:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


# ---------------------------------------------------------------------------
# Rounded numbers and the header block


def test_the_comparison_csv_rounds_as_the_page_and_says_what_it_rests_on(client, viewer, pair):
    steady, flagged = pair
    steady_snapshot, flagged_snapshot = snapshot_of(steady), snapshot_of(flagged)
    assert steady_snapshot.overall != round(steady_snapshot.overall)  # the raw number has decimals the page hides
    client.force_login(viewer)
    page = compare(client, pair).content.decode()
    assert f'<span class="score">{rounded(steady_snapshot.overall)}</span>' in page
    rows = read_csv(compare(client, pair, export="csv"))
    assert rows[0] == ["Compare vendors"]
    assert row_named(rows, "Weight profile") == ["Weight profile", "Balanced"]
    exported = dt.datetime.fromisoformat(row_named(rows, "Exported at")[1])
    assert exported.utcoffset() == dt.timedelta(hours=8)  # the default zone, Asia/Shanghai
    assert abs(exported - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert row_named(rows, "Time zone")[1] == "Asia/Shanghai"
    assert ["Vendor", "Overall", "Grade", "Coverage", "Evaluators", "Grade capped because"] in rows
    for vendor, snapshot in ((steady, steady_snapshot), (flagged, flagged_snapshot)):
        assert row_named(rows, vendor.name) == [
            vendor.name, rounded(snapshot.overall), snapshot.grade, rounded(snapshot.coverage, 2), "2", ""
        ]  # fmt: skip
    assert row_named(rows, "Row") == ["Row", "Steady", "Flagged"]  # ranked under the profile, as on the page
    overalls = [rounded(steady_snapshot.overall), rounded(flagged_snapshot.overall)]
    assert row_named(rows, "Overall") == ["Overall", *overalls]
    coverages = [rounded(steady_snapshot.coverage, 2), rounded(flagged_snapshot.coverage, 2)]
    assert row_named(rows, "Coverage") == ["Coverage", *coverages]
    assert row_named(rows, "Evaluators") == ["Evaluators", "2", "2"]
    assert row_named(rows, "Support channels and depth") == ["Support channels and depth", "63", "100"]


def test_a_capped_grade_says_which_red_flag_and_how_many_evaluators(client, viewer, pair):
    _steady, flagged = pair
    snapshot = snapshot_of(flagged, "depth-only")
    assert snapshot.data["grade_capped"]
    assert snapshot.grade == "C"
    client.force_login(viewer)
    rows = read_csv(compare(client, pair, profile="depth-only", export="csv"))
    assert row_named(rows, "Weight profile")[1] == "Depth only"
    note = row_named(rows, "Flagged")[5]
    assert note == "Capped at C by confirmed red flags: No SLA (2 of 2 evaluators)"
    assert row_named(rows, "Steady")[5] == ""
    capped = row_named(rows, "Grade capped because")
    assert note in capped


def test_the_comparison_xlsx_has_numeric_cells_with_number_formats(client, viewer, pair):
    steady, flagged = pair
    ContractFactory(vendor=steady, status="signed", support_fee=Decimal("50000.50"), purchase_price=120000)
    client.force_login(viewer)
    sheet = read_xlsx(compare(client, pair, export="xlsx"))
    rows = xlsx_rows(sheet)
    assert rows[0][0] == "Compare vendors"
    assert row_named(rows, "Weight profile")[1] == "Balanced"
    assert dt.datetime.fromisoformat(row_named(rows, "Exported at")[1]).utcoffset() == dt.timedelta(hours=8)
    columns = row_named(rows, "Row")[1:3]
    overall_index = next(i for i, row in enumerate(rows, start=1) if row[0] == "Overall" and i > 5)
    for column, name in enumerate(columns, start=2):
        cell = sheet.cell(row=overall_index, column=column)
        vendor = steady if name == "Steady" else flagged
        assert cell.data_type == "n"
        assert cell.value == int(rounded(snapshot_of(vendor).overall))
        assert cell.number_format == "0"
    coverage_row = next(i for i, row in enumerate(rows, start=1) if row[0] == "Coverage" and i > overall_index)
    coverage = sheet.cell(row=coverage_row, column=2)
    assert isinstance(coverage.value, int | float)
    assert coverage.number_format == "0.00"
    cost_row = next(i for i, row in enumerate(rows, start=1) if row[0] == "Cost over 3 years")
    cost = sheet.cell(row=cost_row, column=2 + columns.index("Steady"))
    assert cost.data_type == "n"
    assert cost.value > 120000
    assert cost.number_format.startswith('"CNY" #,##0')
    assert row_named(rows, "Currency")[1 + columns.index("Steady")] == "CNY"


def test_the_export_time_is_in_the_readers_time_zone(client, viewer, pair):
    UserPreference.objects.create(user=viewer, time_zone="Asia/Kolkata")
    client.force_login(viewer)  # the zone goes into the session at login
    rows = read_csv(compare(client, pair, export="csv"))
    assert dt.datetime.fromisoformat(row_named(rows, "Exported at")[1]).utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert row_named(rows, "Time zone")[1] == "Asia/Kolkata"
    sheet = read_xlsx(compare(client, pair, export="xlsx"))
    assert row_named(xlsx_rows(sheet), "Exported at")[1].endswith("+05:30")


def test_the_export_speaks_the_readers_language(client, viewer, pair):
    client.cookies["django_language"] = "zh-hans"
    client.force_login(viewer)
    rows = read_csv(compare(client, pair, profile="depth-only", export="csv"))
    assert row_named(rows, "权重方案")[1] == "只看深度"
    assert row_named(rows, "有旗")[5].endswith("没有 SLA (2 名评估员中有 2 名)")
    assert row_named(rows, "支持渠道与深度")[1:] == ["100", "63"]


# ---------------------------------------------------------------------------
# Formula injection


def test_formulas_in_vendor_names_are_neutralised_in_csv_and_xlsx(client, viewer, evaluator, manager):
    template = small_template()
    link, dde = VendorFactory(name=HYPERLINK), VendorFactory(name=DDE)
    for vendor in (link, dde):
        approved_evaluation(vendor, evaluator, manager, {"depth": 4, "sla_signed": "yes"}, template=template)
        recompute_vendor(vendor.pk)
    client.force_login(viewer)
    rows = read_csv(compare(client, [link, dde], export="csv"))
    cells = {cell for row in rows for cell in row}
    assert "'" + HYPERLINK in cells
    assert "'" + DDE in cells
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in cells)
    sheet = read_xlsx(compare(client, [link, dde], export="xlsx"))
    names = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str) and "=" in cell.value]
    assert {cell.value for cell in names} >= {"'" + HYPERLINK, "'" + DDE}
    for cell in names:
        assert cell.data_type != "f"
        assert cell.data_type == "s"
    ranking = read_csv(client.get(reverse("evaluations:ranking"), {"export": "csv"}))
    assert {"'" + HYPERLINK, "'" + DDE} <= {row[1] for row in ranking if len(row) > 1}
    ranking_sheet = read_xlsx(client.get(reverse("evaluations:ranking"), {"export": "xlsx"}))
    for row in ranking_sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
    scorecard = read_csv(client.get(reverse("evaluations:scorecard", args=[dde.pk]), {"export": "csv"}))
    assert scorecard[0] == ["Scorecard: " + DDE]  # starts with "Scorecard", safe as it is
    assert row_named(scorecard, "Vendor")[1] == "'" + DDE


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "-cmd", "  =1+1"])
def test_every_formula_trigger_is_neutralised(text):
    assert exports.neutralised(text) == "'" + text
    assert exports.csv_cell(text) == "'" + text
    assert exports.xlsx_cell(text) == ("'" + text, None)


def test_harmless_text_and_control_characters():
    assert exports.csv_cell("Support 7×24") == "Support 7×24"
    assert exports.csv_cell("a=b") == "a=b"
    assert exports.xlsx_cell("bell\x07 note") == ("bell note", None)  # openpyxl would refuse it


def test_negative_numbers_stay_numbers_and_text_that_looks_like_one_does_not():
    report = exports.Report(
        title="Numbers",
        filename="numbers",
        tables=[
            exports.Table(
                header=["Label", "A", "B", "C", "D"],
                rows=[["delta", exports.Number.of(-3.456, 1), -2, Decimal("-7.5"), "-2"]],
            )
        ],
    )
    rows = list(csv.reader(io.StringIO(exports.csv_response(report).content.decode("utf-8-sig"))))
    assert rows[-1] == ["delta", "-3.5", "-2", "-7.5", "'-2"]
    sheet = load_workbook(io.BytesIO(exports.xlsx_response(report).content)).active
    last = list(sheet.iter_rows())[-1]
    assert [cell.value for cell in last] == ["delta", -3.5, -2, -7.5, "'-2"]
    assert [cell.data_type for cell in last] == ["s", "n", "n", "n", "s"]
    assert last[1].number_format == "0.0"


def test_numbers_round_half_up_like_the_page():
    assert str(exports.score(84.5)) == "85"
    assert str(exports.score(85.82472674532565)) == "86"
    assert str(exports.share(0.125)) == "0.13"
    assert str(exports.weight(3.0)) == "3"
    assert str(exports.weight(1.255)) == "1.26"
    assert exports.score(None) is None


# ---------------------------------------------------------------------------
# The ranking


def test_the_ranking_exports_respect_the_profile_and_the_filters(client, viewer, evaluator, manager):
    template = small_template()
    alpha = VendorFactory(name="Alpha", status="shortlisted", scenarios=["show-live"])
    beta = VendorFactory(name="Beta", status="rejected", scenarios=["overseas"])
    approved_evaluation(
        alpha, evaluator, manager, {"depth": 5, "first_answer_hours": 30, "sla_signed": "yes"}, template=template
    )
    approved_evaluation(beta, evaluator, manager, {"depth": 1, "first_answer_hours": 0.5, "sla_signed": "yes"},
                        template=template)  # fmt: skip
    WeightProfile.objects.create(slug="speed", name_en="Speed", name_zh="速度", weights={"response_speed": 1})
    WeightProfile.objects.create(slug="depth", name_en="Depth", name_zh="深度", weights={"support_depth": 1})
    for vendor in (alpha, beta):
        recompute_vendor(vendor.pk)
    client.force_login(viewer)
    url = reverse("evaluations:ranking")

    def ranked(**params):
        rows = read_csv(client.get(url, {"export": "csv", **params}))
        header = rows.index(["#", "Vendor", "Overall", "Grade", "Coverage", "Evaluators", "Red flags",
                             "Grade capped because"])  # fmt: skip
        return rows, [row[1] for row in rows[header + 1 :]]

    rows, names = ranked(profile="speed")
    assert names == ["Beta", "Alpha"]
    assert row_named(rows, "Weight profile")[1] == "Speed"
    assert ranked(profile="depth")[1] == ["Alpha", "Beta"]
    rows, names = ranked(profile="depth", vendor_status="rejected")
    assert names == ["Beta"]
    assert row_named(rows, "Vendor status")[1] == "Rejected"
    rows, names = ranked(profile="depth", scenario="show-live")
    assert names == ["Alpha"]
    assert row_named(rows, "Scenario")[1] == "Show streaming"
    sheet = read_xlsx(client.get(url, {"export": "xlsx", "profile": "speed", "vendor_status": "shortlisted"}))
    values = xlsx_rows(sheet)
    assert [row[1] for row in values[values.index(next(r for r in values if r[0] == "#")) + 1 :]] == ["Alpha"]
    alpha_row = row_named(values, 1)
    assert alpha_row[2] == int(rounded(snapshot_of(alpha, "speed").overall))
    assert alpha_row[5] == 1  # evaluators


def test_the_ranking_export_says_who_rated_and_why_a_grade_is_capped_without_reading_the_breakdowns(
    client, viewer, pair
):
    _steady, flagged = pair
    client.force_login(viewer)
    with CaptureQueriesContext(connection) as queries:
        rows = read_csv(client.get(reverse("evaluations:ranking"), {"export": "csv", "profile": "depth-only"}))
    flagged_row, steady_row = (next(row for row in rows if row[1:2] == [name]) for name in ("Flagged", "Steady"))
    assert flagged_row[3:] == [
        "C",
        rounded(snapshot_of(flagged, "depth-only").coverage, 2),
        "2",
        "No SLA (2 of 2 evaluators)",
        "Capped at C by confirmed red flags: No SLA (2 of 2 evaluators)",
    ]
    assert steady_row[5:] == ["2", "", ""]
    # The evaluator count and the cap come from the database out of ``data``, which is never selected whole.
    snapshot_sql = [q["sql"] for q in queries.captured_queries if "evaluations_scoresnapshot" in q["sql"]]
    assert snapshot_sql
    assert not [sql for sql in snapshot_sql if re.search(r'"evaluations_scoresnapshot"\."data"(, "|\s+FROM)', sql)]


def test_the_ranking_page_offers_its_exports_with_its_filters(client, viewer):
    client.force_login(viewer)
    body = client.get(reverse("evaluations:ranking"), {"vendor_status": "shortlisted"}).content.decode()
    assert "vendor_status=shortlisted" in body
    assert "export=csv" in body
    assert "export=xlsx" in body
    assert "export=pdf" not in body


def test_the_ranking_export_costs_the_same_queries_for_2_and_for_40_vendors(
    client, viewer, evaluator, manager, django_assert_max_num_queries
):
    template = small_template()
    vendors = VendorFactory.create_batch(2)
    client.force_login(viewer)

    def export_with(count):
        for vendor in vendors:
            recompute_vendor(vendor.pk)
        # session, user, role, the profiles, the vendors not yet scored, the snapshots with vendors
        with django_assert_max_num_queries(6):
            rows = read_csv(client.get(reverse("evaluations:ranking"), {"export": "csv"}))
        assert len(rows) >= count

    for vendor in vendors:
        approved_evaluation(vendor, evaluator, manager, {"depth": 3, "sla_signed": "no"}, template=template)
    export_with(2)
    vendors.extend(VendorFactory.create_batch(38))
    export_with(40)
    with django_assert_max_num_queries(6):
        read_xlsx(client.get(reverse("evaluations:ranking"), {"export": "xlsx"}))


# ---------------------------------------------------------------------------
# The scorecard


def test_the_scorecard_export_lists_dimensions_and_every_line(client, viewer, pair):
    steady, _flagged = pair
    client.force_login(viewer)
    url = reverse("evaluations:scorecard", args=[steady.pk])
    rows = read_csv(client.get(url, {"export": "csv", "profile": "depth-only"}))
    assert rows[0] == ["Scorecard: Steady"]
    assert row_named(rows, "Weight profile")[1] == "Depth only"
    snapshot = snapshot_of(steady, "depth-only")
    assert dt.datetime.fromisoformat(row_named(rows, "Computed at")[1]) == snapshot.computed_at.replace(microsecond=0)
    assert rows.index(["Dimension", "Score", "Weight", "Coverage", "Spread"])
    depth = row_named(rows, "Support channels and depth")
    by_key = {d["key"]: d for d in snapshot.data["dimensions"]}
    assert by_key["support_depth"]["score"] != round(by_key["support_depth"]["score"])
    # the score rounded, this profile's weight, the coverage, the spread of 75 and 50
    assert depth == ["Support channels and depth", rounded(by_key["support_depth"]["score"]), "1", "1.00", "25"]
    assert row_named(rows, "SLA")[2] == "0"  # not weighed by this profile
    lines = [row for row in rows if len(row) == 11 and row[0] != "Dimension"]
    criteria = {row[1]: row for row in lines}
    depth_question = next(label for label in criteria if criteria[label][0] == "Support channels and depth")
    line = criteria[depth_question]
    assert line[2] == "criterion"
    assert line[4] == "scored"
    assert line[7] == "2"  # two evaluators answered
    assert line[8] == "25"  # their spread (4 and 3 on a 1..5 scale)
    balanced = read_csv(client.get(url, {"export": "csv"}))
    assert row_named(balanced, "Weight profile")[1] == "Balanced"
    assert row_named(balanced, "SLA")[2] != "0"


def test_the_scorecard_xlsx_lists_red_flags_and_the_cap(client, viewer, pair):
    _steady, flagged = pair
    client.force_login(viewer)
    url = reverse("evaluations:scorecard", args=[flagged.pk])
    rows = xlsx_rows(read_xlsx(client.get(url, {"export": "xlsx", "profile": "depth-only"})))
    flagged_row = row_named(rows, "Flagged")
    assert flagged_row[1:5] == [100, "C", float(rounded(snapshot_of(flagged, "depth-only").coverage, 2)), 2]
    assert flagged_row[5] == "Capped at C by confirmed red flags: No SLA (2 of 2 evaluators)"
    assert row_named(rows, "No SLA")[1:4] == ["yes", 2, 2]


def test_the_scorecard_page_offers_its_exports_for_its_profile(client, viewer, pair):
    client.force_login(viewer)
    body = client.get(reverse("evaluations:scorecard", args=[pair[0].pk]), {"profile": "depth-only"}).content.decode()
    for kind in ("csv", "xlsx", "pdf"):
        assert f"profile=depth-only&amp;export={kind}" in body


# ---------------------------------------------------------------------------
# PDF


@needs_weasyprint
def test_the_scorecard_pdf_in_english(client, viewer, pair):
    _steady, flagged = pair
    client.force_login(viewer)
    url = reverse("evaluations:scorecard", args=[flagged.pk])
    response = client.get(url, {"export": "pdf", "profile": "depth-only"})
    text = pdf_text(response)
    assert response["Content-Disposition"].startswith('inline; filename="vendorscore-scorecard-')
    assert "Scorecard: Flagged" in text
    assert "Depth only" in text
    assert "100 C Coverage 1.00" in text  # overall and grade
    assert "Capped at C by confirmed red flags: No SLA (2 of 2 evaluators)" in text
    assert "2 of 2 evaluators" in text
    assert "Support channels and depth" in text
    assert "+0800" in text  # the reader's offset


@needs_weasyprint
def test_the_scorecard_pdf_in_chinese(client, viewer, pair):
    steady, _flagged = pair
    client.cookies["django_language"] = "zh-hans"
    client.force_login(viewer)
    text = pdf_text(client.get(reverse("evaluations:scorecard", args=[steady.pk]), {"export": "pdf"}))
    snapshot = snapshot_of(steady)
    assert "评分卡：稳健" in text
    assert f"{rounded(snapshot.overall)} {snapshot.grade} 覆盖率" in text  # overall and grade
    assert "支持渠道与深度" in text
    assert "响应速度" in text
    question = Evaluation.objects.filter(vendor=steady).first().template.criteria.get(key="depth").question_zh
    assert question.startswith("问题")
    assert question in text


@needs_weasyprint
def test_the_comparison_pdf_side_by_side(client, viewer, pair):
    steady, _flagged = pair
    client.force_login(viewer)
    text = pdf_text(compare(client, pair, profile="depth-only", export="pdf"))
    assert "Compare vendors — Depth only" in text
    assert "Flagged 100 C 1.00 2 Capped at C by confirmed red flags: No SLA (2 of 2 evaluators)" in text
    steady_snapshot = snapshot_of(steady, "depth-only")
    assert f"Steady {rounded(steady_snapshot.overall)} {steady_snapshot.grade} " in text
    assert "Support channels and depth 100 63" in text  # the side-by-side table
    client.cookies["django_language"] = "zh-hans"
    text = pdf_text(compare(client, pair, export="pdf"))
    assert "对比供应商" in text
    assert "稳健" in text
    assert "有旗" in text
    assert "支持渠道与深度" in text


def test_without_weasyprint_the_pdf_button_explains_and_goes_back(client, viewer, pair, monkeypatch):
    def unavailable():
        raise exports.PdfUnavailable("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(exports, "load_weasyprint", unavailable)
    client.force_login(viewer)
    url = reverse("evaluations:scorecard", args=[pair[0].pk])
    response = client.get(url, {"export": "pdf", "profile": "depth-only"})
    assert response.status_code == 302
    assert response.url == f"{url}?profile=depth-only"
    page = client.get(response.url).content.decode()
    assert "PDF export is not available on this server" in page
    back = compare(client, pair, export="pdf")
    assert back.status_code == 302
    assert "export" not in back.url


# ---------------------------------------------------------------------------
# Who may export, and bad requests


def export_urls(vendors) -> list[tuple[str, dict]]:
    scorecard = reverse("evaluations:scorecard", args=[vendors[0].pk])
    pick = {"vendors": [v.pk for v in vendors], "profile": "balanced"}
    return [
        (reverse("evaluations:ranking"), {"export": "csv"}),
        (reverse("evaluations:ranking"), {"export": "xlsx"}),
        (scorecard, {"export": "csv"}),
        (scorecard, {"export": "xlsx"}),
        (reverse("evaluations:compare"), {**pick, "export": "csv"}),
        (reverse("evaluations:compare"), {**pick, "export": "xlsx"}),
    ]


@pytest.mark.parametrize("role", ["viewer", "evaluator", "manager"])
def test_every_role_may_export(client, users, pair, role):
    client.force_login(users[role])
    for url, params in export_urls(pair):
        response = client.get(url, params)
        assert response.status_code == 200, (url, params)
        assert response["Content-Disposition"].startswith("attachment;")


def test_strangers_and_anonymous_users_may_not(client, stranger, pair):
    for url, params in export_urls(pair):
        assert client.get(url, params).status_code == 302
    client.force_login(stranger)
    for url, params in export_urls(pair):
        assert client.get(url, params).status_code == 403
        assert client.get(url, {**params, "export": "pdf"}).status_code == 403


def test_unknown_profiles_vendors_formats_and_filters_are_refused_not_crashed(client, viewer, pair):
    client.force_login(viewer)
    steady, _flagged = pair
    scorecard = reverse("evaluations:scorecard", args=[steady.pk])
    for kind in ("csv", "xlsx", "pdf"):
        response = client.get(scorecard, {"export": kind, "profile": "nope"})
        assert response.status_code == 400
        assert "There is no weight profile “nope”" in response.content.decode()
        assert client.get(reverse("evaluations:scorecard", args=[999999]), {"export": kind}).status_code == 404
        assert compare(client, pair, profile="nope", export=kind).status_code == 400
        assert compare(client, [steady], export=kind).status_code == 400  # one vendor is not a comparison
        bogus = client.get(reverse("evaluations:compare"), {"vendors": ["x", "999999"], "export": kind})
        assert bogus.status_code == 400
    assert client.get(scorecard, {"export": "docx"}).status_code == 400
    ranking = reverse("evaluations:ranking")
    assert client.get(ranking, {"export": "csv", "profile": "nope"}).status_code == 400
    assert client.get(ranking, {"export": "pdf"}).status_code == 400  # the ranking has no PDF
    assert client.get(ranking, {"export": "csv", "vendor_status": "bogus"}).status_code == 400
    assert client.get(ranking, {"export": "csv", "ordering": "nonsense"}).status_code == 400
    # The pages themselves still fall back as before.
    assert client.get(scorecard, {"profile": "nope"}).status_code == 200


def test_deleted_vendors_cannot_be_exported(client, viewer, pair):
    from django.utils import timezone

    _steady, flagged = pair
    flagged.deleted_at = timezone.now()
    flagged.save(update_fields=["deleted_at"])
    client.force_login(viewer)
    assert client.get(reverse("evaluations:scorecard", args=[flagged.pk]), {"export": "csv"}).status_code == 404
    assert compare(client, pair, export="csv").status_code == 400
    rows = read_csv(client.get(reverse("evaluations:ranking"), {"export": "csv"}))
    assert not any("Flagged" in row for row in rows)
