"""Several evidence files per answer: the single Answer.evidence becomes EvidenceFile rows.

Existing files stay where they are stored; each becomes one row named after its file.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import evaluations.models


def copy_single_files(apps, schema_editor):
    Answer = apps.get_model("evaluations", "Answer")
    EvidenceFile = apps.get_model("evaluations", "EvidenceFile")
    for answer in Answer.objects.exclude(evidence="").exclude(evidence__isnull=True).iterator():
        name = answer.evidence.name.rsplit("/", 1)[-1]
        try:
            size = answer.evidence.size
        except OSError:
            size = 0
        EvidenceFile.objects.create(
            answer=answer, file=answer.evidence.name, name=name[:200], size=size, uploaded_by_id=answer.updated_by_id
        )


def back_to_single_files(apps, schema_editor):
    Answer = apps.get_model("evaluations", "Answer")
    EvidenceFile = apps.get_model("evaluations", "EvidenceFile")
    for evidence in EvidenceFile.objects.order_by("answer_id", "-uploaded_at").iterator():
        Answer.objects.filter(pk=evidence.answer_id, evidence="").update(evidence=evidence.file.name)


class Migration(migrations.Migration):
    dependencies = [
        ("evaluations", "0002_default_checklist_and_profiles"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="EvidenceFile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "file",
                    models.FileField(
                        max_length=300, upload_to=evaluations.models.evidence_file_path, verbose_name="file"
                    ),
                ),
                ("name", models.CharField(max_length=200, verbose_name="file name")),
                ("size", models.PositiveIntegerField(default=0, verbose_name="size")),
                ("uploaded_at", models.DateTimeField(auto_now_add=True, verbose_name="uploaded")),
                (
                    "answer",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="files", to="evaluations.answer"
                    ),
                ),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "evidence file",
                "verbose_name_plural": "evidence files",
                "ordering": ["uploaded_at", "id"],
            },
        ),
        migrations.RunPython(copy_single_files, back_to_single_files),
        migrations.RemoveField(model_name="answer", name="evidence"),
    ]
