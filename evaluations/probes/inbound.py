"""Reading a vendor's email: what it answers, who it is for, and whether a person wrote it.

Pure: no models, no database. ``parse`` turns raw RFC 822 bytes into an
``InboundMessage``; matching it to a probe and storing it happen in
``evaluations.probes.mail``.

Auto-replies are recognised by their headers (RFC 3834 ``Auto-Submitted``
other than ``no``; ``Precedence: bulk | junk | list | auto_reply``;
``X-Autoreply``; ``X-Autorespond``) or by an out-of-office subject in English
or Chinese. They count as acknowledgements, never as a human first response.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

MAX_BODY_CHARS = 100_000
MAX_RAW_BYTES = 10 * 1024 * 1024
TOKEN_PATTERN = re.compile(r"^[a-z2-7]{32}$")
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,250}>")
_AUTO_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
_AUTO_SUBJECT = re.compile(
    r"(out[\s-]*of[\s-]*(the[\s-]*)?office|automatic[\s-]*reply|auto[\s-]*(reply|response|respon)|autoreply"
    r"|自动回复|自动答复|自動回覆|自動回复|不在办公室|休假中)",
    re.IGNORECASE,
)
RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")


class InboundError(ValueError):
    """Bytes that are not an email we can read; the message says why."""


@dataclass(frozen=True)
class InboundMessage:
    message_id: str
    references: tuple[str, ...]
    recipients: tuple[str, ...]
    from_address: str
    subject: str
    body: str
    date: dt.datetime | None
    received: dt.datetime | None
    auto_reason: str

    @property
    def is_auto(self) -> bool:
        return bool(self.auto_reason)


class _TextFromHtml(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "li", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextFromHtml()
    parser.feed(html)
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


def message_ids(value: str | None) -> list[str]:
    """Every ``<id>`` in a Message-ID, In-Reply-To or References header, in order."""
    return _MESSAGE_ID.findall(value or "")


def auto_reply_reason(headers: EmailMessage, subject: str) -> str:
    """Why this message is an automatic reply, or "" when a person seems to have written it."""
    auto_submitted = str(headers.get("Auto-Submitted", "")).strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted[:40]}"
    precedence = str(headers.get("Precedence", "")).strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in ("X-Autoreply", "X-Autorespond"):
        if headers.get(name) is not None:
            return name
    if _AUTO_SUBJECT.search(subject):
        return "subject"
    return ""


def _without_nul(text: str) -> str:
    """A mail may carry NUL characters (``=00`` in quoted-printable, in an encoded word);
    PostgreSQL refuses them in text, so they are dropped from everything we keep."""
    return text.replace("\x00", "")


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a malformed header is not worth refusing the whole message
        return ""
    return _without_nul(str(value)) if value is not None else ""


def _addresses(message: EmailMessage, names: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for name in names:
        for raw in message.get_all(name, []) or []:
            for _display, address in getaddresses([_without_nul(str(raw))]):
                if "@" in address:
                    found.append(address.strip().lower())
    return tuple(dict.fromkeys(found))


def _date(value: str) -> dt.datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


def _top_received(message: EmailMessage) -> dt.datetime | None:
    """The time our own mail server took the message in: the date of the first Received header."""
    received = message.get_all("Received", []) or []
    if not received:
        return None
    _route, _sep, stamp = str(received[0]).rpartition(";")
    return _date(stamp.strip())


def _body(message: EmailMessage) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        payload = message.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        part = None
    if not isinstance(content, str):
        content = content.decode("utf-8", "replace") if isinstance(content, bytes) else ""
    if part is not None and part.get_content_subtype() == "html":
        content = html_to_text(content)
    return _without_nul(content).replace("\r\n", "\n").strip()[:MAX_BODY_CHARS]


def parse(raw: bytes) -> InboundMessage:
    if not isinstance(raw, bytes) or not raw.strip():
        raise InboundError("the message is empty")
    if len(raw) > MAX_RAW_BYTES:
        raise InboundError("the message is larger than 10 MB")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if not message.keys():
        raise InboundError("the message has no headers")
    own_ids = message_ids(_header(message, "Message-ID"))
    # Without a Message-ID the content itself identifies the message, so a redelivery still matches.
    message_id = own_ids[0] if own_ids else f"<sha256.{hashlib.sha256(raw).hexdigest()}@inbound.invalid>"
    references = tuple(
        dict.fromkeys(message_ids(_header(message, "In-Reply-To")) + message_ids(_header(message, "References")))
    )
    subject = _header(message, "Subject").strip()[:300]
    senders = _addresses(message, ("From",))
    return InboundMessage(
        message_id=message_id[:255],
        references=references,
        recipients=_addresses(message, RECIPIENT_HEADERS),
        from_address=senders[0] if senders else "",
        subject=subject,
        body=_body(message),
        date=_date(_header(message, "Date")),
        received=_top_received(message),
        auto_reason=_without_nul(auto_reply_reason(message, subject)),
    )


def token_in(recipients: tuple[str, ...], reply_address: str) -> str | None:
    """The probe token of a plus-address (``probes+<token>@domain``) among the recipients."""
    try:
        base = Address(addr_spec=reply_address.strip().lower())
    except (ValueError, IndexError, TypeError):
        return None
    for address in recipients:
        local, _at, domain = address.rpartition("@")
        prefix, plus, token = local.partition("+")
        if plus and prefix == base.username and domain == base.domain and TOKEN_PATTERN.match(token):
            return token
    return None
