"""From the database to the pure engine and back: compute and store score snapshots.

``recompute_vendor`` gathers a vendor's inputs (the latest approved evaluation of
each evaluator, decayed by age, plus the objective signals), scores them under
every weight profile with ``evaluations.scoring``, and writes a ScoreSnapshot
only when the result differs from the latest one, so the snapshots are the
history of the score.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import timezone

from evaluations import scoring
from evaluations.models import Answer, ChecklistTemplate, Evaluation, ScoreSnapshot, WeightProfile
from evaluations.objective import vendor_evidence
from vendors.models import Vendor

DECAY_HALF_LIFE_DAYS = 365


def approved_evaluations(vendor: Vendor, now: dt.datetime) -> list[Evaluation]:
    """Each evaluator's latest evaluation of the vendor approved by ``now``."""
    answers = Answer.objects.select_related("criterion").prefetch_related("files")
    return list(
        Evaluation.objects.latest_approved_per_evaluator(as_of=now)
        .filter(vendor=vendor)
        .select_related("evaluator", "template")
        .prefetch_related(Prefetch("answers", queryset=answers))
        .order_by("reviewed_at")
    )


logger = logging.getLogger(__name__)


def criteria_for(evaluations: list[Evaluation]) -> list[scoring.CriterionSpec]:
    """Specs of the newest checklist version among the evaluations (or the current one)."""
    newest = max((e.template for e in evaluations), key=lambda t: (t.slug, t.version), default=None)
    template = newest or ChecklistTemplate.objects.for_new_evaluations()
    return template.specs() if template else []


def vendor_result(
    vendor: Vendor, now: dt.datetime, scenarios: Iterable[str] = ("",)
) -> tuple[dict[str, tuple[scoring.CombinedResult, scoring.ScenarioView]], dict]:
    """The vendor's combined result as each scenario sees it ("" = no scenario), and the
    context every snapshot shares (evaluators, evidence, answers)."""
    evaluations = approved_evaluations(vendor, now)
    weighted = [
        (e.answer_inputs(), scoring.decay_weight((now - e.reviewed_at).days, DECAY_HALF_LIFE_DAYS)) for e in evaluations
    ]
    signals, flags = vendor_evidence(vendor, timezone.localdate(now))
    specs = criteria_for(evaluations)
    served = [scenario.key for scenario in vendor.scenarios.all()]
    results = {}
    for scenario in dict.fromkeys(scenarios):
        view = scoring.for_scenario(specs, scenario, served)
        results[scenario] = (scoring.combine(weighted, view.criteria, signals, flags), view)
    evidence: dict[str, list[dict]] = {}
    answers: dict[str, list[dict]] = {}
    for evaluation in evaluations:
        for answer in evaluation.answers.all():
            if answer.is_answered:  # stored as values: labelled in the reader's language when shown
                answers.setdefault(answer.criterion.key, []).append(
                    {"evaluator": evaluation.evaluator.get_username(), "value": answer.value, "is_na": answer.is_na}
                )
            files = [{"id": f.pk, "name": f.name} for f in answer.files.all()]
            if answer.note or answer.link or files:
                evidence.setdefault(answer.criterion.key, []).append(
                    {
                        "evaluation": evaluation.pk,
                        "answer": answer.pk,
                        "evaluator": evaluation.evaluator.get_username(),
                        "note": answer.note[:500],
                        "link": answer.link,
                        "files": files,
                    }
                )
    context = {
        "evaluators": [
            {"evaluation": e.pk, "evaluator": e.evaluator.get_username(), "reviewed_at": e.reviewed_at.isoformat()}
            for e in evaluations
        ],
        "evidence": evidence,
        "answers": answers,
    }
    return results, context


def digest_of(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def recompute_vendor(vendor_id: int, now: dt.datetime | None = None) -> int:
    """Recompute every profile's snapshot for one vendor; returns how many were written."""
    now = now or timezone.now()
    vendor = (
        Vendor.objects.alive()
        .prefetch_related("contacts", "releases", "documentation", "scenarios")
        .filter(pk=vendor_id)
        .first()
    )
    if vendor is None:
        return 0
    profiles = list(WeightProfile.objects.all())
    results, context = vendor_result(vendor, now, [profile.scenario for profile in profiles])
    written = 0
    for profile in profiles:
        result, view = results[profile.scenario]
        try:
            card = scoring.overall(result, profile.weights)
        except (scoring.ScoringError, ArithmeticError):
            # One broken profile (weights written around the validation) must not stop the others.
            logger.exception("Profile %s cannot score vendor %s", profile.slug, vendor.pk)
            continue
        data = {**card.to_dict(), **context, "boosted": view.boosted, "left_out": view.left_out}
        digest = digest_of(data)
        try:
            written += _write_snapshot(vendor, profile, card, data, digest, now)
        except IntegrityError:
            # Another process (a worker, or a page scoring a vendor inline) wrote this vendor's first
            # snapshot under this profile at the same moment: the unique "latest" row is theirs.
            logger.info("Snapshot for vendor %s under %s written concurrently", vendor.pk, profile.slug)
    return written


def _write_snapshot(vendor, profile, card, data: dict, digest: str, now: dt.datetime) -> int:
    """Write a new latest snapshot unless the latest one has the same digest; returns 0 or 1."""
    with transaction.atomic():
        mine = ScoreSnapshot.objects.select_for_update().filter(vendor=vendor, profile=profile, is_latest=True)
        latest = mine.first()
        if latest is not None and latest.digest == digest:
            return 0
        if latest is not None:
            ScoreSnapshot.objects.filter(pk=latest.pk).update(is_latest=False)
        ScoreSnapshot.objects.create(
            vendor=vendor,
            profile=profile,
            overall=card.overall,
            grade=card.grade or "",
            coverage=card.coverage,
            data=data,
            summary=ScoreSnapshot.summarize(data),
            digest=digest,
            computed_at=now,
            is_latest=True,
        )
    return 1
