"""Import vendors with their contacts and support channels from a CSV or XLSX file, all or nothing.

The same reading, checks and rules as the Import page (vendors/importing.py documents the
layout). A progress bar goes to stderr; so do warnings and errors, one line per cell. Any
error exits with status 1 and saves nothing; --dry-run checks and reports without saving.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from vendors import importing


class Command(BaseCommand):
    help = "Import vendors, their contacts and support channels from a CSV or XLSX file (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv or .xlsx file; see vendors/importing.py for the columns.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; save nothing.")

    def handle(self, *args, file: str, dry_run: bool, **options):
        table = read(Path(file))
        for warning in table.warnings:
            self.stderr.write(self.style.WARNING(f"warning: {warning}"))
        # The OutputWrapper adds a newline to every write; the bar needs the raw stream for its \r.
        stream = getattr(self.stderr, "_out", self.stderr)
        with tqdm(total=len(table.rows), unit="step", file=stream, disable=not table.rows) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total  # a row is checked, then (unless a dry run) saved: two steps
                bar.update(done - bar.n)

            outcome = importing.run(table, dry_run=dry_run, progress=progress)
        for error in outcome.errors:
            self.stderr.write(self.style.ERROR(describe(error)))
        if outcome.errors:
            raise CommandError(f"{len(outcome.errors)} error(s) in {file}; nothing was imported.")
        self.stdout.write(summary(outcome.counts))
        if dry_run:
            self.stdout.write("Dry run: nothing was saved.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported {file}."))


def read(path: Path) -> importing.Table:
    try:
        if path.stat().st_size > importing.MAX_BYTES:
            raise importing.too_large()
        return importing.read_table(path.name, path.read_bytes())
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    except importing.ImportFileError as exc:
        raise CommandError(f"{path}: {exc}") from None


def describe(error: importing.RowError) -> str:
    where = f"row {error.row}" if error.row else "file"
    return f"{where}, {error.column}: {error.message}" if error.column else f"{where}: {error.message}"


def summary(counts: dict[str, int]) -> str:
    lines = []
    for kind in importing.KINDS:
        created, updated, unchanged = (counts[f"{kind}_{action}"] for action in ("create", "update", "unchanged"))
        lines.append(f"{kind}: {created} created, {updated} updated, {unchanged} unchanged")
    return "\n".join(lines)
