"""Putting a probe in front of the vendor: one sender per kind of channel.

Each sender either returns the attempt's outcome or raises ``SendError``,
saying whether the failure is permanent (SMTP 5xx, HTTP 4xx, a refused
address: trying again cannot help) or transient (timeouts, refused
connections, SMTP 4xx, HTTP 5xx and 429: the outbox retries with backoff).

What the vendor receives reads like a customer's question: no header or
wording marks it as a probe.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import smtplib
import time
from urllib.parse import quote_plus

import urllib3
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import translation
from django.utils.translation import gettext as _

from evaluations.probes.choices import AttemptOutcome
from evaluations.probes.models import Probe
from vendors.choices import ChannelKind
from vendorscore import netguard

# Bot error codes that mean "busy or too fast, try later" (WeCom: -1, 45009, 45033; DingTalk: -1, 130101).
TRANSIENT_BOT_CODES = {-1, 45009, 45033, 130101}
TRANSIENT_HTTP = {408, 425, 429}


class SendError(Exception):
    def __init__(self, message: str, *, permanent: bool):
        super().__init__(message)
        self.message = message[:2000]
        self.permanent = permanent


def _pick(options: list[str], seed: str) -> str:
    return options[int(hashlib.sha256(seed.encode()).hexdigest(), 16) % len(options)]


def compose_text(probe: Probe) -> str:
    """The message body in the probe's language: a greeting, the question, a sign-off and the reply link.

    Greeting and sign-off vary from probe to probe (chosen from its nonce), so that
    a series of probes does not read like a form letter.
    """
    with translation.override(probe.language):
        greetings = [_("Hello,"), _("Hi,"), _("Hi there,"), _("Good day,")]
        closings = [
            _("Thanks in advance."),
            _("Could you take a look soon? Thank you."),
            _("Thanks, looking forward to your answer."),
            _("Any pointers are welcome, thanks."),
        ]
        link = _("If it is easier, you can also answer on this page: %(url)s") % {"url": probe.reply_url}
        return "\n\n".join(
            [
                _pick(greetings, probe.reply_nonce + "greeting"),
                probe.question_text.strip(),
                _pick(closings, probe.reply_nonce + "closing"),
                link,
            ]
        )


class Mailer:
    """One SMTP connection lent to a batch of emails (a context manager). Opened on first use;
    after any failure it is dropped without a QUIT (which could hang a second time) and the next
    email opens a fresh one, so one probe's failure is never another's."""

    def __init__(self):
        self.backend = None

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.backend is not None:
            with contextlib.suppress(Exception):
                self.backend.close()  # QUIT: every message of the batch is recorded already
            self.backend = None

    def connection(self):
        if self.backend is None:
            self.backend = get_connection(fail_silently=False)
        # The backend keeps a connection it opened itself; send_messages then leaves it open.
        self.backend.open()
        return self.backend

    def drop(self) -> None:
        if self.backend is not None and getattr(self.backend, "connection", None) is not None:
            with contextlib.suppress(Exception):
                self.backend.connection.close()
            self.backend.connection = None


def send_email(probe: Probe, mailer: Mailer | None = None) -> str:
    try:
        connection = mailer.connection() if mailer is not None else get_connection(fail_silently=False)
        message = EmailMessage(
            subject=probe.subject,
            body=compose_text(probe),
            from_email=settings.PROBE_REPLY_ADDRESS,
            to=[probe.channel.address],
            reply_to=[probe.reply_address],
            headers={"Message-ID": probe.message_id},
            connection=connection,
        )
        message.send()
    except smtplib.SMTPRecipientsRefused as exc:
        _drop(mailer)
        codes = [code for code, _message in exc.recipients.values()]
        raise SendError(f"recipient refused: {exc.recipients}", permanent=all(code >= 500 for code in codes)) from None
    except smtplib.SMTPResponseException as exc:
        _drop(mailer)
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        raise SendError(f"SMTP {exc.smtp_code}: {text}", permanent=exc.smtp_code >= 500) from None
    except (smtplib.SMTPException, OSError) as exc:
        _drop(mailer)
        raise SendError(f"{type(exc).__name__}: {exc}", permanent=False) from None
    except BaseException:
        _drop(mailer)
        raise
    return AttemptOutcome.SENT


def _drop(mailer: Mailer | None) -> None:
    if mailer is not None:
        mailer.drop()


def _markdown(probe: Probe) -> str:
    with translation.override(probe.language):
        label = _("Answer on this page")
    return f"**{probe.subject}**\n\n{probe.question_text.strip()}\n\n[{label}]({probe.reply_url})"


def _json(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode()


def _post(url: str, body: bytes, headers: dict[str, str] | None = None) -> netguard.Response:
    try:
        return netguard.post(
            url,
            body,
            {"Content-Type": "application/json; charset=utf-8", "User-Agent": "vendorscore", **(headers or {})},
            timeout=settings.PROBE_WEBHOOK_TIMEOUT,
            allow_private=settings.PROBE_WEBHOOK_ALLOW_PRIVATE,
            connect_to=CONNECT_TO,
        )
    except netguard.AddressRefused as exc:
        raise SendError(str(exc), permanent=True) from None
    except (OSError, urllib3.exceptions.HTTPError) as exc:
        raise SendError(f"{type(exc).__name__}: {exc}", permanent=False) from None


def _check_status(response: netguard.Response) -> None:
    if 200 <= response.status < 300:
        return
    permanent = 400 <= response.status < 500 and response.status not in TRANSIENT_HTTP
    raise SendError(f"HTTP {response.status}: {response.body[:300]}", permanent=permanent)


def _check_bot_reply(response: netguard.Response) -> None:
    _check_status(response)
    try:
        code = int(json.loads(response.body).get("errcode", -2))
    except (ValueError, AttributeError, TypeError):
        raise SendError(f"unexpected reply: {response.body[:200]}", permanent=True) from None
    if code != 0:
        raise SendError(f"bot error {code}: {response.body[:300]}", permanent=code not in TRANSIENT_BOT_CODES)


def send_webhook(probe: Probe) -> str:
    payload = {
        "message_id": probe.message_id,
        "severity": probe.severity,
        "subject": probe.subject,
        "text": compose_text(probe),
        "reply_url": probe.reply_url,
    }
    body = _json(payload)
    headers = {}
    if probe.channel.secret:
        # The receiver can check that we sent it: HMAC-SHA256 of "<timestamp>.<body>".
        timestamp = str(int(time.time()))
        signature = hmac.new(probe.channel.secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
        headers = {"X-Vendorscore-Timestamp": timestamp, "X-Vendorscore-Signature": signature.hexdigest()}
    _check_status(_post(probe.channel.address, body, headers))
    return AttemptOutcome.SENT


def send_wecom(probe: Probe) -> str:
    payload = {"msgtype": "markdown", "markdown": {"content": _markdown(probe)}}
    _check_bot_reply(_post(probe.channel.address, _json(payload)))
    return AttemptOutcome.SENT


def dingtalk_signed_url(url: str, secret: str, now_ms: int | None = None) -> str:
    """DingTalk's signing: base64 HMAC-SHA256 of "<timestamp ms>\\n<secret>", keyed with the secret."""
    timestamp = str(now_ms if now_ms is not None else int(time.time() * 1000))
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}timestamp={timestamp}&sign={quote_plus(base64.b64encode(digest))}"


def send_dingtalk(probe: Probe) -> str:
    url = probe.channel.address
    if probe.channel.secret:
        url = dingtalk_signed_url(url, probe.channel.secret)
    payload = {"msgtype": "markdown", "markdown": {"title": probe.subject[:60], "text": _markdown(probe)}}
    _check_bot_reply(_post(url, _json(payload)))
    return AttemptOutcome.SENT


def hand_over(probe: Probe) -> str:
    """Phone, a chat group, a ticket portal: a person sends it; the probe goes on the to-do list."""
    return AttemptOutcome.HANDED_OVER


SENDERS = {
    ChannelKind.EMAIL: send_email,
    ChannelKind.WEBHOOK: send_webhook,
    ChannelKind.WECOM: send_wecom,
    ChannelKind.DINGTALK: send_dingtalk,
}

# Tests point vetted public addresses at local servers through this hook; None everywhere else.
CONNECT_TO = None


def send(probe: Probe, mailer: Mailer | None = None) -> str:
    """Send one probe; ``mailer`` (emails only) reuses a batch's SMTP connection."""
    if probe.channel.is_manual:
        return hand_over(probe)
    if probe.channel.kind == ChannelKind.EMAIL:
        return send_email(probe, mailer)
    return SENDERS[probe.channel.kind](probe)
