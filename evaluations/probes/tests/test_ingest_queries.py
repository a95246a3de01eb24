"""Reply ingestion costs the same queries per message however many messages a poll reads."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from evaluations.probes import mail
from evaluations.probes.choices import ProbeStatus
from evaluations.probes.models import Probe, ProbeReply
from evaluations.probes.tests.factories import sent_probe
from evaluations.probes.tests.servers import append

pytestmark = pytest.mark.django_db


def reply_to(probe: Probe, index: int) -> bytes:
    return (
        f"From: eng@vendor.example.com\r\nTo: tech+{probe.reply_token}@buyer.example.com\r\n"
        f"Subject: Re: {probe.subject}\r\nMessage-ID: <q-{probe.pk}-{index}@vendor.example.com>\r\n"
        f"In-Reply-To: {probe.message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "看了一下，是播放器缓存参数的问题。\r\n"
    ).encode()


def queries_per_message(dovecot, count: int) -> float:
    sent_at = timezone.now() - dt.timedelta(hours=1)
    probes = [sent_probe(sent_at=sent_at) for _ in range(count)]  # a vendor each
    for index, probe in enumerate(probes):
        append(dovecot, reply_to(probe, index))
    with CaptureQueriesContext(connection) as queries:
        result = mail.poll_mailbox(mail.parse_imap_url(dovecot.url))
    assert result.stored == count
    assert Probe.objects.filter(pk__in=[p.pk for p in probes], status=ProbeStatus.ANSWERED).count() == count
    bookkeeping = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK")
    statements = [q for q in queries.captured_queries if not q["sql"].upper().startswith(bookkeeping)]
    return len(statements) / count


def test_ingest_queries_per_message_do_not_grow_with_the_poll(dovecot):
    small = queries_per_message(dovecot, 5)
    large = queries_per_message(dovecot, 20)  # the same mailbox: the cursor reads only the 20 new ones
    assert ProbeReply.objects.count() == 25
    print(f"ingest: {small:.2f} statements per message in a poll of 5, {large:.2f} in a poll of 20")
    # The poll's own fixed queries (cursor, recompute marks) spread over more messages: never more per message.
    assert large <= small
    # Per message: match the probe, store the reply, lock and update the probe (was 6: the channel's
    # vendor read again for its hours, and the probe re-read after the update).
    assert large <= 4.3
