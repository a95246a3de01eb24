"""Serve the app with a Celery worker and beat beside it; one Ctrl-C stops all three.

Used by `make run` on the embedded default. Each child runs in its own process
group so that this command alone decides how they stop: SIGTERM to each leader,
then SIGKILL to whatever is left in its group after a grace period. If any child dies
on its own, the others are stopped too, so a broken worker never hides behind a
running web server.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

GRACE_SECONDS = 10


class Command(BaseCommand):
    help = "Run the development web server together with a Celery worker and beat."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument("--concurrency", type=int, default=2, help="Worker processes (default 2).")

    def handle(self, *args, host: str, port: str, concurrency: int, **options):
        if not str(port).isdigit() or not 0 < int(port) < 65536:
            raise CommandError(f"PORT={port!r} is not a TCP port number.")
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        commands = {
            "web": [*manage, "runserver", f"{host}:{port}"],
            "worker": [
                sys.executable, "-m", "celery", "-A", "vendorscore", "worker", "--beat",
                "--loglevel=INFO", f"--concurrency={concurrency}",
                f"--schedule={settings.CELERY_BEAT_SCHEDULE_FILENAME}",
            ],
        }  # fmt: skip
        children: dict[str, subprocess.Popen] = {}
        stopping = False

        def stop(signum=None, frame=None):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            for name, command in commands.items():
                children[name] = subprocess.Popen(command, cwd=settings.BASE_DIR, start_new_session=True)
            self.stdout.write(self.style.SUCCESS(f"Serving on http://{host}:{port}/  (Ctrl-C stops everything)"))
            exit_code = 0
            while not stopping:
                for name, child in children.items():
                    if child.poll() is not None:
                        self.stderr.write(f"{name} exited with status {child.returncode}; stopping the rest.")
                        exit_code = child.returncode or 1
                        stopping = True
                        break
                time.sleep(0.5)
        finally:
            self._stop_all(children)
        if exit_code:
            raise CommandError(f"stopped because a process exited (status {exit_code})", returncode=exit_code)
        self.stdout.write("Stopped web server, worker and beat.")

    def _stop_all(self, children: dict[str, subprocess.Popen]) -> None:
        # SIGTERM to each leader only: Celery then shuts its pool down warmly.
        for child in children.values():
            if child.poll() is None:
                child.terminate()
        deadline = time.monotonic() + GRACE_SECONDS
        for child in children.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
        for child in children.values():
            # The group may outlive its leader (runserver's reloader child, prefork pool processes).
            self._signal_group(child, signal.SIGKILL)
            child.wait()

    @staticmethod
    def _signal_group(child: subprocess.Popen, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signum)
