"""Recompute score snapshots for every live vendor (or the ones named), with a progress bar."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from evaluations.scorecards import recompute_vendor
from vendors.models import Vendor

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Recompute every weight profile's score snapshot for all live vendors (or --vendor ID …)."

    def add_arguments(self, parser):
        parser.add_argument("--vendor", type=int, action="append", help="Only this vendor id (repeatable).")

    def handle(self, *args, vendor=None, **options):
        ids = list(Vendor.objects.alive().values_list("pk", flat=True))
        if vendor:
            unknown = sorted(set(vendor) - set(ids))
            if unknown:
                raise CommandError(f"No live vendor with id {', '.join(map(str, unknown))}.")
            ids = [pk for pk in ids if pk in vendor]
        started = time.monotonic()
        written = 0
        for done, vendor_id in enumerate(ids, start=1):
            written += recompute_vendor(vendor_id)
            filled = BAR_WIDTH * done // len(ids)
            self.stdout.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{len(ids)} vendors", ending="")
            self.stdout.flush()
        self.stdout.write("")
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(ids)} vendors in {elapsed:.1f} s; {written} new snapshots (unchanged scores skipped)."
            )
        )
