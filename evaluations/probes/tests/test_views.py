"""The probe pages: who may see and do what, forms that refuse bad input, and pinned query counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from contracts.models import Contract, SlaCommitment
from evaluations.probes.choices import ProbeStatus, ReplyKind
from evaluations.probes.models import Probe, ProbeQuestion, ProbeRating, ProbeReply, ProbeSchedule
from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel, queued_probe, sent_probe
from vendors.choices import ChannelKind
from vendors.tests.factories import SupportChannelFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(evaluator):
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=4))
    probe.record_manual_reply(evaluator, received_at=timezone.now() - dt.timedelta(hours=3), kind="human", body="Hi")
    probe.refresh_from_db()
    return probe


def pages(probe) -> list[str]:
    return [
        reverse("probes:probe_list"),
        reverse("probes:probe_detail", args=[probe.pk]),
        reverse("probes:vendor_probes", args=[probe.vendor_id]),
        reverse("probes:schedule_list"),
        reverse("probes:question_list"),
    ]


def test_every_role_reads_the_probe_pages_and_a_stranger_is_refused(client, users, answered):
    for name, user in users.items():
        client.force_login(user)
        for url in pages(answered):
            expected = 403 if name == "stranger" else 200
            assert client.get(url).status_code == expected, (name, url)
    client.logout()
    assert client.get(pages(answered)[0]).status_code == 302


def test_only_evaluators_and_managers_see_the_to_do_list_and_probe_now(client, viewer, evaluator):
    client.force_login(viewer)
    assert client.get(reverse("probes:todo")).status_code == 403
    assert client.get(reverse("probes:probe_add")).status_code == 403
    client.force_login(evaluator)
    assert client.get(reverse("probes:todo")).status_code == 200


def test_the_dashboard_shows_the_measurements_against_the_sla(client, viewer, answered):
    contract = Contract.objects.create(vendor=answered.vendor, title="Support agreement", status="signed")
    SlaCommitment.objects.create(contract=contract, severity="P2", response_minutes=30, clock="calendar")
    client.force_login(viewer)
    page = client.get(reverse("probes:vendor_probes", args=[answered.vendor_id]))
    content = page.content.decode()
    assert "Support agreement" in content
    row = page.context["rows"][0][0]
    assert (row.severity, row.count, row.answered) == ("P2", 1, 1)
    assert row.sla_response.missed == 1  # answered after an hour against 30 minutes
    assert page.context["chart"]["datasets"]
    assert answered.subject in content


def test_the_dashboard_table_filters_with_htmx_and_empty_filters_mean_all(client, viewer):
    channel = email_channel()
    sent_probe(channel, sent_at=timezone.now() - dt.timedelta(hours=2), severity="P1")
    sent_probe(channel, sent_at=timezone.now() - dt.timedelta(hours=1), severity="P3")
    client.force_login(viewer)
    url = reverse("probes:vendor_probes", args=[channel.vendor_id])
    assert client.get(url).context["page"].paginator.count == 2
    fragment = client.get(url + "?severity=P1&status=", HTTP_HX_REQUEST="true")
    assert fragment.templates[0].name == "probes/_probe_table.html"
    assert fragment.context["page"].paginator.count == 1


def test_bad_filters_show_the_reason_instead_of_a_500(client, viewer):
    client.force_login(viewer)
    response = client.get(reverse("probes:probe_list") + "?severity=P9&since=notadate&vendor=x")
    assert response.status_code == 200
    assert response.context["filterset"].errors


def test_an_evaluator_logs_an_answer_resolves_and_rates_from_the_page(client, evaluator):
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=3))
    client.force_login(evaluator)
    when = timezone.localtime() - dt.timedelta(hours=2)
    response = client.post(
        reverse("probes:probe_reply", args=[probe.pk]),
        {"received_at": when.strftime("%Y-%m-%dT%H:%M"), "kind": "human", "body": "Try soft decoding."},
    )
    assert response.status_code == 302
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.ANSWERED
    assert probe.response_minutes in (59, 60)
    resolved = client.post(
        reverse("probes:probe_resolve", args=[probe.pk]),
        {"resolved_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"), "note": ""},
    )
    assert resolved.status_code == 302
    assert client.post(reverse("probes:probe_rate", args=[probe.pk]), {"score": "4"}).status_code == 302
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.RESOLVED
    assert probe.quality() == 4


def test_a_bad_answer_form_shows_errors_and_changes_nothing(client, evaluator):
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=3))
    client.force_login(evaluator)
    future = (timezone.localtime() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        reverse("probes:probe_reply", args=[probe.pk]), {"received_at": future, "kind": "human", "body": "x"}
    )
    assert response.status_code == 400
    assert response.context["reply_form"].errors["received_at"]
    bad_kind = client.post(reverse("probes:probe_reply", args=[probe.pk]), {"received_at": "garbage", "kind": "??"})
    assert bad_kind.status_code == 400
    assert ProbeReply.objects.count() == 0


def test_ratings_are_blind_until_you_rate(client, evaluator, manager, answered):
    answered.rate(manager, 2)
    client.force_login(evaluator)
    page = client.get(reverse("probes:probe_detail", args=[answered.pk]))
    assert page.context["ratings"] == []
    assert page.context["hidden_ratings"] == 1
    client.post(reverse("probes:probe_rate", args=[answered.pk]), {"score": "5"})
    page = client.get(reverse("probes:probe_detail", args=[answered.pk]))
    assert {r.score for r in page.context["ratings"]} == {2, 5}
    assert ProbeRating.objects.count() == 2


def test_probe_now_queues_a_probe_on_the_chosen_channel(client, evaluator):
    channel = email_channel()
    question = ProbeQuestionFactory(severity="P3")
    client.force_login(evaluator)
    form = client.get(reverse("probes:probe_add") + f"?vendor={channel.vendor_id}")
    assert [choice[0] for choice in form.context["form"].fields["channel"].choices] == [channel.pk]
    response = client.post(
        reverse("probes:probe_add"),
        {"vendor": channel.vendor_id, "channel": channel.pk, "question": question.pk, "language": "en"},
    )
    probe = Probe.objects.get()
    assert response.status_code == 302
    assert response["Location"] == probe.get_absolute_url()
    assert (probe.channel, probe.question, probe.severity) == (channel, question, "P3")


def test_probe_now_refuses_a_channel_of_another_vendor(client, evaluator):
    channel, other = email_channel(), email_channel()
    client.force_login(evaluator)
    response = client.post(
        reverse("probes:probe_add"),
        {"vendor": channel.vendor_id, "channel": other.pk, "severity": "P2", "language": "en"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["channel"]
    assert Probe.objects.count() == 0


def test_a_manual_probe_is_marked_sent_from_the_page(client, evaluator):
    probe = queued_probe(SupportChannelFactory(kind=ChannelKind.TICKET_PORTAL, address="https://desk.vendor.example"))
    Probe.objects.filter(pk=probe.pk).update(status=ProbeStatus.MANUAL)
    client.force_login(evaluator)
    assert probe.subject in client.get(reverse("probes:todo")).content.decode()
    when = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    assert client.post(reverse("probes:probe_mark_sent", args=[probe.pk]), {"sent_at": when}).status_code == 302
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.SENT


def test_managers_create_pause_and_resume_schedules(client, manager, evaluator):
    channel = email_channel()
    data = {
        "vendor": channel.vendor_id, "channel": channel.pk, "interval_days": "7", "cron": "", "window_start": "10:00",
        "window_end": "17:00", "language": "zh-hans", "starts_on": timezone.localdate().isoformat(), "ends_on": "",
        "mix_p1": "1", "mix_p2": "0", "mix_p3": "3", "mix_p4": "0",
    }  # fmt: skip
    client.force_login(evaluator)
    assert client.post(reverse("probes:schedule_add"), data).status_code == 403
    client.force_login(manager)
    assert client.post(reverse("probes:schedule_add"), data).status_code == 302
    schedule = ProbeSchedule.objects.get()
    assert schedule.severity_mix == {"P1": 1, "P3": 3}
    client.post(reverse("probes:schedule_action", args=[schedule.pk, "pause"]))
    schedule.refresh_from_db()
    assert schedule.is_paused
    client.post(reverse("probes:schedule_action", args=[schedule.pk, "resume"]))
    schedule.refresh_from_db()
    assert not schedule.is_paused
    assert schedule.next_slot_at is not None
    assert client.post(reverse("probes:schedule_action", args=[schedule.pk, "explode"])).status_code == 404


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"interval_days": "", "cron": "0 0 30 2 *"}, "cron"),
        ({"window_start": "18:00", "window_end": "09:00"}, "window_end"),
        ({"starts_on": "2026-12-01", "ends_on": "2026-11-01"}, "ends_on"),
        ({"mix_p1": "0", "mix_p3": "0"}, "mix_p1"),
        ({"mix_p2": "-4"}, "mix_p2"),
    ],
)
def test_bad_schedules_are_field_errors_on_the_form(client, manager, change, field):
    channel = email_channel()
    data = {
        "vendor": channel.vendor_id, "channel": channel.pk, "interval_days": "7", "cron": "", "window_start": "10:00",
        "window_end": "17:00", "language": "en", "starts_on": "2026-11-01", "ends_on": "",
        "mix_p1": "1", "mix_p2": "0", "mix_p3": "3", "mix_p4": "0", **change,
    }  # fmt: skip
    client.force_login(manager)
    response = client.post(reverse("probes:schedule_add"), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert ProbeSchedule.objects.count() == 0


def test_managers_add_and_retire_questions_from_the_page(client, manager):
    client.force_login(manager)
    response = client.post(
        reverse("probes:question_add"),
        {"category": "cdn", "severity": "P2", "title_en": "Pull 403s", "body_en": "Why do pulls fail with 403?"},
    )
    assert response.status_code == 302
    question = ProbeQuestion.objects.get(title_en="Pull 403s")
    client.post(reverse("probes:question_retire", args=[question.pk]))
    question.refresh_from_db()
    assert not question.is_active
    listing = client.get(reverse("probes:question_list"))
    assert question not in listing.context["page"].object_list  # the default view shows questions in use


def test_list_pages_run_a_fixed_number_of_queries(client, viewer, evaluator):
    channel = email_channel()

    def add(count):
        for _ in range(count):
            probe = sent_probe(channel, sent_at=timezone.now() - dt.timedelta(hours=2))
            probe.record_manual_reply(evaluator, received_at=timezone.now(), kind=ReplyKind.HUMAN, body="ok")

    client.force_login(viewer)
    counts = {}
    for size in (1, 20):
        add(size if size == 1 else size - 1)
        for name, url in [
            ("list", reverse("probes:probe_list")),
            ("dashboard", reverse("probes:vendor_probes", args=[channel.vendor_id])),
        ]:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts[(name, size)] = len(queries)
    assert counts[("list", 1)] == counts[("list", 20)]
    # The dashboard measures every probe of the year in one query set; per-probe work happens in Python.
    assert counts[("dashboard", 1)] == counts[("dashboard", 20)]
    print("queries:", counts)


def test_only_those_who_send_probes_by_hand_see_the_vendors_reply_link(client, viewer, evaluator):
    probe = queued_probe()
    client.force_login(viewer)
    assert probe.reply_token not in client.get(probe.get_absolute_url()).content.decode()
    client.force_login(evaluator)
    assert probe.reply_token in client.get(probe.get_absolute_url()).content.decode()


def test_probe_now_starts_by_choosing_a_vendor(client, evaluator):
    channel = email_channel()
    client.force_login(evaluator)
    picker = client.get(reverse("probes:probe_add"))
    assert channel.vendor in list(picker.context["vendors"])
    assert "form" not in picker.context
    assert client.get(reverse("probes:probe_add") + "?vendor=99999999999999999999999").context["vendor"] is None


def test_the_probe_list_filters_by_a_vendors_name_and_names_the_chosen_vendor(client, viewer):
    from vendors.tests.factories import VendorFactory

    streamer = email_channel(
        vendor=VendorFactory(name="Streamer Works", name_en="Streamer Works", name_zh="流媒体科技")
    )
    other = email_channel(vendor=VendorFactory(name="Other Co", name_en="Other Co", name_zh="别的公司"))
    mine, theirs = queued_probe(streamer), queued_probe(other)
    client.force_login(viewer)
    page = client.get(reverse("probes:probe_list")).content.decode()
    assert 'name="vendor_q"' in page
    assert '<select name="vendor"' not in page  # no menu of every vendor

    for query in ({"vendor_q": "streamer"}, {"vendor_q": "流媒体"}, {"vendor": streamer.vendor_id}):
        page = client.get(reverse("probes:probe_list"), query).content.decode()
        assert mine.get_absolute_url() in page, query
        assert theirs.get_absolute_url() not in page, query
    page = client.get(reverse("probes:probe_list"), {"vendor": streamer.vendor_id}).content.decode()
    assert f'name="vendor" value="{streamer.vendor_id}"' in page
    assert "Streamer Works" in page


def test_the_schedule_list_is_paginated_and_counts_each_schedules_sent_probes(client, viewer, monkeypatch):
    from evaluations.probes import views
    from evaluations.probes.tests.factories import schedule_for

    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    schedules = [schedule_for() for _ in range(3)]
    for n, schedule in enumerate(schedules):
        for _ in range(n):
            probe = sent_probe(schedule.channel, sent_at=timezone.now() - dt.timedelta(hours=1))
            Probe.objects.filter(pk=probe.pk).update(schedule=schedule)
        unsent = queued_probe(schedule.channel)  # a probe not sent yet is not counted
        Probe.objects.filter(pk=unsent.pk).update(schedule=schedule)
    client.force_login(viewer)
    first = client.get(reverse("probes:schedule_list"))
    second = client.get(reverse("probes:schedule_list"), {"page": 2})
    assert len(first.context["schedules"]) == 2
    assert len(second.context["schedules"]) == 1
    sent = {schedule.pk: schedule.sent for response in (first, second) for schedule in response.context["schedules"]}
    assert sent == {schedule.pk: n for n, schedule in enumerate(schedules)}
    assert "page=2" in first.content.decode()
