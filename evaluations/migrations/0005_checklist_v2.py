"""Checklist version 2 becomes the default for new evaluations; the built-in profiles gain their
scenario and version 2's weights, and a voice-room profile is added (a manager's own profile
under that slug moves to "voice-room-1", weights kept).

The content lives in evaluations/default_template_v2.py. Version 1 stays as it was: its
evaluations keep scoring and showing. A site whose managers already made a later version of
the default checklist gets version 2 as the next version number.
"""

from django.db import migrations
from django.db.models import Max

FIELDS = ("question_en", "question_zh", "help_en", "help_zh", "answer_type", "weight", "rule", "red_flag", "na_allowed")


def load(apps, schema_editor):
    from evaluations.default_template_v2 import CRITERIA, PROFILES, TEMPLATE

    ChecklistTemplate = apps.get_model("evaluations", "ChecklistTemplate")
    Criterion = apps.get_model("evaluations", "Criterion")
    WeightProfile = apps.get_model("evaluations", "WeightProfile")
    names = {key: TEMPLATE[key] for key in ("name_en", "name_zh", "description_en", "description_zh")}
    if not ChecklistTemplate.objects.filter(slug=TEMPLATE["slug"], name_en=TEMPLATE["name_en"]).exists():
        newest = ChecklistTemplate.objects.filter(slug=TEMPLATE["slug"]).aggregate(v=Max("version"))["v"] or 0
        ChecklistTemplate.objects.filter(slug=TEMPLATE["slug"], is_current=True).update(is_current=False)
        template = ChecklistTemplate.objects.create(slug=TEMPLATE["slug"], version=newest + 1, is_current=True, **names)
        Criterion.objects.bulk_create(
            Criterion(
                template=template,
                position=position,
                key=item["key"],
                dimension=item["dimension"],
                scenarios=list(item.get("scenarios", [])),
                **{field: item[field] for field in FIELDS},
            )
            for position, item in enumerate(CRITERIA, start=1)
        )
    for profile in PROFILES:
        # A manager's own profile under a slug that is now built in (voice-room is new here) keeps
        # its weights under a free slug instead of being overwritten.
        own = WeightProfile.objects.filter(slug=profile["slug"], is_builtin=False).first()
        if own is not None:
            suffix = 1
            while WeightProfile.objects.filter(slug=f"{profile['slug']}-{suffix}").exists():
                suffix += 1
            WeightProfile.objects.filter(pk=own.pk).update(slug=f"{profile['slug']}-{suffix}")
        WeightProfile.objects.update_or_create(
            slug=profile["slug"],
            defaults={
                **{key: profile[key] for key in ("name_en", "name_zh", "description_en", "description_zh")},
                "weights": profile["weights"],
                "scenario": profile.get("scenario", ""),
                "is_builtin": True,
            },
        )


def unload(apps, schema_editor):
    from evaluations.default_template_v2 import TEMPLATE

    ChecklistTemplate = apps.get_model("evaluations", "ChecklistTemplate")
    v2 = ChecklistTemplate.objects.filter(slug=TEMPLATE["slug"], name_en=TEMPLATE["name_en"]).first()
    if v2 is not None and not v2.evaluations.exists():
        v2.delete()
        previous = ChecklistTemplate.objects.filter(slug=TEMPLATE["slug"]).order_by("-version").first()
        if previous is not None:
            ChecklistTemplate.objects.filter(pk=previous.pk).update(is_current=True)


class Migration(migrations.Migration):
    dependencies = [("evaluations", "0004_scenarios")]
    operations = [migrations.RunPython(load, unload)]
