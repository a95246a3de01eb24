"""The fixed list of scenarios a vendor can serve (labels come from vendors.choices)."""

from django.db import migrations

KEYS = ("show-live", "1v1-social", "overseas", "ecommerce-live", "voice-room")


def create_scenarios(apps, schema_editor):
    Scenario = apps.get_model("vendors", "Scenario")
    for key in KEYS:
        Scenario.objects.get_or_create(key=key)


class Migration(migrations.Migration):
    dependencies = [("vendors", "0001_initial")]
    operations = [migrations.RunPython(create_scenarios, migrations.RunPython.noop)]
