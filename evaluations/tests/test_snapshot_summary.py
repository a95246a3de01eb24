"""Migration 0008 fills the summary of the snapshots written before it; lists read nothing else."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from evaluations.models import ScoreSnapshot, WeightProfile
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db

fill = importlib.import_module("evaluations.migrations.0008_snapshot_summary").fill


def test_the_migration_gives_existing_snapshots_their_summary():
    profile = WeightProfile.objects.get(slug=WeightProfile.DEFAULT_SLUG)
    data = {
        "dimensions": [{"key": "sla", "score": 40.0, "weight": 1, "coverage": 1.0}],
        "red_flags": [{"key": "sla_signed", "label_en": "No SLA", "confirmed": True}],
        "grade_capped": True,
        "breakdown": {"sla": [{"key": "sla_signed", "score": 0}]},
        "evidence": {"sla_signed": [{"note": "no contract"}]},
    }
    old = [  # as written before 0008: bulk_create skips save(), so the summary stays empty
        ScoreSnapshot(vendor=VendorFactory(), profile=profile, data=data, digest=str(n), is_latest=True)
        for n in range(3)
    ]
    empty = ScoreSnapshot(vendor=VendorFactory(), profile=profile, data={}, digest="empty", is_latest=True)
    ScoreSnapshot.objects.bulk_create([*old, empty])
    assert not ScoreSnapshot.objects.exclude(summary={}).exists()

    fill(apps, None)

    summaries = dict(ScoreSnapshot.objects.values_list("digest", "summary"))
    expected = {"dimensions": data["dimensions"], "red_flags": data["red_flags"], "grade_capped": True}
    assert summaries == {"0": expected, "1": expected, "2": expected, "empty": {}}
    assert expected == ScoreSnapshot.summarize(data)  # the migration and the model agree
