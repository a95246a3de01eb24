"""PostgreSQL restarted under work: gunicorn and a Celery worker recover without a restart.

A PostgreSQL cluster of the test's own (initdb in a temporary folder, its own port; the shared
server is never touched) serves gunicorn (production settings: persistent connections,
CONN_MAX_AGE=60 with health checks) and a Celery worker with beat dispatching probes every second
to a real SMTP server (aiosmtpd). While three clients keep reading a page, reading the API and
writing answers through the API, the cluster is stopped with ``-m immediate`` (a crash: no
checkpoint, recovery from the WAL on start), kept down for OUTAGE seconds while probes come due,
and started again. Then:

* the page, the API reads and the API writes each answer 200 again within 30 s of PostgreSQL
  being back, and nothing but 200 after that (during the outage anything 5xx is accepted);
* every probe that came due during the outage is sent after it, each exactly once (one message
  per Message-ID at the SMTP server, one "sent" attempt per probe), by the same worker process;
* every write that was answered 200, before or after the crash, is in the database.

Needs PostgreSQL's server binaries (``/usr/lib/postgresql/*/bin``); skipped without them unless
REQUIRE_POSTGRES_RESTART is set (CI sets it).
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import pwd
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import urllib3
from django.conf import settings

from evaluations.probes.tests.servers import free_port, smtp_server
from tests.stack import Service, start_web

BASE_DIR = Path(__file__).resolve().parents[1]
OUTAGE = 10  # seconds PostgreSQL stays down
PROBES = 30  # due while it is down
RECOVERY_BOUND = 30  # seconds, from the issue
PASSWORD = "restart-test-password-7c1d"

pytestmark = [pytest.mark.worker, pytest.mark.faults]


# --- A PostgreSQL cluster of our own -------------------------------------------------------------
def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@dataclass
class Cluster:
    bin: Path
    data: Path
    port: int
    log: Path
    as_postgres: list[str]

    def pg_ctl(self, *args: str, timeout: float = 60) -> None:
        command = [*self.as_postgres, str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), *args]
        subprocess.run(command, check=True, timeout=timeout, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data.parent} -c listen_addresses=127.0.0.1"
        self.pg_ctl("-o", options, "-w", "start")

    def crash(self) -> None:
        self.pg_ctl("-m", "immediate", "stop")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self.pg_ctl("-m", "fast", "stop")

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture
def cluster():
    bin_dir = postgres_bin()
    if bin_dir is None:
        if os.environ.get("REQUIRE_POSTGRES_RESTART"):
            pytest.fail("PostgreSQL's server binaries (initdb, pg_ctl) are missing: apt-get install postgresql")
        pytest.skip("needs PostgreSQL's server binaries (initdb, pg_ctl)")
    root = Path(tempfile.mkdtemp(prefix="vs-pg-restart-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        account = pwd.getpwnam("postgres")
        os.chown(root, account.pw_uid, account.pw_gid)
        as_postgres = ["runuser", "-u", "postgres", "--"]
    server = Cluster(bin_dir, root / "data", free_port(), root / "postgres.log", as_postgres)
    subprocess.run(
        [*as_postgres, str(bin_dir / "initdb"), "-D", str(server.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
        check=True, timeout=120, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    server.start()
    try:
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=server.port, user="postgres", dbname="postgres")
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("CREATE DATABASE vendorscore")
        connection.close()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


# --- The app on it -------------------------------------------------------------------------------
SETUP = """
import json
from django.contrib.auth.models import Group, User
from rest_framework.authtoken.models import Token
from evaluations.models import ChecklistTemplate, Evaluation
from evaluations.probes.models import ProbeQuestion
from vendors.models import SupportChannel, Vendor

eva = User.objects.create_user("eva", password="{password}")
eva.groups.add(Group.objects.get(name="evaluator"))
template = ChecklistTemplate.objects.get(slug="default", is_current=True)
drafts = []
for n in range(4):
    name = f"Restart vendor {{n}}"
    vendor = Vendor.objects.create(name=name, name_zh=f"重启供应商{{n}}", name_en=name)
    drafts.append(Evaluation.objects.create(vendor=vendor, evaluator=eva, template=template).pk)
channel = SupportChannel.objects.create(vendor=vendor, kind="email", address="support@restart.example.com")
keys = list(template.criteria.order_by("position").values_list("key", flat=True))
print(json.dumps({{
    "token": Token.objects.create(user=eva).key, "drafts": drafts, "keys": keys, "channel": channel.pk,
    "question": ProbeQuestion.objects.filter(is_active=True).order_by("pk").first().pk,
}}))
"""

QUEUE_PROBES = """
import datetime as dt, json
from django.utils import timezone
from evaluations.probes.models import Probe, ProbeQuestion
from vendors.models import SupportChannel

channel = SupportChannel.objects.get(pk={channel})
question = ProbeQuestion.objects.get(pk={question})
now = timezone.now()
probes = [
    Probe.objects.create_for(
        channel=channel, question=question, severity="P2", language="en",
        due_at=now + dt.timedelta(seconds={lead} + index * {step}),
    )
    for index in range({count})
]
ids, message_ids = [p.pk for p in probes], [p.message_id for p in probes]
print(json.dumps({{"now": now.timestamp(), "ids": ids, "message_ids": message_ids}}))
"""

PLAIN_STATIC = """
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
manifest_only = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
plain = {**settings.STORAGES, "staticfiles": {"BACKEND": manifest_only}}
with override_settings(STORAGES=plain):
    call_command("collectstatic", verbosity=0, interactive=False)
"""


def manage(env: dict, *args: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def shell(env: dict, code: str) -> dict:
    return json.loads(manage(env, "shell", "-c", code).strip().splitlines()[-1])


@pytest.fixture
def app(cluster, tmp_path):
    """Production settings on our cluster: migrated, static files collected, one evaluator."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vendorscore.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_hex(32),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "DATABASE_URL": cluster.url("vendorscore"),
        "CONN_MAX_AGE": "60",  # the production default, said out loud
        "VAR_DIR": str(tmp_path / "var"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_QUEUE": f"pg-restart-{secrets.token_hex(4)}",
        "PROBE_DISPATCH_INTERVAL": "1",
        "PROBE_REPLY_ADDRESS": "tech@buyer.example.com",
        "LOG_LEVEL": "WARNING",
        "API_USER_THROTTLE": "1000000/min",
        "API_ANON_THROTTLE": "1000000/min",
    }
    manage(env, "migrate", "--noinput", "-v0")
    subprocess.run([sys.executable, "-c", f"import django; django.setup()\n{PLAIN_STATIC}"], cwd=BASE_DIR, env=env,
                   check=True, timeout=300)  # fmt: skip
    setup = shell(env, SETUP.format(password=PASSWORD))
    return env, setup


# --- Traffic -------------------------------------------------------------------------------------
@dataclass
class Traffic:
    port: int
    token: str
    drafts: list[int]
    keys: list[str]
    results: list[tuple[str, float, int]] = field(default_factory=list)  # (kind, time, status; 0 = no answer)
    acked: list[tuple[int, str, str]] = field(default_factory=list)  # (evaluation, criterion key, note)
    failed_writes: list[tuple[int, str, str]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def pool(self):
        return urllib3.HTTPConnectionPool(
            "127.0.0.1", self.port, maxsize=1, retries=False, timeout=urllib3.Timeout(connect=5, read=20)
        )

    def call(self, kind: str, pool, method: str, path: str, **kwargs):
        try:
            response = pool.request(method, path, redirect=False, **kwargs)
        except urllib3.exceptions.HTTPError:
            response = None
        self.results.append((kind, time.monotonic(), response.status if response else 0))
        return response

    def page_reader(self):
        pool = self.pool()
        origin = {"Origin": f"http://127.0.0.1:{self.port}"}
        login = pool.request("GET", "/accounts/login/")
        cookie = login.headers["Set-Cookie"].split(";", 1)[0]
        csrf = cookie.split("=", 1)[1]
        signed_in = pool.request(
            "POST", "/accounts/login/", redirect=False, headers={**origin, "Cookie": cookie},
            fields={"username": "eva", "password": PASSWORD, "csrfmiddlewaretoken": csrf}, encode_multipart=False,
        )  # fmt: skip
        assert signed_in.status == 302, signed_in.data[:500]
        session = next(c for c in signed_in.headers.getlist("Set-Cookie") if c.startswith("sessionid="))
        cookies = f"{cookie}; {session.split(';', 1)[0]}"
        while not self.stopping.is_set():
            self.call("page", pool, "GET", "/vendors/", headers={"Cookie": cookies})
            time.sleep(0.2)

    def api_reader(self):
        pool = self.pool()
        while not self.stopping.is_set():
            self.call("api read", pool, "GET", "/api/vendors/", headers={"Authorization": f"Token {self.token}"})
            time.sleep(0.1)

    def api_writer(self):
        pool = self.pool()
        slots = [(draft, key) for draft in self.drafts for key in self.keys]
        for number, (draft, key) in enumerate(slots):
            if self.stopping.is_set():
                break
            note = f"write {number} at {time.time():.3f}"
            body = json.dumps({"criterion": key, "note": note, "revision": 0})
            response = self.call(
                "api write", pool, "POST", f"/api/evaluations/{draft}/answer/", body=body,
                headers={"Authorization": f"Token {self.token}", "Content-Type": "application/json"},
            )  # fmt: skip
            (self.acked if response is not None and response.status == 200 else self.failed_writes).append(
                (draft, key, note)
            )
            time.sleep(0.15)

    def run(self) -> list[threading.Thread]:
        threads = [
            threading.Thread(target=job, daemon=True) for job in (self.page_reader, self.api_reader, self.api_writer)
        ]
        for thread in threads:
            thread.start()
        return threads

    def recovered_at(self, kind: str, since: float) -> float | None:
        """When ``kind`` answered 200 after ``since`` and never anything else from then on."""
        after = [(at, status) for k, at, status in self.results if k == kind and at >= since]
        last_bad = max((at for at, status in after if status != 200), default=None)
        good = [at for at, status in after if status == 200 and (last_bad is None or at > last_bad)]
        return min(good) if good else None


def query(cluster: Cluster, sql: str, *params):
    import psycopg2

    connection = psycopg2.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="vendorscore")
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    finally:
        connection.close()


def test_web_and_worker_recover_from_a_postgres_crash_with_nothing_lost(cluster, app, tmp_path, capsys):
    env, setup = app
    port = free_port()
    with smtp_server() as smtp:
        env = {**env, "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}"}
        worker_cmd = [
            sys.executable, "-m", "celery", "-A", "vendorscore", "worker", "--beat", "--concurrency=2",
            "--loglevel=INFO", "--without-heartbeat", "--without-gossip", "--without-mingle",
            f"--hostname={env['CELERY_QUEUE']}@%h", f"--schedule={tmp_path}/beat-schedule",
        ]  # fmt: skip
        with (
            start_web(env, tmp_path, port, "--workers", "3", "--graceful-timeout", "30") as web,
            Service("worker", worker_cmd, env, tmp_path / "worker.log") as worker,
        ):
            # A first probe proves the worker and beat are up before anything fails.
            shell(
                env, QUEUE_PROBES.format(channel=setup["channel"], question=setup["question"], lead=0, step=0, count=1)
            )
            assert smtp.wait_for(1, timeout=60), (tmp_path / "worker.log").read_text()[-3000:]

            traffic = Traffic(port, setup["token"], setup["drafts"], setup["keys"])
            threads = traffic.run()
            time.sleep(3)
            # Probes come due one after another while PostgreSQL is down: from 1 s after the crash
            # to 1 s before it is back.
            lead = 6
            queued = shell(env, QUEUE_PROBES.format(
                channel=setup["channel"], question=setup["question"], lead=lead, step=(OUTAGE - 2) / (PROBES - 1),
                count=PROBES,
            ))  # fmt: skip
            time.sleep(max(0.0, queued["now"] + lead - 1 - time.time()))
            crashed = time.monotonic()
            cluster.crash()
            time.sleep(max(0.0, crashed + OUTAGE - time.monotonic()))
            cluster.start()
            back = time.monotonic()
            back_wall = time.time()

            wanted = set(queued["message_ids"])
            deadline = back + RECOVERY_BOUND + 30
            while time.monotonic() < deadline:
                sent = {m["Message-ID"] for m in smtp.messages} & wanted
                web_ok = all(traffic.recovered_at(kind, back) for kind in ("page", "api read", "api write"))
                if len(sent) == PROBES and web_ok and time.monotonic() > back + 10:
                    break
                time.sleep(0.5)
            traffic.stopping.set()
            for thread in threads:
                thread.join(timeout=30)
            assert web.process.poll() is None
            assert worker.process.poll() is None
            received = [(m["Message-ID"], m.get("Date")) for m in smtp.messages]

    worker_log = (tmp_path / "worker.log").read_text()
    # Web: each kind of request answers 200 again, and only 200 from then on.
    recovery = {kind: traffic.recovered_at(kind, back) for kind in ("page", "api read", "api write")}
    during = Counter(
        (kind, status) for kind, at, status in traffic.results if crashed <= at < (recovery.get(kind) or back)
    )
    for kind, at in recovery.items():
        assert at is not None, f"{kind} never recovered: {traffic.results[-10:]}"
        assert at - back <= RECOVERY_BOUND, f"{kind} recovered {at - back:.1f} s after PostgreSQL was back"
    unexpected = [(kind, status) for (kind, status) in during if status not in (200, 0) and status < 500]
    assert not unexpected, f"during the outage: {during}"

    # Worker: every probe due during the outage sent after it, exactly once, by the same worker.
    ids = queued["ids"]
    per_message = Counter(message_id for message_id, _date in received)
    assert all(per_message[m] == 1 for m in queued["message_ids"]), per_message
    rows = query(
        cluster,
        "SELECT p.id, p.status, p.sent_at, p.due_at, (SELECT count(*) FROM probes_probeattempt a "
        "WHERE a.probe_id = p.id AND a.outcome = 'sent') FROM probes_probe p WHERE p.id = ANY(%s)",
        ids,
    )
    assert len(rows) == PROBES
    assert all(status == "sent" and attempts == 1 for _id, status, _sent, _due, attempts in rows), rows
    first_sent = min(sent.timestamp() for _id, _status, sent, _due, _n in rows)
    last_sent = max(sent.timestamp() for _id, _status, sent, _due, _n in rows)
    assert first_sent >= back_wall - 1, "a probe due during the outage was sent while PostgreSQL was down"
    assert worker_log.count(" ready.") == 1  # one worker start: it carried on, it was not restarted

    # Nothing committed is lost: every write answered 200 is in the database.
    stored = {
        (evaluation, key): note
        for evaluation, key, note in query(
            cluster,
            "SELECT a.evaluation_id, c.key, a.note FROM evaluations_answer a "
            "JOIN evaluations_criterion c ON c.id = a.criterion_id WHERE a.evaluation_id = ANY(%s)",
            setup["drafts"],
        )
    }
    lost = [(e, k, n) for e, k, n in traffic.acked if stored.get((e, k)) != n]
    assert not lost, f"{len(lost)} acknowledged writes are missing: {lost[:5]}"
    committed_anyway = sum(1 for e, k, n in traffic.failed_writes if stored.get((e, k)) == n)

    statuses = Counter(status for _kind, at, status in traffic.results if crashed <= at < back + 30)
    with capsys.disabled():
        print(
            f"\nPostgreSQL crash (pg_ctl -m immediate) and restart after {OUTAGE} s, under traffic: web back "
            f"{', '.join(f'{kind} {recovery[kind] - back:.1f} s' for kind in recovery)} after PostgreSQL was up "
            f"(bound {RECOVERY_BOUND} s), no gunicorn or worker restart; answers from the crash to 30 s after: "
            f"{dict(sorted(statuses.items()))} (0 = no answer); worker: {PROBES}/{PROBES} probes due during the "
            f"outage sent after it, each once, first {first_sent - back_wall:.1f} s and last "
            f"{last_sent - back_wall:.1f} s after PostgreSQL was up; writes: {len(traffic.acked)} answered 200, "
            f"all {len(traffic.acked)} in the database, {len(traffic.failed_writes)} failed "
            f"({committed_anyway} of them committed anyway); requests in all: {len(traffic.results)}"
        )
