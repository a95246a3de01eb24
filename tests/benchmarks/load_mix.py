"""Load: concurrent signed-in users mixing page views, evaluation saves and API reads against
gunicorn + PostgreSQL on loopback. Prints a table per request kind; exits 1 on any error.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vendorscore \\
        .venv/bin/python tests/benchmarks/load_mix.py [--clients 50] [--seconds 60] [--workers N]

What it does:

* creates a database of its own on DATABASE_URL's server (``<name>_load``, dropped afterwards),
  migrates it, loads the demo (``seed_demo``) and adds one evaluator per client, each with a draft
  evaluation of a demo vendor (checklist version 2, 116 questions);
* serves it with gunicorn under production settings (DEBUG=false, collected static files, the
  cache in Redis when the broker is Redis, the API throttles set out of reach: this measures
  the server, not the throttle);
* every client signs in through the login page (CSRF cookie and form token, as a browser; its
  API token was issued in the set-up, as a REST client keeps one) and opens its evaluation;
  once all are in, each loops until the time is up, without pauses, over a mix of
    - pages (45 %): overview, vendor list, a vendor, its scorecard, the ranking, a comparison
      of three vendors (2/13 each), its own evaluation (1/13: the 116-question form is opened
      once and then saved into answer by answer);
    - evaluation saves (25 %): one answer of its own draft through the page's form, posted as
      htmx posts it (multipart, X-CSRFToken, HX-Request) with the revision it last saw, which the
      answer fragment in the response then updates; each save changes the note, so each is a
      write;
    - API reads (30 %, token): vendors, scores, evaluations, a vendor's scorecard;
* anything but the expected status (200; a 302 to the evaluation page is not expected either,
  since htmx gets the fragment) is an error, and so is a save whose revision is not one more
  than before;
* at the end, the database must hold exactly the saves that were answered 200: the revisions
  of every client's answers add up to the number of successful saves.

Workers: gunicorn's sync worker (what the Dockerfile and docker-compose run), 2 x cores + 1 by
default. Views are short and CPU-bound (templates, scoring), so threads inside a worker share
one GIL and add little; sync workers with the kernel's accept queue in front are what ships.
``--worker-class gthread --threads 4`` compares.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import urllib3

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))  # run as a script: the project's packages import

from tests import stack  # noqa: E402  (gunicorn and Celery processes, as the fault tests start them)

PASSWORD = "load-test-password-9f3k"
MIX = (("page", 45), ("save", 25), ("api", 30))
TIMEOUT = urllib3.Timeout(connect=10, read=60)


# --- Set-up --------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_database_url(base_url: str) -> tuple[str, str, dict]:
    parsed = urllib.parse.urlparse(base_url)
    if parsed.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit("load_mix.py needs DATABASE_URL=postgres://… (the load runs on PostgreSQL)")
    name = f"{parsed.path.lstrip('/') or 'vendorscore'}_load"
    server = {
        "host": parsed.hostname or "127.0.0.1",
        "port": parsed.port or 5432,
        "user": urllib.parse.unquote(parsed.username or "postgres"),
        "password": urllib.parse.unquote(parsed.password or ""),
        "dbname": "postgres",
    }
    return parsed._replace(path=f"/{name}").geturl(), name, server


def recreate_database(server: dict, name: str, drop_only: bool = False) -> None:
    import psycopg2

    connection = psycopg2.connect(**server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def production_environment(database_url: str, scratch: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vendorscore.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_hex(32),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": database_url,
        "VAR_DIR": str(scratch / "var"),
        "STATIC_ROOT": str(scratch / "static"),
        "CELERY_QUEUE": f"load-{secrets.token_hex(4)}",  # nothing here consumes it; no worker takes our tasks
        "LOG_LEVEL": "WARNING",
        # The throttles are measured elsewhere; here they must not answer 429.
        "API_USER_THROTTLE": "1000000/min",
        "API_ANON_THROTTLE": "1000000/min",
        "API_TOKEN_THROTTLE": "1000000/min",
    }
    env.setdefault("CELERY_BROKER_URL", "memory://")
    if env["CELERY_BROKER_URL"].startswith("redis"):
        # Production caches in Redis (docker-compose's REDIS_URL): the throttles' counters live there.
        env.setdefault("REDIS_URL", env["CELERY_BROKER_URL"])
    return env


def prepare(env: dict, clients: int) -> dict:
    """Migrate, seed the demo, add one evaluator with a draft per client; return what clients need."""
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import override_settings

    # The manifest that DEBUG=false needs, without whitenoise's gzip and brotli copies of every file
    # (minutes of CPU): the clients fetch pages, not static files.
    plain = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    for command, options in (
        ("migrate", {"verbosity": 0, "interactive": False}),
        ("collectstatic", {"verbosity": 0, "interactive": False}),
        ("seed_demo", {"stdout": open(os.devnull, "w")}),  # noqa: SIM115
    ):
        started = time.perf_counter()
        with override_settings(STORAGES=plain):
            call_command(command, **options)
        print(f"  {command}: {time.perf_counter() - started:.0f} s", flush=True)

    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, User
    from rest_framework.authtoken.models import Token

    from evaluations.models import ChecklistTemplate, Evaluation
    from vendors.models import Vendor

    template = ChecklistTemplate.objects.get(slug="default", is_current=True)
    criteria = [
        {"id": c.pk, "type": c.answer_type, "options": [o["key"] for o in c.options or []], "na": c.na_allowed}
        for c in template.criteria.order_by("position")
    ]
    vendors = list(Vendor.objects.alive().order_by("pk").values_list("pk", flat=True))
    evaluators = Group.objects.get(name="evaluator")
    hashed = make_password(PASSWORD)
    people = []
    for index in range(clients):
        user = User.objects.create(username=f"load{index:03d}", password=hashed, email=f"load{index:03d}@example.com")
        user.groups.add(evaluators)
        # Issued once, as an API client keeps its token (the token endpoint hashes the password again).
        token = Token.objects.create(user=user).key
        vendor = vendors[index % len(vendors)]
        draft = Evaluation.objects.create(vendor_id=vendor, evaluator=user, template=template)
        people.append({"username": user.username, "evaluation": draft.pk, "vendor": vendor, "token": token})
    return {"criteria": criteria, "vendors": vendors, "people": people, "template": template.pk}


def saved_revisions(usernames: list[str]) -> int:
    from django.db import connection
    from django.db.models import Sum

    from evaluations.models import Answer

    connection.close()  # a fresh connection after the run
    return Answer.objects.filter(evaluation__evaluator__username__in=usernames).aggregate(n=Sum("revision"))["n"] or 0


# --- Clients -------------------------------------------------------------------------------------
@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    saves_ok: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None = None) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if error:
                self.errors[kind].append(error)


class Browser:
    """One signed-in person: a keep-alive connection, cookies, the CSRF token the pages carry."""

    def __init__(self, port: int, stats: Stats):
        self.origin = f"http://127.0.0.1:{port}"
        self.pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1, timeout=TIMEOUT, retries=False)
        self.cookies: dict[str, str] = {}
        self.stats = stats
        self.token = ""
        self.csrf = ""

    def request(self, kind: str, method: str, path: str, expect: int = 200, **kwargs):
        headers = {"Origin": self.origin, "Referer": self.origin + "/", **kwargs.pop("headers", {})}
        if self.cookies and "Authorization" not in headers:  # a REST client sends its token, no cookies
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.perf_counter()
        error = None
        try:
            response = self.pool.request(method, path, headers=headers, redirect=False, **kwargs)
        except urllib3.exceptions.HTTPError as exc:
            response, error = None, f"{method} {path}: {type(exc).__name__}: {exc}"
        elapsed = time.perf_counter() - started
        if response is not None:
            for cookie in response.headers.getlist("Set-Cookie"):
                name, _, rest = cookie.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            if response.status != expect:
                error = f"{method} {path}: {response.status} {response.data[:200]!r}"
        self.stats.record(kind, elapsed, error)
        return response if error is None else None

    def sign_in(self, username: str) -> None:
        page = self.request("login page", "GET", "/accounts/login/")
        if page is None:
            raise RuntimeError("no login page")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.data).group(1).decode()
        body = urllib.parse.urlencode({"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token})
        self.request(
            "sign in", "POST", "/accounts/login/", expect=302, body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )  # fmt: skip
        if "sessionid" not in self.cookies:
            raise RuntimeError(f"{username} was not signed in")


class Client(threading.Thread):
    """Signs in (counted in ``signing``), waits at ``start`` for everyone, then runs the mix until
    ``deadline[0]`` (counted in ``stats``)."""

    def __init__(self, person, setup, port, signing: Stats, stats: Stats, start, deadline: list, seed: int):
        super().__init__(daemon=True)
        self.person, self.setup, self.stats, self.deadline, self.start_line = person, setup, stats, deadline, start
        self.signing = signing
        self.browser = Browser(port, signing)
        self.random = random.Random(seed)
        self.stagger = seed * 0.2
        self.revisions: dict[int, int] = {}
        self.saves = 0
        self.failure: str | None = None

    def run(self) -> None:
        try:
            try:
                time.sleep(self.stagger)  # people sign in over a few seconds, not in the same instant
                self.browser.sign_in(self.person["username"])
                self.browser.token = self.person["token"]
                page = self.browser.request("evaluation page", "GET", f"/evaluations/{self.person['evaluation']}/")
                found = re.search(rb'"X-CSRFToken": "([^"]+)"', page.data) if page else None
                self.browser.csrf = found.group(1).decode() if found else self.browser.cookies.get("csrftoken", "")
            finally:
                self.start_line.wait()
            self.browser.stats = self.stats
            kinds, weights = zip(*MIX, strict=True)
            while time.monotonic() < self.deadline[0]:
                getattr(self, self.random.choices(kinds, weights)[0])()
        except Exception as exc:  # a client that cannot go on is an error of the run, reported
            self.failure = f"{self.person['username']}: {type(exc).__name__}: {exc}"
            self.stats.record("client", 0.0, self.failure)

    def page(self) -> None:
        vendors = self.setup["vendors"]
        vendor = self.random.choice(vendors)
        three = "&".join(f"vendors={v}" for v in self.random.sample(vendors, 3))
        pages = [
            ("page overview", "/", 2),
            ("page vendor list", "/vendors/", 2),
            ("page vendor", f"/vendors/{vendor}/", 2),
            ("page scorecard", f"/vendors/{vendor}/scorecard/", 2),
            ("page ranking", "/scores/", 2),
            ("page compare", f"/compare/?{three}&profile=balanced", 2),
            # Opened once and then saved into answer by answer (htmx): reloaded now and then.
            ("page evaluation", f"/evaluations/{self.person['evaluation']}/", 1),
        ]
        kind, path, _weight = self.random.choices(pages, [weight for *_page, weight in pages])[0]
        self.browser.request(kind, "GET", path)

    def api(self) -> None:
        vendor = self.random.choice(self.setup["vendors"])
        kind, path = self.random.choice(
            [
                ("api vendors", "/api/vendors/"),
                ("api scores", "/api/scores/?profile=balanced"),
                ("api evaluations", f"/api/evaluations/?vendor={vendor}"),
                ("api scorecard", f"/api/vendors/{vendor}/scorecard/"),
            ]
        )
        self.browser.request(kind, "GET", path, headers={"Authorization": f"Token {self.browser.token}"})

    def save(self) -> None:
        criterion = self.random.choice(self.setup["criteria"])
        pk = criterion["id"]
        self.saves += 1
        prefix = f"c{pk}"
        fields = [
            (f"{prefix}-revision", str(self.revisions.get(pk, 0))),
            (f"{prefix}-note", f"load note {self.person['username']} #{self.saves}"),
            (f"{prefix}-link", ""),
            ("csrfmiddlewaretoken", self.browser.csrf),
        ]
        fields += [(f"{prefix}-value", value) for value in self.value_for(criterion)]
        path = f"/evaluations/{self.person['evaluation']}/answers/{pk}/"
        headers = {"X-CSRFToken": self.browser.csrf, "HX-Request": "true"}
        response = self.browser.request("save answer", "POST", path, fields=fields, headers=headers)
        if response is None:
            return
        found = re.search(rf'name="{prefix}-revision" value="(\d+)"'.encode(), response.data)
        revision = int(found.group(1)) if found else -1
        if revision != self.revisions.get(pk, 0) + 1:
            self.stats.record("save answer", 0.0, f"{path}: revision {revision} after {self.revisions.get(pk, 0)}")
            return
        self.revisions[pk] = revision
        with self.stats.lock:
            self.stats.saves_ok += 1

    def value_for(self, criterion: dict) -> list[str]:
        kind, options = criterion["type"], criterion["options"]
        if kind == "yes_no":
            return [self.random.choice(["yes", "no"])]
        if kind == "scale":
            return [str(self.random.randint(1, 5))]
        if kind == "number":
            return [f"{self.random.randint(0, 200)},{self.random.randint(0, 9)}"]  # a decimal comma, as people type
        if kind == "single":
            return [self.random.choice(options)]
        if kind == "multi":
            return self.random.sample(options, self.random.randint(1, len(options)))
        return [f"Answered under load, round {self.saves}: 工程师当天回复。"]


# --- Report --------------------------------------------------------------------------------------
def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def report(stats: Stats, seconds: float) -> int:
    header = f"{'kind':<18}{'count':>8}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'req/s':>8}"
    print(header)
    print("-" * len(header))
    total_count = total_errors = 0
    everything: list[float] = []
    for kind in sorted(stats.latencies):
        values = stats.latencies[kind]
        errors = len(stats.errors.get(kind, []))
        total_count += len(values)
        total_errors += errors
        everything += values
        print(
            f"{kind:<18}{len(values):>8}{errors:>8}{percentile(values, 0.5) * 1000:>9.0f}"
            f"{percentile(values, 0.95) * 1000:>9.0f}{percentile(values, 0.99) * 1000:>9.0f}"
            f"{len(values) / seconds:>8.1f}"
        )
    print("-" * len(header))
    print(
        f"{'all':<18}{total_count:>8}{total_errors:>8}{percentile(everything, 0.5) * 1000:>9.0f}"
        f"{percentile(everything, 0.95) * 1000:>9.0f}{percentile(everything, 0.99) * 1000:>9.0f}"
        f"{total_count / seconds:>8.1f}"
    )
    for kind, errors in sorted(stats.errors.items()):
        for error in errors[:5]:
            print(f"error ({kind}): {error}")
    return total_errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (gthread)")
    parser.add_argument("--keep", action="store_true", help="keep the load database and the gunicorn log")
    args = parser.parse_args()

    database_url, name, server = load_database_url(os.environ.get("DATABASE_URL", ""))
    scratch = Path(tempfile.mkdtemp(prefix="vendorscore-load-"))
    recreate_database(server, name)
    gunicorn = None
    try:
        env = production_environment(database_url, scratch)
        started = time.perf_counter()
        setup = prepare(env, args.clients)
        print(
            f"prepared {name}: demo data, {args.clients} evaluators with a draft each, "
            f"{len(setup['criteria'])} questions ({time.perf_counter() - started:.0f} s)"
        )
        port = free_port()
        log = scratch / "gunicorn.log"
        gunicorn = stack.start_web(
            env, scratch, port, "--workers", str(args.workers), "--worker-class", args.worker_class,
            "--threads", str(args.threads),
        )  # fmt: skip
        print(
            f"gunicorn: {args.workers} {args.worker_class} workers"
            + (f" x {args.threads} threads" if args.worker_class == "gthread" else "")
            + f" on {os.cpu_count()} cores; {args.clients} clients for {args.seconds:.0f} s, no pauses"
        )

        signing, stats = Stats(), Stats()
        start_line = threading.Barrier(args.clients + 1)
        deadline = [float("inf")]
        clients = [
            Client(person, setup, port, signing, stats, start_line, deadline, seed=index)
            for index, person in enumerate(setup["people"])
        ]
        began = time.monotonic()
        for client in clients:
            client.start()
        start_line.wait()  # everyone signed in (or failed to)
        signed_in = time.monotonic() - began
        print(f"signed in {args.clients} clients (login page, sign in, own evaluation page) in {signed_in:.1f} s:")
        errors = report(signing, signed_in)
        print()
        began = time.monotonic()
        deadline[0] = began + args.seconds
        for client in clients:
            client.join(timeout=args.seconds + 120)
        elapsed = time.monotonic() - began
        gunicorn.stop()
        gunicorn = None

        print(f"the mix, {elapsed:.1f} s:")
        errors += report(stats, elapsed)
        stored = saved_revisions([person["username"] for person in setup["people"]])
        print(f"saves answered 200: {stats.saves_ok}; revisions stored: {stored}")
        if stored != stats.saves_ok:
            print("error: the database does not hold exactly the saves that were answered")
            errors += 1
        server_errors = log.read_text().count("Traceback") if log.exists() else 0
        if server_errors:
            print(f"error: {server_errors} tracebacks in the gunicorn log:\n{log.read_text()[-3000:]}")
            errors += server_errors
        print("load: PASS" if not errors else f"load: FAIL ({errors} errors)")
        return 1 if errors else 0
    finally:
        if gunicorn is not None:
            gunicorn.stop()
        from django.db import connections

        connections.close_all()
        if not args.keep:
            recreate_database(server, name, drop_only=True)
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            print(f"kept database {name} and {scratch}")


if __name__ == "__main__":
    sys.exit(main())
