"""Evaluation, scorecard, ranking, comparison and configuration pages, for each role."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from evaluations.models import Answer, Evaluation, EvaluationEvent
from evaluations.scorecards import recompute_vendor
from evaluations.tests.factories import approved_evaluation, small_template
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def draft(evaluator):
    return Evaluation.objects.create(
        vendor=VendorFactory(name="Drafted"), template=small_template(), evaluator=evaluator
    )


def answer_url(evaluation, key):
    criterion = evaluation.template.criteria.get(key=key)
    return reverse("evaluations:answer_save", args=[evaluation.pk, criterion.pk]), f"c{criterion.pk}"


def post_answer(client, evaluation, key, revision=0, **fields):
    url, prefix = answer_url(evaluation, key)
    data = {f"{prefix}-revision": revision, **{f"{prefix}-{name}": value for name, value in fields.items()}}
    return client.post(url, data, headers={"HX-Request": "true"})


def read_urls(vendor, evaluation) -> list[str]:
    return [
        reverse("evaluations:evaluation_list"),
        reverse("evaluations:evaluation_detail", args=[evaluation.pk]),
        reverse("evaluations:evaluation_history", args=[evaluation.pk]),
        reverse("evaluations:scorecard", args=[vendor.pk]),
        reverse("evaluations:ranking"),
        reverse("evaluations:compare"),
        reverse("evaluations:profile_list"),
        reverse("evaluations:template_list"),
        reverse("evaluations:template_detail", args=[evaluation.template_id]),
    ]


def manager_urls(evaluation) -> list[str]:
    criterion = evaluation.template.criteria.first()
    return [
        reverse("evaluations:profile_add"),
        reverse("evaluations:profile_edit", args=["balanced"]),
        reverse("evaluations:criterion_edit", args=[evaluation.template_id, criterion.pk]),
    ]


def test_every_page_needs_a_login_and_a_role(client, stranger, draft):
    urls = read_urls(draft.vendor, draft) + manager_urls(draft)
    for url in urls:
        assert client.get(url).status_code == 302, url
    client.force_login(stranger)
    for url in urls:
        assert client.get(url).status_code == 403, url


@pytest.mark.parametrize("role", ["viewer", "evaluator", "manager"])
def test_every_role_reads_the_pages(client, users, draft, role):
    draft.save_answer(draft.template.criteria.get(key="depth"), {"value": 4}, draft.evaluator, 0)
    draft.submit(draft.evaluator)  # a draft is its evaluator's (tests/test_authz_matrix.py); submitted, everyone's
    client.force_login(users[role])
    for url in read_urls(draft.vendor, draft):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("role", ["viewer", "evaluator"])
def test_only_managers_configure(client, users, draft, role):
    client.force_login(users[role])
    for url in manager_urls(draft):
        assert client.get(url).status_code == 403, url


def test_a_viewer_cannot_start_or_answer_an_evaluation(client, viewer, draft):
    client.force_login(viewer)
    assert client.post(reverse("evaluations:evaluation_start", args=[draft.vendor.pk])).status_code == 403
    assert post_answer(client, draft, "depth", value="3").status_code == 403
    assert not Answer.objects.exists()


def test_an_evaluator_starts_an_evaluation_with_the_current_checklist(client, evaluator):
    vendor = VendorFactory()
    client.force_login(evaluator)
    response = client.post(reverse("evaluations:evaluation_start", args=[vendor.pk]))
    evaluation = Evaluation.objects.get(vendor=vendor)
    assert response.url == evaluation.get_absolute_url()
    assert (evaluation.evaluator, evaluation.template.slug, evaluation.status) == (evaluator, "default", "draft")
    page = client.get(evaluation.get_absolute_url()).content.decode()
    assert f"0 of {evaluation.template.criteria.count()} answered" in page


def test_answers_save_as_you_go_and_update_the_progress(client, evaluator, draft):
    client.force_login(evaluator)
    response = post_answer(client, draft, "depth", value="4", note="Asked about SEI on the encoder")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Saved" in body
    assert "1 of 3 answered" in body  # the out-of-band progress
    answer = Answer.objects.get(evaluation=draft)
    assert (answer.value, answer.note, answer.revision) == (4, "Asked about SEI on the encoder", 1)


@pytest.mark.parametrize(
    ("key", "fields", "error"),
    [
        ("depth", {"value": "7"}, "Select a valid choice"),  # a score out of range
        ("sla_signed", {"value": "maybe"}, "Select a valid choice"),
        ("first_answer_hours", {"value": "-3"}, "greater than or equal to 0"),
        ("first_answer_hours", {"value": "lots"}, "Enter a number"),
        ("depth", {"value": "3", "link": "not a url"}, "Enter a valid URL"),
        ("depth", {"value": "3", "is_na": "on"}, ""),  # N/A not allowed here: the flag is ignored
    ],
)
def test_bad_answers_are_explained_and_save_nothing(client, evaluator, draft, key, fields, error):
    client.force_login(evaluator)
    response = post_answer(client, draft, key, **fields)
    if error:
        assert response.status_code == 400
        assert error in response.content.decode()
        assert not Answer.objects.exists()
    else:
        assert Answer.objects.get().is_na is False


def test_evidence_files_are_checked_by_their_content(client, evaluator, draft):
    client.force_login(evaluator)
    url, prefix = answer_url(draft, "depth")
    fake_pdf = SimpleUploadedFile(
        "contract.pdf", b"MZ\x90\x00 this is a windows program", content_type="application/pdf"
    )
    response = client.post(url, {f"{prefix}-revision": 0, f"{prefix}-value": "3", f"{prefix}-evidence": fake_pdf})
    assert response.status_code == 400
    assert "Only PDF, PNG" in response.content.decode()
    assert not Answer.objects.exists()
    screenshot = SimpleUploadedFile("screen.pdf", PNG, content_type="application/pdf")
    response = client.post(url, {f"{prefix}-revision": 0, f"{prefix}-value": "3", f"{prefix}-evidence": screenshot})
    (evidence,) = Answer.objects.get().files.all()
    assert evidence.name == "screen.png"  # named by what it is, not what it claimed
    download = client.get(reverse("evaluations:evidence_download", args=[evidence.pk]))
    assert download["Content-Type"] == "image/png"
    assert b"".join(download.streaming_content) == PNG


def test_a_too_large_file_is_refused(client, evaluator, draft):
    client.force_login(evaluator)
    url, prefix = answer_url(draft, "depth")
    big = SimpleUploadedFile("big.txt", b"a" * (5 * 1024 * 1024 + 1), content_type="text/plain")
    response = client.post(url, {f"{prefix}-revision": 0, f"{prefix}-value": "3", f"{prefix}-evidence": big})
    assert response.status_code == 400
    assert "limit is 5 MB" in response.content.decode()


def test_a_second_editor_with_a_stale_page_is_refused_and_both_versions_are_kept(client, evaluator, manager, draft):
    client.force_login(manager)
    assert post_answer(client, draft, "depth", revision=0, value="5").status_code == 200
    client.force_login(evaluator)
    response = post_answer(client, draft, "depth", revision=0, value="2")  # loaded before the manager saved
    assert response.status_code == 409
    body = response.content.decode()
    assert "Not saved: someone else changed this answer" in body
    assert "5/5" in body
    assert "2/5" in body
    assert Answer.objects.get().value == 5
    conflict = EvaluationEvent.objects.get(kind="conflict")
    assert (conflict.before["value"], conflict.after["value"]) == (5, 2)


def test_an_answer_to_a_criterion_of_another_checklist_is_not_found(client, evaluator, draft):
    foreign = small_template().criteria.first()
    client.force_login(evaluator)
    url = reverse("evaluations:answer_save", args=[draft.pk, foreign.pk])
    assert client.post(url, {f"c{foreign.pk}-revision": 0, f"c{foreign.pk}-value": "3"}).status_code == 404


def test_another_evaluator_cannot_edit_my_draft(client, draft):
    from conftest import make_user
    from vendorscore.roles import Role

    client.force_login(make_user("other-evaluator", Role.EVALUATOR))
    assert post_answer(client, draft, "depth", value="3").status_code == 404  # not even found: a draft is mine


def test_submit_then_an_evaluator_cannot_approve_but_a_manager_can(client, evaluator, manager, draft):
    client.force_login(evaluator)
    post_answer(client, draft, "depth", value="4")
    client.post(reverse("evaluations:evaluation_submit", args=[draft.pk]), {"confirm": "1"})
    draft.refresh_from_db()
    assert draft.status == "submitted"
    assert client.post(reverse("evaluations:evaluation_approve", args=[draft.pk])).status_code == 403
    client.force_login(manager)
    client.post(reverse("evaluations:evaluation_return", args=[draft.pk]), {"comment": ""})
    draft.refresh_from_db()
    assert draft.status == "submitted"  # a return needs a comment
    client.post(reverse("evaluations:evaluation_approve", args=[draft.pk]), {"comment": "fine"})
    draft.refresh_from_db()
    assert draft.status == "approved"
    history = client.get(reverse("evaluations:evaluation_history", args=[draft.pk])).content.decode()
    assert "approved" in history
    assert "submitted" in history
    assert "answered" in history


def test_the_scorecard_explains_every_number(client, viewer, evaluator, manager):
    vendor = VendorFactory(name="Explained")
    approved_evaluation(vendor, evaluator, manager, {"depth": 4, "sla_signed": "no", "first_answer_hours": 3})
    client.force_login(viewer)
    body = client.get(reverse("evaluations:scorecard", args=[vendor.pk])).content.decode()
    assert "How each number is made" in body
    assert "No SLA" in body  # the red flag
    assert 'id="radar-chart"' in body
    assert 'id="trend-chart"' in body
    assert "score-chart-data" in body


def test_an_unknown_profile_on_a_page_falls_back_with_a_message(client, viewer):
    vendor = VendorFactory()
    client.force_login(viewer)
    response = client.get(reverse("evaluations:scorecard", args=[vendor.pk]), {"profile": "nope"})
    assert response.status_code == 200
    assert "There is no weight profile" in response.content.decode()


def test_the_comparison_needs_two_to_six_vendors(client, viewer):
    vendors = VendorFactory.create_batch(7)
    client.force_login(viewer)
    one = client.get(reverse("evaluations:compare"), {"vendors": [vendors[0].pk], "profile": "balanced"})
    assert "between 2 and 6" in one.content.decode()
    seven = client.get(reverse("evaluations:compare"), {"vendors": [v.pk for v in vendors], "profile": "balanced"})
    assert "between 2 and 6" in seven.content.decode()
    bogus = client.get(reverse("evaluations:compare"), {"vendors": ["x", "99999"], "profile": "zzz"})
    assert bogus.status_code == 200


def compare_fixture(evaluator, manager):
    strong, weak = VendorFactory(name="Strong"), VendorFactory(name="Weak")
    approved_evaluation(strong, evaluator, manager, {"depth": 5, "sla_signed": "yes", "first_answer_hours": 1})
    approved_evaluation(weak, evaluator, manager, {"depth": 2, "sla_signed": "no", "first_answer_hours": 30})
    return strong, weak


def test_the_comparison_highlights_the_best_and_ranks_by_profile(client, viewer, evaluator, manager):
    strong, weak = compare_fixture(evaluator, manager)
    client.force_login(viewer)
    response = client.get(reverse("evaluations:compare"), {"vendors": [weak.pk, strong.pk], "profile": "balanced"})
    table = response.context["table"]
    assert [c["vendor"].name for c in table["columns"]] == ["Strong", "Weak"]  # ranked, whatever the pick order
    assert [c["best"] for c in table["overall"]] == [True, False]
    depth = next(d for d in table["dimensions"] if d["key"] == "support_depth")
    assert [c["score"] for c in depth["cells"]] == [100, 25]
    assert any(flag["key"] == "sla_signed" for flag in table["red_flags"][1])


def test_the_comparison_exports_csv_and_xlsx(client, viewer, evaluator, manager):
    strong, weak = compare_fixture(evaluator, manager)
    client.force_login(viewer)
    params = {"vendors": [strong.pk, weak.pk], "profile": "balanced"}
    csv_body = client.get(reverse("evaluations:compare"), {**params, "export": "csv"}).content.decode("utf-8-sig")
    lines = csv_body.splitlines()  # the table follows a header block (see test_exports.py)
    assert lines[lines.index("Row,Strong,Weak") + 1].startswith("Overall,")
    xlsx = client.get(reverse("evaluations:compare"), {**params, "export": "xlsx"})
    rows = [[cell.value for cell in row][:3] for row in load_workbook(io.BytesIO(xlsx.content)).active.iter_rows()]
    assert rows[rows.index(["Row", "Strong", "Weak"]) + 1][0] == "Overall"
    printable = client.get(reverse("evaluations:compare"), {**params, "print": "1"}).content.decode()
    assert "js/print.js" in printable  # opens the print dialog (a file: the CSP refuses inline scripts)


def test_a_manager_creates_a_profile_and_bad_weights_are_refused(client, manager):
    client.force_login(manager)
    data = {"slug": "our-launch", "name_en": "Our launch", "name_zh": "我们的上线"}
    weights = {f"weight_{key}": "1" for key in ("response_speed", "support_depth", "team_stability", "bug_fix",
                                                 "iteration", "documentation", "sla", "custom_dev", "pricing",
                                                 "credibility")}  # fmt: skip
    zero = client.post(reverse("evaluations:profile_add"), {**data, **dict.fromkeys(weights, "0")})
    assert "all zero" in zero.content.decode().lower() or "at least one" in zero.content.decode().lower()
    negative = client.post(reverse("evaluations:profile_add"), {**data, **weights, "weight_sla": "-1"})
    assert negative.status_code == 200
    from evaluations.models import WeightProfile

    assert not WeightProfile.objects.filter(slug="our-launch").exists()
    ok = client.post(reverse("evaluations:profile_add"), {**data, **weights, "weight_sla": "3"})
    assert ok.status_code == 302
    assert WeightProfile.objects.get(slug="our-launch").weights["sla"] == 3


def test_editing_a_criterion_in_use_makes_a_new_version(client, manager, evaluator):
    evaluation = approved_evaluation(VendorFactory(), evaluator, manager, {"depth": 3})
    criterion = evaluation.template.criteria.get(key="depth")
    client.force_login(manager)
    url = reverse("evaluations:criterion_edit", args=[evaluation.template_id, criterion.pk])
    response = client.post(url, {"question_en": "How deep?", "question_zh": "多深？", "weight": "2"})
    assert response.status_code == 302
    criterion.refresh_from_db()
    assert criterion.question_en != "How deep?"  # the version in use is untouched
    new = evaluation.template.__class__.objects.get(slug=evaluation.template.slug, is_current=True)
    assert new.criteria.get(key="depth").question_en == "How deep?"


def count_queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params or {}).status_code == 200
    return len(queries)


def test_scorecard_ranking_and_compare_cost_the_same_queries_for_1_and_for_50_vendors(
    client, viewer, evaluator, manager
):
    strong, weak = compare_fixture(evaluator, manager)
    for vendor in (strong, weak):
        recompute_vendor(vendor.pk)
    client.force_login(viewer)
    pages = [
        (reverse("evaluations:scorecard", args=[strong.pk]), {}),
        (reverse("evaluations:ranking"), {}),
        (reverse("evaluations:compare"), {"vendors": [strong.pk, weak.pk], "profile": "balanced"}),
    ]
    before = [count_queries(client, url, params) for url, params in pages]
    for vendor in VendorFactory.create_batch(48):
        recompute_vendor(vendor.pk)
    after = [count_queries(client, url, params) for url, params in pages]
    # Each page: session, user, role, the unread count behind the header's bell; then the scorecard
    # reads the vendor, the profiles, the latest snapshot, its history, the labels and the criteria
    # that label the evaluators' answers (plus one for the user's open draft); the ranking
    # the profiles, how many vendors are not yet scored under the profile, how many are ranked (for
    # the pages) and the page of snapshots with their vendors; the comparison the vendor choices, the
    # profiles, the chosen snapshots, the labels and the contracts in force (for the cost row).
    assert after == before == [10, 8, 9]


def test_changing_the_profile_re_ranks_the_comparison(client, viewer, evaluator, manager):
    from evaluations.models import WeightProfile

    fast, deep = VendorFactory(name="Fast"), VendorFactory(name="Deep")
    template = approved_evaluation(fast, evaluator, manager, {"first_answer_hours": 0.5, "depth": 1}).template
    approved_evaluation(deep, evaluator, manager, {"first_answer_hours": 30, "depth": 5}, template=template)
    WeightProfile.objects.create(
        slug="speed-first", name_en="Speed", name_zh="速度", weights={"response_speed": 5, "support_depth": 1}
    )
    WeightProfile.objects.create(
        slug="depth-first", name_en="Depth", name_zh="深度", weights={"response_speed": 1, "support_depth": 5}
    )
    client.force_login(viewer)

    def order(profile):
        response = client.get(reverse("evaluations:compare"), {"vendors": [fast.pk, deep.pk], "profile": profile})
        return [c["vendor"].name for c in response.context["table"]["columns"]]

    assert order("speed-first") == ["Fast", "Deep"]
    assert order("depth-first") == ["Deep", "Fast"]


def test_the_admin_shows_evaluations_read_only_and_refuses_bad_profile_weights(client, manager, evaluator):
    manager.is_staff = True
    manager.save()
    evaluation = approved_evaluation(VendorFactory(), evaluator, manager, {"depth": 3})
    client.force_login(manager)
    assert client.get(f"/admin/evaluations/evaluation/{evaluation.pk}/change/").status_code == 200
    assert client.get("/admin/evaluations/evaluation/add/").status_code == 403
    assert client.get(f"/admin/evaluations/checklisttemplate/{evaluation.template_id}/change/").status_code == 200
    response = client.post(
        "/admin/evaluations/weightprofile/add/",
        {"slug": "zero", "name_en": "Zero", "name_zh": "零", "weights": '{"sla": 0}'},
    )
    assert response.status_code == 200
    assert "At least one dimension" in response.content.decode()


@pytest.mark.parametrize(
    ("page", "status"),
    [("vendors:vendor_list", 200), ("evaluations:compare", 200), ("home", 200), ("evaluations:ranking", 404)],
)
def test_pages_that_show_scores_do_not_fail_when_every_weight_profile_is_gone(client, viewer, page, status):
    from evaluations.models import WeightProfile

    VendorFactory(name="Unscored")
    WeightProfile.objects.all().delete()  # a database flushed after its migrations ran, or a bad admin day
    client.force_login(viewer)
    response = client.get(reverse(page))
    assert response.status_code == status  # the vendor list just has no score column; a ranking has nothing to rank by


def test_the_scorecard_reads_the_same_at_10_and_at_210_vendors(client, viewer):
    from tests.page_cost import reading, scored_vendors

    vendor = scored_vendors(10)[3]
    client.force_login(viewer)
    url = reverse("evaluations:scorecard", args=[vendor.pk])

    def cost():
        client.get(url)
        with reading() as read:
            assert client.get(url).status_code == 200
        return read

    small = cost()
    scored_vendors(200, history=1)
    large = cost()
    # session, user, role, bell; the vendor, the profiles, its latest snapshot, its trend (two
    # columns, at most TREND_POINTS rows), the criterion labels and the evaluator's open draft (none for a viewer)
    assert small.count == large.count == 9
    assert large.bytes <= small.bytes * 1.05, (small.bytes, large.bytes)


def test_the_trend_shows_the_newest_points_and_reads_two_columns_of_them(client, viewer):
    from evaluations.views.scores import TREND_POINTS
    from tests.page_cost import reading, scored_vendors

    vendor = scored_vendors(1, history=TREND_POINTS + 20)[0]
    latest = vendor.score_snapshots.get(is_latest=True)
    client.force_login(viewer)
    with reading() as read:
        response = client.get(reverse("evaluations:scorecard", args=[vendor.pk]))
    points = response.context["chart"]["trend"]["points"]
    assert len(points) == TREND_POINTS
    assert points[-1]["y"] == round(latest.overall, 1)  # the newest, not the oldest 200
    assert points == sorted(points, key=lambda p: p["x"])
    [trend] = [sql for sql in read.queries if sql.endswith(f"LIMIT {TREND_POINTS}")]
    selected = trend.split(" FROM ")[0]
    assert '"computed_at"' in selected
    assert '"overall"' in selected
    assert '"data"' not in selected
