"""What a request costs the database: queries run and bytes read back, and data to measure it on.

``measured()`` counts every row Django fetches through its cursor wrapper (``fetchone``,
``fetchmany``, ``fetchall`` and iteration), sizing each value as text: a string or bytes by its
length in bytes, anything else by its ``repr``. Not the wire size, but it grows with it: a page
that loads a 36 KB JSON blob per row reads 36 KB more per row, whatever the driver.

``populate()`` makes vendors with a latest snapshot under every profile, in bulk, copying one
snapshot's ``data`` (padded to a realistic size) instead of running the scoring engine.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from unittest import mock

from django.db import connection
from django.db.backends.utils import CursorWrapper
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from evaluations.models import ScoreSnapshot, WeightProfile
from vendors.models import Vendor


def value_size(value) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return len(value.encode())
    if isinstance(value, bytes | bytearray | memoryview):
        return len(value)
    return len(repr(value))


def rows_size(rows) -> int:
    if rows is None:
        return 0
    if isinstance(rows, tuple | dict):  # fetchone: one row
        rows = [rows]
    return sum(value_size(value) for row in rows for value in (row.values() if isinstance(row, dict) else row))


@dataclass
class Cost:
    queries: int = 0
    bytes_read: int = 0
    sql: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.queries} queries, {self.bytes_read:,} bytes"


@contextlib.contextmanager
def measured() -> Iterator[Cost]:
    """The queries run and the bytes fetched inside the block (on the default connection)."""
    cost = Cost()

    def fetch(name):
        def method(self, *args):
            rows = self.__getattr__(name)(*args)  # the driver's method, with Django's error wrapping
            cost.bytes_read += rows_size(rows)
            return rows

        return method

    def iterate(self):
        with self.db.wrap_database_errors:
            for row in self.cursor:
                cost.bytes_read += rows_size(row)
                yield row

    with contextlib.ExitStack() as stack:
        for name in ("fetchone", "fetchmany", "fetchall"):
            stack.enter_context(mock.patch.object(CursorWrapper, name, fetch(name), create=True))
        stack.enter_context(mock.patch.object(CursorWrapper, "__iter__", iterate))
        queries = stack.enter_context(CaptureQueriesContext(connection))
        yield cost
    cost.queries = len(queries)
    cost.sql = [q["sql"] for q in queries.captured_queries]


def padded(data: dict, size: int) -> dict:
    """``data`` with filler evidence up to about ``size`` bytes of JSON, as years of notes make it."""
    data = copy.deepcopy(data)
    evidence = data.setdefault("evidence", {})
    note = "证据 evidence note " * 25  # about 500 bytes, like a truncated evaluator's note
    n = 0
    while len(str(data).encode()) < size:
        evidence.setdefault(f"filler_{n // 10}", []).append({"evaluator": "eva", "note": note, "link": "", "files": []})
        n += 1
    return data


WORKING_WEEK = {day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}


def populate(count: int, template: ScoreSnapshot, *, prefix: str = "Bulk vendor") -> list[Vendor]:
    """``count`` live vendors, each with a latest snapshot under every profile copied from ``template``
    (scores spread out so orderings mean something). Bulk inserts: seconds for a thousand vendors."""
    now = timezone.now()
    vendors = Vendor.objects.bulk_create(
        [
            Vendor(name=f"{prefix} {n:04d}", name_en=f"{prefix} {n:04d}", support_hours=WORKING_WEEK)
            for n in range(count)
        ],
        batch_size=500,
    )
    if not vendors or vendors[0].pk is None:  # backends that do not return ids from bulk_create
        vendors = list(Vendor.objects.filter(name__startswith=prefix).order_by("pk"))
    summary = ScoreSnapshot.summarize(template.data)
    profiles = list(WeightProfile.objects.all())
    snapshots = (
        ScoreSnapshot(
            vendor=vendor,
            profile=profile,
            overall=(n * 37) % 100,
            grade=template.grade,
            coverage=template.coverage,
            data=template.data,
            summary=summary,
            digest=f"bulk-{n}",
            computed_at=now,
            is_latest=True,
        )
        for n, vendor in enumerate(vendors)
        for profile in profiles
    )
    ScoreSnapshot.objects.bulk_create(snapshots, batch_size=200)
    return vendors
