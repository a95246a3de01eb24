"""Replies by email: match an inbound message to its probe and keep it, from IMAP or a push.

``ingest_email`` is idempotent: a message is stored once per Message-ID (a
unique key), however often the mailbox or the provider hands it to us. It
matches a reply by ``In-Reply-To``/``References`` to the Message-ID we sent,
else by the token in the plus-address it was sent to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import imaplib
import logging
import re
import ssl
from dataclasses import dataclass
from email.utils import parseaddr
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from evaluations.probes import inbound
from evaluations.probes.choices import ReplyKind, ReplySource
from evaluations.probes.models import ImapCursor, Probe, ProbeReply
from evaluations.tasks import batched_recompute

logger = logging.getLogger(__name__)

FETCH_CHUNK = 50
POLL_BATCH = 500
POLL_LOCK = "probes:imap-poll"


@dataclass(frozen=True)
class IngestResult:
    matched: bool
    probe: int | None
    reply: int | None
    duplicate: bool


def match_probe(message: inbound.InboundMessage) -> Probe | None:
    if message.references:
        probe = Probe.objects.filter(message_id__in=message.references).order_by("pk").first()
        if probe is not None:
            return probe
    token = inbound.token_in(message.recipients, parseaddr(settings.PROBE_REPLY_ADDRESS)[1])
    if token:
        return Probe.objects.filter(reply_token_hash=Probe.hash_token(token)).first()
    return None


def ingest_email(raw: bytes, source: str, received_at: dt.datetime | None = None) -> IngestResult:
    """Store a vendor's email as a reply to the probe it answers. Raises ``inbound.InboundError``
    for bytes that are not a readable message; an unmatched message changes nothing."""
    message = inbound.parse(raw)
    probe = match_probe(message)
    if probe is None:
        return IngestResult(matched=False, probe=None, reply=None, duplicate=False)
    now = timezone.now()
    at = received_at or message.received
    if at is None or at > now or (probe.sent_at and at < probe.sent_at - dt.timedelta(days=1)):
        at = now  # a missing or implausible stamp: we know it arrived by now
    try:
        with transaction.atomic():
            reply = ProbeReply.objects.create(
                probe=probe,
                kind=ReplyKind.AUTO if message.is_auto else ReplyKind.HUMAN,
                source=source,
                received_at=at,
                from_address=message.from_address[:320],
                subject=message.subject,
                body=message.body,
                inbound_message_id=message.message_id,
            )
    except IntegrityError:
        existing = ProbeReply.objects.filter(inbound_message_id=message.message_id).first()
        return IngestResult(matched=True, probe=probe.pk, reply=existing.pk if existing else None, duplicate=True)
    probe.apply_reply(reply, refresh=False)
    return IngestResult(matched=True, probe=probe.pk, reply=reply.pk, duplicate=False)


# --- the IMAP poller ----------------------------------------------------------------------
@dataclass(frozen=True)
class ImapConfig:
    secure: bool
    host: str
    port: int
    username: str
    password: str
    folder: str

    @property
    def mailbox_key(self) -> str:
        return hashlib.sha256(f"{self.host}:{self.port}:{self.username}:{self.folder}".encode()).hexdigest()[:64]


def parse_imap_url(url: str) -> ImapConfig:
    """``imaps://user:password@host:993/INBOX`` (or ``imap://`` for plain IMAP, port 143)."""
    parts = urlsplit(url)
    if parts.scheme not in ("imap", "imaps") or not parts.hostname or parts.username is None:
        raise ValueError("IMAP_URL must look like imaps://user:password@host:993/INBOX")
    return ImapConfig(
        secure=parts.scheme == "imaps",
        host=parts.hostname,
        port=parts.port or (993 if parts.scheme == "imaps" else 143),
        username=unquote(parts.username),
        password=unquote(parts.password or ""),
        folder=unquote(parts.path.lstrip("/")) or "INBOX",
    )


_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')


def _internaldate(header: bytes) -> dt.datetime | None:
    match = _INTERNALDATE.search(header)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match.group(1).decode(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None


def _connect(config: ImapConfig) -> imaplib.IMAP4:
    timeout = settings.EMAIL_TIMEOUT
    if config.secure:
        return imaplib.IMAP4_SSL(config.host, config.port, ssl_context=ssl.create_default_context(), timeout=timeout)
    return imaplib.IMAP4(config.host, config.port, timeout=timeout)


@dataclass
class PollResult:
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    unmatched: int = 0
    unreadable: int = 0


def poll_mailbox(config: ImapConfig, batch: int = POLL_BATCH) -> PollResult:
    """Read messages newer than the cursor (read-only: flags stay as they are) and ingest them.

    The cursor advances after every chunk, so a crash re-reads at most one chunk, which
    the Message-ID key turns into duplicates rather than double replies.
    """
    result = PollResult()
    connection = _connect(config)
    try:
        connection.login(config.username, config.password)
        status, _data = connection.select(f'"{config.folder}"', readonly=True)
        if status != "OK":
            raise imaplib.IMAP4.error(f"cannot open folder {config.folder}")
        uidvalidity = int((connection.untagged_responses.get("UIDVALIDITY") or [b"0"])[0])
        cursor, _created = ImapCursor.objects.get_or_create(mailbox=config.mailbox_key)
        if cursor.uidvalidity != uidvalidity:
            cursor.uidvalidity, cursor.last_uid = uidvalidity, 0
        status, data = connection.uid("SEARCH", None, f"UID {cursor.last_uid + 1}:*")
        uids = sorted(int(uid) for uid in (data[0] or b"").split() if int(uid) > cursor.last_uid)[:batch]
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = uids[start : start + FETCH_CHUNK]
            with batched_recompute():
                _ingest_chunk(connection, chunk, result)
            cursor.last_uid = chunk[-1]
            cursor.polled_at = timezone.now()
            cursor.save()
        if not uids:
            cursor.polled_at = timezone.now()
            cursor.save()
    finally:
        with contextlib.suppress(Exception):
            connection.logout()
    return result


def _ingest_chunk(connection: imaplib.IMAP4, chunk: list[int], result: PollResult) -> None:
    _status, data = connection.uid("FETCH", ",".join(map(str, chunk)), "(UID INTERNALDATE BODY.PEEK[])")
    for item in data or []:
        if not isinstance(item, tuple) or len(item) < 2:
            continue  # the closing ")" of each message
        header, raw = item[0], item[1]
        result.fetched += 1
        try:
            outcome = ingest_email(raw, ReplySource.IMAP, received_at=_internaldate(header))
        except inbound.InboundError as exc:
            logger.warning("skipping an unreadable message (%s)", exc)
            result.unreadable += 1
            continue
        if not outcome.matched:
            result.unmatched += 1
        elif outcome.duplicate:
            result.duplicates += 1
        else:
            result.stored += 1


def poll_configured_mailbox() -> PollResult | None:
    """The beat task's work: poll IMAP_URL if set, one poller at a time."""
    if not settings.IMAP_URL:
        return None
    config = parse_imap_url(settings.IMAP_URL)
    if not cache.add(POLL_LOCK, 1, timeout=settings.CELERY_TASK_TIME_LIMIT):
        return None  # another poller is at work
    try:
        return poll_mailbox(config)
    finally:
        cache.delete(POLL_LOCK)
