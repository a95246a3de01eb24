"""Backup and restore: every row of every app and every stored file in one ``.tar.gz``.

The archive holds three things:

* ``manifest.json``: the format version, the app version, the database it came from, the
  migrations applied to it, the number of rows per model, and the size and SHA-256 of every
  member;
* ``data.json``: Django's JSON serialization of every model (as ``dumpdata --natural-foreign``
  writes it), so a backup from SQLite restores into PostgreSQL and back;
* ``files/default/…`` and ``files/private/…``: every file in the two storages, i.e. everything
  under MEDIA_ROOT (evidence files) and PRIVATE_ROOT (contract files).

Left out on purpose: content types and permissions (``migrate`` makes them; rows refer to them by
natural key), sessions (everyone signs in again after a restore) and the sign-in lockout's
records (``axes``: attempts and logs of this installation, not data).

A restore checks the whole archive first (format, migrations, checksums) and changes nothing if
anything is off. It then writes the files, replaces the rows of every backed-up table in one
transaction, checks the foreign keys, resets PostgreSQL's sequences and compares the row counts
with the manifest. Row saves are "raw", as ``loaddata``'s are: receivers that react to edits
(score recomputes) leave them alone, so the restored rows are exactly the backed-up ones.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import tarfile
import tempfile
import tomllib
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import File
from django.core.files.storage import Storage, storages
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Prefetch
from django.utils.functional import LazyObject, empty

FORMAT = "vendorscore-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.json"
# The storages whose files are backed up: "default" is MEDIA_ROOT, "private" PRIVATE_ROOT.
STORAGE_ALIASES = ("default", "private")
EXCLUDED_MODELS = frozenset(
    {
        "contenttypes.contenttype",
        "auth.permission",
        "sessions.session",
        "axes.accessattempt",
        "axes.accessattemptexpiration",
        "axes.accessfailurelog",
        "axes.accesslog",
    }
)
# Rows that ``migrate`` itself writes (role groups, the default checklists and weight profiles,
# the scenarios, the probe question bank): a freshly migrated database holds these and still
# counts as empty.
MADE_BY_MIGRATIONS = frozenset(
    {
        "auth.group",
        "auth.group_permissions",
        "vendors.scenario",
        "evaluations.checklisttemplate",
        "evaluations.criterion",
        "evaluations.weightprofile",
        "probes.probequestion",
    }
)
CHUNK = 1024 * 1024


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a backup keeps the microseconds."""

    def default(self, o):
        if isinstance(o, dt.datetime | dt.time) and o.microsecond:
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        return super().default(o)


class BackupError(Exception):
    """The archive cannot be written or restored; the message says why."""


@dataclass
class Steps:
    """What a command shows while it works: ``start(stage, total)`` then ``advance(n)``."""

    start: Callable[[str, int], None] = lambda stage, total: None
    advance: Callable[[int], None] = lambda n=1: None


# --- What is backed up -------------------------------------------------------------------------
def label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def backed_up_models() -> list[type[models.Model]]:
    """Every concrete model with a table, in an order where natural keys resolve (``dumpdata``'s)."""
    app_list = {}
    for config in apps.get_app_configs():
        chosen = [
            model
            for model in config.get_models()
            if model._meta.managed and not model._meta.proxy and label(model) not in EXCLUDED_MODELS
        ]
        if chosen:
            app_list[config] = chosen
    return serializers.sort_dependencies(app_list.items(), allow_cycles=True)


def through_models(model_list: list[type[models.Model]]) -> list[type[models.Model]]:
    """The auto-created many-to-many tables of these models (saved with their owner's rows)."""
    return [
        field.remote_field.through
        for model in model_list
        for field in model._meta.local_many_to_many
        if field.remote_field.through._meta.auto_created
    ]


def row_counts(using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    model_list = backed_up_models()
    return {label(model): model._base_manager.using(using).count() for model in model_list + through_models(model_list)}


def applied_migrations(using: str = DEFAULT_DB_ALIAS) -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def database_is_empty(using: str = DEFAULT_DB_ALIAS) -> bool:
    """True when the database holds nothing but what ``migrate`` wrote."""
    return not any(count for name, count in row_counts(using).items() if name not in MADE_BY_MIGRATIONS)


def app_version() -> str:
    try:
        with open(settings.BASE_DIR / "pyproject.toml", "rb") as handle:
            return tomllib.load(handle)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


# --- Files -------------------------------------------------------------------------------------
def stored_files(storage: Storage, folder: str = "") -> Iterator[str]:
    """Every file name in a storage, depth first, in a stable order."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # a storage folder that was never written to
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for directory in sorted(directories):
        yield from stored_files(storage, f"{folder}/{directory}" if folder else directory)


def sha256_of(handle) -> str:
    digest = hashlib.sha256()
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def referenced_files(using: str = DEFAULT_DB_ALIAS) -> set[tuple[str, str]]:
    """(storage alias, name) of every file a FileField row points at."""
    found = set()
    for model in backed_up_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                alias = storage_alias(field)
                names = model._base_manager.using(using).exclude(**{field.attname: ""}).values_list(field.attname)
                found.update((alias, name) for (name,) in names.iterator())
    return found


def storage_alias(field: models.FileField) -> str:
    """Which of STORAGE_ALIASES a file field keeps its files in."""
    storage = field._storage_callable() if hasattr(field, "_storage_callable") else field.storage
    if isinstance(storage, LazyObject):  # default_storage
        if storage._wrapped is empty:
            storage._setup()
        storage = storage._wrapped
    for alias in STORAGE_ALIASES:
        if storages[alias] is storage:
            return alias
    raise BackupError(f"{field} keeps its files in a storage that is not backed up ({type(storage).__name__})")


# --- Backup ------------------------------------------------------------------------------------
def backup(path: Path, steps: Steps | None = None, using: str = DEFAULT_DB_ALIAS) -> dict:
    """Write the archive to ``path`` and return its manifest."""
    steps = steps or Steps()
    path = Path(path)
    connection = connections[using]
    model_list = backed_up_models()
    manifest: dict = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "app_version": app_version(),
        "database": connection.vendor,
        "excluded_models": sorted(EXCLUDED_MODELS),
    }
    with tempfile.TemporaryDirectory(prefix="vendorscore-backup-") as scratch:
        data_path = Path(scratch) / DATA
        # One snapshot of every table: rows written while the backup runs are all in or all out.
        outermost = not connection.in_atomic_block
        with transaction.atomic(using=using):
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            manifest["migrations"] = applied_migrations(using)
            counts = row_counts(using)
            manifest["models"] = counts
            steps.start("rows", sum(counts[label(model)] for model in model_list))
            with open(data_path, "w", encoding="utf-8") as handle:
                serializers.serialize(
                    "json",
                    rows(model_list, using, steps),
                    stream=handle,
                    use_natural_foreign_keys=True,
                    use_natural_primary_keys=False,
                    cls=ExactJSONEncoder,
                )
            referenced = referenced_files(using)
        with open(data_path, "rb") as handle:
            manifest["data"] = {"name": DATA, "size": data_path.stat().st_size, "sha256": sha256_of(handle)}

        listed = [(alias, name) for alias in STORAGE_ALIASES for name in stored_files(storages[alias])]
        manifest["missing_files"] = [
            {"storage": alias, "name": name} for alias, name in sorted(referenced - set(listed))
        ]
        manifest["files"] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        try:
            with tarfile.open(partial, "w:gz") as archive:
                archive.add(data_path, arcname=DATA)
                steps.start("files", len(listed))
                for alias, name in listed:
                    manifest["files"].append(add_file(archive, storages[alias], alias, name))
                    steps.advance(1)
                body = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(body)
                info.mtime = int(dt.datetime.now(dt.UTC).timestamp())
                archive.addfile(info, fileobj=io.BytesIO(body))
            os.replace(partial, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
    return manifest


def rows(model_list: list[type[models.Model]], using: str, steps: Steps) -> Iterator[models.Model]:
    for model in model_list:
        queryset = model._base_manager.using(using).order_by(model._meta.pk.name)
        # A row names a user, a group or a permission by its natural key: load those with the rows
        # rather than one query per reference.
        queryset = queryset.select_related(*natural_key_relations(model))
        queryset = queryset.prefetch_related(
            *(
                Prefetch(
                    field.name,
                    field.related_model._base_manager.select_related(*natural_key_relations(field.related_model)),
                )
                for field in model._meta.local_many_to_many
            )
        )
        for row in queryset.iterator(chunk_size=2000):
            yield row
            steps.advance(1)


def natural_key_relations(model: type[models.Model]) -> list[str]:
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and hasattr(field.related_model, "natural_key")
    ]


def member_name(alias: str, name: str) -> str:
    return f"files/{alias}/{name}"


def add_file(archive: tarfile.TarFile, storage: Storage, alias: str, name: str) -> dict:
    with storage.open(name, "rb") as handle:
        digest = sha256_of(handle)
        size = handle.tell()
        handle.seek(0)
        info = tarfile.TarInfo(member_name(alias, name))
        info.size = size
        info.mtime = int(dt.datetime.now(dt.UTC).timestamp())
        archive.addfile(info, fileobj=handle)
    return {"storage": alias, "name": name, "size": size, "sha256": digest}


# --- Restore -----------------------------------------------------------------------------------
@dataclass
class Restored:
    rows: int
    files: int
    models: dict[str, int]


def read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.load(archive.extractfile(member))
    except (KeyError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BackupError(f"not a vendorscore backup: {MANIFEST} is missing or unreadable ({exc})") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"not a vendorscore backup: {MANIFEST} does not say format {FORMAT!r}")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"backup format version {manifest.get('format_version')} is not supported (this version reads "
            f"{FORMAT_VERSION})"
        )
    return manifest


def check_migrations(manifest: dict, using: str) -> None:
    """The rows fit only the schema they were written from: the same migrations must be applied."""
    theirs = {(app, name) for app, names in manifest.get("migrations", {}).items() for name in names}
    ours = {(app, name) for app, names in applied_migrations(using).items() for name in names}
    if theirs == ours:
        return
    only_backup = sorted(f"{app}.{name}" for app, name in theirs - ours)
    only_here = sorted(f"{app}.{name}" for app, name in ours - theirs)
    parts = []
    if only_backup:
        parts.append(f"applied in the backup but not here: {', '.join(only_backup)} (run `manage.py migrate` first)")
    if only_here:
        parts.append(
            f"applied here but not in the backup: {', '.join(only_here)} (restore with the version the backup was "
            f"made with, {manifest.get('app_version', 'unknown')}, then upgrade)"
        )
    raise BackupError("the database schema differs from the backup's: " + "; ".join(parts))


def safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts


def restore(path: Path, *, force: bool = False, steps: Steps | None = None, using: str = DEFAULT_DB_ALIAS) -> Restored:
    """Check the archive, then put back its files and rows. Refuses a database that holds data
    unless ``force`` (which replaces that data)."""
    try:
        with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory(prefix="vs-restore-") as scratch:
            return _restore(archive, Path(scratch), force=force, steps=steps or Steps(), using=using)
    except (tarfile.TarError, EOFError, zlib.error) as exc:
        raise BackupError(f"cannot read {path}: {exc}") from None


def _restore(archive: tarfile.TarFile, unpacked: Path, *, force: bool, steps: Steps, using: str) -> Restored:
    manifest = read_manifest(archive)
    check_migrations(manifest, using)
    if not force and not database_is_empty(using):
        raise BackupError("the database already holds data; restoring replaces all of it: add --force to go ahead")
    members = {member.name: member for member in archive.getmembers()}
    bad = [name for name, member in members.items() if not (member.isfile() and safe_member(name))]
    if bad:
        raise BackupError(f"the archive holds unexpected members: {', '.join(sorted(bad)[:5])}")
    if unknown := {entry["storage"] for entry in manifest["files"]} - set(STORAGE_ALIASES):
        raise BackupError(f"the manifest names unknown storages: {', '.join(sorted(unknown))}")

    # Every member is checked against the manifest before anything changes.
    expected = [(DATA, manifest["data"]["size"], manifest["data"]["sha256"])]
    expected += [(member_name(f["storage"], f["name"]), f["size"], f["sha256"]) for f in manifest["files"]]
    steps.start("checking", len(expected))
    for name, size, digest in expected:
        member = members.get(name)
        if member is None:
            raise BackupError(f"the archive lacks {name}, which its manifest lists")
        target = unpacked / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.extractfile(member) as source, open(target, "wb") as out:
            hasher = hashlib.sha256()
            while chunk := source.read(CHUNK):
                hasher.update(chunk)
                out.write(chunk)
        if target.stat().st_size != size or hasher.hexdigest() != digest:
            raise BackupError(f"{name} does not match its checksum in the manifest: the archive is damaged")
        steps.advance(1)

    # Files first: if the rows then fail, the database is as it was and the files are harmless.
    steps.start("files", len(manifest["files"]))
    for entry in manifest["files"]:
        put_file(storages[entry["storage"]], entry["name"], unpacked / member_name(entry["storage"], entry["name"]))
        steps.advance(1)

    counts = load_rows(unpacked / DATA, manifest["models"], steps, using)
    return Restored(rows=sum(counts.values()), files=len(manifest["files"]), models=counts)


def put_file(storage: Storage, name: str, source: Path) -> None:
    if storage.exists(name):
        storage.delete(name)
    with open(source, "rb") as handle:
        saved = storage.save(name, File(handle, name=PurePosixPath(name).name))
    if saved != name:
        raise BackupError(f"the storage saved {name} as {saved}")


def load_rows(data: Path, expected: dict[str, int], steps: Steps, using: str) -> dict[str, int]:
    """Replace every backed-up table's rows with the archive's, all or nothing: the counts per
    model must come out as the manifest says, or nothing changes."""
    connection = connections[using]
    model_list = backed_up_models()
    throughs = through_models(model_list)
    tables = {model._meta.db_table for model in model_list + throughs}
    tables |= {apps.get_model("sessions", "Session")._meta.db_table}  # sessions name users that are replaced
    existing = set(connection.introspection.table_names())
    ContentType.objects.clear_cache()  # rows name content types by natural key: look them up afresh
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            # TRUNCATE refuses tables with deferred foreign-key checks pending, which rows written
            # earlier in an enclosing transaction leave behind: run those checks now.
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        flush = connection.ops.sql_flush(no_style(), sorted(tables & existing), reset_sequences=True)
        connection.ops.execute_sql_flush(flush)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        steps.start("rows", sum(expected.get(label(model), 0) for model in model_list))
        deferred = []
        with connection.constraint_checks_disabled(), open(data, encoding="utf-8") as handle:
            for restored in serializers.deserialize("json", handle, using=using, handle_forward_references=True):
                restored.save(using=using)
                if restored.deferred_fields:
                    deferred.append(restored)
                steps.advance(1)
            for restored in deferred:
                restored.save_deferred_fields(using=using)
        connection.check_constraints(table_names=sorted(tables & existing))
        sequences = connection.ops.sequence_reset_sql(no_style(), model_list + throughs)
        if sequences:
            with connection.cursor() as cursor:
                for statement in sequences:
                    cursor.execute(statement)
        counts = row_counts(using)
        differ = {name: (count, counts.get(name, 0)) for name, count in expected.items() if counts.get(name) != count}
        differ.update({name: (0, count) for name, count in counts.items() if name not in expected and count})
        if differ:
            raise BackupError(
                "the restored rows differ from the manifest (model: expected, restored): "
                + ", ".join(f"{name}: {want}, {got}" for name, (want, got) in sorted(differ.items()))
            )
    return counts
