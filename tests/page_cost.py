"""What a page costs the database: queries and bytes read, and a quick way to have many scored vendors.

Pages must cost the same at 10 and at 1,000 vendors. ``reading()`` counts the queries of a
block, the rows they returned and the bytes of every value fetched (text and JSON as their length, other values as 8),
so a page that quietly loads every vendor, or a 36 KB snapshot per row, shows it.
``scored_vendors()`` bulk-creates vendors, each with a latest snapshot under the default profile
and a few older ones, whose ``data`` is as large as a real one: no scoring engine needed.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass, field
from unittest import mock

from django.db import connection
from django.db.backends.utils import CursorWrapper
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from evaluations.choices import Dimension
from evaluations.models import ScoreSnapshot, WeightProfile
from vendors.models import Vendor


@dataclass
class Reading:
    queries: list[str] = field(default_factory=list)
    bytes: int = 0
    rows: int = 0

    @property
    def count(self) -> int:
        return len(self.queries)


def _size(rows) -> int:
    return sum(len(value) if isinstance(value, str | bytes | memoryview) else 8 for row in rows for value in row)


@contextmanager
def reading():
    """The queries run inside the block and the bytes their results carried to Python."""
    result = Reading()

    def counted(method):
        def wrapper(self, *args, **kwargs):
            rows = getattr(self.cursor, method)(*args, **kwargs)
            if rows is not None:
                fetched = [rows] if method == "fetchone" else rows
                result.bytes += _size(fetched)
                result.rows += len(fetched)
            return rows

        return wrapper

    with (
        CaptureQueriesContext(connection) as captured,
        mock.patch.object(CursorWrapper, "fetchone", counted("fetchone"), create=True),
        mock.patch.object(CursorWrapper, "fetchmany", counted("fetchmany"), create=True),
        mock.patch.object(CursorWrapper, "fetchall", counted("fetchall"), create=True),
    ):
        yield result
    result.queries = [query["sql"] for query in captured.captured_queries]


def snapshot_data(flagged: bool = True, size: int = 36_000) -> dict:
    """A snapshot's ``data`` shaped like the engine's, padded with evidence to about ``size`` bytes."""
    dimensions = [{"key": key, "score": 70.0, "coverage": 0.8, "weight": 1} for key in Dimension.values]
    breakdown = {
        key: [{"key": f"{key}_q{n}", "score": 70.0, "status": "scored", "evidence": ""} for n in range(3)]
        for key in Dimension.values
    }
    flags = [{"key": "sla_signed", "label_en": "No SLA", "label_zh": "没有 SLA", "confirmed": True}] if flagged else []
    evidence = {f"archive_{n}": [{"note": "x" * 900, "link": f"https://example.com/{n}"}] for n in range(size // 1000)}
    return {"dimensions": dimensions, "breakdown": breakdown, "red_flags": flags, "evidence": evidence}


def scored_vendors(count: int, prefix: str = "Bench", history: int = 3) -> list[Vendor]:
    """``count`` vendors named ``{prefix} 00001``…, each scored under the default profile: a
    latest snapshot (every other one with a red flag) and ``history`` older ones."""
    start = Vendor.objects.filter(name__startswith=f"{prefix} ").count()
    vendors = Vendor.objects.bulk_create(
        Vendor(name=f"{prefix} {n:05d}", name_en=f"{prefix} {n:05d}", name_zh=f"{prefix}厂商{n:05d}")
        for n in range(start, start + count)
    )
    profile = WeightProfile.objects.get(slug=WeightProfile.DEFAULT_SLUG)
    now = timezone.now()
    snapshots = []
    for index, vendor in enumerate(vendors):
        for age in range(history, -1, -1):
            data = snapshot_data(flagged=index % 2 == 0)
            snapshots.append(
                ScoreSnapshot(
                    vendor=vendor,
                    profile=profile,
                    overall=60.0 + age + index % 30,
                    grade="C",
                    coverage=0.8,
                    data=data,
                    summary=ScoreSnapshot.summarize(data),
                    digest=f"{vendor.pk}-{age}",
                    computed_at=now - dt.timedelta(days=3 * age, minutes=index),
                    is_latest=age == 0,
                )
            )
    ScoreSnapshot.objects.bulk_create(snapshots, batch_size=200)
    return vendors
