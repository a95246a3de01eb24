"""Generate the benchmark's synthetic data set (vendorscore/management/bench_seed.py says what is in it).

    python manage.py seed_bench [--vendors 1000] [--seed 1] [--reset] [--no-scores] [--force]

Meant for a database of its own (``make bench`` uses vendorscore_bench): it refuses to write
into a database that holds anything but bench data unless ``--force``. Running it again with the
same size and seed does nothing; another size or seed needs ``--reset``, which deletes the bench
vendors and everything hanging off them (the bench users stay).
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from vendorscore.management import bench_seed
from vendorscore.management.progress import ProgressBars


class Command(BaseCommand):
    help = "Generate N synthetic vendors with two years of evaluations, probes and contracts, for the benchmark."

    def add_arguments(self, parser):
        parser.add_argument("--vendors", type=int, default=1000, help="How many vendors (default 1000).")
        parser.add_argument("--seed", type=int, default=1, help="The seed everything is drawn from (default 1).")
        parser.add_argument(
            "--probes", type=int, default=bench_seed.PROBES_PER_VENDOR, help="Probes per vendor (default 200)."
        )
        parser.add_argument("--reset", action="store_true", help="Delete an existing bench set first.")
        parser.add_argument("--no-scores", action="store_true", help="Leave the score snapshots to the benchmark.")
        parser.add_argument(
            "--force", action="store_true", help="Write even though the database holds data that is not bench data."
        )

    def handle(self, *args, vendors: int, seed: int, probes: int, reset: bool, no_scores: bool, force: bool, **options):
        if vendors < 1 or probes < 0:
            raise CommandError("--vendors must be at least 1 and --probes at least 0.")
        foreign = bench_seed.foreign_data()
        if foreign and not force:
            found = ", ".join(f"{count} {name}" for name, count in foreign.items())
            raise CommandError(
                f"This database holds data that is not bench data ({found}): seed_bench writes thousands of "
                "synthetic vendors. Point DATABASE_URL at a database of its own, or pass --force."
            )
        existing = bench_seed.existing_set()
        if existing is not None and not reset:
            old_seed, old_size, present = existing
            if (old_seed, old_size) == (seed, vendors) and present == vendors:
                self.stdout.write(f"The bench set is already here ({vendors} vendors, seed {seed}): nothing to do.")
                return
            raise CommandError(
                f"The database holds another bench set ({present} of {old_size} vendors, seed {old_seed}); "
                "pass --reset to replace it."
            )
        with ProgressBars(self.stderr) as bars:
            if existing is not None:
                started = time.perf_counter()
                bench_seed.remove_bench_set()
                self.stdout.write(f"Removed the previous bench set in {time.perf_counter() - started:.1f} s.")
            started = time.perf_counter()
            now = timezone.now().replace(second=0, microsecond=0)
            counts = bench_seed.BenchSet(vendors, seed, now, bars.steps, probes=probes).write()
            seeded = time.perf_counter() - started
            bars.close()
            scored = None
            if not no_scores:
                started = time.perf_counter()
                ids = list(bench_seed.bench_vendors().order_by("pk").values_list("pk", flat=True))
                bench_seed.score_vendors(ids, bars.steps)
                scored = time.perf_counter() - started
        tidied = bench_seed.refresh_statistics()
        rows = sum(counts.values())
        self.stdout.write(
            self.style.SUCCESS(f"Seeded {vendors} vendors (seed {seed}): {rows:,} rows in {seeded:.1f} s.")
        )
        for label, count in sorted(counts.items()):
            self.stdout.write(f"  {label:<32}{count:>10,}")
        if scored is not None:
            self.stdout.write(f"Scores computed in {scored:.1f} s ({scored / vendors * 1000:.0f} ms a vendor).")
        else:
            self.stdout.write("Scores not computed (--no-scores).")
        if tidied:
            self.stdout.write(f"Planner statistics refreshed (VACUUM ANALYZE) in {tidied:.1f} s.")
        self.stdout.write(f"Sign in as {bench_seed.MANAGER} / {bench_seed.PASSWORD}.")
