"""Load the default checklist (version 1) and the five built-in weight profiles.

The content lives in evaluations/default_template.py. Later changes to the
checklist are new versions made through the app, never edits of version 1.
"""

from django.db import migrations


def load(apps, schema_editor):
    from evaluations.default_template import CRITERIA, PROFILES, TEMPLATE

    ChecklistTemplate = apps.get_model("evaluations", "ChecklistTemplate")
    Criterion = apps.get_model("evaluations", "Criterion")
    WeightProfile = apps.get_model("evaluations", "WeightProfile")
    template, created = ChecklistTemplate.objects.get_or_create(
        slug=TEMPLATE["slug"],
        version=1,
        defaults={key: TEMPLATE[key] for key in ("name_en", "name_zh", "description_en", "description_zh")},
    )
    if created:
        Criterion.objects.bulk_create(
            Criterion(
                template=template,
                position=position,
                key=item["key"],
                dimension=item["dimension"],
                question_en=item["question_en"],
                question_zh=item["question_zh"],
                help_en=item["help_en"],
                help_zh=item["help_zh"],
                answer_type=item["answer_type"],
                weight=item["weight"],
                rule=item["rule"],
                red_flag=item["red_flag"],
                na_allowed=item["na_allowed"],
            )
            for position, item in enumerate(CRITERIA, start=1)
        )
    for profile in PROFILES:
        WeightProfile.objects.get_or_create(
            slug=profile["slug"],
            defaults={
                **{key: profile[key] for key in ("name_en", "name_zh", "description_en", "description_zh")},
                "weights": profile["weights"],
                "is_builtin": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("evaluations", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
