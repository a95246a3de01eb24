"""Inbound faults: a vendor's reply delivered again and again, at once, by IMAP (a real Dovecot)
and by the signed inbound webhook; automatic replies; forged, stale and replayed signatures.
Each test prints its figure (``pytest -s``)."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import hmac
import threading
import time
from pathlib import Path

import pytest
import time_machine
from django.core.cache import cache
from django.db import connections
from django.test import Client

from evaluations.probes import mail
from evaluations.probes.choices import ProbeStatus, ReplyKind, ReplySource
from evaluations.probes.models import Probe, ProbeReply
from evaluations.probes.tests.servers import append
from evaluations.probes.tests.test_reply_capture import SECRET, message_for, probe_sent_before_the_mail, signed_post

pytestmark = [pytest.mark.django_db, pytest.mark.faults]
MAIL = Path(__file__).parent / "mail"

# Every fixture under mail/, and what a person reading it would call it.
FIXTURES = {
    "human_reply_zh.eml": ReplyKind.HUMAN,
    "html_only.eml": ReplyKind.HUMAN,
    "auto_submitted_no.eml": ReplyKind.HUMAN,
    "ooo_en.eml": ReplyKind.AUTO,
    "auto_submitted.eml": ReplyKind.AUTO,
    "zh_autoreply_subject.eml": ReplyKind.AUTO,
    "precedence_bulk.eml": ReplyKind.AUTO,
    "x_autoreply.eml": ReplyKind.AUTO,
}


def figure(text: str) -> None:
    print(f"\nFIGURE {text}", flush=True)


@pytest.fixture
def inbound(settings):
    settings.INBOUND_EMAIL_SECRET = SECRET


@pytest.fixture
def probe():
    return probe_sent_before_the_mail()


def poll(settings, dovecot) -> mail.PollResult:
    settings.IMAP_URL = dovecot.url
    cache.delete(mail.POLL_LOCK)
    return mail.poll_configured_mailbox()


def test_the_same_message_id_by_imap_and_webhook_three_times_each_is_one_reply(api, inbound, probe, dovecot, settings):
    raw = message_for(probe, message_id="<again-and-again@vendor.example.cn>")
    answers = [signed_post(api, raw).json()]
    for _ in range(3):
        append(dovecot, raw)  # the mailbox holds three copies (a provider's redelivery)
    polled = poll(settings, dovecot)
    answers += [signed_post(api, raw).json() for _ in range(2)]
    probe.refresh_from_db()
    first_response = probe.first_response_at
    reply = ProbeReply.objects.get()
    assert [a["duplicate"] for a in answers] == [False, True, True]
    assert (polled.fetched, polled.stored, polled.duplicates) == (3, 0, 3)
    assert reply.source == ReplySource.WEBHOOK  # the first delivery is the one kept
    assert probe.status == ProbeStatus.ANSWERED
    assert first_response == max(reply.received_at, probe.sent_at)  # a reply dated before the send counts from the send
    figure(
        f"B6 one Message-ID delivered 6 times (3 by the signed webhook, 3 by IMAP from Dovecot): "
        f"{ProbeReply.objects.count()} reply, {polled.duplicates + 2} deliveries recognised as duplicates"
    )


@pytest.mark.django_db(transaction=True)
def test_the_same_message_pushed_three_times_at_once_is_one_reply(settings):
    settings.INBOUND_EMAIL_SECRET = SECRET
    probe = probe_sent_before_the_mail()
    raw = message_for(probe, message_id="<at-once@vendor.example.cn>")
    barrier = threading.Barrier(3)
    answers, errors = [], []

    def push():
        try:
            barrier.wait()
            answers.append(signed_post(Client(), raw))
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=push) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    statuses = collections.Counter(answer.status_code for answer in answers)
    duplicates = sorted(answer.json()["duplicate"] for answer in answers)
    assert statuses == {200: 3}
    assert duplicates == [False, True, True]
    assert ProbeReply.objects.count() == 1
    figure(f"B6 one message pushed 3 times at once: statuses {dict(statuses)}, {ProbeReply.objects.count()} reply")


def test_every_auto_reply_fixture_is_classified_as_a_person_would(dovecot, settings):
    probes = {name: probe_sent_before_the_mail() for name in FIXTURES}
    for name, probe in probes.items():
        append(dovecot, message_for(probe, name))
    polled = poll(settings, dovecot)
    wrong = []
    for name, expected in FIXTURES.items():
        probe = Probe.objects.get(pk=probes[name].pk)
        reply = probe.replies.get()
        if reply.kind != expected:
            wrong.append((name, reply.kind))
        assert probe.acknowledged_at is not None  # any reply acknowledges
        if expected == ReplyKind.AUTO:
            assert (probe.first_response_at, probe.status) == (None, ProbeStatus.SENT)
        else:
            assert probe.status == ProbeStatus.ANSWERED
    kinds = collections.Counter(ProbeReply.objects.values_list("kind", flat=True))
    figure(
        f"B6 auto-reply fixtures by IMAP: {polled.stored} messages, {kinds[ReplyKind.AUTO]} automatic "
        f"(acknowledgement only), {kinds[ReplyKind.HUMAN]} human (first response), {len(wrong)} misclassified"
    )
    assert polled.stored == len(FIXTURES)
    assert not wrong


def sign(body: bytes, stamp: str, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def test_forged_stale_and_replayed_signatures_are_refused_with_no_row_written(api, inbound, probe):
    raw = message_for(probe)
    now = int(time.time())
    forgeries = {
        "no signature": {"signature": ""},
        "zeros": {"signature": "0" * 64},
        "another secret": {"secret": "not-our-secret"},
        "signed 301 s ago": {"stamp": now - 301},
        "signed 310 s ahead": {"stamp": now + 310},
        "a date, not a timestamp": {"stamp": "Mon, 23 Nov 2026 10:00:00"},
        "signature over other bytes": {"stamp": now, "signature": sign(b"something else", str(now))},
        "signature of the body without the timestamp": {
            "stamp": now, "signature": hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest(),
        },
    }  # fmt: skip
    refused = {name: signed_post(api, raw, **tamper).status_code for name, tamper in forgeries.items()}
    # A captured genuine request, replayed: within its 5 minutes it is a duplicate, after them it is refused.
    stamp = str(now)
    genuine = signed_post(api, raw, stamp=stamp, signature=sign(raw, stamp))
    replayed = signed_post(api, raw, stamp=stamp, signature=sign(raw, stamp))
    with time_machine.travel(dt.datetime.fromtimestamp(now + 301, tz=dt.UTC), tick=False):
        late = signed_post(api, raw, stamp=stamp, signature=sign(raw, stamp))
    assert set(refused.values()) == {403}, refused
    assert genuine.status_code == 200
    assert genuine.json()["duplicate"] is False
    assert (replayed.status_code, replayed.json()["duplicate"]) == (200, True)
    assert late.status_code == 403
    assert ProbeReply.objects.count() == 1  # the genuine one only
    figure(
        f"B6 signed inbound webhook: {len(refused)} forged or stale requests, all {set(refused.values())}, "
        f"0 rows written; a genuine request replayed within 5 min: duplicate, no new row; after 5 min: "
        f"{late.status_code}"
    )


def test_a_forged_request_writes_nothing_even_for_an_unknown_probe(api, inbound):
    raw = (MAIL / "human_reply_zh.eml").read_bytes().replace(b"TOKEN", b"z" * 32)
    assert signed_post(api, raw, signature="f" * 64).status_code == 403
    assert ProbeReply.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_two_pollers_at_once_store_each_reply_once(dovecot, settings):
    """The poll lock lives in the cache, which fails open while Redis is down (vendorscore/cache.py):
    two pollers may then read the same mailbox at the same time. Each reply is still stored once."""
    probes = [probe_sent_before_the_mail() for _ in range(20)]
    for number, probe in enumerate(probes):
        append(dovecot, message_for(probe, message_id=f"<both-{number}@vendor.example.cn>"))
    config = mail.parse_imap_url(dovecot.url)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def poller():
        try:
            barrier.wait()
            results.append(mail.poll_mailbox(config))
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=poller) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    stored = sum(result.stored for result in results)
    duplicates = sum(result.duplicates for result in results)
    assert ProbeReply.objects.count() == len(probes)
    assert stored == len(probes)
    assert Probe.objects.filter(status=ProbeStatus.ANSWERED).count() == len(probes)
    figure(
        f"B6 two IMAP pollers at once over {len(probes)} replies: {stored} stored, {duplicates} duplicates, "
        f"{ProbeReply.objects.count()} replies"
    )
