"""Reading vendors' mail (evaluations/probes/inbound.py), from fixture messages, without a database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluations.probes import inbound

MAIL = Path(__file__).parent / "mail"
TOKEN = "a" * 16 + "234567" + "b" * 10


def fixture(name: str, probe_id: str = "<probe-1@buyer.example.com>") -> bytes:
    text = (MAIL / name).read_bytes()
    return text.replace(b"TOKEN", TOKEN.encode()).replace(b"<PROBE-ID>", probe_id.encode())


def test_a_human_answer_in_chinese_is_read_whole():
    message = inbound.parse(fixture("human_reply_zh.eml"))
    assert not message.is_auto
    assert message.message_id == "<reply-001@vendor.example.cn>"
    assert message.references == ("<probe-1@buyer.example.com>",)
    assert message.from_address == "lin.qiao@vendor.example.cn"
    assert message.subject.startswith("Re: ")
    assert "decodeMode" in message.body
    assert message.received == dt.datetime(2026, 11, 23, 2, 15, 3, tzinfo=dt.UTC)
    assert inbound.token_in(message.recipients, "tech@buyer.example.com") == TOKEN


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ooo_en.eml", "subject"),
        ("auto_submitted.eml", "Auto-Submitted: auto-replied"),
        ("zh_autoreply_subject.eml", "subject"),
        ("precedence_bulk.eml", "Precedence: bulk"),
        ("x_autoreply.eml", "X-Autoreply"),
    ],
)
def test_automatic_replies_are_recognised(name, reason):
    assert inbound.parse(fixture(name)).auto_reason == reason


def test_auto_submitted_no_is_a_person():
    assert not inbound.parse(fixture("auto_submitted_no.eml")).is_auto


def test_an_html_only_answer_becomes_text_without_scripts_or_styles():
    body = inbound.parse(fixture("html_only.eml")).body
    assert "Set maxCache to 2 s." in body
    assert "alert" not in body
    assert "color" not in body


def test_a_message_without_message_id_gets_one_from_its_content():
    raw = b"From: a@vendor.example.com\r\nTo: x@y.example\r\nSubject: hi\r\n\r\nbody\r\n"
    first, again = inbound.parse(raw), inbound.parse(raw)
    assert first.message_id == again.message_id
    assert first.message_id.startswith("<sha256.")
    assert inbound.parse(raw + b"more").message_id != first.message_id


@pytest.mark.parametrize("raw", [b"", b"   ", b"\x00\x01\x02", "not bytes"])
def test_unreadable_input_is_refused_with_a_reason(raw):
    with pytest.raises(inbound.InboundError):
        inbound.parse(raw)


def test_the_token_must_be_on_our_address_and_well_formed():
    recipients = ("tech+" + TOKEN + "@other.example.com", "sales+" + TOKEN + "@buyer.example.com")
    assert inbound.token_in(recipients, "tech@buyer.example.com") is None
    assert inbound.token_in(("tech+short@buyer.example.com",), "tech@buyer.example.com") is None


def test_a_mail_client_that_shouts_the_address_still_matches():
    raw = f"From: a@vendor.example.com\r\nTo: TECH+{TOKEN.upper()}@Buyer.Example.COM\r\nSubject: x\r\n\r\nok".encode()
    assert inbound.token_in(inbound.parse(raw).recipients, "Tech@buyer.example.com") == TOKEN


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_parser(raw):
    try:
        message = inbound.parse(raw)
    except inbound.InboundError:
        return
    assert message.message_id.startswith("<")
    assert len(message.body) <= inbound.MAX_BODY_CHARS
