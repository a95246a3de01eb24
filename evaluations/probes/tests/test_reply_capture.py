"""Replies come back four ways, each idempotent: a signed inbound webhook, an IMAP mailbox
(a real Dovecot), the vendor's reply page and an evaluator's manual log."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import time
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone

from evaluations.probes import mail
from evaluations.probes.choices import ProbeStatus, ReplyKind, ReplySource
from evaluations.probes.models import ImapCursor, ProbeReply
from evaluations.probes.tests.factories import sent_probe
from evaluations.probes.tests.servers import append

pytestmark = pytest.mark.django_db
MAIL = Path(__file__).parent / "mail"
SECRET = "inbound-test-secret-0123456789"
# The .eml fixtures carry fixed dates (23 Nov 2026, from 09:00 +08:00). A probe in these tests is
# sent before them whatever today's date, so a reply counts from its own time, not from the send.
SENT_BEFORE_THE_MAIL = dt.datetime(2026, 11, 22, 23, 0, tzinfo=dt.UTC)


def probe_sent_before_the_mail():
    return sent_probe(sent_at=min(timezone.now() - dt.timedelta(hours=3), SENT_BEFORE_THE_MAIL))


def message_for(probe, name="human_reply_zh.eml", *, message_id=None, thread=True) -> bytes:
    raw = (MAIL / name).read_bytes().replace(b"TOKEN", probe.reply_token.encode())
    raw = raw.replace(b"<PROBE-ID>", probe.message_id.encode() if thread else b"<unrelated@elsewhere.example>")
    if message_id:
        raw = raw.replace(b"<reply-001@vendor.example.cn>", message_id.encode())
    return raw


def signed_post(api, body: bytes, *, secret=SECRET, stamp=None, content_type="message/rfc822", signature=None):
    stamp = str(int(time.time()) if stamp is None else stamp)
    if signature is None:
        signature = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return api.post(
        "/api/inbound/email/",
        data=body,
        content_type=content_type,
        HTTP_X_VENDORSCORE_TIMESTAMP=stamp,
        HTTP_X_VENDORSCORE_SIGNATURE=signature,
    )


@pytest.fixture
def inbound_secret(settings):
    settings.INBOUND_EMAIL_SECRET = SECRET


@pytest.fixture
def probe():
    return probe_sent_before_the_mail()


# --- the signed inbound webhook -------------------------------------------------------------------
def test_a_signed_reply_is_matched_to_its_probe_by_in_reply_to(api, inbound_secret, probe):
    response = signed_post(api, message_for(probe))
    assert response.status_code == 200
    body = response.json()
    reply = ProbeReply.objects.get()
    assert body == {"matched": True, "probe": probe.pk, "reply": reply.pk, "duplicate": False}
    assert (reply.kind, reply.source, reply.from_address) == (
        ReplyKind.HUMAN,
        ReplySource.WEBHOOK,
        "lin.qiao@vendor.example.cn",
    )
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.ANSWERED
    assert probe.first_response_at == reply.received_at


def test_the_same_message_three_times_gives_one_reply(api, inbound_secret, probe):
    raw = message_for(probe)
    answers = [signed_post(api, raw).json() for _ in range(3)]
    assert [a["duplicate"] for a in answers] == [False, True, True]
    assert len({a["reply"] for a in answers}) == 1
    assert ProbeReply.objects.count() == 1


def test_a_reply_without_threading_headers_is_matched_by_the_token_in_the_address(api, inbound_secret, probe):
    response = signed_post(api, message_for(probe, thread=False))
    assert response.json()["probe"] == probe.pk


def test_an_auto_reply_is_an_acknowledgement_not_a_first_response(api, inbound_secret, probe):
    assert signed_post(api, message_for(probe, "ooo_en.eml")).json()["matched"]
    probe.refresh_from_db()
    assert probe.acknowledged_at is not None
    assert probe.first_response_at is None
    assert probe.status == ProbeStatus.SENT
    assert ProbeReply.objects.get().kind == ReplyKind.AUTO


def test_mail_for_no_probe_is_answered_but_not_stored(api, inbound_secret, probe):
    raw = (MAIL / "human_reply_zh.eml").read_bytes().replace(b"TOKEN", b"z" * 32).replace(b"<PROBE-ID>", b"<x@y.z>")
    assert signed_post(api, raw).json() == {"matched": False, "probe": None, "reply": None, "duplicate": False}
    assert ProbeReply.objects.count() == 0


@pytest.mark.parametrize(
    "tamper",
    [
        {"signature": "0" * 64},
        {"signature": ""},
        {"secret": "a-different-secret"},
        {"age": 301},
        {"age": -310},
        {"stamp": "yesterday"},
    ],
)
def test_a_forged_missing_or_stale_signature_gives_403_and_writes_nothing(api, inbound_secret, probe, tamper):
    if "age" in tamper:
        tamper = {"stamp": int(time.time()) - tamper["age"]}  # signed that long ago (or ahead)
    response = signed_post(api, message_for(probe), **tamper)
    assert response.status_code == 403
    assert ProbeReply.objects.count() == 0
    probe.refresh_from_db()
    assert probe.acknowledged_at is None


def test_a_signature_over_other_bytes_does_not_cover_this_body(api, inbound_secret, probe):
    stamp = str(int(time.time()))
    signature = hmac.new(SECRET.encode(), stamp.encode() + b".something else", hashlib.sha256).hexdigest()
    assert signed_post(api, message_for(probe), stamp=stamp, signature=signature).status_code == 403


def test_the_webhook_is_off_without_a_secret(api, settings, probe):
    settings.INBOUND_EMAIL_SECRET = ""
    assert signed_post(api, message_for(probe)).status_code == 404
    assert ProbeReply.objects.count() == 0


def test_a_signed_body_that_is_not_an_email_is_a_400(api, inbound_secret):
    response = signed_post(api, b"   ")
    assert response.status_code == 400
    assert "message" in response.json()


def test_a_signed_body_of_the_wrong_type_is_a_415(api, inbound_secret, probe):
    assert signed_post(api, message_for(probe), content_type="application/json").status_code == 415
    assert ProbeReply.objects.count() == 0


# --- IMAP, against a real Dovecot -----------------------------------------------------------------
def test_the_poller_ingests_and_matches_replies_from_a_real_mailbox_once(dovecot, settings, probe):
    settings.IMAP_URL = dovecot.url
    cache.delete(mail.POLL_LOCK)
    arrived = time.time() - 60
    append(dovecot, message_for(probe, message_id="<imap-1@vendor.example.cn>"), internaldate=arrived)
    append(dovecot, message_for(probe, "auto_submitted.eml"))
    append(dovecot, b"From: spam@elsewhere.example\r\nSubject: hello\r\n\r\nunrelated\r\n")
    first = mail.poll_configured_mailbox()
    assert (first.fetched, first.stored, first.unmatched) == (3, 2, 1)
    probe.refresh_from_db()
    human = ProbeReply.objects.get(kind=ReplyKind.HUMAN)
    assert human.source == ReplySource.IMAP
    assert abs(human.received_at.timestamp() - int(arrived)) <= 1  # the mailbox's arrival time, not ours
    assert probe.status == ProbeStatus.ANSWERED
    # A second poll reads nothing new; a re-delivered copy of a message is a duplicate.
    assert mail.poll_configured_mailbox().fetched == 0
    append(dovecot, message_for(probe, message_id="<imap-1@vendor.example.cn>"))
    again = mail.poll_configured_mailbox()
    assert (again.fetched, again.duplicates, again.stored) == (1, 1, 0)
    assert ProbeReply.objects.count() == 2


def test_a_reset_cursor_rereads_the_mailbox_without_duplicating_replies(dovecot, settings, probe):
    settings.IMAP_URL = dovecot.url
    append(dovecot, message_for(probe))
    mail.poll_configured_mailbox()
    ImapCursor.objects.update(uidvalidity=1)  # as if the server had renumbered the mailbox
    again = mail.poll_configured_mailbox()
    assert (again.fetched, again.duplicates) == (1, 1)
    assert ProbeReply.objects.count() == 1


def test_the_poller_is_off_without_imap_url(settings):
    settings.IMAP_URL = ""
    assert mail.poll_configured_mailbox() is None


@pytest.mark.parametrize("url", ["imap://host/INBOX", "pop3://u:p@host/", "imaps://:p@/INBOX"])
def test_bad_imap_urls_are_refused(url):
    with pytest.raises(ValueError, match="IMAP_URL"):
        mail.parse_imap_url(url)


def test_imap_urls_carry_escaped_credentials_and_a_folder():
    config = mail.parse_imap_url("imaps://probes%40buyer.example.com:p%40ss@imap.example.com/Vendor%20replies")
    assert (config.username, config.password, config.port, config.folder, config.secure) == (
        "probes@buyer.example.com", "p@ss", 993, "Vendor replies", True,
    )  # fmt: skip


# --- the vendor's reply page ------------------------------------------------------------------------
def test_the_vendor_answers_on_the_reply_page_without_an_account(client, probe):
    url = f"/reply/{probe.reply_token}/"
    page = client.get(url)
    assert page.status_code == 200
    content = page.content.decode()
    assert probe.question_text in content
    assert "vendorscore" not in content.lower()  # the page does not give the mystery shopper away
    nonce = page.context["form"]["nonce"].value()
    for _ in range(2):  # a double submit is one reply
        answered = client.post(url, {"nonce": nonce, "name": "Lin", "body": "Switch to soft decoding."})
        assert answered.status_code == 200
    reply = ProbeReply.objects.get()
    assert (reply.kind, reply.source, reply.from_address) == (ReplyKind.HUMAN, ReplySource.REPLY_PAGE, "Lin")
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.ANSWERED


def test_the_reply_page_speaks_the_probes_language(client):
    probe = sent_probe(sent_at=timezone.now(), language="zh-hans")
    assert "回复我们的问题" in client.get(f"/reply/{probe.reply_token}/").content.decode()


@pytest.mark.parametrize("token", ["wrong", "a" * 32, "x" * 200])
def test_a_wrong_token_is_a_404_and_changes_nothing(client, probe, token):
    response = client.post(f"/reply/{token}/", {"nonce": "n", "body": "hello"})
    assert response.status_code == 404
    assert ProbeReply.objects.count() == 0


def test_an_expired_link_is_a_410_and_changes_nothing(client, probe):
    probe.__class__.objects.filter(pk=probe.pk).update(reply_expires_at=timezone.now() - dt.timedelta(seconds=1))
    response = client.post(f"/reply/{probe.reply_token}/", {"nonce": "n", "body": "late"})
    assert response.status_code == 410
    assert ProbeReply.objects.count() == 0


def test_an_empty_answer_is_a_form_error(client, probe):
    response = client.post(f"/reply/{probe.reply_token}/", {"nonce": "n", "body": "  "})
    assert response.status_code == 400
    assert response.context["form"].errors["body"]
    assert ProbeReply.objects.count() == 0


def test_the_reply_page_is_throttled_per_client(client, settings, probe):
    settings.REPLY_PAGE_RATE = (3, 600)
    cache.clear()
    statuses = [client.get("/reply/guessing-tokens/").status_code for _ in range(5)]
    assert statuses == [404, 404, 404, 429, 429]
    assert client.get(f"/reply/{probe.reply_token}/").status_code == 429  # even the right token, for a while
