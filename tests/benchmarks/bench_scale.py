"""Performance at scale (issue 11): every list page and endpoint against a bare Django view, at 10
and at N vendors, plus recompute time and worker memory. Prints a table; asserts nothing.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vendorscore_bench .venv/bin/python tests/benchmarks/bench_scale.py

Knobs (environment): BENCH_VENDORS (1000), BENCH_SEED (1), BENCH_SECONDS per load run (3),
BENCH_ROUNDS (3), BENCH_CONNECTIONS (16), BENCH_RECOMPUTE_BUDGET seconds for the timed recompute
pass once scores exist (240), BENCH_OUT (var/bench).

What it does, in order:

1. two databases on DATABASE_URL's server: ``<name>`` with BENCH_VENDORS vendors and
   ``<name>_small`` with 10, each migrated and seeded by ``manage.py seed_bench`` when it does not
   hold that set already (created when missing);
2. recompute: every vendor of the big set in one pass (``recompute_vendors`` in chunks when
   evaluations.scorecards has it, else ``recompute_vendor`` one by one), timed at N/4, N/2 and N,
   and the peak memory of that process (what a Celery worker doing the same holds);
3. capture, in a process per database under production settings: each endpoint once through the
   Django test client as the bench manager (pages with the session, the API with a token), with
   its status, bytes and queries (CaptureQueriesContext); the big set's bodies are kept;
4. gunicorn (2 sync workers, production settings plus ``/__bare__/<name>`` routes serving the
   captured bodies: tests/benchmarks/bench_urls.py), then for each endpoint the single-threaded
   latency (median of 10 sequential requests on one keep-alive connection) and BENCH_ROUNDS rounds
   of wrk at BENCH_CONNECTIONS connections interleaved (endpoint A, bare A, endpoint B, bare B, …),
   medians taken; the workers' RSS from /proc after the load;
5. the table with the issue's targets, var/bench/results.json and docs/performance.svg.
"""

from __future__ import annotations

import html
import http.client
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))  # run as a script: the project's packages import

from tests import stack  # noqa: E402  (gunicorn and Celery processes, as the fault tests start them)

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/vendorscore_bench"
SMALL = 10
# A list bounded by a page of 50 answers at most 5 times the bytes at 10 vendors (10 rows); twice that
# is allowed. A list that grows with the data answers ~N/10 times as much.
BYTES_SLACK = 2 * 50 / SMALL

# name, path (with {vendor} and {compare}), API (token) or page (session), what the issue asks of it
ENDPOINTS = (
    ("api scores", "/api/scores/?profile=balanced&page_size=50", "api", "scores"),
    ("api vendors", "/api/vendors/?page_size=50", "api", "list"),
    ("api scorecard", "/api/vendors/{vendor}/scorecard/", "api", "list"),
    ("api evaluations", "/api/evaluations/?page_size=50", "api", "list"),
    ("api probes", "/api/probes/?page_size=50", "api", "list"),
    ("api contracts", "/api/contracts/?page_size=50", "api", "list"),
    ("dashboard", "/", "page", "page"),
    ("ranking", "/scores/", "page", "page"),
    ("compare 4", "/compare/?{compare}&profile=balanced", "page", "page"),
    ("vendor list", "/vendors/", "page", "page"),
    ("vendor", "/vendors/{vendor}/", "page", "list"),
    ("scorecard", "/vendors/{vendor}/scorecard/", "page", "page"),
    ("contracts", "/contracts/", "page", "list"),
    ("reviews", "/contracts/reviews/", "page", "list"),
    ("evaluations", "/evaluations/", "page", "list"),
    ("probes", "/probes/", "page", "list"),
    ("vendor probes", "/vendors/{vendor}/probes/", "page", "list"),
    ("schedules", "/probes/schedules/", "page", "list"),
)
TARGETS = {
    "scores": "≥0.5× bare, p99 ≤100 ms",
    "page": "≤100 ms 1-thread, ≥0.25× bare",
    "list": "same queries, bytes ≤10× @10",  # the response's bytes and those read from PostgreSQL
}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


# --- environment and databases ---------------------------------------------------------------
def database_urls() -> tuple[str, str]:
    url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit("bench_scale.py needs DATABASE_URL=postgres://… (the benchmark runs on PostgreSQL)")
    name = parsed.path.lstrip("/") or "vendorscore_bench"
    if name in ("vendorscore", "test_vendorscore"):
        sys.exit(f"refusing to benchmark on the database {name!r}: point DATABASE_URL at a database of its own")
    return parsed._replace(path=f"/{name}").geturl(), parsed._replace(path=f"/{name}_small").geturl()


def ensure_database(url: str) -> None:
    import psycopg2

    parsed = urllib.parse.urlparse(url)
    name = parsed.path.lstrip("/")
    server = psycopg2.connect(
        host=parsed.hostname or "127.0.0.1",
        port=parsed.port or 5432,
        user=urllib.parse.unquote(parsed.username or "postgres"),
        password=urllib.parse.unquote(parsed.password or ""),
        dbname="postgres",
    )
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    server.close()


def environment(out: Path, secret: str) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.benchmarks.bench_settings",
        "PYTHONPATH": str(BASE_DIR),
        "DEBUG": "false",
        "SECRET_KEY": secret,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",  # testserver: the capture's test client
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "VAR_DIR": str(out / "var"),
        "STATIC_ROOT": str(out / "static"),
        "CELERY_QUEUE": f"bench-{secrets.token_hex(4)}",  # no worker consumes it: nothing runs behind our back
        "LOG_LEVEL": "WARNING",
        "API_USER_THROTTLE": "100000000/min",  # the throttles are measured elsewhere
        "API_ANON_THROTTLE": "100000000/min",
        "API_TOKEN_THROTTLE": "100000000/min",
        "BENCH_BODIES": str(out / "bodies"),
    }
    env.setdefault("CELERY_BROKER_URL", "memory://")
    if env["CELERY_BROKER_URL"].startswith("redis"):
        env.setdefault("REDIS_URL", env["CELERY_BROKER_URL"])  # production caches (and throttles) in Redis
    return env


def run_step(step: str, env: dict, database_url: str, *args: str) -> dict:
    """Run one step of this script in a fresh process on ``database_url``; returns its JSON."""
    result = BASE_DIR / "var" / "bench" / f"step-{step}-{os.getpid()}.json"
    command = [sys.executable, __file__, step, str(result), *args]
    completed = subprocess.run(command, cwd=BASE_DIR, env={**env, "DATABASE_URL": database_url}, check=False)
    if completed.returncode != 0:
        sys.exit(f"step {step} failed on {database_url} (exit {completed.returncode})")
    data = json.loads(result.read_text())
    result.unlink()
    return data


# --- steps run in their own process ------------------------------------------------------------
def setup_django() -> None:
    import django

    django.setup()


def step_prepare(vendors: int, seed: int, collect: bool) -> dict:
    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import override_settings

    from vendorscore.management import bench_seed

    call_command("migrate", verbosity=0, interactive=False)
    report = {"seeded": False, "seconds": 0.0}
    existing = bench_seed.existing_set()
    if existing != (seed, vendors, vendors):
        started = time.perf_counter()
        call_command(
            "seed_bench", vendors=vendors, seed=seed, reset=existing is not None, no_scores=True, stdout=sys.stderr
        )
        report = {"seeded": True, "seconds": time.perf_counter() - started}
    else:  # seed_bench refreshes them after writing; a set found here may never have been analysed
        tidied = bench_seed.refresh_statistics()
        print(f"  planner statistics refreshed (VACUUM ANALYZE) in {tidied:.1f} s", file=sys.stderr, flush=True)
    if collect:
        # The manifest DEBUG=false needs, without whitenoise's compressed copies (minutes of CPU).
        plain = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
        }
        with override_settings(STORAGES=plain):
            call_command("collectstatic", verbosity=0, interactive=False)
    return report


def rss_mb(pid: int | str = "self") -> tuple[float, float]:
    """(current, peak) resident memory of a process in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


def step_recompute(budget: float) -> dict:
    setup_django()
    from evaluations import scorecards
    from evaluations.models import ScoreSnapshot
    from vendorscore.management import bench_seed

    ids = list(bench_seed.bench_vendors().order_by("pk").values_list("pk", flat=True))
    scored = set(ScoreSnapshot.objects.filter(is_latest=True).values_list("vendor_id", flat=True))
    fresh = any(pk not in scored for pk in ids)  # a first computation must finish: the pages need scores
    batch = getattr(scorecards, "recompute_vendors", None)
    chunk = 100 if batch else 1
    marks = sorted({max(1, len(ids) // 4), max(1, len(ids) // 2), len(ids)})
    points, done, started, stopped = [], 0, time.perf_counter(), None
    while done < len(ids):
        upto = min(len(ids), done + chunk, next(mark for mark in marks if mark > done))
        if batch:
            batch(ids[done:upto])
        else:
            for pk in ids[done:upto]:
                scorecards.recompute_vendor(pk)
        done = upto
        elapsed = time.perf_counter() - started
        if done in marks:
            points.append({"vendors": done, "seconds": elapsed, "per_vendor_ms": elapsed / done * 1000})
            print(f"  recomputed {done} vendors in {elapsed:.1f} s", file=sys.stderr, flush=True)
        if not fresh and done < len(ids) and elapsed / done * len(ids) > budget:
            stopped = f"stopped after {done} vendors: all {len(ids)} would take {elapsed / done * len(ids):.0f} s"
            break
    if fresh:  # the snapshots were just written: the pages' plans need their statistics
        bench_seed.refresh_statistics()
    one = []
    for _ in range(5):
        began = time.perf_counter()
        scorecards.recompute_vendor(ids[len(ids) // 2])
        one.append((time.perf_counter() - began) * 1000)
    current, peak = rss_mb()
    return {
        "fresh": fresh,
        "batched": bool(batch),
        "points": points,
        "stopped": stopped,
        "one_vendor_ms": statistics.median(one),
        "rss_mb": current,
        "peak_rss_mb": peak,
    }


def step_mark(count: int) -> dict:
    """Mark the first ``count`` bench vendors' scores stale, as ``count`` changes would."""
    setup_django()
    from evaluations.tasks import mark_dirty
    from vendorscore.management import bench_seed

    ids = list(bench_seed.bench_vendors().order_by("pk").values_list("pk", flat=True)[:count])
    return {"marked": mark_dirty(ids)}


def pending(database_url: str) -> int:
    import psycopg2

    with psycopg2.connect(database_url) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM evaluations_pendingrecompute")
        return cursor.fetchone()[0]


def celery_worker_rss(env: dict, database_url: str, count: int, out: Path) -> dict:
    """A real Celery worker (solo pool: the work runs in the process measured) drains ``count``
    stale vendors from the score outbox; its RSS once the outbox is empty."""
    env = {**env, "DATABASE_URL": database_url}
    if env["CELERY_BROKER_URL"].startswith("memory"):
        env["CELERY_BROKER_URL"] = "filesystem://"  # between two processes: the embedded broker
    marked = run_step("mark", env, database_url, str(count))["marked"]
    command = [
        sys.executable, "-m", "celery", "-A", "vendorscore", "worker", "--pool", "solo",
        "-Q", env["CELERY_QUEUE"], "--without-heartbeat", "--without-mingle", "--without-gossip",
        "--loglevel", "WARNING",
    ]  # fmt: skip
    began = time.perf_counter()
    with stack.Service("celery", command, env, out / "celery.log") as worker:
        while pending(database_url) and time.perf_counter() - began < 600 and worker.process.poll() is None:
            time.sleep(1)
        left = pending(database_url)
        current, peak = rss_mb(worker.pid) if worker.process.poll() is None else (0.0, 0.0)
    return {
        "vendors": marked,
        "left": left,
        "seconds": time.perf_counter() - began,
        "rss_mb": current,
        "peak_rss_mb": peak,
    }


def endpoint_paths() -> dict[str, str]:
    from vendorscore.management import bench_seed

    ids = list(bench_seed.bench_vendors().order_by("pk").values_list("pk", flat=True))
    vendor = ids[len(ids) // 2]
    four = [ids[i * (len(ids) - 1) // 3] for i in range(4)]
    compare = "&".join(f"vendors={pk}" for pk in dict.fromkeys(four))
    return {name: path.format(vendor=vendor, compare=compare) for name, path, _kind, _target in ENDPOINTS}


def count_bytes_read() -> list[int]:
    """From now on, add up what PostgreSQL sends this process's queries (text and JSON as received,
    numbers and dates at 8 bytes) into the returned one-item list."""
    import psycopg2.extensions
    from django.db.backends.signals import connection_created

    read = [0]

    def size(row) -> int:
        return sum(len(v.encode()) if isinstance(v, str) else len(v) if isinstance(v, bytes) else 8 for v in row)

    class CountingCursor(psycopg2.extensions.cursor):
        def fetchone(self):
            row = super().fetchone()
            read[0] += size(row) if row else 0
            return row

        def fetchmany(self, *args, **kwargs):
            rows = super().fetchmany(*args, **kwargs)
            read[0] += sum(size(row) for row in rows)
            return rows

        def fetchall(self):
            rows = super().fetchall()
            read[0] += sum(size(row) for row in rows)
            return rows

    def counting(sender, connection, **kwargs):
        connection.connection.cursor_factory = CountingCursor

    connection_created.connect(counting, weak=False)
    from django.db import connection

    if connection.connection is not None:
        connection.connection.cursor_factory = CountingCursor
    return read


def step_capture(keep: bool) -> dict:
    setup_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from rest_framework.authtoken.models import Token

    from vendorscore.management import bench_seed

    user = get_user_model().objects.get(username=bench_seed.MANAGER)
    token = Token.objects.get_or_create(user=user)[0].key
    page_client = Client()
    page_client.force_login(user)  # a session row in the database, as a browser's
    api_client = Client(HTTP_AUTHORIZATION=f"Token {token}")
    read = count_bytes_read()
    bodies = Path(os.environ["BENCH_BODIES"])
    bodies.mkdir(parents=True, exist_ok=True)
    paths = endpoint_paths()
    captured = {}
    for name, _path, kind, _target in ENDPOINTS:
        client = api_client if kind == "api" else page_client
        client.get(paths[name])  # warm: caches, template loading, the ranking's first scoring
        read[0] = 0
        with CaptureQueriesContext(connection) as queries:
            response = client.get(paths[name])
        content = response.content
        captured[name] = {
            "path": paths[name],
            "status": response.status_code,
            "bytes": len(content),
            "db_bytes": read[0],
            "queries": len(queries),
            "content_type": response.get("Content-Type", ""),
        }
        if keep:
            (bodies / f"{slug(name)}.body").write_bytes(content)
            (bodies / f"{slug(name)}.type").write_text(response.get("Content-Type", "text/html"))
    return {
        "endpoints": captured,
        "session": page_client.cookies[settings.SESSION_COOKIE_NAME].value,
        "token": token,
    }


# --- load ------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port: int, path: str, headers: dict, connection: http.client.HTTPConnection | None = None):
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    if connection is None:
        conn.close()
    return response.status, body


def single_threaded(port: int, path: str, headers: dict, count: int = 10) -> float:
    """Median milliseconds of ``count`` sequential requests on one keep-alive connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    get(port, path, headers, conn)
    timings = []
    for _ in range(count):
        began = time.perf_counter()
        get(port, path, headers, conn)
        timings.append((time.perf_counter() - began) * 1000)
    conn.close()
    return statistics.median(timings)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse_wrk(output: str) -> dict:
    """Requests/s, the latency percentiles (ms) and the errors from wrk's --latency output."""
    result = {"rps": 0.0, "p50": None, "p99": None, "errors": 0}
    if found := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["rps"] = float(found.group(1))
    for share, value, unit in re.findall(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M):
        result[f"p{share}"] = float(value) * UNITS[unit]
    if found := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result["errors"] += int(found.group(1))
    if found := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result["errors"] += sum(int(n) for n in found.groups())
    return result


def wrk(port: int, path: str, headers: dict, seconds: float, connections: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "60s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse_wrk(output)


def drain(port: int) -> None:
    """Wait until the workers have answered what a finished wrk run left queued: sync workers go on
    serving requests whose client has gone, and the next run must not pay for them."""
    for _ in range(2):
        get(port, "/healthz", {})


def worker_rss(master: int) -> list[float]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                children.append(rss_mb(entry.name)[0])
    return sorted(children)


# --- the report --------------------------------------------------------------------------------
def verdicts(row: dict) -> tuple[bool | None, str]:
    """Whether the issue's target for this endpoint is met, and the target in words."""
    target = row["target"]
    bounded = (
        row["queries_small"] == row["queries"]
        and row["bytes"] <= BYTES_SLACK * max(row["bytes_small"], 1)
        and row.get("db_bytes", 0) <= BYTES_SLACK * max(row.get("db_bytes_small", 0), 1)
    )
    if target == "scores":
        met = row["ratio"] is not None and row["ratio"] >= 0.5 and (row["p99"] or 1e9) <= 100
    elif target == "page":
        met = row["ratio"] is not None and row["ratio"] >= 0.25 and row["single_ms"] <= 100
    else:
        met = bounded
    return met and (bounded or target != "list"), TARGETS[target]


def fmt(value, spec: str = ".0f", empty: str = "-") -> str:
    return empty if value is None else format(value, spec)


def print_table(results: dict) -> None:
    rows = results["endpoints"]
    header = (
        f"{'endpoint':<16}{'KB':>7}{'KB@10':>7}{'dbKB':>8}{'dbKB@10':>8}{'q@10':>6}{'q@N':>6}"
        f"{'1-thr ms':>9}{'req/s':>8}{'bare':>8}"
        f"{'ratio':>7}{'p50 ms':>8}{'p99 ms':>8}  {'target':<31}met"
    )
    print()
    print(f"{results['vendors']} vendors (and {SMALL}); gunicorn 2 sync workers; wrk {results['connections']} "
          f"connections × {results['seconds']} s × {results['rounds']} rounds, medians")  # fmt: skip
    print(header)
    print("-" * len(header))
    for name, row in rows.items():
        met, target = verdicts(row)
        print(
            f"{name:<16}{row['bytes'] / 1024:>7.1f}{row['bytes_small'] / 1024:>7.1f}"
            f"{row['db_bytes'] / 1024:>8.1f}{row['db_bytes_small'] / 1024:>8.1f}{row['queries_small']:>6}"
            f"{row['queries']:>6}{row['single_ms']:>9.1f}{row['rps']:>8.1f}{row['bare_rps']:>8.0f}"
            f"{fmt(row['ratio'], '.3f'):>7}{fmt(row['p50'], '.0f'):>8}{fmt(row['p99'], '.0f'):>8}  {target:<31}"
            f"{'yes' if met else 'NO'}"
        )
    print("-" * len(header))
    recompute = results["recompute"]
    how = "first computation, every snapshot written" if recompute["fresh"] else "nothing changed, nothing written"
    print(f"recompute pass ({how}; {'recompute_vendors in chunks' if recompute['batched'] else 'recompute_vendor'}):")
    for point in recompute["points"]:
        print(
            f"recompute {point['vendors']:>5} vendors: {point['seconds']:7.1f} s, "
            f"{point['per_vendor_ms']:6.1f} ms a vendor"
        )
    if recompute["stopped"]:
        print(f"recompute {recompute['stopped']}")
    print(f"recompute one vendor: {recompute['one_vendor_ms']:.0f} ms (target ≤ 50 ms)")
    for line in recompute_verdicts(results):
        print(line)
    workers = results["gunicorn_rss_mb"]
    print(
        f"gunicorn sync workers RSS after the load: {', '.join(f'{mb:.0f}' for mb in workers)} MB (target ≤ 150): "
        f"{'yes' if workers and max(workers) <= 150 else 'NO'}"
    )
    celery = results["celery"]
    print(
        f"celery worker (solo pool) after recomputing {celery['vendors'] - celery['left']} stale vendors in "
        f"{celery['seconds']:.0f} s: RSS {celery['rss_mb']:.0f} MB, peak {celery['peak_rss_mb']:.0f} MB "
        f"(target ≤ 200): {'yes' if celery['rss_mb'] and celery['rss_mb'] <= 200 else 'NO'}"
    )
    print(f"the recompute pass's process: RSS {recompute['rss_mb']:.0f} MB, peak {recompute['peak_rss_mb']:.0f} MB")


def recompute_verdicts(results: dict) -> list[str]:
    points = results["recompute"]["points"]
    lines = []
    full = next((p for p in points if p["vendors"] == results["vendors"]), None)
    if full:
        lines.append(
            f"recompute all {results['vendors']}: {full['seconds']:.1f} s (target ≤ 10 s): "
            f"{'yes' if full['seconds'] <= 10 else 'NO'}"
        )
    if len(points) >= 2:
        rates = [p["per_vendor_ms"] for p in points]
        spread = max(rates) / min(rates) - 1
        lines.append(
            f"recompute linear: per-vendor spread {spread:.0%} (target ≤ 15%): {'yes' if spread <= 0.15 else 'NO'}"
        )
    return lines


def svg_chart(results: dict) -> str:
    """Throughput ratio per endpoint (bars, with the 0.25 and 0.5 targets) and recompute time
    against the number of vendors (a line), hand-written SVG."""
    rows = [(name, row["ratio"] or 0.0) for name, row in results["endpoints"].items()]
    bar_h, left, width = 18, 130, 360
    top = 40
    height = top + bar_h * len(rows) + 60
    scale = width / max(1.0, max(ratio for _name, ratio in rows))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="900" height="{max(height, 340)}" '
        f'font-family="sans-serif" font-size="12">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">Throughput / bare Django view, '
        f"{results['vendors']} vendors</text>",
    ]
    for index, (name, ratio) in enumerate(rows):
        y = top + index * bar_h
        colour = "#2a7" if ratio >= 0.5 else "#e90" if ratio >= 0.25 else "#c33"
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{html.escape(name)}</text>')
        parts.append(
            f'<rect x="{left}" y="{y + 3}" width="{max(1, ratio * scale):.1f}" height="{bar_h - 6}" fill="{colour}"/>'
        )
        parts.append(f'<text x="{left + ratio * scale + 4:.1f}" y="{y + 13}">{ratio:.3f}</text>')
    for mark in (0.25, 0.5, 1.0):
        x = left + mark * scale
        if x <= left + width + 1:
            parts.append(
                f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + bar_h * len(rows)}" '
                'stroke="#555" stroke-dasharray="3,3"/>'
            )
            parts.append(f'<text x="{x:.1f}" y="{top + bar_h * len(rows) + 14}" text-anchor="middle">{mark}×</text>')
    points = results["recompute"]["points"]
    ox, oy, pw, ph = 580, 290, 280, 220
    parts.append(f'<text x="{ox}" y="20" font-size="14" font-weight="bold">Recompute time against N</text>')
    parts.append(f'<line x1="{ox}" y1="{oy}" x2="{ox + pw}" y2="{oy}" stroke="black"/>')
    parts.append(f'<line x1="{ox}" y1="{oy}" x2="{ox}" y2="{oy - ph}" stroke="black"/>')
    if points:
        max_n = max(p["vendors"] for p in points)
        max_s = max(max(p["seconds"] for p in points), 10.0)
        sx, sy = pw / max_n, ph / max_s
        target_y = oy - 10 * sy
        parts.append(
            f'<line x1="{ox}" y1="{target_y:.1f}" x2="{ox + pw}" y2="{target_y:.1f}" '
            'stroke="#2a7" stroke-dasharray="4,3"/>'
        )
        parts.append(f'<text x="{ox + pw - 4}" y="{target_y - 4:.1f}" text-anchor="end" fill="#2a7">10 s target</text>')
        coords = [(ox + p["vendors"] * sx, oy - p["seconds"] * sy) for p in points]
        parts.append(
            '<polyline fill="none" stroke="#36c" stroke-width="2" points="'
            + " ".join(f"{x:.1f},{y:.1f}" for x, y in [(ox, oy), *coords])
            + '"/>'
        )
        for (x, y), point in zip(coords, points, strict=True):
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#36c"/>')
            parts.append(
                f'<text x="{x - 4:.1f}" y="{y - 8:.1f}" text-anchor="end">{point["seconds"]:.1f} s '
                f"({point['per_vendor_ms']:.0f} ms/vendor)</text>"
            )
            parts.append(f'<text x="{x:.1f}" y="{oy + 14}" text-anchor="middle">{point["vendors"]}</text>')
        parts.append(f'<text x="{ox - 4}" y="{oy - ph + 4}" text-anchor="end">{max_s:.0f} s</text>')
    else:
        parts.append(
            f'<text x="{ox + 10}" y="{oy - ph / 2}">not measured: '
            f"{html.escape(str(results['recompute'].get('stopped')))}</text>"
        )
    parts.append(f'<text x="{ox + pw / 2}" y="{oy + 30}" text-anchor="middle">vendors recomputed</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


# --- main ----------------------------------------------------------------------------------------
def main() -> int:
    vendors = int(os.environ.get("BENCH_VENDORS", "1000"))
    seed = int(os.environ.get("BENCH_SEED", "1"))
    seconds = float(os.environ.get("BENCH_SECONDS", "3"))
    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    connections = int(os.environ.get("BENCH_CONNECTIONS", "16"))
    budget = float(os.environ.get("BENCH_RECOMPUTE_BUDGET", "240"))
    out = Path(os.environ.get("BENCH_OUT", BASE_DIR / "var" / "bench"))
    out.mkdir(parents=True, exist_ok=True)
    big, small = database_urls()
    env = environment(out, secrets.token_hex(32))
    began = time.perf_counter()
    load_before = Path("/proc/loadavg").read_text().split()[:3]

    print(f"databases: {urllib.parse.urlparse(big).path[1:]} ({vendors} vendors), "
          f"{urllib.parse.urlparse(small).path[1:]} ({SMALL})", flush=True)  # fmt: skip
    for url in (big, small):
        ensure_database(url)
    prepared_small = run_step("prepare", env, small, str(SMALL), str(seed), "")
    prepared = run_step("prepare", env, big, str(vendors), str(seed), "collect")
    if prepared["seeded"]:
        print(f"seeded {vendors} vendors in {prepared['seconds']:.1f} s", flush=True)
    run_step("recompute", env, small, "1e9")
    recompute = run_step("recompute", env, big, str(budget))
    small_capture = run_step("capture", env, small, "")
    capture = run_step("capture", env, big, "keep")

    port = free_port()
    server = stack.start_web(env, out, port, "--worker-class", "sync", "--timeout", "120", "--log-level", "warning")
    try:
        rows = {}
        for name, _path, kind, target in ENDPOINTS:
            found, little = capture["endpoints"][name], small_capture["endpoints"][name]
            headers = (
                {"Authorization": f"Token {capture['token']}"}
                if kind == "api"
                else {"Cookie": f"sessionid={capture['session']}"}
            )
            status, _body = get(port, found["path"], headers)
            bare_status, _bare = get(port, f"/__bare__/{slug(name)}", headers)
            if status != 200 or bare_status != 200:
                print(f"warning: {name} answered {status}, its bare twin {bare_status}", flush=True)
            rows[name] = {
                "path": found["path"],
                "kind": kind,
                "target": target,
                "status": status,
                "bytes": found["bytes"],
                "bytes_small": little["bytes"],
                "queries": found["queries"],
                "queries_small": little["queries"],
                "db_bytes": found["db_bytes"],
                "db_bytes_small": little["db_bytes"],
                "headers": headers,
                "single_ms": single_threaded(port, found["path"], headers),
                "runs": [],
                "bare_runs": [],
            }
            print(f"  {name}: {rows[name]['single_ms']:.1f} ms single-threaded", flush=True)
        for round_ in range(rounds):
            for name, row in rows.items():
                row["runs"].append(wrk(port, row["path"], row["headers"], seconds, connections))
                drain(port)
                row["bare_runs"].append(wrk(port, f"/__bare__/{slug(name)}", row["headers"], seconds, connections))
                drain(port)
            print(f"  load round {round_ + 1}/{rounds} done", flush=True)
        rss = worker_rss(server.pid)
    finally:
        server.stop()
    celery_vendors = min(vendors, int(os.environ.get("BENCH_CELERY_VENDORS", "100")))
    print(f"celery: a worker drains {celery_vendors} stale vendors from the score outbox", flush=True)
    celery = celery_worker_rss(env, big, celery_vendors, out)

    for row in rows.values():
        row.pop("headers")
        row["rps"] = statistics.median(run["rps"] for run in row["runs"])
        row["bare_rps"] = statistics.median(run["rps"] for run in row["bare_runs"])
        row["ratio"] = row["rps"] / row["bare_rps"] if row["bare_rps"] else None
        p50s = [run["p50"] for run in row["runs"] if run["p50"] is not None]
        p99s = [run["p99"] for run in row["runs"] if run["p99"] is not None]
        row["p50"] = statistics.median(p50s) if p50s else None
        row["p99"] = statistics.median(p99s) if p99s else None
        row["errors"] = sum(run["errors"] for run in row["runs"])
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True)
    results = {
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "commit": commit.stdout.strip(),
        "load_average_before": load_before,
        "load_average_after": Path("/proc/loadavg").read_text().split()[:3],
        "vendors": vendors,
        "seed": seed,
        "seconds": seconds,
        "rounds": rounds,
        "connections": connections,
        "cores": os.cpu_count(),
        "seed_seconds": prepared["seconds"] if prepared["seeded"] else None,
        "seed_seconds_small": prepared_small["seconds"] if prepared_small["seeded"] else None,
        "endpoints": rows,
        "recompute": recompute,
        "gunicorn_rss_mb": rss,
        "celery": celery,
        "total_seconds": None,
    }
    for name, row in rows.items():
        met, _target = verdicts(row)
        row["met"] = met
        if row["errors"]:
            print(f"warning: {name}: {row['errors']} errors under load", flush=True)
    results["total_seconds"] = time.perf_counter() - began
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    chart = BASE_DIR / "docs" / "performance.svg"
    chart.write_text(svg_chart(results))
    print_table(results)
    print(f"load average before {' '.join(load_before)}, after {' '.join(results['load_average_after'])}")
    print(f"\nwritten: {out / 'results.json'}, {chart} ({results['total_seconds']:.0f} s in all)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] in ("prepare", "recompute", "capture", "mark"):
        step, target = sys.argv[1], Path(sys.argv[2])
        arguments = sys.argv[3:]
        if step == "prepare":
            data = step_prepare(int(arguments[0]), int(arguments[1]), bool(arguments[2]))
        elif step == "recompute":
            data = step_recompute(float(arguments[0]))
        elif step == "mark":
            data = step_mark(int(arguments[0]))
        else:
            data = step_capture(bool(arguments[0]))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data))
        sys.exit(0)
    sys.exit(main())
