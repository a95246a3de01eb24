"""Probes end to end through a real Celery worker with beat, on the configured broker and database.

In CI the broker is Redis and the database PostgreSQL; locally the filesystem broker and a
SQLite file. The worker and beat run in their own process on a queue of their own, with a
short dispatch interval: nothing wakes them but beat's dispatch_due, and they deliver the
due probes to a real SMTP server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from evaluations.probes.choices import ProbeStatus
from evaluations.probes.models import Probe, ProbeAttempt
from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel
from evaluations.probes.tests.servers import smtp_server
from tests.stack import database_url

BASE_DIR = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_beat_dispatches_due_probes_and_a_worker_sends_each_once():
    channel = email_channel()
    question = ProbeQuestionFactory()
    probes = [
        Probe.objects.create_for(
            channel=channel, question=question, severity="P2", language="en", due_at=timezone.now()
        )
        for _ in range(5)
    ]
    queue = f"probes-{uuid.uuid4().hex[:8]}"
    with smtp_server() as smtp, tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "vendorscore.settings",
            "DEBUG": "true",
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            "CELERY_QUEUE": queue,
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
            "PROBE_DISPATCH_INTERVAL": "2",
            "PROBE_REPLY_ADDRESS": "tech@buyer.example.com",
        }
        worker = subprocess.Popen(
            [
                sys.executable, "-m", "celery", "-A", "vendorscore", "worker", "--beat", "--pool=solo",
                "--loglevel=INFO", "--without-heartbeat", "--without-gossip", "--without-mingle",
                f"--hostname={queue}@%h", f"--schedule={scratch}/beat-schedule",
            ],
            cwd=BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        started = time.monotonic()
        try:
            messages = smtp.wait_for(5, timeout=90)
            elapsed = time.monotonic() - started
        finally:
            worker.terminate()
            try:
                output, _ = worker.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                output, _ = worker.communicate()
    assert len(messages) == 5, output[-3000:]
    assert sorted(m["Message-ID"] for m in messages) == sorted(p.message_id for p in probes)
    assert Probe.objects.filter(status=ProbeStatus.SENT).count() == 5
    assert ProbeAttempt.objects.filter(outcome="sent").count() == 5
    workers = set(ProbeAttempt.objects.values_list("worker", flat=True))
    assert all(not name.endswith(f":{os.getpid()}") for name in workers)  # sent by the worker, not by us
    broker = settings.CELERY_BROKER_URL.split(":")[0]
    print(f"broker={broker} db={connection.vendor}: 5 probes sent by beat + worker in {elapsed:.1f} s")
