"""Print how well the clause detector reads the labelled set (precision and recall per status and per key)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from contracts import clauses
from contracts.labelled_heldout import HELD_OUT
from contracts.labelled_set import CONTRACTS
from contracts.scorekeeping import STATUSES, demo_set, evaluate


class Command(BaseCommand):
    help = "Run the clause detector on the labelled contracts and print precision and recall."

    def add_arguments(self, parser):
        parser.add_argument(
            "--min",
            dest="minimum",
            type=float,
            default=0.0,
            help="Fail when a status's precision or recall on the tuning or demo set is below this.",
        )
        parser.add_argument("--misses", action="store_true", help="List every disagreement with the labels.")

    def handle(self, *args, minimum: float, misses: bool, **options):
        worst = 1.0
        sets = (
            # (title, contracts, guarded by --min)
            ("tuning set (the detector was developed against it)", CONTRACTS, True),
            ("demo contracts (written by a colleague; statuses and SLA only)", demo_set(), True),
            (
                "held-out set (written blind by a colleague, never tuned against; reported, not guarded)",
                HELD_OUT,
                False,
            ),
        )
        for title, contracts, guarded in sets:
            self.stdout.write(f"== {title} ==")
            figure = self.report(evaluate(contracts), misses)
            if guarded:
                worst = min(worst, figure)
            self.stdout.write("")
        if worst < minimum:
            raise CommandError(f"a status's precision or recall is {worst:.2f}, below {minimum:.2f}")

    def report(self, report, misses: bool) -> float:
        out = self.stdout.write
        out(f"{report.contracts} labelled contracts, {len(clauses.KEYS)} items each")
        out(f"status accuracy {report.accuracy:.2f}")
        out("")
        out(f"{'status':<10} {'precision':>9} {'recall':>7} {'labelled':>9}")
        for status in STATUSES:
            tally = report.by_status[status]
            out(f"{status:<10} {tally.precision:>9.2f} {tally.recall:>7.2f} {tally.actual:>9}")
        out("")
        out(f"{'item':<26} {'precision':>9} {'recall':>7}")
        for key in clauses.KEYS:
            precision, recall = report.key_scores(key)
            out(f"{key:<26} {precision:>9.2f} {recall:>7.2f}")
        out("")
        for name, tally in (("red flags", report.flags), ("SLA rows", report.sla_rows)):
            out(f"{name:<13} precision {tally.precision:.2f} recall {tally.recall:.2f} ({tally.actual} labelled)")
        renewal = ", ".join(f"{name} {count}/{report.renewal_total}" for name, count in report.renewal_fields.items())
        out(f"renewal terms {renewal}")
        if misses or report.misses:
            out("")
            out(f"{len(report.misses)} disagreements with the labels:")
            for line in report.misses:
                out(f"  {line}")
        return min(min(t.precision, t.recall) for t in report.by_status.values())
