"""Celery tasks for vendors: thin, ids in; the work lives in importing.py."""

from __future__ import annotations

from celery import shared_task

from vendors import importing


# A file of 5,000 rows is checked in well under the soft limit; the default minute is too short.
@shared_task(soft_time_limit=600, time_limit=900)
def run_import(job_id: str) -> str:
    """Check or import one uploaded vendor file (ImportJob), reporting progress through the cache."""
    return importing.run_job(job_id)
