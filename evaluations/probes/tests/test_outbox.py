"""The probe outbox against real servers: SMTP (aiosmtpd) and HTTP (webhook, WeCom, DingTalk)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import threading
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import time_machine
from django.conf import settings as django_settings
from django.db import connections
from django.utils import timezone

from evaluations.probes import outbox, senders
from evaluations.probes.choices import AttemptOutcome, ProbeStatus
from evaluations.probes.models import Probe, ProbeAttempt
from evaluations.probes.tasks import dispatch_due
from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel, queued_probe, schedule_for
from vendors.choices import ChannelKind
from vendors.tests.factories import SupportChannelFactory, VendorFactory

pytestmark = pytest.mark.django_db


def attempts(probe) -> list[str]:
    return list(ProbeAttempt.objects.filter(probe=probe).order_by("number").values_list("outcome", flat=True))


# --- email ---------------------------------------------------------------------------------------
def test_an_email_probe_reaches_the_smtp_server_with_our_message_id_and_reply_token(smtp):
    probe = queued_probe(language="zh-hans")
    assert outbox.deliver(probe.pk) == AttemptOutcome.SENT
    [message] = smtp.wait_for(1)
    probe.refresh_from_db()
    assert message["Message-ID"] == probe.message_id
    assert message["Reply-To"] == f"tech+{probe.reply_token}@buyer.example.com"
    assert message["From"] == "Li Wei <tech@buyer.example.com>"
    assert message["To"] == probe.channel.address
    assert message["Subject"] == probe.subject
    body = message.get_body(("plain",)).get_content()
    assert probe.question_text in body
    assert probe.reply_url in body
    # A mystery shopper: nothing in the mail gives the probe away.
    headers = " ".join(f"{name}: {value}" for name, value in message.items())
    everything = (headers + body).lower()
    assert "probe" not in everything
    assert "vendorscore" not in everything
    assert probe.status == ProbeStatus.SENT
    assert probe.sent_at is not None
    assert attempts(probe) == [AttemptOutcome.SENT]


def test_a_second_delivery_of_the_same_row_sends_nothing(smtp):
    probe = queued_probe()
    assert outbox.deliver(probe.pk) == AttemptOutcome.SENT
    assert outbox.deliver(probe.pk) == "skipped"
    assert len(smtp.wait_for(1)) == 1


def test_a_claim_left_by_a_dead_worker_is_requeued_and_resent_with_the_same_message_id(smtp):
    probe = queued_probe()
    token = Probe.objects.claim(probe.pk, "worker-that-died", timezone.now())
    assert token is not None
    ProbeAttempt.objects.create(probe=probe, number=1, started_at=timezone.now(), worker="worker-that-died")
    assert outbox.deliver(probe.pk) == "skipped"  # held by the dead worker
    later = timezone.now() + outbox.stale_claim_age() + dt.timedelta(seconds=1)
    assert Probe.objects.requeue_stale_claims(timezone.now(), outbox.stale_claim_age()) == 0  # not stale yet
    assert Probe.objects.requeue_stale_claims(later, outbox.stale_claim_age()) == 1
    with time_machine.travel(later, tick=False):
        assert outbox.deliver(probe.pk) == AttemptOutcome.SENT
    [message] = smtp.wait_for(1)
    probe.refresh_from_db()
    assert message["Message-ID"] == probe.message_id
    assert attempts(probe) == [AttemptOutcome.ABANDONED, AttemptOutcome.SENT]
    assert probe.attempt_count == 2


def test_a_zombie_worker_cannot_overwrite_a_row_requeued_under_it(smtp):
    probe = queued_probe()
    token = Probe.objects.claim(probe.pk, "zombie", timezone.now())
    later = timezone.now() + outbox.stale_claim_age() + dt.timedelta(seconds=1)
    Probe.objects.requeue_stale_claims(later, outbox.stale_claim_age())
    # The zombie wakes up and reports a failure with its old claim token: nothing changes.
    held = Probe.objects.filter(pk=probe.pk, claim_token=token, status=ProbeStatus.SENDING)
    assert held.update(status=ProbeStatus.FAILED) == 0
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.QUEUED


def test_dispatch_plans_schedule_slots_and_sends_what_is_due(smtp):
    ProbeQuestionFactory(severity="P3")
    with time_machine.travel(dt.datetime(2026, 11, 2, 12, tzinfo=dt.UTC), tick=False):
        schedule = schedule_for(
            interval_days=1, severity_mix={"P3": 1}, window_start=dt.time(0), window_end=dt.time(23, 59)
        )
    # Two days later the (collapsed) slot is planned, then sent once it is due.
    with time_machine.travel(dt.datetime(2026, 11, 4, 16, tzinfo=dt.UTC), tick=False):
        first = dispatch_due()
    assert first["planned"] == 1
    probe = Probe.objects.get(schedule=schedule)
    with time_machine.travel(probe.due_at + dt.timedelta(seconds=1), tick=False):
        second = dispatch_due()
    assert second["planned"] == 0
    assert second["handed_out"] == 1
    assert len(smtp.wait_for(1)) == 1
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.SENT


def test_hand_out_marks_rows_so_the_next_tick_does_not_wake_workers_twice(settings):
    settings.PROBE_DISPATCH_INTERVAL = 30
    first, second = queued_probe(), queued_probe()
    now = timezone.now()
    assert sorted(outbox.hand_out(now)) == sorted([first.pk, second.pk])
    assert outbox.hand_out(now + dt.timedelta(seconds=30)) == []
    # A wake-up lost with the broker is repeated after the grace period.
    assert sorted(outbox.hand_out(now + dt.timedelta(seconds=61))) == sorted([first.pk, second.pk])


@pytest.mark.django_db(transaction=True)
def test_four_concurrent_dispatchers_send_each_due_probe_once(smtp):
    channel = email_channel()
    question = ProbeQuestionFactory()
    probes = [queued_probe(channel, question=question) for _ in range(40)]
    barrier = threading.Barrier(4)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(dispatch_due())
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    messages = smtp.wait_for(40, timeout=60)
    ids = [message["Message-ID"] for message in messages]
    assert len(ids) == 40
    assert len(set(ids)) == 40
    assert set(ids) == set(Probe.objects.values_list("message_id", flat=True))
    assert Probe.objects.filter(status=ProbeStatus.SENT).count() == 40
    assert ProbeAttempt.objects.filter(outcome=AttemptOutcome.SENT).count() == 40
    print(f"4 dispatchers, {len(probes)} probes: {len(ids)} sent, {40 - len(set(ids))} duplicates, runs {results}")


@pytest.mark.django_db(transaction=True)
def test_four_workers_racing_for_the_same_rows_send_each_once(smtp):
    import random

    channel = email_channel()
    ids = [queued_probe(channel).pk for _ in range(40)]
    barrier = threading.Barrier(4)
    outcomes, errors = [], []

    def worker(seed):
        order = ids[:]
        random.Random(seed).shuffle(order)
        try:
            barrier.wait()
            outcomes.extend(outbox.deliver(pk) for pk in order)
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert outcomes.count(AttemptOutcome.SENT) == 40
    assert outcomes.count("skipped") == 120
    ids_sent = [message["Message-ID"] for message in smtp.wait_for(40)]
    assert len(ids_sent) == len(set(ids_sent)) == 40


# --- webhooks and bots ---------------------------------------------------------------------------
def hook_channel(kind, url, secret="") -> object:
    return SupportChannelFactory(vendor=VendorFactory(), kind=kind, address=url, secret=secret)


def test_a_generic_webhook_gets_json_signed_with_the_channel_secret(hook_server):
    channel = hook_channel(ChannelKind.WEBHOOK, f"{hook_server.url}/intake", secret="s3cret")
    probe = queued_probe(channel)
    assert outbox.deliver(probe.pk) == AttemptOutcome.SENT
    [request] = hook_server.requests
    payload = request.json()
    assert payload["message_id"] == probe.message_id
    assert probe.reply_url in payload["text"]
    stamp, signature = request.headers["X-Vendorscore-Timestamp"], request.headers["X-Vendorscore-Signature"]
    expected = hmac.new(b"s3cret", stamp.encode() + b"." + request.body, hashlib.sha256).hexdigest()
    assert signature == expected


def test_a_wecom_bot_gets_markdown(hook_server):
    probe = queued_probe(hook_channel(ChannelKind.WECOM, f"{hook_server.url}/cgi-bin/webhook/send?key=k1"))
    assert outbox.deliver(probe.pk) == AttemptOutcome.SENT
    [request] = hook_server.requests
    assert request.path == "/cgi-bin/webhook/send?key=k1"
    body = request.json()
    assert body["msgtype"] == "markdown"
    assert probe.subject in body["markdown"]["content"]


def test_a_dingtalk_bot_gets_a_signed_url(hook_server):
    secret = "SEC0123456789abcdef"
    probe = queued_probe(hook_channel(ChannelKind.DINGTALK, f"{hook_server.url}/robot/send?access_token=t1", secret))
    assert outbox.deliver(probe.pk) == AttemptOutcome.SENT
    [request] = hook_server.requests
    query = parse_qs(urlsplit(request.path).query)
    timestamp, sign = query["timestamp"][0], query["sign"][0]
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    assert unquote(sign) == base64.b64encode(digest).decode()
    assert query["access_token"] == ["t1"]
    assert request.json()["markdown"]["title"] == probe.subject[:60]


def test_dingtalk_signing_matches_the_documented_algorithm():
    url = senders.dingtalk_signed_url(
        "https://oapi.dingtalk.com/robot/send?access_token=x", "SECabc", now_ms=1700000000000
    )
    digest = hmac.new(b"SECabc", b"1700000000000\nSECabc", hashlib.sha256).digest()
    assert url.endswith(
        "&timestamp=1700000000000&sign="
        + base64.b64encode(digest).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    )


@pytest.mark.parametrize(
    ("body", "outcome"),
    [(b'{"errcode":93000,"errmsg":"invalid webhook url"}', "failed"), (b'{"errcode":45009,"errmsg":"freq"}', "retry"),
     (b"<html>proxy</html>", "failed")],
)  # fmt: skip
def test_bot_error_codes_decide_whether_to_retry(hook_server, body, outcome):
    hook_server.script.append((200, body, {}))
    probe = queued_probe(hook_channel(ChannelKind.WECOM, f"{hook_server.url}/send?key=k"))
    assert outbox.deliver(probe.pk) == outcome


def test_the_ssrf_guard_stops_a_send_to_a_private_address_for_good(settings, hook_server):
    channel = hook_channel(ChannelKind.WEBHOOK, f"{hook_server.url}/intake")  # saved while private was allowed
    settings.PROBE_WEBHOOK_ALLOW_PRIVATE = False
    probe = queued_probe(channel)
    assert outbox.deliver(probe.pk) == AttemptOutcome.FAILED
    probe.refresh_from_db()
    assert "public addresses" in probe.last_error
    assert hook_server.requests == []


def test_a_redirect_to_a_private_address_fails_the_send(settings, hook_server, monkeypatch):
    settings.PROBE_WEBHOOK_ALLOW_PRIVATE = False
    monkeypatch.setattr("vendorscore.netguard.system_resolver", lambda host, port: ["93.184.216.34"])
    monkeypatch.setattr(senders, "CONNECT_TO", lambda target: ("127.0.0.1", hook_server.port))
    hook_server.script.append((302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}))
    probe = queued_probe(hook_channel(ChannelKind.WEBHOOK, "http://hooks.vendor.example/intake"))
    assert outbox.deliver(probe.pk) == AttemptOutcome.FAILED
    probe.refresh_from_db()
    assert "link-local" in probe.last_error
    assert len(hook_server.requests) == 1


def test_a_manual_channel_goes_on_the_to_do_list_without_any_network():
    probe = queued_probe(SupportChannelFactory(kind=ChannelKind.GROUP_CHAT, address="技术对接群"))
    assert outbox.deliver(probe.pk) == AttemptOutcome.HANDED_OVER
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.MANUAL
    assert probe.sent_at is None


def test_settings_from_the_environment_give_a_sane_backoff():
    assert outbox.backoff(1) == dt.timedelta(seconds=django_settings.PROBE_RETRY_BASE_SECONDS)
    assert outbox.backoff(30) == dt.timedelta(seconds=django_settings.PROBE_RETRY_MAX_SECONDS)


def test_a_probe_on_a_channel_deactivated_after_queueing_is_cancelled_not_sent(smtp):
    probe = queued_probe()
    SupportChannelFactory._meta.model.objects.filter(pk=probe.channel_id).update(is_active=False)
    assert outbox.deliver(probe.pk) == AttemptOutcome.FAILED
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.CANCELLED
    assert smtp.messages == []
