"""A real task through a real Celery worker process and the configured broker.

In CI CELERY_BROKER_URL points at Redis; locally it is the embedded filesystem
broker. The worker listens on a queue of its own, so a `make run` worker on
the same broker cannot take the task.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from vendorscore.tasks import ping

BASE_DIR = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.worker


@pytest.fixture
def worker_queue():
    # The test settings run tasks inline; this test is about the real path.
    eager = ping.app.conf.task_always_eager
    ping.app.conf.task_always_eager = False
    queue = f"test-{uuid.uuid4().hex[:8]}"
    worker = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "vendorscore", "worker",
            "--pool=solo", "--queues", queue, "--loglevel=WARNING", "--without-heartbeat",
            "--without-gossip", "--without-mingle", f"--hostname={queue}@%h",
        ],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "vendorscore.settings_test"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        yield queue
    finally:
        worker.terminate()
        try:
            output, _ = worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            output, _ = worker.communicate()
        ping.app.conf.task_always_eager = eager
        print(output)  # shown when a test fails


def test_a_task_runs_in_a_real_worker_process(worker_queue):
    token = uuid.uuid4().hex
    result = ping.apply_async(args=[token], queue=worker_queue)
    reply = result.get(timeout=60)
    assert reply["token"] == token
    assert reply["pid"] != os.getpid()  # it ran in the worker, not here
    print(f"broker={settings.CELERY_BROKER_URL.split('://')[0]} worker pid={reply['pid']}")
