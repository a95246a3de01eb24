"""Load demo users and data. Safe to run again: it updates what it made before."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from contracts.demo import seed_contracts
from evaluations.demo import backfill_score_history, seed_evaluations
from evaluations.probes.demo import seed_probes
from evaluations.tasks import batched_recompute
from vendors.demo import seed_vendors
from vendorscore.roles import Role

DEFAULT_PASSWORD = "vendorscore-demo"  # noqa: S105  (printed to the console on purpose: demo only)
DEMO_USERS = (
    ("manager", Role.MANAGER, "Mei Manager"),
    ("evaluator", Role.EVALUATOR, "Evan Evaluator"),
    ("viewer", Role.VIEWER, "Vera Viewer"),
    ("evaluator2", Role.EVALUATOR, "Li Evaluator"),
    ("evaluator3", Role.EVALUATOR, "Chen Evaluator"),
)
PRINTED_USERS = ("manager", "evaluator", "viewer")


class Command(BaseCommand):
    help = "Create or refresh the demo users (manager, evaluator, viewer) and the six demo vendors."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default=DEFAULT_PASSWORD,
            help=f"Password for the three demo users (default: {DEFAULT_PASSWORD}).",
        )

    @transaction.atomic
    def handle(self, *args, password: str, **options):
        User = get_user_model()
        users = {}
        for username, role, full_name in DEMO_USERS:
            first, last = full_name.split(" ", 1)
            user, _created = User.objects.update_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@example.com",
                    "is_staff": role == Role.MANAGER,  # managers configure through the admin
                    "is_active": True,
                },
            )
            user.set_password(password)
            user.save(update_fields=["password"])
            user.groups.set([Group.objects.get(name=role.value)])
            users[username] = user

        vendors = seed_vendors(timezone.localdate())
        with batched_recompute():
            evaluations = seed_evaluations(users, users["manager"])
            contracts = seed_contracts(users, users["manager"])
            probes = seed_probes(users, users["manager"])
        for vendor in vendors:
            backfill_score_history(vendor)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(vendors)} vendors, {evaluations} approved evaluations, {contracts} contracts"
                + (f", {probes} probes of support history." if probes else ".")
            )
        )
        self.stdout.write("Demo logins (username / password):")
        for username, role, _name in DEMO_USERS:
            if username in PRINTED_USERS:
                self.stdout.write(f"  {username:<10} / {password}   ({role.value})")
        self.stdout.write("  (evaluator2 and evaluator3 have the same password.)")
