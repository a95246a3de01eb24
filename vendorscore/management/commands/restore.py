"""Put back a backup written by ``manage.py backup`` (see vendorscore/backup.py).

    python manage.py migrate            # the same migrations as when the backup was made
    python manage.py restore /backups/vendorscore-2026-11-23.tar.gz

The archive is checked first (format, migrations, every checksum); then its files are written and
every backed-up table is replaced in one transaction. A database that already holds data is
refused unless --force, which replaces that data.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from vendorscore import backup
from vendorscore.management.progress import ProgressBars


class Command(BaseCommand):
    help = "Restore a backup written by `manage.py backup` into this (migrated, empty) database."

    def add_arguments(self, parser):
        parser.add_argument("path", help="An archive written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore even though the database holds data: every backed-up table is replaced.",
        )

    def handle(self, *args, path: str, force: bool, **options):
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"{source} is not a file")
        with ProgressBars(self.stderr) as bars:
            try:
                restored = backup.restore(source, force=force, steps=bars.steps)
            except (backup.BackupError, OSError) as exc:
                raise CommandError(f"restore failed, nothing was changed: {exc}") from None
        self.stdout.write(
            self.style.SUCCESS(f"Restored {restored.rows} rows and {restored.files} files from {source}.")
        )
