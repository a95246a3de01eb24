"""Benchmark of the probe pipeline against real servers. Prints figures; asserts nothing.

    .venv/bin/python tests/benchmarks/bench_probes.py [--probes 1000] [--rounds 3]

* dispatch: N due email probes through ``dispatch_due`` ticks run back to back (batches of
  ``SEND_BATCH`` claimed, sent over one connection and recorded, inline as a single worker
  would) to a local SMTP server (aiosmtpd), against a plain smtplib loop sending the same N
  messages (a new connection each), in the same round; medians of interleaved rounds;
* ingest: N replies appended to a real Dovecot mailbox, then one IMAP poll: replies stored per
  second and database queries per message (needs dovecot-imapd and root; skipped otherwise).

Runs in a throwaway test database on whatever DATABASE_URL points at (SQLite by default).
"""

from __future__ import annotations

import argparse
import os
import smtplib
import statistics
import sys
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorscore.settings_test")

import logging

import django

django.setup()
logging.disable(logging.INFO)  # task chatter would drown the figures

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from evaluations.probes import mail  # noqa: E402
from evaluations.probes.models import Probe  # noqa: E402
from evaluations.probes.tasks import dispatch_due  # noqa: E402
from evaluations.probes.tests import servers  # noqa: E402


def queue(count: int) -> list[Probe]:
    from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel

    channel = email_channel()
    question = ProbeQuestionFactory()
    now = timezone.now()
    return [
        Probe.objects.create_for(channel=channel, question=question, severity="P3", language="zh-hans", due_at=now)
        for _ in range(count)
    ]


def dispatch_round(smtp, count: int) -> dict:
    """Queue ``count`` due probes, dispatch them all, then send the same messages in a plain loop."""
    probes = queue(count)
    ids = [p.pk for p in probes]
    due = min(p.due_at for p in probes)
    smtp.handler.messages.clear()
    started = time.perf_counter()
    # One dispatcher tick hands out at most HAND_OUT_BATCH rows; beat would run the next tick
    # PROBE_DISPATCH_INTERVAL later, here it runs at once (tasks run inline: one worker).
    ticks = 0
    while Probe.objects.filter(pk__in=ids, status="queued").exists() and ticks < 20:
        dispatch_due()
        ticks += 1
    elapsed = time.perf_counter() - started
    smtp.wait_for(count, timeout=300)
    sent = list(Probe.objects.filter(pk__in=ids).values_list("sent_at", flat=True))
    lateness = sorted((at - due).total_seconds() for at in sent if at)
    # The same messages through plain smtplib, a connection each (as Django's backend does per send).
    messages = smtp.handler.messages[:count]
    smtp.handler.messages.clear()
    started = time.perf_counter()
    for original in messages:
        message = EmailMessage()
        for name in ("From", "To", "Subject", "Message-ID", "Reply-To"):
            message[name] = original[name]
        message.set_content(original.get_body(("plain",)).get_content())
        with smtplib.SMTP("127.0.0.1", smtp.port, timeout=10) as client:
            client.send_message(message)
    plain = time.perf_counter() - started
    return {
        "seconds": elapsed,
        "per_second": count / elapsed,
        "plain_per_second": count / plain,
        "ratio": plain / elapsed,
        "p50_lateness": statistics.median(lateness),
        "p99_lateness": lateness[max(0, int(0.99 * len(lateness)) - 1)],
        "ticks": ticks,
        "unsent": count - len(lateness),
    }


def bench_dispatch(count: int, rounds: int) -> dict:
    """``rounds`` rounds, each the dispatcher then the plain loop (interleaved, so a burst of load
    from elsewhere on the machine hits both); medians of the rounds."""
    with servers.smtp_server() as smtp:
        smtp_settings = {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": smtp.port,
            "EMAIL_USE_TLS": False,
            "PROBE_REPLY_ADDRESS": "Li Wei <tech@buyer.example.com>",
        }
        with override_settings(**smtp_settings):
            Probe().reply_url  # noqa: B018  (warm up: the URLconf loads once per process, not per probe)
            results = [dispatch_round(smtp, count) for _ in range(rounds)]
    median = {key: statistics.median(r[key] for r in results) for key in results[0]}
    return {
        **median,
        "count": count,
        "rounds": rounds,
        "ratios": [r["ratio"] for r in results],
        "worst_p99_lateness": max(r["p99_lateness"] for r in results),
        "unsent": sum(r["unsent"] for r in results),
    }


def bench_ingest(count: int) -> dict | None:
    if not servers.dovecot_available():
        return None
    probes = queue(count)
    Probe.objects.filter(pk__in=[p.pk for p in probes]).update(status="sent", sent_at=timezone.now())
    with servers.dovecot_server() as dovecot:
        for index, probe in enumerate(probes):
            raw = (
                f"From: eng@vendor.example.com\r\nTo: tech+{probe.reply_token}@buyer.example.com\r\n"
                f"Subject: Re: {probe.subject}\r\nMessage-ID: <bench-{index}@vendor.example.com>\r\n"
                f"In-Reply-To: {probe.message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "看了一下，是播放器缓存参数的问题，按文档第 3 节调整即可。\r\n"
            ).encode()
            servers.append(dovecot, raw)
        config = mail.parse_imap_url(dovecot.url)
        # As in production: score recomputes are queued (debounced), not run inside the poll.
        queries = []  # counted, not logged: Django's query log keeps only the last 9,000

        def count_query(execute, sql, params, many, context):
            queries.append(1)
            return execute(sql, params, many, context)

        with override_settings(CELERY_TASK_ALWAYS_EAGER=False), connection.execute_wrapper(count_query):
            started = time.perf_counter()
            result = mail.poll_mailbox(config, batch=count)
            elapsed = time.perf_counter() - started
    return {
        "count": result.stored,
        "seconds": elapsed,
        "per_second": result.stored / elapsed,
        "queries_per_message": len(queries) / max(1, result.fetched),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probes", type=int, default=300, help="probes per dispatch round and replies to ingest")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved dispatch rounds (medians are printed)")
    args = parser.parse_args()
    old_config = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        print(f"database={connection.vendor} broker={settings.CELERY_BROKER_URL.split(':')[0]} (tasks run inline)")
        dispatch = bench_dispatch(args.probes, args.rounds)
        print(
            f"dispatch: {dispatch['count']} probes to local SMTP in {dispatch['seconds']:.2f} s = "
            f"{dispatch['per_second']:.0f}/s; plain smtplib loop {dispatch['plain_per_second']:.0f}/s; "
            f"ratio {dispatch['ratio']:.2f} (rounds {', '.join(f'{r:.2f}' for r in dispatch['ratios'])}); "
            f"lateness p50 {dispatch['p50_lateness']:.2f} s, p99 {dispatch['p99_lateness']:.2f} s "
            f"(worst round {dispatch['worst_p99_lateness']:.2f} s); {dispatch['ticks']:.0f} ticks; "
            f"medians of {dispatch['rounds']} rounds"
        )
        print(
            f"  target: ratio >= 0.5 ({'met' if dispatch['ratio'] >= 0.5 else 'MISSED'}); lateness p99 <= 60 s "
            f"({'met' if dispatch['p99_lateness'] <= 60 and not dispatch['unsent'] else 'MISSED'})"
            + (f"; {dispatch['unsent']} probes NOT SENT" if dispatch["unsent"] else "")
        )
        ingest = bench_ingest(args.probes)
        if ingest is None:
            print("ingest: skipped (needs dovecot-imapd and root)")
        else:
            print(
                f"ingest: {ingest['count']} replies from Dovecot in {ingest['seconds']:.2f} s = "
                f"{ingest['per_second']:.0f}/s; {ingest['queries_per_message']:.1f} queries per message"
            )
            print(f"  target: {args.probes} replies in <= 60 s ({'met' if ingest['seconds'] <= 60 else 'MISSED'})")
    finally:
        connection.creation.destroy_test_db(old_config, verbosity=0)


if __name__ == "__main__":
    main()
