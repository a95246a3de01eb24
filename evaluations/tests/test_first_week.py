"""What a new team tripped over in its first week (issue 8's list), each pinned by a test."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from evaluations.models import Evaluation, PendingRecompute, ScoreSnapshot, WeightProfile
from evaluations.tests.factories import approved_evaluation, small_template
from evaluations.views import scores
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def evaluations(evaluator, manager):
    template = small_template()
    vendors = [VendorFactory(name=f"Vendor {n}") for n in range(3)]
    submitted = Evaluation.objects.create(vendor=vendors[0], template=template, evaluator=evaluator)
    submitted.save_answer(template.criteria.get(key="depth"), {"value": 3}, evaluator, 0)
    submitted.submit(evaluator)
    draft = Evaluation.objects.create(vendor=vendors[1], template=template, evaluator=evaluator)
    approved = approved_evaluation(vendors[2], evaluator, manager, {"depth": 4}, template=template)
    return {"submitted": submitted, "draft": draft, "approved": approved}


def listed(response) -> set[int]:
    return {evaluation.pk for evaluation in response.context["page"]}


class TestEvaluationList:
    def test_without_filters_an_evaluator_sees_every_evaluation(self, client, evaluator, evaluations):
        client.force_login(evaluator)
        response = client.get(reverse("evaluations:evaluation_list"))
        assert listed(response) == {e.pk for e in evaluations.values()}

    def test_a_managers_default_view_is_what_awaits_review(self, client, manager, evaluations):
        client.force_login(manager)
        response = client.get(reverse("evaluations:evaluation_list"))
        assert listed(response) == {evaluations["submitted"].pk}
        assert "Show all evaluations" in response.content.decode()

    def test_empty_filters_mean_all_without_an_error(self, client, manager, evaluations):
        client.force_login(manager)
        response = client.get(reverse("evaluations:evaluation_list") + "?status=&evaluator=")
        assert listed(response) == {e.pk for e in evaluations.values()}
        assert "Select a valid choice" not in response.content.decode()

    def test_the_evaluator_filter_matches_part_of_a_name(self, client, manager, evaluator, evaluations):
        evaluator.first_name = "Lin"
        evaluator.save()
        client.force_login(manager)
        assert len(listed(client.get(reverse("evaluations:evaluation_list") + "?evaluator=LI"))) == 3
        assert listed(client.get(reverse("evaluations:evaluation_list") + "?evaluator=nobody")) == set()

    def test_a_manager_paging_through_the_default_view_stays_in_it(self, client, manager, evaluator):
        template = small_template()
        for n in range(30):
            Evaluation.objects.create(vendor=VendorFactory(name=f"Many {n}"), template=template, evaluator=evaluator)
        client.force_login(manager)
        response = client.get(reverse("evaluations:evaluation_list") + "?page=2")
        assert response.context["awaiting_review"] is True


class TestRanking:
    def test_the_ranking_defaults_to_the_default_profile_like_the_api(self, client, viewer, evaluator, manager):
        vendor = VendorFactory(name="Ranked")
        approved_evaluation(vendor, evaluator, manager, {"depth": 5, "sla_signed": "yes"})
        client.force_login(viewer)
        response = client.get(reverse("evaluations:ranking"))
        assert [s.vendor_id for s in response.context["snapshots"]] == [vendor.pk]

    def test_a_new_profile_ranks_at_once(self, client, viewer, evaluator, manager):
        vendor = VendorFactory(name="Ranked")
        approved_evaluation(vendor, evaluator, manager, {"depth": 5})
        profile = WeightProfile.objects.create(slug="fresh", name_en="Fresh", name_zh="新", weights={"sla": 2})
        ScoreSnapshot.objects.filter(profile=profile).delete()  # as if the debounced recompute had not run yet
        client.force_login(viewer)
        response = client.get(reverse("evaluations:ranking") + "?profile=fresh")
        assert [s.vendor_id for s in response.context["snapshots"]] == [vendor.pk]
        assert response.context["computing"] == 0

    def test_many_unscored_vendors_are_handed_to_the_workers_and_the_page_says_so(self, client, viewer, monkeypatch):
        monkeypatch.setattr(scores, "INLINE_RECOMPUTE_LIMIT", 2)
        woken = []
        monkeypatch.setattr(scores, "wake_after_commit", lambda: woken.append(True))
        vendors = [VendorFactory(name=f"Unscored {n}") for n in range(3)]
        ScoreSnapshot.objects.all().delete()
        client.force_login(viewer)
        response = client.get(reverse("evaluations:ranking"))
        assert set(PendingRecompute.objects.values_list("vendor_id", flat=True)) >= {v.pk for v in vendors}
        assert woken == [True]
        body = response.content.decode()
        assert "3 vendors still to go" in body
        assert 'hx-trigger="every 3s"' in body


def test_the_sort_menu_speaks_the_pages_language(client, viewer):
    client.force_login(viewer)
    with translation.override("zh-hans"):
        client.get(reverse("vendors:vendor_list"), headers={"Accept-Language": "zh-hans"})
    response = client.get(reverse("vendors:vendor_list"), headers={"Accept-Language": "en"})
    labels = [str(label) for _, label in response.context["filterset"].form.fields["ordering"].choices]
    assert "Name (descending)" in labels
    assert not any("名称" in label or "降序" in label for label in labels)
    from vendors.filtersets import VendorFilterSet

    with translation.override("zh-hans"):
        zh = [str(label) for _, label in VendorFilterSet().form.fields["ordering"].choices]
    assert not any("descending" in label or label == "Last updated" for label in zh)


@pytest.fixture
def draft(evaluator):
    return Evaluation.objects.create(
        vendor=VendorFactory(name="Drafted"), template=small_template(), evaluator=evaluator
    )


def post_answer(client, evaluation, key, revision=0, **fields):
    criterion = evaluation.template.criteria.get(key=key)
    url = reverse("evaluations:answer_save", args=[evaluation.pk, criterion.pk])
    data = {f"c{criterion.pk}-revision": revision, **{f"c{criterion.pk}-{k}": v for k, v in fields.items()}}
    return client.post(url, data, headers={"HX-Request": "true"})


class TestEvaluationForm:
    def test_autosave_refreshes_the_dimensions_counters(self, client, evaluator, draft):
        client.force_login(evaluator)
        body = post_answer(client, draft, "first_answer_hours", value="2.5").content.decode()
        assert 'id="dim-count-response_speed" hx-swap-oob="true">1/1<' in body
        assert 'id="dim-nav-count-response_speed" hx-swap-oob="true">1/1<' in body

    def test_a_red_flag_shows_only_when_the_answer_raises_it(self, client, evaluator, draft):
        client.force_login(evaluator)
        page = client.get(draft.get_absolute_url()).content.decode()
        assert "⚑" not in page
        assert "Raises a red flag when: No SLA." in page  # the rule, as help text
        assert "⚑" not in post_answer(client, draft, "sla_signed", value="yes").content.decode()
        assert "⚑ Red flag: No SLA" in post_answer(client, draft, "sla_signed", revision=1, value="no").content.decode()

    @pytest.mark.parametrize("typed", ["abc", "1,234.5", "1,2,3"])
    def test_a_number_that_is_not_one_is_refused_and_the_saved_answer_kept(self, client, evaluator, draft, typed):
        client.force_login(evaluator)
        post_answer(client, draft, "first_answer_hours", value="4")
        response = post_answer(client, draft, "first_answer_hours", revision=1, value=typed)
        assert response.status_code == 400
        assert "Enter a number" in response.content.decode()
        assert draft.answers.get(criterion__key="first_answer_hours").value == 4

    @pytest.mark.parametrize(("typed", "saved"), [("3,5", 3.5), ("3.5", 3.5), ("３.５", 3.5), (" 12 ", 12)])
    def test_a_decimal_comma_is_a_decimal_point_never_thousands(self, client, evaluator, draft, typed, saved):
        client.force_login(evaluator)
        assert post_answer(client, draft, "first_answer_hours", value=typed).status_code == 200
        assert draft.answers.get(criterion__key="first_answer_hours").value == saved

    def test_a_number_field_shows_its_unit_and_the_question_labels_it(self, client, evaluator, draft):
        criterion = draft.template.criteria.get(key="first_answer_hours")
        criterion.rule = {**criterion.rule, "unit_en": "hours", "unit_zh": "小时"}
        criterion.save()
        client.force_login(evaluator)
        page = client.get(draft.get_absolute_url()).content.decode()
        assert f'<label class="question" for="id_c{criterion.pk}-value">' in page
        assert '<span class="unit">hours</span>' in page


class TestTimesInTheReadersZone:
    """Approved at 2026-03-01 20:30 UTC = 2026-03-02 04:30 in Shanghai: the date differs."""

    @pytest.fixture
    def vendor(self, evaluator, manager):
        import datetime as dt

        import time_machine

        vendor = VendorFactory(name="Zoned")
        with time_machine.travel(dt.datetime(2026, 3, 1, 20, 30, tzinfo=dt.UTC), tick=False):
            approved_evaluation(vendor, evaluator, manager, {"depth": 4})
        from evaluations.scorecards import recompute_vendor

        recompute_vendor(vendor.pk)
        return vendor

    def test_the_scorecard_shows_approval_dates_in_the_readers_zone(self, client, viewer, vendor):
        client.force_login(viewer)
        body = client.get(reverse("evaluations:scorecard", args=[vendor.pk])).content.decode()
        assert "2026-03-02 04:30" in body
        assert "2026-03-01" not in body

    def test_the_api_states_reviewed_at_with_the_readers_offset(self, api_as, viewer, vendor):
        data = api_as(viewer).get(f"/api/vendors/{vendor.pk}/scorecard/").json()
        assert data["evaluators"][0]["reviewed_at"].startswith("2026-03-02T04:30:00")
        assert data["evaluators"][0]["reviewed_at"].endswith("+08:00")
        assert data["computed_at"].endswith("+08:00")

    def test_the_trend_chart_is_spaced_and_labelled_in_the_readers_zone(self, vendor):
        import datetime as dt

        from evaluations.presentation import chart_payload, wall_clock_ms

        moments = [dt.datetime(2026, 3, 1, 20, 30, tzinfo=dt.UTC), dt.datetime(2026, 3, 11, 20, 30, tzinfo=dt.UTC)]
        snapshot = ScoreSnapshot.objects.filter(vendor=vendor).first()
        points = chart_payload([snapshot], [(moments[0], 50.0), (moments[1], 60.04)])["trend"]["points"]
        assert points[1]["x"] - points[0]["x"] == 10 * 86_400_000  # proportional to time
        assert points[0]["x"] == wall_clock_ms(moments[0])
        assert dt.datetime.fromtimestamp(points[0]["x"] / 1000, dt.UTC).strftime("%m-%d %H:%M") == "03-02 04:30"
        assert points[1]["y"] == 60.0


class TestHistory:
    @pytest.fixture
    def multi(self, evaluator):
        from evaluations.tests.factories import CriterionFactory

        template = small_template()
        CriterionFactory(
            template=template,
            key="team",
            dimension="team_stability",
            answer_type="single",
            rule={"options": [
                {"key": "in_house", "label_en": "In-house team", "label_zh": "自有团队", "score": 100},
                {"key": "outsourced", "label_en": "Outsourced", "label_zh": "外包", "score": 20},
            ]},
        )  # fmt: skip
        return Evaluation.objects.create(vendor=VendorFactory(name="Historic"), template=template, evaluator=evaluator)

    def test_the_history_shows_labels_not_codes(self, client, evaluator, multi):
        client.force_login(evaluator)
        post_answer(client, multi, "team", value="in_house")
        post_answer(client, multi, "team", revision=1, value="outsourced")
        post_answer(client, multi, "sla_signed", value="yes")
        body = client.get(reverse("evaluations:evaluation_history", args=[multi.pk])).content.decode()
        assert "<del>In-house team</del> → <ins>Outsourced</ins>" in body
        assert "<ins>Yes</ins>" in body
        assert "in_house" not in body
        assert ">yes<" not in body

    def test_saving_the_same_answer_again_records_nothing(self, client, evaluator, multi):
        client.force_login(evaluator)
        post_answer(client, multi, "first_answer_hours", value="6")
        events = multi.events.count()
        response = post_answer(client, multi, "first_answer_hours", revision=1, value="6.0")
        assert response.status_code == 200
        assert multi.events.count() == events
        assert multi.answers.get(criterion__key="first_answer_hours").revision == 1

    def test_adding_evidence_says_what_changed(self, client, evaluator, multi):
        client.force_login(evaluator)
        post_answer(client, multi, "first_answer_hours", value="6")
        post_answer(client, multi, "first_answer_hours", revision=1, value="6", note="Asked on WeChat at 10:02")
        body = client.get(reverse("evaluations:evaluation_history", args=[multi.pk])).content.decode()
        assert "Evidence note:</span> <ins>Asked on WeChat at 10:02</ins>" in body
        row = body.split("Asked on WeChat")[0].rsplit("<tr", 1)[1]
        assert "Answer:" not in row  # the unchanged answer is not repeated


class TestStartingAnEvaluation:
    def test_a_second_click_continues_the_open_draft(self, client, evaluator):
        vendor = VendorFactory(name="Twice")
        small_template()
        client.force_login(evaluator)
        url = reverse("evaluations:evaluation_start", args=[vendor.pk])
        first = client.post(url)
        second = client.post(url)
        assert Evaluation.objects.filter(vendor=vendor).count() == 1
        draft = Evaluation.objects.get(vendor=vendor)
        assert second["Location"] == f"{draft.get_absolute_url()}?offer_new=1"
        assert first["Location"] == draft.get_absolute_url()
        page = client.get(second["Location"]).content.decode()
        assert "Start a new evaluation instead" in page

    def test_a_new_one_can_still_be_started_on_purpose(self, client, evaluator):
        vendor = VendorFactory(name="Twice")
        small_template()
        client.force_login(evaluator)
        url = reverse("evaluations:evaluation_start", args=[vendor.pk])
        client.post(url)
        client.post(url, {"new": "1"})
        assert Evaluation.objects.filter(vendor=vendor).count() == 2

    def test_the_scorecard_offers_to_continue(self, client, evaluator):
        vendor = VendorFactory(name="Twice")
        draft = Evaluation.objects.create(vendor=vendor, template=small_template(), evaluator=evaluator)
        client.force_login(evaluator)
        page = client.get(reverse("evaluations:scorecard", args=[vendor.pk])).content.decode()
        assert f'href="{draft.get_absolute_url()}">Continue my evaluation' in page


class TestSeveralEvidenceFiles:
    PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

    def upload(self, client, evaluation, revision, *names):
        from django.core.files.uploadedfile import SimpleUploadedFile

        criterion = evaluation.template.criteria.get(key="depth")
        url = reverse("evaluations:answer_save", args=[evaluation.pk, criterion.pk])
        files = [SimpleUploadedFile(name, self.PNG, content_type="image/png") for name in names]
        data = {
            f"c{criterion.pk}-revision": revision,
            f"c{criterion.pk}-value": "3",
            f"c{criterion.pk}-evidence": files,
        }
        return client.post(url, data, headers={"HX-Request": "true"})

    def test_a_second_file_is_added_not_swapped_and_both_are_named(self, client, evaluator, draft):
        client.force_login(evaluator)
        self.upload(client, draft, 0, "chat.png")
        body = self.upload(client, draft, 1, "ticket.png").content.decode()
        answer = draft.answers.get(criterion__key="depth")
        assert [f.name for f in answer.files.all()] == ["chat.png", "ticket.png"]
        assert "chat.png" in body
        assert "ticket.png" in body

    def test_several_files_at_once(self, client, evaluator, draft):
        client.force_login(evaluator)
        self.upload(client, draft, 0, "a.png", "b.png", "c.png")
        assert draft.answers.get(criterion__key="depth").files.count() == 3

    def test_one_file_can_be_removed_and_the_history_says_which(
        self, client, evaluator, draft, django_capture_on_commit_callbacks
    ):
        client.force_login(evaluator)
        self.upload(client, draft, 0, "keep.png", "drop.png")
        answer = draft.answers.get(criterion__key="depth")
        drop = answer.files.get(name="drop.png")
        url = reverse("evaluations:evidence_delete", args=[drop.pk])
        with django_capture_on_commit_callbacks(execute=True):  # the stored file goes once the row is gone
            response = client.post(url, headers={"HX-Request": "true"})
        assert response.status_code == 200
        assert [f.name for f in answer.files.all()] == ["keep.png"]
        assert not drop.file.storage.exists(drop.file.name)
        history = client.get(reverse("evaluations:evaluation_history", args=[draft.pk])).content.decode()
        assert "<del>keep.png, drop.png</del> → <ins>keep.png</ins>" in history

    def test_a_viewer_cannot_remove_and_a_stranger_cannot_download(self, client, evaluator, viewer, stranger, draft):
        client.force_login(evaluator)
        self.upload(client, draft, 0, "secret.png")
        evidence = draft.answers.get(criterion__key="depth").files.get()
        client.force_login(viewer)
        assert client.post(reverse("evaluations:evidence_delete", args=[evidence.pk])).status_code == 403
        # A draft's files are its evaluator's until it is submitted; then every role reads them.
        assert client.get(reverse("evaluations:evidence_download", args=[evidence.pk])).status_code == 404
        draft.submit(evaluator)
        assert client.get(reverse("evaluations:evidence_download", args=[evidence.pk])).status_code == 200
        client.force_login(stranger)
        assert client.get(reverse("evaluations:evidence_download", args=[evidence.pk])).status_code == 403

    def test_the_api_lists_the_files(self, client, api_as, evaluator, draft):
        client.force_login(evaluator)
        self.upload(client, draft, 0, "one.png", "two.png")
        data = api_as(evaluator).get(f"/api/evaluations/{draft.pk}/").json()
        (answer,) = [a for a in data["answers"] if a["criterion"] == "depth"]
        assert [f["name"] for f in answer["evidence"]] == ["one.png", "two.png"]
        assert answer["evidence"][0]["url"].endswith(f"/evaluations/evidence/{answer['evidence'][0]['id']}/")


def test_stored_evidence_is_shown_in_the_readers_language(client, api_as, viewer):
    from evaluations.scorecards import recompute_vendor

    vendor = VendorFactory(name="In House Co", support_team="in-house")
    with translation.override("zh-hans"):  # computed by a worker whose language was Chinese
        recompute_vendor(vendor.pk)
    client.force_login(viewer)
    body = client.get(reverse("evaluations:scorecard", args=[vendor.pk]), headers={"Accept-Language": "en"})
    text = body.content.decode()
    assert "自有团队" not in text
    assert "In-house" in text
    data = api_as(viewer).get(f"/api/vendors/{vendor.pk}/scorecard/", HTTP_ACCEPT_LANGUAGE="en").json()
    lines = [line for lines in data["breakdown"].values() for line in lines]
    (line,) = [line for line in lines if line["key"] == "fact_support_team_in_house"]
    assert line["evidence"] == "In-house"


class TestSubmittingWithGaps:
    def test_unanswered_questions_are_counted_by_dimension_before_submitting(self, client, evaluator, draft):
        client.force_login(evaluator)
        post_answer(client, draft, "depth", value="4")
        response = client.post(reverse("evaluations:evaluation_submit", args=[draft.pk]))
        draft.refresh_from_db()
        assert draft.status == "draft"  # not yet: asked first
        assert response["Location"].endswith("?confirm_submit=1#submit-check")
        page = client.get(response["Location"]).content.decode()
        assert "2 questions are still unanswered" in page
        assert "SLA</a>: 1" in page
        assert "Response speed</a>: 1" in page
        client.post(reverse("evaluations:evaluation_submit", args=[draft.pk]), {"confirm": "1"})
        draft.refresh_from_db()
        assert draft.status == "submitted"

    def test_a_complete_evaluation_is_submitted_at_once(self, client, evaluator, draft):
        client.force_login(evaluator)
        post_answer(client, draft, "depth", value="4")
        post_answer(client, draft, "sla_signed", value="yes")
        post_answer(client, draft, "first_answer_hours", value="2")
        client.post(reverse("evaluations:evaluation_submit", args=[draft.pk]))
        draft.refresh_from_db()
        assert draft.status == "submitted"

    def test_the_form_folds_by_dimension_and_offers_the_next_unanswered(self, client, evaluator, draft):
        client.force_login(evaluator)
        page = client.get(draft.get_absolute_url()).content.decode()
        assert '<details class="card dimension" id="dim-sla" open>' in page
        assert "data-next-unanswered" in page


class TestScorecardExplains:
    def test_each_answer_appears_beside_its_score_in_the_readers_language(self, client, viewer, evaluator, manager):
        from evaluations.scorecards import recompute_vendor

        vendor = VendorFactory(name="Answered Co")
        template = small_template()
        template.is_current = True
        template.save()
        approved_evaluation(vendor, evaluator, manager, {"sla_signed": "no", "depth": 4}, template=template)
        recompute_vendor(vendor.pk)
        client.force_login(viewer)
        url = reverse("evaluations:scorecard", args=[vendor.pk])
        body = client.get(url, headers={"Accept-Language": "en"}).content.decode()
        assert f'<span class="muted">{evaluator.username}:</span> <strong>No</strong>' in body
        assert "<strong>4/5</strong>" in body
        zh = client.get(url, headers={"Accept-Language": "zh-hans"}).content.decode()
        assert f'<span class="muted">{evaluator.username}:</span> <strong>否</strong>' in zh

    def test_coverage_and_spread_are_explained_on_the_page(self, client, viewer):
        vendor = VendorFactory(name="Explained Co")
        client.force_login(viewer)
        body = client.get(reverse("evaluations:scorecard", args=[vendor.pk])).content.decode()
        assert 'id="what-coverage"' in body
        assert 'href="#what-coverage"' in body
        assert 'id="what-spread"' in body


class TestCompareForADecision:
    @pytest.fixture
    def pair(self, evaluator, manager):
        template = small_template()
        strong, weak = VendorFactory(name="Strong"), VendorFactory(name="Weak")
        answers = {"depth": 5, "sla_signed": "yes", "first_answer_hours": 1}
        approved_evaluation(strong, evaluator, manager, answers, template=template)
        approved_evaluation(weak, evaluator, manager, {**answers, "sla_signed": "no"}, template=template)
        return strong, weak

    def get(self, client, pair, **extra):
        params = {"vendors": [v.pk for v in pair], "profile": "balanced", **extra}
        return client.get(reverse("evaluations:compare"), params)

    def test_red_flags_come_first_with_why_the_grade_is_capped_coverage_and_evaluators(self, client, viewer, pair):
        client.force_login(viewer)
        self.get(client, pair)  # computes the snapshots
        # As the engine stores a grade that a confirmed flag lowered (B → C here):
        capped = ScoreSnapshot.objects.latest().get(vendor=pair[1], profile__slug="balanced")
        capped.data = {**capped.data, "grade_capped": True}
        capped.grade = "C"
        capped.save()
        body = self.get(client, pair).content.decode()
        table = body[body.index('<table class="table compare">') :]
        assert table.index("Red flags") < table.index("Why the grade is capped") < table.index('class="dim"')
        assert "Capped at C by confirmed red flags: No SLA (1 of 1 evaluators)" in table
        summary = self.get(client, pair).context["table"]["summary"]
        assert [s["evaluators"] for s in summary] == [1, 1]

    def test_differences_only_hides_questions_every_vendor_scored_the_same(self, client, viewer, pair):
        client.force_login(viewer)
        every = self.get(client, pair).context["table"]
        keys = [c["key"] for d in every["dimensions"] for c in d["criteria"]]
        assert {"depth", "sla_signed", "first_answer_hours"} <= set(keys)
        differences = self.get(client, pair, differences="1")
        keys = [c["key"] for d in differences.context["table"]["dimensions"] for c in d["criteria"]]
        assert "sla_signed" in keys
        assert "depth" not in keys
        assert "first_answer_hours" not in keys
        assert "Show every question" in differences.content.decode()

    def test_each_dimension_folds(self, client, viewer, pair):
        client.force_login(viewer)
        body = self.get(client, pair).content.decode()
        assert '<button type="button" class="fold" aria-expanded="true" aria-controls="cmp-sla">' in body


class TestVendorListScores:
    def test_the_list_shows_each_vendors_score_and_grade_under_the_chosen_profile(
        self, client, viewer, evaluator, manager
    ):
        from evaluations.scorecards import recompute_vendor

        vendor = VendorFactory(name="Scored Co")
        approved_evaluation(vendor, evaluator, manager, {"depth": 5, "sla_signed": "yes", "first_answer_hours": 1})
        VendorFactory(name="Unscored Co")
        recompute_vendor(vendor.pk)
        client.force_login(viewer)
        body = client.get(reverse("vendors:vendor_list")).content.decode()
        assert "Score (Balanced)" in body
        row = body.split("Scored Co")[1].split("</tr>")[0]
        balanced = ScoreSnapshot.objects.latest().get(vendor=vendor, profile__slug="balanced")
        assert f"{balanced.overall:.0f}" in row
        assert f'<span class="grade grade-{balanced.grade}">' in row
        body = client.get(reverse("vendors:vendor_list"), {"profile": "overseas"}).content.decode()
        assert "Score (" in body
        assert 'value="overseas" selected' in body

    def test_vendors_still_import_nothing_from_the_floors_above(self):
        import pathlib

        for path in pathlib.Path("vendors").rglob("*.py"):
            if "tests" in path.parts:
                continue
            text = path.read_text()
            assert "from evaluations" not in text, path
            assert "import evaluations" not in text, path


class TestNumbersAndWords:
    def test_one_of_a_unit_is_singular_in_english(self):
        from evaluations.models import singular

        assert [singular(u) for u in ["hours", "people", "changes", "business days", "less"]] == [
            "hour",
            "person",
            "change",
            "business day",
            "less",
        ]

    def test_the_scorecard_shows_spreads_and_counts_as_whole_numbers(self, client, viewer, evaluator, manager):
        import re

        from django.contrib.auth.models import Group

        from evaluations.scorecards import recompute_vendor

        vendor = VendorFactory(name="Spread Co")
        template = small_template()
        second = type(evaluator).objects.create_user("eve2")
        second.groups.add(Group.objects.get(name="evaluator"))
        approved_evaluation(vendor, evaluator, manager, {"depth": 5}, template=template)
        approved_evaluation(vendor, second, manager, {"depth": 2}, template=template)
        recompute_vendor(vendor.pk)
        client.force_login(viewer)
        body = client.get(reverse("evaluations:scorecard", args=[vendor.pk])).content.decode()
        cells = re.findall(r'<td class="num">([^<]*)</td>', body)
        assert not [c for c in cells if re.fullmatch(r"\d+\.0", c.strip())], cells

    def test_line_breaks_survive_in_a_text_answer(self, client, viewer, evaluator, manager):
        from evaluations.tests.factories import CriterionFactory

        template = small_template()
        CriterionFactory(template=template, key="story", dimension="support_depth", answer_type="text")
        evaluation = approved_evaluation(
            VendorFactory(name="Storied"), evaluator, manager, {"story": "First line\nSecond line"}, template=template
        )
        client.force_login(viewer)
        assert "First line<br>Second line" in client.get(evaluation.get_absolute_url()).content.decode()
