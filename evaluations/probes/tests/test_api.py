"""/api/probes/, /api/probe-schedules/, /api/probe-questions/, /api/channels/ and /api/vendors/{id}/probe-metrics/."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contracts.choices import SlaClock
from contracts.models import Contract, SlaCommitment
from evaluations.probes.choices import ProbeStatus, ReplyKind
from evaluations.probes.models import Probe, ProbeQuestion, ProbeReply, ProbeSchedule
from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel, queued_probe, sent_probe
from vendors.choices import ChannelKind
from vendors.models import SupportChannel
from vendors.tests.factories import SupportChannelFactory, VendorFactory

pytestmark = pytest.mark.django_db


def test_every_probe_endpoint_refuses_anonymous_requests_with_401(api):
    vendor = VendorFactory()
    for url in ["/api/probes/", "/api/probe-schedules/", "/api/probe-questions/", "/api/channels/",
                f"/api/vendors/{vendor.pk}/probe-metrics/"]:  # fmt: skip
        assert api.get(url).status_code == 401, url
    assert api.post("/api/probes/", {}, format="json").status_code == 401


def test_a_stranger_with_no_role_is_refused(api_as, stranger):
    client = api_as(stranger)
    for url in ["/api/probes/", "/api/probe-schedules/", "/api/probe-questions/", "/api/channels/"]:
        assert client.get(url).status_code == 403, url


# --- probes ---------------------------------------------------------------------------------------
def test_an_evaluator_queues_a_probe_and_it_is_sent_at_once(
    api_as, evaluator, smtp, django_capture_on_commit_callbacks
):
    channel = email_channel()
    question = ProbeQuestionFactory(severity="P1")
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(evaluator).post(
            "/api/probes/", {"vendor": channel.vendor_id, "channel": channel.pk, "question": question.pk}, format="json"
        )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == ProbeStatus.QUEUED  # as queued; the wake-up after commit sends it
    assert body["severity"] == "P1"
    assert body["question"] == question.pk
    assert [m["Message-ID"] for m in smtp.wait_for(1)] == [body["message_id"]]
    assert Probe.objects.get(pk=body["id"]).status == ProbeStatus.SENT


def test_without_a_question_the_least_recently_asked_of_the_severity_is_chosen(api_as, evaluator):
    channel = email_channel()
    response = api_as(evaluator).post(
        "/api/probes/", {"vendor": channel.vendor_id, "channel": channel.pk, "severity": "P4"}, format="json"
    )
    assert response.status_code == 201
    assert ProbeQuestion.objects.get(pk=response.json()["question"]).severity == "P4"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"severity": "P9"}, "severity"),
        ({"severity": "critical"}, "severity"),
        ({"channel": "other-vendor"}, "channel"),
        ({"channel": "inactive"}, "channel"),
        ({"question": "retired"}, "question"),
        ({"question": "p1", "severity": "P3"}, "severity"),
        ({"vendor": 999999}, "vendor"),
        ({"language": "fr"}, "language"),
    ],
)
def test_bad_probe_requests_are_400_with_the_field_and_create_nothing(api_as, evaluator, body, field):
    channel = email_channel()
    retired = ProbeQuestionFactory(severity="P2")
    retired.retire()
    replacements = {
        "other-vendor": email_channel().pk,
        "inactive": SupportChannelFactory(vendor=channel.vendor, is_active=False).pk,
        "retired": retired.pk,
        "p1": ProbeQuestionFactory(severity="P1").pk,
    }
    data = {"vendor": channel.vendor_id, "channel": channel.pk, **body}
    data = {key: replacements.get(value, value) if isinstance(value, str) else value for key, value in data.items()}
    response = api_as(evaluator).post("/api/probes/", data, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert Probe.objects.count() == 0


def test_viewers_read_probes_but_cannot_create_or_log(api_as, viewer):
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=1))
    client = api_as(viewer)
    assert client.get(f"/api/probes/{probe.pk}/").status_code == 200
    channel = probe.channel
    assert (
        client.post("/api/probes/", {"vendor": channel.vendor_id, "channel": channel.pk}, format="json").status_code
        == 403
    )
    reply = {"received_at": timezone.now().isoformat(), "body": "x"}
    assert client.post(f"/api/probes/{probe.pk}/replies/", reply, format="json").status_code == 403
    assert ProbeReply.objects.count() == 0


def test_a_probe_reads_with_its_measurements_replies_and_attempts(api_as, viewer, evaluator):
    sent = timezone.now() - dt.timedelta(hours=5)
    probe = sent_probe(sent_at=sent)
    probe.record_manual_reply(evaluator, received_at=sent + dt.timedelta(minutes=90), kind=ReplyKind.HUMAN, body="ok")
    body = api_as(viewer).get(f"/api/probes/{probe.pk}/").json()
    required = {
        "id", "vendor", "channel", "question", "severity", "status", "queued_at", "sent_at", "message_id",
        "acknowledged_at", "first_response_at", "resolved_at", "response_minutes", "response_business_minutes",
        "resolution_minutes", "replies", "attempts",
    }  # fmt: skip
    assert required <= set(body)
    assert body["response_minutes"] == 90
    assert body["replies"][0]["kind"] == "human"
    assert body["replies"][0]["source"] == "manual"
    assert body["sent_at"].endswith("+08:00")  # ISO 8601 in the reader's zone


def test_the_list_filters_by_vendor_status_severity_and_dates_in_constant_queries(api_as, viewer):
    channel = email_channel()
    for index in range(6):
        sent_probe(channel, sent_at=timezone.now() - dt.timedelta(days=index), severity="P1" if index % 2 else "P3")
    queued_probe()
    client = api_as(viewer)
    assert client.get(f"/api/probes/?vendor={channel.vendor_id}").json()["count"] == 6
    assert client.get("/api/probes/?severity=P1").json()["count"] == 3
    assert client.get("/api/probes/?status=queued").json()["count"] == 1
    today = timezone.localdate()
    assert (
        client.get(f"/api/probes/?since={today - dt.timedelta(days=1)}&vendor={channel.vendor_id}").json()["count"] == 2
    )
    assert client.get("/api/probes/?severity=P7").status_code == 400
    with CaptureQueriesContext(connection) as few:
        client.get("/api/probes/?page_size=2")
    with CaptureQueriesContext(connection) as many:
        client.get("/api/probes/?page_size=100")
    # count, page, replies, attempts, ratings (+ the role lookup)
    assert len(few) == len(many) <= 7


def test_replies_resolve_and_rate_through_the_api(api_as, evaluator, manager):
    sent = timezone.now() - dt.timedelta(hours=5)
    probe = sent_probe(sent_at=sent)
    client = api_as(evaluator)
    answer = {"received_at": (sent + dt.timedelta(minutes=30)).isoformat(), "kind": "human", "body": "Use soft decode."}
    created = client.post(f"/api/probes/{probe.pk}/replies/", answer, format="json", HTTP_IDEMPOTENCY_KEY="abc")
    again = client.post(f"/api/probes/{probe.pk}/replies/", answer, format="json", HTTP_IDEMPOTENCY_KEY="abc")
    assert (created.status_code, again.status_code) == (201, 200)
    assert created.json()["id"] == again.json()["id"]
    resolved = client.post(f"/api/probes/{probe.pk}/resolve/", {"note": "fixed"}, format="json")
    assert resolved.status_code == 200
    assert resolved.json()["status"] == "resolved"
    rated = client.post(f"/api/probes/{probe.pk}/rate/", {"score": 5}, format="json")
    assert rated.status_code == 201
    assert rated.json()["quality"] == 5
    assert client.post(f"/api/probes/{probe.pk}/rate/", {"score": 4}, format="json").status_code == 400
    assert client.post(f"/api/probes/{probe.pk}/rate/", {"score": 9}, format="json").status_code == 400


@pytest.mark.parametrize(
    "body",
    [
        {"received_at": "2999-01-01T00:00:00Z", "body": "from the future"},
        {"received_at": "2000-01-01T00:00:00Z", "body": "before the probe"},
        {"received_at": "yesterday", "body": "x"},
        {"received_at": timezone.now().isoformat(), "body": "", "kind": "human"},
        {"received_at": timezone.now().isoformat(), "body": "x", "kind": "robot"},
    ],
)
def test_bad_manual_replies_are_400_and_change_nothing(api_as, evaluator, body):
    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=1))
    response = api_as(evaluator).post(f"/api/probes/{probe.pk}/replies/", body, format="json")
    assert response.status_code == 400
    assert ProbeReply.objects.count() == 0
    probe.refresh_from_db()
    assert probe.first_response_at is None


def test_a_manual_probe_is_marked_sent_and_only_managers_cancel(api_as, evaluator, manager):
    channel = SupportChannelFactory(kind=ChannelKind.PHONE, address="+86 400")
    probe = queued_probe(channel)
    Probe.objects.filter(pk=probe.pk).update(status=ProbeStatus.MANUAL)
    assert api_as(evaluator).post(f"/api/probes/{probe.pk}/sent/", {}, format="json").json()["status"] == "sent"
    other = queued_probe()
    assert api_as(evaluator).post(f"/api/probes/{other.pk}/cancel/").status_code == 403
    assert api_as(manager).post(f"/api/probes/{other.pk}/cancel/").json()["status"] == "cancelled"
    assert api_as(manager).post(f"/api/probes/{other.pk}/cancel/").status_code == 400


# --- schedules --------------------------------------------------------------------------------------
def schedule_body(channel, **extra):
    return {"vendor": channel.vendor_id, "channel": channel.pk, "interval_days": 7, **extra}


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"interval_days": None, "cron": "0 0 31 2 *"}, "cron"),
        ({"interval_days": None, "cron": "@whenever"}, "cron"),
        ({"window_start": "17:00", "window_end": "09:00"}, "window_end"),
        ({"starts_on": "2026-12-01", "ends_on": "2026-11-01"}, "ends_on"),
        ({"severity_mix": {"P7": 1}}, "severity_mix"),
        ({"severity_mix": {"P1": 0}}, "severity_mix"),
        ({"severity_mix": "all"}, "severity_mix"),
        ({"language": "de"}, "language"),
        # at the calendar's edge the first slot overflowed (found by schemathesis): a field error, not a 500
        ({"starts_on": "0001-01-01"}, "starts_on"),
    ],
)
def test_bad_schedules_are_400_with_the_field(api_as, manager, extra, field):
    response = api_as(manager).post("/api/probe-schedules/", schedule_body(email_channel(), **extra), format="json")
    assert response.status_code == 400
    assert field in response.json(), response.json()
    assert ProbeSchedule.objects.count() == 0


def test_managers_manage_schedules_and_probe_now(api_as, manager, evaluator):
    channel = email_channel()
    assert api_as(evaluator).post("/api/probe-schedules/", schedule_body(channel), format="json").status_code == 403
    client = api_as(manager)
    created = client.post(
        "/api/probe-schedules/", schedule_body(channel, cron="", severity_mix={"P2": 1}), format="json"
    )
    assert created.status_code == 201, created.json()
    schedule_id = created.json()["id"]
    assert created.json()["next_slot_at"] is not None
    assert client.post(f"/api/probe-schedules/{schedule_id}/pause/").json()["is_paused"] is True
    assert client.post(f"/api/probe-schedules/{schedule_id}/resume/").json()["is_paused"] is False
    probe = client.post(f"/api/probe-schedules/{schedule_id}/probe-now/")
    assert probe.status_code == 201
    assert probe.json()["status"] == "queued"
    assert client.delete(f"/api/probe-schedules/{schedule_id}/").status_code == 204
    assert Probe.objects.filter(pk=probe.json()["id"]).exists()  # the probe outlives its schedule


# --- the question bank -------------------------------------------------------------------------------
def test_managers_add_and_retire_questions_evaluators_read_them(api_as, manager, evaluator):
    body = {
        "category": "im",
        "severity": "P3",
        "title_zh": "私信已读状态不同步",
        "body_zh": "对方已读了，我这边还显示未读，怎么回事？",
    }
    assert api_as(evaluator).post("/api/probe-questions/", body, format="json").status_code == 403
    created = api_as(manager).post("/api/probe-questions/", body, format="json")
    assert created.status_code == 201
    question_id = created.json()["id"]
    assert api_as(manager).post(f"/api/probe-questions/{question_id}/retire/").json()["is_active"] is False
    assert api_as(evaluator).get("/api/probe-questions/?is_active=false").json()["count"] == 1
    assert api_as(manager).delete(f"/api/probe-questions/{question_id}/").status_code == 405
    bad = api_as(manager).post("/api/probe-questions/", {"category": "im", "severity": "P3"}, format="json")
    assert bad.status_code == 400


# --- channels -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "address",
    ["http://127.0.0.1/hook", "http://10.0.0.1/hook", "http://169.254.169.254/", "http://[::1]/",
     "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/", "http://0.0.0.0/", "http://2130706433/"],
)  # fmt: skip
def test_a_webhook_to_a_private_address_is_a_400_naming_address(api_as, manager, address):
    vendor = VendorFactory()
    for kind in (ChannelKind.WEBHOOK, ChannelKind.WECOM, ChannelKind.DINGTALK):
        response = api_as(manager).post(
            "/api/channels/", {"vendor": vendor.pk, "kind": kind, "address": address}, format="json"
        )
        assert response.status_code == 400
        assert "address" in response.json()
    assert SupportChannel.objects.count() == 0


def test_channels_filter_by_vendor_and_bot_keys_stay_hidden_from_non_managers(api_as, manager, viewer):
    vendor = VendorFactory()
    client = api_as(manager)
    bot = client.post(
        "/api/channels/",
        {"vendor": vendor.pk, "kind": "wecom", "address": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET",
         "secret": "", "hours": "mon-fri 09:00-18:00"},
        format="json",
    )  # fmt: skip
    assert bot.status_code == 201, bot.json()
    assert "SECRET" in bot.json()["address"]
    assert "secret" not in bot.json()
    SupportChannelFactory()  # another vendor's
    seen = api_as(viewer).get(f"/api/channels/?vendor={vendor.pk}").json()
    assert seen["count"] == 1
    assert seen["results"][0]["address"].endswith("key=…")
    vendor_detail = api_as(viewer).get(f"/api/vendors/{vendor.pk}/").json()
    assert "SECRET" not in str(vendor_detail)


def test_a_channel_that_probes_used_cannot_be_deleted_only_deactivated(api_as, manager):
    probe = queued_probe()
    client = api_as(manager)
    assert client.delete(f"/api/channels/{probe.channel_id}/").status_code == 409
    assert client.patch(f"/api/channels/{probe.channel_id}/", {"is_active": False}, format="json").status_code == 200
    unused = SupportChannelFactory()
    assert client.delete(f"/api/channels/{unused.pk}/").status_code == 204


# --- metrics ---------------------------------------------------------------------------------------------
def test_probe_metrics_per_severity_against_the_contract(api_as, viewer, evaluator):
    channel = email_channel()
    contract = Contract.objects.create(vendor=channel.vendor, title="SLA", status="signed")
    SlaCommitment.objects.create(contract=contract, severity="P2", response_minutes=60, clock=SlaClock.CALENDAR)
    now = timezone.now()
    fast = sent_probe(channel, sent_at=now - dt.timedelta(hours=10))
    slow = sent_probe(channel, sent_at=now - dt.timedelta(hours=9))
    fast.record_manual_reply(evaluator, received_at=fast.sent_at + dt.timedelta(minutes=20), kind="human", body="a")
    slow.record_manual_reply(evaluator, received_at=slow.sent_at + dt.timedelta(minutes=200), kind="human", body="b")
    body = api_as(viewer).get(f"/api/vendors/{channel.vendor_id}/probe-metrics/").json()
    assert body["contract"] == contract.pk
    [p2] = body["severities"]
    assert (p2["severity"], p2["count"], p2["answered"], p2["median_response_minutes"]) == ("P2", 2, 2, 110)
    assert p2["sla_response"] == {"met": 1, "missed": 1, "pending": 0, "share": 0.5}
    assert p2["promise"]["response_minutes"] == 60
    assert body["monthly"][0]["count"] == 2
    assert api_as(viewer).get(f"/api/vendors/{channel.vendor_id}/probe-metrics/?days=0").status_code == 400
    assert api_as(viewer).get("/api/vendors/999999/probe-metrics/").status_code == 404


@pytest.mark.parametrize("value", ["3.4e38", "99999999999999999999999", "-1", "abc", "1.5"])
def test_absurd_ids_in_filters_are_a_400_not_a_500(api_as, viewer, client, value):
    assert api_as(viewer).get(f"/api/probes/?vendor={value}").status_code == 400
    assert api_as(viewer).get(f"/api/channels/?vendor={value}").status_code == 400
    client.force_login(viewer)
    page = client.get(f"/probes/?vendor={value}")
    assert page.status_code == 200
    assert page.context["filterset"].errors
