"""`manage.py backup` and `manage.py restore`: every row and every stored file comes back.

On PostgreSQL in CI (DATABASE_URL), SQLite locally. Files go through the configured storages
(in memory under the test settings), so they are compared byte for byte through the same API
the app reads them with.
"""

from __future__ import annotations

import io
import json
import os
import tarfile
import time
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from evaluations.models import Answer, Evaluation, EvidenceFile
from vendors.models import Vendor
from vendors.tests.factories import VendorFactory
from vendorscore import backup

pytestmark = pytest.mark.django_db


# --- What "everything" is, worked out independently of the code under test ----------------------
def every_row() -> dict[str, list[dict]]:
    """Every row of every model the backup promises, ordered by key; references to content types and
    permissions by natural key (``migrate`` makes those, with ids of its own)."""
    content_types = {ct.pk: (ct.app_label, ct.model) for ct in ContentType.objects.all()}
    permissions = {
        p.pk: (p.content_type.app_label, p.codename) for p in Permission.objects.select_related("content_type")
    }
    natural = {ContentType: content_types, Permission: permissions}
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        name = model._meta.label_lower
        if model._meta.proxy or name in backup.EXCLUDED_MODELS:
            continue
        values = list(model._base_manager.order_by("pk").values())
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in natural:
                for row in values:
                    row[field.attname] = natural[field.related_model].get(row[field.attname])
        if model._meta.auto_created:  # a many-to-many table: its ids are made anew when the links are set
            values = sorted((tuple(sorted((k, v) for k, v in row.items() if k != "id")) for row in values), key=str)
        rows[name] = values
    return rows


def every_file() -> dict[tuple[str, str], bytes]:
    def walk(storage, folder=""):
        directories, files = storage.listdir(folder)
        for name in files:
            yield f"{folder}/{name}" if folder else name
        for directory in directories:
            yield from walk(storage, f"{folder}/{directory}" if folder else directory)

    found = {}
    for alias in ("default", "private"):
        storage = storages[alias]
        for name in walk(storage):
            with storage.open(name, "rb") as handle:
                found[(alias, name)] = handle.read()
    return found


def delete_every_file() -> None:
    for alias, name in every_file():
        storages[alias].delete(name)


def flush_database() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # TRUNCATE waits for no deferred check (see backup.load_rows)
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)


def add_evidence(answer: Answer, name: str, content: bytes) -> EvidenceFile:
    upload = ContentFile(content, name=name)
    return EvidenceFile.objects.create(answer=answer, file=upload, name=name, size=len(content))


@pytest.fixture(autouse=True)
def _clean_slate():
    """The test storages live in memory for the whole run: start each test with them empty. A flush
    makes content types anew; the test's rollback removes them, the cache would keep them."""
    delete_every_file()
    yield
    delete_every_file()
    ContentType.objects.clear_cache()


@pytest.fixture
def figures(capsys):
    def show(line: str) -> None:
        with capsys.disabled():
            print(f"\n{line}")

    return show


# --- The round trip ------------------------------------------------------------------------------
def test_a_restore_brings_back_every_row_and_every_file_of_the_demo(tmp_path, figures):
    call_command("seed_demo", stdout=io.StringIO())
    answer = Answer.objects.filter(evaluation__status="draft").first() or Answer.objects.first()
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(4096)
    add_evidence(answer, "screenshot.png", png)
    add_evidence(answer, "chat-log.txt", "客服 09:12 回复：已收到，正在排查。\n".encode())
    rows, files = every_row(), every_file()
    assert sum(1 for values in rows.values() if values) >= 25  # the demo fills most tables
    assert any(alias == "private" for alias, _name in files)  # contract files
    assert sum(1 for alias, _name in files if alias == "default") == 2  # the evidence files
    archive = tmp_path / "vendorscore.tar.gz"

    started = time.perf_counter()
    call_command("backup", str(archive), stdout=io.StringIO(), stderr=io.StringIO())
    backup_seconds = time.perf_counter() - started
    flush_database()
    delete_every_file()
    assert not Vendor.objects.exists()
    assert every_file() == {}
    out = io.StringIO()
    started = time.perf_counter()
    call_command("restore", str(archive), stdout=out, stderr=io.StringIO())
    restore_seconds = time.perf_counter() - started

    restored_rows = every_row()
    for name, values in rows.items():
        assert restored_rows[name] == values, f"{name} differs after the restore"
    assert restored_rows.keys() == rows.keys()
    assert every_file() == files
    total = sum(len(values) for values in rows.values())
    assert f"Restored {total} rows and {len(files)} files" in out.getvalue()
    # New rows get new keys: the sequences were moved past the restored ones.
    vendor = Vendor.objects.create(name="After the restore")
    assert vendor.pk > max(row["id"] for row in rows["vendors.vendor"])
    user = User.objects.create_user("after-restore")
    user.groups.add(Group.objects.get(name="viewer"))
    evaluation = Evaluation.objects.filter(status="draft").first()
    if evaluation is not None:
        criterion = evaluation.template.criteria.exclude(answers__evaluation=evaluation).first()
        evaluation.save_answer(criterion, {"note": "after the restore"}, evaluation.evaluator, 0)
    figures(
        f"backup round trip on {connection.vendor}: {total} rows of {sum(1 for v in rows.values() if v)} models "
        f"and {len(files)} files ({sum(len(b) for b in files.values())} bytes) identical after restore; archive "
        f"{archive.stat().st_size / 1024:.0f} KB; backup {backup_seconds:.1f} s, restore {restore_seconds:.1f} s"
    )


# --- Refusals ------------------------------------------------------------------------------------
@pytest.fixture
def small_backup(tmp_path, evaluator):
    vendor = VendorFactory(name="Kept vendor")
    evaluation = Evaluation.objects.create(vendor=vendor, evaluator=evaluator, template=_any_template())
    answer = evaluation.save_answer(evaluation.template.criteria.first(), {"note": "seen"}, evaluator, 0)
    add_evidence(answer, "proof.txt", b"the vendor's reply, verbatim")
    archive = tmp_path / "small.tar.gz"
    backup.backup(archive)
    return archive


def _any_template():
    from evaluations.models import ChecklistTemplate

    return ChecklistTemplate.objects.filter(is_current=True).first()


def test_a_database_that_holds_data_is_refused_without_force(small_backup):
    before = every_row()
    with pytest.raises(CommandError, match=r"already holds data.*--force"):
        call_command("restore", str(small_backup), stdout=io.StringIO(), stderr=io.StringIO())
    assert every_row() == before


def test_force_replaces_what_the_database_holds(small_backup):
    rows, files = every_row(), every_file()
    VendorFactory(name="Made after the backup")
    Vendor.objects.filter(name="Kept vendor").update(notes="changed after the backup")
    call_command("restore", "--force", str(small_backup), stdout=io.StringIO(), stderr=io.StringIO())
    assert every_row() == rows
    assert every_file() == files


def test_a_restore_asks_for_no_score_recompute(small_backup, django_capture_on_commit_callbacks):
    """Restored rows are the backed-up rows, scores included: nothing is queued for them."""
    with django_capture_on_commit_callbacks() as callbacks:
        call_command("restore", "--force", str(small_backup), stdout=io.StringIO(), stderr=io.StringIO())
    assert callbacks == []


def test_a_freshly_migrated_database_counts_as_empty():
    assert backup.database_is_empty()  # what the migrations write (groups, checklists, questions) is not data
    VendorFactory()
    assert not backup.database_is_empty()


def rewrite(archive: Path, change) -> None:
    """Rewrite the archive with ``change(name, bytes) -> bytes`` applied to every member."""
    with tarfile.open(archive, "r:gz") as source:
        members = [(member, source.extractfile(member).read()) for member in source.getmembers()]
    with tarfile.open(archive, "w:gz") as target:
        for member, content in members:
            content = change(member.name, content)
            member.size = len(content)
            target.addfile(member, io.BytesIO(content))


def test_a_damaged_file_in_the_archive_is_refused_and_nothing_changes(small_backup):
    flush_database()
    delete_every_file()
    rewrite(small_backup, lambda name, content: content.replace(b"verbatim", b"VERBATIM"))
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore", str(small_backup), stdout=io.StringIO(), stderr=io.StringIO())
    assert not Vendor.objects.exists()
    assert every_file() == {}


def test_a_backup_of_another_schema_is_refused(small_backup):
    def drop_a_migration(name, content):
        if name != backup.MANIFEST:
            return content
        manifest = json.loads(content)
        manifest["migrations"]["evaluations"].pop()
        manifest["migrations"]["evaluations"].append("0099_from_the_future")
        return json.dumps(manifest).encode()

    rewrite(small_backup, drop_a_migration)
    with pytest.raises(CommandError, match=r"0099_from_the_future.*run `manage\.py migrate` first"):
        call_command("restore", "--force", str(small_backup), stdout=io.StringIO(), stderr=io.StringIO())
    assert Vendor.objects.filter(name="Kept vendor").exists()


def test_something_that_is_not_a_backup_is_refused(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="cannot read"):
        call_command("restore", str(bogus), stdout=io.StringIO(), stderr=io.StringIO())


def test_the_archive_lists_what_it_holds(small_backup):
    with tarfile.open(small_backup, "r:gz") as archive:
        manifest = json.load(archive.extractfile(backup.MANIFEST))
        names = set(archive.getnames())
    assert manifest["models"]["vendors.vendor"] == 1
    assert manifest["models"]["evaluations.evidencefile"] == 1
    assert "sessions.session" not in manifest["models"]
    assert "contenttypes.contenttype" not in manifest["models"]
    assert manifest["migrations"]["evaluations"][0] == "0001_initial"
    assert manifest["database"] == connection.vendor
    (evidence,) = manifest["files"]
    assert evidence["storage"] == "default"
    assert f"files/default/{evidence['name']}" in names
    assert {"manifest.json", "data.json"} <= names
