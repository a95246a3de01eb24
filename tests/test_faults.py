"""Fault tolerance of the probe outbox, against real processes: each test prints its figure.

* a Redis outage (hung, then crashed and restarted empty) while probes come due;
* a worker SIGKILLed in the middle of sending;
* four dispatchers in four processes at once;
* a dispatcher whose broker hangs in the middle of its batch.

The web server (gunicorn), the Celery workers and beat run as in production
(``vendorscore.settings`` from the environment) against the test database, with a
redis-server of the test's own as broker and cache (never the shared one) and a real SMTP
server (aiosmtpd). Needs PostgreSQL (``DATABASE_URL``): SQLite would serialise the very
concurrency under test. Run with ``make test-faults`` (``pytest -m faults -s``).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import json
import os
import re
import threading
import time
import urllib.error
import urllib.request
import uuid

import pytest
from celery import Celery
from django.db import connection
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from conftest import make_user
from evaluations.probes.choices import AttemptOutcome, ProbeStatus
from evaluations.probes.models import Probe, ProbeAttempt
from evaluations.probes.tests import servers
from evaluations.probes.tests.factories import ProbeQuestionFactory, email_channel
from tests import stack
from vendorscore.roles import Role

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _needs_the_stack():
    missing = []
    if connection.vendor != "postgresql":
        missing.append("PostgreSQL (set DATABASE_URL)")
    if not servers.redis_available():
        missing.append("redis-server")
    if missing:
        if os.environ.get("REQUIRE_FAULT_STACK"):
            pytest.fail(f"the fault tests need {', '.join(missing)} (REQUIRE_FAULT_STACK is set)")
        pytest.skip(f"the fault tests need {', '.join(missing)}")


def figure(text: str) -> None:
    """A figure for docs/RELIABILITY.md, shown in the CI log (pytest -s)."""
    print(f"\nFIGURE {text}", flush=True)


def due_probes(count: int, due_at) -> list[Probe]:
    channel = email_channel()
    question = ProbeQuestionFactory()
    return [
        Probe.objects.create_for(channel=channel, question=question, severity="P2", language="en", due_at=due_at(i))
        for i in range(count)
    ]


def sends_by_message_id(smtp) -> collections.Counter:
    return collections.Counter(message["Message-ID"] for message in list(smtp.messages))


def sent_attempts_per_probe(ids) -> collections.Counter:
    return collections.Counter(
        ProbeAttempt.objects.filter(probe_id__in=ids, outcome=AttemptOutcome.SENT).values_list("probe_id", flat=True)
    )


# --- B1: Redis outage ----------------------------------------------------------------------------
class Reader:
    """Reads pages (signed in by session cookie) and the API (token) over real HTTP, timing each."""

    def __init__(self, base: str, session: str, token: str):
        self.base = base
        self.session = session
        self.token = token

    def request(self, method: str, path: str, body: dict | None = None, auth: str = "session") -> tuple[int, float]:
        headers = {"Accept": "text/html,application/json"}
        if auth == "session":
            headers["Cookie"] = f"sessionid={self.session}"
        elif auth == "token":
            headers["Authorization"] = f"Token {self.token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)  # noqa: S310
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            exc.read()
            status = exc.code
        return status, time.monotonic() - started


def test_b1_a_redis_outage_while_probes_come_due_loses_and_doubles_nothing(tmp_path):
    count = 120
    interval = 15  # PROBE_DISPATCH_INTERVAL: how often beat sweeps the outbox
    hung_for, down_for = 6.0, 9.0
    manager = make_user("manager-b1", Role.MANAGER)
    token = Token.objects.create(user=manager).key
    client = Client()
    client.force_login(manager)
    channel = email_channel()
    question = ProbeQuestionFactory()
    port = servers.free_port()
    with servers.redis_server() as redis, servers.smtp_server() as smtp:
        env = stack.app_env(
            tmp_path,
            CELERY_BROKER_URL=redis.url(0),
            REDIS_URL=redis.url(1),  # the cache on the same Redis, as in docker-compose.yml
            CELERY_QUEUE=f"b1-{uuid.uuid4().hex[:8]}",
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            PROBE_DISPATCH_INTERVAL=str(interval),
        )
        services = []
        try:
            # As docker-compose.yml runs them: a worker of two processes, one beat, gunicorn.
            services.append(stack.start_worker(env, tmp_path, "worker", "--pool=prefork", "--concurrency=2"))
            services.append(stack.start_beat(env, tmp_path))
            services.append(stack.start_web(env, tmp_path, port))
            web = Reader(f"http://127.0.0.1:{port}", client.cookies["sessionid"].value, token)
            probe_now = {"vendor": channel.vendor_id, "channel": channel.pk, "question": question.pk}

            # Healthy: "probe now" reaches the SMTP server through gunicorn, Redis and the worker.
            assert web.request("POST", "/api/probes/", probe_now, auth="token")[0] == 201
            smtp.wait_for(1, timeout=60)
            assert len(smtp.messages) == 1
            first = Probe.objects.get()
            reads = [
                ("/", "session"),
                ("/vendors/", "session"),
                (f"/vendors/{channel.vendor_id}/", "session"),
                ("/probes/", "session"),
                (f"/probes/{first.pk}/", "session"),
                ("/api/vendors/", "token"),
                ("/api/probes/?status=queued", "token"),
                (f"/api/probes/{first.pk}/", "token"),
                (f"/reply/{first.reply_token}/", None),  # counts requests per client in the cache
            ]
            baseline = {path: web.request("GET", path, auth=auth) for path, auth in reads}
            assert all(status == 200 for status, _took in baseline.values()), baseline

            # The probes come due during the outage, spread over it.
            start = timezone.now()
            spread = (hung_for + down_for - 4) / count
            due_probes(count, lambda i: start + dt.timedelta(seconds=2 + i * spread))
            timings: list[tuple[float, str, str, int]] = []  # (seconds, phase, path, status)
            others: dict[str, tuple[int, float]] = {}

            def outage(seconds: float, phase: str) -> None:
                others[f"probe now ({phase})"] = web.request("POST", "/api/probes/", probe_now, auth="token")
                # A wrong password on the token endpoint, whose throttle counts in the cache.
                body = {"username": "manager-b1", "password": "wrong"}
                others[f"token endpoint ({phase})"] = web.request("POST", "/api/auth/token/", body, auth=None)
                others[f"/healthz ({phase})"] = web.request("GET", "/healthz", auth=None)
                until = time.monotonic() + seconds
                while time.monotonic() < until:
                    for path, auth in reads:
                        status, took = web.request("GET", path, auth=auth)
                        timings.append((took, phase, path, status))

            redis.pause()  # hung: the kernel accepts connections, nobody answers
            outage(hung_for, "Redis hung")
            redis.kill()  # then crashed: connections refused, and everything it held is gone
            outage(down_for, "Redis down")
            redis.start()  # back, empty
            back = time.monotonic()

            expected = set(Probe.objects.values_list("message_id", flat=True))
            stack.wait_until(lambda: expected <= set(sends_by_message_id(smtp)), timeout=180, interval=0.05)
            drained = time.monotonic() - back
            time.sleep(interval)  # a late duplicate would show up here
        finally:
            for service in reversed(services):
                service.stop()
        logs = "\n".join(service.output(3000) for service in services)

    sends = sends_by_message_id(smtp)
    all_ids = list(Probe.objects.values_list("pk", flat=True))
    duplicates = sum(n - 1 for n in sends.values())
    recorded = sent_attempts_per_probe(all_ids)
    slowest = max(timings)
    statuses = collections.Counter(status for _took, _phase, _path, status in timings)
    figure(
        f"B1 Redis outage ({hung_for:.0f} s hung, then {down_for:.0f} s down and restarted empty) while "
        f"{count} probes came due (plus 2 'probe now' during the outage): {len(sends)}/{len(all_ids)} probes sent, "
        f"{duplicates} duplicates, {len(all_ids) - len(recorded)} lost; the last sent {drained:.1f} s after Redis "
        f"returned (sweep interval {interval} s, bound {2 * interval} s)"
    )
    figure(
        f"B1 reads during the outage: {len(timings)} page and API reads, statuses {dict(statuses)}, slowest "
        f"{slowest[0]:.2f} s ({slowest[2]}, {slowest[1]}); before it, slowest "
        f"{max(took for _status, took in baseline.values()):.2f} s"
    )
    figure("B1 other requests during the outage: " + "; ".join(
        f"{name} {status} in {took:.2f} s" for name, (status, took) in others.items()
    ))  # fmt: skip
    assert statuses == {200: len(timings)}
    assert slowest[0] < 2, slowest
    for phase in ("Redis hung", "Redis down"):
        status, took = others[f"probe now ({phase})"]
        assert status == 201
        assert took < 2
        assert others[f"token endpoint ({phase})"][0] == 400
        assert others[f"/healthz ({phase})"][0] == 503
    assert set(sends) == set(Probe.objects.values_list("message_id", flat=True)), logs
    assert duplicates == 0, logs
    assert all(recorded[pk] == 1 for pk in all_ids)
    assert Probe.objects.exclude(status=ProbeStatus.SENT).count() == 0
    assert drained <= 2 * interval, logs


# --- B2: a worker SIGKILLed in the middle of a send ----------------------------------------------
class StallingHandler(servers.RecordingHandler):
    """Takes the message in, then (when armed) holds back the "250 OK" for a minute: the worker
    sits in the middle of its send, the vendor's server already has the message."""

    STALL_SECONDS = 60

    def __init__(self):
        super().__init__()
        self.armed = False
        self.stalled = threading.Event()
        self.stalled_ids: list[str] = []

    def arm(self) -> None:
        with self.lock:
            self.stalled.clear()
            self.armed = True

    async def handle_DATA(self, server, session, envelope):
        answer = await super().handle_DATA(server, session, envelope)
        with self.lock:
            stall, self.armed = self.armed, False
            if stall:
                self.stalled_ids.append(self.messages[-1]["Message-ID"])
                self.stalled.set()
        if stall:
            await asyncio.sleep(self.STALL_SECONDS)
        return answer


def test_b2_a_worker_killed_mid_send_loses_nothing_and_sends_at_most_once_more(tmp_path):
    from aiosmtpd.controller import Controller

    count, kills_planned = 30, 3
    interval = 2
    handler = StallingHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=servers.free_port())
    smtp.start()
    probes = due_probes(count, lambda i: timezone.now())
    ids = [p.pk for p in probes]
    with servers.redis_server() as redis:
        env = stack.app_env(
            tmp_path,
            CELERY_BROKER_URL=redis.url(0),
            REDIS_URL=redis.url(1),
            CELERY_QUEUE=f"b2-{uuid.uuid4().hex[:8]}",
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            PROBE_DISPATCH_INTERVAL=str(interval),
            # A claim is stale after the task time limit + 30 s: keep the test short.
            CELERY_TASK_SOFT_TIME_LIMIT="5",
            CELERY_TASK_TIME_LIMIT="6",
        )
        beat = stack.start_beat(env, tmp_path)
        workers: list[stack.Service] = []
        try:
            for number in range(kills_planned):
                handler.arm()
                workers.append(stack.start_worker(env, tmp_path, f"worker{number}"))
                assert handler.stalled.wait(90), workers[-1].output()
                workers[-1].kill()  # SIGKILL to the worker's process group, mid-send
            killed_at = time.monotonic()
            # The last worker sends undisturbed.
            workers.append(stack.start_worker(env, tmp_path, f"worker{kills_planned}"))
            stack.wait_until(
                lambda: Probe.objects.filter(pk__in=ids, status=ProbeStatus.SENT).count() == count,
                timeout=180,
                interval=0.2,
            )
            recovered = time.monotonic() - killed_at
            time.sleep(2 * interval)
        finally:
            for service in [*workers, beat]:
                service.stop()
            smtp.stop()
        logs = "\n".join(service.output(2000) for service in [*workers, beat])

    sends = sends_by_message_id(handler)
    extra = sum(n - 1 for n in sends.values())
    recorded = sent_attempts_per_probe(ids)
    stalled = Probe.objects.filter(message_id__in=handler.stalled_ids)
    figure(
        f"B2 worker SIGKILLed mid-send: {kills_planned} kills, {sum(sends.values())} sends for {count} probes, "
        f"{extra} extra sends (each with the Message-ID of the killed send), "
        f"{count - len(recorded)} lost, {sum(n - 1 for n in recorded.values())} recorded twice; all sent "
        f"{recovered:.0f} s after the last kill (a dead worker's claim is requeued once it is older than the "
        f"task time limit + 30 s, here {int(env['CELERY_TASK_TIME_LIMIT']) + 30} s)"
    )
    assert len(handler.stalled_ids) == kills_planned
    assert set(sends) == {p.message_id for p in probes}, logs  # nothing lost
    assert extra <= kills_planned
    assert all(sends[message_id] == 2 for message_id in handler.stalled_ids)  # the killed send, then its retry
    assert all(recorded[pk] == 1 for pk in ids)  # recorded once
    for probe in stalled:
        outcomes = list(probe.attempts.order_by("number").values_list("outcome", flat=True))
        assert outcomes == [AttemptOutcome.ABANDONED, AttemptOutcome.SENT]


# --- B3: four dispatchers at once ----------------------------------------------------------------
DISPATCH_RESULT = re.compile(r"dispatch_due\[[^\]]+\] succeeded in [\d.]+s: (\{.*\})")
DISPATCH_RECEIVED = re.compile(r"\[([\d-]+ [\d:]+,\d+): INFO/MainProcess\] Task [\w.]+dispatch_due\[[^\]]+\] received")
SKIPPED = re.compile(r"send_probe\[[^\]]+\] succeeded in [\d.]+s: 'skipped'")


def test_b3_four_dispatcher_processes_at_once_claim_no_probe_twice(tmp_path):
    count, dispatchers = 200, 4
    probes = due_probes(count, lambda i: timezone.now())
    ids = [p.pk for p in probes]
    with servers.redis_server() as redis, servers.smtp_server() as smtp:
        queue = f"b3-{uuid.uuid4().hex[:8]}"
        env = stack.app_env(
            tmp_path,
            CELERY_BROKER_URL=redis.url(0),
            REDIS_URL=redis.url(1),
            CELERY_QUEUE=queue,
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            PROBE_DISPATCH_INTERVAL="30",
        )
        workers = []
        try:
            workers = [stack.start_worker(env, tmp_path, f"dispatcher{n}") for n in range(dispatchers)]
            sender = Celery("faults", broker=redis.url(0))
            # The URL in full: Celery would take CELERY_BROKER_URL from the environment over broker=.
            with sender.connection_for_write(redis.url(0)) as conn, conn.Producer() as producer:
                # Four dispatch runs at the same moment, one per worker process (each takes one task
                # at a time), and then a second wake-up for every probe, so that the four race for
                # each row at the claim too.
                for _ in range(dispatchers):
                    sender.send_task("evaluations.probes.tasks.dispatch_due", queue=queue, producer=producer)
                for pk in ids:
                    sender.send_task("evaluations.probes.tasks.send_probe", args=[pk], queue=queue, producer=producer)
            stack.wait_until(lambda: len(smtp.messages) >= count, timeout=240, interval=0.2)
            time.sleep(3)
        finally:
            for worker in workers:
                worker.stop()
        logs = [worker.log.read_text(errors="replace") for worker in workers]

    runs = [json.loads(match.replace("'", '"')) for log in logs for match in DISPATCH_RESULT.findall(log)]
    handed = [run["handed_out"] for run in runs]
    received = sorted(
        dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f") for log in logs for stamp in DISPATCH_RECEIVED.findall(log)
    )
    spread = (received[-1] - received[0]).total_seconds()
    sends = sends_by_message_id(smtp)
    attempts = collections.Counter(ProbeAttempt.objects.filter(probe_id__in=ids).values_list("probe_id", flat=True))
    claimed_twice = sum(1 for n in attempts.values() if n > 1)
    skipped = sum(len(SKIPPED.findall(log)) for log in logs)
    by_worker = collections.Counter(ProbeAttempt.objects.filter(probe_id__in=ids).values_list("worker", flat=True))
    figure(
        f"B3 {dispatchers} dispatcher processes at once on PostgreSQL (runs started within {spread * 1000:.0f} ms), "
        f"{count} due probes, each woken twice: "
        f"handed out {sum(handed)} ({'+'.join(map(str, handed))}), {sum(handed) - count} handed out twice; "
        f"{len(sends)} sent by {len(by_worker)} workers ({'/'.join(str(n) for n in sorted(by_worker.values()))}), "
        f"{claimed_twice} claimed twice, {sum(sends.values()) - len(sends)} duplicate sends, "
        f"{skipped} wake-ups found their row already taken"
    )
    assert len(runs) == dispatchers
    assert len(received) == dispatchers
    assert sum(handed) == count
    assert set(sends) == {p.message_id for p in probes}
    assert sum(sends.values()) == count
    assert claimed_twice == 0
    assert Probe.objects.filter(pk__in=ids, status=ProbeStatus.SENT).count() == count


# --- a dispatcher whose broker hangs in the middle of its batch ------------------------------------
DISPATCH = (
    "import json, time; from evaluations.probes.tasks import dispatch_due; "
    "t = time.monotonic(); r = dispatch_due(); r['seconds'] = time.monotonic() - t; print('RESULT', json.dumps(r))"
)


def run_dispatch(env) -> dict:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", DISPATCH],
        cwd=stack.BASE_DIR, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, done.stdout[-2000:] + done.stderr[-3000:]
    return json.loads(lines[-1].removeprefix("RESULT "))


def test_a_dispatcher_whose_broker_hangs_gives_its_batch_back_after_one_timeout(tmp_path):
    count = 40
    ids = [p.pk for p in due_probes(count, lambda i: timezone.now())]
    with servers.redis_server() as redis:
        env = stack.app_env(tmp_path, CELERY_BROKER_URL=redis.url(0), CELERY_QUEUE=f"hang-{uuid.uuid4().hex[:8]}")
        redis.pause()
        try:
            hung = run_dispatch(env)
        finally:
            redis.resume()
        after = run_dispatch(env)  # the next tick, at once: no grace period to wait out
    figure(
        f"B1 (dispatcher on a hung broker): {count} due probes handed out, {hung['woken']} woken, gave the batch "
        f"back after {hung['seconds']:.1f} s (one socket timeout, not one per probe); the next tick woke "
        f"{after['woken']} in {after['seconds']:.1f} s"
    )
    assert hung["handed_out"] == count
    assert hung["woken"] == 0
    assert hung["seconds"] < 10
    assert after["woken"] == count
    assert Probe.objects.filter(pk__in=ids, enqueued_at__isnull=False).count() == count
