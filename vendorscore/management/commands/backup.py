"""Write every row and every stored file into one .tar.gz (see vendorscore/backup.py).

    python manage.py backup /backups/vendorscore-2026-11-23.tar.gz

A progress bar goes to stderr; the summary (rows, files, size) to stdout.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from vendorscore import backup
from vendorscore.management.progress import ProgressBars


class Command(BaseCommand):
    help = "Back up every row and every uploaded file (evidence, contracts) into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive to write, e.g. vendorscore.tar.gz (replaced if it exists).")

    def handle(self, *args, path: str, **options):
        target = Path(path)
        if target.is_dir():
            raise CommandError(f"{target} is a folder: name the archive file, e.g. {target / 'vendorscore.tar.gz'}")
        with ProgressBars(self.stderr) as bars:
            try:
                manifest = backup.backup(target, steps=bars.steps)
            except (backup.BackupError, OSError) as exc:
                raise CommandError(f"backup failed: {exc}") from None
        for missing in manifest["missing_files"]:
            where = f"{missing['storage']} storage"
            self.stderr.write(self.style.WARNING(f"warning: a row names {missing['name']}, which the {where} lacks"))
        rows = sum(manifest["models"].values())
        size = target.stat().st_size
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {rows} rows of {sum(1 for n in manifest['models'].values() if n)} models and "
                f"{len(manifest['files'])} files into {target} ({size / 1024 / 1024:.1f} MB)."
            )
        )
