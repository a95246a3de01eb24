"""Celery tasks for contracts: thin and idempotent; the work lives in reminders.py."""

from __future__ import annotations

from celery import shared_task

from contracts import reminders


@shared_task
def send_contract_reminders() -> int:
    """Hourly: email managers about contract deadlines 60, 30 and 7 days ahead (once each)."""
    return reminders.send_due()
