"""Project-wide housekeeping tasks. Thin wrappers: the work is Django's own."""

from __future__ import annotations

import os
import socket

from celery import shared_task
from django.core import management


@shared_task(ignore_result=False)
def ping(token: str) -> dict:
    """Echo ``token`` with the worker's identity: proves a worker really ran it."""
    return {"token": token, "pid": os.getpid(), "host": socket.gethostname()}


@shared_task
def clear_expired_sessions() -> None:
    management.call_command("clearsessions")
