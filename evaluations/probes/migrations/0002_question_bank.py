"""Load the built-in probe questions (evaluations/probes/question_bank.py).

Keyed by ``key``: running it again adds questions that are missing and leaves
the ones managers edited or retired alone.
"""

from django.db import migrations


def load(apps, schema_editor):
    from evaluations.probes.question_bank import QUESTIONS

    ProbeQuestion = apps.get_model("probes", "ProbeQuestion")
    existing = set(ProbeQuestion.objects.filter(key__isnull=False).values_list("key", flat=True))
    ProbeQuestion.objects.bulk_create(
        ProbeQuestion(**question) for question in QUESTIONS if question["key"] not in existing
    )


def unload(apps, schema_editor):
    from evaluations.probes.question_bank import QUESTIONS

    ProbeQuestion = apps.get_model("probes", "ProbeQuestion")
    ProbeQuestion.objects.filter(key__in=[q["key"] for q in QUESTIONS], probes__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("probes", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
