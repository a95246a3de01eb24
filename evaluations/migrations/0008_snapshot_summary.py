"""Snapshots gain ``summary``: the dimensions and red flags that lists read, so a ranking of a
thousand vendors no longer loads each one's whole breakdown. Existing rows are filled from ``data``."""

from django.db import migrations, models

SUMMARY_KEYS = ("dimensions", "red_flags", "grade_capped")  # as ScoreSnapshot.SUMMARY_KEYS at this migration


def fill(apps, schema_editor):
    ScoreSnapshot = apps.get_model("evaluations", "ScoreSnapshot")
    last = 0
    while True:
        batch = list(ScoreSnapshot.objects.filter(pk__gt=last).order_by("pk").only("pk", "data")[:500])
        if not batch:
            return
        for snapshot in batch:
            snapshot.summary = {key: snapshot.data[key] for key in SUMMARY_KEYS if key in snapshot.data}
        ScoreSnapshot.objects.bulk_update(batch, ["summary"])
        last = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [
        ("evaluations", "0007_pending_recompute"),
    ]

    operations = [
        migrations.AddField(
            model_name="scoresnapshot",
            name="summary",
            field=models.JSONField(default=dict),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
