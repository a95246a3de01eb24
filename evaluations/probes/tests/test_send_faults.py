"""Remote faults while sending a probe, and what the outbox makes of them.

Real peers on loopback: an SMTP server (aiosmtpd) that answers 4xx or 5xx or stops answering
half way, an HTTP server that answers 5xx or 4xx, and a peer that accepts the connection and
never says a word. Retries are driven by ``dispatch_due`` at the times the rows ask for
(time-machine), as beat would. Each test prints its figure (``pytest -s``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest
import time_machine
from django.utils import timezone

from evaluations.probes import outbox
from evaluations.probes.choices import AttemptOutcome, ProbeStatus
from evaluations.probes.models import Probe, ProbeAttempt
from evaluations.probes.tasks import dispatch_due
from evaluations.probes.tests import servers
from evaluations.probes.tests.factories import queued_probe
from vendors.choices import ChannelKind
from vendors.tests.factories import SupportChannelFactory, VendorFactory

pytestmark = [pytest.mark.django_db, pytest.mark.faults]


def figure(text: str) -> None:
    print(f"\nFIGURE {text}", flush=True)


def attempts(probe) -> list[str]:
    return list(ProbeAttempt.objects.filter(probe=probe).order_by("number").values_list("outcome", flat=True))


def dispatch_until_settled(probe: Probe, limit: int = 10) -> list[float]:
    """Run the dispatcher at each time the row asks to be tried again (as beat would); returns
    the waits the row asked for, in seconds, between one attempt's end and the next."""
    waits = []
    for _ in range(limit):
        probe.refresh_from_db()
        if probe.status != ProbeStatus.QUEUED:
            break
        last = ProbeAttempt.objects.filter(probe=probe).order_by("-number").first()
        if last is not None:
            waits.append((probe.next_attempt_at - last.finished_at).total_seconds())
        with time_machine.travel(probe.next_attempt_at + dt.timedelta(seconds=1), tick=False):
            dispatch_due()
    probe.refresh_from_db()
    return waits


def a_day_later_nothing_is_retried(probe: Probe) -> dict:
    with time_machine.travel(timezone.now() + dt.timedelta(days=1), tick=False):
        return dispatch_due()


def smtp_to(settings, port: int, timeout: int = 5) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, timeout
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False


def hook_channel(url: str):
    return SupportChannelFactory(vendor=VendorFactory(), kind=ChannelKind.WEBHOOK, address=url)


# --- SMTP ------------------------------------------------------------------------------------------
def test_smtp_4xx_then_success_is_sent_once_after_backoff(smtp, settings):
    settings.PROBE_RETRY_BASE_SECONDS = 60
    smtp.handler.script.extend(["451 4.3.0 Try again later", "452 4.3.1 Insufficient storage"])
    probe = queued_probe()
    waits = dispatch_until_settled(probe)
    assert probe.status == ProbeStatus.SENT
    assert [m["Message-ID"] for m in smtp.wait_for(1)] == [probe.message_id]
    assert attempts(probe) == [AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.SENT]
    assert [round(wait) for wait in waits] == [60, 120]
    figure(
        f"B5 SMTP 451, 452, then 250: {len(attempts(probe))} attempts, {len(smtp.messages)} message delivered, "
        f"waits recorded {[round(w) for w in waits]} s (base {settings.PROBE_RETRY_BASE_SECONDS} s, doubling)"
    )


def test_smtp_5xx_is_permanent_and_never_retried(smtp):
    smtp.handler.script.append("550 5.1.1 No such user here")
    probe = queued_probe()
    dispatch_until_settled(probe)
    assert probe.status == ProbeStatus.FAILED
    assert probe.next_attempt_at is None
    assert "550" in probe.last_error
    later = a_day_later_nothing_is_retried(probe)
    assert later["handed_out"] == 0
    assert outbox.deliver(probe.pk) == "skipped"
    assert smtp.messages == []
    assert attempts(probe) == [AttemptOutcome.FAILED]
    figure(f"B5 SMTP 550: 1 attempt, status {probe.status}, 0 retries a day later ({probe.last_error[:40]})")


def test_an_smtp_server_that_accepts_and_never_answers_fails_within_the_timeout(settings):
    with servers.silent_server() as port:
        smtp_to(settings, port, timeout=2)
        probe = queued_probe()
        started = time.monotonic()
        outcome = outbox.deliver(probe.pk)
        took = time.monotonic() - started
    probe.refresh_from_db()
    assert outcome == AttemptOutcome.RETRY  # transient: tried again later
    assert probe.status == ProbeStatus.QUEUED
    assert probe.next_attempt_at > timezone.now()
    assert "timed out" in probe.last_error
    assert took < settings.EMAIL_TIMEOUT + 1
    figure(
        f"B5 SMTP server that accepts and never answers: failed after {took:.2f} s (EMAIL_TIMEOUT "
        f"{settings.EMAIL_TIMEOUT} s), retry queued in {(probe.next_attempt_at - timezone.now()).total_seconds():.0f} s"
    )


def test_an_smtp_server_that_stops_answering_after_data_fails_within_the_timeout(smtp, settings):
    """It has the message but never confirms it: the attempt fails after one timeout (smtplib
    drops the connection on a read timeout, so no QUIT waits a second time), and the retry
    sends the same Message-ID, so the vendor's mail client can fold the two."""
    smtp.handler.data_delay = 6
    smtp_to(settings, smtp.port, timeout=2)
    probe = queued_probe()
    started = time.monotonic()
    assert outbox.deliver(probe.pk) == AttemptOutcome.RETRY
    took = time.monotonic() - started
    smtp.handler.data_delay = 0
    dispatch_until_settled(probe)
    assert probe.status == ProbeStatus.SENT
    ids = [m["Message-ID"] for m in smtp.wait_for(2)]
    assert ids == [probe.message_id, probe.message_id]
    assert attempts(probe) == [AttemptOutcome.RETRY, AttemptOutcome.SENT]
    assert took < settings.EMAIL_TIMEOUT + 1
    figure(
        f"B5 SMTP server silent after DATA: failed after {took:.2f} s (EMAIL_TIMEOUT {settings.EMAIL_TIMEOUT} s), "
        f"sent on attempt 2; the server got {len(ids)} copies with one Message-ID, recorded sent once"
    )


def test_a_message_accepted_before_the_server_hangs_on_quit_is_sent_once(smtp, settings):
    """250 to the message, then no answer to QUIT: the message is delivered, so the probe is sent;
    treating the hang as a failure would send it a second time."""
    smtp.handler.quit_delay = 6
    smtp_to(settings, smtp.port, timeout=2)
    probe = queued_probe()
    started = time.monotonic()
    outcome = outbox.deliver(probe.pk)
    took = time.monotonic() - started
    later = a_day_later_nothing_is_retried(probe)
    probe.refresh_from_db()
    assert outcome == AttemptOutcome.SENT
    assert probe.status == ProbeStatus.SENT
    assert later["handed_out"] == 0
    assert len(smtp.wait_for(1)) == 1
    figure(f"B5 SMTP server hung on QUIT after 250: recorded sent after {took:.2f} s, 1 message, 0 retries")


def test_an_unreachable_smtp_server_is_a_transient_failure(settings):
    smtp_to(settings, servers.free_port(), timeout=2)
    probe = queued_probe()
    assert outbox.deliver(probe.pk) == AttemptOutcome.RETRY
    probe.refresh_from_db()
    assert "ConnectionRefused" in probe.last_error


def test_a_probe_that_keeps_failing_gives_up_after_the_last_attempt(smtp, settings):
    settings.PROBE_MAX_ATTEMPTS = 3
    smtp.handler.script.extend(["421 4.7.0 closing"] * 3)
    probe = queued_probe()
    waits = dispatch_until_settled(probe)
    assert probe.status == ProbeStatus.FAILED
    assert attempts(probe) == [AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.FAILED]
    assert a_day_later_nothing_is_retried(probe)["handed_out"] == 0
    figure(f"B5 SMTP 421 every time: gave up after {len(waits) + 1} attempts (PROBE_MAX_ATTEMPTS 3)")


# --- webhooks ----------------------------------------------------------------------------------
def test_a_webhook_that_fails_three_times_then_answers_takes_four_attempts_on_schedule(hook_server, settings):
    settings.PROBE_RETRY_BASE_SECONDS = 60
    hook_server.script.extend([(500, b"oops", {})] * 3)
    probe = queued_probe(hook_channel(f"{hook_server.url}/intake"))
    waits = dispatch_until_settled(probe)
    assert probe.status == ProbeStatus.SENT
    assert len(hook_server.requests) == 4
    assert attempts(probe) == [AttemptOutcome.RETRY] * 3 + [AttemptOutcome.SENT]
    starts = list(ProbeAttempt.objects.filter(probe=probe).order_by("number").values_list("started_at", flat=True))
    gaps = [(later - earlier).total_seconds() for earlier, later in itertools.pairwise(starts)]
    assert [round(wait) for wait in waits] == [60, 120, 240]  # base × 2^(n-1)
    assert all(gap >= wait for gap, wait in zip(gaps, waits, strict=True))  # never earlier than asked
    figure(
        f"B5 webhook 500, 500, 500, then 200: {len(hook_server.requests)} attempts; waits recorded "
        f"{[round(w) for w in waits]} s; attempts started {[round(g) for g in gaps]} s apart"
    )


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_a_webhook_4xx_is_one_attempt_and_permanent(hook_server, status):
    hook_server.script.append((status, b"", {}))
    probe = queued_probe(hook_channel(f"{hook_server.url}/intake"))
    dispatch_until_settled(probe)
    assert probe.status == ProbeStatus.FAILED
    assert probe.next_attempt_at is None
    assert a_day_later_nothing_is_retried(probe)["handed_out"] == 0
    assert len(hook_server.requests) == 1
    assert attempts(probe) == [AttemptOutcome.FAILED]
    figure(f"B5 webhook {status}: {len(hook_server.requests)} attempt, permanent ({probe.last_error[:20]})")


@pytest.mark.parametrize("status", [408, 429, 500, 503])
def test_a_webhook_5xx_429_or_408_is_retried(hook_server, status):
    hook_server.script.append((status, b"", {}))
    probe = queued_probe(hook_channel(f"{hook_server.url}/intake"))
    assert outbox.deliver(probe.pk) == AttemptOutcome.RETRY
    probe.refresh_from_db()
    assert probe.status == ProbeStatus.QUEUED
    assert probe.next_attempt_at > timezone.now()


def test_a_webhook_that_accepts_and_never_answers_fails_within_the_timeout(settings):
    settings.PROBE_WEBHOOK_ALLOW_PRIVATE = True
    settings.PROBE_WEBHOOK_TIMEOUT = 2
    with servers.silent_server() as port:
        probe = queued_probe(hook_channel(f"http://127.0.0.1:{port}/intake"))
        started = time.monotonic()
        outcome = outbox.deliver(probe.pk)
        took = time.monotonic() - started
    probe.refresh_from_db()
    assert outcome == AttemptOutcome.RETRY
    assert "timed out" in probe.last_error.lower()
    assert took < settings.PROBE_WEBHOOK_TIMEOUT + 1
    figure(
        f"B5 webhook that accepts and never answers: failed after {took:.2f} s "
        f"(PROBE_WEBHOOK_TIMEOUT {settings.PROBE_WEBHOOK_TIMEOUT} s), retried later"
    )
