"""Sending due probes in batches (``send_probes`` / ``outbox.deliver_many``): one SMTP connection
per batch, failures that stay with their probe, and a constant number of queries per probe."""

from __future__ import annotations

import smtplib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from evaluations.probes import outbox
from evaluations.probes.choices import AttemptOutcome, ProbeStatus
from evaluations.probes.models import Probe, ProbeAttempt
from evaluations.probes.tasks import dispatch_due
from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel, queued_probe

pytestmark = pytest.mark.django_db


@pytest.fixture
def connects(monkeypatch):
    """How many SMTP connections were opened."""
    opened = []
    original = smtplib.SMTP.connect

    def connect(self, *args, **kwargs):
        opened.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(smtplib.SMTP, "connect", connect)
    return opened


def due_probes(count: int) -> list[int]:
    channel, question = email_channel(), ProbeQuestionFactory()
    return [queued_probe(channel, question=question).pk for _ in range(count)]


def test_a_batch_sends_every_probe_over_one_connection(smtp, connects):
    ids = due_probes(5)
    assert outbox.deliver_many(ids) == {AttemptOutcome.SENT: 5}
    assert len(connects) == 1
    assert sorted(m["Message-ID"] for m in smtp.wait_for(5)) == sorted(
        Probe.objects.values_list("message_id", flat=True)
    )
    assert set(Probe.objects.values_list("status", flat=True)) == {ProbeStatus.SENT}
    assert ProbeAttempt.objects.filter(outcome=AttemptOutcome.SENT, finished_at__isnull=False).count() == 5


def test_a_failure_in_a_batch_stays_with_its_probe(smtp, connects):
    ids = due_probes(4)
    # The first message is refused for good, the second for now; the others go through.
    smtp.handler.script.extend(["550 5.7.1 refused", "451 4.3.0 busy"])
    result = outbox.deliver_many(ids)
    assert result == {AttemptOutcome.SENT: 2, AttemptOutcome.FAILED: 1, AttemptOutcome.RETRY: 1}
    statuses = [Probe.objects.get(pk=pk).status for pk in ids]
    assert statuses == [ProbeStatus.FAILED, ProbeStatus.QUEUED, ProbeStatus.SENT, ProbeStatus.SENT]
    assert [attempt.outcome for attempt in ProbeAttempt.objects.filter(probe_id__in=ids).order_by("probe_id")] == [
        AttemptOutcome.FAILED,
        AttemptOutcome.RETRY,
        AttemptOutcome.SENT,
        AttemptOutcome.SENT,
    ]
    assert len(smtp.wait_for(2)) == 2
    # A failed message drops the connection; the next probe opens a fresh one.
    assert len(connects) == 3
    # Running the batch again sends nothing twice: sent and failed rows are skipped, the retry is not due yet.
    assert outbox.deliver_many(ids) == {"skipped": 4}


def test_a_row_claimed_elsewhere_is_skipped_in_a_batch(smtp):
    ids = due_probes(3)
    assert outbox.deliver(ids[1]) == AttemptOutcome.SENT
    assert outbox.deliver_many(ids) == {AttemptOutcome.SENT: 2, "skipped": 1}
    assert len(smtp.wait_for(3)) == 3


def test_the_dispatcher_wakes_one_task_per_batch(smtp, connects, monkeypatch):
    monkeypatch.setattr("evaluations.probes.tasks.SEND_BATCH", 4)
    due_probes(10)
    assert dispatch_due()["woken"] == 10
    assert len(smtp.wait_for(10)) == 10
    assert len(connects) == 3  # batches of 4, 4 and 2


def test_a_row_tried_elsewhere_after_the_batch_read_it_is_left_alone(smtp, monkeypatch):
    ids = due_probes(2)
    original = outbox._claim

    def claim_after_a_race(probe_id, worker, claimed_at, read=None):
        if probe_id == ids[0]:
            # Another worker tried this row and queued it for a retry that is already due.
            Probe.objects.filter(pk=probe_id).update(attempt_count=1)
        return original(probe_id, worker, claimed_at, read)

    monkeypatch.setattr(outbox, "_claim", claim_after_a_race)
    assert outbox.deliver_many(ids) == {"skipped": 1, AttemptOutcome.SENT: 1}
    assert Probe.objects.get(pk=ids[0]).status == ProbeStatus.QUEUED  # handed out again on a later tick
    assert not ProbeAttempt.objects.filter(probe_id=ids[0]).exists()


def test_a_probe_whose_channel_was_deactivated_is_cancelled_in_a_batch(smtp):
    ids = due_probes(2)
    other = queued_probe()
    other.channel.is_active = False
    other.channel.save()
    assert outbox.deliver_many([*ids, other.pk]) == {AttemptOutcome.SENT: 2, AttemptOutcome.FAILED: 1}
    assert Probe.objects.get(pk=other.pk).status == ProbeStatus.CANCELLED
    assert len(smtp.wait_for(2)) == 2


def queries_per_probe(count: int) -> tuple[float, float]:
    """(statements, transactions) per probe for a batch of ``count``. In a test the transactions
    are savepoints; the backends log BEGIN/COMMIT and SAVEPOINT/RELEASE differently."""
    ids = due_probes(count)
    with CaptureQueriesContext(connection) as queries:
        outbox.deliver_many(ids)
    sqls = [q["sql"] for q in queries.captured_queries]
    bookkeeping = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK")
    statements = [sql for sql in sqls if not sql.upper().startswith(bookkeeping)]
    transactions = [sql for sql in sqls if sql.upper() == "COMMIT" or sql.upper().startswith("RELEASE SAVEPOINT")]
    assert Probe.objects.filter(pk__in=ids, status=ProbeStatus.SENT).count() == count
    return len(statements) / count, len(transactions) / count


def test_queries_and_commits_per_probe_do_not_grow_with_the_batch(smtp):
    (small, small_commits), (large, large_commits) = queries_per_probe(5), queries_per_probe(20)
    print(
        f"per probe: {small:.2f} statements and {small_commits:.2f} transactions in a batch of 5, {large:.2f} and "
        f"{large_commits:.2f} in a batch of 20"
    )
    # Per probe: claim, open the attempt, mark sent (unless a reply came first), close the attempt;
    # the batch reads its rows once. Each probe's outcome commits with the next probe's claim.
    # Was (one deliver per probe): 6 statements in 6 transactions.
    assert large <= small
    assert large <= 4.1
    assert large_commits <= 1.1  # one commit per probe


@pytest.mark.parametrize("batched", [False, True])
def test_a_reply_counted_before_the_send_is_recorded_is_measured_from_the_send(smtp, monkeypatch, batched):
    """A fast vendor answers while the worker is still between sending and recording."""
    import datetime as dt

    from django.utils import timezone

    from evaluations.probes import senders
    from evaluations.probes.choices import ReplyKind, ReplySource
    from evaluations.probes.models import ProbeReply

    (probe_id,) = due_probes(1)
    original = senders.send

    def send_and_get_answered(probe, mailer=None):
        outcome = original(probe, mailer=mailer)
        reply = ProbeReply.objects.create(
            probe_id=probe.pk,
            kind=ReplyKind.HUMAN,
            source=ReplySource.IMAP,
            received_at=timezone.now() + dt.timedelta(minutes=5),
            body="fixed in 2.3",
            inbound_message_id="<fast@vendor.example.com>",
        )
        Probe.objects.get(pk=probe.pk).apply_reply(reply)
        return outcome

    monkeypatch.setattr(senders, "send", send_and_get_answered)
    if batched:
        assert outbox.deliver_many([probe_id]) == {AttemptOutcome.SENT: 1}
    else:
        assert outbox.deliver(probe_id) == AttemptOutcome.SENT
    probe = Probe.objects.get(pk=probe_id)
    assert probe.sent_at is not None
    assert probe.first_response_at is not None
    assert probe.response_minutes in (4, 5)  # measured from the send (a moment after the reply's stamp - 5 min)
    assert probe.ack_minutes == probe.response_minutes
