"""Recompute score snapshots for every live vendor (or the ones named), in batches, with a progress bar."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from evaluations.scorecards import recompute_vendors
from evaluations.tasks import CHUNK_SIZE, chunks
from vendors.models import Vendor
from vendorscore.management.progress import ProgressBars


class Command(BaseCommand):
    help = "Recompute every weight profile's score snapshot for all live vendors (or --vendor ID …)."

    def add_arguments(self, parser):
        parser.add_argument("--vendor", type=int, action="append", help="Only this vendor id (repeatable).")
        parser.add_argument(
            "--batch-size", type=int, default=CHUNK_SIZE, help=f"Vendors per batch (default {CHUNK_SIZE})."
        )

    def handle(self, *args, vendor=None, batch_size=CHUNK_SIZE, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        ids = list(Vendor.objects.alive().order_by("pk").values_list("pk", flat=True))
        if vendor:
            unknown = sorted(set(vendor) - set(ids))
            if unknown:
                raise CommandError(f"No live vendor with id {', '.join(map(str, unknown))}.")
            ids = [pk for pk in ids if pk in vendor]
        started = time.monotonic()
        written = 0
        with ProgressBars(self.stderr) as bars:
            bars.start("vendors", len(ids))
            for batch in chunks(ids, batch_size):
                written += recompute_vendors(batch)
                bars.advance(len(batch))
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(ids)} vendors in {elapsed:.1f} s; {written} new snapshots (unchanged scores skipped)."
            )
        )
