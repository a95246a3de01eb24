"""The application's own processes for the fault tests: Celery workers, beat and gunicorn.

Each runs as in production (``vendorscore.settings``, read from the environment) against
the test database and a broker given by the test, in a session of its own so that a test
can SIGKILL a whole process group, and logs to a file (a pipe nobody reads can fill up and
block the process). Only the processes started here are ever signalled, by their own ids.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[1]


def database_url() -> str:
    """The test database, as a URL the other processes can use."""
    config = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{config['NAME']}"
    user = config["USER"] or ""
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    host = config["HOST"] or "127.0.0.1"
    return f"postgres://{user}{password}@{host}:{config['PORT'] or 5432}/{config['NAME']}"


def app_env(scratch: Path, **overrides: str) -> dict[str, str]:
    """Production settings (DEBUG only for static files and plain-HTTP cookies), our database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vendorscore.settings",
        "DEBUG": "true",
        "DATABASE_URL": database_url(),
        "VAR_DIR": str(scratch / "var"),
        "PROBE_REPLY_ADDRESS": "Li Wei <tech@buyer.example.com>",
        "SITE_URL": "https://desk.buyer.example.com",
        "LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("CELERY_TASK_ALWAYS_EAGER", None)
    env.update(overrides)
    return env


class Service:
    def __init__(self, name: str, command: list[str], env: dict[str, str], log: Path):
        self.name = name
        self.log = log
        self._log_file = log.open("ab")
        self.process = subprocess.Popen(
            command, cwd=BASE_DIR, env=env, stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True
        )

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self, tail: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-tail:]

    def wait_for_log(self, text: str, timeout: float = 60, since: int = 0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log.read_text(errors="replace")[since:]:
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.process.returncode}):\n{self.output()}")
            time.sleep(0.1)
        raise TimeoutError(f"{self.name} did not log {text!r} within {timeout} s:\n{self.output()}")

    def kill(self) -> None:
        """SIGKILL the whole process group (the worker and any child it forked): no clean-up at all."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._log_file.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=20)
        self.kill()


def celery(*args: str) -> list[str]:
    return [sys.executable, "-m", "celery", "-A", "vendorscore", *args]


def start_worker(env: dict[str, str], scratch: Path, name: str, *extra: str) -> Service:
    queue = env["CELERY_QUEUE"]
    command = celery(
        "worker", "--pool=solo", "--loglevel=INFO", "--without-heartbeat", "--without-gossip", "--without-mingle",
        f"--hostname={name}-{queue}@%h", *extra,
    )  # fmt: skip
    worker = Service(name, command, env, scratch / f"{name}.log")
    worker.wait_for_log(" ready.", timeout=90)
    return worker


def start_beat(env: dict[str, str], scratch: Path) -> Service:
    command = celery("beat", "--loglevel=INFO", f"--schedule={scratch}/beat-schedule")
    beat = Service("beat", command, env, scratch / "beat.log")
    beat.wait_for_log("beat: Starting", timeout=90)
    return beat


def start_web(env: dict[str, str], scratch: Path, port: int, *options: str) -> Service:
    """gunicorn on ``port``, returned once it serves the login page. ``options`` follow the
    defaults (two sync workers, 30 s timeout) and so override them; the log is scratch/gunicorn.log."""
    command = [
        sys.executable, "-m", "gunicorn", "vendorscore.wsgi:application", "--bind", f"127.0.0.1:{port}",
        "--workers", "2", "--timeout", "30", "--graceful-timeout", "5", *options,
    ]  # fmt: skip
    web = Service("gunicorn", command, env, scratch / "gunicorn.log")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        login_page = f"http://127.0.0.1:{port}/accounts/login/"
        with contextlib.suppress(OSError), urllib.request.urlopen(login_page, timeout=5) as response:
            if response.status == 200:
                return web
        if web.process.poll() is not None:
            break
        time.sleep(0.2)
    web.stop()
    raise RuntimeError(f"gunicorn did not serve the login page:\n{web.output()}")


def wait_until(predicate, timeout: float, interval: float = 0.1) -> float:
    """Seconds until ``predicate()`` held; TimeoutError after ``timeout``."""
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"not reached within {timeout} s")
        time.sleep(interval)
    return time.monotonic() - started
